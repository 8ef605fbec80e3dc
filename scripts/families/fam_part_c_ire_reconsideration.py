"""Family 'part_c_ire_reconsideration': decisions of an invented Medicare Part C independent review entity (IRE).

Mirrors the structure of the reconsideration decision letter the Part C IRE sends after a Medicare Advantage plan
upholds its own denial and forwards the case (headings, RE block, "our decision" line, reasons, the right to an
Administrative Law Judge hearing when the amount in controversy is met), in our own words. Two invented IREs (a
two-line letterhead, and a parent-company line above the name) review cases from two invented MA plans that are named
apart from the IRE; the enrollee, appeal number, plan case number and, for payment cases, the claim. Decisions:
unfavorable (out-of-network surgery, SNF admission where home health will do, investigational device, dental implant
outside the plan's benefits, care after the enrollment ended), partially favorable (physical therapy visits) and one
fully favorable. Decoys: the amount in controversy, the date the IRE got the case, the plan's decision date, the
form number and document control number, the 72-hour effectuation time on the favorable one.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo3 import address, days, fdate, iso, local_phone, m2, mixed, money, person, phone, span, staff, usd

FAMILY = "part_c_ire_reconsideration"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
IRE = {"C": "Corvale Federal Review Services", "A": "Ashgrove Independent Appeals, LLC"}
PLANS = {"T": ("Thistlegate Health Plan", "Thistlegate Medicare Select (HMO)", "H5521-004"),
         "Q": ("Quillon Bay Health, Inc.", "Quillon Bay Advantage Plus (PPO)", "H8830-012")}
# kind: (denial type, accepted alternates, payment case?)
KINDS = {"oon": ("out_of_network", ["not_covered"], False), "snf": ("level_of_care", ["medical_necessity"], False),
         "pt": ("medical_necessity", [], True), "device": ("experimental", ["medical_necessity", "not_covered"], True),
         "implant": ("not_covered", ["other"], True), "disenrolled": ("eligibility", ["other"], True),
         "fav": (None, [], False)}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ire"] == "C":
        d.text_line("CORVALE FEDERAL", 16, "B", h=7)
        d.text_line("Review Services", 12, "B", h=6)
        d.text_line("Medicare Advantage Reconsideration Unit  |  PO Box 40917, Marquette, MI 49856", 8.5, h=4.5)
    else:
        d.text_line("A Halberd Analytics company", 8, h=4.2)
        d.text_line("Ashgrove Independent Appeals, LLC", 15, "B", h=7)
        d.text_line("Part C Independent Review Entity  |  2210 Sedge Street, Paducah, KY 42003", 8.5, h=4.5)
    d.text_line(f"Phone {f['ph']}   TTY 711   Fax {f['fax']}", 8.5, h=4.5)
    d.rule(0.6, 4)


def re_block(d: Letter, f: dict) -> None:
    fd, alt = f["fd"], f["labels"] == 2
    plan, product, contract = PLANS[f["plan"]]
    rows = [("IRE appeal number" if not alt else "Appeal No.", f["appeal"]),
            ("Enrollee" if not alt else "Beneficiary", f["pat"]),
            ("Medicare Number" if not alt else "MBI", f["mbi"])]
    if f["pmid"]:
        rows.append(("Plan member ID" if not alt else "Member ID (plan)", f["pmid"]))
    rows += [("Medicare health plan" if not alt else "MA organization", f"{product}, {plan}"),
             ("Contract/Plan" if not alt else "Contract-PBP", contract),
             ("Plan reconsideration no." if not alt else "Plan case #", f["plancase"])]
    if f["claim"]:
        rows.append(("Claim number" if not alt else "Claim #", f["claim"]))
    rows += [("Type of case", "Payment" if KINDS[f["kind"]][2] else "Pre-service (standard)"),
             ("Service or item", f["service"]), ("Provider", f["prov"])]
    if f["show_dates"]:
        rows.append(("Date(s) of service", f["dates_txt"]))
    if f["billed"]:
        rows.append(("Amount billed", usd(f["billed"], f["ms"])))
    rows.append(("Case received by IRE" if not alt else "Date we got your case", fd(f["recv"])))
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(48, 5.2, k + ":")
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    fd, plan = f["fd"], PLANS[f["plan"]][0]
    return {
        "oon": f"Your plan is an HMO. It covers care from providers outside its network only for emergencies, urgent "
               f"care away from home, dialysis away from the service area, or when no network provider can give the "
               f"care. {f['prov']} asked to do the surgery at {f['hosp']}, which has no contract with {plan}. The "
               f"records show two surgeons in the plan's network who perform this operation within 40 miles of your "
               f"home. Because the care is available in network, the plan does not have to cover it out of network.",
        "snf": f"Medicare covers a stay in a skilled nursing facility only when you need skilled nursing or therapy "
               f"every day that, as a practical matter, can only be given in a facility. The hospital notes show you "
               f"walk 150 feet with a cane and need help only with bathing. The therapy you need can be given at "
               f"home by a home health agency, so the setting asked for is more than your condition requires. We "
               f"agree with the plan that you do not need care at the level of a skilled nursing facility.",
        "pt": "The therapist's notes show steady progress through the third week. After that the notes show no "
              "change in your walking distance, balance scores or pain, and the exercises were ones you can do on "
              "your own. Visits after that point were not reasonable and necessary under Medicare rules, so they "
              "are not covered. The earlier visits are covered.",
        "device": "The device used is being studied in clinical trials for this condition and has not been shown to "
                  "improve health outcomes. Medicare does not cover items that are experimental or investigational, "
                  "and your plan follows the same rule. The claim was not for a covered clinical trial.",
        "implant": f"Your plan's supplemental dental benefit covers two exams, two cleanings and x-rays each year. "
                   f"Dental implants are not listed among the covered dental services in Chapter 4 of your 2026 "
                   f"Evidence of Coverage, and Original Medicare does not cover them. The plan correctly denied payment.",
        "disenrolled": f"Your enrollment in {plan} ended on {fd(f['enr_end'])} when you joined a different plan. The "
                       f"service was given after that date, so {plan} is not responsible for it. The provider may "
                       "bill the plan you were enrolled in on the date of service.",
        "fav": "The records show you cannot safely move from bed to chair or use the toilet without help, and you "
               "need daily wound care that only a nurse can give. These needs meet Medicare's rules for home health "
               "skilled nursing visits, so the plan must cover them.",
    }[f["kind"]]


def decision_line(f: dict) -> tuple[str, str]:
    if f["kind"] == "fav":
        return "FULLY FAVORABLE", "We disagree with your plan's decision. Your plan must cover the care you asked for."
    if f["kind"] == "pt":
        return ("PARTIALLY FAVORABLE", "We agree with part of your plan's decision and disagree with part of it. "
                "The table below shows which visits are covered.")
    return "UNFAVORABLE", "We agree with your plan's decision. The plan does not have to cover or pay for this service."


def hearing(d: Letter, f: dict) -> None:
    fd = f["fd"]
    d.text_line("If you disagree with our decision", 10.5, "B", h=6)
    if f["dl"] == "printed":
        when = (f"Your written request must reach the Office of Medicare Hearings and Appeals (OMHA) by "
                f"{fd(days(f['notice'], 65))}.")
    else:
        when = ("You must file your request within 60 days after you receive this letter. We assume you received it "
                "5 days after the date at the top, unless you show that you got it later.")
    d.para("You may ask for a hearing before an Administrative Law Judge (ALJ). " + when + " Send the request to "
           "OMHA Central Operations, not to us or to your plan. You can use form OMHA-100 or write a letter with your "
           "name, Medicare Number and our appeal number.", 9.2)
    d.para(f"Amount in controversy: a hearing is held only if the value of the services still in dispute meets the "
           f"yearly minimum that Medicare sets. We estimate the amount in controversy in your case at "
           f"{usd(f['aic'], 'plain')}, which meets that minimum. The ALJ will decide the amount if it is questioned.",
           9.2)


def build(f: dict) -> bytes:
    d = Letter(f"Form IRE-PC-{f['form']} (rev. 02/26)   DCN {f['dcn']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], f["ds"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    d.text_line("Notice of Reconsideration Decision - Medicare Part C" if f["ire"] == "C" else
                "RECONSIDERATION DECISION (MEDICARE HEALTH PLAN APPEAL)", 12, "B", h=7)
    d.ln(1)
    re_block(d, f)
    plan, product, _ = PLANS[f["plan"]]
    first = f["pat"].split()[0]
    ask = "pay for" if KINDS[f["kind"]][2] else "cover"
    d.para(f"Dear {first} {f['pat'].split()[-1]}:", 9.5)
    d.para(f"{IRE[f['ire']]} is the independent review entity that the Centers for Medicare & Medicaid Services "
           f"contracts with to review decisions of Medicare health plans. We are not part of your plan. {plan} "
           f"decided on {f['fd'](f['plandec'])} not to {ask} {f['what']}. When a plan does not fully agree with an "
           "enrollee's appeal, Medicare rules require it to send the case to us. We looked at your file and made a "
           "new decision.", 9.3)
    word, sub = decision_line(f)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 7, f"Our decision: {word}", border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(sub, 9.3)
    if f["kind"] == "pt":
        rows = [[fdate(v, "slash"), "97110", usd(a, "nosign"), "Covered" if ok else "Not covered"]
                for v, a, ok in f["visits"]]
        rows.append(["*Total billed", "", usd(f["billed"], "nosign"), ""])
        d.table(["Date of service", "Code", "Billed", "Our decision"], rows, [38, 24, 30, 40], size=8.8, aligns="LLRL")
    d.text_line("Why we decided this way", 10.5, "B", h=6)
    d.para(reason(f), 9.3)
    d.text_line("What we looked at", 10.5, "B", h=6)
    d.para(f"Your plan's case file (received {f['fd'](f['recv'])}), the plan's decision letter, records from "
           f"{f['prov']}, your Evidence of Coverage, and Medicare coverage rules (42 CFR Part 422, Subpart M).", 9.2)
    if f["kind"] == "fav":
        d.text_line("What happens next", 10.5, "B", h=6)
        d.para(f"Your plan must authorize the visits within 72 hours of receiving our decision. You do not need to do "
               f"anything. Questions: call us at {f['ph']}.", 9.3)
    else:
        hearing(d, f)
    d.para(f"Questions? Call {f['ph']} (TTY 711). You may also call 1-800-MEDICARE.", 9.2)
    d.text_line(f"{f['signer']}, Medical Appeals Reviewer", 9, h=5)
    d.text_line(IRE[f["ire"]], 9, h=5)
    d.text_line(f"cc: {plan}, Appeals Department; {f['prov']}", 8.5, h=5)
    return pdf_bytes(d)


SERV = {"oon": ("laparoscopic hernia repair", "Dr. Ignatius Holloway-Brent"),
        "snf": ("skilled nursing facility admission", "Fernbrake Skilled Nursing and Rehabilitation"),
        "pt": ("outpatient physical therapy", "Stonechat Physical Therapy"),
        "device": ("implanted occipital nerve stimulator", "Dr. Rosalind Achterberg"),
        "implant": ("dental implant, lower left molar", "Bellcote Family Dentistry"),
        "disenrolled": ("cardiology office visit and echocardiogram", "Marram Heart Associates"),
        "fav": ("home health skilled nursing visits", "Kingcup Home Health Agency")}


def facts(r: random.Random, kind: str, ire: str, plan: str, ds: str, ms: str, dl: str, labels: int,
          pmid: bool) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    service, prov = SERV[kind]
    pay = KINDS[kind][2]
    f = dict(kind=kind, ire=ire, plan=plan, ds=ds, ms=ms, dl=dl, labels=labels, notice=notice,
             fd=lambda x: fdate(x, ds), pat=person(r), addr=address(r), service=service, prov=prov,
             appeal=mixed(r, "9-99999999A" if ire == "C" else "PC26-999999-A"),
             mbi=mixed(r, "9AA9-AA9-AA99") if r.random() < 0.6 else mixed(r, "9AA9AA9AA99"),
             pmid=mixed(r, "T9999999901" if plan == "T" else "QBA99999999") if pmid else None,
             plancase=mixed(r, "REC-9999-99999" if plan == "T" else "QB99A99999"),
             claim=mixed(r, "99999A9999999") if pay else None, ph=phone(r), fax=local_phone(r),
             recv=days(notice, -r.randint(18, 30)), form=str(r.randint(10, 40)), dcn=mixed(r, "AA999999999"),
             signer=staff(r), hosp="Harrowgate Surgical Hospital")
    f["plandec"] = days(f["recv"], -r.randint(1, 4))
    start = days(f["plandec"], -r.randint(20, 60)) if pay else days(notice, r.randint(7, 20))
    f["start"], f["end"], f["enr_end"] = start, start, days(start, -r.randint(5, 25))
    f["billed"], f["visits"], f["show_dates"] = None, None, True
    if kind == "pt":
        vis = [days(start, 3 * i + (i // 2)) for i in range(8)]
        amts = [money(r, 120, 190) for _ in vis]
        f["visits"] = [(v, a, i < 5) for i, (v, a) in enumerate(zip(vis, amts))]
        f["billed"] = round(sum(amts), 2)
        f["dates_txt"] = f"{fdate(vis[0], ds)} - {fdate(vis[-1], ds)}"
        f["what"] = f"physical therapy visits from {fdate(vis[0], ds)} through {fdate(vis[-1], ds)}"
    elif pay:
        f["billed"] = money(r, 900, 14000) if kind != "disenrolled" else money(r, 420, 1300)
        f["dates_txt"] = f["fd"](start)
        f["what"] = f"the claim for the {service} you received on {f['fd'](start)}"
    elif kind == "snf":
        f["end"] = days(start, 19)
        f["dates_txt"] = f"{f['fd'](start)} (planned admission)"
        f["what"] = (f"your admission to {prov} on {f['fd'](start)} (a stay requested "
                     f"{span(start, f['end'], ds)})")
        f["show_dates"] = r.random() < 0.5
    elif kind == "fav":
        f["end"] = days(start, 27)
        f["dates_txt"] = f"{f['fd'](start)} - {f['fd'](f['end'])}"
        f["what"] = f"home health skilled nursing visits {span(start, f['end'], ds)}"
    else:
        f["dates_txt"] = f"{f['fd'](start)} (planned)"
        f["what"] = f"the {service} planned for {f['fd'](start)} at {f['hosp']}"
    base = f["billed"] or money(r, 2500, 9000)
    if kind == "pt":
        base = sum(a for _, a, ok in f["visits"] if not ok)
    f["aic"] = round(base * r.uniform(0.45, 0.8), 2)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts, pay = KINDS[f["kind"]]
    plan, product, contract = PLANS[f["plan"]]
    cases = [f["appeal"], f["plancase"]] + ([f["claim"]] if f["claim"] else [])
    alts: dict = {"insurer": [plan, product, "Medicare"], "plan_id": [None],
                  "case_numbers": [[f["appeal"]], [f["appeal"], f["plancase"]]]}
    if f["pmid"]:
        alts["member_id"] = [f["mbi"]]
    if f["kind"] == "oon":
        alts["provider"] = [f["hosp"]]
    if f["kind"] == "pt":
        dates = [iso(v) for v, _, ok in f["visits"] if not ok]
        alts["service_dates"] = [[iso(v) for v, _, _ in f["visits"]]]
        alts["claim_amount"] = [m2(sum(a for _, a, ok in f["visits"] if not ok))]
    elif f["kind"] in ("snf",):
        dates = [iso(f["start"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    elif f["kind"] == "fav":
        dates = [iso(f["start"], f["end"])]
        alts["service_dates"] = [[iso(f["start"])], []]
    else:
        dates = [iso(f["start"])]
    common = dict(insurer=IRE[f["ire"]], plan_id=contract, member_id=f["pmid"] or f["mbi"], member_name=f["pat"],
                  case_numbers=cases, claim_amount=m2(f["billed"]) if f["billed"] else None, service_dates=dates,
                  denial_date=iso(f["notice"]), provider=f["prov"])
    if denial is None:
        return truth("other", None, alternates=alts, **common)
    if f["dl"] == "printed":
        deadline = iso(days(f["notice"], 65))
    else:
        deadline = None
        alts["appeal_deadline"] = [iso(days(f["notice"], 60)), iso(days(f["notice"], 65))]
    return truth("denial_letter", denial, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, IRE, plan, date style, money style, deadline wording, label set, plan member ID shown)
PLAN = [
    ("part_c_ire_reconsideration_bd_oon_surgery", "born_digital", "oon", "C", "T", "long", "plain", "receive", 1, True),
    ("part_c_ire_reconsideration_bd_favorable", "born_digital", "fav", "A", "Q", "slash", "plain", "receive", 2, False),
    ("part_c_ire_reconsideration_scan_snf_level", "scan_clean_300", "snf", "A", "T", "long", "plain", "printed", 2, True),
    ("part_c_ire_reconsideration_lowres_pt_partial", "scan_lowres_150", "pt", "C", "Q", "slash", "nosign", "receive", 1,
     False),
    ("part_c_ire_reconsideration_copy_device", "photocopy", "device", "A", "Q", "dmy", "usd", "receive", 1, True),
    ("part_c_ire_reconsideration_photo_implant", "phone_photo", "implant", "C", "T", "iso", "plain", "printed", 2,
     False),
    ("part_c_ire_reconsideration_rot_disenrolled", "rotated", "disenrolled", "C", "Q", "abbr", "nosign", "receive", 2,
     True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ire, plan, ds, ms, dl, labels, pmid) in enumerate(PLAN):
        r = random.Random(61300 + i)
        f = facts(r, kind, ire, plan, ds, ms, dl, labels, pmid)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
