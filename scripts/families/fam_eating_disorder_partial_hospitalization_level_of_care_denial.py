"""Family 'eating_disorder_partial_hospitalization_level_of_care_denial': an invented commercial plan (Sandpiper Ridge
Health Insurance Company) cutting a teenager's partial hospitalization for an eating disorder to intensive
outpatient under its level of care criteria, a concurrent review ending the approved days, appeals upheld and then
overturned; the treatment center's letters and statements with per-diem lines, a parent's letter. All fictional;
phones use 555.

Documents: a born-digital concurrent review denial with a label column; a fine-fax letter told only in sentences
(approved days end, step down to IOP); a phone photo of a parent's letter to the plan; a rotated program statement
with per-diem lines (denies nothing); a photocopied EOB with three claims, the PHP claim denied; a 150 dpi two-page
appeal decision overturning the denial (sidebar, running header); a scanned stack: first-level appeal upheld,
a blank separator, the center's letter asking for a second-level review, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcf import Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "eating_disorder_partial_hospitalization_level_of_care_denial"
LANG = "en"
SEED = 350205
ORG = "Sandpiper Ridge Health Insurance Company"
ORG_SHORT = "Sandpiper Ridge"
ORG_ADDR = "PO Box 61873, Fort Collins, CO 80527"
CENTER = "Lanternbrook Eating Disorder Center"
CENTER_ADDR = "2250 Aspen Hollow Parkway, Loveland, CO 80538"
PATIENTS = [("Juniper A. Halvorsen", "Margit Halvorsen"), ("Tamsin R. Okafor", "Delphine Okafor"),
            ("Rowan E. Castellano", "Vito Castellano"), ("Ines M. Thorvaldsen", "Brigitta Thorvaldsen"),
            ("Calla J. Winterbourne", "Anders Winterbourne"), ("Sabine L. Achebe", "Nnamdi Achebe"),
            ("Priya K. Fenwick", "Lionel Fenwick")]
PSYCH = ["Dr. Evangeline Marsh", "Dr. Corwin Balasubramanian", "Dr. Helga Strickland"]


def base(r, k):
    d = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 110))
    pat_name, parent = PATIENTS[k]
    return dict(date=d, patient=pat_name, parent=parent, mid="SRH" + pat(r, "999999999"),
                group=pat(r, "9999999"), dob=dt.date(r.randint(2008, 2012), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9800)} Larkspur Drive", "Greeley, CO 80634"], npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 180 days of the date of this letter"):
    return [
        "#Your right to appeal",
        f"You, your child's doctor or someone you name may appeal this decision {basis}. Write to {ORG_SHORT} "
        f"Appeals, {ORG_ADDR}, or call 1-555-418-6620. Your doctor may also ask for a peer-to-peer talk with our "
        "reviewer within 2 business days.",
        "If waiting could seriously harm your child's health, ask for an expedited appeal; we decide it within 72 "
        "hours. After our final decision you may ask for an independent external review within 4 months.",
        "You may ask for free copies of the criteria (LOCUS-ED Level of Care Guideline BH-114) and records used."]


def doc_bd_concurrent(r):
    f = base(r, 0)
    ref = "UM-" + pat(r, "99999999")
    last_ok = plus(f["date"], 1)
    first_no = plus(last_ok, 1)
    prov = PSYCH[0]
    d = Page(footer=f"{ORG}  -  Behavioral Health Utilization Management  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Behavioral Health Utilization Management  |  {ORG_ADDR}")
    d.text_line(fd(f["date"], "long"), 10)
    d.ln(2)
    addr(d, [f["parent"], f"Parent of {f['patient']}", *f["addr"]])
    d.text_line("CONCURRENT REVIEW DETERMINATION - LEVEL OF CARE", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["patient"]), ("Subscriber:", f["parent"]), ("Member ID:", f["mid"]),
           ("Group number:", f["group"]), ("Patient date of birth:", fd(f["dob"], "slash")),
           ("Reference number:", ref), ("Facility:", CENTER), ("Attending psychiatrist:", prov),
           ("Days approved:", f"Partial hospitalization through {fd(last_ok, 'slash')}"),
           ("Not approved:", f"Partial hospitalization from {fd(first_no, 'slash')}")], w=50, size=9.3)
    paras(d, [
        f"Dear {f['parent']}:",
        f"We reviewed the continued stay request for {f['patient']} in the partial hospitalization program (PHP) at "
        f"{CENTER}. Her weight is now 92% of her treatment goal, she completes all meals with support, and she has "
        "had no purging for three weeks. She no longer meets our criteria for partial hospitalization. Care at the "
        "intensive outpatient (IOP) level, three days a week, is approved instead and fits her needs.",
        "This is a decision about the level of care, not about whether she needs treatment."], size=9.3)
    paras(d, rights(), size=8.9)
    t = truth("denial_letter", "level_of_care", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[ref], service_dates=[first_no.isoformat()],
              denial_date=f["date"].isoformat(), provider=prov, appeal_deadline=plus(f["date"], 180).isoformat(),
              alternates={"provider": [CENTER]})
    return pdf_bytes(d), t


def doc_fax_prose(r):
    f = base(r, 1)
    ref = pat(r, "99-9999999")
    end = plus(f["date"], 3)
    line = (f"{fd(f['date'], 'dash')} 16:{r.randint(10, 59)}  FROM: SANDPIPER RIDGE BH UM  FAX 1-555-418-6699  "
            f"TO: LANTERNBROOK UR  P.{{p}}")
    d = Page(serif=True, faxline=line, footer=f"{ORG}  |  Confidential")
    d.add_page()
    letterhead(d, ORG, ["Behavioral Health Utilization Management", ORG_ADDR, "Phone 1-555-418-6600"])
    d.text_line(fd(f["date"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent']}:",
        f"We are writing about your daughter, {f['patient']}, who is in the partial hospitalization program at "
        f"{CENTER}. Our reference number for this review is {ref}. We approved partial hospitalization through "
        f"{fd(end, 'dmy')}. We will not approve partial hospitalization days starting {fd(plus(end, 1), 'dmy')}.",
        "Our psychiatrist reviewer spoke with the program's doctor by phone. Your daughter's vital signs have been "
        "stable for two weeks and she is eating her meal plan with support at home on weekends. Under our level "
        "of care criteria she can be treated safely in the intensive outpatient program, which we have approved "
        "for up to four weeks.",
        f"Her member ID is {f['mid']}. You may appeal within 180 days of the date of this letter by writing to "
        f"{ORG_SHORT} Appeals, {ORG_ADDR}. An urgent appeal is decided within 72 hours. An external review may be "
        "requested within 4 months of our final decision.",
        "Sincerely,", "Behavioral Health Utilization Management", ORG], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["patient"],
              case_numbers=[ref], service_dates=[plus(end, 1).isoformat()], denial_date=f["date"].isoformat(),
              provider=CENTER, appeal_deadline=plus(f["date"], 180).isoformat(),
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_photo_parent(r):
    f = base(r, 2)
    ref = "UM-" + pat(r, "99999999")
    d = Page(serif=True)
    d.add_page()
    d.text_line(f["parent"], 10.5)
    for s in f["addr"]:
        d.text_line(s, 10.5)
    d.text_line("Phone 1-555-247-" + pat(r, "9999"), 10.5)
    d.ln(5)
    d.text_line(fd(f["date"], "long"), 10.5)
    d.ln(4)
    addr(d, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    d.text_line(f"Re: my daughter {f['patient']}, member ID {f['mid']}, reference {ref}", 10.5, "B")
    d.ln(3)
    paras(d, [
        "To whom it may concern:",
        f"I am writing to ask you to reconsider moving my daughter from the partial hospitalization program at "
        f"{CENTER} to intensive outpatient care. Since the change she has skipped lunch at school most days and "
        "lost weight again. Her doctors at the center believe she needs the full-day program for at least three "
        "more weeks. I am not able to supervise every meal while I work.",
        "Please call me if you need anything from our family. Thank you for reviewing this.",
        "Sincerely,", f["parent"]], size=10.5)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["patient"], case_numbers=[ref],
              denial_date=f["date"].isoformat(), provider=CENTER,
              unscored=["insurer", "appeal_deadline", "service_dates", "provider"])
    return pdf_bytes(d), t


def doc_rotated_statement(r):
    f = base(r, 3)
    acct = "LB-" + pat(r, "999999")
    d0 = plus(f["date"], -r.randint(20, 40))
    days = [plus(d0, i) for i in (0, 1, 2, 3, 7, 9)]
    rates = [1250.0, 1250.0, 1250.0, 1250.0, 640.0, 640.0]
    total = sum(rates)
    paid = 3 * 1250.0 * 0.8
    d = Page(footer=f"{CENTER}  -  {CENTER_ADDR}  -  Tax ID 84-{pat(r, '9999999')}")
    d.add_page()
    letterhead(d, CENTER, [CENTER_ADDR, "Billing office 1-555-667-2130"])
    d.text_line("PATIENT STATEMENT", 12.5, "B")
    lv(d, [("Statement date", fd(f["date"], "iso")), ("Patient", f["patient"]), ("Guarantor", f["parent"]),
           ("Account number", acct), ("Primary insurance", f"{ORG_SHORT}  ID {f['mid']}")], w=40, size=9.4)
    rows = [[fd(x, "iso"), "0912" if i < 4 else "0906",
             "Partial hospitalization per diem" if i < 4 else "Intensive outpatient per diem", usd(rates[i])]
            for i, x in enumerate(days)]
    rows.append(["", "", "Total charges", usd(total)])
    wtable(d, ["Date of service", "Revenue code", "Description", "Charges"], rows, [34, 28, 80, 32], size=8.6,
           aligns=["L", "L", "L", "R"], bold_last=True)
    lv(d, [("Insurance payments", usd(-paid)), ("Insurance adjustments", usd(-(1250.0 * 0.2 * 3))),
           ("Pending with insurance", usd(1250.0 + 1280.0)), ("Amount due now", usd(0.0))], w=60, size=9.4)
    paras(d, ["One partial hospitalization day is still under review by your insurance. You owe nothing today. "
              "Questions about this statement: 1-555-667-2130."], size=9.2)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["patient"],
              claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in days],
              denial_date=f["date"].isoformat(), provider=CENTER, unscored=["insurer", "appeal_deadline"],
              alternates={"service_dates": [[f"{days[0].isoformat()}/{days[-1].isoformat()}"]]})
    return pdf_bytes(d), t


def doc_copy_eob(r):
    f = base(r, 4)
    stmt = f["date"]
    c = [pat(r, "9999999999") for _ in range(3)]
    s0 = plus(stmt, -r.randint(20, 40))
    php = [s0, plus(s0, 4)]
    a = [fee(r, 140, 260), 5 * 1180.0, fee(r, 220, 420)]
    provs = ["Front Range Nutrition Counseling", CENTER, PSYCH[1]]
    d = Page(footer=f"{ORG}  |  Explanation of Benefits  |  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Services 1-555-418-6600"])
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B")
    lv(d, [("Statement date", fd(stmt, "abbr")), ("Subscriber", f["parent"]), ("Patient", f["patient"]),
           ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Claims processed", f"{fd(plus(stmt, -14), 'slash')} to {fd(stmt, 'slash')}")], w=40, size=9.3)
    rows = [[c[0], fd(plus(s0, -3), "slash"), provs[0], "Nutrition therapy", usd(a[0]), usd(a[0] * 0.7), "-"],
            [c[1], f"{fd(php[0], 'slash')}-{fd(php[1], 'slash')}", provs[1], "PHP 5 days", usd(a[1]),
             usd(0.0), "LC4"],
            [c[2], fd(plus(s0, 2), "slash"), provs[2], "Psych follow-up", usd(a[2]), usd(a[2] * 0.8), "-"]]
    wtable(d, ["Claim number", "Service dates", "Provider", "Service", "Amount billed", "Plan paid",
               "Remark"], rows, [22, 33, 58, 26, 16, 14, 10], size=7.2)
    paras(d, [
        f"LC4 - Claim {c[1]} is denied. The partial hospitalization days did not meet level of care criteria; "
        "intensive outpatient care was approved for these dates. The provider may bill the plan again at the "
        "approved level.",
        "You may appeal a denied claim within 180 days of the date of this statement. Write to Sandpiper Ridge "
        f"Appeals, {ORG_ADDR}. External review may be requested within 4 months of a final decision."], size=9)
    t = truth("eob", "level_of_care", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[c[1]], claim_amount=f"{a[1]:.2f}",
              service_dates=[f"{php[0].isoformat()}/{php[1].isoformat()}"], denial_date=stmt.isoformat(),
              provider=CENTER, appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_scan_overturned(r):
    f = base(r, 5)
    apl = "APL-" + pat(r, "9999999")
    orig = "UM-" + pat(r, "99999999")
    a0 = plus(f["date"], -r.randint(8, 14))
    a1 = plus(a0, 20)
    prov = PSYCH[2]
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}", header=f"{f['patient']}  -  Appeal {apl}  -  continued")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, "Fax 1-555-418-6688"], centred=True)
    d.text_line(fd(f["date"], "long"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    top, bot = sidebar(d, [("Appeal number", apl), ("Original review", orig), ("Member ID", f["mid"]),
                           ("Group", f["group"]), ("Appeal received", fd(plus(f["date"], -12), "slash")),
                           ("Program", CENTER)])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "APPEAL DECISION: OVERTURNED", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear {f['parent']}: You appealed our decision to end partial hospitalization for "
                 f"{f['patient']}. A board-certified child and adolescent psychiatrist who was not part of the "
                 "first decision reviewed the appeal, the program's notes and your letter.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, [
        "#Decision",
        f"We have reversed our decision. The records show weight loss and skipped meals after the step-down. "
        f"Partial hospitalization at {CENTER} is approved from {fd(a0, 'long')} through {fd(a1, 'long')}. The "
        f"attending psychiatrist, {prov}, has been told."], size=9.6)
    d.add_page()
    paras(d, [
        "#What happens next",
        "Claims for these days will be paid under your plan's mental health benefit. Your usual copay or "
        "coinsurance applies. If the program asks for more days, a new concurrent review will be done.",
        "You do not need to do anything else. Questions: Member Services 1-555-418-6600 (TTY 711).",
        "Sincerely,", "Appeals and Grievances", ORG], size=9.6)
    t = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["patient"],
              case_numbers=[apl, orig], service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"],
              denial_date=f["date"].isoformat(), provider=prov, unscored=["appeal_deadline"],
              alternates={"provider": [CENTER]})
    return pdf_bytes(d), t


def stack_upheld_and_center(r):
    f = base(r, 6)
    apl = "APL-" + pat(r, "9999999")
    orig = "UM-" + pat(r, "99999999")
    s0 = plus(f["date"], -r.randint(20, 30))
    prov = PSYCH[0]
    d = Page(footer=f"{ORG}  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, "Appeals and Grievances  -  First-Level Appeal Decision")
    d.text_line(fd(f["date"], "iso"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    d.boxes([("Appeal number", apl, 40), ("Original review", orig, 44), ("Member ID", f["mid"], 48),
             ("Group", f["group"], 42)])
    d.boxes([("Patient", f["patient"], 66), ("Attending psychiatrist", prov, 64), ("Denied from", fd(s0, "slash"), 44)])
    d.ln(4)
    paras(d, [
        "#Decision: denial upheld",
        f"We reviewed your appeal of our decision to stop approving partial hospitalization at {CENTER}. The "
        "records show stable weight and vital signs and full meal completion in the program. Intensive outpatient "
        "care remains the right level of care under our criteria, so partial hospitalization days are still not "
        "approved.",
        "#Second-level appeal",
        "You may ask for a second-level appeal within 60 days of the date of this letter. Write to "
        f"{ORG_SHORT} Appeals, {ORG_ADDR}. An urgent appeal is decided within 72 hours. You may also ask for an "
        "independent external review within 4 months of a final decision."], size=9.4)
    t1 = truth("denial_letter", "level_of_care", insurer=ORG, group_number=f["group"], member_id=f["mid"],
               member_name=f["patient"], case_numbers=[apl, orig], service_dates=[s0.isoformat()],
               denial_date=f["date"].isoformat(), provider=prov, appeal_deadline=plus(f["date"], 60).isoformat(),
               alternates={"provider": [CENTER]})
    lt = plus(f["date"], r.randint(4, 9))
    e = Page()
    e.add_page()
    letterhead(e, CENTER, [CENTER_ADDR, "Utilization Review 1-555-667-2100  Fax 1-555-667-2101"])
    e.text_line(fd(lt, "abbr"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    e.text_line(f"Re: {f['patient']}  |  Member ID {f['mid']}  |  Appeal {apl}", 10, "B")
    e.ln(2)
    paras(e, [
        "Request for second-level appeal",
        f"Our patient was stepped down to intensive outpatient care on {fd(s0, 'abbr')}. Within ten days she lost "
        "2.1 kg, her resting heart rate fell to 46, and she again restricts at two of three meals. Under your own "
        "criteria, failure at the lower level supports partial hospitalization. We ask that the days be approved.",
        "Sincerely,", prov, f"Attending Psychiatrist, {CENTER}"], size=10)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["patient"], case_numbers=[apl],
               denial_date=lt.isoformat(), provider=prov,
               unscored=["insurer", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_upheld_and_center(r(6))
    return [
        Item(f"{FAMILY}_bd_concurrent_review_label_column", "born_digital", [doc_bd_concurrent(r(0))]),
        Item(f"{FAMILY}_faxfine_approved_days_end_prose", "fax_fine_g4", [doc_fax_prose(r(1))]),
        Item(f"{FAMILY}_photo_parent_letter", "phone_photo", [doc_photo_parent(r(2))]),
        Item(f"{FAMILY}_rotated_program_statement_per_diem", "rotated", [doc_rotated_statement(r(3))]),
        Item(f"{FAMILY}_copy_eob_three_claims_php_denied", "photocopy", [doc_copy_eob(r(4))]),
        Item(f"{FAMILY}_lowres_two_page_appeal_overturned", "scan_lowres_150", [doc_scan_overturned(r(5))]),
        Item(f"{FAMILY}_scan300_stack_upheld_and_center_letter", "scan_clean_300", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
