"""Family 'app_screenshot': a health plan's mobile-app claim screens, as screenshots, the phone's PDF, a photo of the
phone and printouts of the screens that were then copied, faxed or scanned.

Thistlegate Health Plan is fictional, as are all people and numbers. A screen is tall and narrow (390 x 844
points, saved as a 1170 px wide PNG): a status bar with the time and battery, the plan's brand, a back button, a
"Claim status: Denied" chip, one card per fact with a small grey caption ABOVE a large value, an expandable "Why was
this denied?" text and a bottom tab bar. One is a long scrolling screenshot stitched into one tall page, one the
phone's own PDF of a prior-authorization screen, one a photo of the phone, three printouts of the screens (with the
printer's date line as a decoy). One claim was paid in full (nothing denied).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date, iso, m2, truth
from kit_roundi_famo import DOCTORS, FACILITIES, KIDS, days, digits, letters, money, person, usd
from screen_kit import BG, W, Painter, new_pdf

FAMILY = "app_screenshot"
LANG = "en"
INSURER = "Thistlegate Health Plan"
H = 844


def fd(d: dt.date, style: str) -> str:
    return fmt_date(d, style)


def draw(p: Painter, blocks: list) -> float:
    for name, *args in blocks:
        getattr(p, name)(*args)
    return p.y


def phone_pdf(blocks: list, tall: bool = False) -> bytes:
    """The screen at phone size (a screenshot, or the phone's PDF); a stitched capture is as tall as its content."""
    h = H
    if tall:
        h = draw(Painter(new_pdf(W, H), 0, 0, 1, measure=True), blocks) + 100
    else:
        need = draw(Painter(new_pdf(W, H), 0, 0, 1, measure=True), blocks)
        assert need <= H - 84, f"screen content {need} does not fit"
    pdf = new_pdf(W, h)
    pdf.add_page()
    p = Painter(pdf, 0, 0, 1)
    p.box(0, 0, W, h, BG, r=0)
    draw(p, blocks)
    p.tabs(h, "Claims")
    return bytes(pdf.output())


def photo_pdf(blocks: list) -> bytes:
    """The phone itself (a dark body around the lit screen) lying on a table, for a photo of the screen."""
    assert draw(Painter(new_pdf(W, H), 0, 0, 1, measure=True), blocks) <= H - 84
    pdf = new_pdf(460, 940)
    pdf.add_page()
    p = Painter(pdf, 0, 0, 1)
    p.box(0, 0, 460, 940, (150, 146, 138), r=0)
    p.box(20, 18, 420, 904, (18, 18, 20), r=48)
    s = Painter(pdf, 35, 48, 1)
    s.box(0, 0, W, H, BG, r=30)
    draw(s, blocks)
    s.tabs(H, "Claims")
    return bytes(pdf.output())


def printout_pdf(screens: list[list], printed: str, scale: float) -> bytes:
    """Screens printed side by side on a letter page, with the print dialog's date and title line."""
    pdf = new_pdf(612, 792)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.set_text_color(0, 0, 0)
    pdf.text(36, 24, printed)
    pdf.text(400, 24, "Thistlegate - Claim details")
    gap = 16
    total = len(screens) * W * scale + (len(screens) - 1) * gap
    x = (612 - total) / 2
    for blocks in screens:
        need = draw(Painter(pdf, 0, 0, scale, measure=True), blocks)
        assert need <= H - 84, f"printed screen content {need} does not fit"
        p = Painter(pdf, x, 40, scale)
        p.box(0, 0, W, H, BG, (160, 160, 160), r=0)
        draw(p, blocks)
        p.tabs(H, "Claims")
        x += W * scale + gap
    pdf.text(300, 776, "1/1")
    return bytes(pdf.output())


def top(clock: str, battery: int, title: str = "Claim details", back: str = "Claims") -> list:
    return [("status", clock, battery), ("brand", INSURER), ("nav", back, title)]


def base(r: random.Random, kid: bool = False) -> dict:
    sub, _, last = person(r)
    patient = person(r, KIDS, last)[0] if kid else sub
    return dict(sub=sub, patient=patient, mid=f"THG{digits(r, 9)}", group=f"{digits(r, 5)}-{letters(r, 1)}",
                doctor=r.choice(DOCTORS), clinic=r.choice(FACILITIES))


def t_claim(b: dict, denial, cn: list, amt, dates: list, notice, deadline, **kw) -> dict:
    kw.setdefault("alternates", {})
    kw["alternates"].setdefault("insurer", ["Thistlegate"])
    doc = kw.pop("doc", "eob")
    kw.setdefault("type_alternates", ["denial_letter"] if doc == "eob" and denial else [])
    return truth(doc, denial, insurer=INSURER, member_id=b["mid"], member_name=b["patient"], case_numbers=cn,
                 claim_amount=amt, service_dates=dates, denial_date=notice, provider=b["doctor"],
                 appeal_deadline=deadline, **kw)


def mednec(r: random.Random):
    b = base(r)
    svc = dt.date(2026, 2, 17)
    proc = days(svc, 20)
    dl = days(proc, 180)
    cn, amt = f"{digits(r, 2)}{letters(r, 1)}{digits(r, 8)}", money(r, 900, 1900)
    s = "abbr"
    blocks = top("9:41", 82) + [
        ("chip", "Claim status: Denied", "red"),
        ("card", [("Patient", b["patient"])], 17),
        ("card", [("Member ID", b["mid"]), ("Claim number", cn)], 17),
        ("card", [("Date of service", fd(svc, s)), ("Processed", fd(proc, s))], 17),
        ("card", [("Provider", b["doctor"])], 17),
        ("card", [("Billed amount", usd(amt)), ("Plan paid", "$0.00")], 17),
        ("expand", "Why was this denied?", [
            "Our nurse reviewer read the notes from this visit. They do not show that 60 allergy skin tests were "
            "needed for the symptoms described, so the plan will not pay for them. (Code N-115)",
            f"You can ask for an appeal until {fd(dl, s)}."]),
    ]
    t = t_claim(b, "medical_necessity", [cn], m2(amt), [iso(svc)], iso(proc), iso(dl))
    return phone_pdf(blocks), t


def oon_tall(r: random.Random):
    b = base(r, kid=True)
    svc = dt.date(2026, 1, 22)
    rec, proc = days(svc, 12), days(svc, 26)
    dl = days(proc, 180)
    cn = f"CLM-{digits(r, 4)}-{digits(r, 5)}"
    a1, a2 = money(r, 180, 320), money(r, 90, 210)
    npi = "1" + digits(r, 9)
    plan_id = f"TG{digits(r, 3)}-{letters(r, 2)}"
    s = "slash"
    blocks = top("11:07", 54) + [
        ("chip", "Claim status: Denied", "red"),
        ("card", [("Patient", b["patient"])], 17),
        ("card", [("Subscriber", b["sub"])], 17),
        ("card", [("Member ID", b["mid"]), ("Claim ID", cn)], 17),
        ("card", [("Received", fd(rec, s)), ("Processed", fd(proc, s))], 17),
        ("card", [("Seen by", b["doctor"])], 17),
        ("card", [("Facility", b["clinic"])], 17),
        ("card", [("Network status", "Out of network"), ("Provider NPI", npi)], 17),
        ("lines", "Services", [("Office visit, new patient", f"{fd(svc, s)} · 99203", usd(a1)),
                               ("X-ray, ankle, 3 views", f"{fd(svc, s)} · 73610", usd(a2))],
         ("Total billed", usd(a1 + a2))),
        ("card", [("Plan allowed", "$0.00"), ("Plan paid", "$0.00")], 17),
        ("card", [("You may owe", usd(a1 + a2))], 17),
        ("expand", "Why was this denied?", [
            "Your plan is an HMO. It pays for care from providers who are not in the Thistlegate network only in "
            "an emergency or when we approved a referral before the visit. We found no referral for this visit.",
            "Remark OON-4: provider not in network."]),
        ("heading", "Your plan", 19),
        ("card", [("Plan", "Thistlegate Select HMO")], 17),
        ("card", [("Plan ID", plan_id), ("Group", b["group"])], 17),
        ("heading", "Appeal this decision", 19),
        ("card", [("Appeal deadline", fd(dl, s))], 17),
        ("note", "Tell us why you think we got this wrong. Send records or a letter from the provider if you have "
                 "them. We will answer within 30 days."),
        ("button", "Start an appeal"),
    ]
    t = t_claim(b, "out_of_network", [cn], m2(a1 + a2), [iso(svc)], iso(proc), iso(dl), plan_id=plan_id,
                group_number=b["group"], alternates={"provider": [b["clinic"]]})
    return phone_pdf(blocks, tall=True), t


def loc_pdf(r: random.Random):
    b = base(r)
    b["clinic"] = "Trevose Head Rehabilitation Hospital"
    start = dt.date(2026, 3, 30)
    dec = days(start, -3)
    dl = days(dec, 60)
    req = f"PA{digits(r, 8)}"
    s = "iso"
    blocks = top("4:18", 31, "Request details", "Approvals") + [
        ("chip", "Request status: Not approved", "amber"),
        ("card", [("Member", b["patient"])], 17),
        ("card", [("Member ID", b["mid"]), ("Request ID", req)], 17),
        ("card", [("Requested start", fd(start, s)), ("Decided on", fd(dec, s))], 17),
        ("card", [("Requested by", b["doctor"])], 17),
        ("expand", "What we decided", [
            "We did not approve 14 days at an inpatient rehabilitation hospital. You can walk 150 feet with help "
            "and need therapy about one hour a day, which a skilled nursing facility can give. We approved skilled "
            "nursing facility care instead.",
            "You can appeal within 60 days of the decision date shown above."]),
    ]
    t = t_claim(b, "level_of_care", [req], None, [iso(start)], iso(dec), iso(dl), doc="denial_letter",
                denial_alternates=["medical_necessity"], alternates={"appeal_deadline": [None]})
    return phone_pdf(blocks), t


def paid_photo(r: random.Random):
    b = base(r)
    svc = dt.date(2026, 4, 6)
    proc = days(svc, 15)
    cn = f"{digits(r, 11)}"
    amt = money(r, 160, 420)
    paid = round(amt * 0.62, 2)
    s = "long"
    blocks = top("8:02", 96) + [
        ("chip", "Claim status: Paid", "green"),
        ("card", [("Patient", b["patient"])], 17),
        ("card", [("Claim #", cn)], 17),
        ("card", [("Visit date", fd(svc, s))], 17),
        ("card", [("Processed on", fd(proc, s))], 17),
        ("card", [("Provider", b["doctor"])], 17),
        ("card", [("Amount billed", usd(amt)), ("Plan paid", usd(paid))], 17),
        ("card", [("You owe", usd(round(amt - paid, 2)))], 17),
        ("note", "This claim is finished. You owe the provider only the amount shown above."),
    ]
    t = t_claim(b, None, [cn], m2(amt), [iso(svc)], iso(proc), None)
    t["fields"]["member_id"] = None  # the paid claim's screen does not show the member ID
    return photo_pdf(blocks), t


def timely_print(r: random.Random):
    b = base(r)
    svc = dt.date(2025, 6, 11)
    rec, proc = dt.date(2026, 1, 20), dt.date(2026, 2, 3)
    dl = days(proc, 180)
    cn = f"{digits(r, 4)} {digits(r, 4)} {digits(r, 3)}"
    amt = money(r, 2200, 4800)
    s = "mdy_nopad"
    blocks = top("2:55", 67) + [
        ("chip", "Claim status: Denied", "red"),
        ("card", [("Patient", b["patient"])], 17),
        ("card", [("Member ID", b["mid"]), ("Group", b["group"])], 17),
        ("card", [("Claim number", cn), ("Billed", usd(amt))], 17),
        ("card", [("Service date", fd(svc, s)), ("Bill received", fd(rec, s))], 17),
        ("card", [("Billed by", b["doctor"])], 17),
        ("card", [("Processed", fd(proc, s)), ("Appeal by", fd(dl, s))], 17),
        ("expand", "Why was this denied?", [
            "The provider sent this bill more than 180 days after the service. Your plan pays only bills that "
            "reach us within 180 days. You do not owe the provider for it."]),
    ]
    printed = f"{fd(days(proc, 9), 'short')}, 7:48 PM"
    t = t_claim(b, "timely_filing", [cn.replace(" ", "")], m2(amt), [iso(svc)], iso(proc), iso(dl),
                group_number=b["group"])
    return printout_pdf([blocks], printed, 0.86), t


def coding_fax(r: random.Random):
    b = base(r, kid=True)
    svc = dt.date(2026, 3, 12)
    proc = days(svc, 18)
    dl = days(proc, 180)
    cn = f"E{digits(r, 3)}-{digits(r, 6)}"
    amt = money(r, 380, 980)
    s = "abbr"
    first = top("10:26", 73) + [
        ("chip", "Claim status: Denied", "red"),
        ("card", [("For", b["patient"])], 17),
        ("card", [("ID #", b["mid"])], 17),
        ("card", [("Claim ID", cn)], 17),
        ("card", [("Date of service", fd(svc, s))], 17),
        ("card", [("Provider", b["doctor"])], 17),
        ("card", [("Amount billed", usd(amt)), ("Plan paid", "$0.00")], 17),
    ]
    second = top("10:27", 73) + [
        ("card", [("Claim ID", cn)], 17),
        ("expand", "Why was this denied?", [
            "The procedure code on this bill does not go with the diagnosis code the provider sent. Ask the "
            "provider's office to check the codes and send us a corrected claim.", "Code C-16."]),
        ("card", [("Processed", fd(proc, s))], 17),
        ("card", [("Appeal by", fd(dl, s))], 17),
        ("button", "Start an appeal"),
    ]
    printed = f"{fd(days(proc, 4), 'slash')} 08:15"
    t = t_claim(b, "coding_error", [cn], m2(amt), [iso(svc)], iso(proc), iso(dl), denial_alternates=["other"])
    return printout_pdf([first, second], printed, 0.72), t


def notcovered_print(r: random.Random):
    b = base(r)
    b["clinic"] = "Helford Passage Hearing Center"
    svc = dt.date(2026, 2, 24)
    proc = days(svc, 23)
    dl = days(proc, 180)
    cn = f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 2)}"
    amt = money(r, 3900, 6400)
    s = "long"
    blocks = top("6:40", 45) + [
        ("chip", "Claim status: Denied", "red"),
        ("card", [("Member", b["patient"])], 17),
        ("card", [("Member number", b["mid"])], 17),
        ("card", [("Claim", cn), ("Charged", usd(amt))], 17),
        ("card", [("Service date", fd(svc, s))], 17),
        ("card", [("Provider", b["doctor"])], 17),
        ("card", [("Processed on", fd(proc, s))], 17),
        ("expand", "Why was this denied?", [
            "Your plan does not pay for hearing aids or their fitting. They are listed under Exclusions in your "
            "plan's Evidence of Coverage.", f"Appeal deadline: {fd(dl, s)}"]),
    ]
    printed = f"{fd(days(proc, 2), 'short')}, 9:03 AM"
    t = t_claim(b, "not_covered", [cn], m2(amt), [iso(svc)], iso(proc), iso(dl))
    return printout_pdf([blocks], printed, 0.86), t


PLAN = [
    ("app_screenshot_bd_png_mednec", "born_digital", mednec, 1170),
    ("app_screenshot_bd_tall_oon", "born_digital", oon_tall, 1170),
    ("app_screenshot_bd_pdf_loc", "born_digital", loc_pdf, None),
    ("app_screenshot_photo_paid", "phone_photo", paid_photo, None),
    ("app_screenshot_copy_timely", "photocopy", timely_print, None),
    ("app_screenshot_faxf_coding", "fax_fine_g4", coding_fax, None),
    ("app_screenshot_lowres_notcovered", "scan_lowres_150", notcovered_print, None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, fn, px) in enumerate(PLAN):
        items.append(Item(stem, cond, [fn(random.Random(9300 + i))], screenshot_px=px))
    return items
