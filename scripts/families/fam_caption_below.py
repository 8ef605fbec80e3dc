"""Family 'caption_below': claim determination forms whose captions are printed UNDER each value, with a tear-off
premium coupon at the bottom.

Ravensmoor Mutual Health Insurance Company is fictional, as are all people and numbers. As on paper claim forms
and remittance stubs, every box holds the value on a line and, under a thin rule, a tiny caption ("Member
identification number"). The grid carries insured and patient, member ID, group, plan, claim and reference
numbers, dates of service and decoys (date received, provider NPI, amount paid, document control and form
numbers). The reason sits in a box captioned "Reason for determination". A detachable coupon at the foot repeats
the member ID beside a premium account number, a decoy amount due and due date, and an OCR-A style scan line.
One is an EOB with a line table whose column captions sit under the rows.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundi_famo import DOCTORS, FACILITIES, FIRST, days, digits, letters, money, person, usd

FAMILY = "caption_below"
LANG = "en"
INSURER = "Ravensmoor Mutual Health Insurance Company"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def fd(d: dt.date, style: str) -> str:
    return fmt_date(d, style)


def cell(d: Doc, x: float, y: float, w: float, h: float, value: str, caption: str, size: float = 10.5,
         bold: bool = False):
    """A ruled box: the value on its line, a thin rule, the tiny caption under the rule."""
    d.set_line_width(0.3)
    d.rect(x, y, w, h)
    d.set_xy(x + 1.5, y + 1.6)
    d.font(size, "B" if bold else "")
    d.cell(w - 3, 5, value)
    d.set_line_width(0.15)
    d.line(x + 1.5, y + h - 4.4, x + w - 1.5, y + h - 4.4)
    d.set_xy(x + 1.5, y + h - 4.0)
    d.font(6)
    d.cell(w - 3, 3, caption)


def row(d: Doc, y: float, cells: list[tuple[str, str, float]], h: float = 12.5) -> float:
    x = d.l_margin
    for value, caption, w in cells:
        cell(d, x, y, w, h, value, caption)
        x += w
    return y + h


def text_box(d: Doc, y: float, text: str, caption: str, size: float = 9.5) -> float:
    """A full-width box of running text with its caption under the rule at the bottom."""
    w = d.w - d.l_margin - d.r_margin
    d.set_xy(d.l_margin + 1.5, y + 1.8)
    d.font(size)
    d.multi_cell(w - 3, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
    h = d.get_y() - y + 6
    d.set_line_width(0.3)
    d.rect(d.l_margin, y, w, h)
    d.set_line_width(0.15)
    d.line(d.l_margin + 1.5, y + h - 4.4, d.l_margin + w - 1.5, y + h - 4.4)
    d.set_xy(d.l_margin + 1.5, y + h - 4.0)
    d.font(6)
    d.cell(w - 3, 3, caption)
    return y + h


def letterhead(d: Doc, title: str, form: str, dcn: str):
    d.set_xy(d.l_margin, 12)
    d.font(17, "B")
    d.cell(110, 8, "RAVENSMOOR MUTUAL")
    d.font(12, "B")
    d.set_xy(105, 12)
    d.multi_cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin, 20)
    d.font(9)
    d.cell(0, 4.5, "Health Insurance Company", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, "P.O. Box 7714, Harrowby, NE 68519  |  Member Services 1-877-555-0142 (TTY 711)",
           new_x="LMARGIN", new_y="NEXT")
    d.set_xy(120, 29)
    d.font(7.5)
    d.multi_cell(0, 3.6, f"{form}\nDocument control no. {dcn}", align="R", new_x="LMARGIN", new_y="NEXT")


def address(d: Doc, y: float, name: str, street: str, city: str) -> float:
    d.set_xy(d.l_margin, y)
    d.font(10)
    d.multi_cell(90, 4.8, f"{name.upper()}\n{street}\n{city}", new_x="LMARGIN", new_y="NEXT")
    return d.get_y() + 4


def coupon(d: Doc, c: dict):
    """The detachable premium coupon: decoy amount due and due date, member ID again, account no., scan line."""
    y = 228
    d.set_dash_pattern(dash=1.5, gap=1.2)
    d.line(d.l_margin - 4, y, d.w - d.r_margin + 4, y)
    d.set_dash_pattern()
    d.set_xy(d.l_margin, y + 1)
    d.font(7)
    d.cell(0, 3.5, "Detach here and return the lower portion with your premium payment. Do not send appeals or "
                   "claims with this coupon.", align="C")
    d.set_xy(d.l_margin, y + 6)
    d.font(9, "B")
    d.cell(0, 4.5, "RAVENSMOOR MUTUAL  -  PREMIUM PAYMENT COUPON")
    w = d.w - d.l_margin - d.r_margin
    yy = row(d, y + 12, [(c["account"], "Account number", w * 0.3), (c["mid"], "Member identification number",
                         w * 0.3), (c["due_date"], "Payment due date", w * 0.2), (c["due"], "Amount due", w * 0.2)])
    row(d, yy, [("$ ____________", "Amount enclosed", w * 0.3),
                ("Ravensmoor Mutual, Lockbox 40418, Omaha, NE 68103", "Make check payable and mail to", w * 0.7)])
    d.add_font("OCRish", "", MONO)
    d.set_font("OCRish", "", 11)
    d.set_xy(d.l_margin, 267)
    d.cell(0, 5, c["scan"], align="C")


def scan_line(account: str, mid: str, due: float) -> str:
    cents = f"{round(due * 100):09d}"
    check = sum(int(ch) for ch in account + cents if ch.isdigit()) % 10
    return f"{account}  {mid}  {cents}  {check}"


def setup(r: random.Random, dependent: bool = False) -> dict:
    ins, _, last = person(r)
    patient = person(r, FIRST, last)[0] if dependent else ins
    street = f"{r.randint(14, 9800)} {r.choice(['Gorse Hill Road', 'Tamar Street', 'Lanyon Court', 'Mousehole Lane'])}"
    city = r.choice(["Kearney, NE 68847", "Grand Island, NE 68801", "Norfolk, NE 68701", "Hastings, NE 68901"])
    account = digits(r, 10)
    mid = f"RM{digits(r, 9)}"
    due = money(r, 180, 640)
    return dict(ins=ins, patient=patient, street=street, city=city, mid=mid, account=account, due_v=due,
                group=f"G-{digits(r, 6)}", doctor=r.choice(DOCTORS), clinic=r.choice(FACILITIES),
                npi="1" + digits(r, 9), dcn=f"{digits(r, 4)}{letters(r, 2)}{digits(r, 6)}")


def notice(r, b, kind: dict, style: str):
    """One determination form; `kind` carries the claim, reason and appeal wording."""
    d = Doc(margins=(16, 12, 16))
    d.set_auto_page_break(False)
    d.add_page()
    letterhead(d, kind.get("title", "NOTICE OF CLAIM DETERMINATION"), kind.get("form", "Form RM-2207 (01/26)"),
               b["dcn"])
    y = address(d, 42, b["ins"], b["street"], b["city"])
    w = d.w - d.l_margin - d.r_margin
    n = kind["notice"]
    y = row(d, y, [(b["ins"], "Name of insured (subscriber)", w * 0.38), (b["patient"], "Patient name", w * 0.38),
                   (fd(n, style), "Date of this notice", w * 0.24)])
    plan_val, plan_cap = kind.get("plan", ("Ravensmoor Silver Choice 3000", "Benefit plan name"))
    y = row(d, y, [(b["mid"], "Member identification number", w * 0.3), (b["group"], "Group number", w * 0.22),
                   (plan_val, plan_cap, w * 0.48)])
    y = row(d, y, [(kind["claim"], "Claim number", w * 0.26), (kind.get("ref", ""), "Reference number", w * 0.2),
                   (kind["svc_text"], "Date(s) of service", w * 0.3), (fd(kind["received"], style),
                                                                       "Date claim received", w * 0.24)])
    y = row(d, y, [(b["doctor"], "Rendering provider", w * 0.34), (b["clinic"], "Billing provider", w * 0.42),
                   (b["npi"], "Billing provider NPI", w * 0.24)])
    y = row(d, y, [(kind["service"], "Service", w * 0.46), (usd(kind["billed"]), "Total charges billed", w * 0.18),
                   (usd(kind.get("paid", 0)), "Amount paid by plan", w * 0.18), (kind["decision"], "Determination",
                                                                               w * 0.18)])
    for dos, code, what, amt, remark in kind.get("lines", []):
        y = row(d, y, [(dos, "Date of service", w * 0.16), (code, "Procedure code", w * 0.14),
                       (what, "Description of service", w * 0.34), (usd(amt), "Charges", w * 0.13),
                       ("$0.00", "Plan paid", w * 0.12), (remark, "Remark", w * 0.11)], h=11.5)
    y = text_box(d, y + 3, kind["reason"], "Reason for determination")
    if kind.get("deadline_box"):
        y = row(d, y, [(kind["deadline_box"], "Last day we must receive your appeal", w * 0.4),
                       ("Appeals Unit, P.O. Box 7720, Harrowby, NE 68519", "Send appeals to",
                        w * 0.6)])
    d.set_xy(d.l_margin, y + 3)
    d.para(kind["appeal"], size=8.6, gap=1.5)
    d.para("ATENCIÓN: si habla español, llame al 1-877-555-0142 (TTY 711) para recibir ayuda gratuita.", size=7.5,
           gap=0)
    d.para("Coverage is provided by Ravensmoor Mutual Health Insurance Company, Harrowby, Nebraska.", size=7.5,
           gap=0)
    due = usd(b["due_v"])
    coupon(d, dict(account=b["account"], mid=b["mid"], due_date=fd(kind["due_date"], style), due=due,
                   scan=scan_line(b["account"], b["mid"], b["due_v"])))
    return pdf_bytes(d)


def t_of(b, kind, denial, deadline, doc="denial_letter", **kw):
    kw.setdefault("alternates", {})
    kw["alternates"].setdefault("insurer", ["Ravensmoor Mutual"])
    kw["alternates"].setdefault("provider", [b["clinic"]])
    cases = [kind["claim"]] + ([kind["ref"]] if kind.get("ref") else [])
    plan = kind.get("plan", ("Ravensmoor Silver Choice 3000", "Benefit plan name"))
    if plan[1] == "Benefit plan name":
        kw["alternates"].setdefault("plan_id", [plan[0]])
    return truth(doc, denial, insurer=INSURER, member_id=b["mid"], member_name=b["patient"], case_numbers=cases,
                 claim_amount=m2(kind["billed"]), service_dates=kind["dates"], denial_date=iso(kind["notice"]),
                 provider=b["doctor"], group_number=b["group"], appeal_deadline=deadline, **kw)


def claim_no(r):
    return f"{digits(r, 2)}{r.choice('ABCD')}{digits(r, 7)}"


def within(days_: int, what: str = "notice") -> str:
    return (f"If you disagree with this determination you may ask us for an appeal. Your written appeal must be "
            f"received within {days_} days of the date of this {what}. Include a copy of this form, the claim number "
            f"and any records or letters from your provider. You may ask for copies of everything we used to decide, "
            f"free of charge. If your plan is subject to ERISA you may also have the right to bring a civil action "
            f"after the appeal process. An independent external review may be available after the appeal.")


def by_date(text_date: str) -> str:
    return (f"To appeal, write to us at the address in the box above. We must receive your appeal on or before "
            f"{text_date}. Keep a copy of this form. You may ask for the documents we relied on at no cost. An "
            f"external review by an independent organization may be available once the appeal is decided.")


def pa(r):
    b = setup(r)
    svc = dt.date(2026, 1, 14)
    n = days(svc, 33)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "slash"), dates=[iso(svc)], received=days(svc, 12),
                claim=claim_no(r), ref=f"R{digits(r, 7)}", service="MRI, lumbar spine without contrast (72148)",
                billed=money(r, 1400, 2600), decision="DENIED", due_date=days(n, 20),
                plan=(f"RMI-{digits(r, 4)}-PPO", "Plan identifier"),
                reason="No prior authorization was on file. An MRI of the spine needs our approval before it is "
                       "done, and the provider did not ask for one. Remark code PA-04.",
                appeal=within(180))
    dl = days(n, 180)
    t = t_of(b, kind, "prior_authorization", iso(dl), plan_id=kind["plan"][0])
    return notice(r, b, kind, "slash"), t


def experimental(r):
    b = setup(r, dependent=True)
    svc = dt.date(2026, 2, 2)
    n = days(svc, 41)
    dl = days(n, 180)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "long"), dates=[iso(svc)], received=days(svc, 15),
                claim=claim_no(r), service="Whole-genome sequencing panel (81425)", billed=money(r, 5200, 9800),
                decision="NOT COVERED", due_date=days(n, 18), deadline_box=fd(dl, "long"),
                reason="This test is still being studied. Our medical policy MP-0318 finds that whole-genome "
                       "sequencing for this condition is investigational: published studies have not shown that "
                       "it changes treatment or improves health outcomes.",
                appeal=by_date(fd(dl, "long")))
    b["clinic"] = "Ribblesdale Genetics Laboratory"
    t = t_of(b, kind, "experimental", iso(dl), denial_alternates=["not_covered"])
    return notice(r, b, kind, "long"), t


def eligibility(r):
    b = setup(r)
    svc = dt.date(2026, 3, 9)
    n = days(svc, 28)
    dl = days(n, 180)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "upper"), dates=[iso(svc)], received=days(svc, 9),
                claim=claim_no(r), ref=f"R{digits(r, 7)}", service="Emergency room visit, level 4 (99284)",
                billed=money(r, 1900, 3400), decision="DENIED", due_date=days(n, 14), deadline_box=fd(dl, "upper"),
                title="NOTICE OF CLAIM DETERMINATION\nCOVERAGE NOT IN FORCE",
                reason="Your coverage was not in force on the date of service. The premium due for February 2026 "
                       "was not paid by the end of the grace period, so your policy ended on February 28, 2026. "
                       "Claims for care after that date cannot be paid.",
                appeal=by_date(fd(dl, "upper")))
    t = t_of(b, kind, "eligibility", iso(dl))
    return notice(r, b, kind, "upper"), t


def cob_eob(r):
    """An EOB in the same style: the line table's column captions sit under its rows."""
    b = setup(r, dependent=True)
    svc = dt.date(2026, 2, 19)
    n = days(svc, 24)
    lines = [("99214", "Office visit, established", money(r, 190, 260)), ("93000", "Electrocardiogram", money(r, 70, 130)),
             ("80053", "Metabolic panel", money(r, 60, 110))]
    total = round(sum(x[2] for x in lines), 2)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "iso"), dates=[iso(svc)], received=days(svc, 6),
                claim=claim_no(r), service="Office visit with tests (3 lines)", billed=total, decision="DENIED",
                due_date=days(n, 21), title="EXPLANATION OF BENEFITS\nTHIS IS NOT A BILL",
                reason="Our records show that the patient also has coverage under another group health plan that "
                       "pays first. Send this claim to that plan first, then send us its explanation of benefits. "
                       "Remark code CO-22 (other coverage primary).",
                appeal=within(180, "statement"), form="Form RM-EOB-12 (01/26)",
                lines=[(fd(svc, "iso"), c, w, a, "CO-22") for c, w, a in lines])
    pdf = notice(r, b, kind, "iso")
    t = t_of(b, kind, "other", iso(days(n, 180)), doc="eob", type_alternates=["denial_letter"])
    return pdf, t, lines


