"""Family 'contact_lens_vision_benefit': invented vision plans' decisions on contact lenses.

Two issuers: Lumenvale Vision Plan ("LUMENVALE" over "Vision Plan") and Opticrest Eye Care Benefits, Inc. (parent
line "Harrowgate Insurance Group" above its name). Kinds: EOBs with a frame-and-lens or contact lens table (exam,
fitting, lenses with HCPCS codes, billed, allowance, plan paid, you owe), elective lenses paid only up to the
allowance, a page with two claims of which only the contact lens claim is denied (lenses already received this
benefit period), an out-of-network optometrist, one EOB with everything paid; letters on medically necessary lenses
for keratoconus: one approved, one denied (acuity criteria not met), one denied in plain words. Decoys: allowance
amounts, the benefit period, NPI, statement printed date, the "next eligible" date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw2 import address, days, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "contact_lens_vision_benefit"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"L": "Lumenvale Vision Plan", "O": "Opticrest Eye Care Benefits, Inc."}
OD = ["Dr. Cordelia Fanshawe, OD", "Dr. Benedikt Applewhite, OD", "Dr. Solenne Marchbank, OD"]
PRACTICE = ["Brightwater Family Eye Care", "Kestrel Optometry & Contact Lens Clinic"]
# kind: (document type, denial type, accepted denial alternates)
KINDS = {"elective": ("eob", "not_covered", ["other"]), "freq": ("eob", "not_covered", ["other"]),
         "oon": ("eob", "out_of_network", []), "paid": ("eob", None, []),
         "kc_approve": ("other", None, []), "kc_deny": ("denial_letter", "medical_necessity", []),
         "kc_plain": ("denial_letter", "medical_necessity", [])}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "L":
        d.text_line("LUMENVALE", 19, "B", h=7.5)
        d.text_line("Vision Plan", 12, h=6)
    else:
        d.text_line("Harrowgate Insurance Group", 8, h=4.2)
        d.text_line(ISSUER["O"], 13.5, "B", h=7)
    d.text_line(f"{f['street']}  |  Member services {f['ph']}", 8.2, h=4.6)
    d.rule(0.6, 4)


def lines(f: dict, which: str) -> list[tuple[str, str, float, float, float]]:
    """(service, code, billed, allowance shown, plan paid) for a claim."""
    ex = f["exam"]
    if which == "glasses":
        return [("Eye exam", "92014", ex, 0.0, ex - f["copay"]), ("Frame", "V2020", f["frame"], 150.0, 150.0),
                ("Single vision lenses, pair", "V2100", f["lens"], 0.0, f["lens"])]
    cl = [("Eye exam", "92014", ex, 0.0, ex - f["copay"]), ("Contact lens fitting", "92310", f["fit"], 60.0, 60.0),
          ("Contact lenses, elective", "V2520", f["cl"], 150.0, 150.0)]
    if f["kind"] == "freq" or f["kind"] == "oon":
        cl = [(s, c, b, a, 0.0) for s, c, b, a, _ in cl]
    return cl


def table(d: Page, f: dict, rows: list, claim: str, dos: dt.date, denied: bool) -> None:
    d.text_line(f"Claim {claim}   Provider: {f['od']}   Date of service: {f['fd'](dos)}", 8.8, "B", h=5.5)
    body, tb, tp = [], 0.0, 0.0
    for s, c, b, a, p in rows:
        body.append([s, c, usd(b, f["ms"]), usd(a, f["ms"]) if a else "-", usd(p, f["ms"]), usd(b - p, f["ms"])])
        tb, tp = tb + b, tp + p
    body.append(["*Claim total", "", usd(tb, f["ms"]), "", usd(tp, f["ms"]), usd(tb - tp, f["ms"])])
    d.table(["Service", "Code", "Billed", "Allowance", "Plan paid", "You owe"], body, [58, 18, 24, 24, 24, 28],
            size=8.2, aligns="LLRRRR")
    if denied:
        d.para(f"Remark {f['remark']}: {remark(f)}", 8.6)


def remark(f: dict) -> str:
    k = f["kind"]
    if k == "elective":
        return ("Elective contact lenses are covered up to the allowance. The plan paid the allowance; the amount "
                "above it is not covered and is yours to pay.")
    if k == "freq":
        return (f"Not covered: you already received glasses (frame and lenses) on {f['fd'](f['prior'])} in this "
                "benefit period. Your plan pays for glasses or contact lenses, not both, once each 12 months.")
    return (f"{f['od']} is not in the {ISSUER[f['ins']]} network. This plan has no out-of-network benefit for "
            "contact lenses or fittings.")


def eob(f: dict) -> bytes:
    d = Page(f"{f['form']}   Printed {fdate(days(f['notice'], -2), 'slash')}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits - this is not a bill", 12.5, "B", h=7)
    lab = [("Statement date", f["fd"](f["notice"])), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Benefit period", f"{fdate(f['bp'], 'slash')} - {fdate(days(f['bp'], 364), 'slash')}"),
           ("Practice", f"{f['practice']}  NPI {f['npi']}")]
    for k, v in lab:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(40, 5, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if f["kind"] == "freq":
        table(d, f, lines(f, "glasses"), f["claim2"], f["prior"], False)
    table(d, f, lines(f, "cl"), f["claim"], f["dos"], f["kind"] != "paid")
    d.para("Example: with a $150.00 allowance and lenses billed at $210.00, you pay $60.00 to the provider.", 7.8)
    if f["kind"] != "paid":
        d.text_line("Appeals", 10, "B", h=6)
        d.para(f"If you disagree, send a written appeal within 180 days of the date of this statement to "
               f"{ISSUER[f['ins']]}, Appeals, or call {f['ph']}.", 8.8)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    d = Page(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    ok = f["kind"] == "kc_approve"
    d.text_line("Medically necessary contact lenses: " + ("approved" if ok else "denied"), 12.5, "B", h=7)
    for ln in (f"Member: {f['member']}    ID #: {f['mid']}    Group: {f['grp']}",
               f"Request number: {f['ref']}    Received: {f['fd'](f['recv'])}",
               f"Optometrist: {f['od']} (NPI {f['npi']}), {f['practice']}",
               f"Lenses: rigid gas-permeable, both eyes (V2531 x2)    Fitting date: {f['fd'](f['dos'])}"):
        d.text_line(ln, 9, h=4.8)
    d.ln(1)
    for p in kc_reason(f):
        d.para(p, 9.3)
    if not ok:
        d.text_line("Your right to appeal", 10, "B", h=6)
        t = (f"We must receive your appeal by {f['fd'](f['dl'])}." if f["app"] == "date" else
             "You may appeal within 180 days of the date of this letter.")
        d.para(t + f" Call {f['ph']} or write to us. You may also ask for an external review after the appeal.", 8.8)
    d.text_line(f"{f['signer']}, OD, Clinical Review, {ISSUER[f['ins']]}", 8.8, h=5)
    return pdf_bytes(d)


def kc_reason(f: dict) -> list[str]:
    allow = usd(f["allow"], f["ms"])
    if f["kind"] == "kc_approve":
        return [f"We approved medically necessary contact lenses for keratoconus. The plan pays up to {allow} for the "
                "lenses and fitting in this benefit period instead of the elective allowance of $150.00. Your "
                "copay is $25.00."]
    if f["kind"] == "kc_deny":
        return ["We denied the request. Contact lenses are medically necessary for keratoconus only when the best "
                "corrected vision with glasses is worse than 20/40 and contact lenses improve it. The exam notes show "
                "20/30 with glasses in both eyes, so the criteria are not met.",
                f"You may still use your elective contact lens allowance of {usd(150, f['ms'])}."]
    return ["Your eye doctor told us your glasses still let you see well enough, so special lenses for your cornea "
            "are not needed right now. We will not pay the higher amount for them. If your sight gets worse, your "
            "doctor can ask again."]


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 190))
    dos = days(notice, -r.randint(14, 35)) if KINDS[kind][0] == "eob" else days(notice, r.randint(8, 20))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, app=app, notice=notice, dos=dos, recv=days(notice, -r.randint(3, 7)),
             prior=days(dos, -r.randint(60, 150)), bp=dt.date(dos.year, 1, 1), fd=lambda x: fdate(x, ds),
             member=person(r), addr=address(r), mid=mixed(r, "LV9999999A" if ins == "L" else "OC-99A99999"),
             grp=mixed(r, "V99A99" if ins == "L" else "9999-A"), claim=mixed(r, "99A9999999" if ins == "L"
                                                                                else "OCB-999999-9"),
             claim2=mixed(r, "99A9999999"), ref=mixed(r, "MN-99A9999"), od=r.choice(OD), practice=r.choice(PRACTICE),
             npi=npi(r), exam=float(r.choice([145, 160, 175])), copay=10.0, fit=float(r.choice([85, 95, 110])),
             cl=money(r, 190, 320), frame=money(r, 170, 260), lens=float(r.choice([95, 110])),
             allow=float(r.choice([400, 450, 500])), dl=days(notice, 180), ph=phone(r), signer=staff(r),
             street=f"{r.randint(100, 990)} Glasswing Boulevard", remark=mixed(r, "A9"),
             form="LVP-EOB-7" if ins == "L" else f"OEC {r.randint(700, 799)}")
    if kind == "paid":
        f["cl"] = 150.0
    return f


def make_truth(f: dict) -> dict:
    dtype, den, dalts = KINDS[f["kind"]]
    alts: dict = {"provider": [f["practice"]]}
    if dtype == "eob":
        total = f["exam"] + f["fit"] + f["cl"]
        return truth("eob", den, insurer=ISSUER[f["ins"]], group_number=f["grp"], member_id=f["mid"],
                     member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(total),
                     service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=strip(f["od"]),
                     appeal_deadline=None if den is None else iso(days(f["notice"], 180)), alternates=alts,
                     denial_alternates=dalts)
    dl = iso(f["dl"]) if f["app"] == "date" else iso(days(f["notice"], 180))
    return truth(dtype, den, insurer=ISSUER[f["ins"]], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["ref"]], service_dates=[iso(f["dos"])],
                 denial_date=iso(f["notice"]), provider=strip(f["od"]), appeal_deadline=None if den is None else dl,
                 alternates=dict(alts, service_dates=[[]]) if den is None else alts, denial_alternates=dalts)


def strip(od: str) -> str:
    return od.split(" ", 1)[1].replace(", OD", "")


# (stem, condition, kind, issuer, date style, money style, appeal wording)
PLAN = [
    ("contact_lens_vision_benefit_bd_elective_over_allowance", "born_digital", "elective", "L", "slash", "plain",
     "letter"),
    ("contact_lens_vision_benefit_bd_keratoconus_denied", "born_digital", "kc_deny", "O", "long", "plain", "date"),
    ("contact_lens_vision_benefit_scan_two_claims_one_denied", "scan_clean_300", "freq", "O", "dmy", "nosign",
     "letter"),
    ("contact_lens_vision_benefit_lowres_keratoconus_approved", "scan_lowres_150", "kc_approve", "L", "abbr", "plain",
     "letter"),
    ("contact_lens_vision_benefit_copy_out_of_network", "photocopy", "oon", "L", "iso", "plain", "letter"),
    ("contact_lens_vision_benefit_rot_all_paid", "rotated", "paid", "O", "slash", "plain", "letter"),
    ("contact_lens_vision_benefit_faxf_keratoconus_plain_words", "fax_fine_g4", "kc_plain", "L", "long", "plain",
     "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app) in enumerate(PLAN):
        r = random.Random(91400 + i)
        f = facts(r, kind, ins, ds, ms, app)
        pdf = eob(f) if KINDS[kind][0] == "eob" else letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
