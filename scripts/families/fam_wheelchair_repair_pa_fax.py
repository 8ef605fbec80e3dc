"""Family 'wheelchair_repair_pa_fax': a DME vendor-management company's faxed prior-authorization determinations on
power wheelchair repairs.

Brackenridge DME Review Services, LLC is fictional: it reviews durable medical equipment requests for invented health
plans and faxes each decision to the requesting supplier. Its letterhead is two lines ("BRACKENRIDGE" over "DME Review
Services, LLC", or the parent line "Corliss Health Solutions" above the company's name). Every fax page carries the
sending machine's header (date, time, sender fax, recipient fax, page); most files begin with a fax cover sheet
(to, from, both fax numbers, pages, a confidentiality notice). The determination has a member grid in one of two
label sets, the chair (base code, serial number, delivery date: decoys), a table of HCPCS codes with modifiers and
quantities requested and approved, the rationale, and appeal rights. Kinds: a motor repair still under warranty
(denied line, batteries approved), an expandable controller upgrade not medically necessary, a repair done before
it was requested, a supplier outside the network, a motor billed with the wrong modifiers and then the corrected
request approved (a stack of two faxes), more batteries than the chair holds, and coverage ending before the repair.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr2 import PRESCRIBERS, SUPPLIERS, days, fax_no, fdate, iso, mixed, npi, person, phone

FAMILY = "wheelchair_repair_pa_fax"
LANG = "en"
INSURER = "Brackenridge DME Review Services, LLC"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = [("Sallowmere Health Plan", "SHP"), ("Fenwick Cross Community Health", "FCC")]
BAT = ("E2365", "U-1 sealed lead acid battery, each")
MOTOR = ("E2368", "Power wheelchair drive wheel motor, replacement only")
GEAR = ("E2369", "Power wheelchair drive wheel gear box, replacement only")
LABOR = ("K0739", "Repair or nonroutine service, technician labor, per 15 minutes")
JOY = ("E2373", "Hand control interface, compact remote joystick, proportional")
CTRL = ("E2377", "Expandable controller, including all related electronics and mounting hardware, upgrade")
CHARGER = ("E2366", "Power wheelchair battery charger, single mode")
# kind -> (denial, alternates, decision, [(code, modifiers, requested, approved)], rationale)
KINDS = {
    "warranty": ("not_covered", ["other"], "PARTIALLY APPROVED",
                 [(BAT, "RB", 2, 2), (MOTOR, "RB RT", 1, 0), (LABOR, "", 8, 4)],
                 "Two replacement batteries are approved: the load test sent with the request shows both batteries "
                 "below 60 percent of rated capacity. The right drive wheel motor is denied. The chair was delivered "
                 "on {delivered}, and the manufacturer warrants drive motors for 12 months; a motor that fails inside "
                 "the warranty is repaired or replaced by the manufacturer at no cost. The plan does not pay for "
                 "repairs covered by a warranty. Labor is approved for the battery replacement only (4 units)."),
    "upgrade": ("medical_necessity", [], "PARTIALLY APPROVED",
                [(JOY, "RB KX", 1, 1), (CTRL, "RB", 1, 0), (LABOR, "", 3, 3)],
                "The broken joystick is replaced with a like joystick: approved. The expandable controller is an "
                "upgrade that is needed only for alternative drive controls or power seating functions; the member "
                "drives with a standard joystick and has no power seating. The upgrade is not medically necessary "
                "and is denied."),
    "retro": ("prior_authorization", ["other"], "DENIED",
              [(BAT, "RB", 2, 0), (CHARGER, "RB", 1, 0), (LABOR, "", 4, 0)],
              "Repairs of a power wheelchair costing over the plan's threshold need approval before the work is "
              "done. The supplier replaced the batteries and charger {span}, and the request was received "
              "afterwards, on {received}. No urgent situation was documented. Requests after the service are not "
              "reviewed for medical need, so the request is denied."),
    "oon": ("out_of_network", ["not_covered"], "DENIED",
            [(MOTOR, "RB LT", 1, 0), (GEAR, "RB LT", 1, 0), (LABOR, "", 6, 0)],
            "{supplier} is not a contracted supplier in the plan's network. The member's plan covers equipment "
            "repairs only from network suppliers, and network suppliers that repair this chair serve the member's "
            "county. The request is denied for the requesting supplier; a network supplier may send a new request."),
    "coding": ("coding_error", ["other"], "DENIED AS SUBMITTED",
               [(MOTOR, "NU", 2, 0), (GEAR, "NU", 2, 0)],
               "The request lists the drive motor and gear box with modifier NU (new equipment) and 2 units each, "
               "without the RT or LT modifier. Parts replaced during a repair must be billed with modifier RB and one "
               "side modifier per unit. The request cannot be reviewed as submitted and is denied; a corrected "
               "request may be sent at any time."),
    "approve": (None, [], "APPROVED",
                [(MOTOR, "RB LT", 1, 1), (GEAR, "RB LT", 1, 1), (LABOR, "", 6, 6)],
                "The corrected request meets the plan's repair criteria: the left drive motor and gear box failed "
                "after the warranty ended and the chair is otherwise in good repair. Approved as requested."),
    "extra": ("not_covered", ["medical_necessity", "other"], "PARTIALLY APPROVED",
              [(BAT, "RB", 4, 2), (LABOR, "", 2, 2)],
              "The member's chair holds two batteries. Two replacement batteries are approved. The other two "
              "batteries requested (spares) are denied: the plan covers only the number of batteries the chair "
              "uses, and spare batteries are not a covered benefit."),
    "eligible": ("eligibility", ["other"], "DENIED",
                 [(JOY, "RB", 1, 0), (LABOR, "", 2, 0)],
                 "The plan's enrollment records show that the member's coverage ends on {term}, before the requested "
                 "repair date. We can only approve services for dates when the member is enrolled. If the member has "
                 "new coverage, the supplier should ask that plan."),
}
LABELS = [dict(name="MEMBER NAME", mid="MEMBER ID", case="CASE NO.", date="DETERMINATION DATE",
               sup="REQUESTING SUPPLIER", dos="REQUESTED SERVICE DATES", auth="AUTHORIZATION NO."),
          dict(name="PATIENT", mid="SUBSCRIBER ID", case="BDRS REFERENCE #", date="DATE OF DECISION",
               sup="DME SUPPLIER (REQUESTER)", dos="DATES OF SERVICE", auth="PRIOR AUTH #")]


class FaxDoc(Doc):
    """A fax page: the sending machine's header, 'Page x of y' and the form number at the bottom."""

    def __init__(self, stamp: str, foot: str):
        super().__init__("DejaVu", margins=(14, 12, 14))
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Mono", "", MONO)
        self.stamp, self.foot = stamp, foot

    def header(self):
        self.set_xy(5, 3.5)
        self.set_font("Mono", "", 6.8)
        self.cell(0, 3, self.stamp.replace("{p}", str(self.page_no())))
        self.set_xy(self.l_margin, 10)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 6.8)
        self.cell(0, 3.2, f"{self.foot}   Page {self.page_no()} of {{nb}}", align="C")