def timely(r):
    b = setup(r)
    svc = dt.date(2025, 4, 7)
    n = dt.date(2026, 2, 11)
    dl = days(n, 180)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "abbr"), dates=[iso(svc)], received=dt.date(2026, 1, 26),
                claim=claim_no(r), ref=f"R{digits(r, 7)}", service="Physical therapy evaluation (97162)",
                billed=money(r, 240, 480), decision="DENIED", due_date=days(n, 19), deadline_box=fd(dl, "abbr"),
                reason="The claim was received more than 180 days after the date of service. Claims must be "
                       "filed within 180 days. Remark code TF-18. Your provider may not bill you for this amount.",
                appeal=by_date(fd(dl, "abbr")))
    t = t_of(b, kind, "timely_filing", iso(dl))
    return notice(r, b, kind, "abbr"), t


def oon(r):
    b = setup(r)
    svc = dt.date(2026, 1, 28)
    n = days(svc, 30)
    kind = dict(notice=n, svc=svc, svc_text=fd(svc, "slash"), dates=[iso(svc)], received=days(svc, 10),
                claim=claim_no(r), service="Arthroscopy, knee, meniscectomy (29881)", billed=money(r, 6100, 9900),
                decision="DENIED", due_date=days(n, 16), plan=("Ravensmoor Bronze EPO 6500", "Benefit plan name"),
                reason="Your EPO plan covers care only from providers in the Ravensmoor network, except emergencies. "
                       "The surgeon and the surgery center were out of network and no exception was approved.",
                appeal=within(180).replace("of the date of this notice", "after you receive this notice"))
    t = t_of(b, kind, "out_of_network", None, alternates={"appeal_deadline": [iso(days(n, 180))]})
    return notice(r, b, kind, "slash"), t


