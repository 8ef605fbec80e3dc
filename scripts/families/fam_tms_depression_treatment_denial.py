"""Family 'tms_depression_treatment_denial': an invented behavioral health plan's letters and EOBs on transcranial
magnetic stimulation (TMS, CPT 90867-90869) for major depression.

Northmere Behavioral Health (managing behavioral benefits for the fictional Calloway Valley Health Plan) is invented,
and so are every clinic, psychiatrist and member. Kinds: pre-service denial (fewer than the required antidepressant
trials, with a medication-trial table whose start dates are decoys), partial approval (fewer sessions than asked),
EOB denying sessions past the authorized number, EOB denying a maintenance course, letter denying because no
psychotherapy trial was documented (faxed behind the clinic's own cover sheet), maintenance denial letter, and a
second trials denial. Every letter offers a peer-to-peer review "by DATE" (a decoy) and appeal within 180 days.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tms_depression_treatment_denial"
LANG = "en"
INSURER = "Northmere Behavioral Health"
PLAN = "Calloway Valley Health Plan"
CLINICS = [("Lakeshore Neuromodulation Center", "Dr. Priyanka Osei-Whitfield, MD"),
           ("Cedar Hollow TMS & Wellness", "Dr. Anatol Brzezinski, DO"),
           ("Sunmeadow Psychiatry Associates", "Dr. Haruto Villeneuve, MD")]
DRUGS = ["sertraline", "escitalopram", "bupropion XL", "venlafaxine XR", "duloxetine", "mirtazapine"]
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "trials": ("denial_letter", "medical_necessity", []),
    "partial": ("denial_letter", "medical_necessity", []),
    "sessions": ("eob", "prior_authorization", ["not_covered", "medical_necessity"]),
    "maint_eob": ("eob", "not_covered", ["medical_necessity", "experimental"]),
    "psychotherapy": ("denial_letter", "medical_necessity", []),
    "maint": ("denial_letter", "medical_necessity", ["not_covered", "experimental"]),
}


def head(d: Doc, f: dict, title: str) -> None:
    d.text_line(INSURER.upper() if f["lh"] else INSURER, 16, "B", h=8)
    d.text_line(f"Behavioral health services for {PLAN}  |  PO Box 7710, Dubuque, IA 52004  |  {f['ph']}", 8, h=4)
    d.rule(0.6, 3)
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)


def letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc(f["font"], footer=f"NBH-TMS-{f['form']}  Page {{p}} of {{n}}")
    d.add_page()
    title = {"partial": "Notice of Partial Approval of Services", "maint": "Notice of Adverse Benefit Determination"}.get(
        f["kind"], "Notice of Denial - Transcranial Magnetic Stimulation")
    head(d, f, title)
    d.text_line(f"Date of notice: {fd(f['notice'])}", 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    rows = [(f["lab"][0], f["name"]), (f["lab"][1], f["mid"]), ("Date of birth", fd(f["dob"])),
            (f["lab"][2], f["ref"]), ("Treating provider", f["clinic"]), ("Attending psychiatrist", f["doctor"]),
            ("Provider NPI", f["npi"]), ("Service", f["service"]),
            (f["lab"][3], fd(f["start"])), ("Request received", fd(f["received"]))]
    for k, v in rows:
        d.font(9.8, "B")
        d.cell(55, 5, k + ":")
        d.font(9.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10.5)
    for p in f["body"]:
        d.para(p, 10.2, gap=2.2)
    if f["kind"] in ("trials", "psychotherapy"):
        d.text_line("Treatment history in the records we received", 10.5, "B", h=6)
        d.table(["Medication / therapy", "Started", "Length", "Outcome documented"], f["hist"], [60, 34, 30, 56])
    d.text_line("Peer-to-peer review", 10.5, "B", h=6)
    d.para(f"{f['doctor']} may discuss this decision with our reviewing psychiatrist, {f['reviewer']}. Call "
           f"{f['p2p_ph']} by {fd(f['p2p'])} to schedule a peer-to-peer conversation. A peer-to-peer review is not "
           "an appeal.", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You or your provider may ask for an appeal within 180 days of the date of this letter. Write to "
           f"{INSURER}, Appeals Unit, PO Box 7725, Dubuque, IA 52004, or fax {f['fax']}. If waiting could seriously "
           "harm your health, ask for an expedited appeal; we will decide within 72 hours. After our final decision "
           "you may ask for an independent external review within 4 months.", 10)
    d.para(f"Sincerely,\n{f['reviewer']}\nPhysician Reviewer, Utilization Management\n{INSURER}", 10)
    d.para(f"cc: {f['clinic']}", 8.5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc(f["font"], footer="THIS IS NOT A BILL   Page {p} of {n}")
    d.add_page()
    head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fd(f["notice"]), 40), ("Member", f["name"], 56), (f["lab"][1], f["mid"], 40),
             ("Group", f["group"], 38)])
    d.ln(2)
    d.boxes([("Claim number", f["ref"], 48), ("Provider", f["clinic"], 86), ("Claim received", fd(f["received"]), 40)])
    d.ln(4)
    rows = []
    for dd, code, billed, paid, rc in f["lines"]:
        rows.append([fd(dd), code, "1", mo(billed), mo(paid), mo(billed - paid if paid == 0 else 0), rc])
    rows.append(["*Claim total", "", "", mo(f["billed"]), mo(f["paid"]), "", ""])
    d.table(["Date of service", "CPT", "Units", "Billed", "Plan paid", "Not covered", "Remark"], rows,
            [30, 18, 14, 28, 28, 28, 20], aligns="LLRRRRL")
    for p in f["body"]:
        d.para(p, 9.6, gap=2)
    d.para(f"Authorization on file: {f['auth']} ({f['auth_n']} sessions, valid {fd(f['auth_from'])} to "
           f"{fd(f['auth_to'])}).", 9.4)
    d.para(f"Peer review: your provider may request a peer-to-peer review by {fd(f['p2p'])} at {f['p2p_ph']}.", 9.4)
    d.para("Appeals: you may appeal within 180 days of the date of this statement. Mail your request to "
           f"{INSURER}, Appeals Unit, PO Box 7725, Dubuque, IA 52004. Customer service: {f['ph']}.", 9.4)
    return pdf_bytes(d)


def cover(r: Rand, f: dict) -> bytes:
    """The clinic's own fax cover sheet (belongs to no document)."""
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["clinic"], 16, "B", h=9)
    d.text_line(f"{r.randint(100, 999)} Fairhaven Parkway, Suite {r.randint(100, 400)}  -  Tel {f['cph']}", 9, h=5)
    d.rule(0.8, 6)
    d.text_line("FAX", 30, "B", h=16)
    for k, v in [("To", "Records - patient chart"), ("From", "TMS intake coordinator"), ("Date", fd_(f)),
                 ("Pages", "cover + payer letter"), ("Re", f"Payer determination for {f['name']}")]:
        d.font(12, "B")
        d.cell(30, 9, k + ":")
        d.font(12)
        d.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("Please file the attached payer letter in the chart and flag for Dr. review before the next consult. "
           "CONFIDENTIALITY: this transmission contains protected health information.", 11)
    return pdf_bytes(d)


