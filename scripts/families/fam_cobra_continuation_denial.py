"""Family 'cobra_continuation_denial': an invented employer plan administrator's letters about COBRA continuation
coverage and the claims it denied once that coverage had ended.

Issuer: Thornbury Benefit Services, the plan administrator of an employer's self-funded group health plan ("THORNBURY"
over "Benefit Services, LLC", or the full name under a parent line "KESTREL HOLDINGS GROUP"). Letters deny claims
because continuation coverage ended (premium paid after the grace period, no election made in the 60-day window, the
18-month maximum reached), one claim filed too late during coverage, one claim held for the other group plan that pays
first; an EOB lists three claims of which only one (after the termination date) is denied; a confirmation of
continuation coverage denies nothing. Decoys: qualifying event date, coverage period, monthly premium and its due and
grace dates, payment received date, check number, election notice date, form and document control numbers, an example
premium in an insert, the printed date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp1 import address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "cobra_continuation_denial"
LANG = "en"
INS = "Thornbury Benefit Services, LLC"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EMPLOYERS = ["Galloway Precision Tooling, Inc.", "Marchbank Cold Storage Company", "Hollins Ferry Printworks, Inc."]
PROVIDERS = ["Eastmoor Family Medicine", "Dr. Cordelia Vantongeren, MD", "Saint Brannoc Regional Hospital",
             "Riverbend Imaging Associates", "Dr. Ignatius Falkenrath, DO", "Wrenfield Physical Therapy"]
SERVICES = [("99214", "Office visit"), ("73721", "MRI knee without contrast"), ("80061", "Lipid panel"),
            ("97110", "Therapeutic exercise"), ("71046", "Chest X-ray, 2 views")]
KINDS = {"late_premium": ("eligibility", ["other"]), "no_election": ("eligibility", ["other"]),
         "eob": ("eligibility", ["other"]), "max_period": ("eligibility", []), "late_claim": ("timely_filing", []),
         "cob": ("other", ["eligibility"]), "confirm": (None, [])}
LABELS = [dict(qb="Qualified beneficiary", mid="Participant ID", plan="Plan number", grp="Group no.",
               claim="Claim number", prov="Provider"),
          dict(qb="Patient", mid="COBRA ID", plan="ERISA plan no.", grp="Group", claim="Claim #",
               prov="Rendering provider"),
          dict(qb="Covered person", mid="Member ID", plan="Plan #", grp="Employer group", claim="Claim reference",
               prov="Treating provider")]


class Letter(Doc):
    def __init__(self, foot: str, font: str = "DejaVu"):
        super().__init__(font, footer=foot, margins=(19, 15, 19))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["split"]:
        d.set_font(d.base_font, "B", 19)
        d.cell(110, 8, "THORNBURY", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "", 10.5)
        d.cell(110, 5, "Benefit Services, LLC", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(d.base_font, "", 7.5)
        d.cell(110, 4, "KESTREL HOLDINGS GROUP", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "B", 14)
        d.cell(110, 8, INS, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(124, y0)
    d.set_font(d.base_font, "", 7.6)
    d.multi_cell(0, 3.8, f"COBRA Administration Unit\nPO Box 40318, Appleton, WI 54912\nBenefits line {f['ph']}\n"
                 f"Fax {f['fax']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 4)


def block(d: Letter, f: dict) -> None:
    lb = f["lb"]
    rows = [("Employer plan", f"{f['emp']} Group Health Plan"), (lb["plan"], f["planno"]), (lb["grp"], f["group"]),
            (lb["qb"], f["pat"]), (lb["mid"], f["mid"]),
            ("Qualifying event", f"{f['event']} on {f['fd'](f['qe'])}")]
    if f["kind"] != "confirm":
        rows += [(lb["claim"], f["claim"]), (lb["prov"], f["prov"]), ("Provider NPI", f["npi"])]
    for k, v in rows:
        d.set_font(d.base_font, "B", 8.8)
        d.cell(46, 5, k + ":")
        d.set_font(d.base_font, "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    fd = f["fd"]
    span = f"from {fd(f['dos'])} through {fd(f['dend'])}"
    return {
        "late_premium": f"Your continuation coverage was paid through {fd(f['paid_thru'])}. The premium of "
                        f"{usd(f['prem'])} for the next month was due on {fd(days(f['paid_thru'], 1))}, and the "
                        f"30-day grace period ended on {fd(days(f['paid_thru'], 30))}. We received your payment "
                        f"(check no. {f['check']}) on {fd(f['rcv'])}, after the grace period, so we returned it and "
                        f"your COBRA coverage ended on {fd(f['paid_thru'])}. The services on this claim were given "
                        "after that date, when you had no coverage under the plan, and the claim is denied.",
        "no_election": f"Your election notice was mailed on {fd(f['elect'])}. To continue coverage you had to "
                       "return the election form within 60 days of that notice. We have no record of an election "
                       "from you or anyone in your family, so continuation coverage was never in force. The claim "
                       f"for the hospital services {span} was received after your active coverage ended on "
                       f"{fd(f['qe'])} and has been denied because you were not covered when the services were "
                       "given.",
        "max_period": f"Continuation coverage after a {f['event'].lower()} lasts up to 18 months. Your maximum "
                      f"coverage period began on {fd(days(f['qe'], 1))} and ended on {fd(f['maxend'])}. The "
                      "services on this claim were given after the end of that period, so the plan cannot pay. "
                      "Coverage ended because the maximum period ran out, not because of a missed payment.",
        "late_claim": f"Your continuation coverage was in force on the date of service. But the plan requires "
                      f"claims to be filed within 12 months of the date of service, and this claim reached us on "
                      f"{fd(f['rcv'])}, more than 12 months later. Claims filed after the plan's time limit "
                      "are not payable.",
        "cob": "Our records show you are also covered by another employer's group health plan, which you joined "
               f"after your COBRA election. That plan pays first for your care. We have put this claim on hold and "
               "denied it for now; send us the other plan's Explanation of Benefits and we will look at what is "
               "left to pay.",
    }[f["kind"]]


def deadline_text(f: dict) -> str:
    return {"within": f"within {f['n']} days of the date of this letter",
            "by": f"no later than {f['fd'](days(f['notice'], f['n']))}",
            "receive": f"within {f['n']} days after you receive this notice"}[f["dl"]]


def build_letter(f: dict) -> bytes:
    d = Letter(f"Form TBS-CB-{f['form']}  DCN {f['docno']}  Page {{p}} of {{n}}", f["font"])
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{f['datelabel']}: {f['fd'](f['notice'])}", 9.5)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.5)
    d.ln(4)
    d.text_line(f["title"], 12.5, "B", h=7)
    d.ln(1)
    block(d, f)
    if f["kind"] == "confirm":
        return confirm_body(d, f)
    d.table(["Date of service", "Code", "Service", "Amount billed"],
            [[f["fd"](x["dos"]), x["code"], x["desc"], usd(x["billed"], "nosign")] for x in f["lines"]]
            + [["*Total billed", "", "", usd(f["total"], f["ms"])]], [36, 18, 86, 32], size=8.2, aligns="LLLR")
    d.text_line("Why the claim was denied", 10.5, "B", h=6)
    d.para(reason(f), 9.2)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(f"You may appeal this decision {deadline_text(f)}. Write to {INS}, Claim Appeals, PO Box 40319, "
           f"Appleton, WI 54912, or fax {f['fax']}. Include this letter and any papers that show your coverage was "
           "in force. If your appeal is denied you may have the right to bring a civil action under section 502(a) "
           "of ERISA.", 8.8)
    d.para(f"Printed {fd_print(f)}. Premium example in the enclosed guide: a monthly premium of $612.40 is paid with "
           "the 2% administration fee included. Guide reference no. TBS-G-2291.", 7.8)
    return pdf_bytes(d)


def fd_print(f: dict) -> str:
    return f["fd"](days(f["notice"], -2))


def confirm_body(d: Letter, f: dict) -> bytes:
    fd = f["fd"]
    d.para(f"We received your election form on {fd(f['elect'])} and your first premium payment of "
           f"{usd(f['prem'])} on {fd(f['rcv'])}. Your continuation coverage is confirmed.", 9.4)
    d.table(["Coverage item", "Detail"],
            [["Coverage starts", fd(days(f["qe"], 1))], ["Maximum coverage end", fd(f["maxend"])],
             ["Coverage tier", "Employee + spouse"], ["Monthly premium", usd(f["prem"])],
             ["Premium due", "1st of each month (30-day grace period)"]], [60, 100], size=8.6)
    d.para("Claims for services on or after the start date will be processed under the plan's usual terms. Nothing "
           "is being denied by this letter. Keep paying each month's premium on time so your coverage stays in "
           "force; coverage ends for good if a payment is late beyond the grace period.", 9.2)
    d.para(f"{INS}, plan administrator for the {f['emp']} Group Health Plan. Printed {fd_print(f)}. "
           f"Questions: call the benefits line {f['ph']}.", 7.8)
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    d = Letter(f"Statement no. {f['docno']}  Page {{p}} of {{n}}", "Helvetica")
    d.add_page()
    letterhead(d, f)
    fd, lb = f["fd"], f["lb"]
    d.text_line("Explanation of Benefits (COBRA continuation)", 12.5, "B", h=7)
    d.para(f"Statement date: {fd(f['notice'])}    {lb['qb']}: {f['pat']}    {lb['mid']}: {f['mid']}    "
           f"{lb['grp']}: {f['group']}    {lb['plan']}: {f['planno']}", 8.6)
    d.para(f"Continuation coverage paid through {fd(f['paid_thru'])}; qualifying event {fd(f['qe'])}.", 8.3)
    rows = []
    for c in f["eob_claims"]:
        denied = c["claim"] == f["claim"]
        allowed = 0.0 if denied else round(c["billed"] * 0.58, 2)
        paid = round(allowed * 0.8, 2)
        rows.append([c["claim"], fd(c["dos"]), c["prov"], m2(c["billed"]), m2(allowed), m2(paid),
                     m2(c["billed"] if denied else round(allowed - paid, 2)), "T7" if denied else "P1"])
    d.table(["Claim", "Service date", "Provider", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [24, 20, 52, 17, 17, 17, 16, 13], size=7.2, aligns="LLLRRRRC")
    d.para("P1  Paid under your continuation coverage.\nT7  Denied: the service was after your COBRA continuation "
           "coverage ended (premium not received within the grace period). You had no coverage on this date.", 8.3)
    d.para(f"To appeal a denied claim, write to us within {f['n']} days of the date of this statement.", 8.5)
    d.para(f"{INS} | Benefits line {f['ph']} | Printed {fd_print(f)}", 8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: int, font: str, split: bool, title: str,
          datelabel: str, ms: str = "plain") -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    qe = days(notice, -r.randint(150, 300))
    dos = days(notice, -r.randint(25, 60))
    if kind == "late_claim":
        dos = days(notice, -r.randint(420, 460))
        qe = days(dos, -r.randint(60, 120))
    if kind == "max_period":
        qe = days(notice, -r.randint(560, 580))
    if kind == "confirm":
        qe = days(notice, -r.randint(40, 55))
    f = dict(kind=kind, dl=dl, lb=LABELS[lab], font=font, split=split, title=title, datelabel=datelabel, ms=ms,
             fd=lambda x: fdate(x, ds), notice=notice, qe=qe, dos=dos, pat=person(r), addr=address(r),
             emp=r.choice(EMPLOYERS), planno=str(r.choice([501, 502, 507, 511])),
             group=mixed(r, r.choice(["GP-99A9", "99A-9999", "TB9999A"])),
             mid=mixed(r, r.choice(["CB9999-99A", "A99A99999", "9A999A999"])),
             claim=mixed(r, r.choice(["26A9999999", "CL-99999-A9", "A9A99999999"])), prov=r.choice(PROVIDERS),
             npi=npi(r), ph=phone(r), fax=local_phone(r), form=str(r.randint(100, 999)), docno=digits(r, 11),
             n=r.choice([180, 180, 60]), prem=money(r, 540, 1900), check=digits(r, 4),
             event=r.choice(["Termination of employment", "Reduction in hours"]))
    f["paid_thru"] = days(dos, -r.randint(8, 20))
    f["rcv"] = days(f["paid_thru"], r.randint(36, 50)) if kind != "late_claim" else days(dos, r.randint(380, 400))
    if kind == "confirm":
        f["rcv"] = days(notice, -r.randint(3, 9))
    f["elect"] = days(qe, r.randint(10, 20))
    f["maxend"] = days(days(qe, 1), 547)
    if kind == "max_period":
        f["dos"] = dos = days(f["maxend"], r.randint(10, 30))
    n = 3 if kind == "no_election" else r.choice([1, 2])
    f["lines"] = [dict(code=c, desc=s, dos=days(dos, i * (2 if kind == "no_election" else 0)),
                       billed=money(r, 90, 2400)) for i, (c, s) in enumerate(r.sample(SERVICES, n))]
    if kind == "no_election":
        f["lines"] = [dict(code=c, desc=s, dos=days(dos, 2 * i), billed=money(r, 900, 6800))
                      for i, (c, s) in enumerate([("0120", "Room and board, semi-private"), ("0250", "Pharmacy"),
                                                  ("0300", "Laboratory")])]
        f["dend"] = days(dos, 6)
    else:
        f["dend"] = dos
    f["total"] = round(sum(x["billed"] for x in f["lines"]), 2)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"insurer": [f"{f['emp']} Group Health Plan"]}
    common = dict(insurer=INS, plan_id=f["planno"], group_number=f["group"], member_id=f["mid"],
                  member_name=f["pat"], denial_date=iso(f["notice"]))
    if f["kind"] == "confirm":
        return truth("other", None, unscored=["provider"], alternates=alts, **common)
    if f["kind"] == "eob":
        return truth("eob", denial, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[iso(f["dos"])], provider=f["prov"], denial_alternates=dalts,
                     appeal_deadline=iso(days(f["notice"], f["n"])), alternates=alts,
                     type_alternates=["denial_letter"], **common)
    deadline = None if f["dl"] == "receive" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    sd = [iso(f["dos"], f["dend"])]
    if f["dend"] != f["dos"]:
        alts["service_dates"] = [sorted({iso(x["dos"]) for x in f["lines"]})]
    prov = f["prov"].replace("Dr. ", "").rsplit(",", 1)[0] if f["prov"].startswith("Dr.") else f["prov"]
    return truth("denial_letter", denial, case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=sd,
                 provider=prov, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, date style, deadline, labels, font, split, title, date label, money style)
ROWS = [
    ("cobra_continuation_denial_bd_late_premium", "born_digital", "late_premium", "long", "within", 0, "DejaVu", False,
     "Claim denied: continuation coverage ended", "Date", "plain"),
    ("cobra_continuation_denial_bd_no_election", "born_digital", "no_election", "slash", "by", 1, "Helvetica", True,
     "Notice of claim denial - no COBRA election on file", "Date of notice", "usd"),
    ("cobra_continuation_denial_photocopy_max_period", "photocopy", "max_period", "dmy", "receive", 2, "DejaVu",
     True, "Your COBRA coverage period has ended", "Notice date", "bare"),
    ("cobra_continuation_denial_faxs_late_claim", "fax_standard_g4", "late_claim", "abbr", "within", 0, "Helvetica",
     False, "Claim denied: filed after the plan's time limit", "Date", "nosign"),
    ("cobra_continuation_denial_lowres_cob", "scan_lowres_150", "cob", "iso", "within", 1, "DejaVu", False,
     "Claim pended and denied: other coverage pays first", "Letter date", "plain"),
    ("cobra_continuation_denial_photo_confirm", "phone_photo", "confirm", "long", "within", 2, "DejaVu", True,
     "Confirmation of COBRA continuation coverage", "Date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, row in enumerate(ROWS):
        r = random.Random(16100 + i)
        f = facts(r, *row[2:])
        items.append(Item(row[0], row[1], [(build_letter(f), make_truth(f))]))
    r = random.Random(16150)
    f = facts(r, "eob", "short", "within", 0, "Helvetica", True, "", "")
    others = [dict(claim=mixed(r, "26A9999999"), dos=days(f["paid_thru"], -r.randint(5, 40)),
                   prov=r.choice(PROVIDERS), billed=money(r, 80, 900)) for _ in range(2)]
    mine = dict(claim=f["claim"], dos=f["dos"], prov=f["prov"], billed=f["total"])
    f["eob_claims"] = sorted(others + [mine], key=lambda c: c["dos"])
    items.append(Item("cobra_continuation_denial_scan_eob", "scan_clean_300", [(build_eob(f), make_truth(f))]))
    return items
