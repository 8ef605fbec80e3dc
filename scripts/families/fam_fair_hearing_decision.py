"""Family 'fair_hearing_decision': a state Medicaid fair hearing decision on a managed care plan's action.

Mirrors the public decisions state hearing offices send after a Medicaid member appeals a managed care plan's
adverse benefit determination: a caption or a boxed form (appellant, Medicaid ID, docket / hearing number, the
plan and its notice), the issue, the procedural history, numbered findings of fact restating what the plan did
and why, conclusions of law citing program rules, the decision ("the plan's action is SUSTAINED / REVERSED"), an
order, and the rights to further review. Two invented states' agencies issue them; the plans, hearing officers,
people and numbers are fictional. Written in our own words, not copied from any state's decision.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_famu import CLINICS, DOCTORS, KIDS, days, digits, fdate, iso, m2, mixed, money, person, usd
from public_kit import Page, out, truth

FAMILY = "fair_hearing_decision"
LANG = "en"
# (state line, agency (insurer), second letterhead line, hearing office, address, rule prefix, style)
AGENCIES = {
    "NH": ("STATE OF NEW HALDEN", "New Halden Health Coverage Agency", "HEALTH COVERAGE AGENCY",
           "Division of Fair Hearings", "PO Box 4410, Carrow Falls, NH 03399-4410", "11 NHAC 3-", "caption"),
    "BR": ("COMMONWEALTH OF BRIARWOOD", "Briarwood Department of Human Resources", "DEPARTMENT OF HUMAN RESOURCES",
           "Bureau of Hearings and Appeals", "1200 Statehouse Annex, Orrisfield, BW 20881", "BW Admin. Code 7.",
           "form"),
}
PLANS = ["Bramblecote Health Plan", "Sunmeadow Community Care, Inc.", "Okanee Valley Medicaid Partners"]
OFFICERS = ["Gwendolen Sablecrest", "Tobiah Wexley-Marr", "Rosalba Kintyre", "Aurelio Penhallow"]
HOMECARE = ["Harrowgate Lane Home Care", "Kindlewood Home Health Aides"]
HOSPITALS = ["Selborne Valley Hospital", "Carrow Falls General Hospital"]


def kinds(f: dict) -> dict:
    """What the plan did, in the decision's words, per kind: denial, alternates, outcome, issue, findings, law."""
    p, n = f["plan"], f["name"]
    return {
        "hours": dict(denial="medical_necessity", dalts=[], outcome="SUSTAINED",
                      issue=f"Whether {p} correctly reduced the appellant's personal care services from 35 to "
                            "21 hours per week.",
                      facts=[f"The appellant has received 35 hours per week of personal care services from "
                             f"{f['prov']} since 2024.",
                             f"On {f['fd'](f['plan_notice'])} the plan reassessed the appellant at home. The "
                             "assessment found that the appellant now bathes, dresses and eats with supervision only and that "
                             "a daughter prepares meals on weekdays.",
                             f"By a notice of adverse benefit determination dated {f['fd'](f['plan_notice'])}, the "
                             f"plan reduced the hours to 21 per week starting {f['fd'](f['svc'])}, because the "
                             "hours above 21 were not medically necessary under its assessment.",
                             "The appellant's physician wrote that the appellant's arthritis is worse in the mornings, but the "
                             "letter does not describe any task the appellant cannot do with the reduced hours."],
                      law="Personal care services are covered only in the amount medically necessary to meet the "
                          "member's assessed needs. The plan showed that 21 hours meet those needs; the evidence "
                          "offered by the appellant does not show a need the assessment missed."),
        "wheelchair": dict(denial="medical_necessity", dalts=["prior_authorization"], outcome="SUSTAINED",
                           issue=f"Whether {p} correctly denied prior authorization of a power wheelchair with a "
                                 "power tilt seat.",
                           facts=[f"{f['prov']} asked the plan to approve a power wheelchair with power tilt for "
                                  "the appellant.",
                                  "The mobility evaluation shows that the appellant walks about 150 feet with a "
                                  "walker at home and uses a manual wheelchair outside, which the appellant can propel without help.",
                                  f"On {f['fd'](f['plan_notice'])} the plan denied the request because the records "
                                  "do not show that a manual wheelchair or scooter cannot meet the appellant's needs at home.",
                                  "No new evaluation was offered at the hearing."],
                           law="A power wheelchair is medically necessary only when the member cannot do daily "
                               "tasks at home with a cane, walker or manual wheelchair. That has not been shown."),
        "irf": dict(denial=None, dalts=[], outcome="REVERSED",
                    issue=f"Whether {p} correctly denied admission to an inpatient rehabilitation facility.",
                    facts=[f"After a stroke, {f['prov']} asked the plan to approve admission to the inpatient "
                           f"rehabilitation unit of {f['fac']} on {f['fd'](f['svc'])}.",
                           f"On {f['fd'](f['plan_notice'])} the plan denied the admission and offered a skilled "
                           "nursing facility, saying the appellant could not take part in three hours of therapy a "
                           "day.",
                           "The therapy notes show the appellant took part in 3.5 hours of therapy on each of the "
                           "four days before the plan's decision.",
                           "The plan's reviewer did not consider those notes."],
                    law="The evidence shows the appellant meets the plan's own criteria for inpatient "
                        "rehabilitation. The plan's decision is not supported."),
        "elig": dict(denial="eligibility", dalts=["other"], outcome="SUSTAINED",
                     issue=f"Whether {p} correctly denied payment of a hospital stay because the appellant was "
                           "not enrolled with the plan on those dates.",
                     facts=[f"The appellant was an inpatient at {f['fac']} from {f['fd_short'](f['svc'])} through "
                            f"{f['fd'](f['svc_end'])}. The hospital billed the plan {usd(f['amount'] or 0)}.",
                            f"The appellant's enrollment with the plan ended on {f['fd'](days(f['svc'], -4))} when "
                            "the appellant moved to another county and was enrolled again on the first day of the next month.",
                            f"On {f['fd'](f['plan_notice'])} the plan denied the claim for the admission of {f['fd'](f['svc'])} because the appellant was not a plan "
                            "member on the dates of the stay.",
                            "The hospital may bill the Agency's fee-for-service program for the stay."],
                     law="A managed care plan pays only for services given while the member is enrolled with it. "
                         "The appellant was not enrolled with the plan on the dates of the stay."),
        "oon": dict(denial="out_of_network", dalts=[], outcome="SUSTAINED",
                    issue=f"Whether {p} correctly denied a visit with a pediatric neurologist outside its network.",
                    facts=[f"The member's mother, {f['appellant']}, asked the plan to approve visits for {f['kid']} with "
                           f"{f['prov']} of {f['clinic']}, who is not in the plan's network.",
                           "The plan has three in-network pediatric neurologists within 40 miles of the family's "
                           "home, and one offered an appointment within 14 days.",
                           f"On {f['fd'](f['plan_notice'])} the plan denied the request because the service is "
                           "available from a network provider.",
                           "The mother prefers the out-of-network doctor because that doctor treated a cousin."],
                    law="A plan must cover out-of-network care only when its network cannot provide the service "
                        "in time. The plan's network can provide it."),
        "loc": dict(denial="level_of_care", dalts=["medical_necessity"], outcome="SUSTAINED",
                    issue=f"Whether {p} correctly denied inpatient psychiatric days and approved partial "
                          "hospitalization instead.",
                    facts=[f"{f['prov']} asked the plan to approve continued inpatient psychiatric care at "
                           f"{f['fac']} starting {f['fd'](f['svc'])}.",
                           "The records show no danger to self or others for five days and that the appellant "
                           "slept, ate and took part in groups.",
                           f"On {f['fd'](f['plan_notice'])} the plan decided that inpatient care was no longer "
                           "needed and approved a partial hospitalization program, a less intensive setting.",
                           "The appellant testified to feeling safer in the hospital."],
                    law="Inpatient care is covered while the member needs that level of care; partial "
                        "hospitalization meets the appellant's needs safely. The plan's decision was correct."),
        "sleep": dict(denial="prior_authorization", dalts=[], outcome="SUSTAINED",
                      issue=f"Whether {p} correctly denied payment for a sleep study done without prior "
                            "authorization.",
                      facts=[f"On {f['fd'](f['svc'])} the appellant had an overnight sleep study at {f['fac']}, "
                             f"ordered by {f['prov']}. The facility billed {usd(f['amount'] or 0, 'nosign')}.",
                             "The plan's member handbook and provider manual list sleep studies among the services "
                             "that need approval before they are done.",
                             "Nobody asked the plan for approval before the study.",
                             f"On {f['fd'](f['plan_notice'])} the plan denied the claim because no prior "
                             "authorization was obtained."],
                      law="The plan may deny payment for a service that needs prior authorization when none was "
                          "asked for. The facility, not the appellant, may not bill the appellant for it."),
    }


