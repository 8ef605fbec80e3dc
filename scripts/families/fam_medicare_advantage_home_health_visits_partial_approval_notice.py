"""Family 'medicare_advantage_home_health_visits_partial_approval_notice': a fictional Medicare Advantage HMO
approving fewer home health skilled nursing visits than the agency asked for, in the structure and wording of the
public CMS-10003-NDMCP "Notice of Denial of Medical Coverage (or Payment)" (form and OMB numbers, "65 calendar days
of the date listed at the top of this notice", fast appeal in 72 hours, 1-800-MEDICARE, the Independent Review
Entity). Documents: the born-digital partial approval; the home health agency's letter to the patient (denies
nothing); the fully favorable expedited reconsideration; a three-claim plan EOB refusing only the home health claim
for visits past the approved number; a standard-fax stack of a one-page partial approval and the agency's request
for an expedited reconsideration; a payment denial told only in sentences, photographed; and an expedited
reconsideration that upholds the decision and is forwarded to the IRE (no appeal deadline), fed sideways.
Decoys: DOB, NPI, received dates, the certification period's start of care, the approved visits' window, processing
periods, other claims, form/OMB/material numbers, 72-hour, 60-day IRE and Medicare Number shapes.

Issuers (fictional): Brightwater Health Plans (Brightwater Senior Advantage (HMO)); Kestrel Valley Home Health
Services (agency); Dr. Cornelius J. Whitlock (ordering physician). All values invented.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_advantage_home_health_visits_partial_approval_notice"
LANG = "en"
SEED = 344400
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Brightwater Health Plans"
PLAN = "Brightwater Senior Advantage (HMO)"
INS_ADDR = "PO Box 31855, Scranton, PA 18505"
AGENCY = "Kestrel Valley Home Health Services"
MD = "Cornelius J. Whitlock"
FORM = "Form CMS-10003-NDMCP          OMB Approval 0938-0829"


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int) -> dict:
    r = Rand(SEED + i)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 110))
    start = notice + dt.timedelta(days=r.randint(2, 6))
    end = start + dt.timedelta(days=r.choice([41, 48, 55]))
    visits = [notice - dt.timedelta(days=d) for d in (26, 22, 19, 15)]
    rate = float(r.choice([168, 174.5, 181, 196.25]))
    f = dict(notice=notice, start=start, end=end, pat=r.person()[0], addr=r.address(), mid="BW" + r.digits(9),
             mbi=r.digits(1) + r.letters(2) + r.digits(1) + "-" + r.letters(2) + r.digits(1) + "-" + r.letters(2) +
             r.digits(2), case="HH" + r.digits(2) + "-" + r.digits(6), claim=r.digits(4) + r.digits(3) + r.digits(6),
             recon="RC-" + r.digits(8), npi=r.npi(), ph=r.phone(), fax=r.phone(),
             dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)),
             recv=notice - dt.timedelta(days=r.randint(2, 9)), soc=start - dt.timedelta(days=r.randint(20, 40)),
             req=r.choice([12, 14, 16]), ok=r.choice([6, 8]), visits=visits, rate=rate, plan_id="H4417-00" + r.digits(1))
    f["total"] = round(rate * len(visits), 2)
    return f


def kv(d: Page, rows, w: float = 48, size: float = 9.5, x: float | None = None):
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def plan_head(d: Page, f: dict, centered: bool = False):
    a = "C" if centered else "L"
    d.text_line(PLAN, 12, "B", a)
    d.text_line(INS + "  ·  " + INS_ADDR, 8.5, "", a)
    d.text_line("Member Services " + f["ph"] + " (TTY 711), 8 a.m. - 8 p.m., 7 days a week", 8.5, "", a)
    d.rule(0.5)
    d.ln(2)


WHY = ("Medicare covers part-time or intermittent skilled nursing visits when they are reasonable and necessary. "
       "The records from your home health agency show that your wound is healing and that you or your caregiver "
       "have been taught to change the dressing. {ok} skilled nursing visits are enough to check the wound and "
       "finish the teaching; more visits are not medically necessary. We used Medicare's home health rules "
       "(Medicare Benefit Policy Manual, Chapter 7) and your Evidence of Coverage, Chapter 4.")

RIGHTS = ("You have the right to appeal our decision. If you want to appeal, you must ask within 65 calendar days "
          "of the date listed at the top of this notice. If you ask for an appeal after 65 days, you must explain "
          "why your appeal is late. You can ask for a fast appeal if your doctor says waiting could seriously harm "
          "your health; we'll give you a decision within 72 hours. Call " + "{ph}" + " or write to us at " +
          INS_ADDR + ". You can also call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")


def doc_idn(f: dict, compact: bool = False, ds: str = "slash") -> bytes:
    d = Page(footer=None if compact else "Y0391_HHPA26_C        Page {p} of {n}")
    d.add_page()
    plan_head(d, f)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", "C")
    d.ln(2)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Name:", f["pat"]), ("Member number:", f["mid"]),
           ("Case number:", f["case"])], w=38)
    d.para("We have partially approved the medical services listed below that were requested by you or your "
           "health care provider:", 10)
    d.table(["Service requested", "Requested by", "Dates", "Asked", "Approved"],
            [["Skilled nursing visits G0299", AGENCY, fmt_date(f["start"], ds) + " - " +
              fmt_date(f["end"], ds), str(f["req"]), str(f["ok"])]], [44, 58, 46, 12, 14], 8.0)
    d.text_line("Ordering physician: Dr. " + MD + " (NPI " + f["npi"] + ")", 9)
    d.ln(2)
    d.text_line("We denied the remaining visits because:", 10.5, "B")
    d.para(WHY.format(ok=f["ok"]), 9.5)
    if not compact:
        d.add_page()
    d.text_line("You have the right to appeal our decision", 10.5, "B")
    d.para(RIGHTS.format(ph=f["ph"]), 9.3)
    if not compact:
        d.text_line("What happens next", 10.5, "B")
        d.para("If we say no to all or part of your appeal, we'll automatically send your case to an Independent "
               "Review Entity. You may name someone (like a family member or your doctor) to act for you with "
               "form CMS-1696. Request received by the plan: " + fmt_date(f["recv"], ds) + ".", 9.3)
        d.text_line("Get help & more information", 10.5, "B")
        d.para("Your State Health Insurance Assistance Program (SHIP) can help you for free. You have the right "
               "to get this notice in Spanish or another language, or in large print.", 9.3)
    d.ln(3)
    d.text_line(FORM, 7.5)
    return pdf_bytes(d)


def doc_agency_letter(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(AGENCY, 15, "B")
    d.text_line("Medicare-certified home health agency  ·  410 Thistle Bend Road, Harrisburg, PA 17110", 8.5)
    d.text_line("Intake (717) 555-0193  ·  NPI " + f["npi"][::-1], 8.5)
    d.rule()
    d.ln(3)
    d.text_line(fmt_date(f["notice"] + dt.timedelta(days=3), "long"), 10)
    d.ln(3)
    d.text_line(f["pat"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(4)
    d.para("Dear " + f["pat"].split()[0] + ",", 10)
    d.para("Your Medicare Advantage plan, " + PLAN + ", has approved " + str(f["ok"]) + " of the " + str(f["req"]) +
           " skilled nursing visits Dr. " + MD + " ordered for your care from " + fmt_date(f["start"], "long") +
           " through " + fmt_date(f["end"], "long") + ". The plan's reference for this decision is " + f["case"] +
           " and your plan member number is " + f["mid"] + ".", 10)
    d.para("We will schedule the approved visits with you this week. Your start of care was " +
           fmt_date(f["soc"], "long") + ". If you want more visits, you can appeal the plan's decision; the plan's "
           "notice explains how. Our nurses can help you ask for a fast appeal.", 10)
    d.ln(3)
    d.text_line("Warm regards,", 10)
    d.text_line("Clinical Manager, " + AGENCY, 10)
    return pdf_bytes(d)


def doc_favorable(f: dict) -> bytes:
    d = Page()
    d.add_page()
    plan_head(d, f, centered=True)
    d.text_line("NOTICE OF RECONSIDERATION DECISION - EXPEDITED", 12, "B", "C")
    d.text_line("Fully favorable", 10, "", "C")
    d.ln(3)
    kv(d, [("Date of this notice", fmt_date(f["notice"], "dmy")), ("Member", f["pat"]),
           ("Member ID", f["mid"]), ("Reconsideration no.", f["recon"]), ("Original case no.", f["case"]),
           ("Home health agency", AGENCY), ("Date of birth", fmt_date(f["dob"], "dmy"))], w=48)
    d.para("On " + fmt_date(f["recv"], "dmy") + " you asked for a fast appeal of our decision to approve only " +
           str(f["ok"]) + " skilled nursing visits. A physician reviewer looked at the new wound notes. We have "
           "decided in your favor: all " + str(f["req"]) + " visits from " + fmt_date(f["start"], "dmy") +
           " to " + fmt_date(f["end"], "dmy") + " are approved.", 10)
    d.para("We have told " + AGENCY + " about this decision. You do not need to do anything else.", 10)
    d.ln(2)
    d.text_line(FORM.replace("NDMCP", "NDMCP (reconsideration)"), 7.5)
    return pdf_bytes(d)


def doc_eob(f: dict) -> bytes:
    d = Page(footer="Y0391_EOB26_C   Page {p} of {n}")
    d.add_page()
    plan_head(d, f)
    d.text_line("Explanation of Benefits (EOB) - Medical", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(1)
    y = d.get_y()
    kv(d, [("Member", f["pat"]), ("Member ID", f["mid"]), ("Plan ID", f["plan_id"])], w=28, size=9)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(f["notice"], "abbr")),
           ("Claims period", fmt_date(f["notice"] - dt.timedelta(days=31), "abbr") + " - " +
            fmt_date(f["notice"] - dt.timedelta(days=1), "abbr"))], w=32, size=9, x=105)
    d.ln(3)
    v = f["visits"]
    rows = [["*Claim 7731" + f["claim"][-6:], "Dr. " + MD, "", "", "", ""],
            [fmt_date(v[0] - dt.timedelta(days=3), "slash"), "Office visit 99214", "$231.00", "$144.18", "$20.00", ""],
            ["*Claim " + f["claim"], AGENCY, "", "", "", ""]]
    for k, x in enumerate(v):
        rows.append([fmt_date(x, "slash"), f"Skilled nursing visit {f['ok'] + k + 1} G0299", fmt_money(f["rate"]),
                     "$0.00", "$0.00", "N-HH4"])
    rows.append(["", "Claim total", fmt_money(f["total"]), "$0.00", "$0.00", ""])
    rows.append(["*Claim 7731" + f["claim"][-6:-1] + "2", "Susquehanna Clinical Lab", "", "", "", ""])
    rows.append([fmt_date(v[1], "slash"), "Basic metabolic panel 80048", "$38.00", "$11.62", "$0.00", ""])
    d.table(["Date of service", "Service", "Amount billed", "Plan paid", "You owe", "Note"], rows,
            [40, 52, 24, 22, 18, 18], 8.3, "LLRRRL")
    d.para("N-HH4: We did not pay these visits. Your plan approved " + str(f["ok"]) + " skilled nursing visits under "
           "case " + f["case"] + "; these visits are above the approved number and were not medically necessary. "
           "The agency may not bill you for them.", 9)
    d.para("Your appeal rights: you can ask for an appeal within 65 calendar days of the date of this statement. "
           "See the back of this page or call " + f["ph"] + ".", 9)
    return pdf_bytes(d)


def doc_agency_request(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(AGENCY, 13, "B")
    d.text_line("Clinical Appeals  ·  Fax (717) 555-0129", 8.5)
    d.rule()
    d.ln(2)
    d.text_line("REQUEST FOR EXPEDITED RECONSIDERATION", 11.5, "B")
    d.ln(2)
    kv(d, [("Date sent", fmt_date(f["notice"] + dt.timedelta(days=2), "dmy")), ("To", PLAN + " - Appeals"),
           ("Enrollee", f["pat"]), ("Member no.", f["mid"]), ("Plan case no.", f["case"]),
           ("Physician", "Dr. " + MD)], w=32)
    d.para("We ask for a fast appeal on behalf of the enrollee. The plan approved " + str(f["ok"]) + " of " +
           str(f["req"]) + " skilled nursing visits. The wound measured larger at the last visit and the caregiver "
           "cannot yet change the dressing alone. Waiting 30 days could seriously harm the enrollee's health. "
           "Wound photographs and notes are attached.", 9.5)
    d.text_line("Director of Clinical Services", 9.5)
    return pdf_bytes(d)


def doc_prose_payment(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(INS, 13, "B")
    d.text_line(INS_ADDR, 9)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "wlong"), 10)
    d.ln(3)
    d.text_line(f["pat"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 11.5, "B")
    d.ln(2)
    v = f["visits"]
    d.para("Dear " + f["pat"] + ",", 10)
    d.para(AGENCY + " asked us to pay " + fmt_money(f["total"]) + " for four home health skilled nursing visits "
           "given to you on " + fmt_date(v[0], "long") + ", " + fmt_date(v[1], "long") + ", " +
           fmt_date(v[2], "long") + " and " + fmt_date(v[3], "long") + ". We have denied payment for these "
           "visits. Your member number with " + PLAN + " is " + f["mid"] + " and the claim number is " +
           f["claim"] + ".", 10)
    d.para("We denied payment because we had approved " + str(f["ok"]) + " skilled nursing visits, and these four "
           "visits came after that number was used. The agency's notes do not show a change in your condition "
           "that made more visits medically necessary. Because the agency is in our network, it cannot bill you "
           "for these visits.", 10)
    d.para("If you want to appeal, you must ask within 65 calendar days of the date listed at the top of this "
           "notice. A fast appeal (72 hours) is not available for payment requests. You can call us at " + f["ph"] +
           " or 1-800-MEDICARE.", 10)
    d.ln(2)
    d.text_line(FORM, 7.5)
    return pdf_bytes(d)


def doc_upheld(f: dict) -> bytes:
    d = Page()
    d.add_page()
    plan_head(d, f)
    d.text_line("NOTICE OF RECONSIDERATION DECISION (FAST APPEAL)", 11.5, "B")
    d.ln(2)
    d.boxes([("Date of this notice", fmt_date(f["notice"], "iso"), 44), ("Member", f["pat"], 52),
             ("Member ID", f["mid"], 38), ("Appeal number", f["recon"], 40)])
    d.boxes([("Requested by", AGENCY, 96), ("Visits period", fmt_date(f["start"], "iso") + " to " +
             fmt_date(f["end"], "iso"), 78)])
    d.ln(4)
    d.para("We received your request for a fast appeal on " + fmt_date(f["recv"], "iso") + ". A physician who was "
           "not involved in the first decision reviewed your case (" + f["case"] + "). We still approve " +
           str(f["ok"]) + " of the " + str(f["req"]) + " skilled nursing visits requested. " + WHY.format(ok=f["ok"]),
           9.5)
    d.text_line("What happens next", 10.5, "B")
    d.para("Because we did not decide fully in your favor, we have automatically sent your case to the Independent "
           "Review Entity (IRE) for a new and impartial review. You do not need to do anything. The IRE will "
           "contact you within 72 hours. If you disagree with the IRE's decision, you will have 60 days to ask for "
           "a hearing with an Administrative Law Judge.", 9.5)
    d.ln(2)
    d.text_line(FORM, 7.5)
    return pdf_bytes(d)


def fax_cover(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FACSIMILE", 26, "B")
    d.ln(4)
    kv(d, [("To:", "Brightwater Senior Advantage Appeals"), ("Fax:", f["fax"]), ("From:", AGENCY),
           ("Date:", fmt_date(f["notice"] + dt.timedelta(days=2), "slash")), ("Pages:", "4"),
           ("Re:", "FAST APPEAL - home health visits")], w=25, size=12)
    return pdf_bytes(d)


def base(f: dict, **kw) -> dict:
    out = dict(insurer=INS, member_id=f["mid"], member_name=f["pat"], denial_date=iso(f["notice"]))
    alts = {"insurer": [PLAN]}
    alts.update(kw.pop("alternates", {}))
    out.update(kw)
    out["alternates"] = alts
    return out


def documents(rng) -> list[Item]:
    items = []
    f = facts(0)
    items.append(Item(f"{FAMILY}_bd_idn_partial_approval", "born_digital", [(doc_idn(f), truth(
        "denial_letter", "medical_necessity", **base(f, case_numbers=[f["case"]], service_dates=[
            iso(f["start"], f["end"])], provider=AGENCY, alternates={"provider": [MD]},
            appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))))]))
    f = facts(1)
    items.append(Item(f"{FAMILY}_scan300_agency_letter", "scan_clean_300", [(doc_agency_letter(f), truth(
        "other", None, **base(f, insurer=None, unscored=["insurer"], case_numbers=[f["case"]],
                              alternates={"case_numbers": [[]], "provider": [MD]},
                              service_dates=[iso(f["start"], f["end"])], provider=AGENCY,
                              denial_date=iso(f["notice"] + dt.timedelta(days=3)))))]))
    f = facts(2)
    items.append(Item(f"{FAMILY}_lowres_expedited_recon_fully_favorable", "scan_lowres_150", [(doc_favorable(f), truth(
        "other", None, **base(f, case_numbers=[f["recon"], f["case"]], service_dates=[iso(f["start"], f["end"])],
                              provider=AGENCY)))]))
    f = facts(3)
    items.append(Item(f"{FAMILY}_copy_eob_three_claims_home_health_denied", "photocopy", [(doc_eob(f), truth(
        "eob", "medical_necessity", **base(f, plan_id=f["plan_id"], case_numbers=[f["claim"]],
                                           alternates={"case_numbers": [[f["claim"], f["case"]]]},
                                           claim_amount=m2(f["total"]),
                                           service_dates=[iso(x) for x in f["visits"]], provider=AGENCY,
                                           appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))))]))
    f = facts(4)
    t1 = truth("denial_letter", "medical_necessity", **base(
        f, case_numbers=[f["case"]], service_dates=[iso(f["start"], f["end"])], provider=AGENCY,
        alternates={"provider": [MD]}, appeal_deadline=iso(f["notice"] + dt.timedelta(days=65))))
    t2 = truth("other", None, **base(f, insurer=None, unscored=["insurer"], case_numbers=[f["case"]],
                                     alternates={"case_numbers": [[]], "provider": [MD]}, provider=AGENCY,
                                     denial_date=iso(f["notice"] + dt.timedelta(days=2))))
    items.append(Item(f"{FAMILY}_faxstd_stack_idn_and_fast_appeal_request", "fax_standard_g4",
                      [(doc_idn(f, compact=True, ds="dmy"), t1), (doc_agency_request(f), t2)],
                      separators=[fax_cover(f), "blank"]))
    f = facts(5)
    items.append(Item(f"{FAMILY}_photo_payment_denial_prose", "phone_photo", [(doc_prose_payment(f), truth(
        "denial_letter", "medical_necessity", **base(f, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                                                     service_dates=[iso(x) for x in f["visits"]], provider=AGENCY,
                                                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))))]))
    f = facts(6)
    items.append(Item(f"{FAMILY}_rotated_fast_appeal_upheld_to_ire", "rotated", [(doc_upheld(f), truth(
        "denial_letter", "medical_necessity", **base(f, case_numbers=[f["recon"], f["case"]],
                                                     service_dates=[iso(f["start"], f["end"])], provider=AGENCY)))]))
    return items