def cover(f: dict) -> bytes:
    """The fax cover sheet: its own page, part of no document."""
    d = FaxDoc(f["stamp"].replace("P.{p}", "P.1"), "Brackenridge DME Review Services - fax cover")
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 10)
    rows = [("Date", fdate(f["sent"].date(), "slash") + f["sent"].strftime("  %I:%M %p")), ("To", f["supplier"]),
            ("Recipient fax", f["sup_fax"]), ("Recipient phone", f["sup_phone"]),
            ("From", "Brackenridge DME Review Services - Repairs desk"), ("Sender fax", f["sender_fax"]),
            ("Sender phone", "1-888-555-5830"), ("Pages", f"{f['pages'] + 1} including this cover"),
            ("Re", "Prior authorization determination (power wheelchair repair)")]
    for k, v in rows:
        d.set_font("DejaVu", "B", 10)
        d.cell(45, 7, k + ":")
        d.set_font("DejaVu", "", 10)
        d.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "", 8)
    d.multi_cell(0, 4, "CONFIDENTIAL: this transmission holds protected health information for the named recipient "
                       "only. If you received it in error, call the sender and destroy all copies.")
    return pdf_bytes(d)


def letterhead(d: FaxDoc, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font("DejaVu", "B", 19)
        d.cell(110, 8, "BRACKENRIDGE", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(110, 5.5, "DME Review Services, LLC")
    else:
        d.set_font("DejaVu", "", 8)
        d.cell(110, 4.5, "Corliss Health Solutions", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 13)
        d.cell(110, 7, "Brackenridge DME Review Services, LLC")
    d.set_font("DejaVu", "", 7)
    d.set_xy(130, y0 + 0.5)
    d.multi_cell(0, 3.2, "Equipment Review Center\n905 Tallowhill Road, Suite 12\nOrrington, KS 67299\n"
                         "Supplier line 1-888-555-5830", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 15)
    d.set_font("DejaVu", "", 8)
    d.cell(0, 4, f"Durable medical equipment prior authorization on behalf of {f['plan']}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(1.5)


def section(d: Doc, text: str) -> None:
    d.ln(1.2)
    d.set_font("DejaVu", "B", 9)
    d.set_fill_color(230, 230, 230)
    d.cell(0, 5.2, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def member_grid(d: FaxDoc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [[(lab["name"], f["name"], 66), ("DOB", f["dob"], 30), (lab["mid"], f["mid"], 46),
             ("PLAN CODE" if f["plan_code"] else "GROUP", f["plan_code"] or f["group"], 46)],
            [("HEALTH PLAN", f["plan"], 66), (lab["case"], f["case"], 56), ("REQUEST RECEIVED", fd(f["received"]), 33),
             (lab["date"], fd(f["notice"]), 33)],
            [(lab["sup"], f["supplier"], 66), ("SUPPLIER NPI", f["sup_npi"], 30), ("PRESCRIBER", f["prescriber"], 92)],
            [("BASE EQUIPMENT", "Power wheelchair, Group 3 (K0861)", 66), ("CHAIR SERIAL #", f["serial"], 40),
             ("DELIVERED", fd(f["delivered"]), 30), (lab["dos"], f["dos_box"], 52)]]
    if f["auth"]:
        rows.append([(lab["auth"], f["auth"], 66), ("VALID", f"{fd(f['start'])} - {fd(f['end'])}", 70)])
    for row in rows:
        d.boxes(row, h=10.5, label_size=6, value_size=8.6)
    d.ln(2)


def codes_table(d: FaxDoc, lines: list) -> None:
    rows = [[code, mods or "-", desc[:62], str(rq), str(ap), "Approved" if ap == rq else ("Partial" if ap else "Denied")]
            for (code, desc), mods, rq, ap in lines]
    d.table(["HCPCS", "Mod.", "Description", "Qty req.", "Qty appr.", "Decision"], rows, [15, 17, 98, 16, 16, 20],
            size=7.2, aligns="LLLCCL", head_fill=True, row_h=4.8)


def appeal(d: FaxDoc, f: dict) -> None:
    section(d, "APPEAL RIGHTS")
    fd = f["fd"]
    when = {"within": "within 60 days of the date of this notice", "by": f"by {fd(days(f['notice'], 60))}",
            "receive": "within 60 days after the member receives this notice"}[f["dl"]]
    d.set_font("DejaVu", "", 8.4)
    for t in (f"The member, or the supplier or prescriber acting for the member, may appeal to {f['plan']} {when}. "
              f"Send the case number and any records to {f['plan']} Appeals, PO Box 40117, Orrington, KS 67201, or "
              "fax 1-888-555-5831.",
              "An expedited appeal, decided within 72 hours, may be asked for when waiting could seriously harm the "
              "member's health. An external review may be requested within 4 months of the final internal decision.",
              "The member is being mailed a copy of this notice. Reviewers are not paid for denials."):
        d.multi_cell(0, 3.9, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)


def build(f: dict) -> bytes:
    denial, _, decision, lines, why = KINDS[f["kind"]]
    d = FaxDoc(f["stamp"], f"Form BDRS-PA-4 (rev. 08/2025)  DCN {f['dcn']}")
    d.add_page()
    letterhead(d, f)
    d.set_font("DejaVu", "B", 10)
    d.cell(0, 6, "PRIOR AUTHORIZATION DETERMINATION - POWER WHEELCHAIR REPAIR", new_x="LMARGIN", new_y="NEXT")
    member_grid(d, f)
    section(d, "ITEMS REVIEWED")
    codes_table(d, lines)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6.5, f"DETERMINATION: {decision}", new_x="LMARGIN", new_y="NEXT")
    section(d, "REASON")
    d.set_font("DejaVu", "", 8.6)
    d.multi_cell(0, 4.1, why.format(delivered=f["fd"](f["delivered"]), span=f["span_text"],
                                    received=f["fd"](f["received"]), supplier=f["supplier"], term=f["fd"](f["term"])),
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.multi_cell(0, 4.1, f"Reviewed under the plan's Power Mobility Device Repair criteria (BDRS policy DME-118) by "
                         f"{f['reviewer']}, for {INSURER}.", new_x="LMARGIN", new_y="NEXT")
    if denial:
        d.add_page()
        appeal(d, f)
    else:
        d.ln(1)
        d.multi_cell(0, 4.1, "Approval is not a guarantee of payment: eligibility and benefits on the date of service "
                             "apply.", new_x="LMARGIN", new_y="NEXT")
    if d.page_no() != f["pages"]:
        raise SystemExit(f"{f['kind']}: {d.page_no()} pages, expected {f['pages']}")
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ds: str, dl: str, li: int, lh: int, span: bool, base: dict | None) -> dict:
    notice = days(base["notice"], r.randint(4, 9)) if base else dt.date(2026, 2, 16) + dt.timedelta(
        days=r.randint(0, 180))
    plan, pre = base and (base["plan"], base["pre"]) or r.choice(PLANS)
    supplier, short = base and (base["supplier"], None) or r.choice(SUPPLIERS)
    f = dict(kind=kind, dl=dl, lab=LABELS[li], lh=lh, fd=lambda x: fdate(x, ds), notice=notice, plan=plan, pre=pre,
             supplier=supplier, received=days(notice, -r.randint(2, 6)), case=mixed(r, "BD-26-99999A"),
             sup_npi=npi(r), sender_fax=fax_no(r), sup_fax=fax_no(r), sup_phone=f"(316) 555-{r.randint(7000, 7999)}",
             reviewer=r.choice(["Iolanthe Brackwater, PT, ATP", "Corentin Smales, OTR/L", "Dr. Wystan Feary, MD"]),
             dcn=mixed(r, "99A9999999"), serial=mixed(r, "PW99A99999"), pages=1 if kind == "approve" else 2)
    if base:
        f.update({k: base[k] for k in ("name", "dob", "mid", "group", "plan_code", "prescriber", "delivered")})
    else:
        f.update(name=person(r), dob=f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1948, 1990)}",
                 mid=mixed(r, pre + "A99999999"), group=mixed(r, "99A-999"),
                 plan_code=mixed(r, pre + "-99A") if r.random() < 0.5 else None, prescriber=r.choice(PRESCRIBERS),
                 delivered=days(notice, -r.randint(180, 300) if kind == "warranty" else -r.randint(500, 1400)))
    if kind == "retro":
        f["start"] = days(f["received"], -r.randint(8, 15))
        f["end"] = days(f["start"], 6) if span else f["start"]
    else:
        f["start"] = days(notice, r.randint(3, 10))
        f["end"] = days(f["start"], 30 if kind in ("approve", "warranty", "upgrade", "extra") else 0)
    f["term"] = days(f["start"], -r.randint(2, 9))
    f["auth"] = mixed(r, "PA99999999") if KINDS[kind][2] in ("APPROVED", "PARTIALLY APPROVED") else None
    sd = lambda x: fdate(x, "long")  # noqa: E731
    f["span_text"] = (f"from {sd(f['start']).rsplit(',', 1)[0]} through {sd(f['end'])}" if f["end"] != f["start"]
                      else f"on {sd(f['start'])}")
    f["dos_box"] = f["fd"](f["start"]) + (f" - {f['fd'](f['end'])}" if f["end"] != f["start"] else "")
    sent = dt.datetime.combine(days(notice, r.choice([0, 0, 1])), dt.time(r.randint(8, 17), r.randint(0, 59)))
    f["sent"] = sent
    f["stamp"] = (f"{sent.strftime('%b %d %Y %I:%M%p').upper()}  FROM: BRACKENRIDGE DME  FAX {f['sender_fax']}  "
                  f"TO: {f['sup_fax']}  P.{{p}}")
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]][:2]
    alts: dict = {"insurer": [f["plan"]], "provider": [f["prescriber"]]}
    cases = [f["case"]] + ([f["auth"]] if f["auth"] else [])
    if f["auth"]:
        alts["case_numbers"] = [[f["case"]]]
    dates = [iso(f["start"], f["end"])]
    if f["end"] != f["start"]:
        alts["service_dates"] = [[iso(f["start"])]]
    common = dict(insurer=INSURER, plan_id=f["plan_code"], group_number=None if f["plan_code"] else f["group"],
                  member_id=f["mid"], member_name=f["name"], case_numbers=cases, service_dates=dates,
                  denial_date=iso(f["notice"]), provider=f["supplier"])
    if not denial:
        return truth("other", None, alternates=alts, **common)
    deadline = {"within": days(f["notice"], 60), "by": days(f["notice"], 60), "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 60))]
    return truth("denial_letter", denial, appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=dalts, **common)


# (stem, condition, kinds, date style, deadline style, label set, letterhead, retro span, cover sheet?)
PLAN = [
    ("wheelchair_repair_pa_fax_bd_warranty", "born_digital", ["warranty"], "slash", "within", 0, 0, False, False),
    ("wheelchair_repair_pa_fax_bd_upgrade", "born_digital", ["upgrade"], "long", "by", 1, 1, False, True),
    ("wheelchair_repair_pa_fax_faxs_retro", "fax_standard_g4", ["retro"], "slash", "within", 1, 0, True, True),
    ("wheelchair_repair_pa_fax_faxs_oon", "fax_standard_g4", ["oon"], "iso", "receive", 0, 1, False, False),
    ("wheelchair_repair_pa_fax_faxf_stack", "fax_fine_g4", ["coding", "approve"], "abbr", "within", 0, 0, False,
     True),
    ("wheelchair_repair_pa_fax_rot_extra", "rotated", ["extra"], "dmy", "within", 1, 1, False, False),
    ("wheelchair_repair_pa_fax_low_eligible", "scan_lowres_150", ["eligible"], "upper", "by", 0, 1, False, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, li, lh, span, with_cover) in enumerate(PLAN):
        r = random.Random(14900 + i)
        f = facts(r, kinds[0], ds, dl, li, lh, span, None)
        docs, seps = [(build(f), make_truth(f))], [cover(f) if with_cover else None]
        if len(kinds) > 1:
            f2 = facts(r, kinds[1], ds, dl, li, lh, span, f)
            docs.append((build(f2), make_truth(f2)))
            seps.append(cover(f2))
        items.append(Item(stem, cond, docs, separators=seps if any(s is not None for s in seps) else None))
    return items
