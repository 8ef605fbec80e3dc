"""Family 'tpa_spd_excerpt_letter': invented third-party administrators' claim denials for self-funded employer plans.

Two administrators: Brackenridge Claims Administration, Inc. ("BRACKENRIDGE" over "Claims Administration, Inc.",
for the Holloway Forge Manufacturing Co. Employee Health Plan) and Wyvernbrook Benefit Services, LLC (parent line
"Pellinore Risk Partners" above its name, for the Calder Valley School District Health Benefit Plan). The employer
is named as plan sponsor and plan administrator apart from the TPA. Each denial quotes the summary plan description's
wording in a boxed excerpt with an article/section number and SPD revision (decoys). Facts: participant, patient,
participant ID, group, claim number, claim summary (date of service, provider, billed, plan paid), ERISA appeal
rights (180 days, a civil action under section 502(a)). Kinds: cosmetic exclusion, experimental treatment, late
filing, a dependent over the age limit, the exclusion in plain words, and a letter reversing an earlier denial.
A standard-mode fax stack holds a cover sheet, a denial and the later reversal of it.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw2 import address, days, fdate, iso, m2, mixed, money, npi, person, phone, span, staff, usd

FAMILY = "tpa_spd_excerpt_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TPA = {"B": "Brackenridge Claims Administration, Inc.", "W": "Wyvernbrook Benefit Services, LLC"}
PLAN_NAME = {"B": "Holloway Forge Manufacturing Co. Employee Health Plan",
             "W": "Calder Valley School District Health Benefit Plan"}
SPONSOR = {"B": "Holloway Forge Manufacturing Co.", "W": "Calder Valley School District"}
PROVIDERS = ["Dr. Perpetua Gallimore", "Dr. Augustin Ravenscroft", "Dr. Millicent Oakeshott"]
CLINIC = ["Fernhollow Dermatology & Laser", "Ridgemoor Orthopaedic Institute", "Linthwaite Family Medicine"]
# kind: (denial type, accepted alternates, SPD section, excerpt, service)
KINDS = {
    "cosmetic": ("not_covered", ["other"], "Article VII, Section 7.04(k)",
                 "Cosmetic services. The Plan does not cover services or supplies whose main purpose is to improve "
                 "appearance, including laser skin resurfacing and removal of benign lesions for appearance, unless "
                 "needed to correct a functional impairment.", "Laser resurfacing, face (CPT 15781)"),
    "exp": ("experimental", ["not_covered"], "Article VII, Section 7.04(e)",
            "Experimental or investigational. Excluded are treatments, devices and drugs not yet proven safe and "
            "effective by published peer-reviewed evidence, or still under study in a clinical trial, as determined "
            "by the Plan Administrator.", "Platelet-rich plasma injection, knee (CPT 0232T)"),
    "late": ("timely_filing", ["other"], "Article IX, Section 9.02",
             "Filing limit. A claim must be submitted to the Claims Administrator within 365 days after the date the "
             "service was provided. Claims received after this limit will not be paid.",
             "Office visit, established patient (CPT 99214)"),
    "age": ("eligibility", ["not_covered"], "Article III, Section 3.01(c)",
            "Eligible dependents. A child of the Participant is eligible until the end of the month in which the "
            "child reaches age 26.", "Office visit, new patient (CPT 99203)"),
    "plain": ("not_covered", ["other"], "Article VII, Section 7.04(s)",
              "Weight reduction programs. The Plan does not pay for programs, coaching or supplies for weight loss, "
              "even when recommended by a physician.", "Nutrition counseling, 4 sessions (CPT 97802)"),
    "reverse": (None, [], "Article VII, Section 7.04(e)", "", "Platelet-rich plasma injection, knee (CPT 0232T)"),
}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "B":
        d.text_line("BRACKENRIDGE", 19, "B", h=7.5)
        d.text_line("Claims Administration, Inc.", 11.5, h=6)
    else:
        d.text_line("Pellinore Risk Partners", 8, h=4.2)
        d.text_line(TPA["W"], 13.5, "B", h=7)
    d.text_line(f"Third-party administrator  |  PO Box {f['box']}  |  {f['ph']}", 8.2, h=4.6)
    d.rule(0.6, 4)


def rows(f: dict) -> list[tuple[str, str]]:
    b = f["ins"] == "B"
    out = [("Plan" if b else "Plan name", PLAN_NAME[f["ins"]]),
           ("Plan sponsor" if b else "Employer / plan sponsor", SPONSOR[f["ins"]]),
           ("Participant" if b else "Employee", f["sub"]), ("Patient", f["member"]),
           ("Participant ID" if b else "Employee ID no.", f["mid"]), ("Group" if b else "Group no.", f["grp"]),
           ("Claim number" if b else "Claim #", f["claim"])]
    if f["kind"] == "reverse":
        out.append(("Earlier letter", f"{f['fd'](f['prior'])} (claim {f['claim']})"))
    return out


def claim_table(d: Letter, f: dict) -> None:
    paid = usd(f["paidamt"], f["ms"]) if f["kind"] == "reverse" else usd(0, f["ms"])
    d.table(["Date(s) of service", "Provider", "Service", "Billed", "Plan paid"],
            [[f["dos"], f["doc"].replace("Dr. ", ""), KINDS[f["kind"]][4].split(" (")[0], usd(f["billed"], f["ms"]),
              paid]], [41, 38, 55, 24, 18], size=7.8, aligns="LLLRR")


def reason(f: dict) -> list[str]:
    k, svc = f["kind"], KINDS[f["kind"]][4].split(" (")[0].lower()
    if k == "cosmetic":
        return [f"The claim for {svc} is denied. The records show it was done to improve appearance; the plan "
                "excludes cosmetic services (see the excerpt below)."]
    if k == "exp":
        return [f"The claim for {svc} is denied. The plan considers this treatment experimental or investigational "
                "for knee osteoarthritis."]
    if k == "late":
        return [f"We received this claim on {f['fd'](f['recv'])}, more than 365 days after the visit. The plan's "
                "timely filing limit has passed, so the claim cannot be paid."]
    if k == "age":
        return [f"Our enrollment records show that {f['member']} turned 26 before the date of service, and coverage "
                "as a dependent ended at the end of that month. The patient was not eligible on the date of service."]
    if k == "plain":
        return ["Your employer's plan was written so that it does not pay for help losing weight, and the counseling "
                f"visits {span(f['svc'], f['end'], 'long')} were for that. We cannot pay them."]
    return [f"On review of the records your doctor sent, the plan reverses its letter of {f['fd'](f['prior'])}. "
            f"The claim has been reprocessed and paid: {usd(f['paidamt'], f['ms'])} was sent to "
            f"{f['doc']} on {f['fd'](days(f['notice'], 2))}. Nothing is denied on this claim."]


def boxed(d: Letter, f: dict) -> None:
    _, _, sect, text, _ = KINDS[f["kind"]]
    d.text_line(f"From the Summary Plan Description ({f['spd']}), {sect}:", 8.8, "B", h=5.2)
    y = d.get_y()
    d.set_x(d.l_margin + 3)
    d.font(8.6)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 6, 4.3, f"\u201c{text}\u201d", new_x="LMARGIN", new_y="NEXT")
    d.rect(d.l_margin, y - 1.5, d.w - d.l_margin - d.r_margin, d.get_y() - y + 3)
    d.ln(4)


def rights(d: Letter, f: dict) -> None:
    d.text_line("Your right to appeal (ERISA)", 10, "B", h=6)
    t = {"letter": "You may file a written appeal within 180 days of the date of this letter.",
         "date": f"Your written appeal must be received by {f['fd'](f['dl'])}.",
         "recv": "You may file a written appeal within 180 days after you receive this notice."}[f["app"]]
    d.para(f"{t} Send it to {TPA[f['ins']]}, Appeals Unit, PO Box {f['box']}. You may ask for copies of all "
           "documents relevant to your claim, free of charge. The plan sponsor decides appeals within 60 days. If "
           "the appeal is denied you have the right to bring a civil action under section 502(a) of ERISA.", 8.8)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    title = "Claim reconsidered: denial reversed" if f["kind"] == "reverse" else "Explanation of claim denial"
    d.text_line(title, 12.5, "B", h=7)
    for k, v in rows(f):
        d.set_font("DejaVu", "B", 8.6)
        d.cell(48, 5.1, k)
        d.set_font("DejaVu", "", 9.1)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    claim_table(d, f)
    for p in reason(f):
        d.para(p, 9.3)
    if f["kind"] != "reverse":
        boxed(d, f)
        rights(d, f)
    d.para(f"{TPA[f['ins']]} provides claims administration services for the {PLAN_NAME[f['ins']]}, a self-funded "
           f"plan. {SPONSOR[f['ins']]} is the plan sponsor and pays the benefits; the administrator does not insure "
           "them.", 7.8)
    d.text_line(f"{f['signer']}, Claims Examiner", 8.8, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, dep: bool, spanned: bool) -> dict:
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 200))
    svc = days(notice, -r.randint(400, 430) if kind == "late" else -r.randint(25, 60))
    end = days(svc, 21) if spanned else svc
    sub = person(r)
    member = person(r, last=sub.split()[-1]) if dep else sub
    return dict(kind=kind, ins=ins, ds=ds, ms=ms, app=app, notice=notice, recv=days(notice, -r.randint(6, 12)),
                svc=svc, end=end, dos=f"{fdate(svc, 'slash')}" + (f"-{fdate(end, 'slash')}" if spanned else ""),
                fd=lambda x: fdate(x, ds), sub=sub, member=member, addr=address(r),
                mid=mixed(r, "HF99999A99" if ins == "B" else "CV-999999-A"), grp=mixed(r, "99A999" if ins == "B"
                                                                                        else "SD-9999"),
                claim=mixed(r, "9999A99999999" if ins == "B" else "WB99-999999A"), billed=money(r, 380, 4200),
                paidamt=0.0, doc=r.choice(PROVIDERS), npi=npi(r), prior=days(notice, -r.randint(40, 70)),
                spd=f"SPD rev. {r.choice(['01/2025', '07/2024'])}", dl=days(notice, 180), ph=phone(r),
                box=r.randint(41000, 49999), signer=staff(r),
                form="BCA-ERISA-DN 2/26" if ins == "B" else f"WBS-{r.randint(5000, 5999)}")


def make_truth(f: dict) -> dict:
    den, dalts = KINDS[f["kind"]][:2]
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    alts: dict = {"insurer": [PLAN_NAME[f["ins"]], SPONSOR[f["ins"]]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    if f["end"] != f["svc"]:
        alts["service_dates"] = [[iso(f["svc"])]]
    return truth("other" if den is None else "denial_letter", den, insurer=TPA[f["ins"]], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["svc"], f["end"])], denial_date=iso(f["notice"]),
                 provider=f["doc"].split(" ", 1)[1], appeal_deadline=None if den is None else dl, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kind, tpa, date style, money style, appeal wording, dependent patient, span of service)
PLAN = [
    ("tpa_spd_excerpt_letter_bd_cosmetic_exclusion", "born_digital", "cosmetic", "B", "long", "plain", "letter",
     False, False),
    ("tpa_spd_excerpt_letter_bd_dependent_over_age", "born_digital", "age", "W", "iso", "nosign", "date", True, False),
    ("tpa_spd_excerpt_letter_scan_timely_filing", "scan_clean_300", "late", "B", "slash", "plain", "recv", False,
     False),
    ("tpa_spd_excerpt_letter_copy_plain_words_weight", "photocopy", "plain", "W", "abbr", "usd", "letter", True,
     True),
    ("tpa_spd_excerpt_letter_rot_experimental", "rotated", "exp", "W", "dmy", "plain", "date", False, False),
    ("tpa_spd_excerpt_letter_photo_cosmetic_dependent", "phone_photo", "cosmetic", "W", "long", "plain", "letter",
     True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, dep, spanned) in enumerate(PLAN):
        r = random.Random(91300 + i)
        f = facts(r, kind, ins, ds, ms, app, dep, spanned)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, an experimental-treatment denial, then its reversal
    r = random.Random(91399)
    f = facts(r, "exp", "B", "slash", "plain", "letter", False, False)
    g = dict(f, kind="reverse", prior=f["notice"], notice=days(f["notice"], r.randint(35, 55)),
             paidamt=round(f["billed"] * 0.8, 2))
    items.append(Item("tpa_spd_excerpt_letter_faxs_stack_denial_then_reversal", "fax_standard_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