def fd_(f):
    return f["fd"](f["notice"] + dt.timedelta(days=2))


def facts(i: int, kind: str, ds: str, ms: str, lh: int, font: str) -> dict:
    r = Rand(169500 + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    clinic, doctor = r.choice(CLINICS)
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), lh=lh, font=font, notice=notice,
             name=r.person()[0], addr=list(r.address()), dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)),
             mid="NB" + r.digits(9), group=r.letters(2) + r.digits(5), clinic=clinic, doctor=doctor, npi=r.npi(),
             ph=r.phone(), p2p_ph=r.phone(), fax=r.phone(), cph=r.phone(), form=r.digits(3),
             reviewer=r.choice(["Dr. Sigrun Achterberg, MD", "Dr. Emeka Balasubramanian, MD"]),
             lab=r.choice([("Member", "Member ID", "Reference number", "Requested start date"),
                           ("Patient", "Member number", "Case no.", "Planned first session")]),
             received=notice - dt.timedelta(days=r.randint(3, 9)))
    f["p2p"] = notice + dt.timedelta(days=r.choice([7, 10, 14]))
    f["ref"] = r.choice(["UM", "BH"]) + r.digits(8)
    f["start"] = notice + dt.timedelta(days=r.randint(7, 21))
    f["service"] = "TMS, initial course, CPT 90867 and 90868 (36 sessions requested)"
    n = 2 if kind == "trials" else 4
    hist = []
    for k, drug in enumerate(r.sample(DRUGS, n)):
        st = notice - dt.timedelta(days=400 - 90 * k + r.randint(0, 20))
        hist.append([drug, fmt_date(st, ds), f"{r.randint(5, 12)} weeks", r.choice(["partial response", "no response",
                                                                                     "stopped, side effects"])])
    if kind == "psychotherapy":
        hist.append(["psychotherapy (CBT/IPT)", "not documented", "-", "no trial in records"])
    f["hist"] = hist
    fd = f["fd"]
    if kind == "trials":
        f["body"] = [f"We reviewed the request from {clinic} for TMS for major depressive disorder. Our TMS coverage "
                     "guideline requires that the member did not respond to at least four antidepressant trials, from "
                     "at least two different classes, each at an adequate dose for at least six weeks. The records "
                     f"show only {n} trials. For this reason TMS is not medically necessary for you at this time, "
                     "and the request is denied."]
    elif kind == "psychotherapy":
        f["body"] = [f"{doctor} at {clinic} asked us to approve TMS. Our guideline also requires a trial of "
                     "evidence-based psychotherapy of adequate frequency and length without significant improvement. "
                     "The records we received do not document any psychotherapy. We have therefore decided that TMS "
                     "is not medically necessary, and the request is denied."]
    elif kind == "partial":
        f["approved"] = r.choice([20, 24])
        f["service"] = "TMS, CPT 90867 and 90868 (36 sessions requested)"
        f["body"] = [f"We approved part of this request. We approved {f['approved']} TMS sessions beginning "
                     f"{fd(f['start'])} (authorization {f['ref']}A). We denied the remaining {36 - f['approved']} "
                     "sessions. Our guideline approves an initial block and more sessions only after a documented "
                     "response on a standardized depression scale (PHQ-9 or HAM-D) at the end of the block. Without "
                     "that result the additional sessions are not medically necessary."]
    elif kind == "maint":
        f["service"] = "TMS maintenance course, CPT 90868 (one session every two weeks)"
        f["body"] = [f"{clinic} asked us to approve maintenance TMS after your acute course ended. Our guideline "
                     "covers an acute course and one repeat course after a relapse. Ongoing maintenance TMS is not "
                     "supported by the medical evidence and is not medically necessary under the guideline, so this "
                     "request is denied."]
    else:
        auth_n = 36
        f["auth_n"], f["auth"] = auth_n, "AU" + r.digits(7)
        f["auth_from"] = notice - dt.timedelta(days=r.randint(75, 90))
        f["auth_to"] = f["auth_from"] + dt.timedelta(days=60)
        first = notice - dt.timedelta(days=r.randint(25, 35))
        rate = r.choice([285.0, 310.0, 342.5])
        lines = []
        for k in range(r.choice([3, 4])):
            dd = first + dt.timedelta(days=k if kind == "sessions" else 14 * k)
            lines.append((dd, "90868", rate, 0.0, "N54" if kind == "sessions" else "M31"))
        f["lines"] = lines
        f["billed"], f["paid"] = round(rate * len(lines), 2), 0.0
        f["received"] = lines[-1][0] + dt.timedelta(days=r.randint(5, 12))
        f["notice"] = max(notice, f["received"] + dt.timedelta(days=6))
        f["p2p"] = f["notice"] + dt.timedelta(days=10)
        f["ref"] = "C" + r.digits(11)
        if kind == "sessions":
            f["body"] = [f"N54: These sessions go beyond the {auth_n} sessions approved under your authorization. "
                         "Additional sessions need a new approval before they are given. The plan paid nothing."]
        else:
            f["body"] = ["M31: Maintenance TMS after a completed course is not covered under your behavioral health "
                         "benefit. The plan paid nothing for these sessions."]
    return f