def letterhead(d: Page, ag: tuple, f: dict) -> None:
    state, agency, line2, office, addr, _, _ = ag
    d.line(state, 13, "B", "C")
    d.line(line2, 11.5, "B", "C")
    d.line(office, 10, "", "C")
    d.line(addr + "  |  Phone 1-877-555-0148  |  Fax (555) 014-2290", 8, "", "C")
    d.ln(3)


def caption(d: Page, f: dict) -> None:
    """A court-style caption: parties on the left, numbers and dates on the right."""
    y0 = d.get_y()
    w = d.w - d.l_margin - d.r_margin
    d.rect(d.l_margin, y0, w, 40)
    d.set_xy(d.l_margin + 2, y0 + 2)
    d.f(10)
    appellant = f["appellant"]
    left = [f"In the Matter of: {appellant},", "Appellant,"]
    if f.get("kid"):
        left = [f"In the Matter of: {f['kid']}, a minor,", f"by {appellant}, parent,", "Appellant,"]
    left += ["v.", f"{f['plan']},", "Respondent."]
    for t in left:
        d.set_x(d.l_margin + 3)
        d.cell(90, 5.4, t, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin + 100, y0 + 2)
    d.pairs(f["grid"], label_w=34, size=9, x=d.l_margin + 100, h=5.2)
    d.set_xy(d.l_margin, y0 + 42)


