"""Round J (famq) helpers: invented insurers, people, providers and numbers, and the typed mail those insurers send
(denial letters, EOBs, approvals, requests for information) for mail_batch_stack, handwritten_cover and
letter_with_attachments.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Why shared builders: the
three families test how mail ARRIVES (stacked, under a cover note, with attachments), so each insurer's letter is
built once here and each family decides how it is bundled. Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from inv_kit import Doc, iso, truth

FIRST = ["Sidonie", "Thaddeus", "Perpetua", "Lucan", "Isaura", "Emrys", "Oswin", "Rosamund", "Barnaby", "Clementine",
         "Evander", "Hyacinth", "Leopold", "Marguerite", "Osric", "Winifred", "Tamsin", "Benedikt"]
KIDS = ["Ottilie", "Crispin", "Saoirse", "Lysander", "Briony", "Fennimore"]
LAST = ["Achterberg", "Blomquist", "Castellane", "Dunleavy", "Eskdale", "Fitzwarren", "Galbraith", "Hartigan",
        "Ingleby", "Jessop", "Kilbride", "Lockridge", "Merriweather", "Northcote", "Ormsby", "Penhallow"]
DOCTORS = ["Dr. Ottoline Vance-Harrow", "Dr. Severin Maclaine", "Dr. Perdita Ashcombe", "Dr. Lorcan Whitlock",
           "Dr. Iolanthe Brightwater", "Dr. Cassius Fernleigh", "Dr. Ondine Halloran", "Dr. Ambrose Kettering",
           "Dr. Liesl Varga-Moore", "Dr. Tiberius Okonkwo-Hale", "Dr. Annwen Pryce", "Dr. Hollis Dragomir"]
FACILITIES = ["Mallowfield Orthopedic Associates", "Duckpond Lane Imaging", "Harcourt Green Surgical Center",
              "Beacon Rise Cardiology", "Wrenfield Physical Therapy", "Ashgrove Sleep Center", "Foxhollow Dermatology",
              "Kingsmere Regional Hospital", "Larkhill Digestive Health", "Cobbleford Hearing & Audiology",
              "Thornbury Endocrine Clinic", "Gullwing Urgent Care"]
STREETS = ["Ferrier Lane", "Gantry Road", "Hawthorn Close", "Nuthatch Drive", "Old Kiln Way"]
TOWNS = ["Brambleton, VA 24999", "Ellery Mills, ME 04999", "Sorrel Bay, WA 98999", "Quenton, IA 52999"]


@dataclass
class Ins:
    """An invented issuer: its letterhead name, address, phone, ID shapes and letterhead style (0-3)."""
    name: str
    street: str
    city: str
    phone: str
    mid: str        # member ID pattern: L = letter, 9 = digit, other characters kept
    claim: str      # claim number pattern
    style: int
    tag: str = ""


INSURERS = {
    "halvorsen": Ins("Halvorsen Ridge Health Plan", "PO Box 4410", "Cairnhill, OR 97299", "1-800-555-0142",
                     "HRH999999999", "99-9999999-99", 0, "A nonprofit health plan"),
    "quarrystone": Ins("Quarrystone Mutual Health Insurance Company", "2200 Ledge Street", "Westerhope, WI 53998",
                       "1-866-555-0177", "QM9999999", "C9999999999", 1),
    "brackenfield": Ins("Brackenfield Health Assurance", "18 Fernbank Plaza, Suite 400", "Ashby Cross, NC 27699",
                        "1-877-555-0119", "LL9999 99999", "BHA-99999999", 2, "Health coverage for working families"),
    "lindenmoor": Ins("Lindenmoor Health Cooperative", "900 Commons Way", "Marlow Falls, VT 05899",
                      "1-844-555-0163", "999999999-01", "9999 9999 9999", 3),
    "osterley": Ins("Osterley Vale Health Plans, Inc.", "PO Box 71550", "Pennock, KS 66899", "1-855-555-0108",
                    "OVL99999999", "9999999999", 1, "Medicare Advantage and employer plans"),
    "wenlock": Ins("Wenlock Heath Health Plan", "455 Orchard Gate", "Dunmere, MN 55999", "1-833-555-0186",
                   "WH999999999", "WH-99-999999", 0, "Member-centered coverage since 1987"),
    "amberlea": Ins("Amberlea Health Insurance Company", "PO Box 30912", "Corriemoor, AZ 85999", "1-888-555-0131",
                    "AHI999999999", "99999999999", 2),
    "greywether": Ins("Greywether Health Plan", "7100 Millstone Parkway", "Brockhaven, OH 43999",
                      "1-800-555-0194", "GWP999999999", "GW9999999999", 3, "Greywether Health Plan of Ohio"),
}


def fill(rng: random.Random, pattern: str) -> str:
    """A fictional number in the insurer's shape (L letter, 9 digit; the first digit never 0)."""
    out = []
    for c in pattern:
        if c == "9":
            out.append(rng.choice("123456789" if not out or not out[-1].isdigit() else "0123456789"))
        elif c == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(c)
    return "".join(out)


