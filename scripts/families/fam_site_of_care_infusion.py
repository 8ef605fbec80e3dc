"""Family 'site_of_care_infusion': site-of-care decisions on infusion drugs from an invented specialty pharmacy
benefit manager and an invented health plan.

Quoinfield Specialty Rx Management (a vendor deciding for Mossbury Health Plan) and Stitchwort Health Plan (under its
parent, Thornwick Mutual Group) are fictional. The letters approve an infusion drug (J-code, dose, number of
infusions) only at home or at an ambulatory infusion suite and deny the hospital outpatient department the doctor
asked for; one approves fewer infusions than asked (a partial approval on dose), one denies an exception request,
one denies a hospital claim given against the decision, and one approves a request as asked. Decoys: NPI, request
received date, document control number, the program's example savings amounts, a 14-day peer-to-peer offer.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundm_famzz import address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "site_of_care_infusion"
LANG = "en"
VENDOR = "Quoinfield Specialty Rx Management, LLC"
VENDOR_PLAN = "Mossbury Health Plan"
PLAN = "Stitchwort Health Plan"
PARENT = "Thornwick Mutual Group"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DOCTORS = ["Dr. Amadeus Pellinore, MD", "Dr. Svanhild Harkaway, DO", "Dr. Lothar Vandersteeg, MD",
           "Dr. Clotilda Oakhanger, MD", "Dr. Rajeshwar Tanqueray, MD"]
HOSPITALS = ["Gorsecroft Medical Center Outpatient Infusion", "Linnetbrook Regional Hospital Infusion Unit",
             "Shrike Valley Hospital Outpatient Department"]
SUITES = [("Orpine Ambulatory Infusion Suite", "2201 Toadflax Way, Suite 140, Hobbs, NM 88240"),
          ("Fescue Park Infusion Center", "88 Calamus Hill Road, Minot, ND 58701"),
          ("Alderholt Infusion Suites", "415 Betony Road, Sterling, CO 80751")]
HOME = ["Wheatfen Home Infusion Services", "Cressbrook Home Infusion Pharmacy"]
# drug key -> (drug text, J-code with unit, dose text, infusions, span months)
DRUGS = {
    "infliximab": ("Infliximab-dyyb (biosimilar) IV", "J1745 (infliximab, 10 mg)", "5 mg/kg every 8 weeks", 7, 12),
    "vedolizumab": ("Vedolizumab IV", "J3380 (vedolizumab, 1 mg)", "300 mg every 4 weeks", 13, 12),
    "ivig": ("Immune globulin (human) 10% IV", "J1569 (immune globulin, 500 mg)", "2 g/kg every 4 weeks", 6, 6),
    "natalizumab": ("Natalizumab IV", "J2323 (natalizumab, 1 mg)", "300 mg every 4 weeks", 6, 6),
    "tocilizumab": ("Tocilizumab IV", "J3262 (tocilizumab, 1 mg)", "8 mg/kg every 4 weeks", 6, 6),
    "eculizumab": ("Eculizumab IV", "J1300 (eculizumab, 10 mg)", "1,200 mg every 2 weeks", 13, 6),
    "ocrelizumab": ("Ocrelizumab IV", "J2350 (ocrelizumab, 1 mg)", "600 mg every 24 weeks", 2, 12),
}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}")
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["vendor"]:
        d.set_font("DejaVu", "B", 21)
        d.cell(110, 9, "QUOINFIELD", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(110, 5.5, "Specialty Rx Management, LLC")
        side = f"Site of Care Program\nfor {VENDOR_PLAN} members\nPO Box 60714, Alamosa, CO 81102\n{f['ph']} (TTY 711)"
    else:
        d.set_font("DejaVu", "", 8.5)
        d.cell(110, 4, PARENT.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 17)
        d.cell(110, 8, PLAN)
        side = f"Pharmacy and Medical Drug Review\n1190 Vervain Drive\nChadron, NE 69337\n{f['ph']}  Fax {f['fax']}"
    d.set_xy(128, y0)
    d.set_font("DejaVu", "", 7.5)
    d.multi_cell(0, 3.4, side, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 21)
    d.rule(0.5, 3)


def kv(d: Letter, rows: list[tuple[str, str]], w: float = 52) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(w, 4.9, k)
        d.set_font("DejaVu", "", 9)
        d.multi_cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def grid(d: Letter, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8) -> None:
    d.set_font("DejaVu", "B", size)
    for h, w in zip(head, widths):
        d.cell(w, 6, h, border=1)
    d.ln(6)
    d.set_font("DejaVu", "", size)
    for row in rows:
        for v, w in zip(row, widths):
            d.cell(w, 5.6, v, border=1)
        d.ln(5.6)
    d.ln(3)


def request_rows(f: dict) -> list[tuple[str, str]]:
    lab, fd = f["labels"], f["fd"]
    drug, jcode, dose, _, _ = DRUGS[f["drug"]]
    asked = f"Hospital outpatient department - {f['hospital']}"
    if f["kind"] in ("approval", "partial"):
        asked = ("Home infusion - " if f["home"] else "Ambulatory infusion suite - ") + f["alt_site"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    rows += [(lab["grp"], f["group"])] if f["group"] else []
    rows += [("Plan code", f["plan_code"])] if f["plan_code"] else []
    rows += [(lab["ref"], f["ref"]), (lab["doc"], f["doctor"]), ("NPI", f["npi"]),
             ("Drug", drug), ("HCPCS code", jcode), (lab["dose"], f"{dose}; {f['n_req']} infusions"),
             (lab["site"], asked),
             (lab["dates"], f"{fd(f['start'])} to {fd(f['end'])}"), ("Request received", fd(f["received"]))]
    return rows


def decision_table(d: Letter, f: dict) -> None:
    fd, k = f["fd"], f["kind"]
    span = f"{fd(f['start'])} - {fd(f['end'])}"
    alt = f"Home infusion - {f['alt_site']}" if f["home"] else f"Infusion suite - {f['alt_site']}"
    if k == "partial":
        rows = [[alt, "Approved", str(f["n_ok"]), span], ["Additional infusions asked for", "Not approved",
                                                           str(f["n_req"] - f["n_ok"]), "-"]]
    elif k == "approval":
        rows = [[alt, "Approved", str(f["n_req"]), span]]
    else:
        rows = [["Hospital outpatient department (requested)", "Denied", "0", "-"], [alt, "Approved",
                                                                                     str(f["n_req"]), span]]
    grid(d, ["Site of care", "Decision", "Infusions", "Authorized from - through"], rows, [84, 24, 18, 54], 7.6)


def reason(f: dict) -> str:
    drug = DRUGS[f["drug"]][0]
    fd = f["fd"]
    where = "at home by a visiting infusion nurse" if f["home"] else f"at {f['alt_site']}"
    return {
        "site": lambda: f"Your doctor asked for {drug} to be given in a hospital outpatient department. Your plan pays "
                "for this drug in a hospital setting only when a person needs the extra monitoring a hospital "
                "provides: for example, a serious reaction during an earlier infusion, an unstable heart or lung "
                "condition, or the first doses of the drug. The records we received show you have had "
                f"{f['prior']} infusions of this drug without a reaction and have no such condition. The same drug "
                f"and dose can be given safely {where}. So we approved it there and denied the hospital setting.",
        "exception": lambda: f"Your doctor asked us to make an exception and let your {drug} infusions continue at "
                     f"{f['hospital']}. The letter from your doctor said the hospital is closer to your work. Travel "
                     "time is not one of the reasons the program allows for an exception. Nothing in the records "
                     "shows a medical need for hospital monitoring. The approval we issued earlier for infusions "
                     f"{where} stays in place.",
        "partial": lambda: f"Your doctor asked for {drug} {DRUGS[f['drug']][2]}. After the first doses, this drug is "
                   "usually given every 8 weeks. Giving it every 4 weeks is covered only when the records show the "
                   "drug stopped working as well on the usual schedule (for example, symptoms came back before the "
                   "next dose). The records do not show that. We approved the usual schedule, "
                   f"{f['n_ok']} infusions {where}, and did not approve the other {f['n_req'] - f['n_ok']}.",
        "approval": lambda: f"We approved {drug} as your doctor asked: {f['n_req']} infusions {where} from "
                    f"{fd(f['start'])} through {fd(f['end'])}.",
    }[f["kind"]]()


def appeal(f: dict) -> list[str]:
    fd = f["fd"]
    when = {"within": f"within {f['n']} days of the date of this notice",
            "by": f"so that we receive it by {fd(f['deadline'])}" if f["deadline"] else "",
            "until": "in writing", "receive": f"within {f['n']} days after you receive this notice"}[f["dl"]]
    first = f"If you disagree with this decision, you, your doctor or someone you name can appeal {when}."
    if f["dl"] == "until":
        first += f" You have until {fd(f['deadline'])} to ask."
    org = VENDOR if f["vendor"] else PLAN
    box = "PO Box 60790, Alamosa, CO 81102" if f["vendor"] else "1190 Vervain Drive, Chadron, NE 69337"
    return [first + f" Send your appeal to {org}, Appeals Unit, {box}, fax "
                    f"{f['fax']}, or call {f['ph']}.",
            f"Your doctor may also call within 14 days to talk with the reviewer (a peer-to-peer discussion). If "
            "waiting could seriously harm your health, ask for a fast (expedited) appeal; we decide within 72 "
            "hours. After our final decision you may ask for an external review within 4 months. You can ask for "
            "free copies of the guideline and the records we used."]


def savings_box(d: Letter, f: dict) -> None:
    d.set_fill_color(236, 236, 236)
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 5.5, "Why we review where infusions are given", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.2)
    d.multi_cell(0, 4, "Infusion suites and home infusion nurses give the same drugs with trained staff. Members "
                 f"who moved their infusions last year paid on average {f['money'](f['ex1'])} less per infusion; a "
                 f"typical hospital infusion visit costs the plan {f['money'](f['ex2'])} more. Your share may be "
                 "lower too. Call us to find an infusion suite near you.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def build_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Letter(f"DCN {f['dcn']}  Form SOC-{'Q' if f['vendor'] else 'S'}17")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{f['labels']['date']} {fd(f['notice'])}", 10, h=5)
    d.ln(3)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(3)
    title = {"approval": "Infusion authorization: approved", "partial": "Infusion authorization: partly approved",
             "exception": "Site-of-care exception request: decision"}.get(f["kind"], "Site of care determination")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    kv(d, request_rows(f))
    decision_table(d, f)
    if f["auth"]:
        d.text_line(f"Authorization number for the approved infusions: {f['auth']}", 9.2, "B", h=5.5)
        d.ln(1)
    d.para("Dear " + f["name"].split()[0] + " " + f["name"].split()[-1] + ":", 9.8, gap=1.5)
    d.para(reason(f), 9.4, gap=2)
    if f["kind"] != "approval":
        d.para(f"We used the program guideline \"Infusion Site of Care\" (policy RX-SOC-{f['pol']}). The decision "
               f"was made by {f['reviewer']}.", 9.2, gap=2)
        savings_box(d, f)
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        for t in appeal(f):
            d.para(t, 9, gap=1.8)
    else:
        d.para("Your doctor and the infusion site have a copy of this approval. If your dose or schedule changes, "
               "your doctor must ask us again. This approval is not a promise of payment if your coverage ends.",
               9.2, gap=2)
        savings_box(d, f)
    d.para("Sincerely,\n\nSite of Care Review Team\n" + (VENDOR if f["vendor"] else PLAN), 9.2, gap=1)
    return pdf_bytes(d)


def build_claim(f: dict) -> bytes:
    """A claim for a hospital infusion given after the decision: denied, with its lines."""
    fd, mo = f["fd"], f["money"]
    d = Letter(f"DCN {f['dcn']}  Form CLM-S04")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"Date: {fd(f['notice'])}", 10, h=5)
    d.ln(3)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(3)
    d.text_line("Notice of claim denial: infusion at a hospital outpatient department", 12, "B", h=7)
    d.ln(1)
    plan = [("Plan code", f["plan_code"])] if f["plan_code"] else []
    kv(d, [("Patient", f["name"]), ("Member ID", f["mid"]), ("Group number", f["group"] or "-"), *plan,
           ("Claim number", f["claim"]), ("Billing provider", f["hospital"]), ("Ordering physician", f["doctor"]),
           ("Authorization on file", f"{f['auth']} (approved site: {f['alt_site']})"),
           ("Claim received", fd(f["received"]))], 50)
    drug, jcode = DRUGS[f["drug"]][:2]
    rows = [[fd(f["dos"]), jcode.split()[0], drug, str(f["units"]), mo(f["l1"]), mo(0.0), "N54"],
            [fd(f["dos"]), "96365", "IV infusion, first hour", "1", mo(f["l2"]), mo(0.0), "N54"],
            [fd(f["dos"]), "96366", "IV infusion, each added hour", "1", mo(f["l3"]), mo(0.0), "N54"],
            ["", "", "Claim total", "", mo(f["billed"]), mo(0.0), ""]]
    grid(d, ["Date of service", "Code", "Description", "Units", "Billed", "Paid", "Remark"], rows,
         [26, 16, 62, 14, 26, 18, 16], 7.8)
    d.para("Remark N54: the service was given at a site the authorization does not cover.", 8.5, gap=2)
    d.para(f"Why we denied this claim: {f['hospital']} gave your {drug} infusion on {fd(f['dos'])}. The "
           f"authorization on file ({f['auth']}) approves this drug only at {f['alt_site']}, because you do not "
           "need the monitoring of a hospital. Infusions given at the hospital are not covered under that approval. "
           "The hospital may not bill you more than your plan allows if it agreed to our network terms.", 9.4, gap=2)
    savings_box(d, f)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    for t in appeal(f):
        d.para(t, 9, gap=1.8)
    d.para("Sincerely,\n\nClaims Department\n" + PLAN, 9.2, gap=1)
    return pdf_bytes(d)


LABELS = {
    0: dict(date="Date of notice:", mem="Member", mid="Member ID", grp="Group no.", ref="Reference no.",
            doc="Ordering physician", dose="Dose and number", site="Requested site", dates="Requested dates"),
    1: dict(date="Notice date:", mem="Patient name", mid="Subscriber ID", grp="Employer group", ref="Case ID",
            doc="Prescriber", dose="Dosing requested", site="Site requested", dates="Dates of service asked for"),
    2: dict(date="", mem="Enrollee", mid="ID #", grp="Group #", ref="Authorization request #",
            doc="Requesting physician", dose="Dose / infusions", site="Place of infusion asked for",
            dates="Period requested"),
}


def facts(r: random.Random, kind: str, drug: str, vendor: bool, home: bool, ds: str, ms: str, dl: str,
          li: int) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    months = DRUGS[drug][4]
    start = days(notice, r.randint(7, 20))
    y, m = divmod(start.month - 1 + months, 12)
    end = dt.date(start.year + y, m + 1, 1) - dt.timedelta(days=1)
    site = r.choice(HOME) if home else r.choice(SUITES)[0]
    f = dict(kind=kind, drug=drug, vendor=vendor, home=home, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms),
             dl=dl, labels=LABELS[li], n=180, notice=notice, start=start, end=end, name=person(r),
             addr=list(address(r)), mid=mixed(r, r.choice(["QSR9999999-01", "AA99999999", "9AA999A999"])),
             group=r.choice([None, digits(r, 7), mixed(r, "G-99AA9")]), plan_code=None,
             ref=mixed(r, r.choice(["SOC-26-999999", "26AA99999", "R999999AA"])), doctor=r.choice(DOCTORS),
             npi=npi(r), hospital=r.choice(HOSPITALS), alt_site=site, received=days(notice, -r.randint(3, 9)),
             n_req=DRUGS[drug][3], n_ok=None, prior=r.randint(3, 9), auth=None, ph=phone(r),
             fax=local_phone(r), dcn=digits(r, 11), pol=digits(r, 3), ex1=money(r, 180, 420),
             ex2=money(r, 1900, 4800), reviewer=r.choice(["Sunniva Tredgold, PharmD", "Dr. Wolstan Wendover, MD, "
                                                          "Medical Director", "Parthenia Armitstead, RPh"]))
    if r.random() < 0.5 and not vendor:
        f["plan_code"] = mixed(r, "STW-99A")
    if kind in ("site", "exception", "partial", "approval", "claim"):
        f["auth"] = "PA" + mixed(r, "99999999A")
    if kind == "partial":
        f["n_ok"] = 7
    if kind == "claim":
        f.update(claim=mixed(r, "26999A9999999"), dos=days(notice, -r.randint(20, 40)), units=r.choice([30, 40, 60]))
        f["start"], f["received"] = days(f["dos"], -60), days(f["dos"], r.randint(5, 12))
        f.update(l1=money(r, 5200, 9800), l2=money(r, 310, 520), l3=money(r, 90, 180))
        f["billed"] = round(f["l1"] + f["l2"] + f["l3"], 2)
    f["deadline"] = days(notice, f["n"]) if dl in ("by", "until") else None
    return f


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {}
    if f["vendor"]:
        alts["insurer"] = [VENDOR_PLAN]
    cases = [f["claim"]] if k == "claim" else [f["ref"]] + ([f["auth"]] if f["auth"] else [])
    if k == "claim":
        alts["case_numbers"] = [[f["claim"], f["auth"]]]
    elif f["auth"]:
        alts["case_numbers"] = [[f["ref"]]]
    if k == "claim":
        dates, provider = [iso(f["dos"])], f["hospital"]
        alts["provider"] = [f["doctor"]]
    else:
        dates, provider = [iso(f["start"], f["end"])], f["doctor"]
        alts["service_dates"] = [[iso(f["start"])]]
        alts["provider"] = [f["alt_site"]] if k in ("approval", "partial") else [f["hospital"]]
    deadline = None
    if k != "approval":
        deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "until": f["deadline"],
                    "receive": None}[f["dl"]]
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    denial, dalts, dtype = {"site": ("level_of_care", ["medical_necessity"], "denial_letter"),
                            "exception": ("level_of_care", ["medical_necessity"], "denial_letter"),
                            "partial": ("medical_necessity", [], "denial_letter"),
                            "claim": ("level_of_care", ["prior_authorization", "not_covered"], "denial_letter"),
                            "approval": (None, [], "other")}[k]
    return truth(dtype, denial, insurer=VENDOR if f["vendor"] else PLAN, plan_id=f["plan_code"],
                 group_number=f["group"], member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if k == "claim" else None, service_dates=dates,
                 denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts,
                 type_alternates=["eob"] if k == "claim" else [])


def build(f: dict) -> bytes:
    return build_claim(f) if f["kind"] == "claim" else build_letter(f)


# (stem, condition, kind, drug, vendor, home, date style, money style, deadline style, labels)
PLAN_ROWS = [
    ("site_of_care_infusion_bd_suite", "born_digital", "site", "infliximab", True, False, "long", "plain", "within", 0),
    ("site_of_care_infusion_bd_partial", "born_digital", "partial", "vedolizumab", False, False, "slash", "plain", "by",
     1),
    ("site_of_care_infusion_scan_home", "scan_clean_300", "site", "ivig", True, True, "iso", "usd", "receive", 2),
    ("site_of_care_infusion_lowres_claim", "scan_lowres_150", "claim", "natalizumab", False, False, "dmy", "nosign",
     "within", 1),
    ("site_of_care_infusion_copy_exception", "photocopy", "exception", "tocilizumab", True, True, "abbr", "plain",
     "until", 0),
    ("site_of_care_infusion_photo_home", "phone_photo", "site", "eculizumab", False, True, "upper", "plain", "within",
     2),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, drug, vendor, home, ds, ms, dl, li) in enumerate(PLAN_ROWS):
        r = random.Random(13100 + i)
        f = facts(r, kind, drug, vendor, home, ds, ms, dl, li)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, the hospital denied (suite approved), then the same member's request for the suite
    r = random.Random(13199)
    f1 = facts(r, "site", "ocrelizumab", True, False, "slash", "plain", "within", 1)
    f2 = facts(r, "approval", "ocrelizumab", True, False, "slash", "plain", "within", 1)
    f2.update(name=f1["name"], addr=f1["addr"], mid=f1["mid"], group=f1["group"], doctor=f1["doctor"],
              npi=f1["npi"], alt_site=f1["alt_site"], notice=days(f1["notice"], 9), hospital=f1["alt_site"])
    f2["start"], f2["end"] = days(f2["notice"], 10), f1["end"]
    f2["received"] = days(f2["notice"], -2)
    items.append(Item("site_of_care_infusion_faxf_stack", "fax_fine_g4",
                      [(build(f1), make_truth(f1)), (build(f2), make_truth(f2))], separators=["cover", None]))
    return items