def rights(d: Page, f: dict) -> None:
    d.heading("NOTICE OF RIGHT TO FURTHER REVIEW", 10.5)
    kind, fd = f["rights"], f["fd"]
    if kind == "none":
        d.para("This decision is in the appellant's favor. The plan must carry out the order within three business "
               "days and tell the Division when it has done so. If the plan does not comply, call the Division at "
               "1-877-555-0148.", 9.5)
        return
    text = {"board": "If you disagree with this decision, you may ask the Agency Review Board to review it. The "
                     "Board must receive your written request within 30 days of the date of this decision. Say why "
                     "you think the decision is wrong and include the docket number.",
            "printed": "If you disagree with this decision, you may ask the Agency Review Board to review it. Your "
                       f"written request must be received by {fd(f['deadline_shown'])}. Include the hearing number.",
            "receive": "If you disagree with this decision, you may ask for an administrative review. Send your "
                       "request within 30 days after you receive this decision.",
            "court": "This is the final administrative decision of the Agency. You may ask a court to review it by "
                     "filing a petition for judicial review in the Superior Court of the county where you live within "
                     "30 days of the date this decision was mailed. The Agency cannot give legal advice."}[kind]
    d.para(text, 9.5)
    d.para("Asking for review does not by itself continue the benefits at issue. Free legal help may be available from "
           "your local legal aid office, 1-866-555-0190. An example of a review request is printed on the back of form "
           f"{f['form']}; do not send this decision back with it.", 9.5)


def body(d: Page, f: dict, k: dict) -> None:
    d.heading("ISSUE", 10.5)
    d.para(k["issue"], 10)
    d.heading("PROCEDURAL HISTORY", 10.5)
    d.para(f"The plan's notice was dated {f['fd'](f['plan_notice'])} (plan reference {f['plan_ref']}). The appellant "
           f"asked the plan for an internal appeal, which the plan upheld, and then asked for a State fair hearing. "
           f"A hearing was held by telephone on {f['fd'](f['hearing'])}. {f['appear']} Exhibits 1 through 7 were "
           "admitted.", 10)
    d.heading("FINDINGS OF FACT", 10.5)
    for i, t in enumerate(k["facts"], 1):
        d.para(f"{i}. {t}", 10, gap=1, indent=3)
    d.heading("CONCLUSIONS OF LAW", 10.5)
    d.para(f"1. The Agency has jurisdiction under 42 CFR 431.200 et seq. and {f['rule']}12.", 10, gap=1, indent=3)
    d.para(f"2. {k['law']}", 10, gap=1, indent=3)
    d.heading("DECISION", 10.5)
    d.para(f"The action of {f['plan']} is **{k['outcome']}**.", 10.5)
    d.heading("ORDER", 10.5)
    if k["outcome"] == "REVERSED":
        d.para(f"{f['plan']} shall authorize the requested admission within three business days of the date of this "
               "decision and shall pay for covered days already provided.", 10)
    else:
        d.para("The appeal is denied. No further action is ordered.", 10)