def nid(s: str) -> str:
    """An ID as the truth holds it: printed grouping spaces dropped (the eval README compares it that way)."""
    return s.replace(" ", "")


def person(rng: random.Random, last: str | None = None, first: list[str] | None = None) -> tuple[str, str, str]:
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def fdate(d: dt.date, style: str) -> str:
    """Dates in the styles this round varies: March 3, 2026 / 03/03/2026 / 3 Mar 2026 / 2026-03-03 / Mar 3, 2026."""
    return {"long": f"{d:%B} {d.day}, {d.year}", "slash": f"{d:%m/%d/%Y}", "dmy": f"{d.day} {d:%b} {d.year}",
            "iso": d.isoformat(), "abbr": f"{d:%b} {d.day}, {d.year}"}[style]


def fmoney(v: float, style: str) -> str:
    return {"sign": f"${v:,.2f}", "plain": f"{v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# key -> service, code, pre-service?, plain-words reason, accepted other denial types
REASONS = {
    "medical_necessity": ("MRI of the left knee", "73721", False,
                          "The notes we received do not show that the knee was first treated with rest, a brace or "
                          "physical therapy for at least six weeks. Under our imaging guideline the MRI was not needed "
                          "at this time.", []),
    "prior_authorization": ("overnight sleep study in a sleep lab", "95810", False,
                            "Your plan asks that this test be approved by us before it is done. We have no record that "
                            "anyone asked us to approve it, so the claim cannot be paid.", ["other"]),
    "level_of_care": ("hospital stay", "0120", False,
                      "The records show you were stable and could safely have been watched in observation status "
                      "instead of being admitted as an inpatient. We paid the stay at the observation rate; the "
                      "inpatient charges are denied.", ["medical_necessity"]),
    "coding_error": ("office visit, established patient", "99215", False,
                     "The visit was billed at the highest level (99215), but the notes describe a visit of moderate "
                     "complexity. The code billed does not match the care documented; your doctor may send a "
                     "corrected claim.", ["other"]),
    "experimental": ("gene expression test of a thyroid nodule", "81546", False,
                     "This test is still being studied. Our policy considers it investigational because it has not "
                     "been shown to change treatment or results.", ["not_covered"]),
    "out_of_network": ("outpatient shoulder surgery", "29827", False,
                       "The surgeon and the surgery center are not part of your plan's network. Your HMO pays for "
                       "care outside the network only in an emergency or when we agree to it ahead of time.", []),
    "not_covered": ("pair of hearing aids", "V5261", False,
                    "Hearing aids are on the list of things your benefit booklet does not cover, so the plan cannot "
                    "pay for them.", []),
    "eligibility": ("physical therapy evaluation", "97162", False,
                    "Our records show your coverage under this plan ended on {end}. The service was given after that "
                    "date, when you were no longer a member.", ["other"]),
    "timely_filing": ("emergency room visit", "99284", False,
                      "We received this claim on {recv}, more than 365 days after the date of service. Claims must "
                      "reach us within one year.", []),
    "other": ("colonoscopy with biopsy", "45380", False,
              "Our records show you have other health coverage that should pay first. Please ask the other plan to "
              "process the claim and send us its Explanation of Benefits.", []),
    "pre_mednec": ("lumbar spinal fusion", "22612", True,
                   "The request does not meet our criteria: the records do not show that three months of physical "
                   "therapy and other non-surgical care were tried first.", ["prior_authorization"]),
}


def facts(rng: random.Random, ins: Ins, key: str, dependent: bool = False, notice: dt.date | None = None) -> dict:
    """The facts of one matter (member, claim, service, dates), invented in the insurer's shapes."""
    service, code, pre, reason, alts = REASONS[key]
    name, first, last = person(rng)
    patient = person(rng, last, KIDS)[0] if dependent else name
    notice = notice or days(dt.date(2026, 1, 12), rng.randint(0, 240))
    if pre:
        dos, end = days(notice, rng.randint(14, 40)), None
    elif key == "timely_filing":
        dos, end = days(notice, -rng.randint(400, 470)), None
    else:
        dos = days(notice, -rng.randint(18, 70))
        end = days(dos, rng.randint(1, 3)) if key == "level_of_care" else None
    recv = days(dos, 372 + rng.randint(3, 40)) if key == "timely_filing" else days(dos, rng.randint(6, 14))
    reason = reason.format(end=fdate(days(dos, -rng.randint(8, 40)), "long"), recv=fdate(recv, "long"))
    return dict(ins=ins, key=key, service=service, code=code, pre=pre, reason=reason, alts=alts, name=name,
                first=first, last=last, patient=patient, mid=fill(rng, ins.mid),
                group=f"{rng.choice('GKMRT')}{rng.randint(10000, 99999)}",
                plan=rng.choice([None, f"{ins.name.split()[0][:3].upper()}-{rng.randint(100, 999)}"]),
                claim=None if pre else fill(rng, ins.claim), ref=f"R{rng.randint(1000000, 9999999)}",
                amount=None if pre else money(rng, 180, 14000), dos=dos, end=end, recv=recv, notice=notice,
                doctor=rng.choice(DOCTORS), facility=rng.choice(FACILITIES),
                npi=f"1{rng.randint(100000000, 999999999)}",
                dcn=f"DCN {rng.randint(10, 99)}{rng.randint(1000000, 9999999)}",
                street=f"{rng.randint(11, 9800)} {rng.choice(STREETS)}", town=rng.choice(TOWNS))


def letterhead(d: Doc, ins: Ins):
    """Four letterhead styles: centred name, left bar, right block, boxed name with address to the right."""
    s = ins.style
    if s == 0:
        d.text_line(ins.name.upper(), size=16, style="B", align="C", h=8)
        d.text_line(f"{ins.street}  |  {ins.city}  |  Member Services {ins.phone}", size=8.5, align="C")
        if ins.tag:
            d.text_line(ins.tag, size=8, align="C")
        d.rule(0.6, 6)
    elif s == 1:
        d.set_fill_color(40, 40, 40)
        d.rect(18, 12, 3, 18, style="F")
        d.set_xy(24, 12)
        d.font(15, "B")
        d.cell(0, 7, ins.name, new_x="LMARGIN", new_y="NEXT")
        d.set_x(24)
        d.font(8.5)
        d.cell(0, 4.5, f"{ins.street}, {ins.city}", new_x="LMARGIN", new_y="NEXT")
        d.set_x(24)
        d.cell(0, 4.5, f"Customer service {ins.phone} (TTY 711)" + (f"  -  {ins.tag}" if ins.tag else ""),
               new_x="LMARGIN", new_y="NEXT")
        d.ln(8)
    elif s == 2:
        d.text_line(ins.name, size=14, style="B", align="R", h=7)
        if ins.tag:
            d.text_line(ins.tag, size=8.5, style="I", align="R")
        d.text_line(f"{ins.street}, {ins.city}", size=8.5, align="R")
        d.text_line(f"Phone {ins.phone}", size=8.5, align="R")
        d.ln(6)
    else:
        y = d.get_y()
        d.set_line_width(0.6)
        d.rect(18, y, 92, 14)
        d.set_xy(20, y + 3)
        d.font(12.5, "B")
        d.cell(88, 8, ins.name)
        d.set_xy(118, y)
        d.font(8.5)
        d.multi_cell(0, 4.3, f"{ins.street}\n{ins.city}\n{ins.phone}", align="R")
        d.set_y(y + 20)


def address_block(d: Doc, f: dict, date_style: str, dated: bool = True):
    if dated:
        d.text_line(fdate(f["notice"], date_style), size=10.5)
        d.ln(3)
    for line in (f["name"], f["street"], f["town"]):
        d.text_line(line, size=10.5, h=5)
    d.ln(5)


def deadline_text(f: dict, rule: str, ds: str) -> tuple[str, str | None, list]:
    """The appeal sentence, the truth deadline and its accepted alternates."""
    if rule == "of_letter":
        return ("You may appeal this decision. Your appeal must be filed within 180 days of the date of this "
                "letter.", iso(days(f["notice"], 180)), [])
    if rule == "date":
        dl = days(f["notice"], 180)
        return (f"If you disagree, send us a written appeal. We must receive it by {fdate(dl, ds)}.", iso(dl), [])
    return ("You have the right to appeal. Send your appeal within 180 days after you receive this letter.", None,
            [iso(days(f["notice"], 180))])


def label_rows(f: dict, variant: int, ds: str, ms: str) -> list[tuple[str, str]]:
    """The RE block's label/value pairs, worded one of four ways."""
    ids = [("Member ID", "Subscriber", "Group", "Claim number", "Reference", "Date of service", "Amount billed",
            "Provider"),
           ("ID No.", "Policyholder", "Group No.", "Claim #", "Our ref.", "DOS", "Total charges", "Rendering provider"),
           ("Identification #", "Subscriber name", "Employer group", "Claim No.", "Case #", "Service date(s)",
            "Billed charges", "Treating provider"),
           ("Enrollee number", "Enrollee", "Group number", "Claim ID", "File no.", "Dates of care", "Charged",
            "Provider of service")][variant]
    span = fdate(f["dos"], ds) + (f" - {fdate(f['end'], ds)}" if f["end"] else "")
    rows = [(ids[1], f["name"])]
    if f["patient"] != f["name"]:
        rows.append(("Patient", f["patient"]))
    rows += [(ids[0], f["mid"]), (ids[2], f["group"])]
    if f["plan"]:
        rows.append(("Plan code", f["plan"]))
    if f["claim"]:
        rows.append((ids[3], f["claim"]))
    rows += [(ids[4], f["ref"]), (ids[7], f"{f['doctor']}, {f['facility']}"), ("Provider NPI", f["npi"]),
             ("Service", f"{f['service']} ({f['code']})"), (ids[5], span)]
    if f["amount"] is not None:
        rows.append((ids[6], fmoney(f["amount"], ms)))
    rows.append(("Claim received" if f["claim"] else "Request received", fdate(f["recv"], ds)))
    return rows


def re_block(d: Doc, rows: list[tuple[str, str]], variant: int):
    if variant % 2 == 0:
        for k, v in rows:
            d.font(9.5, "B")
            d.cell(42, 5, k + ":")
            d.font(9.5)
            d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    else:
        half = (len(rows) + 1) // 2
        y0 = d.get_y()
        for col, part in enumerate((rows[:half], rows[half:])):
            for i, (k, v) in enumerate(part):
                d.set_xy(18 + col * 92, y0 + i * 9)
                d.font(6.5)
                d.cell(88, 3, k.upper())
                d.set_xy(18 + col * 92, y0 + i * 9 + 3.2)
                d.font(9.5)
                d.cell(88, 5, v)
        d.set_xy(18, y0 + half * 9)
    d.ln(4)


def denial_pages(d: Doc, f: dict, variant: int, ds: str, ms: str, rule: str, two_pages: bool = False) -> dict:
    """A typed denial letter written into `d` (one or two pages); returns its truth."""
    ins = f["ins"]
    d.add_page()
    letterhead(d, ins)
    address_block(d, f, ds)
    re_block(d, label_rows(f, variant, ds, ms), variant)
    what = "request" if f["pre"] else "claim"
    d.text_line(["Notice of Adverse Benefit Determination", "Claim Denial", "We could not approve your request",
                 "Explanation of our decision"][variant] if not f["pre"] else "Prior Approval Request Denied",
                size=12, style="B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", size=10.5)
    who = "you" if f["patient"] == f["name"] else f"{f['patient'].split()[0]}"
    if f["pre"]:
        d.para(f"{f['doctor']} asked us to approve a {f['service']} for {who}, planned for "
               f"{fdate(f['dos'], ds)} at {f['facility']}. We have reviewed the request and we are not able to "
               "approve it.", size=10.5)
    else:
        d.para(f"We reviewed the {what} for the {f['service']} {who} received from {f['doctor']} on "
               f"{fdate(f['dos'], ds)}. We are not able to pay this {what}.", size=10.5)
    d.text_line("Why we made this decision", size=10.5, style="B", h=6)
    d.para(f["reason"], size=10.5)
    sentence, dl, alts = deadline_text(f, rule, ds)
    if two_pages:
        d.para("Your doctor may ask for a peer-to-peer conversation with our reviewer by calling the number above. "
               "You may ask for free copies of the documents and criteria we used.", size=10.5)
        d.add_page()
        d.text_line(f"{f['name']}  -  {f['mid']}  -  page 2", size=8.5)
        d.ln(4)
    d.text_line("Your right to appeal", size=10.5, style="B", h=6)
    d.para(sentence + " Include this letter and any records that support your appeal. If your health could be "
           "seriously harmed by waiting, ask for an expedited appeal; we decide those within 72 hours.", size=10.5)
    d.para("After our appeal decision you may also have the right to an external review by an independent review "
           "organization, within four months of our final decision.", size=9.5)
    d.para(f"Sincerely,\nClaims Review Unit\n{ins.name}", size=10.5)
    d.text_line(f"{f['dcn']}    Printed {fdate(days(f['notice'], 1), 'slash')}    Form ADV-{variant + 2}07", size=7.5)
    key = f["key"]
    denial = "medical_necessity" if key == "pre_mednec" else key
    svc = [iso(f["dos"], f["end"])]
    amt = None if f["amount"] is None else f"{f['amount']:.2f}"
    alt = {"appeal_deadline": alts} if alts else {}
    alt["provider"] = [f["facility"]]
    if f["plan"]:
        alt["plan_id"] = [None]     # a "plan code" is the plan ID (as in earlier rounds), null accepted
    return truth("denial_letter", denial, insurer=ins.name, plan_id=f["plan"], group_number=f["group"],
                 member_id=nid(f["mid"]), member_name=f["patient"],
                 case_numbers=[nid(c) for c in (f["claim"], f["ref"]) if c], claim_amount=amt, service_dates=svc,
                 denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=dl,
                 alternates=alt, denial_alternates=f["alts"])


def eob_page(d: Doc, f: dict, ds: str, ms: str, paid: bool) -> dict:
    """A one-page Explanation of Benefits for one claim of 2-3 lines; denied (all lines) or paid."""
    ins, rng = f["ins"], random.Random(f["mid"])
    d.add_page()
    letterhead(d, ins)
    d.text_line("EXPLANATION OF BENEFITS", size=13, style="B", h=7)
    d.text_line("This is not a bill.", size=9, style="I")
    d.ln(2)
    for k, v in (("Statement date", fdate(f["notice"], ds)), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["group"]), ("Patient", f["patient"]), ("Claim number", f["claim"]),
                 ("Provider", f["doctor"]), ("Received", fdate(f["recv"], ds))):
        d.font(9.5, "B")
        d.cell(36, 4.8, k)
        d.font(9.5)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    parts = [round(f["amount"] * w, 2) for w in (0.6, 0.25)]
    parts.append(round(f["amount"] - sum(parts), 2))
    codes = [f["code"], "36415", "80053"]
    rows, allowed_t, paid_t = [], 0.0, 0.0
    for c, amt in zip(codes, parts):
        allowed = round(amt * 0.7, 2) if paid else 0.0
        pay = round(allowed * 0.8, 2)
        allowed_t, paid_t = allowed_t + allowed, paid_t + pay
        rows.append([fdate(f["dos"], ds), c, fmoney(amt, "plain"), fmoney(allowed, "plain"), fmoney(pay, "plain"),
                     fmoney(round(allowed - pay, 2) if paid else amt, "plain"), "" if paid else "D4"])
    rows.append(["*Totals", "", fmoney(f["amount"], "plain"), fmoney(allowed_t, "plain"), fmoney(paid_t, "plain"),
                 "", ""])
    d.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [28, 20, 26, 26, 26, 26, 20], size=9, aligns="LLRRRRL")
    if not paid:
        d.para(f"D4: {f['reason']}", size=9.5)
    d.para("Questions? Call the number above. If you disagree with how we processed this claim, you may appeal "
           "within 180 days of the date of this statement.", size=9.5)
    dl = None if paid else iso(days(f["notice"], 180))
    alt = {"appeal_deadline": [iso(days(f["notice"], 180))]} if paid else {}
    return truth("eob", None if paid else f["key"], insurer=ins.name, plan_id=None, group_number=f["group"],
                 member_id=nid(f["mid"]), member_name=f["patient"], case_numbers=[nid(f["claim"])],
                 claim_amount=f"{f['amount']:.2f}", service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
                 provider=f["doctor"], appeal_deadline=dl, alternates=alt,
                 denial_alternates=[] if paid else f["alts"], type_alternates=[] if paid else ["denial_letter"])


