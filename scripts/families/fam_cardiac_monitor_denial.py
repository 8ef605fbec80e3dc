"""Family 'cardiac_monitor_denial': invented plans' denials of ambulatory cardiac monitoring.

Two issuers: Halloway Health Plan ("HALLOWAY" over "Health Plan") and Brantwood Mutual Health Insurance Co. (parent
line "Ostergate Benefit Holdings" above its name). Facts: member, member ID, group, plan ID on some, authorization
reference, service with CPT codes, ordering cardiologist (NPI decoy) and cardiology practice, request received,
planned date or wear period. Kinds: implantable loop recorder judged investigational for palpitations without
syncope, a 30-day mobile telemetry not necessary before a 24-48 hour Holter, a partial approval (14-day patch
approved, 30-day event monitor denied), a loop recorder implanted without prior authorization (claim, billed amount),
the same reason in plain words, an out-of-network practice, a telemetry wear span in a sentence. Every letter offers a
peer-to-peer talk within 14 days (a decoy limit) and names the medical policy number (a decoy).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq1 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, span, staff, usd

FAMILY = "cardiac_monitor_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"H": "Halloway Health Plan", "B": "Brantwood Mutual Health Insurance Co."}
PRACTICE = ["Corbridge Heart & Rhythm Associates", "Tidewell Cardiology Group, P.C."]
CARDIO = ["Dr. Ignatius Pemberton-Ward", "Dr. Serafina Oakhurst", "Dr. Lionel Chetwynd"]
SVC = {"ilr": ("Implantable loop recorder insertion", "33285"),
       "mct": ("External mobile cardiac telemetry, 30 days", "93228, 93229"),
       "event": ("External event monitor, 30 days", "93268"),
       "patch": ("Extended ECG patch monitor, up to 14 days", "93241")}
# kind: (service, denial type, accepted alternates)
KINDS = {"ilr_exp": ("ilr", "experimental", ["medical_necessity"]),
         "mct_mn": ("mct", "medical_necessity", []),
         "partial": ("event", "medical_necessity", []),
         "ilr_noauth": ("ilr", "prior_authorization", []),
         "plain": ("mct", "medical_necessity", []),
         "oon": ("event", "out_of_network", []),
         "span": ("mct", "medical_necessity", [])}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "H":
        d.text_line("HALLOWAY", 19, "B", h=7.5)
        d.text_line("Health Plan", 12, h=6)
    else:
        d.text_line("Ostergate Benefit Holdings", 8, h=4.2)
        d.text_line(ISSUER["B"], 13.5, "B", h=7)
    d.text_line(f"Utilization Management  |  {f['street']}  |  {f['ph']}", 8.2, h=4.6)
    d.rule(0.6, 4)


def rows(f: dict) -> list[tuple[str, str]]:
    h = f["ins"] == "H"
    name, cpt = SVC[f["svc"]]
    out = [("Member name" if h else "Patient", f["member"]), ("Member ID" if h else "Identification no.", f["mid"]),
           ("Group" if h else "Group #", f["grp"])]
    if f["plan"]:
        out.append(("Plan ID", f["plan"]))
    out += [("Reference no." if h else "Review reference #", f["ref"]),
            ("Service", f"{name} (CPT {cpt})"),
            ("Ordering cardiologist" if h else "Requesting physician", f"{f['doc']}, NPI {f['npi']}"),
            ("Practice" if h else "Facility / group", f["practice"]),
            ("Received" if h else "Date received", f["fd"](f["recv"]))]
    if f["kind"] == "ilr_noauth":
        out += [("Claim number", f["claim"]), ("Date of service", f["fd"](f["start"])),
                ("Amount billed", usd(f["billed"], f["ms"]))]
    elif f["kind"] == "span":
        out.append(("Wear period", f"{fdate(f['start'], 'slash')} - {fdate(f['end'], 'slash')}"))
    else:
        out.append(("Planned date" if h else "Scheduled for", f["fd"](f["start"])))
    out.append(("Medical policy", f["policy"]))
    return out


def reason(f: dict) -> list[str]:
    k, name = f["kind"], SVC[f["svc"]][0].lower()
    hol = "a 24- to 48-hour Holter monitor or a 14-day patch"
    if k == "ilr_exp":
        return [f"We denied the {name}. For palpitations without fainting (syncope), our medical policy considers an "
                "implantable loop recorder investigational: studies have not shown that it improves care for this "
                "use. Shorter external monitors have not been tried."]
    if k in ("mct_mn", "oon"):
        t = [f"We denied the {name}. It is not medically necessary at this time. Your records describe symptoms a "
             f"few times a week; our policy asks that {hol} be tried first, and none was."]
        if k == "oon":
            t = [f"We denied the {name} because {f['practice']} is not in your plan's network. Your plan covers "
                 "out-of-network care only for emergencies, and in-network cardiology practices near you can provide "
                 "this test."]
        return t
    if k == "partial":
        return ["We approved part of this request. APPROVED: extended ECG patch monitor up to 14 days (CPT 93241), "
                f"authorization {f['auth2']}, valid {span(f['start'], days(f['start'], 60), f['ds'])}.",
                "DENIED: the 30-day external event monitor (CPT 93268). It is not medically necessary until the "
                "14-day monitor has been worn and read, and then only if it did not record the symptoms."]
    if k == "ilr_noauth":
        return [f"We denied the claim for the {name} on {f['fd'](f['start'])}. This procedure needs approval from us "
                "before it is done (prior authorization). We have no approval on file for it."]
    if k == "plain":
        return ["You have not worn a shorter heart monitor yet. Before we can pay for a month of remote heart "
                "monitoring, a monitor worn for one or two days (or up to two weeks) has to be tried and read by "
                "your doctor. If that test does not answer the question, your doctor can ask again."]
    return [f"Your cardiologist asked us to cover mobile cardiac telemetry to be worn "
            f"{span(f['start'], f['end'], 'long')}. We denied it: it is not medically necessary before {hol} has "
            "been tried."]


def closing(d: Letter, f: dict) -> None:
    d.text_line("Talk with our doctor (peer-to-peer)", 10, "B", h=6)
    d.para(f"{f['doc']} may talk with the reviewing cardiologist, {f['reviewer']}, MD, within 14 days of this "
           f"letter. Call {f['p2p']} and give reference {f['ref']}.", 9)
    d.text_line("Your appeal rights", 10, "B", h=6)
    t = {"letter": "You may appeal within 180 days of the date of this letter.",
         "date": f"To appeal, we must receive your request by {f['fd'](f['dl'])}.",
         "recv": "You have 180 days from the day you receive this letter to appeal."}[f["app"]]
    d.para(t + " A fast (expedited) appeal is decided within 72 hours. After our appeal, you may ask for an "
           "external review within 4 months.", 9)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(("Date: " if f["ins"] == "B" else "") + f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    title = ("Partial approval of a service request" if f["kind"] == "partial" else "Claim denial" if
             f["kind"] == "ilr_noauth" else "Notice of denial: cardiac monitoring")
    d.text_line(title, 12.5, "B", h=7)
    for k, v in rows(f):
        d.set_font("DejaVu", "B", 8.6)
        d.cell(46, 5.2, k)
        d.set_font("DejaVu", "", 9.1)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for p in reason(f):
        d.para(p, 9.3)
    closing(d, f)
    d.text_line(f"Sincerely, {f['signer']}, Utilization Management, {ISSUER[f['ins']]}", 8.8, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, plan: bool) -> dict:
    notice = dt.date(2026, 2, 18) + dt.timedelta(days=r.randint(0, 160))
    recv = days(notice, -r.randint(3, 8))
    start = days(notice, r.randint(7, 20)) if kind != "ilr_noauth" else days(notice, -r.randint(30, 50))
    return dict(kind=kind, svc=KINDS[kind][0], ins=ins, ds=ds, ms=ms, app=app, notice=notice, recv=recv,
                start=start, end=days(start, 29), fd=lambda x: fdate(x, ds), member=person(r), addr=address(r),
                mid=mixed(r, "HHP99999999" if ins == "H" else "B9A9999999-00"), grp=mixed(r, "99999A" if ins == "H"
                                                                                         else "GRP-99999"),
                plan=mixed(r, "HW-A99" if ins == "H" else "BM9A99") if plan else None,
                ref=mixed(r, "UM26A999999" if ins == "H" else "99-999999-A"), auth2=mixed(r, "UM26A999999"),
                claim=mixed(r, "99999AA99999"), billed=money(r, 9800, 16800), doc=r.choice(CARDIO), npi=npi(r),
                practice=r.choice(PRACTICE), policy=f"MP-CARD-{r.randint(100, 199)}", dl=days(notice, 180),
                ph=phone(r), p2p=phone(r), reviewer=staff(r), signer="Utilization Review Nurse " + staff(r).split()[-1],
                street=f"{r.randint(100, 990)} Larchmont Parkway",
                form="HHP-UM-DEN 03/26" if ins == "H" else f"BMHI-{digits(r, 4)}")


def make_truth(f: dict) -> dict:
    _, den, dalts = KINDS[f["kind"]]
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["practice"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    noauth = f["kind"] == "ilr_noauth"
    cases = [f["ref"]] + ([f["claim"]] if noauth else [])
    if noauth:
        alts["case_numbers"] = [[f["claim"]]]
    sd = [iso(f["start"], f["end"])] if f["kind"] == "span" else [iso(f["start"])]
    if f["kind"] == "span":
        alts["service_dates"] = [[iso(f["start"])]]
    return truth("denial_letter", den, insurer=ISSUER[f["ins"]], plan_id=f["plan"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if noauth else None, service_dates=sd, denial_date=iso(f["notice"]),
                 provider=f["doc"].split(" ", 1)[1], appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, issuer, date style, money style, appeal wording, plan ID printed)
PLAN = [
    ("cardiac_monitor_denial_bd_loop_recorder_investigational", "born_digital", "ilr_exp", "H", "long", "plain",
     "letter", True),
    ("cardiac_monitor_denial_bd_telemetry_holter_first", "born_digital", "mct_mn", "B", "slash", "plain", "date",
     False),
    ("cardiac_monitor_denial_scan_partial_patch_approved", "scan_clean_300", "partial", "H", "abbr", "plain", "recv",
     False),
    ("cardiac_monitor_denial_copy_loop_recorder_no_auth_claim", "photocopy", "ilr_noauth", "B", "dmy", "usd", "letter",
     True),
    ("cardiac_monitor_denial_photo_plain_words", "phone_photo", "plain", "H", "iso", "plain", "letter", False),
    ("cardiac_monitor_denial_rot_out_of_network_practice", "rotated", "oon", "B", "long", "plain", "letter", False),
    ("cardiac_monitor_denial_faxs_telemetry_span", "fax_standard_g4", "span", "H", "slash", "plain", "date", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, plan) in enumerate(PLAN):
        r = random.Random(81300 + i)
        f = facts(r, kind, ins, ds, ms, app, plan)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