def build(f: dict) -> bytes:
    ag = AGENCIES[f["agency"]]
    k = kinds(f)[f["kind"]]
    d = Page(serif=f["agency"] == "NH", footer="Page {n} of {nb}",
             footer_left=f"{ag[1]}  -  {f['form']}")
    d.add_page()
    letterhead(d, ag, f)
    d.line(f["title"], 13, "B", "C")
    d.ln(2)
    if ag[6] == "caption":
        caption(d, f)
    else:
        d.boxed_pairs(f["grid"], label_w=62, size=9)
    d.para(f"This decision is issued by the {ag[1]} (the Agency) after a State fair hearing on the appellant's "
           "appeal of a Medicaid managed care plan's action.", 9.5)
    body(d, f, k)
    rights(d, f)
    d.ln(2)
    d.para(f"{f['officer']}, Hearing Officer\n{ag[3]}\nDate mailed: {f['fd'](f['mailed'])}", 10)
    d.para(f"cc: {f['plan']}, Appeals and Grievances;  {f['cc']}", 8.5)
    return out(d)


def facts(r: random.Random, kind: str, agency: str, ds: str, rights_kind: str, kid: bool) -> dict:
    decision = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    plan_notice = days(decision, -r.randint(80, 120))
    f = dict(kind=kind, agency=agency, fd=lambda x: fdate(x, ds), fd_short=lambda x: fdate(x, ds), decision=decision,
             plan_notice=plan_notice, hearing=days(decision, -r.randint(12, 30)),
             mailed=days(decision, r.choice([0, 0, 1, 2])), plan=r.choice(PLANS), officer=r.choice(OFFICERS),
             medicaid=mixed(r, "99999999A") if agency == "NH" else mixed(r, "AA9999999"),
             member_no=mixed(r, "A99A999999"), docket=mixed(r, "FH-26-99999") if agency == "NH" else
             "BHA " + mixed(r, "2026-9999-A"), plan_ref=mixed(r, "AG26A99999"), rights=rights_kind,
             form="FH-40 (01/2026)" if agency == "NH" else "BHA-212 (rev. 01/26)", rule=AGENCIES[agency][5],
             appellant=person(r), amount=None, fac=r.choice(HOSPITALS), clinic=r.choice(CLINICS))
    if ds == "long" and kind == "elig":
        f["fd_short"] = lambda x: x.strftime("%B %-d")
    f["kid"] = f"{r.choice(KIDS)} {r.choice('BCDFGHJKLMRT')}. {f['appellant'].split()[-1]}" if kid else None
    f["name"] = f["kid"] or f["appellant"]
    f["svc"] = days(plan_notice, r.randint(6, 20)) if kind in ("hours", "irf", "loc") else days(plan_notice,
                                                                                                 -r.randint(40, 70))
    f["svc_end"] = days(f["svc"], 6)
    f["prov"] = {"hours": r.choice(HOMECARE), "oon": r.choice(DOCTORS[:5])}.get(kind, r.choice(DOCTORS[5:]))
    if kind in ("elig", "sleep"):
        f["amount"] = money(r, 900, 3200) if kind == "sleep" else money(r, 14000, 38000)
        f["claim"] = mixed(r, "99999A999999")
    f["appear"] = ("The member's mother appeared for the member." if kid else
                   "The appellant appeared in person.") + f" {f['plan']} appeared through its appeals coordinator."
    f["cc"] = f["prov"] if kind != "elig" else f["fac"]
    return f


def grid(f: dict, labels: dict) -> list[tuple[str, str]]:
    fd = f["fd"]
    rows = [(labels["docket"], f["docket"]), (labels["mid"], f["medicaid"])]
    if labels.get("mno"):
        rows.append((labels["mno"], f["member_no"]))
    if labels["style"] == "form":
        rows = [("Appellant", f["appellant"])] + ([("Member (child)", f["kid"])] if f["kid"] else []) + rows
        rows += [("Managed care organization", f["plan"]), ("Plan notice date", fd(f["plan_notice"])),
                 ("Plan appeal reference", f["plan_ref"])]
    if f.get("claim"):
        rows.append(("Claim number", f["claim"]))
    rows += [("Date of hearing", fd(f["hearing"])), (labels["date"], fd(f["decision"]))]
    if labels["style"] == "form":
        rows.append(("Hearing officer", f["officer"]))
    return rows


