"""Family 'skilled_nursing_therapy_minutes_medicare_advantage_noc': a Medicare Advantage plan ending skilled nursing
facility coverage after therapy minutes fell, after the structure and wording of the CMS Notice of Medicare
Non-Coverage (NOMNC, CMS-10123) and the Detailed Explanation of Non-Coverage (CMS-10124), with an invented plan,
facility and QIO: a born-digital NOMNC, a stack of NOMNC + DENC with a blank separator, the SNF's statement, the
plan's refusal of extra days (integrated denial notice style), a QIO fast-appeal decision upholding the end of
coverage, a multi-claim plan EOB with one claim refused and a sentence-only plan letter. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "skilled_nursing_therapy_minutes_medicare_advantage_noc"
LANG = "en"
SEED = 338600
PLAN = "Bellwether Senior Advantage (HMO)"
PLAN_ORG = "Bellwether Senior Advantage"
SNF = "Glenmarrow Rehabilitation and Nursing Center"
QIO = "Tamarind Shore Quality Review Partners"
DOCS = ["Dr. Ignatius P. Halloway", "Dr. Wren S. Abernathy-Cole", "Dr. Rosalind V. Teague"]


def pt(r: Rand) -> dict:
    m, fi, mi, la = r.person()
    return dict(member=m, first=fi, last=la, addr=r.address(), dob=r.date(dt.date(1935, 1, 1), 7000),
                ph=r.phone(), npi=r.npi(), doc=r.choice(DOCS), mid=f"BSA{r.digits(8)}", plan_id=f"H{r.digits(4)}-0{r.digits(2)}",
                acct=f"GRN-{r.digits(6)}", mbi=f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}")


def labels(d: Doc, rows, w: float = 50, size: float = 9.5):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab)
        d.font(size)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def nm(doc: str) -> str:
    return doc.replace("Dr. ", "")


def nomnc(d: Doc, f: dict, eff: dt.date, issued: dt.date, ref: str):
    d.add_page()
    d.text_line(PLAN, 13, "B", h=7)
    d.text_line(f"{SNF} on behalf of the plan  -  Member Services {f['ph']} (TTY 711)", 8.5, h=5)
    d.rule(0.5, 4)
    d.text_line("Notice of Medicare Non-Coverage", 14, "B", align="C", h=8)
    labels(d, [("Patient name:", f["member"]), ("Patient number:", f["mid"]), ("Plan reference:", ref),
               ("Date of notice:", fmt_date(issued, "slash"))])
    d.text_line(f"THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: "
                f"{fmt_date(eff, 'slash')}", 10, "B", h=7)
    d.para("Your Medicare health plan has determined that Medicare probably will not pay for your current skilled "
           "nursing services after the effective date indicated above. You may have to pay for any services you "
           "receive after the above date.", 10)
    d.text_line("Your Right to Appeal This Decision", 11, "B", h=7)
    d.para(f"You have the right to an immediate, independent medical review (appeal) of the decision to end Medicare "
           f"coverage of these services. Your services will continue during the appeal. If you choose to appeal, "
           f"the independent reviewer will ask for your opinion. To appeal, you must contact {QIO}, the Quality "
           f"Improvement Organization (QIO), no later than noon of the day before the effective date indicated "
           f"above. QIO phone 1-888-555-0147, TTY 711.", 9.5)
    d.para("If you miss the deadline, you may still request an appeal from your Medicare health plan.", 9.5)


# 1 ---------------------------------------------------------------- NOMNC (born digital)
def doc_nomnc(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    issued = r.date(dt.date(2026, 1, 20), 30)
    eff = issued + dt.timedelta(days=2)
    ref = f"NC{r.digits(8)}"
    d = Doc(footer="Form CMS-10123-NOMNC (Expires 07/31/2027)   OMB Approval No. 0938-0953", margins=(20, 14, 20))
    nomnc(d, f, eff, issued, ref)
    d.para(f"Additional information: skilled physical and occupational therapy has fallen from 90 to 25 minutes a day "
           f"and {nm(f['doc'])}, your attending physician, agrees you can continue with help at a lower level of "
           "care.", 9.5)
    d.para(f"Please sign below to indicate you received and understood this notice.    Signature ____________  "
           f"Date ________", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(eff)], denial_date=iso(issued), provider=nm(f["doc"]),
              appeal_deadline=None, denial_alternates=["level_of_care"],
              alternates={"appeal_deadline": [iso(eff - dt.timedelta(days=1))], "provider": [SNF],
                          "service_dates": [[]], "insurer": [PLAN_ORG]})
    return pdf_bytes(d), t


# 2 ---------------------------------------------------------------- stack: NOMNC + DENC, blank separator (scan 300)
def item_stack(r: Rand) -> Item:
    f = pt(r)
    issued = r.date(dt.date(2026, 2, 2), 25)
    eff = issued + dt.timedelta(days=2)
    ref = f"NC{r.digits(8)}"
    d1 = Doc(footer="Form CMS-10123-NOMNC", margins=(20, 14, 20))
    nomnc(d1, f, eff, issued, ref)
    t1 = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[iso(eff)], denial_date=iso(issued), denial_alternates=["level_of_care"],
               alternates={"appeal_deadline": [iso(eff - dt.timedelta(days=1))], "service_dates": [[]],
                           "insurer": [PLAN_ORG]})
    denc_date = eff - dt.timedelta(days=1)
    d2 = Doc(footer="Form CMS-10124-DENC", margins=(20, 14, 20))
    d2.add_page()
    d2.text_line(PLAN, 13, "B", h=7)
    d2.text_line("Detailed Explanation of Non-Coverage", 14, "B", align="C", h=8)
    labels(d2, [("Date:", fmt_date(denc_date, "long")), ("Patient name:", f["member"]), ("Patient number:", f["mid"]),
                ("QIO case:", f"TSQ-{r.digits(6)}")])
    d2.para(f"This notice gives a detailed explanation of why your current skilled nursing services at {SNF} will "
            f"no longer be covered as of {fmt_date(eff, 'long')}. This decision was made by {PLAN}.", 10)
    d2.para("Facts used to make this decision: your therapy notes show you walk 150 feet with a rolling walker and "
            "need only standby help to dress. Therapy was reduced from 6 to 3 days a week at 25 minutes a day and "
            "no daily skilled nursing need (wound care, IV medicine) remains.", 10)
    d2.para("Detailed explanation of why your services are no longer covered, and the specific Medicare coverage "
            "rules and policy used: 42 CFR 409.31 through 409.35, Medicare Benefit Policy Manual chapter 8, "
            "section 30. Skilled care must be needed daily and be reasonable and necessary.", 10)
    t2 = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
               service_dates=[iso(eff)], denial_date=iso(denc_date), denial_alternates=["level_of_care"],
               alternates={"service_dates": [[]], "insurer": [PLAN_ORG], "case_numbers": [[]]},
               unscored=["case_numbers"])
    return Item(f"{FAMILY}_scan_stack_nomnc_denc", "scan_clean_300", [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)],
                separators=["blank", None])


# 3 ---------------------------------------------------------------- SNF statement (low res)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    adm = r.date(dt.date(2026, 1, 3), 10)
    end = adm + dt.timedelta(days=r.randint(18, 24))
    stmt = end + dt.timedelta(days=r.randint(20, 30))
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line(SNF, 14, "B", h=7)
    d.text_line("Business Office  -  77 Orchard Vale Road, Dayton, OH 45402  -  1-937-555-0120", 8.5, h=5)
    d.rule(0.4, 4)
    d.text_line("Resident Account Statement", 12, "B", h=7)
    labels(d, [("Statement date", fmt_date(stmt, "long")), ("Account no.", f["acct"]), ("Resident", f["member"]),
               ("Primary payer", f"{PLAN}  member {f['mid']}"), ("Attending", f["doc"])], w=38)
    cov = round(r.randint(9800, 14000) + 0.0, 2)
    rows = [[f"{fmt_date(adm, 'slash')} - {fmt_date(end - dt.timedelta(days=3), 'slash')}", "Skilled days (RUG/PDPM)",
             fmt_money(cov), fmt_money(cov - 1200), fmt_money(1200)],
            [f"{fmt_date(end - dt.timedelta(days=2), 'slash')} - {fmt_date(end, 'slash')}", "Private pay after NOMNC",
             fmt_money(1140), "0.00", fmt_money(1140)]]
    d.table(["Period", "Description", "Charges", "Plan paid", "Resident owes"], rows, [50, 50, 26, 26, 28], size=8.5,
            aligns="LLRRR")
    d.para(f"Total due: {fmt_money(2340)}. Days 21 and later carry the plan's daily copay. Please remit within 30 "
           "days.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=iso(stmt),
              provider=nm(f["doc"]), unscored=["insurer"],
              alternates={"provider": [SNF]})
    return pdf_bytes(d), t


# 4 ---------------------------------------------------------------- plan denial of extra days (fax standard)
def doc_extra_days(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    req = f"ORG-{r.digits(7)}"
    issued = r.date(dt.date(2026, 2, 10), 25)
    s, e = issued + dt.timedelta(days=1), issued + dt.timedelta(days=14)
    d = Doc(font="Courier", margins=(18, 14, 18))
    d.add_page()
    d.text_line(PLAN.upper(), 12, "B", h=7)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", 11, "B", h=7)
    labels(d, [("Date:", fmt_date(issued, "upper")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
               ("Plan contract/PBP:", f["plan_id"]), ("Request #:", req), ("Requested by:", f"{f['doc']} / {SNF}"),
               ("Received:", fmt_date(issued - dt.timedelta(days=3), "upper"))], w=44, size=9)
    d.para(f"We have DENIED the request for 14 more days of skilled nursing facility care at {SNF} from "
           f"{fmt_date(s, 'long')} through {fmt_date(e, 'long')}. Your records show you no longer need daily "
           "skilled therapy or nursing; therapy minutes fell to 25 a day and you can be cared for safely at home "
           "with home health visits.", 9.5)
    d.para("You have the right to ask us to reconsider. Your request must be received within 65 days from the date "
           "of this notice. A fast (expedited) decision is made within 72 hours. Form CMS-10003-NDMCP.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=f["plan_id"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[req], service_dates=[iso(s, e)], denial_date=iso(issued),
              provider=nm(f["doc"]), appeal_deadline=iso(issued + dt.timedelta(days=65)),
              denial_alternates=["level_of_care"], alternates={"provider": [SNF], "insurer": [PLAN_ORG],
                                                               "plan_id": [None]})
    return pdf_bytes(d), t


# 5 ---------------------------------------------------------------- QIO fast appeal decision upheld (rotated)
def doc_qio(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    case = f"TSQ-{r.digits(6)}"
    decided = r.date(dt.date(2026, 2, 20), 20)
    eff = decided + dt.timedelta(days=1)
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(QIO, 15, "B", h=8)
    d.text_line("Beneficiary and Family Centered Care QIO  -  Medicare fast appeals  -  1-888-555-0147", 8.5, h=5)
    d.rule(0.4, 5)
    d.text_line(f"{decided.day} {decided.strftime('%b %Y')}", 10.5, h=6)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 10.5)
    d.para(f"Re: Expedited determination, QIO case number {case}; Medicare number {f['mbi']}", 10.5)
    d.para(f"Dear {f['member']}:", 10.5)
    d.para(f"You asked us to review the decision of {PLAN} to end your skilled nursing facility services at {SNF}. "
           f"Our physician reviewer looked at your records and agrees with the plan: you no longer need skilled "
           f"services daily. Coverage of these services will end on {fmt_date(eff, 'long')}. You will be "
           "responsible for services after that date.", 10.5)
    d.para("If you disagree, you may ask for a reconsideration. Call us by noon of the calendar day after you receive "
           "this letter. You may instead ask your plan for an appeal within 60 days.", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=QIO, member_name=f["member"], case_numbers=[case],
              service_dates=[iso(eff)], denial_date=iso(decided), denial_alternates=["level_of_care"],
              unscored=["appeal_deadline"], alternates={"service_dates": [[]], "insurer": [PLAN]})
    return pdf_bytes(d), t


# 6 ---------------------------------------------------------------- plan EOB, three claims, one refused (photocopy)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = r.date(dt.date(2026, 3, 4), 15)
    adm = stmt - dt.timedelta(days=r.randint(50, 60))
    cut = adm + dt.timedelta(days=r.randint(18, 22))
    rows_src = [(f"{r.digits(11)}", iso(adm, cut), f"{fmt_date(adm, 'slash')}-{fmt_date(cut, 'slash')}",
                 f"SNF stay - {SNF}", float(r.amount(14000, 19000)), False),
                (f"{r.digits(11)}", iso(cut + dt.timedelta(days=1), cut + dt.timedelta(days=4)),
                 f"{fmt_date(cut + dt.timedelta(days=1), 'slash')}-{fmt_date(cut + dt.timedelta(days=4), 'slash')}",
                 f"SNF days after coverage end - {SNF}", float(r.amount(2200, 2900)), True),
                (f"{r.digits(11)}", iso(adm + dt.timedelta(days=3)), fmt_date(adm + dt.timedelta(days=3), "slash"),
                 f"Physician visit - {f['doc']}", float(r.amount(140, 260)), False)]
    d = Doc(margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Explanation of Benefits for Medicare Advantage members - not a bill", 9.5, h=5)
    d.para(f"{f['member']}   Member ID {f['mid']}   Plan {f['plan_id']}   Issued {fmt_date(stmt, 'long')}   "
           f"Claims processed {fmt_date(stmt - dt.timedelta(days=31), 'slash')} to {fmt_date(stmt, 'slash')}", 8.5)
    rows = []
    for c, _, shown, svc, amt, den in rows_src:
        rows.append([c, shown, svc, fmt_money(amt), "$0.00" if den else fmt_money(amt * 0.8),
                     fmt_money(amt) if den else fmt_money(amt * 0.02), "Denied (D7)" if den else "Paid"])
    d.table(["Claim number", "Dates", "Service", "Billed", "Plan paid", "You may owe", "Status"], rows,
            [30, 40, 56, 20, 20, 20, 20], size=7.3, aligns="LLLRRRL")
    d.para("D7: You received a Notice of Medicare Non-Coverage. Skilled nursing days after the effective date on that "
           "notice are not covered because daily skilled care was no longer medically necessary.", 8.5)
    d.para("To ask us to reconsider, write to us within 65 days of the date of this notice.", 8.5)
    den = rows_src[1]
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=f["plan_id"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[den[0]], claim_amount=m2(den[4]), service_dates=[den[1]],
              denial_date=iso(stmt), provider=SNF, appeal_deadline=iso(stmt + dt.timedelta(days=65)),
              denial_alternates=["level_of_care"], alternates={"insurer": [PLAN_ORG], "plan_id": [None]})
    return pdf_bytes(d), t


# 7 ---------------------------------------------------------------- plan letter in sentences only (phone photo)
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    ref = f"ORG-{r.digits(7)}"
    issued = r.date(dt.date(2026, 2, 16), 20)
    eff = issued + dt.timedelta(days=3)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PLAN_ORG, 15, "B", h=7)
    d.ln(4)
    d.para(f"Dear {f['member']},", 11)
    d.para(f"This letter, dated {fmt_date(issued, 'long')}, follows the notice you received at {SNF}. Your member "
           f"number is {f['mid']} and our reference for this decision is {ref}.", 11)
    d.para(f"{f['doc']} and the therapy team report that you now need about 25 minutes of therapy a day, which can be "
           f"given at home. For that reason the plan will stop paying for your skilled nursing stay after "
           f"{fmt_date(eff, 'long')}.", 11)
    d.para("If you do not agree, you may call the Quality Improvement Organization before noon on the day before "
           "that date for a fast review, or ask the plan to reconsider within 65 days of the date of this letter.", 11)
    d.para("Sincerely,\nCare Transitions Team", 11)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN_ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(eff)], denial_date=iso(issued),
              provider=nm(f["doc"]), appeal_deadline=iso(issued + dt.timedelta(days=65)),
              denial_alternates=["level_of_care"],
              alternates={"service_dates": [[]], "provider": [SNF], "insurer": [PLAN]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_nomnc, "bd_nomnc", "born_digital"), (2, doc_statement, "lowres_snf_statement", "scan_lowres_150"),
              (3, doc_extra_days, "faxstd_extra_days_denied", "fax_standard_g4"),
              (4, doc_qio, "rot_qio_upheld", "rotated"), (5, doc_eob, "copy_three_claim_eob", "photocopy"),
              (6, doc_prose, "photo_plan_letter", "phone_photo")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
