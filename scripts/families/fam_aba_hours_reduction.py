"""Family 'aba_hours_reduction': an invented behavioral health plan's decisions on applied behavior analysis (ABA).

Corrachan Behavioral Health Plan (under its parent, Quoddy Harbor Care Alliance) is fictional. It writes to the parent
of a child in ABA therapy about a request for hours: a small table of hours per week requested vs approved by CPT
code, the authorization period as a date span, the BCBA who asked, and the reason in plain words (progress has
levelled off, caregiver training has not happened, the progress report never came, services started before
approval, ABA in a school classroom, an agency outside the network). One letter approves everything. Two-line
letterheads, a peer-to-peer offer with its own date, NPI / TIN / letter ID / form and policy numbers as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import DEJAVU, Doc, pdf_bytes, truth
from kit_roundm_famy import (BCBAS, REVIEWERS, address, days, digits, fdate, iso, mixed, npi, person, phone)

FAMILY = "aba_hours_reduction"
LANG = "en"
INSURER = "Corrachan Behavioral Health Plan"
PARENT = "A Quoddy Harbor Care Alliance company"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

# kind -> (denial type, accepted alternates, title)
KINDS = {
    "plateau": ("medical_necessity", [], "Notice of partial approval of ABA services"),
    "records": ("other", ["medical_necessity"], "Notice of denial: ABA continued services"),
    "parent": ("medical_necessity", ["other"], "Notice of action on your child's ABA request"),
    "retro": ("prior_authorization", ["other"], "Notice of denial: services given before approval"),
    "oon": ("out_of_network", ["not_covered"], "Notice of denial of ABA services"),
    "school": ("not_covered", ["other"], "Partial approval of applied behavior analysis (ABA)"),
    "approve": (None, [], "Approval of applied behavior analysis (ABA) services"),
}
LABELS = [
    dict(child="Member (child):", mid="Member ID:", grp="Group #:", ref="Authorization request #:",
         prov="Requesting provider:", period="Authorization period:", rcv="Request received:", dob="Date of birth:"),
    dict(child="Patient", mid="Subscriber ID", grp="Employer group", ref="Reference no.", prov="BCBA",
         period="Requested dates", rcv="Received", dob="DOB"),
    dict(child="Child's name:", mid="ID #:", grp="Group number:", ref="UM case ID:", prov="Treating BCBA:",
         period="Service period:", rcv="Date we got the request:", dob="Birth date:"),
]


class Letter(Doc):
    def __init__(self, foot: str, serif: bool):
        super().__init__("Face", footer=foot + "   Page {p} of {n}")
        self.add_font("Face", "", SERIF if serif else DEJAVU)
        self.add_font("Face", "B", SERIF_B if serif else BOLD)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font("Face", "", 8)
        d.cell(110, 4, PARENT, new_x="LMARGIN", new_y="NEXT")
        d.set_font("Face", "B", 16)
        d.cell(110, 8, INSURER)
    else:
        d.set_font("Face", "B", 21)
        d.cell(110, 9, "CORRACHAN", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Face", "", 11)
        d.cell(110, 5, "Behavioral Health Plan")
    d.set_xy(128, y0)
    d.set_font("Face", "", 7.5)
    d.multi_cell(0, 3.4, f"Autism Services Utilization Management\nPO Box 60417\nChillicothe, OH 45601\n"
                 f"Phone {f['ph']}  Fax (555) 014-{f['fx']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 21)
    d.rule(0.5, 3)


def req_block(d: Letter, f: dict) -> None:
    lab, fd = LABELS[f["li"]], f["fd"]
    rows = [(lab["child"], f["child"]), (lab["dob"], fd(f["dob"])), (lab["mid"], f["mid"])]
    rows += [(lab["grp"], f["group"])] if f["group"] else []
    rows += [(lab["ref"], f["ref"])] + ([("Authorization #:", f["auth"])] if f["auth"] else [])
    rows += [(lab["prov"], f"{f['bcba']} ({f['agency']})"), ("Provider NPI:", f["npi"]),
             ("Agency TIN:", f"XX-XXX{f['tin']}"), (lab["rcv"], fd(f["received"]))]
    if f["kind"] != "retro":
        rows.append((lab["period"], f"{fd(f['start'])} - {fd(f['end'])}"))
    d.set_fill_color(240, 240, 240)
    for k, v in rows:
        d.set_font("Face", "B", 8.8)
        d.cell(52, 5, k.rstrip(":") + (":" if f["li"] != 1 else ""), fill=f["li"] == 1)
        d.set_font("Face", "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def hours_table(d: Letter, f: dict) -> None:
    head = ["Service (CPT)", "Requested hrs/wk", "Approved hrs/wk", "Decision"]
    widths = [72, 36, 36, 32]
    d.set_font("Face", "B", 7.8)
    for h, w in zip(head, widths):
        d.cell(w, 6, h, border=1, align="C" if w < 40 else "L")
    d.ln(6)
    d.set_font("Face", "", 8.2)
    for name, req, app, dec in f["rows"]:
        for v, w in zip([name, str(req), str(app), dec], widths):
            d.cell(w, 5.5, v, border=1, align="C" if w < 40 else "L")
        d.ln(5.5)
    d.ln(3)


def reason(f: dict) -> str:
    fd, k, c = f["fd"], f["kind"], f["first"]
    return {
        "plateau": f"We looked at the last two progress reports from {f['bcba_short']}. {c} learned many new skills in "
                   "the first year, but over the last six months the scores on most goals have stayed about the same, "
                   "and several goals have been carried over unchanged. More hours of the same one-to-one teaching "
                   "are not likely to help more than the hours we approved. The plan should be updated with new goals "
                   "and ways to use the skills at home.",
        "records": f"To keep approving ABA after the first period we need an updated treatment plan and a progress "
                   f"report with data for each goal. We asked {f['agency']} for them on {fd(f['asked'])} and again a "
                   "week later. We have not received them, so we could not tell whether the therapy is helping and "
                   "the request is denied. If the provider sends the report, we will look at the request again.",
        "parent": "ABA works best when parents or caregivers learn the same methods and use them every day. The "
                  f"treatment plan includes caregiver training, but the notes show that no caregiver session has "
                  f"taken place in the last 12 weeks. Without it, {c}'s skills are not being practised at home, so the "
                  "full number of direct hours is not needed now. We approved fewer direct hours and all of the "
                  "caregiver training hours.",
        "retro": f"{f['agency']} started ABA for {c} before asking us. The hours given from {fd(f['start'])} through "
                 f"{fd(f['end'])} were not approved before they were given, and your plan requires approval first for "
                 "ABA. The request came to us after the services had already started, so we cannot approve those "
                 "dates. "
                 "Services from the date we received the request may be reviewed if the provider asks.",
        "oon": f"{f['agency']} does not have a contract with us. Your plan covers ABA only from providers in our "
               "network unless no network provider can see your child within a reasonable time. We found three network "
               "ABA agencies within 20 miles of your home that can start within 30 days, so the request is denied. "
               "Call us and we will help you set up an intake with one of them.",
        "school": f"The request includes hours for a behavior technician to go with {c} to school from "
                  f"{fd(f['start'])} through {fd(f['end'])}. Your plan does not pay for ABA given in the classroom "
                  "during the school day; support at school is arranged by the school district under your child's "
                  "education plan. The hours at home and in the clinic are approved.",
        "approve": f"We approved all the hours {f['bcba_short']} asked for, for the dates shown above. The progress "
                   f"report shows {c} is meeting most goals and caregiver training is taking place.",
    }[k]


def appeal(f: dict) -> list[str]:
    fd, n = f["fd"], f["n"]
    when = {"within": f"within {n} days of the date of this letter",
            "by": f"in writing. We must receive it no later than {fd(f['deadline']) if f['deadline'] else ''}",
            "receive": f"within {n} days from the day you receive this letter"}[f["dl"]]
    return [f"You, or someone you choose, such as {f['bcba_short']}, can ask us to look at this decision again "
            f"(an appeal) {when}. Send it to {INSURER}, Appeals Unit, PO Box 60488, Chillicothe, OH 45601, fax "
            f"(555) 014-{f['fx2']}, or call {f['ph']}. You may send notes, data sheets or a letter from the BCBA.",
            "If waiting could seriously harm your child's health, ask for a fast (expedited) appeal; we decide within "
            "72 hours. After our appeal decision you may ask for an independent external review within 4 months. "
            f"The BCBA may also ask for a peer-to-peer call with our reviewer until {fd(f['p2p'])}; that call is not "
            "an appeal. You can ask for free copies of the records and the criteria we used "
            f"(medical policy BH-ABA-{f['pol']})."]


def build(f: dict) -> bytes:
    d = Letter(f"Letter ID {f['letter']}   Form CBH-ABA-{f['form']}", f["serif"])
    d.add_page()
    letterhead(d, f)
    fd = f["fd"]
    d.text_line(("Date of notice: " if f["li"] == 0 else "") + fd(f["notice"]), 9.8, h=5)
    d.ln(2.5)
    for ln in [f"To the parent or guardian of {f['child_short']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 9.8, h=4.7)
    d.ln(4)
    d.text_line(KINDS[f["kind"]][2], 12.5, "B", h=7)
    d.ln(1)
    req_block(d, f)
    d.para(f"Dear {f['parent_short']}:", 9.8, gap=1.5)
    what = "approved" if f["kind"] == "approve" else "decided on"
    d.para(f"We have {what} the request {f['bcba_short']} sent for {f['first']}'s applied behavior analysis (ABA). "
           "The table shows the hours per week asked for and the hours we approved.", 9.6, gap=2)
    hours_table(d, f)
    d.text_line("Why we made this decision" if f["kind"] != "approve" else "About this approval", 10.5, "B", h=6)
    d.para(reason(f), 9.6, gap=2)
    if f["kind"] != "approve":
        d.para(f"Our reviewer, {f['reviewer']}, made this decision.", 9.6, gap=2)
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        for t in appeal(f):
            d.para(t, 9.1, gap=2)
    else:
        d.para(f"Authorization # {f['auth']} covers these hours. Please keep this letter. If you have questions, call "
               f"{f['ph']}.", 9.6, gap=2)
    d.para(f"Sincerely,\n\nAutism Services Utilization Management\n{INSURER}\ncc: {f['bcba']}, {f['agency']}", 9.3)
    return pdf_bytes(d)


CPT = {"97153": "97153 Direct ABA by technician", "97155": "97155 Protocol changes by BCBA",
       "97156": "97156 Caregiver training"}


def rows_for(kind: str, r: random.Random) -> list:
    direct = r.choice([25, 30, 35, 40])
    cut = {"plateau": direct - r.choice([10, 15]), "parent": direct - 10, "school": direct - r.choice([8, 10])}
    if kind in cut:
        rows = [(CPT["97153"] + (" (incl. school)" if kind == "school" else ""), direct, cut[kind],
                 "Partly approved"), (CPT["97155"], 4, 4, "Approved"), (CPT["97156"], 2, 2, "Approved")]
    elif kind == "approve":
        rows = [(CPT[c], h, h, "Approved") for c, h in (("97153", direct), ("97155", 4), ("97156", 2))]
    else:
        rows = [(CPT[c], h, 0, "Denied") for c, h in (("97153", direct), ("97155", 4), ("97156", 2))]
    return rows


def facts(r: random.Random, kind: str, ds: str, dl: str, lh: int, li: int, n: int, serif: bool,
          same: dict | None) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 160))
    last = r.choice(["Aldersey", "Dymoke", "Fiennes", "Legh", "Nevill", "Yonge", "Pakington"])
    child = person(r, last=last, child=True)
    bcba, agency = r.choice(BCBAS)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), dl=dl, lh=lh, li=li, n=n, serif=serif, notice=notice,
             child=child, first=child.split()[0], child_short=f"{child.split()[0]} {last}",
             parent=person(r, last=r.choice([last, last, "Mainwaring"])), addr=address(r),
             dob=dt.date(2026 - r.randint(3, 9), r.randint(1, 12), r.randint(1, 28)),
             mid=mixed(r, r.choice(["LBH9999999-02", "AB99999A99", "L99A999999"])),
             group=r.choice([None, digits(r, 7), mixed(r, "GRP-99A99")]), ref="ABA-26-" + digits(r, 6),
             auth=None, bcba=bcba, bcba_short=bcba.split(",")[0], agency=agency, npi=npi(r), tin=digits(r, 4),
             received=days(notice, -r.randint(5, 12)), ph=phone(r), fx=r.randint(1000, 9999), fx2=r.randint(1000, 9999),
             letter=mixed(r, "AA99999999"), form=f"{r.randint(100, 999)}", pol=f"{r.randint(10, 99):03d}",
             reviewer=r.choice(REVIEWERS), asked=days(notice, -r.randint(25, 35)), rows=rows_for(kind, r))
    if same:
        f.update({k: same[k] for k in ("child", "first", "child_short", "parent", "addr", "dob", "mid", "group",
                                       "bcba", "bcba_short", "agency", "npi", "tin")})
        f["notice"] = notice = days(same["notice"], r.randint(20, 40))
        f["received"] = days(notice, -6)
    f["parent_short"] = f["parent"].split()[0] + " " + f["parent"].split()[-1]
    start = (notice + dt.timedelta(days=14)).replace(day=1)
    y, m = divmod(start.month + 5, 12)                             # six months: to the last day of the 6th month
    f["start"], f["end"] = start, dt.date(start.year + y, m + 1, 1) - dt.timedelta(days=1)
    if kind == "retro":
        f["start"] = days(notice, -r.randint(30, 45))
        f["end"] = days(notice, -r.randint(12, 18))
        f["received"] = days(f["end"], 2)
    if kind in ("plateau", "parent", "school", "approve"):
        f["auth"] = mixed(r, "PA99A99999")
    f["deadline"] = days(notice, n) if dl == "by" else None
    f["p2p"] = days(notice, 14)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts, _ = KINDS[f["kind"]]
    alts: dict = {"provider": [f["agency"]]}
    cases = [f["ref"]] + ([f["auth"]] if f["auth"] else [])
    if f["auth"]:
        alts["case_numbers"] = [[f["ref"]]]
    dates = [iso(f["start"], f["end"])]
    alts["service_dates"] = [[iso(f["start"])]] + ([[]] if f["kind"] == "approve" else [])
    if f["kind"] == "approve":
        return truth("other", None, member_id=f["mid"], insurer=INSURER, group_number=f["group"],
                     member_name=f["child"], case_numbers=cases, service_dates=dates, denial_date=iso(f["notice"]),
                     provider=f["bcba_short"], alternates=alts)
    deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    return truth("denial_letter", denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                 member_name=f["child"], case_numbers=cases, service_dates=dates, denial_date=iso(f["notice"]),
                 provider=f["bcba_short"], appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kinds, date style, deadline style, letterhead, labels, days, serif)
PLAN = [
    ("aba_hours_reduction_bd_plateau", "born_digital", ["plateau"], "long", "within", 0, 0, 60, False),
    ("aba_hours_reduction_bd_records", "born_digital", ["records"], "slash", "by", 1, 1, 60, True),
    ("aba_hours_reduction_scan_parent", "scan_clean_300", ["parent"], "abbr", "within", 1, 2, 180, False),
    ("aba_hours_reduction_lowres_retro", "scan_lowres_150", ["retro"], "long", "receive", 0, 0, 180, True),
    ("aba_hours_reduction_copy_oon", "photocopy", ["oon"], "iso", "within", 0, 1, 60, False),
    ("aba_hours_reduction_rot_school", "rotated", ["school"], "long", "by", 1, 0, 60, False),
    ("aba_hours_reduction_faxf_stack", "fax_fine_g4", ["plateau", "approve"], "slash", "within", 1, 2, 60, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, lh, li, n, serif) in enumerate(PLAN):
        r = random.Random(13100 + i)
        f = facts(r, kinds[0], ds, dl, lh, li, n, serif, None)
        docs, seps = [(build(f), make_truth(f))], None
        if len(kinds) > 1:
            f2 = facts(r, kinds[1], ds, dl, lh, li, n, serif, f)
            docs.append((build(f2), make_truth(f2)))
            seps = ["cover", None]
        items.append(Item(stem, cond, docs, separators=seps))
    return items
