"""Family 'telehealth_visit_denial': an invented insurer's EOBs and letters for telehealth visits denied or reduced.

Issuer: Cobblestone Mutual Health Plan (parent line "Cobblestone Mutual Group" above "Health Plan of the Plains" on
the letters; one line on the EOBs). Kinds: an audio-only visit the plan does not cover (EOB and letter), a provider
not licensed in the member's state (letter), the wrong place-of-service code (EOB), a missing telehealth modifier
said in plain words (EOB), a page with two claims of which only the second is denied, and one EOB with nothing
denied. Decoys: the telehealth platform (a company of its own, named as "visit held on"), the provider's NPI, the
session ID the platform assigned, the received date, the printed date and an example amount in the insert.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw1 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "telehealth_visit_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INSURER = "Cobblestone Mutual Health Plan"
PLATFORMS = ["VistaLink Virtual Care, LLC", "Heartwire Telemed Inc.", "ClearPorch Video Health"]
CLINICIANS = ["Dr. Odalys Pemberton", "Dr. Ferrand Quayle", "Nurse Practitioner Tamsin Vosper",
              "Dr. Casimir Ellery"]
CODES = {"99213": "Office/outpatient visit, est. patient", "99214": "Office/outpatient visit, est., moderate",
         "98967": "Telephone assessment, 11-20 min", "90834": "Psychotherapy, 45 minutes",
         "99442": "Telephone E/M service, 11-20 min"}
REMARK = {"PD": "Paid at the plan's telehealth benefit.",
          "AU": "Visits held by telephone only (audio without video) are not a covered benefit under your plan.",
          "PS": "The place of service on the claim (11, office) does not match a visit held by video. The provider "
                "must bill place of service 10 (telehealth in the patient's home).",
          "MD": "The provider left off the code that tells us the visit was held by live video, so we could not pay "
                "it as billed. Your provider may send a corrected claim."}
# kind: (document type, denial type, denial alternates, [(code, remark)])
KINDS = {"audio_eob": ("eob", "not_covered", ["other"], [("99442", "AU")]),
         "audio_letter": ("denial_letter", "not_covered", ["other"], [("98967", "AU")]),
         "license": ("denial_letter", "out_of_network", ["other", "not_covered"], [("90834", "LC")]),
         "pos": ("eob", "coding_error", ["other"], [("99214", "PS")]),
         "modifier": ("eob", "coding_error", ["other"], [("99213", "MD")]),
         "multi": ("eob", "not_covered", ["other"], [("98967", "AU")]),
         "nodeny": ("eob", None, [], [("99213", "PD"), ("90834", "PD")])}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)


def claim(r: random.Random, f: dict, spec: list, date: dt.date) -> dict:
    lines = []
    for code, rm in spec:
        b = money(r, 95, 260)
        al = round(b * r.uniform(0.45, 0.7), 2) if rm == "PD" else 0.0
        paid = round(al * 0.8, 2)
        lines.append((code, rm, b, al, paid, round(al - paid, 2)))
    return dict(no=mixed(r, "CM9A-99999-9999"), date=date, recv=days(date, r.randint(5, 14)),
                doc=r.choice(CLINICIANS), npi=npi(r), plat=r.choice(PLATFORMS), sess=mixed(r, "VS-AAA99999"),
                lines=lines)


def facts(r: random.Random, kind: str, ds: str, ms: str, app: str) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 170))
    f = dict(kind=kind, ds=ds, ms=ms, app=app, notice=notice, fd=lambda x: fdate(x, ds), member=person(r),
             addr=address(r), mid=mixed(r, "CMH999A99999"), grp=mixed(r, "G-99999"), plan=mixed(r, "CMHP-A9"),
             ph=phone(r), st=r.choice(["Montana", "Minnesota", "Washington"]),
             lic=r.choice(["Oregon", "Idaho", "North Dakota"]), dl=days(notice, 180))
    date = days(notice, -r.randint(18, 40))
    spec = KINDS[kind][3]
    if kind == "multi":
        f["claims"] = [claim(r, f, [("99213", "PD")], days(date, -6)), claim(r, f, spec, date)]
        f["den"] = 1
    else:
        f["claims"], f["den"] = [claim(r, f, spec, date)], 0
    return f


def eob_head(d: Page, f: dict) -> None:
    d.text_line(INSURER.upper(), 15, "B", h=7)
    d.text_line("Explanation of Benefits for virtual care  -  This is not a bill", 9.5, "B", h=5.5)
    d.rule(0.6, 3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.5)
    d.ln(3)
    rows = [("Date of statement", f["fd"](f["notice"])), ("Member", f["member"]), ("Member ID", f["mid"]),
            ("Group", f["grp"]), ("Plan", f["plan"])]
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.4)
        d.cell(38, 5, k + ":")
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def eob_claim(d: Page, f: dict, c: dict) -> None:
    d.set_fill_color(230, 230, 230)
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 6, f"  Claim # {c['no']}    Provider: {c['doc']} (NPI {c['npi']})", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.2)
    d.cell(0, 5, f"  Visit held on: {c['plat']}   Session {c['sess']}   Claim received {f['fd'](c['recv'])}",
           new_x="LMARGIN", new_y="NEXT")
    ms = f["ms"]
    rows = [[fdate(c["date"], "slash"), code, CODES[code], usd(b, ms), usd(al, ms), usd(p, ms), usd(o, ms), rm]
            for code, rm, b, al, p, o in c["lines"]]
    tot = [sum(x[i] for x in c["lines"]) for i in (2, 3, 4, 5)]
    rows.append(["*Totals", "", "", *[usd(v, ms) for v in tot], ""])
    d.table(["Visit date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [19, 12, 55, 19, 19, 19, 19, 10], size=7.8, aligns="LLLRRRRL")


def build_eob(f: dict) -> bytes:
    d = Page(f"CMHP-EOB-TH 04/25   Printed {fdate(days(f['notice'], -1), 'slash')}   Page {{p}} of {{n}}")
    d.add_page()
    eob_head(d, f)
    for c in f["claims"]:
        eob_claim(d, f, c)
    d.text_line("Notes", 9.5, "B", h=5.5)
    seen = sorted({x[1] for c in f["claims"] for x in c["lines"]})
    for rm in seen:
        d.para(f"{rm} - {REMARK[rm]}", 8.4, gap=1)
    d.ln(2)
    if f["kind"] != "nodeny":
        d.text_line("If you disagree", 9.5, "B", h=5.5)
        t = ("You can ask us to review this decision. Send your appeal within 180 days of the date of this "
             "statement." if f["app"] == "stmt" else
             f"You can ask us to review this decision. We must receive your appeal by {f['fd'](f['dl'])}.")
        d.para(t + f" Call Member Services at {f['ph']}.", 8.6)
    d.para("Example: a video visit billed at $150.00 with an allowed amount of $90.00 leaves you the plan's "
           "share of $90.00 at most, never the $60.00 difference.", 7.8)
    return pdf_bytes(d)


def letter_reason(f: dict, c: dict) -> str:
    if f["kind"] == "license":
        return (f"You live in {f['st']}. {c['doc']} holds a license to practice in {f['lic']} only. Your plan "
                "pays for a virtual visit only when the clinician is licensed in the state where you are during "
                "the visit. Because the clinician was not licensed in your state, the visit is not payable as an "
                "in-network service, and we denied it.")
    return ("The visit was held by telephone, with sound only and no video. Your plan's evidence of coverage lists "
            "audio-only visits among the services it does not cover. For that reason we denied the claim.")


def build_letter(f: dict) -> bytes:
    c = f["claims"][0]
    d = Page(f"CMG-TH-LTR   Ref. {c['no']}   Page {{p}} of {{n}}")
    d.add_page()
    d.text_line("Cobblestone Mutual Group", 8.5, h=4.2)
    d.text_line("Cobblestone Mutual", 15, "B", h=7)
    d.text_line("Health Plan", 12, "B", h=6)
    d.text_line(f"Appeals and Grievances  |  PO Box {digits(random.Random(c['no']), 4)}, Billings, MT 59101", 8.5)
    d.rule(0.5, 4)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    for k, v in [("Member ID", f["mid"]), ("Group no.", f["grp"]), ("Claim reference", c["no"]),
                 ("Billed", usd(sum(x[2] for x in c["lines"]), f["ms"]))]:
        d.text_line(f"{k}: {v}", 9.5, h=5)
    d.ln(3)
    d.text_line("Notice that we will not pay for a virtual visit", 11, "B", h=6)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"We reviewed the claim from {c['doc']} for your virtual visit on {f['fd'](c['date'])}. The visit "
           f"was held on {c['plat']}, a telehealth service company that is not part of your plan. We received "
           f"the claim on {f['fd'](c['recv'])}.", 10)
    d.para(letter_reason(f, c), 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    t = ("You may appeal within 180 days of the date of this letter." if f["app"] == "stmt" else
         "You have 180 days from the day you receive this letter to ask for an appeal.")
    d.para(t + f" Write to the address above or call {f['ph']} (TTY 711). You may ask for copies of the "
           "documents we used, free of charge. If your health could be seriously harmed by waiting, ask for a "
           "fast appeal; we answer those within 72 hours.", 10)
    d.para(f"Sincerely,\n{staff(random.Random(c['no']))}\nAppeals Coordinator", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    dtype, den, dalts, _ = KINDS[f["kind"]]
    c = f["claims"][f["den"]]
    dl = iso(days(f["notice"], 180)) if f["app"] == "stmt" else (iso(f["dl"]) if f["app"] == "date" else None)
    alts: dict = {"provider": [c["doc"].split(" ", 1)[1] if c["doc"].startswith("Dr.") else
                               c["doc"].replace("Nurse Practitioner ", "")]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    if den is None:
        dl = None
    return truth(dtype, den, insurer=INSURER, plan_id=f["plan"] if dtype == "eob" else None, group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[c["no"]],
                 claim_amount=m2(sum(x[2] for x in c["lines"])), service_dates=[iso(c["date"])],
                 denial_date=iso(f["notice"]), provider=c["doc"].replace("Nurse Practitioner ", ""),
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, money style, appeal wording)
PLAN = [
    ("telehealth_visit_denial_bd_audio_only_eob", "born_digital", "audio_eob", "long", "plain", "stmt"),
    ("telehealth_visit_denial_bd_nothing_denied", "born_digital", "nodeny", "iso", "nosign", "stmt"),
    ("telehealth_visit_denial_scan_not_licensed_letter", "scan_clean_300", "license", "long", "plain", "stmt"),
    ("telehealth_visit_denial_lowres_place_of_service", "scan_lowres_150", "pos", "dmy", "bare", "date"),
    ("telehealth_visit_denial_copy_modifier_plain_words", "photocopy", "modifier", "abbr", "usd", "stmt"),
    ("telehealth_visit_denial_photo_audio_only_letter", "phone_photo", "audio_letter", "slash", "plain", "recv"),
    ("telehealth_visit_denial_faxf_two_claims", "fax_fine_g4", "multi", "slash", "plain", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, app) in enumerate(PLAN):
        r = random.Random(82100 + i)
        f = facts(r, kind, ds, ms, app)
        pdf = build_letter(f) if KINDS[kind][0] == "denial_letter" else build_eob(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
