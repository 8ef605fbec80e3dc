"""Family 'narrative_eob': an explanation of benefits with no service table, each claim told as a short paragraph.

Stonechat Health Alliance is fictional, as are all people and numbers. A statement opens with a box of totals
(providers charged, discounts, what we paid, not covered, what you may owe: decoy amounts), then tells every claim
of the household in sentences ("On 4 March 2026 Pim saw Dr. X at Y. They charged $420.00. Your plan allowed ...
We paid ... You may owe ..."). One or two claims per statement are denied, the reason in plain words with a remark
code; one statement denies nothing. Deductible progress and the processing period are decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundh_faml import DOCTORS, FIRST, KIDS, digits, dmy_long, money, person

FAMILY = "narrative_eob"
LANG = "en"
INSURER = "Stonechat Health Alliance"
GENERAL = ["Heathercombe Family Practice", "Ploverton Pediatric Associates", "Lindenmere Allergy & Asthma",
           "Brindlewood Ear, Nose & Throat", "Foxcote Gastroenterology"]
PAID_CARE = ["a follow-up visit", "a yearly checkup", "blood tests", "an X-ray of the wrist", "a flu shot",
             "an allergy visit", "a sick visit for an ear infection", "a skin check"]
# kind -> (denial, denial alternates, care, remark code, plain reason, facility override)
KINDS = {
    "oon": ("out_of_network", [], "a visit for knee pain",
            "OP-242",
            "this doctor is not in the Stonechat network, and your HMO plan pays for care outside the network "
            "only in an emergency or when we approve it ahead of time", "Wickham Ferry Orthopedics"),
    "limit": ("not_covered", ["other"], "a physical therapy session",
              "PT-119",
              "your plan pays for up to 20 physical therapy visits each plan year and those 20 visits had already "
              "been used", "Sallowmere Physical Therapy"),
    "late": ("timely_filing", [], "an urgent care visit",
             "TF-29",
             "the bill reached us more than 365 days after the visit, which is past the time your plan allows for "
             "a provider to send it", "Mistle Bend Urgent Care"),
    "bundle": ("coding_error", ["other"], "a mole removal and a separate charge for the stitches",
               "CB-97",
               "the stitches were billed on their own, but the payment for the mole removal already includes them; "
               "the provider should not bill the stitches separately", "Rookhaven Dermatology"),
    "noauth": ("prior_authorization", [], "an overnight sleep study",
               "PA-197",
               "a sleep study needs our approval before it is done, and nobody asked us for approval",
               "Tillbrook Sleep Disorders Center"),
    "elig": ("eligibility", ["other"], "a visit for a sprained ankle",
             "EL-27",
             "this family member's coverage under your plan ended on the last day of the month of their 26th "
             "birthday, before this visit", "Heathercombe Family Practice"),
}
# (stem, condition, denied kinds, claims in all, date style, deadline style, paragraph wording)
PLAN = [
    ("narrative_eob_bd_oon", "born_digital", ["oon"], 3, "dmy", "within", "a"),
    ("narrative_eob_bd_twolimit", "born_digital", ["limit", "limit"], 4, "long", "by", "b"),
    ("narrative_eob_scan_late", "scan_clean_300", ["late"], 3, "slash", "within", "a"),
    ("narrative_eob_lowres_bundle", "scan_lowres_150", ["bundle"], 2, "dmy", "receive", "b"),
    ("narrative_eob_copy_noauth", "photocopy", ["noauth"], 4, "long", "within", "a"),
    ("narrative_eob_photo_paid", "phone_photo", [], 3, "dmy", "within", "b"),
    ("narrative_eob_rot_elig", "rotated", ["elig"], 3, "iso", "by", "a"),
]


def fdate(d: dt.date, style: str) -> str:
    return dmy_long(d) if style == "dmy" else fmt_date(d, style)


def usd(v: float) -> str:
    return f"${v:,.2f}"


def household(r: random.Random) -> dict:
    sub, _, last = person(r)
    spouse = person(r, FIRST, last)[0]
    kids = [person(r, [k], last)[0] for k in r.sample(KIDS, 2)]
    return dict(sub=sub, people=[sub, spouse] + kids, last=last, mid=f"SHA{digits(r, 9)}",
                group=f"{digits(r, 5)}-{r.choice(['A', 'B', 'C'])}{digits(r, 2)}")


def paid_claim(r: random.Random, who: str, when: dt.date) -> dict:
    charged = money(r, 95, 640)
    allowed = round(charged * r.uniform(0.55, 0.8), 2)
    owe = r.choice([0.0, 25.0, 40.0, round(allowed * 0.2, 2)])
    owe = min(owe, allowed)
    return dict(who=who, doctor=r.choice(DOCTORS), fac=r.choice(GENERAL), care=r.choice(PAID_CARE),
                date=when, charged=charged, allowed=allowed, paid=round(allowed - owe, 2), owe=owe,
                no=f"{when.strftime('%y')}{r.choice('CDEHK')}{digits(r, 8)}", kind=None)


def denied_claim(r: random.Random, kind: str, who: str, when: dt.date, doctor: str | None = None) -> dict:
    _, _, care, code, _, fac = KINDS[kind]
    charged = {"oon": money(r, 240, 620), "limit": money(r, 140, 260), "late": money(r, 180, 420),
               "bundle": money(r, 380, 900), "noauth": money(r, 1400, 3200), "elig": money(r, 150, 380)}[kind]
    return dict(who=who, doctor=doctor or r.choice(DOCTORS), fac=fac, care=care,
                date=when, charged=charged, allowed=0.0, paid=0.0, owe=charged,
                no=f"{when.strftime('%y')}{r.choice('CDEHK')}{digits(r, 8)}", kind=kind, code=code)


def paragraph(c: dict, style: str, wording: str) -> str:
    first = c["who"].split()[0]
    when = fdate(c["date"], style)
    if c["kind"] is None:
        if wording == "a":
            return (f"On {when}, {first} saw {c['doctor']} at {c['fac']} for {c['care']}. They charged "
                    f"{usd(c['charged'])}. Your plan allowed {usd(c['allowed'])}. We paid {usd(c['paid'])}. "
                    f"You may owe {usd(c['owe'])}.")
        return (f"{first} had {c['care']} with {c['doctor']} ({c['fac']}) on {when}. The bill was "
                f"{usd(c['charged'])}; the amount your plan allows is {usd(c['allowed'])}. We paid "
                f"{usd(c['paid'])}, and your share is {usd(c['owe'])}.")
    reason = KINDS[c["kind"]][4]
    if wording == "a":
        return (f"On {when}, {first} saw {c['doctor']} at {c['fac']} for {c['care']}. They charged "
                f"{usd(c['charged'])}. We did not pay any of this claim, because {reason}. "
                f"(Remark code {c['code']}.) You may owe the provider up to {usd(c['owe'])}.")
    return (f"{first} had {c['care']} with {c['doctor']} ({c['fac']}) on {when}. The bill was "
            f"{usd(c['charged'])}. We did not pay it: {reason}. Remark code {c['code']}. "
            f"You may be asked to pay the full {usd(c['owe'])}.")


def tiles(d: Doc, claims: list[dict]) -> None:
    """The totals box at the top: five tiles of decoy amounts."""
    charged = sum(c["charged"] for c in claims)
    paid = sum(c["paid"] for c in claims)
    nc = sum(c["charged"] for c in claims if c["kind"])
    disc = charged - nc - sum(c["allowed"] for c in claims if not c["kind"])
    owe = sum(c["owe"] for c in claims)
    cells = [("Providers charged", charged), ("Your plan's discounts", disc), ("We paid", paid),
             ("Not covered", nc), ("You may owe", owe)]
    w = (d.w - d.l_margin - d.r_margin) / len(cells)
    x0, y0 = d.l_margin, d.get_y()
    d.set_fill_color(232, 240, 236)
    for i, (label, v) in enumerate(cells):
        d.rect(x0 + i * w, y0, w, 17, style="DF")
        d.set_xy(x0 + i * w + 2, y0 + 2)
        d.font(8)
        d.cell(w - 4, 4, label, align="C")
        d.set_xy(x0 + i * w + 2, y0 + 8)
        d.font(13, "B")
        d.cell(w - 4, 7, usd(v), align="C")
    d.set_xy(d.l_margin, y0 + 21)


def statement(r: random.Random, kinds: list[str], n_claims: int, style: str, dl: str, wording: str):
    h = household(r)
    stmt = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 150))
    start = stmt - dt.timedelta(days=r.randint(28, 34))
    dates = sorted(stmt - dt.timedelta(days=r.randint(12, 70)) for _ in range(n_claims))
    claims = []
    denied_who = r.choice(h["people"][1:] if kinds and kinds[0] == "elig" else h["people"])
    if kinds and kinds[0] == "elig":
        denied_who = h["people"][2]
    slots = sorted(r.sample(range(n_claims), len(kinds)))
    doctor = r.choice(DOCTORS)
    for i, when in enumerate(dates):
        if i in slots:
            kind = kinds[slots.index(i)]
            if kind == "late":
                when = when - dt.timedelta(days=r.randint(400, 460))
            claims.append(denied_claim(r, kind, denied_who, when, doctor if kind == "limit" else None))
        else:
            claims.append(paid_claim(r, r.choice(h["people"]) if kinds else h["sub"], when))
    d = Doc("Helvetica", footer="Stonechat Health Alliance  -  page {p} of {n}")
    d.add_page()
    d.text_line(INSURER, size=18, style="B", h=8)
    d.text_line("PO Box 4417, Ellery Falls, VT 05901  |  Member care 1-877-555-0164 (TTY 711)", size=8, h=5)
    d.rule(0.8, 3)
    d.text_line("Your Explanation of Benefits", size=14, style="B", h=7)
    d.text_line("THIS IS NOT A BILL. It tells you what happened with the claims we finished recently.", size=9, h=5)
    d.ln(2)
    y = d.get_y()
    d.font(9.5)
    d.multi_cell(95, 5, f"{h['sub']}\n{r.randint(11, 980)} Cairnbrook Terrace\nEllery Falls, VT 05901",
                 new_x="RIGHT", new_y="TOP")
    d.set_xy(d.l_margin + 100, y)
    labels = [("Statement date", fdate(stmt, style)), ("Member ID", h["mid"]), ("Group", h["group"]),
              ("Plan", "Stonechat Silver Select HMO 3000"),
              ("Claims finished", f"{fdate(start, style)} to {fdate(stmt - dt.timedelta(days=2), style)}")]
    for k, v in labels:
        d.set_x(d.l_margin + 100)
        d.font(8.5)
        d.cell(30, 5, k + ":")
        d.font(9, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your statement at a glance", size=11, style="B", h=6)
    tiles(d, claims)
    d.text_line("What happened with each claim", size=12, style="B", h=7)
    for i, c in enumerate(claims, 1):
        status = "Not paid" if c["kind"] else "Paid"
        d.font(9.5, "B")
        d.cell(0, 5.5, f"{i}. {c['who']}  -  claim {c['no']}  -  {status}", new_x="LMARGIN", new_y="NEXT")
        d.para(paragraph(c, style, wording), size=9.5, gap=3)
    d.text_line("Your deductible and out-of-pocket so far", size=11, style="B", h=6)
    ded = money(r, 300, 2900)
    d.para(f"This plan year the family has met {usd(ded)} of its {usd(3000)} deductible and {usd(ded + 410)} of its "
           f"{usd(9000)} out-of-pocket limit. These figures include claims finished through "
           f"{fdate(stmt - dt.timedelta(days=2), style)}.", size=9.5)
    deadline = stmt + dt.timedelta(days=180) if dl == "within" else (
        stmt + dt.timedelta(days=r.choice([178, 180, 183])) if dl == "by" else None)
    d.text_line("If you think we got something wrong", size=11, style="B", h=6)
    when = {"within": "Send your appeal within 180 days of the date of this statement.",
            "by": f"We must receive your appeal by {fdate(deadline, style) if deadline else ''}.",
            "receive": "Send your appeal within 180 days after you receive this statement."}[dl]
    d.para("Call us first: many problems are fixed with one call. If you still disagree, you or someone you "
           f"choose can ask for an appeal in writing. {when} Tell us the claim number and why you disagree. If "
           "your health could be harmed by waiting, ask for an urgent appeal and we will answer within 72 hours. "
           "After our final decision you may be able to ask for an independent external review within 4 months.",
           size=9.5)
    if kinds:
        codes = sorted({(c["code"], c["kind"]) for c in claims if c["kind"]})
        d.text_line("Remark codes on this statement", size=10, style="B", h=6)
        for code, kind in codes:
            d.para(f"{code}: {KINDS[kind][4][0].upper() + KINDS[kind][4][1:]}.", size=8.5, gap=1)
    return pdf_bytes(d), make_truth(h, claims, stmt, deadline, dl, kinds)


def make_truth(h: dict, claims: list[dict], stmt: dt.date, deadline, dl: str, kinds: list[str]) -> dict:
    alts: dict = {}
    if dl == "receive":
        alts["appeal_deadline"] = [iso(stmt + dt.timedelta(days=180))]
    den = [c for c in claims if c["kind"]]
    if not den:
        alts["appeal_deadline"] = [iso(deadline)] if deadline else []
        alts["claim_amount"] = [m2(c["charged"]) for c in claims]
        return truth("eob", None, insurer=INSURER, group_number=h["group"], member_id=h["mid"],
                     member_name=claims[0]["who"], case_numbers=[c["no"] for c in claims],
                     claim_amount=m2(sum(c["charged"] for c in claims)),
                     service_dates=[iso(c["date"]) for c in claims], denial_date=iso(stmt),
                     provider=claims[0]["doctor"], appeal_deadline=None, alternates=alts,
                     unscored=["provider"])
    alts["provider"] = [den[0]["fac"]]
    if len(den) > 1:
        alts["claim_amount"] = [m2(c["charged"]) for c in den]
    return truth("eob", KINDS[den[0]["kind"]][0], insurer=INSURER, group_number=h["group"], member_id=h["mid"],
                 member_name=den[0]["who"], case_numbers=[c["no"] for c in den],
                 claim_amount=m2(sum(c["charged"] for c in den)), service_dates=[iso(c["date"]) for c in den],
                 denial_date=iso(stmt), provider=den[0]["doctor"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=KINDS[den[0]["kind"]][1])


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, n, style, dl, wording) in enumerate(PLAN):
        r = random.Random(7100 + i)
        items.append(Item(stem, cond, [statement(r, kinds, n, style, dl, wording)]))
    return items