def mednec(r):
    b = setup(r, dependent=True)
    svc, end = dt.date(2026, 3, 2), dt.date(2026, 3, 27)
    n = days(end, 26)
    dl = days(n, 180)
    kind = dict(notice=n, svc=svc, svc_text=f"{fd(svc, 'mdy_nopad')} - {fd(end, 'mdy_nopad')}",
                dates=[iso(svc, end)], received=days(end, 5), claim=claim_no(r), ref=f"R{digits(r, 7)}",
                service="Physical therapy, visits 13 to 20 (97110)", billed=money(r, 1100, 1900), decision="DENIED",
                due_date=days(n, 15), deadline_box=fd(dl, "mdy_nopad"),
                reason="The therapy notes show the same strength and range of motion at visits 8 and 12. Therapy "
                       "after visit 12 was not expected to improve function any further, so the plan does not pay "
                       "for visits 13 to 20. A home exercise program can continue the gains.",
                appeal=by_date(fd(dl, "mdy_nopad")))
    t = t_of(b, kind, "medical_necessity", iso(dl))
    return notice(r, b, kind, "mdy_nopad"), t


def cob(r):
    pdf, t, _ = cob_eob(r)
    return pdf, t


PLAN = [
    ("caption_below_bd_priorauth", "born_digital", pa),
    ("caption_below_bd_experimental", "born_digital", experimental),
    ("caption_below_scan_eligibility", "scan_clean_300", eligibility),
    ("caption_below_copy_cob", "photocopy", cob),
    ("caption_below_faxs_timely", "fax_standard_g4", timely),
    ("caption_below_rot_oon", "rotated", oon),
    ("caption_below_lowres_mednec", "scan_lowres_150", mednec),
]


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [fn(random.Random(9400 + i))]) for i, (stem, cond, fn) in enumerate(PLAN)]
