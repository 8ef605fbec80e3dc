"""Family 'ambulance_claim': a health plan's ground and air ambulance claim EOBs and denial letters (invented plan).

Harrowfield Community Health Plan is fictional, as are the ambulance services, hospitals, people and numbers.
Modelled on what plans send after an ambulance claim: the trip (date, where the patient was picked up and
taken, loaded miles, the service's run number), HCPCS lines (A0427 ALS emergency, A0429 BLS emergency, A0428
BLS non-emergency, A0425 ground mileage, A0431/A0436 rotary-wing air ambulance and its miles) with billed,
allowed, not covered and paid amounts and remark codes. Reasons: not medically necessary (the patient could
have gone by car or wheelchair van), miles past the nearest appropriate hospital, an out-of-network air
ambulance paid from the qualifying payment amount with the No Surprises Act protections, ALS billed where the
record supports BLS, repeated dialysis trips without prior approval; one claim paid in full. Ground ambulance
EOBs carry a balance-billing sentence that decides nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famn import ADULTS, DOCTORS, KIDS, digits, fd, money, npi, person, phone, usd
from public_kit import Page, m2, out, plus, truth

FAMILY = "ambulance_claim"
LANG = "en"
INSURER = "Harrowfield Community Health Plan"
SERVICES = {"ground": ["Corvid Hollow Ambulance Service", "Tanager County EMS", "Stillwater Bend Rescue Squad, Inc."],
            "air": ["Kestrelwing Air Medical, LLC"]}
HOSPITALS = ["Ormsby Vale Regional Hospital", "St. Eanswythe Medical Center", "Halloran Gap Community Hospital",
             "Penhallow University Hospital"]
DIALYSIS = "Brightwater Kidney Care Center"
REMARKS = {
    "MN4": "Not medically necessary: the record shows you could have traveled safely by car, taxi or wheelchair van. "
           "Ambulance transport is covered only when any other way of traveling would put your health at risk.",
    "NF2": "Mileage past the nearest hospital that could treat your condition is not covered. We paid the miles to "
           "the nearest appropriate facility.",
    "NS1": "Out-of-network air ambulance. We paid based on the qualifying payment amount; you owe only your "
           "in-network cost share (see Your protections below).",
    "PD0": "Paid under your plan's ambulance benefit.",
}
BALANCE = ("Ground ambulance services are not part of the federal balance-billing protections. If the ambulance "
           "company is not in our network it may bill you for more than the amount shown under What you owe; call "
           "us if you get such a bill.")


def member(r: random.Random, dependent: bool) -> dict:
    sub, first, last = person(r, ADULTS)
    pat = person(r, KIDS if r.random() < 0.5 else ADULTS, last)[0] if dependent else sub
    return dict(sub=sub, first=first, last=last, pat=pat, mid=f"HCH{digits(r, 9)}",
                group=f"{r.choice(['G', 'GR'])}{digits(r, 5)}", addr=f"{r.randint(20, 990)} Gannet Point Road",
                city=r.choice(["Wicklow Falls, OR 97401", "Ashby Mill, OR 97302", "Fernhaven, WA 98632"]))


def lines(r: random.Random, kind: str, miles: float) -> list[dict]:
    """HCPCS lines: base rate and mileage, with billed / allowed / paid per kind."""
    base = {"mednec": ("A0428", "BLS, non-emergency transport"), "mednec2": ("A0429", "BLS, emergency transport"),
            "nearest": ("A0429", "BLS, emergency transport"), "downcode": ("A0427", "ALS level 1, emergency"),
            "paid": ("A0427", "ALS level 1, emergency"), "air": ("A0431", "Rotary wing transport")}[kind]
    mile = ("A0436", "Air mileage, per mile") if kind == "air" else (
        "A0425", "Ground mileage, per mile")
    b_rate = money(r, 21000, 34000) if kind == "air" else money(r, 950, 2600)
    m_rate = r.choice([212.0, 238.5, 265.0]) if kind == "air" else r.choice([18.5, 21.0, 24.75, 27.0])
    return [dict(code=base[0], desc=base[1], units="1", billed=b_rate),
            dict(code=mile[0], desc=mile[1], units=f"{miles:g}", billed=round(m_rate * miles, 2))]


def trip(r: random.Random, kind: str) -> dict:
    miles = {"air": float(r.randint(62, 140)), "nearest": float(r.randint(38, 55))}.get(kind, round(
        r.randint(40, 190) / 10, 1))
    when = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    hosp = r.sample(HOSPITALS[:3], 2)
    origin = {"air": f"{hosp[1]} (emergency department)", "mednec": "Residence"}.get(kind, r.choice(
        ["Residence", "Fellmoor Shopping Plaza parking lot", "Place of work"]))
    return dict(when=when, miles=miles, origin=origin, dest=hosp[0] if kind != "air" else HOSPITALS[3],
                nearest=hosp[1], near_miles=round(miles * r.uniform(0.3, 0.45)), run=f"R{digits(r, 6)}",
                pcr=f"PCR-{digits(r, 7)}")


def price(kind: str, ls: list[dict], t: dict) -> tuple[list[dict], str]:
    """Allowed, not covered and paid per line; returns the lines and the remark code."""
    for ln in ls:
        ln.update(allowed=0.0, nc=ln["billed"], paid=0.0, owe=ln["billed"], rk="MN4")
    if kind in ("mednec", "mednec2"):
        return ls, "MN4"
    if kind == "nearest":
        base, mile = ls
        rate = mile["billed"] / t["miles"]
        ok = round(rate * t["near_miles"], 2)
        base.update(allowed=base["billed"], nc=0.0, paid=round(base["billed"] - 150, 2), owe=150.0, rk="PD0")
        mile.update(allowed=ok, nc=round(mile["billed"] - ok, 2), paid=ok, owe=0.0, rk="NF2")
        return ls, "NF2"
    if kind == "air":
        for ln in ls:
            qpa = round(ln["billed"] * 0.43, 2)
            ln.update(allowed=qpa, nc=round(ln["billed"] - qpa, 2), qpa=qpa, rk="NS1")
        ls[0].update(paid=round(ls[0]["allowed"] - 250, 2), owe=250.0)
        ls[1].update(paid=ls[1]["allowed"], owe=0.0)
        return ls, "NS1"
    for ln in ls:  # paid
        ln.update(allowed=round(ln["billed"] * 0.8, 2), nc=round(ln["billed"] * 0.2, 2), rk="PD0")
        ln.update(paid=ln["allowed"], owe=0.0)
    ls[0].update(paid=round(ls[0]["allowed"] - 100, 2), owe=100.0)
    return ls, "PD0"


def letterhead(p: Page, r: random.Random, sub: str) -> None:
    p.line("Harrowfield", 19, "B", h=8)
    p.line("Community Health Plan", 11, h=5.5)
    p.line(f"{sub}  |  PO Box 3391, Wicklow Falls, OR 97401  |  Member Services {phone(r)} (TTY 711)", 7.6, h=4.4)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def trip_block(p: Page, t: dict, ds: str, prov: str, r: random.Random, labels: int) -> None:
    lab = [("Date of transport", "Picked up at", "Taken to", "Loaded miles", "Run no."),
           ("Trip date", "Origin", "Destination", "Patient-loaded mileage", "Ambulance trip #")][labels]
    p.pairs([(lab[0], fd(t["when"], ds)), (lab[1], t["origin"]), (lab[2], t["dest"]), (lab[3], f"{t['miles']:g}"),
             ("Ambulance provider", prov), ("Provider NPI", npi(r)), (lab[4], t["run"])], label_w=48, size=9,
            h=4.8)
    p.ln(2)


def line_table(p: Page, t: dict, ls: list[dict], ds: str, ms: str) -> None:
    ms = "nosign" if ms == "usd" else ms
    rows = [[fd(t["when"], "slash"), ln["code"], ln["desc"], ln["units"], usd(ln["billed"], ms), usd(ln["allowed"], ms),
             usd(ln["nc"], ms), usd(ln["paid"], ms), usd(ln["owe"], ms), ln["rk"]] for ln in ls]
    tot = [sum(ln[k] for ln in ls) for k in ("billed", "allowed", "nc", "paid", "owe")]
    rows.append(["Claim total", "", "", ""] + [usd(v, ms) for v in tot] + [""])
    p.table(["Date", "HCPCS", "Description", "Units", "Billed", "Allowed", "Not covered", "Plan paid", "You owe",
             "Remark"], rows, [18, 13, 38, 10, 19, 18, 18, 18, 16, 12], size=7.2, bold_last=True)


def eob(seed: int, kind: str, ds: str, ms: str, dl: str, dependent: bool = False):
    r = random.Random(seed)
    m, t = member(r, dependent), trip(r, "air" if kind == "air" else kind)
    prov = r.choice(SERVICES["air" if kind == "air" else "ground"])
    ls, rk = price(kind, lines(r, kind, t["miles"]), t)
    stmt = plus(t["when"], r.randint(28, 50))
    claim_no = f"{t['when'].strftime('%y')}{digits(r, 3)}A{digits(r, 7)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"EOB-AMB rev 2025  |  Doc ctl {digits(r, 11)}")
    p.add_page()
    letterhead(p, r, "Claims Department")
    p.line("Explanation of Benefits  -  THIS IS NOT A BILL", 13, "B", h=7)
    p.ln(1)
    y = p.get_y()
    for ln in (m["sub"], m["addr"], m["city"]):
        p.line(ln, 9.5, h=4.8)
    p.set_xy(p.l_margin + 100, y)
    p.pairs([("Statement date", fd(stmt, ds)), ("Member", m["pat"]), ("Member ID", m["mid"]),
             ("Group No.", m["group"]), ("Plan", "Harrowfield Select HMO"), ("Claim number", claim_no),
             ("Received", fd(plus(t["when"], r.randint(6, 14)), ds))], label_w=30, size=8.5, h=4.5,
            x=p.l_margin + 100)
    if dependent:
        p.set_x(p.l_margin + 100)
        p.line(f"Subscriber: {m['sub']}", 8.5, h=4.5)
    p.ln(4)
    trip_block(p, t, ds, prov, r, 1)
    line_table(p, t, ls, ds, ms)
    p.heading("Remark codes", 9.5)
    for code in dict.fromkeys(ln["rk"] for ln in ls):
        p.para(f"**{code}**  {REMARKS[code]}", 8.5, gap=1)
    if kind == "air":
        nsa(p, ls, ms)
    elif kind != "paid":
        p.para(BALANCE, 8.5)
    dead, alts = appeal(p, stmt, dl, ds, "statement")
    return out(p), finish(kind, m, t, ls, prov, [claim_no], stmt, dead if kind != "paid" else None, alts, "eob")


def nsa(p: Page, ls: list[dict], ms: str) -> None:
    qpa = sum(ln["qpa"] for ln in ls)
    p.heading("Your protections against surprise air ambulance bills", 9.5)
    p.para(f"Federal law (the No Surprises Act) protects you when an out-of-network air ambulance takes you. The "
           f"qualifying payment amount for these services is {usd(qpa, ms)}; your cost share is figured as if "
           f"the company were in our network, and you owe only {usd(250.0, ms)}. The air ambulance company may not "
           "bill you for the rest. If you get a bill for more, call us or the federal No Surprises Help Desk at "
           "1-800-555-0185. The company and the plan settle any dispute over payment between themselves.", 8.5)


def appeal(p: Page, notice: dt.date, dl: str, ds: str, what: str) -> tuple[str | None, list]:
    p.heading("Your right to appeal", 9.5)
    if dl == "notice":
        when, dead, alts = f"within 180 days of the date of this {what}", plus(notice, 180).isoformat(), []
    elif dl == "by":
        d = plus(notice, 180)
        when, dead, alts = f"no later than {fd(d, ds)}", d.isoformat(), []
    else:
        when, dead, alts = f"within 180 days after you receive this {what}", None, [plus(notice, 180).isoformat()]
    p.para(f"If you disagree with how we handled this claim, you or someone you name may file an appeal {when}. "
           "Send it to Harrowfield Appeals, PO Box 3395, Wicklow Falls, OR 97401, or call Member Services. If your "
           "health is at risk, ask for an expedited appeal; we answer those within 72 hours. After our final "
           "decision you may ask for an independent external review within 4 months.", 8.5)
    return dead, alts


def finish(kind, m, t, ls, prov, cases, notice, dead, dead_alts, dtype) -> dict:
    denial = {"mednec": "medical_necessity", "mednec2": "medical_necessity", "nearest": "not_covered",
              "air": "out_of_network", "downcode": "coding_error", "paid": None}[kind]
    dalts = {"nearest": ["other"], "air": [None, "other"], "downcode": ["medical_necessity"]}.get(kind, [])
    total = sum(ln["billed"] for ln in ls)
    alts = {"insurer": ["Harrowfield"]}
    if dead_alts or kind == "paid":
        alts["appeal_deadline"] = dead_alts or [plus(notice, 180).isoformat()]
    if kind in ("nearest", "downcode"):
        alts["claim_amount"] = [m2(sum(ln["nc"] for ln in ls))]
    if len(cases) > 1:
        alts["case_numbers"] = [cases[:1]]
    return truth(dtype, denial, insurer=INSURER, group=m["group"], member_id=m["mid"],
                 member_name=m["pat"], cases=cases, claim_amount=m2(total), service_dates=[t["when"].isoformat()],
                 denial_date=notice.isoformat(), provider=prov, appeal_deadline=dead, alternates=alts,
                 denial_alternates=dalts, type_alternates=["other"] if kind == "paid" else [])


REASONS = {
    "mednec2": ("The ambulance crew's report says {first} walked to the ambulance, was alert, and had stable "
                "breathing, pulse and blood pressure the whole trip, with no treatment given on the way. Someone in "
                "that condition could have been driven to the hospital by car. Our plan pays for an ambulance only "
                "when traveling any other way would have put the patient's health in danger. For that reason we "
                "will not pay this claim. {balance}"),
    "downcode": ("The claim was billed as advanced life support (A0427). The trip report shows that the crew "
                 "checked vital signs and gave oxygen, which are basic life support services; no advanced "
                 "assessment, IV medication or cardiac monitoring was done. We paid the transport at the basic "
                 "life support emergency rate (A0429). The difference between the two levels is not payable, and "
                 "the ambulance service may not bill you for it."),
    "nearest": ("{first} was taken to {dest}, {miles:g} miles away. {nearest}, about {near:g} miles from where "
                "the trip began, had an emergency department that could treat this condition. Your plan covers "
                "ambulance transport to the nearest hospital able to give the care needed. We paid the base rate "
                "and {near:g} miles; we did not pay the other {extra:g} miles."),
}


def denial_letter(seed: int, kind: str, ds: str, ms: str, dl: str, dependent: bool = False):
    r = random.Random(seed)
    m, t = member(r, dependent), trip(r, kind)
    prov = r.choice(SERVICES["ground"])
    ls = lines(r, kind, t["miles"])
    if kind == "downcode":
        alw = money(r, 480, 700)
        ls[0].update(allowed=alw, nc=round(ls[0]["billed"] - alw, 2), paid=round(alw - 100, 2), owe=100.0, rk="CD7")
        ls[1].update(allowed=ls[1]["billed"], nc=0.0, paid=ls[1]["billed"], owe=0.0, rk="PD0")
    else:
        ls, _ = price(kind, ls, t)
    notice = plus(t["when"], r.randint(30, 55))
    claim_no, case_no = f"{t['when'].strftime('%y')}{digits(r, 3)}A{digits(r, 7)}", f"ABD-{digits(r, 6)}"
    p = Page(serif=True, footer="{n}/{nb}", footer_left=f"Letter ID L{digits(r, 8)}")
    p.add_page()
    letterhead(p, r, "Utilization Management and Claims Review")
    p.line(fd(notice, ds), 10, h=5)
    p.ln(2)
    for ln in (m["sub"], m["addr"], m["city"]):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line("Notice of Adverse Benefit Determination: Ambulance Services", 12, "B", h=6.5)
    p.ln(1)
    p.boxed_pairs([("Patient", m["pat"]), ("Member ID #", m["mid"]), ("Group #", m["group"]),
                   ("Claim #", claim_no), ("Case #", case_no), ("Amount billed", usd(sum(ln['billed'] for ln in ls), ms))],
                  label_w=45, size=9, h=5.6)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para(f"We reviewed the claim from {prov} for the ambulance trip below. "
           + ("We have denied the claim." if kind == "mednec2" else "We have paid part of the claim and denied the rest."), 10)
    trip_block(p, t, ds, prov, r, 0)
    line_table(p, t, ls, ds, ms)
    p.heading("Why we made this decision", 10.5)
    p.para(REASONS[kind].format(first=m["pat"].split()[0], dest=t["dest"], miles=t["miles"], nearest=t["nearest"],
                                near=t["near_miles"], extra=t["miles"] - t["near_miles"], balance=BALANCE), 10)
    p.para(f"The decision was reviewed by {r.choice(DOCTORS)}, medical director. You may ask for a free copy of "
           "the trip report, the plan rules and the criteria we used.", 9.5)
    dead, alts = appeal(p, notice, dl, ds, "notice")
    return out(p), finish(kind, m, t, ls, prov, [claim_no, case_no], notice, dead, alts, "denial_letter")


def dialysis_letter(seed: int, ds: str, ms: str):
    """Repeated scheduled trips to dialysis without the prior approval the plan requires (prose, no table)."""
    r = random.Random(seed)
    m = member(r, False)
    prov = SERVICES["ground"][1]
    first = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 40))
    first = first - dt.timedelta(days=first.weekday())  # a Monday
    days = [first + dt.timedelta(days=k) for k in (0, 2, 4, 7, 9, 11)]
    per = money(r, 610, 780)
    total = round(per * len(days), 2)
    notice = plus(days[-1], r.randint(25, 40))
    claim_no, case_no = f"{first.strftime('%y')}{digits(r, 3)}A{digits(r, 7)}", f"ABD-{digits(r, 6)}"
    p = Page(footer=None, footer_left=f"Form HCHP-AMB-07  Letter ID L{digits(r, 8)}")
    p.add_page()
    letterhead(p, r, "Utilization Management")
    p.line(fd(notice, ds), 10, h=5)
    p.ln(2)
    for ln in (m["sub"], m["addr"], m["city"]):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line(f"RE: Claim {claim_no}  -  Case {case_no}  -  Member ID {m['mid']}  -  Group {m['group']}", 10, "B", h=6)
    p.ln(2)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    dates = ", ".join(fd(d, ds) for d in days[:-1]) + " and " + fd(days[-1], ds)
    p.para(f"{prov} sent us a claim for six scheduled non-emergency ambulance trips (HCPCS A0428 with mileage) "
           f"between your home and {DIALYSIS} on {dates}. The company charged {usd(per, ms)} for each "
           f"trip, {usd(total, ms)} in all.", 10)
    p.para("Scheduled ambulance trips that repeat, such as trips to dialysis, need our approval before they "
           "start. No one asked us to approve these trips, so we did not review whether an ambulance was needed "
           "and we cannot pay the claim. This is not a decision that you did not need the trips. Your doctor or "
           "the ambulance company can still send us a request with your records for the trips to come.", 10)
    p.para("Because the ambulance company should have asked for approval, it may not bill you for these trips "
           "under its contract with us.", 10)
    dead, alts = appeal(p, notice, "notice", ds, "letter")
    t = truth("denial_letter", "prior_authorization", insurer=INSURER, group=m["group"], member_id=m["mid"],
              member_name=m["pat"], cases=[claim_no, case_no], claim_amount=m2(total),
              service_dates=[d.isoformat() for d in days], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=dead, alternates={"insurer": ["Harrowfield"], "case_numbers": [[claim_no]],
                                               "service_dates": [[f"{days[0].isoformat()}/{days[-1].isoformat()}"]]},
              denial_alternates=["other"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("ambulance_claim_bd_mednec", "born_digital", [eob(8201, "mednec", "slash", "plain", "notice", True)]),
            Item("ambulance_claim_bd_nearest", "born_digital", [denial_letter(8202, "nearest", "long", "plain", "by")]),
            Item("ambulance_claim_scan_air", "scan_clean_300", [eob(8203, "air", "long", "usd", "receive")]),
            Item("ambulance_claim_lowres_downcode", "scan_lowres_150",
                 [denial_letter(8204, "downcode", "dmy", "plain", "notice")]),
            Item("ambulance_claim_photo_paid", "phone_photo", [eob(8205, "paid", "iso", "bare", "notice")]),
            Item("ambulance_claim_faxs_dialysis", "fax_standard_g4", [dialysis_letter(8206, "abbr", "plain")]),
            Item("ambulance_claim_copy_mednec", "photocopy",
                 [denial_letter(8207, "mednec2", "slash", "plain", "receive", True)])]