def make_truth(f: dict, k: dict) -> dict:
    ag = AGENCIES[f["agency"]]
    alts: dict = {"insurer": [f["plan"], ag[3]], "case_numbers": [[f["docket"]]]}
    cases = [f["docket"], f["plan_ref"]] + ([f["claim"]] if f.get("claim") else [])
    if f.get("claim"):
        alts["case_numbers"].append([f["docket"], f["claim"]])
    if f["mailed"] != f["decision"]:
        alts["denial_date"] = [iso(f["mailed"])]
    alts["member_id"] = [f["member_no"]] if f.get("show_mno") else []
    svc: list[str] = []
    deadline = None
    if f["kind"] == "elig":
        svc = [iso(f["svc"], f["svc_end"])]
    elif f["kind"] == "sleep":
        svc = [iso(f["svc"])]
    elif f["kind"] in ("hours", "irf", "loc"):
        svc = [iso(f["svc"])]
        alts["service_dates"] = [[]]
    if f["rights"] in ("board",):
        deadline = days(f["decision"], 30)
    elif f["rights"] == "printed":
        deadline = f["deadline_shown"]
    elif f["rights"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["decision"], 30))]
    elif f["rights"] == "court":
        alts["appeal_deadline"] = sorted({iso(days(f["mailed"], 30)), iso(days(f["decision"], 30))})
    if f["kind"] == "oon":
        alts["provider"] = [f["clinic"]]
    if f["kind"] == "elig":
        alts["provider"] = []
    doc_type = "other" if k["outcome"] == "REVERSED" else "denial_letter"
    provider = f["fac"] if f["kind"] == "elig" else f["prov"]
    if f["kind"] in ("sleep",):
        alts["provider"] = [f["fac"]]
    if f["kind"] in ("irf", "loc"):
        alts["provider"] = [f["fac"]]
    alts = {a: v for a, v in alts.items() if v}
    return truth(doc_type, k["denial"], insurer=ag[1], member_id=f["medicaid"], member_name=f["name"],
                 cases=cases, claim_amount=m2(f["amount"]) if f["amount"] else None, service_dates=svc,
                 denial_date=iso(f["decision"]), provider=provider,
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=k["dalts"])


LABELS = {
    "NH": [dict(style="caption", docket="Docket No.", mid="Medicaid ID", date="Decision date"),
           dict(style="caption", docket="Fair Hearing No.", mid="Recipient ID", mno="Plan member no.",
                date="Date of decision")],
    "BR": [dict(style="form", docket="Appeal (hearing) number", mid="Medicaid recipient ID", date="Date of decision"),
           dict(style="form", docket="Hearing no.", mid="Client ID (Medicaid)", mno="MCO member number",
                date="Decision issued")],
}
TITLES = {"NH": "HEARING OFFICER'S DECISION", "BR": "FAIR HEARING DECISION AND ORDER"}
# (stem, condition, kind, agency, label set, date style, rights, child?)
PLAN_ = [
    ("fair_hearing_decision_bd_hours", "born_digital", "hours", "NH", 0, "long", "board", False),
    ("fair_hearing_decision_bd_sleep", "born_digital", "sleep", "BR", 1, "slash", "printed", False),
    ("fair_hearing_decision_scan_irf", "scan_clean_300", "irf", "BR", 0, "iso", "none", False),
    ("fair_hearing_decision_150_elig", "scan_lowres_150", "elig", "NH", 1, "long", "receive", False),
    ("fair_hearing_decision_copy_oon", "photocopy", "oon", "BR", 1, "dmy", "board", True),
    ("fair_hearing_decision_phone_chair", "phone_photo", "wheelchair", "NH", 0, "slash", "court", False),
    ("fair_hearing_decision_rot_loc", "rotated", "loc", "NH", 1, "abbr", "board", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, agency, li, ds, rk, kid) in enumerate(PLAN_):
        r = random.Random(9100 + i)
        f = facts(r, kind, agency, ds, rk, kid)
        lab = LABELS[agency][li]
        f["show_mno"] = bool(lab.get("mno"))
        f["deadline_shown"] = days(f["decision"], 30)
        f["title"] = TITLES[agency]
        f["grid"] = grid(f, lab)
        k = kinds(f)[kind]
        items.append(Item(stem, cond, [(build(f), make_truth(f, k))]))
    return items
