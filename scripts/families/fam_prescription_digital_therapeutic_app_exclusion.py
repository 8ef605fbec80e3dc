"""Family 'prescription_digital_therapeutic_app_exclusion': plan and PBM letters and EOBs on prescription digital
therapeutics (FDA-cleared software: a substance use disorder CBT app, an insomnia CBT-I app, an ADHD video game).

Issuers (all invented): Cobaltline Pharmacy Solutions (PBM: the app excluded as not a drug under the pharmacy
benefit; a faxed prior authorization decision to the vendor for a teenager outside the cleared age range),
Wyndmere Health Partners (health plan: an EOB denying the vendor's A9291 claim as experimental beside a paid office
visit, an approval as a durable medical device for one child, a letter denying the vendor's claim for a missing
prescription, an appeal decision upholding the experimental denial), Harlow & Finch Benefit Services (TPA of an
employer plan: an EOB with the app excluded as a digital health application, phone photo). Apps and vendors are
invented: Tessera-SUD (Meridel Therapeutics, Inc.), SlumberPath (Noctra Digital Health, Inc.), Quillstar (Brightfold
Interactive Therapeutics, LLC). Decoys: the prescribing clinician (and NPI), the prescription or access code, the
date of birth, the date the request was received, RxBIN / PCN, the paid claim, the 72-hour and external review
limits. The vendor is the provider; the prescription or activation date is the service date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "prescription_digital_therapeutic_app_exclusion"
LANG = "en"

PBM = "Cobaltline Pharmacy Solutions"
PLAN = "Wyndmere Health Partners"
TPA = "Harlow & Finch Benefit Services"
EMPLOYER_PLAN = "Ostrava Tool & Die Employee Health Plan"
APPS = {
    "sud": ("Tessera-SUD", "Meridel Therapeutics, Inc.", "12-week cognitive behavioral therapy app for substance use "
            "disorder", 1898.00),
    "ins": ("SlumberPath", "Noctra Digital Health, Inc.", "9-week digital cognitive behavioral therapy for insomnia "
            "(CBT-I)", 899.00),
    "adhd": ("Quillstar", "Brightfold Interactive Therapeutics, LLC", "video game-based treatment for ADHD, ages "
             "8 to 12", 1450.00),
}
FIRST = ["Anneliese", "Bartholomew", "Chiamaka", "Dmitri", "Eilidh", "Fernando", "Greta", "Haruto", "Ifeoma",
         "Jarrah", "Klaus", "Lavinia", "Mihail", "Noor", "Osvaldo", "Priya"]
LAST = ["Albrecht", "Bakshi", "Castellano", "Dunleavy", "Eriksen", "Fitzwilliam", "Grabowski", "Hadley-Osei",
        "Ivanova", "Jorgensen", "Kapoor", "Lefebvre", "Mahlangu", "Nordgren", "O'Rourke", "Pellegrini"]
CLIN = ["Dr. Wilhelmina Sato, MD", "Dr. Kofi Brandt-Ames, DO", "Rosalind Achebe, PMHNP", "Dr. Tobias Varga, MD",
        "Dr. Lucinda Mbatha, PsyD", "Henrike Dahl, NP"]
STREETS = ["Quillfeather Road", "Ember Hollow Lane", "Tamarisk Court", "Pilgrim's Walk", "Brookmere Avenue"]
TOWNS = ["Calder Springs, WY 82901", "Norwich Flats, NE 68801", "Pell Harbor, OR 97420", "Dunmore Ridge, VT 05602"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.randint(0, 9)}-555-{digits(r, 4)}"


def facts(seed: int, ds: str, app: str, child: bool = False) -> dict:
    r = random.Random(seed)
    last = r.choice(LAST)
    fn = r.choice(FIRST)
    pfn = r.choice([x for x in FIRST if x != fn])
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    rx = dt.date(2025, 10, 1) + dt.timedelta(days=r.randint(0, 150))
    age = r.randint(9, 11) if child else r.randint(24, 63)
    return dict(r=r, ds=ds, name=f"{fn} {mid}. {last}", first=fn, last=last, sub=f"{pfn} {last}",
                addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)),
                dob=dt.date(rx.year - age, r.randint(1, 12), r.randint(1, 28)), rx=rx, app=APPS[app],
                clin=r.choice(CLIN), npi=r.choice("12") + digits(r, 9), ph=phone(r))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def pairs(d: Doc, rows: list, lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, name: str, addr: tuple) -> None:
    for line in (name, *addr):
        d.text_line(line, 10.5)
    d.ln(5)


def pbm_head(d: Doc, f: dict) -> None:
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  " + PBM.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Clinical Review Department  -  PO Box 60318, Pell Harbor, OR 97420  -  {f['ph']}", 8.5)
    d.ln(5)


def plan_head(d: Doc, f: dict) -> None:
    d.text_line("WYNDMERE", 22, "B")
    d.text_line("HEALTH PARTNERS", 10, "B")
    d.rule(1.0, 1.5)
    d.text_line(f"{PLAN}  |  4410 Harrowgate Parkway, Norwich Flats, NE 68801  |  Member Services {f['ph']}", 8)
    d.ln(6)


def pbm_exclusion(f: dict, notice: dt.date, ref: str, mid: str, group: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    d = Doc("Helvetica", footer=f"CPS-PDT-EXC  Ref {ref}")
    d.add_page()
    pbm_head(d, f)
    d.text_line(D(f, notice), 10.5)
    d.ln(3)
    addressee(d, f["name"], f["addr"])
    d.text_line("Notice of Coverage Denial - Pharmacy Benefit", 13, "B")
    d.ln(2)
    pairs(d, [("Member name", f["name"]), ("Member ID", mid), ("Group", group),
              ("RxBIN / PCN", f"0{digits(f['r'], 5)} / CPX{digits(f['r'], 2)}"), ("Reference number", ref),
              ("Product requested", f"{app} - {desc}"), ("Dispensed by", vendor),
              ("Prescription date", D(f, f["rx"])), ("Prescriber", f"{f['clin']} (NPI {f['npi']})"),
              ("Amount submitted", fmt_money(amt))], lw=44, size=9.5)
    d.para(f"We reviewed the claim submitted for {app}. We cannot cover it under your pharmacy benefit. {app} is a "
           "prescription digital therapeutic: software cleared by the FDA as a medical device. It is not a drug. "
           "Your pharmacy benefit covers only drugs and supplies listed in your formulary, and your plan document "
           "excludes \"software applications, digital therapeutics and mobile apps, whether or not prescribed\" "
           "(Pharmacy Benefit Exclusions, item 22).")
    d.para(f"This decision is not about whether {app} is right for you. You or {f['clin']} may ask your medical plan "
           "whether it is covered there.")
    dl = notice + dt.timedelta(days=180)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    d.para("You may appeal this decision. Your appeal must be filed within 180 days of the date of this letter. If a "
           "delay could seriously harm your health, ask for an urgent appeal; we will decide within 72 hours.")
    t = truth("denial_letter", "not_covered", insurer=PBM, group_number=group, member_id=mid,
              member_name=f["name"], case_numbers=[ref], claim_amount=m2(amt), service_dates=[iso(f["rx"])],
              denial_date=iso(notice), provider=vendor, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def plan_eob_experimental(f: dict, stmt: dt.date, mid: str, group: str, claim: str, other_claim: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    visit = f["rx"]
    act = f["rx"] + dt.timedelta(days=f["r"].randint(3, 9))
    d = Doc("Helvetica", footer="WHP-EOB  This is not a bill.  Page {p} of {n}")
    d.add_page()
    plan_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f["name"], f["addr"])
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, stmt)), ("Member", f["name"]), ("Member ID", mid), ("Group", group)]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 24) + 2)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {other_claim}  -  {f['clin']}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[D(f, visit), "99214 Office visit", "$245.00", "$162.30", "$132.30", "$30.00", "-"]],
            [26, 56, 20, 20, 20, 18, 16], size=8.5, aligns="LLRRRRL", border_head="TB")
    d.font(10, "B")
    d.cell(0, 6, f"Claim {claim}  -  {vendor}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[D(f, act), f"A9291 {app}", fmt_money(amt), "$0.00", "$0.00", "$0.00", "EX42"]],
            [26, 56, 20, 20, 20, 18, 16], size=8.5, aligns="LLRRRRL", border_head="TB")
    d.para(f"EX42  Experimental or investigational. {app} ({desc}) is a prescription digital therapeutic. Our "
           "medical policy MP-417 finds the evidence on health outcomes insufficient, so it is considered "
           "investigational. The provider may not bill you more than the amount in 'You owe' if in network.", 8.5)
    dl = stmt + dt.timedelta(days=180)
    d.para("Appeals: if you disagree with how a claim was processed, you may file an appeal within 180 days from the "
           "date of this statement. Call Member Services or write to Appeals, PO Box 1190, Norwich Flats, NE 68801.",
           8.5)
    t = truth("eob", "experimental", insurer=PLAN, group_number=group, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(act)], denial_date=iso(stmt),
              provider=vendor, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def plan_approval(f: dict, notice: dt.date, mid: str, auth: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    start = notice + dt.timedelta(days=f["r"].randint(3, 10))
    end = start + dt.timedelta(days=89)
    d = Doc("Times", footer="WHP-UM-APR")
    d.add_page()
    plan_head(d, f)
    d.text_line(D(f, notice), 11)
    d.ln(3)
    addressee(d, f"Parent or guardian of {f['first']} {f['last']}", f["addr"])
    d.text_line("Your request has been approved", 13, "B")
    d.ln(2)
    pairs(d, [("Patient:", f["name"]), ("Member ID:", mid), ("Subscriber:", f["sub"]),
              ("Date of birth:", D(f, f["dob"])), ("Authorization number:", auth),
              ("Approved item:", f"{app} (E1399), one 90-day course"), ("Supplied by:", vendor),
              ("Approved dates:", f"{D(f, start)} through {D(f, end)}"), ("Prescribed by:", f["clin"])],
          lw=46, size=10.5)
    d.para(f"We approved {app} for {f['first']}. Your plan does not cover software under the pharmacy benefit, but "
           "an FDA-cleared device prescribed for a covered condition may be covered as durable medical equipment "
           f"when medical criteria are met. {f['first']}'s records show a diagnosis of ADHD (inattentive type), age "
           "within the cleared range, and use together with a clinician-directed treatment program.", 11)
    d.para(f"{vendor} will send the activation code. Your plan's durable medical equipment cost sharing applies. "
           "A new course after the approved dates needs a new request.", 11)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=f["name"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=vendor,
              alternates={"service_dates": [[iso(start)], []]})
    return pdf_bytes(d), t


def plan_no_rx(f: dict, notice: dt.date, mid: str, group: str, claim: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    d = Doc("Helvetica", footer=f"Claim {claim}   WHP-CLM-22")
    d.add_page()
    plan_head(d, f)
    d.text_line(f"Letter date: {D(f, notice)}", 10)
    d.ln(2)
    addressee(d, f["name"], f["addr"])
    d.text_line("We denied a claim for a digital therapeutic", 12.5, "B")
    d.ln(1)
    d.table(["Member ID", "Group", "Claim number", "Provider (vendor)"],
            [[mid, group, claim, vendor]], [32, 30, 38, 76], size=9.5, border_head="TB")
    d.table(["Activation date", "Item", "Amount billed", "Plan paid"],
            [[D(f, f["rx"]), f"A9291 {app}", fmt_money(amt, "nosign"), "0.00"]], [36, 80, 32, 28], size=9.5,
            border_head="TB", aligns="LLRR")
    d.para(f"Why we denied it: {vendor} billed for {app}, but no valid prescription was sent with the claim or in "
           "response to our request for records. A prescription digital therapeutic needs a prescription signed by "
           f"a licensed clinician. The intake form from the vendor's website names {f['clin']}, but it is not "
           "signed and has no prescriber NPI.", 10)
    d.para(f"What you can do: ask {vendor} to send the signed prescription. The claim will then be reviewed again. "
           "Your plan also excludes experimental services, and that review may still apply.", 10)
    dl = notice + dt.timedelta(days=180)
    d.para(f"Appeal: you may appeal in writing by {D(f, dl)}. An external review may be available after our final "
           "decision.", 10)
    t = truth("denial_letter", "other", insurer=PLAN, group_number=group, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["rx"])], denial_date=iso(notice),
              provider=vendor, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def plan_appeal_upheld(f: dict, notice: dt.date, mid: str, appeal: str, claim: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    plan_head(d, f)
    d.text_line(D(f, notice), 11)
    d.ln(3)
    addressee(d, f["name"], f["addr"])
    d.text_line("First-Level Appeal Decision: Denial Upheld", 13, "B")
    d.ln(2)
    d.boxes([("Member", f["name"], 60), ("Member ID", mid, 44), ("Appeal number", appeal, 72)])
    d.boxes([("Claim number", claim, 60), ("Date of service", D(f, f["rx"]), 44), ("Amount billed", fmt_money(amt), 72)])
    d.boxes([("Provider", vendor, 104), ("Prescriber (not the billing provider)", f["clin"], 72)], value_size=9)
    d.ln(4)
    d.para(f"You asked us to reconsider our denial of {app}, {desc}. A board-certified psychiatrist who was not "
           "involved in the first decision reviewed your appeal, your sleep diary and the letter from "
           f"{f['clin']}.", 11)
    d.para("Decision: we uphold the denial. Under medical policy MP-417, prescription digital therapeutics for "
           "insomnia are investigational: published studies do not yet show better long-term results than "
           "therapist-led CBT-I, which your plan covers.", 11)
    dl = notice + dt.timedelta(days=60)
    d.para("If you disagree, you may file a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an independent external review within four months.", 11)
    t = truth("denial_letter", "experimental", insurer=PLAN, member_id=mid, member_name=f["name"],
              case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(f["rx"])],
              denial_date=iso(notice), provider=vendor, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def pbm_pa_fax(f: dict, notice: dt.date, mid: str, pa: str, fax: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    received = notice - dt.timedelta(days=2)
    d = Doc("Courier", footer=f"CPS-PA-FX  {pa}")
    d.add_page()
    d.text_line(fax, 8)
    d.ln(2)
    pbm_head(d, f)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - DENIED", 12.5, "B")
    d.ln(2)
    pairs(d, [("TO:", f"{vendor}, Prior Authorization Desk"), ("DATE:", D(f, notice)), ("PA NUMBER:", pa),
              ("MEMBER:", f["name"]), ("MEMBER ID:", mid), ("DATE OF BIRTH:", D(f, f["dob"])),
              ("PRODUCT:", f"{app} (A9291)"), ("PRESCRIBER:", f"{f['clin']}  NPI {f['npi']}"),
              ("RX WRITTEN:", D(f, f["rx"])), ("REQUEST RCVD:", D(f, received))], lw=42, size=9.5)
    d.para(f"Coverage of {app} is denied. The product is cleared for children 8 to 12 years old. The member is 14. "
           "Plan criteria PDT-03 require use within the FDA-cleared indication and age range. Use outside it is "
           "not medically necessary under the plan.", 10)
    dl = notice + dt.timedelta(days=180)
    d.para(f"The member or the prescriber on the member's behalf may appeal. The appeal must be received by "
           f"{D(f, dl)}. Peer-to-peer discussion: {phone(f['r'])}. The member has been sent a copy of this notice.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PBM, member_id=mid, member_name=f["name"],
              case_numbers=[pa], service_dates=[iso(f["rx"])], denial_date=iso(notice), provider=vendor,
              appeal_deadline=iso(dl), denial_alternates=["experimental"])
    return pdf_bytes(d), t


def tpa_eob(f: dict, stmt: dt.date, mid: str, plan_no: str, claim: str) -> tuple:
    app, vendor, desc, amt = f["app"]
    d = Doc("Helvetica", footer=f"{TPA}  -  Claims Administrator for {EMPLOYER_PLAN}")
    d.add_page()
    d.text_line(TPA, 14, "B")
    d.text_line(f"Claims Administrator for the {EMPLOYER_PLAN} (Plan No. {plan_no})", 9)
    d.text_line(f"PO Box 8120, Calder Springs, WY 82901   {f['ph']}", 9)
    d.ln(3)
    d.text_line("Explanation of Benefits", 13, "B")
    d.ln(1)
    pairs(d, [("Date processed:", D(f, stmt)), ("Employee:", f["name"]), ("Employee ID:", mid),
              ("Claim no.:", claim), ("Provider:", vendor), ("Prescribing clinician:", f["clin"])], lw=42, size=9.5)
    d.table(["Date", "Description", "Charged", "Not covered", "Plan paid", "Remark"],
            [[D(f, f["rx"]), f"{app} digital therapy, 12 wk", fmt_money(amt), fmt_money(amt), "$0.00", "N71"],
             ["*Totals", "", fmt_money(amt), fmt_money(amt), "$0.00", ""]],
            [24, 62, 24, 26, 20, 18], size=8.5, aligns="LLRRRL", border_head="TB")
    d.para("N71  Not a covered benefit. The Plan excludes digital health applications, software and wearable "
           "technology, including prescription digital therapeutics (Summary Plan Description, Section 9.4, "
           "Exclusion 31).", 9)
    dl = stmt + dt.timedelta(days=180)
    d.para("Your right to appeal: you may file an appeal with the Plan Administrator within 180 days from the date "
           "of this notice. You have the right to bring a civil action under ERISA section 502(a) after the appeal.", 9)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=plan_no, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["rx"])], denial_date=iso(stmt),
              provider=vendor, appeal_deadline=iso(dl), alternates={"insurer": [EMPLOYER_PLAN]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(215600)

    f = facts(215601, "long", "sud")
    items.append(Item(f"{FAMILY}_bd_pbm_not_a_drug_exclusion", "born_digital", [pbm_exclusion(
        f, f["rx"] + dt.timedelta(days=r.randint(4, 9)), "CDR-" + digits(r, 8), "CPX" + digits(r, 9),
        "RX" + digits(r, 4))]))

    f = facts(215602, "slash", "ins")
    items.append(Item(f"{FAMILY}_bd_plan_eob_experimental_cbti", "born_digital", [plan_eob_experimental(
        f, f["rx"] + dt.timedelta(days=r.randint(30, 40)), "WHP" + digits(r, 9), digits(r, 6), digits(r, 12),
        digits(r, 12))]))

    f = facts(215603, "abbr", "adhd", child=True)
    items.append(Item(f"{FAMILY}_scan300_plan_approval_device_child", "scan_clean_300", [plan_approval(
        f, f["rx"] + dt.timedelta(days=r.randint(8, 14)), "WHP" + digits(r, 9) + "-02", "UM" + digits(r, 9))]))

    f = facts(215604, "iso", "sud")
    items.append(Item(f"{FAMILY}_lowres_vendor_claim_no_prescription", "scan_lowres_150", [plan_no_rx(
        f, f["rx"] + dt.timedelta(days=r.randint(35, 50)), "WHP" + digits(r, 9), digits(r, 6), digits(r, 12))]))

    f = facts(215605, "dmy", "ins")
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_investigational", "photocopy", [plan_appeal_upheld(
        f, f["rx"] + dt.timedelta(days=r.randint(90, 120)), "WHP" + digits(r, 9), "AP-" + digits(r, 7),
        digits(r, 12))]))

    f = facts(215606, "upper", "adhd")
    f["dob"] = dt.date(f["rx"].year - 14, 1, f["dob"].day)
    notice = f["rx"] + dt.timedelta(days=r.randint(5, 9))
    fax = (f"{fmt_date(notice, 'slash')} 14:{r.randint(10, 59)}  FROM: COBALTLINE CLINICAL REVIEW  "
           f"TO: BRIGHTFOLD PA DESK  P. 1/1")
    items.append(Item(f"{FAMILY}_faxstd_pa_denied_outside_age_range", "fax_standard_g4", [pbm_pa_fax(
        f, notice, "CPX" + digits(r, 9), "PA" + digits(r, 10), fax)]))

    f = facts(215607, "mdy_nopad", "sud")
    items.append(Item(f"{FAMILY}_phone_tpa_eob_digital_app_excluded", "phone_photo", [tpa_eob(
        f, f["rx"] + dt.timedelta(days=r.randint(20, 30)), "HF" + digits(r, 8), "5" + digits(r, 2),
        "HF-" + digits(r, 10))]))
    return items