def approval_page(d: Doc, f: dict, ds: str) -> dict:
    """A prior-approval letter that approves: document type other, no denial, no deadline."""
    ins = f["ins"]
    auth = f"PA{f['ref'][1:]}"
    d.add_page()
    letterhead(d, ins)
    address_block(d, f, ds)
    d.text_line("Your request is approved", size=12, style="B", h=7)
    for k, v in (("Member ID", f["mid"]), ("Authorization #", auth), ("Requested by", f["doctor"]),
                 ("Approved service", f"{f['service']} ({f['code']})"), ("Approved for", fdate(f["dos"], ds))):
        d.font(9.5, "B")
        d.cell(40, 5, k)
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", size=10.5)
    d.para(f"Good news. We reviewed the request from {f['doctor']} and found the service medically necessary. It is "
           "approved. This approval is not a promise of payment; payment depends on your coverage on the date of "
           "service and on your deductible and coinsurance.", size=10.5)
    d.para("If we had denied any part of this request you would have the right to appeal within 180 days. Because "
           "the request was approved in full, you do not need to do anything.", size=9.5)
    d.para(f"Utilization Management\n{ins.name}", size=10.5)
    return truth("other", None, insurer=ins.name, plan_id=None, group_number=None, member_id=nid(f["mid"]),
                 member_name=f["patient"], case_numbers=[auth], claim_amount=None, service_dates=[iso(f["dos"])],
                 denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=None,
                 alternates={"service_dates": [[]]})


