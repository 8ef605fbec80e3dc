"""Family 'mh_parity_disclosure_response': an invented health plan answers a member's request for its mental health
parity (NQTL) comparative analysis and the criteria it used to deny a residential treatment stay.

Two issuers (Larchmere Health Plan, Inc., "LARCHMERE" over "Health Plan, Inc."; Osierfield Benefit Plans, whose
behavioral health is run by Tillworth Behavioral Health, named on a line above). The letter restates the denial asked
about (date of the decision, service, level of care requested and the one the plan says fits, authorization or claim
number, facility, planned admission or billed stay "from ... through ..."), lists the enclosed documents (criteria
version, comparative analysis, reviewer notes, plan excerpt: decoy dates, numbers and page counts) and says how to
appeal: a printed last day, 180 days of the original notice, or only external review. It decides nothing, so it is
`other` (a `denial_letter` of the restated type accepted, as for appeal acknowledgements). A fine-mode fax stack
holds a cover sheet, a response and the original denial it restates (a `denial_letter`).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo3 import address, days, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, span, staff, usd

FAMILY = "mh_parity_disclosure_response"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"L": "Larchmere Health Plan, Inc.", "O": "Osierfield Benefit Plans"}
FACIL = {"adol": ("Pinecrag Adolescent Treatment Center", "mental health residential treatment (adolescent)"),
         "sud": ("Harebell Recovery Residence", "substance use disorder residential treatment (ASAM 3.5)"),
         "ed": ("Saltings House Eating Disorder Program", "eating disorder residential treatment")}
# kind: (restated denial type, accepted alternates)
KINDS = {"loc": ("level_of_care", ["medical_necessity"]), "noauth": ("prior_authorization", ["other"]),
         "mednec": ("medical_necessity", ["level_of_care"])}


class Letter(Doc):
    def __init__(self, foot: str, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["iss"] == "L":
        d.text_line("LARCHMERE", 17, "B", h=7)
        d.text_line("Health Plan, Inc.", 11, h=5.5)
        d.text_line("Member Appeals and Disclosures, 77 Gannet Quay, Bemidji, MN 56619", 8.5, h=4.5)
    else:
        d.text_line("Behavioral health services administered by Tillworth Behavioral Health", 8, h=4.2)
        d.text_line(ISSUER["O"], 15, "B", h=7)
        d.text_line("Parity Disclosure Unit, PO Box 6620, Florence, AL 35631", 8.5, h=4.5)
    d.text_line(f"Member Services {f['ph']} (TTY 711)", 8.5, h=4.5)
    d.rule(0.6, 4)


def pairs(d: Letter, rows: list[tuple[str, str]], w: float = 52) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(w, 5.2, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def stay_text(f: dict) -> str:
    if f["claim"]:
        return f"your stay at {f['fac']} {span(f['start'], f['end'], f['ds'])}"
    return f"an admission to {f['fac']} planned for {f['fd'](f['start'])}"


def why(f: dict) -> str:
    return {"loc": f"the records did not show that {f['who']} needed 24-hour care in a residential setting; our "
                   "reviewer found that a partial hospitalization program (day treatment, 5 days a week) could "
                   "safely meet those needs, so residential care was a higher level of care than needed.",
            "noauth": "the facility did not ask us for approval before the admission, and residential treatment "
                      "needs prior authorization under your plan.",
            "mednec": f"the clinical information did not meet our criteria for residential treatment: {f['who']} "
                      "was medically stable, not at risk of harm, and had not tried outpatient care first."}[f["kind"]]


def restated(d: Letter, f: dict) -> None:
    d.text_line("The decision you asked about", 10.5, "B", h=6)
    d.para(f"On {f['fd'](f['orig'])} we denied coverage of {f['svc']} for {stay_text(f)} "
           f"({'claim' if f['claim'] else 'authorization'} number {f['claim'] or f['auth']}). We denied it "
           f"because {why(f)}", 9.3)
    if f["claim"]:
        d.para(f"The facility billed {usd(f['billed'], f['ms'])} for the stay. Our reference for the earlier "
               f"review is {f['auth']}.", 9.3)
    d.para("This letter does not change that decision. It gives you the information you asked for.", 9.3)


def enclosed(d: Letter, f: dict) -> None:
    d.text_line("Documents enclosed", 10.5, "B", h=6)
    rows = [["Level of care criteria: residential treatment", f"LOC-RTC-{f['ver']}", f"v2026.{f['ver'][-1]}", "18"],
            ["NQTL comparative analysis: prior authorization,", f"NQ-{f['nq']}", fdate(f["nqdate"], "slash"), "31"],
            ["  MH/SUD and medical/surgical benefits", "", "", ""],
            ["Reviewer notes and clinical summary", f["auth"], fdate(f["orig"], "slash"), "9"],
            ["Plan document excerpt, Section 7.4", f"SPD-{f['spd']}", "01/01/2026", "4"]]
    d.table(["Document", "ID", "Version / date", "Pages"], rows, [84, 34, 30, 16], size=8.2, aligns="LLLR")


def appeal(d: Letter, f: dict) -> None:
    d.text_line("How to appeal the decision", 10.5, "B", h=6)
    if f["dl"] == "until":
        text = (f"You still have time to appeal. You have until {f['fd'](days(f['orig'], 180))} to ask for an "
                "internal appeal (180 days after the denial notice).")
    elif f["dl"] == "within":
        text = ("You may ask for an internal appeal within 180 days of the date of the denial notice "
                f"({f['fd'](f['orig'])}).")
    else:
        text = ("Your internal appeals have been used. You may ask for an external review by an independent "
                "review organization within 4 months after you received our final appeal decision.")
    d.para(text + f" Write to us at the address above, fax {f['fax']}, or call {f['ph']}. Include the "
           f"{'claim' if f['claim'] else 'authorization'} number. You may send letters from providers and any "
           "other records. Urgent cases are decided within 72 hours.", 9.2)


def build(f: dict) -> bytes:
    d = Letter(f"Letter ID {f['letter']}   Form {f['form']}   Page {{p}} of {{n}}",
               header=f"{f['pat']}  |  Request {f['req']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["to"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    d.text_line("Response to Your Request for Parity Information (NQTL Comparative Analysis)" if f["iss"] == "L" else
                "Your Mental Health Parity Disclosure Request - Our Response", 11.5, "B", h=7)
    L = f["iss"] == "L"
    rows = [("Member" if L else "Patient", f["pat"]), ("Member ID" if L else "Subscriber ID", f["mid"]),
            ("Group no." if L else "Group #", f["grp"])]
    if f["planid"]:
        rows.append(("Plan ID", f["planid"]))
    rows += [("Disclosure request no." if L else "Correspondence ID", f["req"]),
             ("Request received" if L else "Date we got your request", f["fd"](f["recv"])),
             ("Authorization no." if L else "Review reference", f["auth"])]
    if f["claim"]:
        rows.append(("Claim no.", f["claim"]))
    rows += [("Facility", f"{f['fac']} (NPI {f['npi']})"), ("Level of care requested", "Residential treatment")]
    pairs(d, rows)
    d.para(f"Dear {f['to'].split()[0]} {f['to'].split()[-1]}:", 9.5)
    d.para(f"On {f['fd'](f['recv'])} you asked for the documents we used to decide {f['whose']} residential "
           "treatment, including the comparative analysis of nonquantitative treatment limitations (NQTLs) that "
           "federal mental health parity law requires health plans to prepare. We are sending them free of charge.",
           9.3)
    restated(d, f)
    d.text_line("What the comparative analysis says", 10.5, "B", h=6)
    d.para("We require prior authorization for residential and inpatient stays for mental health and substance use "
           "disorders, and for skilled nursing and inpatient rehabilitation stays. The enclosed analysis compares "
           "how we design and apply that requirement to both groups of benefits: the criteria sources, who reviews, "
           "how often we review, and approval rates.", 9.2)
    enclosed(d, f)
    appeal(d, f)
    d.para(f"If you think we have not followed parity law, you may also contact your state insurance department or "
           f"the U.S. Department of Labor. Sincerely, {f['signer']}, Disclosure Coordinator, {ISSUER[f['iss']]}", 9.2)
    return pdf_bytes(d)


def build_denial(f: dict) -> bytes:
    d = Letter(f"Form {f['form']}-A   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["orig"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["to"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=7)
    pairs(d, [("Member", f["pat"]), ("Member ID", f["mid"]), ("Group no.", f["grp"]),
              ("Authorization no.", f["auth"]), ("Service requested", f["svc"]),
              ("Facility", f["fac"]), ("Planned admission", f["fd"](f["start"])),
              ("Request received", f["fd"](days(f["orig"], -2)))])
    d.text_line("Our decision", 10.5, "B", h=6)
    d.para(f"We have denied the request for {f['svc']} at {f['fac']} because {why(f)} Partial hospitalization "
           "at a network program is approved if your doctor requests it.", 9.3)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may ask for an internal appeal within 180 days of the date of this letter. You may ask for the "
           "criteria we used and other documents about this decision, free of charge. If the admission is urgent, "
           f"ask for a fast appeal; we decide those within 72 hours. Call {f['ph']} or write to the address above.",
           9.3)
    d.para(f"Reviewed by {f['md']}, MD, board-certified psychiatrist.", 9)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, iss: str, svc: str, ds: str, ms: str, dl: str, claim: bool,
          child: bool, planid: bool) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 190))
    pat = person(r, child=child)
    to = person(r, last=pat.split()[-1]) if child else pat
    fac, svcname = FACIL[svc]
    f = dict(kind=kind, iss=iss, ds=ds, ms=ms, dl=dl, notice=notice, fd=lambda x: fdate(x, ds), pat=pat, to=to,
             addr=address(r), fac=fac, svc=svcname, npi=npi(r), who=pat.split()[0] if child else "you",
             whose=f"{pat.split()[0]}'s" if child else "your",
             mid=mixed(r, "LHP999999999" if iss == "L" else "OBP-99999-99"), grp=mixed(r, "G-99999" if iss == "L" else "99A99"),
             planid=mixed(r, "LH-AAA-99") if planid else None, req=mixed(r, "PD-26-99999" if iss == "L" else "C99999999A"),
             recv=days(notice, -r.randint(15, 28)), auth=mixed(r, "UM99A99999"), ph=phone(r), fax=local_phone(r),
             letter=mixed(r, "LTR99999999"), form=f"{'LHP' if iss == 'L' else 'OBP'}-PAR-{r.randint(10, 60)}",
             ver=f"0{r.randint(1, 9)}", nq=str(r.randint(100, 999)), spd=str(r.randint(1000, 9999)),
             signer=staff(r), md=staff(r), kind_claim=claim)
    f["orig"] = days(f["recv"], -r.randint(20, 70))
    f["nqdate"] = days(f["orig"], -r.randint(60, 200))
    f["claim"] = mixed(r, "99999A99999") if claim else None
    if claim:
        f["start"] = days(f["orig"], -r.randint(40, 90))
        f["end"] = days(f["start"], r.randint(12, 26))
        f["billed"] = round(money(r, 900, 1400) * ((f["end"] - f["start"]).days), 2)
    else:
        f["start"] = days(f["orig"], r.randint(2, 6))
        f["end"], f["billed"] = f["start"], None
    return f


def make_truth(f: dict) -> dict:
    dtype, dalts = KINDS[f["kind"]]
    cases = [f["auth"], f["req"]] + ([f["claim"]] if f["claim"] else [])
    alts: dict = {"case_numbers": [[f["auth"]] + ([f["claim"]] if f["claim"] else []), [f["req"]]]}
    if f["iss"] == "O":
        alts["insurer"] = ["Tillworth Behavioral Health"]
    if f["dl"] == "until":
        alts["appeal_deadline"] = [iso(days(f["orig"], 180))]
    elif f["dl"] == "within":
        alts["appeal_deadline"] = [iso(days(f["orig"], 180))]
    if f["claim"]:
        alts["service_dates"] = [[iso(f["start"])]]
    return truth("other", None, insurer=ISSUER[f["iss"]], plan_id=f["planid"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["pat"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if f["billed"] else None,
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]), provider=f["fac"],
                 appeal_deadline=None, alternates=alts, type_alternates=["denial_letter"],
                 denial_alternates=[dtype] + dalts)


def denial_truth(f: dict) -> dict:
    alts: dict = {}
    if f["iss"] == "O":
        alts["insurer"] = ["Tillworth Behavioral Health"]
    return truth("denial_letter", "level_of_care", insurer=ISSUER[f["iss"]], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["pat"], case_numbers=[f["auth"]],
                 service_dates=[iso(f["start"])], denial_date=iso(f["orig"]), provider=f["fac"],
                 appeal_deadline=iso(days(f["orig"], 180)), alternates=alts,
                 denial_alternates=["medical_necessity"])


# (stem, condition, kind, issuer, service, date style, money style, appeal wording, claim, child, plan ID shown)
PLAN = [
    ("mh_parity_disclosure_response_bd_adolescent", "born_digital", "loc", "L", "adol", "long", "plain", "until",
     False, True, True),
    ("mh_parity_disclosure_response_bd_sud_claim", "born_digital", "noauth", "O", "sud", "slash", "plain", "within",
     True, False, False),
    ("mh_parity_disclosure_response_scan_eating", "scan_clean_300", "mednec", "L", "ed", "dmy", "nosign", "external",
     False, False, False),
    ("mh_parity_disclosure_response_copy_claim", "photocopy", "loc", "L", "sud", "iso", "usd", "until", True, False,
     True),
    ("mh_parity_disclosure_response_rot_adolescent", "rotated", "mednec", "O", "adol", "abbr", "plain", "within",
     False, True, False),
    ("mh_parity_disclosure_response_photo_sud", "phone_photo", "loc", "O", "sud", "long", "plain", "external", False,
     False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, iss, svc, ds, ms, dl, claim, child, planid) in enumerate(PLAN):
        r = random.Random(63500 + i)
        f = facts(r, kind, iss, svc, ds, ms, dl, claim, child, planid)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, the parity response, then the original denial it restates (same member)
    r = random.Random(63590)
    f = facts(r, "loc", "L", "adol", "slash", "plain", "within", False, True, False)
    items.append(Item("mh_parity_disclosure_response_faxf_stack", "fax_fine_g4",
                      [(build(f), make_truth(f)), (build_denial(f), denial_truth(f))], separators=["cover", None]))
    return items
