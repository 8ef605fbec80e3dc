"""Family 'snf_three_day_rule': denials of skilled nursing facility stays because no 3-day qualifying inpatient
hospital stay came first (the hospital days were observation), from an invented Medicare Advantage plan and an
invented Medicare contractor.

Juniper Crest Health Plans (Juniper Crest Medicare Choice (PPO)) and Prairieland Government Benefit Administrators
(an invented Part A contractor) are fictional, and so is every person, facility and number. The hospital stay and
the SNF stay are two date spans, often in sentences ("from March 3 through March 9, 2026"); the SNF stay is the
service and the SNF the provider; the hospital, its admission and observation dates, the attending physician, the
facility's CCN and NPI, the received date and the daily rate are decoys. One approval under the plan's waiver.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq2 import (address, days, doctor, fdate, iso, local_phone, m2, mixed, money, npi, person, phone,
                              span, usd)

FAMILY = "snf_three_day_rule"
LANG = "en"
PLAN_CO = "Juniper Crest Health Plans"
PRODUCT = "Juniper Crest Medicare Choice (PPO)"
MAC = "Prairieland Government Benefit Administrators"
SNFS = ["Willowmere Care and Rehabilitation Center", "Stonebrook Skilled Nursing Pavilion",
        "Aspenhollow Transitional Care"]
HOSPITALS = ["Saint Albans Regional Hospital", "Cottonwood Valley Medical Center", "Hollister Memorial Hospital"]


def letterhead(d: Doc, f: dict) -> None:
    if f["mac"]:
        d.text_line(MAC, 13.5, "B", h=7)
        d.text_line("Medicare Part A Contractor  -  Jurisdiction X9  -  Medicare Administrative Contractor", 8.6, h=4.5)
        d.text_line(f"PO Box {f['box']}, Casper, WY 82601   {f['ph']}", 8.2, h=4.5)
    elif f["lh"] == 0:
        d.text_line("JUNIPER CREST", 19, "B", h=8.5)
        d.text_line("Health Plans", 11.5, h=5.5)
        d.text_line(f"{PRODUCT}  |  PO Box {f['box']}, Casper, WY 82601  |  {f['ph']}", 8.2, h=4.5)
    else:
        d.text_line("A Tillbrook Care Holdings company", 8.5, "I", h=4.5)
        d.text_line(PLAN_CO, 14.5, "B", h=7)
        d.text_line(f"{PRODUCT}   Clinical Review   PO Box {f['box']}, Casper, WY 82601   Fax {f['fax']}", 8.2, h=4.5)
    d.rule(0.6, 4)


def block(d: Doc, f: dict) -> None:
    fd, lab = f["fd"], f["lab"]
    rows = [("Notice date", fd(f["date"])), (lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    if f["contract"]:
        rows.append(("Plan contract", f["contract"]))
    rows += [(lab["case"], f["case"]), ("Skilled nursing facility", f"{f['snf']} (CCN {f['ccn']})"),
             ("Facility NPI", f["npi"])]
    if f["claim"]:
        rows += [("Total charges", f["money"](f["billed"])), ("Claim received", fd(f["recd"]))]
    if f["table"]:
        rows += [("Hospital", f["hosp"]), ("Hospital dates", f"{fd(f['h0'])} - {fd(f['h1'])}"),
                 ("SNF dates", f"{fd(f['s0'])} - {fd(f['s1'])}")]
    for key, v in rows:
        d.set_font(f["font"], "B", 9.2)
        d.cell(52, 5.1, key + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def body(f: dict) -> list[str]:
    ds, fd = f["ds"], f["fd"]
    hosp = (f"You were at {f['hosp']} {span(f['h0'], f['h1'], ds)}. Dr. {f['att']} cared for you there. Hospital "
            f"records show you were an outpatient getting observation services until {fd(f['adm'])}, when you were "
            f"admitted as an inpatient, and you went home or to the facility on {fd(f['h1'])}.")
    count = (f"That is {f['inp_days']} inpatient day{'s' if f['inp_days'] != 1 else ''}. Days under observation and "
             "time in the emergency room do not count toward the 3 days, and the day of discharge does not count.")
    snf = (f"{f['snf']} {'asked us to approve' if not f['claim'] else 'billed for'} a stay "
           f"{span(f['s0'], f['s1'], ds)}.")
    if f["kind"] == "waiver":
        return [hosp, snf, "Your plan waives the 3-day hospital stay rule for members whose doctor orders skilled "
                "care and who meet the plan's waiver criteria. You meet them, so we APPROVED this stay. The facility "
                "will send progress notes every 7 days for continued approval."]
    who = "Medicare covers" if f["mac"] else "Your plan, like Original Medicare, covers"
    return [hosp, count, snf, f"{who} skilled nursing facility care only after a qualifying inpatient "
            "hospital stay of at least 3 days in a row (3 midnights as an inpatient). Because you did not have a "
            f"qualifying stay, the skilled nursing facility stay is not covered and is {'denied' if not f['claim'] else 'not paid'}."]


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    if f["mac"]:
        when = {"receipt": "within 120 days after you receive this letter",
                "by": f"by {fd(f['deadline'])}", "within": "within 120 days of the date of this letter"}[f["dl"]]
        d.text_line("If you disagree: ask for a redetermination", 10.8, "B", h=6)
        d.para(f"You or the facility may ask {MAC} for a redetermination {when}. We assume you got this letter 5 "
               "days after the date above. Send form CMS-20027 or a letter with your Medicare number and the claim "
               f"number to our Appeals Unit, PO Box {f['abox']}, Casper, WY 82601.", 9.6)
        return
    when = {"within": "within 65 days of the date of this notice", "by": f"no later than {fd(f['deadline'])}",
            "receipt": "within 65 days after you receive this notice"}[f["dl"]]
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    d.para(f"You may ask for a reconsideration (appeal) {when}. Call {f['ph']} (TTY 711) or write to Juniper Crest "
           f"Appeals, PO Box {f['abox']}, Casper, WY 82601. If your health could be seriously harmed by waiting, ask "
           "for a fast appeal; we decide within 72 hours. If we keep our decision, we send your case to an "
           "independent review entity.", 9.6)


def notice(f: dict) -> bytes:
    d = Doc(f["font"], footer=f"{f['form']}   Printed {f['fd'](f['printed'])}")
    d.add_page()
    letterhead(d, f)
    d.ln(1)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(4)
    title = {"waiver": "Your skilled nursing facility stay is approved"}.get(
        f["kind"], "Medicare Initial Determination - SNF claim not covered" if f["mac"]
        else "Notice of Denial of Skilled Nursing Facility Coverage")
    d.text_line(title, 12, "B", h=7)
    block(d, f)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10.2)
    for t in body(f):
        d.para(t, 10.2)
    if f["claim"] and f["kind"] != "waiver":
        d.para(f"The facility's daily rate is {f['money'](f['rate'])}. Because you signed the facility's notice "
               "before admission, you may be responsible for these charges.", 10)
    if f["kind"] != "waiver":
        rights(d, f)
    d.para(f"Sincerely,\n{'Medical Review' if f['mac'] else 'Dr. ' + f['rev'] + ', Medical Director'}\n"
           f"{MAC if f['mac'] else PLAN_CO}", 10)
    d.para(f"cc: {f['snf']}; {f['hosp']} discharge planning", 8.5)
    return pdf_bytes(d)


LABELS = [dict(mem="Member", mid="Member ID", case="Case number"),
          dict(mem="Beneficiary", mid="Medicare number (MBI)", case="Claim control number"),
          dict(mem="Enrollee name", mid="Enrollee ID", case="Reference no.")]


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, mac: bool,
          claim: bool, table: bool) -> dict:
    date = dt.date(2026, 3, 4) + dt.timedelta(days=r.randint(0, 150))
    h0 = days(date, -r.randint(50, 90) if claim else -r.randint(4, 8))
    inp = r.choice([1, 2]) if kind != "waiver" else 1
    h1 = days(h0, r.randint(3, 4))
    s0 = h1
    s1 = days(s0, r.randint(9, 19))
    a1, a2 = address(r)
    f = dict(kind=kind, ds=ds, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li],
             font=font, mac=mac, claim=claim, table=table, date=date, h0=h0, h1=h1, adm=days(h1, -inp),
             inp_days=inp, s0=s0, s1=s1, name=person(r), addr=[a1, a2], snf=r.choice(SNFS), hosp=r.choice(HOSPITALS),
             att=doctor(r), rev=doctor(r), ccn=mixed(r, "995999"), npi=npi(r), ph=phone(r), fax=local_phone(r),
             box=r.randint(5000, 5999), abox=r.randint(200, 299), printed=days(date, -1),
             mid=mixed(r, "9AA9-AA9-AA99") if (mac or li == 1) else mixed(r, r.choice(["JC99999999", "J9A99999999"])),
             contract=None if mac else mixed(r, "H9999-099"), form=mixed(r, "JC-SNF-99A") if not mac else "PGBA-ID-3",
             case=mixed(r, "99999999999999") if mac else mixed(r, r.choice(["SNF26-99999", "JC26A99999"])))
    if claim:
        f["billed"] = money(r, 7200, 16800)
        f["recd"] = days(date, -r.randint(10, 25))
        f["rate"] = money(r, 380, 640)
    f["deadline"] = days(date, 120 if mac else 65)
    return f


def make_truth(f: dict) -> dict:
    waiver = f["kind"] == "waiver"
    insurer = MAC if f["mac"] else PLAN_CO
    alts: dict = {"insurer": ["Prairieland"] if f["mac"] else [PRODUCT, "Juniper Crest"],
                  "service_dates": [[iso(f["s0"])]]}
    deadline = None if f["dl"] == "receipt" or waiver else iso(f["deadline"])
    if f["dl"] == "receipt" and not waiver:
        alts["appeal_deadline"] = [iso(days(f["date"], 125 if f["mac"] else 65)), iso(f["deadline"])]
    return truth("other" if waiver else "denial_letter", None if waiver else "not_covered", insurer=insurer,
                 plan_id=f["contract"], member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
                 claim_amount=m2(f["billed"]) if f["claim"] else None, service_dates=[iso(f["s0"], f["s1"])],
                 denial_date=iso(f["date"]), provider=f["snf"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=[] if waiver else ["level_of_care", "eligibility"])


# (stem, condition, kind, date style, money, deadline, letterhead, labels, font, mac, claim, table)
PLAN = [
    ("snf_three_day_rule_bd_preservice", "born_digital", "deny", "long", "plain", "within", 0, 0, "Helvetica", False,
     False, False),
    ("snf_three_day_rule_bd_mac", "born_digital", "deny", "slash", "plain", "receipt", 0, 1, "Times", True, True,
     True),
    ("snf_three_day_rule_scan_claim", "scan_clean_300", "deny", "abbr", "plain", "by", 1, 2, "Helvetica", False, True,
     False),
    ("snf_three_day_rule_faxs_mac", "fax_standard_g4", "deny", "long", "nosign", "within", 0, 1, "Helvetica", True,
     True, False),
    ("snf_three_day_rule_phone_waiver", "phone_photo", "waiver", "long", "plain", "within", 1, 0, "Helvetica", False,
     False, False),
    ("snf_three_day_rule_lowres_claim", "scan_lowres_150", "deny", "iso", "usd", "within", 0, 0, "Times", False, True,
     True),
    ("snf_three_day_rule_copy_preservice", "photocopy", "deny", "dmy", "plain", "receipt", 1, 2, "Helvetica", False,
     False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, mac, claim, table) in enumerate(PLAN):
        r = random.Random(52900 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, mac, claim, table)
        items.append(Item(stem, cond, [(notice(f), make_truth(f))]))
    return items
