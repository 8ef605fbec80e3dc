"""Family 'va_emergency_care_claim_denial_1725': modelled from memory on the Department of Veterans Affairs letters
that decide a claim for emergency treatment at a non-VA facility (38 U.S.C. 1725, the Veterans Millennium Health Care
and Benefits Act, for non-service-connected care; 38 U.S.C. 1728 for service-connected conditions): VA letterhead
(a VA health care system's Office of Community Care / Office of Integrated Veteran Care), the Veteran's name, the
last four of the SSN and/or the ICN, the claim number, the non-VA facility, the dates of treatment, the amount billed,
the reason, and the decision review options (Higher-Level Review, Supplemental Claim, Board Appeal within one year;
VA Form 10-0998 "Your Rights to Seek Further Review of Our Decision", VA Form 20-0996 / 20-0995 / 10182).
Reasons: a VA facility was feasibly available, the condition was not an emergency (prudent layperson), not enrolled
or no VA care in the 24 months before, other health insurance paid more than VA would, claim filed after the 90-day
limit, care after the Veteran was stable for transfer. One partial payment, one approval (in a faxed stack).

All values invented: Finnish / Sami veterans, Tamil clinicians, fictional VA systems and hospitals, phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "va_emergency_care_claim_denial_1725"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VA = "Department of Veterans Affairs"
SYSTEMS = [("VA North Cascadia Health Care System", "Office of Community Care - Claims", "PO Box 48810",
            "Sedro Lake, WA 98290", "Sedro Lake VA Medical Center"),
           ("VA Tamarack Lakes Healthcare System", "Office of Integrated Veteran Care", "2750 Ojibwe Ridge Road",
            "Tamarack, MN 56720", "Tamarack VA Medical Center"),
           ("VA Mesabi Range Medical Center", "Community Care Emergency Claims Unit", "PO Box 1725",
            "Virginia Falls, MN 55792", "Mesabi Range VA Medical Center")]
VETS = [("Eero", "Aikio"), ("Aila", "Näkkäläjärvi"), ("Toivo", "Heikkila"), ("Marjatta", "Rasanen"),
        ("Niila", "Valkeapää"), ("Ulla", "Sammallahti"), ("Pekka", "Aikio"), ("Sirkka", "Heikkila")]
HOSP = ["Kuusamo Regional Medical Center", "Pinewater General Hospital", "Birch Harbor Community Hospital",
        "Lokka Valley Memorial Hospital", "Saariselkä Emergency & Trauma Center", "North Fork Urgent Care - Enontek"]
DOCS = ["Dr. Kavitha R. Murugesan", "Dr. Senthil V. Subramaniam", "Dr. Ilango P. Palaniappan",
        "Dr. Meenakshi T. Kaliyaperumal"]
STREETS = ["Lapland Road", "Inari Avenue", "Sodankylä Street", "Tundra Way", "Reindeer Lane"]
TOWNS = [("Sedro Lake", "WA", "98290"), ("Tamarack", "MN", "56720"), ("Virginia Falls", "MN", "55792"),
         ("Hibbing Flats", "MN", "55746")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "iso": d.isoformat(), "dmy": f"{d.day} {d.strftime('%b')} {d.year}",
            "abbr": d.strftime("%b %-d, %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "space": f"$ {g}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)


def phone(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


class Page(Doc):
    def __init__(self, footer=None, header=None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


# kind: (reason paragraph builder key, denial type, denial alternates)
DEN = {"feasible": ("out_of_network", ["not_covered", "other"]),
       "notemerg": ("medical_necessity", ["not_covered"]),
       "enroll": ("eligibility", []),
       "ohi": ("other", ["eligibility", "not_covered"]),
       "late": ("timely_filing", []),
       "stable": ("not_covered", ["level_of_care", "medical_necessity"]),
       "partial": ("not_covered", ["level_of_care", "medical_necessity"])}


def facts(r: random.Random, i: int, kind: str, sysi: int, ds: str, ms: str, icn: bool, ddl: str) -> dict:
    first, last = VETS[i]
    vet = f"{first} {r.choice('AEHJKLMPST')}. {last}"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 210))
    inpatient = kind in ("partial", "stable", "enroll", "ohi")
    back = r.randint(150, 240) if kind == "late" else r.randint(40, 95)
    start = days(notice, -back)
    end = days(start, r.randint(3, 6)) if inpatient else start
    town = r.choice(TOWNS)
    f = dict(kind=kind, sys=SYSTEMS[sysi], ds=ds, ms=ms, vet=vet, first=first, last=last, notice=notice,
             start=start, end=end, inpatient=inpatient, hosp=HOSP[i % len(HOSP)], doc=r.choice(DOCS),
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
             ssn4=digits(r, 4), icn=(digits(r, 10) + "V" + digits(r, 6)) if icn else None,
             claim=r.choice(["26", "EC26", "CC-26"]) + "-" + digits(r, 7) if sysi != 1 else f"1725-{digits(r, 8)}",
             received=days(start, 200 if kind == "late" else r.randint(20, 35)), ph=phone(r), ddl=ddl,
             npi=r.choice("12") + digits(r, 9), miles=r.randint(18, 140), dob=dt.date(r.randint(1948, 1990),
                                                                                    r.randint(1, 12), r.randint(1, 28)))
    if kind == "late":
        f["received"] = days(start, r.randint(130, 170))
        if f["received"] >= notice:
            f["received"] = days(notice, -12)
    if inpatient:
        n = (end - start).days + 1
        rows, d = [], start
        er = money(r, 1800, 4200)
        if kind != "stable":
            rows.append((d, "0450", "Emergency department", er))
        for k in range(n - 1):
            rows.append((days(d, k), "0120", "Room and board, semi-private", money(r, 2100, 2900)))
        rows.append((start, "0300", "Laboratory", money(r, 400, 1300)))
        rows.append((days(start, 1), "0350", "CT scan", money(r, 1500, 3100)))
        f["rows"] = rows
        f["billed"] = round(sum(x[3] for x in rows), 2)
    else:
        f["rows"] = [(start, "99285" if kind != "notemerg" else "99283", "Emergency department visit", money(r, 900, 2400)),
                     (start, "71046", "Chest X-ray, 2 views", money(r, 150, 420)),
                     (start, "80053", "Comprehensive metabolic panel", money(r, 90, 260))]
        f["billed"] = round(sum(x[3] for x in f["rows"]), 2)
    if kind == "partial":
        f["stable_day"] = days(start, 1)
        f["denied_from"] = days(start, 2)
        f["paid_part"] = round(f["billed"] * r.uniform(0.28, 0.4), 2)
    if kind == "ohi":
        f["ohi"] = r.choice(["Aurora Timber Workers Health Trust", "Northern Plains Mutual Health Plan"])
        f["ohi_paid"] = round(f["billed"] * r.uniform(0.55, 0.7), 2)
    f["deadline"] = dt.date(notice.year + 1, notice.month, notice.day) if ddl == "date" else \
        days(notice, 365) if ddl == "365" else None
    return f


def box_rows(d, cells, value_size: float) -> None:
    """Ruled boxes, three to a row; a long value gets a row of its own so it never runs into the next box."""
    w = d.w - d.l_margin - d.r_margin
    row: list = []
    for a, b in cells:
        if len(b) > 28:
            if row:
                d.boxes([(x, y, w / len(row)) for x, y in row], h=11, value_size=value_size)
                row = []
            d.boxes([(a, b, w)], h=11, value_size=value_size)
            continue
        row.append((a, b))
        if len(row) == 3:
            d.boxes([(x, y, w / 3) for x, y in row], h=11, value_size=value_size)
            row = []
    if row:
        d.boxes([(x, y, w / len(row)) for x, y in row], h=11, value_size=value_size)


def letterhead(d: Page, f: dict, style: int) -> None:
    name, office, a1, a2, vamc = f["sys"]
    if style == 0:
        d.text_line("DEPARTMENT OF VETERANS AFFAIRS", 14, "B", "C")
        d.text_line(name, 10.5, "", "C")
        d.text_line(f"{office}  |  {a1}  |  {a2}", 8.5, "", "C")
        d.rule(0.6, 5)
    elif style == 1:
        d.text_line("U.S. Department of Veterans Affairs", 15, "B")
        d.text_line("Veterans Health Administration", 10)
        d.text_line(f"{name} - {office}", 9)
        d.text_line(f"{a1}, {a2}   Toll-free {f['ph']}", 8.5)
        d.rule(0.3, 5)
    else:
        d.text_line(name, 13, "B")
        d.text_line("Department of Veterans Affairs", 9.5)
        d.text_line(office, 9)
        d.text_line(a1, 9)
        d.text_line(a2, 9)
        d.ln(4)


def addressee(d: Page, f: dict) -> None:
    for ln in (f["vet"].upper(), *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def reason_text(f: dict) -> str:
    k, ds, ms = f["kind"], f["ds"], f["ms"]
    vamc = f["sys"][4]
    if k == "feasible":
        return (f"VA may pay for emergency treatment at a non-VA facility only when a VA or other Federal facility "
                f"was not feasibly available. Our review of the records shows that {vamc}, {f['miles']} miles from "
                f"where your symptoms began, was open and able to provide the care you needed, and that your "
                f"condition allowed travel there. Because a VA facility was feasibly available, we cannot pay this "
                f"claim (38 U.S.C. 1725; 38 CFR 17.1002(c)).")
    if k == "notemerg":
        return ("A VA clinician reviewed the records from your visit. The symptoms described (a sore throat and mild "
                "cough for five days, normal vital signs on arrival) are not of such a nature that a prudent "
                "layperson would have reasonably expected that a delay in seeking immediate medical attention would "
                "be hazardous to life or health. The condition was therefore not a medical emergency, and VA cannot "
                "pay for the visit under 38 U.S.C. 1725 (38 CFR 17.1002(b)). Non-emergency care outside VA must be "
                "authorized in advance through community care.")
    if k == "enroll":
        return ("To be eligible for payment under 38 U.S.C. 1725, a Veteran must be enrolled in the VA health care "
                "system and must have received care from a VA clinician within the 24-month period before the "
                "emergency treatment. Our records show that you were not enrolled in VA health care on the dates "
                "of treatment, and that you had not received VA care in the 24 months before that date. We "
                "therefore cannot pay this claim (38 CFR 17.1002(d)). You may apply for enrollment with VA Form "
                "10-10EZ; enrollment does not make this claim payable.")
    if k == "ohi":
        return (f"You have other health insurance ({f['ohi']}) that covers this emergency treatment. VA is a "
                f"secondary payer for non-service-connected emergency care. Your insurer paid "
                f"{usd(f['ohi_paid'], ms)}, which is more than the amount VA would pay under its payment "
                f"methodology for these services. VA payment is therefore $0.00 and this claim is denied. "
                f"You are not responsible for the difference if the facility accepted your insurer's payment "
                f"under its contract.")
    if k == "late":
        return (f"A claim for emergency treatment at a non-VA facility must be filed within 90 days after the "
                f"latest of the date of discharge, the date of death, or the date you exhausted your efforts to "
                f"obtain payment from a third party (38 CFR 17.1004(d)). The treatment ended on "
                f"{fdate(f['end'], ds)}; VA received the claim on {fdate(f['received'], ds)}. Because the claim "
                f"was not filed within 90 days, it is denied.")
    if k == "stable":
        return (f"VA pays for emergency treatment only until the Veteran can be safely transferred to a VA "
                f"facility. The records show you were stable for transfer on {fdate(f['start'], ds)}, and that "
                f"{vamc} had a bed available and accepted the transfer, but you declined the transfer. The care "
                f"after the point of stabilization is not emergency treatment (38 CFR 17.1005(b)), and the entire "
                f"stay billed on this claim followed the emergency department visit, which the facility billed on "
                f"a separate claim. This claim is denied.")
    return (f"Your emergency treatment from {fdate(f['start'], ds)} through {fdate(days(f['denied_from'], -1), ds)} "
            f"is approved. On {fdate(f['stable_day'], ds)} your condition was stable and {vamc} could have accepted "
            f"a transfer. Care after you were stable for transfer is not emergency treatment (38 CFR 17.1005(b)), "
            f"so the charges for {fdate(f['denied_from'], ds)} through {fdate(f['end'], ds)} are denied.")


def review_text(d: Page, f: dict, heading: str) -> None:
    d.text_line(heading, 10.5, "B")
    d.ln(1)
    ds = f["ds"]
    if f["ddl"] == "date":
        when = (f"You have one year from the date of this letter to request a decision review. To keep this "
                f"decision's effective date, we must receive your request no later than {fdate(f['deadline'], ds)}.")
    elif f["ddl"] == "365":
        when = "You must request a decision review within 365 days of the date of this letter."
    else:
        when = "If you disagree, you have one year from the date of this letter to ask for a decision review."
    d.para(when + " You may choose one of these options:", 9.5, 1.5)
    for t in ("Higher-Level Review: an experienced reviewer looks at the same evidence again (VA Form 20-0996).",
              "Supplemental Claim: you submit new and relevant evidence (VA Form 20-0995).",
              "Board Appeal: you ask a Veterans Law Judge at the Board of Veterans' Appeals to review the decision "
              "(VA Form 10182, Decision Review Request: Board Appeal (Notice of Disagreement))."):
        d.set_x(d.l_margin + 4)
        d.font(9.2)
        d.multi_cell(0, 4.5, "- " + t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.para("The enclosed VA Form 10-0998, Your Rights to Seek Further Review of Our Decision, explains each option. "
           "You may also ask the Patient Advocate at your VA medical center for help, or contact a Veterans "
           "Service Organization.", 9.2)


def facts_block(d: Page, f: dict, style: int) -> None:
    ds, ms = f["ds"], f["ms"]
    span = fdate(f["start"], ds) + ("" if f["end"] == f["start"] else f" - {fdate(f['end'], ds)}")
    id_label, id_val = ("ICN", f["icn"]) if f["icn"] else ("SSN (last 4)", f["ssn4"])
    rows = [("Veteran", f["vet"]), (id_label, id_val)]
    if f["icn"] and style != 1:
        rows.append(("Last 4 SSN", f["ssn4"]))
    if style == 0:
        rows.append(("Date of birth", fdate(f["dob"], ds)))
    rows += [("Claim number", f["claim"]), ("Non-VA facility", f["hosp"]),
             ("Dates of treatment" if f["inpatient"] else "Date of treatment", span),
             ("Amount billed", usd(f["billed"], ms)), ("Date claim received", fdate(f["received"], ds))]
    if style == 1:
        labels = {"Veteran": "VETERAN NAME", "Claim number": "CLAIM NO.", "Non-VA facility": "TREATING FACILITY",
                  "Amount billed": "TOTAL CHARGES"}
        cells = [(labels.get(a, a), b) for a, b in rows]
        box_rows(d, cells, 9.2)
        d.ln(4)
    else:
        for a, b in rows:
            d.font(9.5)
            d.cell(48, 5.2, a + ":")
            d.font(9.8, "B")
            d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)


def charges_table(d: Page, f: dict) -> None:
    ds, ms = f["ds"], f["ms"]
    rows = []
    for day, code, desc, amt in f["rows"]:
        if f["kind"] == "partial":
            st = "Denied" if day >= f["denied_from"] else "Approved"
        else:
            st = "Denied"
        rows.append([fdate(day, ds), code, desc, usd(amt, ms), st])
    rows.append(["*Total billed", "", "", usd(f["billed"], ms), ""])
    d.table(["Date", "Code", "Description", "Billed", "Decision"], rows, [30, 18, 70, 28, 24], 8.8, "LLLRL")


def denial_letter(f: dict, style: int) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page(footer="Page {p} of {n}",
             header=f"{f['vet']}  Claim {f['claim']}")
    d.add_page()
    letterhead(d, f, style)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f)
    if style == 2:
        d.text_line(f"In Reply Refer To: {f['claim']}", 9.5, "B")
        d.ln(2)
        d.para(f"Dear {f['first']} {f['last']}:", 10)
        what = ("inpatient stay" if f["inpatient"] else "emergency room visit")
        span = (f"from {fdate(f['start'], ds)} through {fdate(f['end'], ds)}" if f["inpatient"]
                else f"on {fdate(f['start'], ds)}")
        idpart = f"ICN {f['icn']}" if f["icn"] else f"SSN ending {f['ssn4']}"
        d.para(f"We have decided the claim ({f['claim']}) for your {what} at {f['hosp']} {span}. The facility "
               f"billed {usd(f['billed'], ms)} for this care. We looked up your record under {idpart}. "
               + ("We approved part of the claim." if f["kind"] == "partial" else
                  "We are sorry, but we cannot pay this claim."), 10)
    else:
        d.text_line("Re: Claim for Emergency Treatment at a Non-VA Facility", 11, "B")
        d.ln(2)
        facts_block(d, f, style)
        d.para(f"Dear Veteran {f['last']}:" if style == 0 else f"Dear {f['first']} {f['last']}:", 10)
        d.para("We have completed our review of the claim for emergency treatment described above. "
               + ("We approved part of the claim." if f["kind"] == "partial" else "The claim is denied."), 10)
    d.text_line("Why we made this decision" if style != 1 else "REASON FOR DECISION", 10.5, "B")
    d.ln(1)
    d.para(reason_text(f), 9.8)
    if f["kind"] == "partial":
        charges_table(d, f)
        d.para(f"VA paid {usd(f['paid_part'], ms)} to {f['hosp']} for the approved days. VA payment is payment in "
               f"full for the approved care; the facility may not bill you for it.", 9.5)
    elif style == 2 or f["kind"] in ("late", "notemerg"):
        charges_table(d, f)
    d.para(f"The treating physician listed on the claim was {f['doc']} (NPI {f['npi']}). A copy of this letter has "
           f"been sent to {f['hosp']}.", 9.2)
    review_text(d, f, "What you can do if you disagree" if style != 1 else "YOUR RIGHT TO SEEK FURTHER REVIEW")
    d.para(f"If you have questions, call the Community Care Contact Center at {f['ph']} (TTY 711), Monday through "
           "Friday, 8:00 a.m. to 8:00 p.m. Eastern time.", 9.2)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.ln(4)
    d.text_line(r_name(f), 10)
    d.text_line("Chief, Community Care Claims", 9.5)
    d.text_line(f["sys"][0], 9.5)
    d.text_line("Enclosure: VA Form 10-0998", 8.5)
    if f["kind"] == "enroll":
        form_10_0998(d, f)
    return pdf_bytes(d)


def r_name(f: dict) -> str:
    return {0: "Inkeri L. Sammallahti", 1: "Jouni R. Aikio", 2: "Ritva H. Näkkäläjärvi"}[
        SYSTEMS.index(f["sys"])]


def form_10_0998(d: Page, f: dict) -> None:
    d.add_page()
    d.text_line("DEPARTMENT OF VETERANS AFFAIRS", 11, "B", "C")
    d.text_line("YOUR RIGHTS TO SEEK FURTHER REVIEW OF OUR DECISION", 12, "B", "C")
    d.ln(3)
    for head, body in (
            ("Decision Review Options", "If you do not agree with our decision, you may choose one of three "
             "decision review options. You generally have one year from the date of the decision notice to choose "
             "an option. You may only choose one option at a time for the same issue."),
            ("Supplemental Claim", "Submit new and relevant evidence with VA Form 20-0995, Decision Review Request: "
             "Supplemental Claim. A reviewer will decide whether the new evidence changes the decision."),
            ("Higher-Level Review", "Ask for a new look at the same evidence by a more senior reviewer with VA Form "
             "20-0996, Decision Review Request: Higher-Level Review. You may not submit new evidence. You may ask "
             "for an informal conference."),
            ("Board Appeal", "Ask a Veterans Law Judge to review the decision with VA Form 10182, Decision Review "
             "Request: Board Appeal (Notice of Disagreement). You may choose direct review, evidence submission, "
             "or a hearing."),
            ("Where to send your request", f"Send VA Forms 20-0995 and 20-0996 to {f['sys'][0]}, "
             f"{f['sys'][2]}, {f['sys'][3]}. Send VA Form 10182 to the Board of Veterans' Appeals, PO Box 27063, "
             "Washington, DC 20038."),
            ("Representation", "A Veterans Service Organization, an accredited attorney or claims agent may help "
             "you at no cost or for a fee approved by VA.")):
        d.text_line(head, 10, "B")
        d.para(body, 9.3)
    d.text_line("VA FORM 10-0998, AUG 2024", 7.5)


def approval_letter(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page()
    d.add_page()
    letterhead(d, f, 1)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Re: Claim for Emergency Treatment at a Non-VA Facility - Approved", 11, "B")
    d.ln(2)
    facts_block(d, f, 0)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    paid = round(f["billed"] * 0.41, 2)
    d.para(f"We approved the claim for the emergency treatment you received at {f['hosp']}. Your condition met the "
           f"prudent layperson standard, a VA facility was not feasibly available, and the claim was filed on time. "
           f"VA paid {usd(paid, ms)} to the facility under the VA fee schedule. This payment is payment in full: "
           f"the facility may not bill you for any balance of the charges, except a copayment VA may bill you "
           f"separately.", 10)
    d.para(f"If you have questions, call {f['ph']}.", 9.5)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.ln(4)
    d.text_line(r_name(f), 10)
    d.text_line(f["sys"][0], 9.5)
    return pdf_bytes(d)


def make_truth(f: dict, approved: bool = False) -> dict:
    alts: dict = {"insurer": ["Veterans Health Administration", "U.S. Department of Veterans Affairs", f["sys"][0],
                              "VA"],
                  "provider": [f["doc"].replace("Dr. ", "")]}
    if not f["icn"]:
        alts["member_id"] = [f["ssn4"]]
    common = dict(insurer=VA, member_id=f["icn"], member_name=f["vet"], case_numbers=[f["claim"]],
                  claim_amount=f"{f['billed']:.2f}", service_dates=[iso(f["start"], f["end"])],
                  denial_date=f["notice"].isoformat(), provider=f["hosp"])
    if approved:
        return truth("other", None, "en", alternates=alts, **common)
    den, dalt = DEN[f["kind"]]
    if f["kind"] == "partial":
        common["service_dates"] = [iso(f["denied_from"], f["end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    if f["ddl"] in ("date", "365"):
        common["appeal_deadline"] = f["deadline"].isoformat()
    else:
        common["appeal_deadline"] = None
    return truth("denial_letter", den, "en", alternates=alts, denial_alternates=dalt, **common)


# (suffix, condition, kind, system, letter style, date style, money style, ICN printed, deadline wording)
PLAN = [
    ("bd_va_facility_feasibly_available", "born_digital", "feasible", 0, 0, "slash", "plain", True, "date"),
    ("bd_partial_after_stabilization", "born_digital", "partial", 1, 1, "long", "plain", True, "365"),
    ("scan300_not_enrolled_no_care_24_months", "scan_clean_300", "enroll", 2, 0, "abbr", "plain", False, "date"),
    ("lowres_not_an_emergency", "scan_lowres_150", "notemerg", 0, 2, "long", "plain", True, "date"),
    ("copy_other_health_insurance_paid_more", "photocopy", "ohi", 1, 1, "dmy", "space", False, "365"),
    ("faxstd_stack_late_claim_and_approval", "fax_standard_g4", "late", 2, 2, "slash", "plain", True, "date"),
    ("phone_declined_transfer_after_stable", "phone_photo", "stable", 0, 2, "iso", "plain", True, "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, sysi, style, ds, ms, icn, ddl) in enumerate(PLAN):
        f = facts(random.Random(145500 + i), i, kind, sysi, ds, ms, icn, ddl)
        docs = [(denial_letter(f, style), make_truth(f))]
        seps = None
        if "stack" in suffix:
            g = facts(random.Random(145580 + i), 7, "feasible", sysi, ds, ms, True, "date")
            g["vet"], g["first"], g["last"], g["addr"], g["icn"], g["ssn4"] = (f["vet"], f["first"], f["last"],
                                                                             f["addr"], f["icn"], f["ssn4"])
            g["hosp"] = HOSP[5]
            docs.append((approval_letter(g), make_truth(g, approved=True)))
            seps = ["cover", None]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
