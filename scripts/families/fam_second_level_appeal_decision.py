"""Family 'second_level_appeal_decision': an invented state employee health plan's decisions on second-level (final
internal) appeals.

The Kestrelmoor State Employees' Health Plan (run by the state's Office of Employee Benefits, with Halyard Claims
Services as its claims administrator) is fictional, and so is every member, provider and number. Two- and
three-page letters: a case block, the original denial restated with its date, the first-level decision and its
date, the appeal panel and its decision (upheld, overturned, partly overturned), the records the panel reviewed (a
numbered list of dated items: decoy dates), the rationale, and external review rights with their own time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr1 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "second_level_appeal_decision"
LANG = "en"
INSURER = "Kestrelmoor State Employees' Health Plan"
TPA = "Halyard Claims Services"
# kind -> (service, provider, clinic, original reason, denial, denial alternates, outcome)
KINDS = {
    "mednec": ("Lumbar spinal fusion, L4-L5, with a 3-day inpatient stay", "Dr. Lucius Fairweather, MD",
               "Ottumwa Regional Spine Center",
               "the records did not show six months of physical therapy and other conservative care first",
               "medical_necessity", [], "UPHELD"),
    "overturned": ("Continuous glucose monitor and sensors", "Dr. Imogen Saltonstall, MD", "Mankato Diabetes Clinic",
                   "the device was not covered for members who do not use insulin",
                   None, [], "OVERTURNED"),
    "partial": ("Outpatient physical therapy, 24 visits", "Rowena Blyth, DPT", "Hays Rehabilitation Partners",
                "only 12 visits a year are covered without proof of measurable progress",
                "medical_necessity", ["not_covered"], "PARTLY OVERTURNED"),
    "experimental": ("Proton beam radiation therapy for prostate cancer", "Dr. Crispin Aldous, MD",
                     "Spearfish Proton Institute",
                     "proton therapy for this cancer is considered experimental and investigational",
                     "experimental", ["not_covered", "medical_necessity"], "UPHELD"),
    "coding": ("Knee arthroscopy with a separately billed debridement", "Dr. Evander Whitcombe, MD",
               "Kearney Orthopaedic Surgery Center",
               "the debridement code is part of the main procedure and cannot be billed on its own",
               "coding_error", [], "UPHELD"),
    "oon": ("Outpatient cataract surgery at a surgery center outside the network", "Dr. Seraphina Loxley, MD",
            "Marquette Eye Surgery Center",
            "the surgery center is not in the plan's network and the care was not an emergency",
            "out_of_network", ["not_covered"], "UPHELD"),
    "excluded": ("Bilateral hearing aids", "Tobias Kingsmill, Au.D.", "Ironwood Hearing Center",
                 "hearing aids for adults are excluded under the Standard PPO option",
                 "not_covered", [], "UPHELD"),
}
BILLED = {"mednec": (38000, 72000), "overturned": (900, 2400), "partial": (2600, 4200),
          "experimental": (28000, 46000), "coding": (6000, 11000), "oon": (3800, 7600), "excluded": (4200, 6900)}
PANEL = ["Dr. Adelaide Fenwick-Lowry, MD (board certified in the same specialty)", "Jerome Pettigrew, RN, appeals "
         "nurse", "Harriet Quennell, JD, Office of Employee Benefits"]


class Letter(Doc):
    def __init__(self, f: dict):
        super().__init__(f["font"], footer="OEB Form AP-2 (rev. 2026)   Page {p} of {n}",
                         header=f"{f['name']}   {f['labels']['a2']} {f['a2']}   {fdate(f['notice'], f['ds'])}")


def letterhead(d: Doc, f: dict) -> None:
    y0 = d.get_y()
    d.set_font(f["font"], "", 8.5)
    d.cell(110, 4, "STATE OF KESTRELMOOR  |  OFFICE OF EMPLOYEE BENEFITS", new_x="LMARGIN", new_y="NEXT")
    d.set_font(f["font"], "B", 16)
    if f["lh"] == 0:
        d.cell(110, 7.5, "Kestrelmoor State Employees' Health Plan")
    else:
        d.cell(110, 7, "Kestrelmoor State Employees'", new_x="LMARGIN", new_y="NEXT")
        d.cell(110, 7, "Health Plan")
    d.set_xy(132, y0)
    d.set_font(f["font"], "", 7.8)
    d.multi_cell(0, 3.5, f"Appeals Unit\n1180 Capitol Mall, Suite 400\nTamsworth 58001\n{f['ph']}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 24)
    d.rule(0.5, 3)


def case_block(d: Doc, f: dict) -> None:
    lab, fd = f["labels"], f["fd"]
    when = fd(f["start"]) if f["end"] == f["start"] else f"{fd(f['start'])} to {fd(f['end'])}"
    rows = [(lab["emp"], f["subscriber"]), (lab["pat"], f["name"]), (lab["mid"], f["mid"]), (lab["grp"], f["group"]),
            ("Plan option", "Standard PPO" if f["kind"] == "excluded" else r_option(f))]
    rows += [(lab["claim"], f["claim"])] if f["claim"] else []
    rows += [(lab["a1"], f["a1"]), (lab["a2"], f["a2"]), ("Service", KINDS[f["kind"]][0]),
             (lab["prov"], f"{KINDS[f['kind']][1]}, {KINDS[f['kind']][2]}"), ("Provider NPI", f["npi"]),
             (lab["dos"], when)]
    rows += [(lab["amt"], f["money"](f["billed"]))] if f["billed"] else []
    rows += [("Appeal received", fd(f["received"]))]
    for k, v in rows:
        d.set_font(f["font"], "B", 9.3)
        d.cell(46, 4.9, k)
        d.set_font(f["font"], "", 9.3)
        d.multi_cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def r_option(f: dict) -> str:
    return f["option"]


def history(f: dict) -> list[str]:
    fd, k = f["fd"], f["kind"]
    who = "your claim" if f["claim"] else "the request for this service"
    return [f"On {fd(f['orig'])}, {TPA}, the plan's claims administrator, denied {who}. The reason given was that "
            f"{KINDS[k][3]}.",
            f"You filed a first-level appeal. On {fd(f['l1'])} the first-level reviewer upheld the denial. You then "
            f"asked for this second-level review, which we received on {fd(f['received'])}. This is the last step "
            "of the plan's internal appeal process."]


def records(d: Doc, f: dict) -> None:
    fd = f["fd"]
    items = [f"Original denial notice from {TPA}, dated {fd(f['orig'])}",
             f"First-level appeal decision, dated {fd(f['l1'])}",
             f"Your second-level appeal letter, dated {fd(days(f['received'], -3))}",
             f"Office and treatment notes from {KINDS[f['kind']][2]}, {fd(f['rec1'])} through {fd(f['rec2'])}",
             f"Letter of medical necessity from {KINDS[f['kind']][1]}, dated {fd(f['lmn'])}",
             "The Plan Document and Summary of Benefits for the plan year, and the plan's medical policy "
             f"MP-{f['policy']}"]
    d.text_line("Records the panel reviewed", 11, "B", h=6)
    for i, t in enumerate(items, 1):
        d.para(f"{i}. {t}", 9.6, gap=0.8)
    d.ln(2)


def rationale(f: dict) -> list[str]:
    k, fd, mo = f["kind"], f["fd"], f["money"]
    return {
        "mednec": ["The records show physical therapy for seven weeks, not six months, and no trial of injections. "
                   "The panel found the fusion was not medically necessary under the plan's spinal surgery policy "
                   "at the time it was done. The denial is upheld."],
        "overturned": ["Since the first-level decision, the plan's policy was changed to cover a glucose monitor for "
                       "members with repeated low blood sugar, whether or not they use insulin. Your records show "
                       "four low blood sugar events in three months. The panel reverses the denial. "
                       f"{TPA} will reprocess the claim within 30 days; you do not need to do anything."],
        "partial": [f"The notes show steady, measured gains through the twelfth visit and for the next six. The panel "
                    f"approves visits 13 through 18 (from {fd(f['start'])} through {fd(f.get('p_end', f['end']))}). After visit 18 "
                    "the notes show no further measurable progress, so the denial of visits 19 through 24 "
                    f"({fd(f.get('d_start', f['end']))} through {fd(f['end'])}) is upheld."],
        "experimental": ["The panel looked for published studies comparing proton therapy with standard radiation "
                         "for this cancer. They do not show better results, and the plan's policy still calls it "
                         "experimental and investigational for this use. The denial is upheld. Standard (photon) "
                         "radiation would be covered."],
        "coding": ["The operative report describes one procedure. Under national correct coding rules, debridement "
                   "in the same knee during an arthroscopy is included in the main procedure code. The "
                   f"{mo(f.get('line', 0.0))} line for the debridement was correctly denied; the main procedure was paid. "
                   "The denial is upheld."],
        "oon": ["The Standard PPO option pays for care outside the network only in an emergency. Cataract surgery "
                f"was scheduled weeks in advance, and two network surgery centers within 40 miles could have done "
                "it. The denial is upheld."],
        "excluded": ["The Plan Document excludes hearing aids for members 18 and over under the Standard PPO. The "
                     "Enhanced PPO covers them, but you were enrolled in the Standard option on the date of "
                     "service. The panel has no authority to change plan terms. The denial is upheld."],
    }[k]


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    d.text_line("External review", 11, "B", h=6)
    if f["kind"] == "overturned":
        d.para("Because the panel decided in your favor, no further appeal is needed.", 9.6, gap=2)
        return
    when = {"months": "within four months after the date you receive this letter",
            "by": f"so that it is received no later than {fd(f['ext'])}",
            "days": "within 123 days of the date of this letter"}[f["ext_style"]]
    d.para("This decision completes the plan's internal appeals. You may ask for an external review by an "
           "Independent Review Organization (IRO) assigned by the Kestrelmoor Department of Insurance. Send the "
           f"enclosed request form {when}. The IRO's decision is binding on the plan. External review costs you "
           f"nothing. Call {f['doi']} with questions.", 9.6, gap=2)
    d.para("State employees may also contact their agency's benefits coordinator. Nothing in this letter changes "
           "your right to bring a civil action where state law allows it.", 9.6, gap=2)


def build(f: dict) -> bytes:
    fd = f["fd"]
    d = Letter(f)
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(3)
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    d.text_line("Second-Level Appeal Decision (Final Internal Review)", 13, "B", h=7)
    d.ln(1)
    case_block(d, f)
    d.para(f"Dear {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:", 10.3, gap=2)
    d.text_line("What happened before", 11, "B", h=6)
    for t in history(f):
        d.para(t, 10, gap=2)
    d.text_line("The appeal panel", 11, "B", h=6)
    d.para("Three people who took no part in the earlier decisions reviewed your appeal: " + "; ".join(PANEL) + ".",
           10, gap=2)
    records(d, f)
    d.text_line(f"Panel decision: {KINDS[f['kind']][6]}", 12, "B", h=7)
    for t in rationale(f):
        d.para(t, 10, gap=2.2)
    rights(d, f)
    d.para(f"Sincerely,\n\n{f['chair']}\nChair, Second-Level Appeal Panel\n{INSURER}", 10, gap=2)
    d.para(f"cc: {KINDS[f['kind']][1]}; {TPA}", 8.5, gap=1)
    return pdf_bytes(d)


LABELS = {
    0: dict(emp="Employee", pat="Patient", mid="Member ID", grp="Group number", claim="Claim number",
            a1="First-level appeal no.", a2="Second-level appeal no.", prov="Provider", dos="Date(s) of service",
            amt="Amount billed"),
    1: dict(emp="Subscriber", pat="Covered person", mid="ID #", grp="Agency group", claim="Claim #",
            a1="Level 1 appeal #", a2="Level 2 appeal #", prov="Treating provider", dos="Service dates",
            amt="Total charges"),
    2: dict(emp="State employee", pat="Member", mid="Subscriber ID", grp="Grp no.", claim="Claim ref.",
            a1="Appeal 1 ref.", a2="Appeal 2 ref.", prov="Rendering provider", dos="Dates of service",
            amt="Billed amount"),
}


def facts(r: random.Random, kind: str, ds: str, ms: str, ext: str, lh: int, li: int, font: str, dep: bool) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    sub = person(r)
    name = person(r, last=sub.split()[-1]) if dep else sub
    f = dict(kind=kind, ds=ds, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), ext_style=ext, lh=lh,
             labels=LABELS[li], font=font, notice=notice, subscriber=sub, name=name, addr=list(address(r)),
             mid=mixed(r, r.choice(["KSE999999999", "9999A99999", "KS-99999999-0" + ("2" if dep else "1")])),
             group=mixed(r, r.choice(["0999-AAA", "SE99999", "99999"])),
             option=r.choice(["Standard PPO", "Enhanced PPO"]),
             claim=mixed(r, r.choice(["HC26999999999", "26-999-99999", "9999A9999999"])),
             a1=mixed(r, "L1-26-99999"), a2=mixed(r, "L2-26-99999"), npi=npi(r), ph=phone(r), doi=phone(r),
             policy=digits(r, 3), chair=r.choice(["Dr. Barnabas Trelawney, MD", "Dr. Octavia Merriweather, MD"]),
             received=days(notice, -r.randint(20, 40)))
    f["start"] = days(notice, -r.randint(110, 160))
    f["end"] = f["start"]
    f["billed"] = money(r, *BILLED[kind])
    if kind == "partial":
        f["end"] = days(f["start"], 41)
        f["p_end"] = days(f["start"], 17)
        f["d_start"] = days(f["start"], 21)
    if kind == "mednec":
        f["end"] = days(f["start"], 2)
    if kind == "coding":
        f["line"] = money(r, 700, 1300)
    f["orig"] = days(f["end"], r.randint(25, 40))
    f["l1"] = days(f["orig"], r.randint(30, 45))
    f["rec1"], f["rec2"] = days(f["start"], -r.randint(80, 120)), days(f["end"], r.randint(5, 20))
    f["lmn"] = days(f["l1"], r.randint(5, 20))
    f["ext"] = days(notice, 120)
    return f


def make_truth(f: dict) -> dict:
    k = f["kind"]
    _, prov, clinic, _, denial, dalts, _ = KINDS[k]
    cases = [f["claim"], f["a1"], f["a2"]]
    alts: dict = {"insurer": ["Kestrelmoor Office of Employee Benefits"], "provider": [clinic], "plan_id": [f["option"] if k != "excluded" else "Standard PPO"],
                  "case_numbers": [[f["claim"], f["a2"]]]}
    dates = [iso(f["start"], f["end"])]
    if k == "partial":
        dates = [iso(f["d_start"], f["end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    if k == "overturned":
        return truth("other", None, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=dates,
                     denial_date=iso(f["notice"]), provider=prov, alternates=alts)
    if f["ext_style"] == "by":
        alts["appeal_deadline"] = [iso(f["ext"])]
    return truth("denial_letter", denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=dates,
                 denial_date=iso(f["notice"]), provider=prov, appeal_deadline=None, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kind, date style, money style, external style, letterhead, labels, font, dependent)
PLAN = [
    ("second_level_appeal_decision_bd_mednec", "born_digital", "mednec", "long", "plain", "months", 0, 0, "Times", False),
    ("second_level_appeal_decision_bd_overturned", "born_digital", "overturned", "slash", "plain", "months", 1, 1, "Helvetica", True),
    ("second_level_appeal_decision_scan_partial", "scan_clean_300", "partial", "abbr", "nosign", "by", 0, 2, "Helvetica", False),
    ("second_level_appeal_decision_phone_experimental", "phone_photo", "experimental", "long", "usd", "days", 1, 0, "Times", False),
    ("second_level_appeal_decision_rot_coding", "rotated", "coding", "iso", "plain", "months", 0, 1, "Helvetica", True),
    ("second_level_appeal_decision_faxf_oon", "fax_fine_g4", "oon", "dmy", "bare", "by", 1, 2, "Times", False),
    ("second_level_appeal_decision_lowres_excluded", "scan_lowres_150", "excluded", "upper", "plain", "months", 0, 0, "Helvetica", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, ext, lh, li, font, dep) in enumerate(PLAN):
        r = random.Random(14300 + i)
        f = facts(r, kind, ds, ms, ext, lh, li, font, dep)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
