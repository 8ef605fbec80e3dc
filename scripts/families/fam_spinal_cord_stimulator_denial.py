"""Family 'spinal_cord_stimulator_denial': invented plans' prior-authorization decisions on spinal cord stimulators.

Two issuers: Quillon Health Partners ("QUILLON" over "Health Partners") and Marrowfield Benefit Assurance Company
(parent line "Tessaly Group Holdings" above its name). Facts: member, member ID, group, plan code on some, request
number, trial or permanent implant with CPT codes, the pain management practice and physician, the implanting
surgeon, the facility, request received, planned date or trial span. Kinds: trial denied for a missing psychological
evaluation, permanent implant denied because the trial gave under 50% relief, conservative care not documented (plain
words), a permanent implant done without approval (claim, billed), an out-of-network facility, a trial span in a
sentence, and one approval. Decoys: NPI, medical policy number, received date, a 14-day peer-to-peer offer.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw2 import address, days, fdate, iso, m2, mixed, money, npi, person, phone, span, staff, usd

FAMILY = "spinal_cord_stimulator_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"Q": "Quillon Health Partners", "M": "Marrowfield Benefit Assurance Company"}
PRACTICE = ["Sablewood Interventional Pain Center", "Northgate Spine & Pain Specialists, PLLC"]
PAIN_DOC = ["Dr. Oriana Featherstonehaugh", "Dr. Casimir Woolgar"]
SURGEON = ["Dr. Thaddeus Wrexham", "Dr. Margery Bellingcourt"]
FACILITY = ["Copperleaf Surgery Center", "St. Aldwyn Regional Hospital"]
SVC = {"trial": ("Spinal cord stimulator trial, percutaneous leads", "63650 x2"),
       "perm": ("Spinal cord stimulator, permanent implant with pulse generator", "63685, 63650")}
# kind: (service, denial type, accepted alternates)
KINDS = {"psych": ("trial", "medical_necessity", ["prior_authorization"]),
         "relief": ("perm", "medical_necessity", []),
         "conservative": ("trial", "medical_necessity", []),
         "noauth": ("perm", "prior_authorization", []),
         "oon": ("perm", "out_of_network", []),
         "span": ("trial", "medical_necessity", []),
         "approve": ("perm", None, [])}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "Q":
        d.text_line("QUILLON", 20, "B", h=8)
        d.text_line("Health Partners", 12, h=6)
    else:
        d.text_line("Tessaly Group Holdings", 8, h=4.2)
        d.text_line(ISSUER["M"], 13.5, "B", h=7)
    d.text_line(f"Prior Authorization Department  |  {f['street']}  |  {f['ph']}", 8.2, h=4.6)
    d.rule(0.6, 4)


def rows(f: dict) -> list[tuple[str, str]]:
    q = f["ins"] == "Q"
    name, cpt = SVC[f["svc"]]
    out = [("Member" if q else "Patient name", f["member"]), ("Member ID" if q else "Subscriber ID no.", f["mid"]),
           ("Group no." if q else "Employer group", f["grp"])]
    if f["plan"]:
        out.append(("Plan code", f["plan"]))
    out += [("Request no." if q else "Authorization request #", f["ref"]),
            ("Procedure", f"{name} (CPT {cpt})"),
            ("Pain management", f"{f['pain']}, {f['practice']}"),
            ("Implanting surgeon" if q else "Surgeon", f"{f['surgeon']}  NPI {f['npi']}"),
            ("Facility" if q else "Place of service", f["facility"]),
            ("Request received" if q else "Received on", f["fd"](f["recv"]))]
    if f["kind"] == "noauth":
        out += [("Claim no.", f["claim"]), ("Date of surgery", f["fd"](f["start"])),
                ("Total charges", usd(f["billed"], f["ms"]))]
    elif f["kind"] == "span":
        out.append(("Trial leads in place", f"{f['fd'](f['start'])} to {f['fd'](f['end'])}"))
    else:
        out.append(("Planned date" if q else "Scheduled", f["fd"](f["start"])))
    out.append(("Medical policy", f["policy"]))
    return out


def reason(f: dict) -> list[str]:
    k = f["kind"]
    if k == "psych":
        return ["We cannot approve the stimulator trial. Our criteria require a psychological evaluation by a licensed "
                "psychologist or psychiatrist before any trial, to rule out untreated depression or other conditions "
                "that make a good result unlikely. No such evaluation came with the request. The medical necessity "
                "criteria are therefore not met."]
    if k == "relief":
        return [f"The permanent implant is denied. The trial done on {f['fd'](days(f['start'], -40))} gave about "
                f"{f['pct']}% pain relief by the pain diary submitted. A permanent stimulator is medically necessary "
                "only after a trial that relieves pain by at least 50% and improves function. That level was not "
                "reached."]
    if k == "conservative":
        return ["Before a stimulator can be tried, the notes must show at least six months of other treatment that did "
                "not help enough: physical therapy, medicines, injections. The notes we got speak of back surgery two "
                "years ago and nothing since. Send the therapy and medicine records and the request can be looked "
                "at again."]
    if k == "noauth":
        return [f"We denied the claim for the permanent stimulator placed on {f['fd'](f['start'])}. This surgery "
                "needs prior authorization from us before it is done, and no approval was on file for it."]
    if k == "oon":
        return [f"We denied the request because {f['facility']} is not in the network of your plan. Your plan pays "
                "for planned surgery only at in-network facilities; two in-network surgery centers near you perform "
                "this procedure."]
    if k == "span":
        return [f"Your pain specialist asked us to cover a stimulator trial with leads left in place "
                f"{span(f['start'], f['end'], 'long')}. We denied it: it is not medically necessary because the "
                "psychological evaluation our policy asks for is missing and conservative treatment is not "
                "documented."]
    return [f"Good news: we approved the permanent spinal cord stimulator. The trial relieved about {f['pct']}% of "
            f"the pain. Approval number {f['auth2']} is valid {span(f['start'], days(f['start'], 90), 'long')} at "
            f"{f['facility']}."]


def closing(d: Letter, f: dict) -> None:
    if f["kind"] == "approve":
        d.para(f"Questions? Call {f['ph']}. This approval is not a promise of payment if you are no longer covered "
               "on the date of surgery.", 9)
        return
    d.text_line("Talk with our reviewer", 10, "B", h=6)
    d.para(f"Your doctor may talk with {f['reviewer']}, MD, our reviewing physician, within 14 days of this letter. "
           f"Call {f['p2p']} and give request {f['ref']}.", 9)
    d.text_line("How to appeal", 10, "B", h=6)
    t = {"letter": "You may appeal within 180 days of the date of this letter.",
         "date": f"Your appeal must be received by {f['fd'](f['dl'])}.",
         "recv": "You have 180 days from the day you get this letter to appeal."}[f["app"]]
    d.para(t + " A fast appeal is decided within 72 hours if waiting could harm your health. After our appeal "
           "you may ask for an external review within 4 months.", 9)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(("Notice date: " if f["ins"] == "M" else "") + f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    title = ("Prior authorization approved" if f["kind"] == "approve" else "Claim denial" if f["kind"] == "noauth"
             else "Notice of adverse determination: spinal cord stimulation")
    d.text_line(title, 12.5, "B", h=7)
    for k, v in rows(f):
        d.set_font("DejaVu", "B", 8.6)
        d.cell(46, 5.2, k)
        d.set_font("DejaVu", "", 9.1)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Why we decided this" if f["kind"] != "approve" else "Our decision", 10.5, "B", h=6)
    for p in reason(f):
        d.para(p, 9.3)
    closing(d, f)
    d.text_line(f"Sincerely, {f['signer']}, RN, Prior Authorization, {ISSUER[f['ins']]}", 8.8, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, plan: bool) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    recv = days(notice, -r.randint(3, 9))
    start = days(notice, r.randint(10, 25)) if kind != "noauth" else days(notice, -r.randint(35, 60))
    perm = KINDS[kind][0] == "perm"
    return dict(kind=kind, svc=KINDS[kind][0], ins=ins, ds=ds, ms=ms, app=app, notice=notice, recv=recv,
                start=start, end=days(start, 6), fd=lambda x: fdate(x, ds), member=person(r), addr=address(r),
                mid=mixed(r, "QHP9A9999999" if ins == "Q" else "M99999A999-01"),
                grp=mixed(r, "G9999A" if ins == "Q" else "99-AA999"), plan=mixed(r, "QP-9A9") if plan else None,
                ref=mixed(r, "PA26Q99999A" if ins == "Q" else "9999-AA-9999"), auth2=mixed(r, "AP99A9999"),
                claim=mixed(r, "CL99A9999999"), billed=money(r, 38000, 61000), pain=r.choice(PAIN_DOC),
                surgeon=r.choice(SURGEON), practice=r.choice(PRACTICE), facility=r.choice(FACILITY), npi=npi(r),
                pct=r.randint(25, 45) if kind == "relief" else r.randint(60, 80), perm=perm,
                policy=f"MP-NEURO-{r.randint(200, 299)}", dl=days(notice, 180), ph=phone(r), p2p=phone(r),
                reviewer=staff(r), signer=staff(r), street=f"{r.randint(100, 990)} Brackenfold Avenue",
                form="QHP-PA-SCS 01/26" if ins == "Q" else f"MBA-{r.randint(3000, 3999)}-N")


def make_truth(f: dict) -> dict:
    _, den, dalts = KINDS[f["kind"]]
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    doc, other = (f["surgeon"], f["pain"]) if f["perm"] else (f["pain"], f["surgeon"])
    alts: dict = {"provider": [other.split(" ", 1)[1], f["practice"], f["facility"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    noauth = f["kind"] == "noauth"
    cases = [f["ref"]] + ([f["claim"]] if noauth else [])
    if noauth:
        alts["case_numbers"] = [[f["claim"]]]
    sd = [iso(f["start"], f["end"])] if f["kind"] == "span" else [iso(f["start"])]
    if f["kind"] == "span":
        alts["service_dates"] = [[iso(f["start"])]]
    if den is None:
        alts["service_dates"] = [[]]
    return truth("other" if den is None else "denial_letter", den, insurer=ISSUER[f["ins"]], plan_id=f["plan"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if noauth else None, service_dates=sd, denial_date=iso(f["notice"]),
                 provider=doc.split(" ", 1)[1], appeal_deadline=None if den is None else dl, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kind, issuer, date style, money style, appeal wording, plan code printed)
PLAN = [
    ("spinal_cord_stimulator_denial_bd_psych_eval_missing", "born_digital", "psych", "Q", "long", "plain", "letter",
     True),
    ("spinal_cord_stimulator_denial_bd_trial_relief_under_half", "born_digital", "relief", "M", "slash", "plain",
     "date", False),
    ("spinal_cord_stimulator_denial_scan_conservative_care_plain", "scan_clean_300", "conservative", "Q", "dmy",
     "plain", "recv", False),
    ("spinal_cord_stimulator_denial_lowres_implant_no_auth_claim", "scan_lowres_150", "noauth", "M", "iso", "usd",
     "letter", True),
    ("spinal_cord_stimulator_denial_copy_facility_out_of_network", "photocopy", "oon", "Q", "abbr", "plain", "date",
     False),
    ("spinal_cord_stimulator_denial_photo_trial_span", "phone_photo", "span", "M", "long", "plain", "letter", True),
    ("spinal_cord_stimulator_denial_faxf_permanent_approved", "fax_fine_g4", "approve", "Q", "slash", "plain",
     "letter", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, plan) in enumerate(PLAN):
        r = random.Random(91200 + i)
        f = facts(r, kind, ins, ds, ms, app, plan)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