def rfi_page(d: Doc, f: dict, ds: str, ms: str) -> dict:
    """A request for more information that denies nothing (the claim is on hold); a reply-by date as a decoy."""
    ins = f["ins"]
    reply = days(f["notice"], 45)
    d.add_page()
    letterhead(d, ins)
    address_block(d, f, ds)
    d.text_line("We need more information to process your claim", size=12, style="B", h=7)
    d.text_line(f"Claim {f['claim']}   |   Member ID {f['mid']}   |   Billed {fmoney(f['amount'], ms)}", size=9.5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", size=10.5)
    d.para(f"We received a claim from {f['doctor']} for care given on {fdate(f['dos'], ds)}. Before we can finish "
           "processing it, we need you to tell us whether the care was for an injury, and if so how and where it "
           "happened. This is not a denial. Your claim is on hold until we hear from you.", size=10.5)
    d.para(f"Please complete the enclosed questionnaire and return it by {fdate(reply, ds)}. If we do not hear "
           "from you, we will decide the claim with the information we have.", size=10.5)
    d.para(f"Claims Department\n{ins.name}", size=10.5)
    return truth("other", None, insurer=ins.name, plan_id=None, group_number=None, member_id=nid(f["mid"]),
                 member_name=f["patient"], case_numbers=[nid(f["claim"])], claim_amount=f"{f['amount']:.2f}",
                 service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["doctor"],
                 appeal_deadline=None, alternates={"claim_amount": [None]})