def make_truth(f: dict) -> dict:
    doc_type, denial, dalts = KINDS[f["kind"]]
    alts = {"provider": [f["doctor"]]}
    if f["kind"] in ("sessions", "maint_eob"):
        dates = [iso(x[0]) for x in f["lines"]]
        return truth(doc_type, denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=[f["ref"]], claim_amount=m2(f["billed"]),
                     service_dates=dates, denial_date=iso(f["notice"]), provider=f["clinic"],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                     alternates={"case_numbers": [[f["ref"], f["auth"]]], "insurer": [PLAN]}, denial_alternates=dalts)
    cases = [f["ref"]]
    if f["kind"] == "partial":
        alts["case_numbers"] = [[f["ref"], f["ref"] + "A"]]
    alts["insurer"] = [PLAN]
    return truth(doc_type, denial, insurer=INSURER, member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 service_dates=[iso(f["start"])], denial_date=iso(f["notice"]), provider=f["clinic"],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, money style, letterhead, font)
PLAN_ROWS = [
    ("tms_depression_treatment_denial_bd_trials", "born_digital", "trials", "long", "plain", 0, "Times"),
    ("tms_depression_treatment_denial_bd_sessions_eob", "born_digital", "sessions", "slash", "plain", 1, "Helvetica"),
    ("tms_depression_treatment_denial_scan_partial", "scan_clean_300", "partial", "abbr", "plain", 0, "Helvetica"),
    ("tms_depression_treatment_denial_lowres_maint", "scan_lowres_150", "maint", "iso", "plain", 1, "Times"),
    ("tms_depression_treatment_denial_faxf_stack", "fax_fine_g4", "psychotherapy", "slash", "plain", 0, "Helvetica"),
    ("tms_depression_treatment_denial_copy_maint_eob", "photocopy", "maint_eob", "dmy", "nosign", 0, "Helvetica"),
    ("tms_depression_treatment_denial_phone_trials", "phone_photo", "trials", "wlong", "plain", 1, "Times"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, lh, font) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms, lh, font)
        pdf = eob(f) if kind in ("sessions", "maint_eob") else letter(f)
        if cond == "fax_fine_g4":
            items.append(Item(stem, cond, [(pdf, make_truth(f))], separators=[cover(Rand(169590), f)]))
        else:
            items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
