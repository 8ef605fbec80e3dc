"""Family 'skin_substitute_wound_care': an invented Medicare Advantage plan's denials of skin substitute
applications (Q-codes) for a diabetic foot ulcer.

Issuer: Silverbirch Medicare Advantage (HMO) (parent line "Juniper Crest Health Partners" above the plan's name,
itself split over two lines). Letters in the shape of a coverage-denial notice: who asked, what was asked for, why
we said no, how to appeal, help lines. The podiatrist requests or applies the product at a wound clinic (a decoy
organisation); application dates are printed as a list. Kinds: product experimental (payment), fewer than four
weeks of standard care (pre-service, no amount), the same said in plain words, applied without approval, a
partial approval (three applications approved, two denied), an upheld reconsideration, and a fax stack of a cover
sheet, a denial and an approval. Decoys: the wound's size, the NPI, the HbA1c date, the printed date, the request
received date, the contract material number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw1 import address, days, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "skin_substitute_wound_care"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INSURER = "Silverbirch Medicare Advantage (HMO)"
CLINICS = ["Harrowgate Wound Healing Center", "Pellmore Advanced Wound Clinic"]
PODS = ["Dr. Leontyne Farquharson, DPM", "Dr. Emrys Callaway, DPM", "Dr. Odette Brightwell, DPM"]
PRODUCTS = {"Q4101": "bilayered living cell construct", "Q4186": "dehydrated amniotic membrane allograft",
            "Q4232": "acellular dermal matrix, porcine"}
# kind: (denial type, denial alternates, product, pre-service?, applications, how many denied)
KINDS = {"exper": ("experimental", ["not_covered"], "Q4232", False, 4, 4),
         "weeks": ("medical_necessity", [], "Q4101", True, 5, 5),
         "plain": ("medical_necessity", [], "Q4186", False, 3, 3),
         "noauth": ("prior_authorization", [], "Q4101", False, 2, 2),
         "partial": ("medical_necessity", [], "Q4186", True, 5, 2),
         "upheld": ("experimental", ["not_covered"], "Q4232", False, 3, 3),
         "stack": ("experimental", ["not_covered"], "Q4232", True, 4, 4)}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ds: str, ms: str, app: str) -> dict:
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 160))
    pre = KINDS[kind][3]
    first = days(notice, r.randint(6, 12)) if pre else days(notice, -r.randint(40, 60))
    apps = [days(first, 7 * i) for i in range(KINDS[kind][4])]
    per = money(r, 380, 1150)
    return dict(kind=kind, ds=ds, ms=ms, app=app, notice=notice, fd=lambda x: fdate(x, ds), member=person(r),
                addr=address(r), mid=mixed(r, "SB9A99999A"), ph=phone(r), case=mixed(r, "IR-2026-99A999"),
                claim=mixed(r, "99999A999999") if not pre else None, appeal=mixed(r, "RC-999999"),
                clinic=r.choice(CLINICS), pod=r.choice(PODS), npi=npi(r), apps=apps, per=per,
                recv=days(notice, -r.randint(3, 9)), wks=r.randint(2, 3), size=f"{r.randint(2, 6)}.{r.randint(1, 9)}",
                a1c=days(notice, -r.randint(20, 80)), dl=days(notice, 65), sig=staff(r))


def head(d: Letter, f: dict, title: str) -> None:
    d.text_line("Juniper Crest Health Partners", 8.5, h=4.2)
    d.text_line("Silverbirch Medicare", 15, "B", h=7)
    d.text_line("Advantage (HMO)", 12, "B", h=6)
    d.text_line(f"Utilization Management  |  Phone {f['ph']}  |  TTY 711", 8.5)
    d.rule(0.5, 4)
    d.text_line(f"Date: {f['fd'](f['notice'])}", 10)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line(title, 12, "B", h=7)


def ids(d: Letter, f: dict) -> None:
    rows = [("Member", f["member"]), ("Member number", f["mid"]), ("Case no.", f["case"])]
    if f["claim"]:
        rows.append(("Claim no.", f["claim"]))
    if f["kind"] == "upheld":
        rows.append(("Reconsideration no.", f["appeal"]))
    rows.append(("Requesting provider", f"{f['pod']} (NPI {f['npi']})"))
    rows.append(("Place of service", f["clinic"]))
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(44, 5.2, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def asked(d: Letter, f: dict) -> None:
    code = KINDS[f["kind"]][2]
    pre = KINDS[f["kind"]][3]
    d.text_line("What was asked for", 10.5, "B", h=6)
    verb = "asked us to approve" if pre else "billed us for"
    total = usd(f["per"] * len(f["apps"]), f["ms"])
    amt = "" if pre else f" The charges came to {total}."
    d.para(f"{f['pod']} {verb} {len(f['apps'])} applications of {code} ({PRODUCTS[code]}) to a diabetic ulcer "
           f"of the right foot ({f['size']} sq cm), at {f['clinic']}, on these dates:{amt}", 10, gap=1)
    for a in f["apps"]:
        d.text_line(f"     -  {f['fd'](a)}", 10, h=5)
    d.ln(2)


REASON = {
    "exper": "We denied these applications. Our coverage policy treats {code} for foot ulcers as experimental and "
             "investigational: the published studies do not show it heals ulcers better than standard care.",
    "weeks": "We denied this request as not medically necessary. Skin substitutes are covered only after at least "
             "4 weeks of standard wound care (cleaning, offloading, dressings) without improvement. The records "
             "show {wks} weeks of standard care before the request.",
    "plain": "We will not pay for these applications. The wound had been treated with dressings and offloading "
             "for only {wks} weeks before the first application. Our rules ask for four full weeks of that care "
             "first, to see whether the ulcer heals without a graft. The records sent did not show this.",
    "noauth": "We denied payment because your plan must approve skin substitute grafts before they are applied. "
              "No approval was requested for these dates.",
    "upheld": "You asked us to reconsider our denial of {code}. A physician who was not part of the first decision "
              "reviewed the case. We are upholding our denial: this product is still considered investigational "
              "for diabetic foot ulcers under our coverage policy.",
    "stack": "We denied this request. {code} is considered experimental for diabetic foot ulcers: there is not "
             "enough evidence that it works.",
}


def partial(d: Letter, f: dict) -> None:
    ok, no = f["apps"][:3], f["apps"][3:]
    d.text_line("Our decision", 10.5, "B", h=6)
    d.para("We approved part of this request and denied part of it.", 10, gap=1)
    d.para("Approved: " + "; ".join(f["fd"](a) for a in ok), 10, gap=1)
    d.para("Denied: " + "; ".join(f["fd"](a) for a in no), 10, gap=1)
    d.para("Why we denied the last two: the plan covers up to three applications first, then asks for wound "
           "measurements showing at least a 40% smaller wound before more are medically necessary. Your doctor "
           "may send those measurements with a new request.", 10)


def appeal(d: Letter, f: dict) -> None:
    d.text_line("You have the right to appeal" if f["kind"] != "upheld" else "What happens next", 10.5, "B", h=6)
    if f["kind"] == "upheld":
        d.para("Because we upheld our decision, we sent your case to the Independent Review Entity. You do not "
               "need to do anything; it will write to you.", 10)
        return
    t = {"stmt": "Ask for a plan reconsideration within 65 days of the date of this notice.",
         "date": f"Your request for a reconsideration must reach us by {f['fd'](f['dl'])}.",
         "recv": "You have 65 days from the date you get this notice to ask for a reconsideration."}[f["app"]]
    d.para(t + " Fast (72-hour) decisions are available when waiting could seriously harm your health.", 10)


def build(f: dict) -> bytes:
    d = Letter(f"SB-UM-DN 2026   Printed {fdate(days(f['notice'], -1), 'iso')}   Page {{p}} of {{n}}")
    d.add_page()
    title = ("Decision on your reconsideration" if f["kind"] == "upheld" else
             "Notice of denial of medical coverage" if KINDS[f["kind"]][3] else "Notice of denial of payment")
    head(d, f, title)
    ids(d, f)
    asked(d, f)
    if f["kind"] == "partial":
        partial(d, f)
    else:
        d.text_line("Why we said no", 10.5, "B", h=6)
        d.para(REASON[f["kind"]].format(code=KINDS[f["kind"]][2], wks=f["wks"]), 10)
    d.para(f"We received the request on {f['fd'](f['recv'])}. Latest HbA1c on file: {f['fd'](f['a1c'])}.", 9)
    appeal(d, f)
    d.para(f"{f['sig']}, MD\nMedical Director", 10)
    return pdf_bytes(d)


def approval(f: dict, r: random.Random) -> tuple[bytes, dict]:
    g = dict(f, kind="weeks", apps=[days(a, 42) for a in f["apps"][:2]], case=mixed(r, "IR-2026-99A999"),
             notice=days(f["notice"], 1))
    d = Letter(f"SB-UM-AP 2026   Page {{p}} of {{n}}")
    d.add_page()
    head(d, g, "Your request is approved")
    ids(d, g)
    d.para(f"We approved 2 applications of Q4101 ({PRODUCTS['Q4101']}) requested by {g['pod']} at "
           f"{g['clinic']} for these dates: " + "; ".join(g["fd"](a) for a in g["apps"]) + ".", 10)
    d.para("You pay your usual specialist copayment for each visit.", 10)
    t = truth("other", None, insurer=INSURER, member_id=g["mid"], member_name=g["member"], case_numbers=[g["case"]],
              service_dates=[iso(a) for a in g["apps"]], denial_date=iso(g["notice"]), provider=g["pod"],
              alternates={"provider": [g["clinic"]], "denial_date": [None]})
    return pdf_bytes(d), t


def make_truth(f: dict) -> dict:
    den, dalts, _, pre, n, denied = KINDS[f["kind"]]
    dates = f["apps"][n - denied:]
    dl = {"stmt": iso(f["dl"]), "date": iso(f["dl"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["clinic"]], "insurer": ["Silverbirch Medicare Advantage"]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(f["dl"]), iso(days(f["dl"], 5))]
    if f["kind"] == "partial":
        alts["service_dates"] = [[iso(a) for a in f["apps"]]]
    if f["kind"] == "upheld":
        dl = None
    cases = [f["case"]] + ([f["claim"]] if f["claim"] else []) + ([f["appeal"]] if f["kind"] == "upheld" else [])
    return truth("denial_letter", den, insurer=INSURER, member_id=f["mid"], member_name=f["member"],
                 case_numbers=cases, claim_amount=None if pre else m2(f["per"] * n),
                 service_dates=[iso(a) for a in dates], denial_date=iso(f["notice"]), provider=f["pod"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, money style, appeal wording)
PLAN = [
    ("skin_substitute_wound_care_bd_experimental_payment", "born_digital", "exper", "long", "plain", "stmt"),
    ("skin_substitute_wound_care_bd_upheld_reconsideration", "born_digital", "upheld", "abbr", "plain", "stmt"),
    ("skin_substitute_wound_care_scan_under_four_weeks", "scan_clean_300", "weeks", "slash", "plain", "date"),
    ("skin_substitute_wound_care_copy_partial_approval", "photocopy", "partial", "dmy", "plain", "stmt"),
    ("skin_substitute_wound_care_photo_plain_words", "phone_photo", "plain", "iso", "usd", "recv"),
    ("skin_substitute_wound_care_rot_no_prior_approval", "rotated", "noauth", "long", "nosign", "date"),
    ("skin_substitute_wound_care_faxf_cover_denial_approval", "fax_fine_g4", "stack", "slash", "plain", "stmt"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, app) in enumerate(PLAN):
        r = random.Random(82300 + i)
        f = facts(r, kind, ds, ms, app)
        docs = [(build(f), make_truth(f))]
        if kind == "stack":
            docs.append(approval(f, r))
            items.append(Item(stem, cond, docs, separators=["cover", None]))
        else:
            items.append(Item(stem, cond, docs))
    return items
