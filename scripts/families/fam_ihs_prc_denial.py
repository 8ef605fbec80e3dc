"""Family ihs_prc_denial: an Indian Health Service Purchased/Referred Care (PRC) denial letter.

Modelled on the letters a Service Unit's PRC program sends when it will not pay an outside provider (the
vendor) for a referral or an emergency visit: the federal letterhead (Department of Health and Human Services,
Indian Health Service, the Area and the Service Unit), the patient with the chart (health record) number,
the PRC referral or authorization number and a denial number, the vendor, the dates of service and the amount
billed or the referral's estimate; the reason, either as a checked box among the program's standard reasons
or in plain sentences: emergency care not reported within 72 hours, an alternate resource (Medicaid, Medicare,
private insurance) that must pay first, care not within the medical priorities funded this year, a patient who
does not live in the PRC delivery area, care that was available at an IHS facility; and the appeal to the
Service Unit Chief Executive Officer in writing within 30 days (of receipt, of the letter's date, or by a
printed date), then to the Area Director. Invented Service Units, Areas, vendors and people.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famk import DOCTORS, HOSPITALS, address, cents, digits, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "ihs_prc_denial"
LANG = "en"

IHS = "Indian Health Service"
UNITS = [("Dry Fork Service Unit", "Sandstone Area", "Dry Fork Health Center, 40 Agency Loop, Dry Fork, NM 87012"),
         ("Antler Gap Service Unit", "Northern Prairie Area", "Antler Gap Hospital, 1 Hospital Hill, Antler Gap, SD 57709"),
         ("Cinder Flats Service Unit", "Red Rock Area", "Cinder Flats Indian Hospital, PO Box 310, Cinder Flats, AZ 86020")]
# the program's standard reasons, as its check-box form lists them
BOXES = {
    "notify": "Emergency care: the PRC office was not notified within 72 hours after the care began (30 days for "
              "elderly or disabled patients).",
    "altres": "Alternate resource: another payer (Medicare, Medicaid, VA, private insurance, workers' compensation) "
              "is available or may be available and must be used first.",
    "priority": "Medical priority: the care is not within the medical priorities the Service Unit can fund this "
                "fiscal year.",
    "residency": "Eligibility: the patient does not live within the PRC delivery area of this Service Unit.",
    "available": "Services available: the care could have been provided at an IHS or tribal facility.",
    "noreferral": "No referral: non-emergency care was received without prior approval from PRC.",
}
# kind -> (service, prose reason, denial type, accepted alternates, pre-service?)
CASES = {
    "notify": ("Emergency department visit and 2-day hospital admission",
               "You were treated in the emergency room and admitted on {dos}. Our PRC office was first told about "
               "this care on {told}, which is more than 72 hours after the care started. Because the notice came "
               "late and you are not an elder or a person with a disability, PRC cannot pay this bill.",
               "prior_authorization", ["other"], False),
    "altres": ("Outpatient surgery, left carpal tunnel release",
               "Our records show you may be eligible for state Medicaid, and you have not applied. By federal rule "
               "PRC is the payer of last resort: every other resource must pay first. We wrote to you on {asked} asking you to "
               "apply and send us the decision, and we did not receive it. This claim is denied until that "
               "resource is used.", "other", ["eligibility"], False),
    "priority": ("Elective total knee replacement, right knee",
                 "Your doctor referred you for a knee replacement. The PRC review committee found that this "
                 "elective surgery falls below the medical priority level the Service Unit is able to fund in the "
                 "current fiscal year. The referral was placed on the deferred services list and is not approved.",
                 "not_covered", ["other", "medical_necessity"], True),
    "residency": ("Cardiology consultation and stress echocardiogram",
                  "To be eligible for PRC you must live within the PRC delivery area of this Service Unit. Your "
                  "address on file is outside the delivery area, and you moved there more than 180 days before the "
                  "date of service. You may be eligible for PRC from the Service Unit where you now live.",
                  "eligibility", None, False),
    "available": ("Routine follow-up office visit and lab work",
                  "This routine visit was available at the Service Unit's own clinic, which had open appointments "
                  "in the same week. PRC pays for outside care only when the care is not available at an IHS or "
                  "tribal facility.", "out_of_network", ["other", "not_covered"], False),
}


def _letterhead(p: Page, unit, area, addr, rng, caps: bool) -> None:
    p.line("DEPARTMENT OF HEALTH & HUMAN SERVICES" if caps else "Department of Health and Human Services", 9, "B", h=4.6)
    p.line("Public Health Service", 8.5, h=4.3)
    p.line(IHS if not caps else IHS.upper(), 13, "B", h=6.5)
    p.line(f"{area} \u2013 {unit}", 10, h=5)
    p.line(f"Purchased/Referred Care (PRC) Program  \u2022  {addr}", 8, h=4.2)
    p.line(f"PRC office {phone(rng, False)}  \u2022  Fax {phone(rng, False)}", 8, h=4.2)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(3.5)


def make(rng, kind, layout, deadline_style, same=None):
    unit, area, addr = rng.choice(UNITS)
    service, reason, dtype, dalt, pre = CASES[kind]
    who, first, last = person(rng)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 100))
    ds = rng.choice(["long", "slash", "abbr", "upper"])
    ms = rng.choice(["plain", "flat", "nosign"])
    chart = rng.choice([digits(rng, 6), f"{digits(rng, 3)}-{digits(rng, 3)}", f"HRN {digits(rng, 7)}"])
    if same:                      # a second letter for the same patient (a stack)
        unit, area, addr = same["unit"]
        who, first, last, chart = same["who"], same["first"], same["last"], same["chart"]
    chart_v = chart.replace("HRN ", "")
    referral = rng.choice([f"R{notice.strftime('%y')}-{digits(rng, 5)}", f"{digits(rng, 4)}-{digits(rng, 6)}",
                           f"PRC{digits(rng, 8)}"])
    denial_no = f"DN-{notice.strftime('%y')}-{digits(rng, 4)}"
    vendor = rng.choice(HOSPITALS[:6]) if kind in ("notify", "altres", "priority") else rng.choice(
        DOCTORS[:6] + HOSPITALS[4:6])
    dos = plus(notice, rng.randint(20, 60)) if pre else plus(notice, -rng.randint(30, 80))
    end = plus(dos, 2) if kind == "notify" else dos
    told = plus(dos, rng.randint(5, 9)) if kind == "notify" else (
        plus(notice, -rng.randint(5, 15)) if pre else plus(dos, rng.randint(3, 15)))
    asked = plus(told, rng.randint(2, 6))
    amt = cents(rng, 24000, 38000) if kind == "priority" else (
        cents(rng, 9000, 21000) if kind == "notify" else cents(rng, 300, 4800))
    p = Page(serif=layout == "prose", footer=None, footer_left=f"IHS-PRC-D (rev. {rng.randint(1, 12):02d}/2024)")
    p.add_page()
    _letterhead(p, unit, area, addr, rng, caps=layout != "prose")
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(2)
    for ln in [who.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    title = "Notice of PRC Denial" if layout == "boxes" else "RE: Denial of Purchased/Referred Care payment"
    p.line(title, 12.5, "B", h=7)
    dates = fdate(dos, ds) + ("" if end == dos else f" through {fdate(end, ds)}")
    rows = [("Patient", who), (rng.choice(["Chart #", "Health Record No.", "Chart No."]), chart),
            ("Date of birth", fdate(dt.date(rng.randint(1964, 2003), rng.randint(1, 12), rng.randint(1, 28)), ds)),
            ("PRC referral no." if pre else rng.choice(["PRC authorization no.", "PRC referral no."]), referral),
            ("Denial no.", denial_no), ("Vendor (provider)", vendor), ("Vendor NPI", npi(rng)),
            ("Planned date of service" if pre else "Date(s) of service", dates), ("Service", service),
            ("Estimated cost" if pre else "Amount billed", money(amt, ms)),
            ("Date notified" if kind == "notify" else "Date received by PRC", fdate(told, ds))]
    if layout == "boxes":
        p.boxed_pairs(rows, label_w=52, size=8.8, h=5.3)
    else:
        p.pairs(rows, label_w=50, size=9.2, h=4.8)
        p.ln(2)
    p.para(f"Dear {first} {last}:", 10)
    what = "the referral listed above" if pre else "the bill for the care listed above"
    p.para(f"The Purchased/Referred Care program of the {unit} has reviewed {what}. **PRC will not pay for "
           f"this care.**", 10)
    if layout == "boxes":
        p.para("The reason is checked below:", 10, gap=1)
        for k, text in BOXES.items():
            p.f(8.6)
            p.set_x(p.l_margin + 3)
            p.cell(6, 4.1, "\u2612" if k == kind else "\u2610")
            p.multi_cell(p.w - p.l_margin - p.r_margin - 9, 4.1, text, new_x="LMARGIN", new_y="NEXT")
            p.ln(0.8)
        p.ln(1)
        p.para("Explanation: " + reason.format(dos=fdate(dos, ds), told=fdate(told, ds), asked=fdate(asked, ds)), 9.5)
    else:
        p.heading("Why PRC denied payment", 10.5)
        p.para(reason.format(dos=fdate(dos, ds), told=fdate(told, ds), asked=fdate(asked, ds)), 10)
    p.para("PRC is not an insurance program or an entitlement. This letter does not mean you do not need the care; "
           "talk with your IHS provider about other options. The vendor has been sent a copy of this letter and may "
           "bill you directly.", 9.5)
    if p.get_y() > p.h - 80:
        p.add_page()
        p.line(f"{who}  \u2022  {rows[1][0]} {chart}  \u2022  {fdate(notice, ds)}  \u2022  page 2", 8.5, h=5)
        p.ln(4)
    deadline = _appeal(p, rng, unit, notice, deadline_style, ds)
    p.ln(1)
    p.line("Sincerely,", 10, h=5)
    p.ln(4)
    p.line(rng.choice(["Loretta Whitecloud-Bain", "Marvin T. Sandoval", "Corinne Baptiste-Yellowhorse"]), 10, h=5)
    p.line(f"PRC Supervisor, {unit}", 9, h=4.5)
    p.line(f"cc: {vendor}; patient file", 8, h=4.5)
    alts = {"insurer": [unit, f"{unit} Purchased/Referred Care", f"{IHS} {unit}"], "member_id": [None]}
    if chart != chart_v:
        alts["member_id"].append(chart)
    if deadline_style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 30).isoformat()]
    if pre:
        alts["claim_amount"] = [m2(amt)]
    t = truth("denial_letter", dtype, insurer=IHS, member_id=chart_v, member_name=who, cases=[referral, denial_no],
              claim_amount=None if pre else m2(amt), service_dates=[span(dos, end)],
              denial_date=notice.isoformat(), provider=vendor, appeal_deadline=deadline, alternates=alts,
              denial_alternates=dalt)
    t["alternates"]["case_numbers"] = [[referral]]
    if same is not None and not same:
        same.update(unit=(unit, area, addr), who=who, first=first, last=last, chart=chart)
    return out(p), t


def _appeal(p: Page, rng, unit, notice, style, ds) -> str | None:
    """The appeal paragraph; returns the truth deadline (None when counted from receipt)."""
    p.heading("Your right to appeal", 10.5)
    ceo = f"Chief Executive Officer, {unit}"
    if style == "receipt":
        p.para(f"If you disagree, you may appeal in writing to the {ceo}, within 30 days of receipt of this letter. "
               "Say why you disagree and send any records, insurance papers or receipts that support your appeal.",
               9.5)
        deadline = None
    elif style == "notice":
        p.para(f"If you disagree, send a written appeal to the {ceo}. Your appeal must be made within 30 days from "
               "the date of this letter. Say why you disagree and include any papers that support it.", 9.5)
        deadline = plus(notice, 30).isoformat()
    else:
        last = plus(notice, 30)
        p.para(f"If you disagree, your written appeal must be received by the {ceo} no later than "
               f"**{fdate(last, ds)}**. Say why you disagree and include any papers that support it.", 9.5)
        deadline = last.isoformat()
    p.para("The CEO will answer within 30 days. If the CEO upholds the denial, you may appeal to the Area Director "
           "within 30 days of receiving the CEO's decision; the Area Director's decision is final. Questions: call "
           f"the PRC office at {phone(rng, False)}.", 9)
    return deadline


def documents(rng: random.Random) -> list[Item]:
    return [Item("ihs_prc_denial_bd_notify", "born_digital", [make(rng, "notify", "boxes", "receipt")]),
            Item("ihs_prc_denial_bd_priority", "born_digital", [make(rng, "priority", "prose", "notice")]),
            Item("ihs_prc_denial_scan_residency", "scan_clean_300", [make(rng, "residency", "boxes", "date")]),
            Item("ihs_prc_denial_lowres_available", "scan_lowres_150", [make(rng, "available", "prose", "receipt")]),
            Item("ihs_prc_denial_photo_altres", "phone_photo", [make(rng, "altres", "boxes", "notice")]),
            Item("ihs_prc_denial_rot_notify", "rotated", [make(rng, "notify", "prose", "date")]),
            _stack(rng)]


def _stack(rng) -> Item:
    """A fine-mode fax of a cover sheet and two denials for the same patient."""
    same: dict = {}
    first = make(rng, "altres", "prose", "receipt", same)
    return Item("ihs_prc_denial_faxf_stack", "fax_fine_g4", [first, make(rng, "priority", "boxes", "notice", same)],
                separators=["cover", None])
