"""Family 'medicare_inpatient_psychiatric_190_day_limit_notice': Medicare Part A notices, plan letters and hospital
notices on the 190-day lifetime limit for inpatient care in a freestanding psychiatric hospital.

Mirrors the Medicare Summary Notice for Part A (Hospital Insurance) ("Notice for", "Medicare Number" masked,
"Date of This Notice", "Claims Processed Between", "Your Benefit Periods", facility claims with benefit days used,
non-covered charges, "Maximum You May Be Billed", lettered notes, "If you disagree ... Appeals must be filed by").
Invented: the Part A contractor Skerrydale Government Health Administrators, LLC (redetermination decision), the
Medicare Advantage plan Corriebrook Health Plans (covers the stay, no lifetime limit), the Medicare Supplement
insurer Larchmont Mutual Life & Health (crossover claim for the days past the limit), the psychiatric hospitals
and their patient financial services offices, every psychiatrist and beneficiary. Kinds: the 190th lifetime day is
reached during the stay (days after it not covered); the limit was already used up before the stay (the whole stay
denied); a two-claim MSN (a general hospital's psychiatric unit, not counted toward the limit, paid; the
freestanding hospital's claim denied); a benefit-period summary from the hospital stacked with the MSN; the MA plan
letter; the Medigap denial; the MAC's unfavorable redetermination; the hospital's notice that benefits are exhausted.
Decoys: the attending psychiatrist, benefit period dates, days used / remaining, lifetime reserve days, deductible
and coinsurance, amount Medicare paid, the claims-processed span, NPIs, the admission-received date, the QIC's
reconsideration time after a redetermination (printed as a date), the 72-hour fast appeal.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_inpatient_psychiatric_190_day_limit_notice"
LANG = "en"
MAC = "Skerrydale Government Health Administrators, LLC"
MA = "Corriebrook Health Plans"
MA_PLAN = "Corriebrook Medicare Advantage Choice (HMO)"
MG = "Larchmont Mutual Life & Health"
HOSPITALS = ["Whitlock Ridge Behavioral Hospital", "Saint Dymphna Psychiatric Hospital",
             "Ambergate Psychiatric Center", "Quillon Bay Behavioral Health Hospital"]
GENERAL = "Marlow Valley Regional Medical Center"
PSYCHS = ["Dr. Oluwaseun Brightwater-Haas, MD", "Dr. Ines Kavanagh-Moreau, MD", "Dr. Taro Feldstein-Ruiz, DO",
          "Dr. Zainab Ekstrom, MD"]
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "msn_mid": ("eob", "not_covered", ["eligibility", "other"]),
    "ma_cover": ("other", None, []),
    "summary": ("other", None, []),
    "msn_stack": ("eob", "not_covered", ["eligibility", "other"]),
    "msn_two": ("eob", "not_covered", ["eligibility", "other"]),
    "redet": ("denial_letter", "not_covered", ["eligibility", "other"]),
    "medigap": ("denial_letter", "not_covered", ["other"]),
    "hosp": ("denial_letter", "not_covered", ["eligibility", "other"]),
}


def mbi(r: Rand) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(177600 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    person = r.person()
    admit = notice - dt.timedelta(days=r.randint(50, 80))
    if kind == "hosp":                            # given on the day after admission, when eligibility came back
        admit = notice - dt.timedelta(days=1)
    los = r.randint(14, 30)
    disch = admit + dt.timedelta(days=los)
    before = 190 - r.randint(4, los - 6)          # lifetime days used before this stay
    if kind in ("msn_two", "hosp"):
        before = 190                              # limit already used up: no day of the stay is covered
    covered = max(0, 190 - before)
    first_nc = admit + dt.timedelta(days=covered)
    rate = float(r.choice([1385, 1460, 1525, 1610, 1745]))
    total = round(rate * los + r.choice([0, 312.4, 587.15, 1040.6]), 2)
    nc_charges = round(rate * (los - covered), 2) if covered else total
    m = mbi(r)
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             member=person[0], first=person[1], last=person[3], addr=list(r.address()), mbi=m,
             masked="XXXX-XXX-" + m[-4:], hosp=HOSPITALS[i % len(HOSPITALS)], psych=r.choice(PSYCHS),
             npi=r.npi(), psych_npi=r.npi(), ph=r.phone(), fax=r.phone(), admit=admit, disch=disch, los=los,
             before=before, covered=covered, first_nc=first_nc, last_cov=first_nc - dt.timedelta(days=1),
             total=total, nc=nc_charges, claim=r.digits(13), acct="PA" + r.digits(7),
             appeal_no="1-" + r.digits(10), auth="AUTH-" + r.digits(8), plan_mid="CB" + r.digits(9),
             policy="LM-" + r.digits(8), mg_claim="MS" + r.digits(9),
             bp_start=admit, deductible=1736.00,
             ltr=r.choice([0, 0, 5, 12]), gen_claim=r.digits(13))
    f["paid"] = round(max(0.0, (total - nc_charges) * 0.62), 2) if covered else 0.0
    # a general hospital's psychiatric-unit stay (paid; not counted toward the limit), months earlier
    ga = admit - dt.timedelta(days=r.randint(70, 100))
    f["gen"] = dict(admit=ga, disch=ga + dt.timedelta(days=r.randint(5, 9)), total=round(r.randint(18000, 32000)
                                                                                          + 0.35, 2))
    return f


def nc_span(f: dict) -> str:
    return iso(f["first_nc"], f["disch"]) if f["first_nc"] != f["disch"] else iso(f["first_nc"])


def wrapped_table(d: Doc, head: list, rows: list, widths: list, aligns: str, size: float = 7.2) -> None:
    """A ruled table whose header cells wrap onto two or three lines (as the MSN's do)."""
    x0, y0 = d.get_x(), d.get_y()
    d.font(size - 0.4, "B")
    hh = 10.5
    x = x0
    for h, w in zip(head, widths):
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.6, y0 + 0.6)
        d.multi_cell(w - 1.2, 3.1, h, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    d.font(size)
    for row in rows:
        for c, w, a in zip(row, widths, aligns):
            d.cell(w, 6, c, border=1, align=a)
        d.ln(6)
    d.ln(2)


# ---------------------------------------------------------------- MSN Part A
def msn(f: dict, two: bool = False) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer=f"{f['member']}   Page {{p}} of {{n}}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part A (Hospital Insurance)", 15, "B", h=8)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9,
                h=5)
    d.rule(0.6, 3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 10, h=5)
    d.set_xy(104, y)
    for k, v in [("Notice for", f["member"]), ("Medicare Number", f["masked"]),
                 ("Date of This Notice", fd(f["notice"])),
                 ("Claims Processed Between", f"{fd(f['notice'] - dt.timedelta(days=89))} - {fd(f['notice'])}")]:
        d.set_x(104)
        d.font(9, "B")
        d.cell(47, 5, k + ":")
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.font(11, "B")
    d.cell(0, 6, "Did Medicare Approve All Services?  NO", border=1, new_x="LMARGIN", new_y="NEXT")
    d.para("Medicare did not cover some of the days of your stay. See the Notes below.", 9.5)
    d.text_line("Your Benefit Periods", 11, "B", h=6)
    d.para(f"Your benefit period began on {fd(f['bp_start'])}. You have used {f['covered']} days of inpatient "
           f"care in this benefit period. Lifetime reserve days used to date: {f['ltr']}. Lifetime days of inpatient "
           f"psychiatric hospital care used: 190 of 190.", 9.2)
    d.text_line("Your Facility Claims", 11, "B", h=6)
    rows = []
    if two:
        g = f["gen"]
        rows.append([GENERAL, f"{fd(g['admit'])} - {fd(g['disch'])}", str((g['disch'] - g['admit']).days),
                     "Yes", mo(0), mo(round(g['total'] * 0.58, 2)), mo(f["deductible"]), ""])
    rows.append([f["hosp"], f"{fd(f['admit'])} - {fd(f['disch'])}", str(f["covered"]),
                 "Partly" if f["covered"] else "No", mo(f["nc"]), mo(f["paid"]),
                 mo(round(f["nc"] + (0 if f["covered"] == 0 else 0), 2)), "A"])
    wrapped_table(d, ["Facility", "Dates of Service", "Benefit Days Used", "Claim Approved?", "Non-Covered Charges",
                      "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"], rows,
                  [46, 33, 14, 15, 20, 18, 20, 12], "LLRLRRRL")
    if two:
        g = f["gen"]
        d.para(f"{GENERAL}, claim number {f['gen_claim']}: psychiatric unit of a general hospital; total charges "
               f"{mo(g['total'])}. Days in a general hospital do not count toward the 190-day lifetime limit.", 8.6)
    d.para(f"{f['hosp']}, claim number {f['claim']}, provider NPI {f['npi']}. Referred by {f['psych']}. "
           f"Total charges {mo(f['total'])}.", 8.6)
    if f["covered"]:
        d.para(f"Days covered: {fd(f['admit'])} through {fd(f['last_cov'])} ({f['covered']} days). "
               f"Days not covered: {fd(f['first_nc'])} - {fd(f['disch'])}.", 8.6)
    else:
        d.para(f"Days not covered: {fd(f['admit'])} - {fd(f['disch'])} (the whole stay).", 8.6)
    d.text_line("Notes for Your Claims", 10.5, "B", h=6)
    d.para("A  Medicare pays for up to 190 days of inpatient care in a psychiatric hospital during your lifetime. "
           f"You had used {f['before']} of these days before this stay" +
           (f"; you reached the limit on {fd(f['last_cov'])}. " if f["covered"] else ". ") +
           "Days after the limit are not covered. The limit does not apply to psychiatric care in a general "
           "hospital.", 8.8)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10.5, "B", h=6)
    d.para("If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fd(f['notice'] + dt.timedelta(days=120))}. Circle the service(s) you disagree with, explain why, "
           "sign, and send this page to the Medicare contractor at: Medicare Part A Claims, Skerrydale GHA, "
           "PO Box 6701, Dunmore, PA 18512. Call 1-800-MEDICARE (1-800-633-4227) with questions.", 8.8)
    return pdf_bytes(d)


# ---------------------------------------------------------------- hospital benefit-period summary
def summary(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="PFS-BEN-12   {p}/{n}")
    d.add_page()
    d.text_line(f["hosp"], 16, "B", h=8)
    d.text_line("Patient Financial Services  -  2280 Orchard Spur Road, Wexley, PA 17402", 9, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"] + dt.timedelta(days=6)), 11, h=5)
    d.ln(2)
    d.text_line("Medicare Inpatient Benefit Summary", 14, "B", h=7)
    rows = [("Patient", f["member"]), ("Medicare Number", f["mbi"]), ("Hospital account", f["acct"]),
            ("Medicare claim number", f["claim"]), ("Admitted", fd(f["admit"])), ("Discharged", fd(f["disch"])),
            ("Attending psychiatrist", f"{f['psych']} (NPI {f['psych_npi']})"), ("Total charges", mo(f["total"]))]
    rows_block(d, rows)
    d.para(f"Dear {f['first']} {f['last']}: our billing office has prepared this summary of your Medicare Part A "
           "benefits to go with the copy of your Medicare Summary Notice that is enclosed.", 11)
    d.table(["Benefit", "Before this stay", "This stay", "Remaining"],
            [["Psychiatric hospital lifetime days (190)", str(f["before"]), str(f["covered"]), "0"],
             ["Benefit period days 1-60 (after deductible)", "0", str(min(f["covered"], 60)),
              str(60 - min(f["covered"], 60))],
             ["Lifetime reserve days (60)", str(f["ltr"]), "0", str(60 - f["ltr"])]],
            [86, 30, 26, 30], size=10, aligns="LRRR")
    d.para(f"Benefit period start: {fd(f['bp_start'])}. Part A deductible for this benefit period: "
           f"{mo(f['deductible'])}. Because your 190 lifetime days ended on {fd(f['last_cov'])}, Medicare did not "
           f"cover the rest of your stay; charges of {mo(f['nc'])} for those days will be billed to you or to your "
           "supplemental coverage. This summary is not a bill and is not a Medicare decision.", 11)
    d.para(f"Questions: Patient Financial Services, {f['ph']}.", 11)
    return pdf_bytes(d)


def rows_block(d: Doc, rows: list, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k + ":")
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# ---------------------------------------------------------------- MA plan letter (covered)
def ma_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="H7731_UMLTR26_C   Page {p} of {n}")
    d.add_page()
    d.text_line("CORRIEBROOK", 20, "B", h=9)
    d.text_line(MA + "  |  Utilization Management  |  415 Fenwick Tower, Columbus, OH 43215", 8.5, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("Your inpatient stay is covered", 13, "B", h=7)
    rows = [("Member", f["member"]), ("Member ID", f["plan_mid"]), ("Plan", MA_PLAN),
            ("Authorization number", f["auth"]), ("Facility", f"{f['hosp']} (NPI {f['npi']})"),
            ("Attending psychiatrist", f["psych"]), ("Admission date", fd(f["admit"])),
            ("Discharge date", fd(f["disch"]))]
    rows_block(d, rows, size=9.8)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We approved your inpatient psychiatric stay at {f['hosp']} from {fd(f['admit'])} through "
           f"{fd(f['disch'])}. You told us you were worried because Original Medicare pays for only 190 days of care "
           f"in a psychiatric hospital during your lifetime, and you had already used {f['before']} of those days. "
           f"{MA_PLAN} does not have a lifetime limit on inpatient psychiatric hospital days. Every day of this "
           "stay is covered under your plan's inpatient mental health benefit.", 10.3)
    d.para("You pay your plan's inpatient copay of $325 per day for days 1 through 5 and $0 after that, up to your "
           "yearly out-of-pocket maximum of $4,900. The hospital will bill us directly.", 10.3)
    d.para(f"If you have questions, call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
           10.3)
    d.para(f"Sincerely,\nUtilization Management Department\n{MA}", 10.3)
    return pdf_bytes(d)


# ---------------------------------------------------------------- Medigap crossover denial (faxed to the hospital)
def medigap(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="LML-MS-ADV 04/25   page {p} of {n}")
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'] + dt.timedelta(days=3), 'slash')} 09:14  FROM: PFS {f['hosp'].upper()}  "
                f"FAX {f['fax']}  TO: PATIENT ADVOCATE   P.1/1", 7.5, h=4)
    d.ln(3)
    d.text_line(MG, 17, "B", h=8)
    d.text_line("Medicare Supplement Claims  -  PO Box 8830, Larchmont Falls, IA 52242", 9, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"]), 11, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5)
    d.ln(3)
    d.text_line("Medicare Supplement Claim Determination", 13, "B", h=7)
    rows = [("Insured", f["member"]), ("Policy number", f["policy"]), ("Plan", "Medicare Supplement Plan G"),
            ("Claim number", f["mg_claim"]), ("Medicare claim (crossover)", f["claim"]),
            ("Provider", f["hosp"]), ("Dates not covered by Medicare", f"{fd(f['first_nc'])} - {fd(f['disch'])}"),
            ("Amount billed to this policy", mo(f["nc"]))]
    rows_block(d, rows, lw=58)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para("We received this claim automatically from Medicare. Medicare did not pay for these days because you "
           "reached the 190-day lifetime limit on inpatient care in a psychiatric hospital. Your Medicare Supplement "
           "policy pays only its share of expenses Medicare approves. Its benefit of 365 additional hospital days "
           "after Medicare hospital benefits are used up does not extend the 190-day lifetime limit on care in a "
           "psychiatric hospital. These charges are not covered by your policy and we did not pay them.", 11)
    d.para(f"Medicare's Part A deductible of {mo(f['deductible'])} for this benefit period was paid by us on an "
           f"earlier claim.", 11)
    d.para("If you think we made a mistake, you may ask us to review this decision within 60 days of the date of "
           f"this letter. Write to {MG}, Claim Review, PO Box 8830, Larchmont Falls, IA 52242, or call {f['ph']}.", 11)
    return pdf_bytes(d)


# ---------------------------------------------------------------- MAC redetermination (unfavorable)
def redet(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="Redetermination  Page {p} of {n}")
    d.add_page()
    d.text_line("SKERRYDALE GHA", 16, "B", h=8)
    d.text_line(MAC + "  -  Jurisdiction K Part A  -  Appeals Unit, PO Box 6705, Dunmore, PA 18512", 8.2, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B", h=7)
    rows = [("Beneficiary", f["member"]), ("Medicare Number", f["mbi"]), ("Appeal number", f["appeal_no"]),
            ("Claim number", f["claim"]), ("Provider", f"{f['hosp']} (NPI {f['npi']})"),
            ("Dates of service", f"{fd(f['admit'])} - {fd(f['disch'])}"),
            ("Days at issue", f"{fd(f['first_nc'])} - {fd(f['disch'])}"), ("Total charges", mo(f["total"])),
            ("Appeal received", fd(f["notice"] - dt.timedelta(days=41)))]
    rows_block(d, rows, lw=44, size=9.8)
    d.text_line("Decision: UNFAVORABLE", 11.5, "B", h=6)
    d.para(f"We reviewed your appeal of the Medicare Summary Notice for your stay at {f['hosp']}. Our decision is "
           "unfavorable. Medicare will not pay for the days at issue.", 10.2)
    d.text_line("Explanation of the decision", 10.8, "B", h=6)
    d.para(f"{f['hosp']} is a freestanding psychiatric hospital. Under 42 CFR 409.62, Medicare Part A pays for no "
           "more than 190 days of inpatient care in a psychiatric hospital in a beneficiary's lifetime. Our records "
           f"show you had used {f['before']} lifetime psychiatric days before this admission, so {f['covered']} days "
           f"of this stay were covered, through {fd(f['last_cov'])}. Your letter and the records from "
           f"{f['psych']} show that the care was needed, but the law does not allow payment after the lifetime "
           "limit, whatever the medical need.", 10.2)
    d.text_line("If you disagree with this decision", 10.8, "B", h=6)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
           f"received by {fd(f['notice'] + dt.timedelta(days=185))} (180 days after you receive this notice; we "
           "assume you receive it 5 days after the date above). Send Form CMS-20033 or a written request to: "
           "QIC Part A East, PO Box 3000, Camp Hill, PA 17001.", 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- hospital notice (benefits exhausted)
def hosp_notice(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="Form UR-190  rev. 09/2025")
    d.add_page()
    d.text_line(f["hosp"].upper(), 14, "B", align="C", h=7)
    d.text_line("Utilization Review / Case Management", 10, align="C", h=5)
    d.rule(0.4, 4)
    d.text_line("NOTICE OF EXHAUSTED MEDICARE PSYCHIATRIC HOSPITAL BENEFITS", 12.5, "B", align="C", h=7)
    d.ln(2)
    rows = [("Date of notice", fd(f["notice"])), ("Patient name", f["member"]), ("Medicare Number", f["mbi"]),
            ("Hospital account", f["acct"]), ("Admission date", fd(f["admit"])),
            ("Attending physician", f["psych"]), ("Estimated charge per day", mo(f["total"] / f["los"]))]
    rows_block(d, rows, lw=56, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para("Medicare pays for no more than 190 days of inpatient care in a psychiatric hospital during a person's "
           "lifetime. When we checked your Medicare eligibility, the Medicare system showed that you used all 190 "
           "of these days before this admission. Because this hospital is a freestanding psychiatric hospital, "
           f"Medicare will not pay for any day of your stay beginning {fd(f['admit'])}. This is a limit set by law, "
           "not a decision about whether you need this care; your physician believes you do.", 11)
    d.para("You will be responsible for the hospital's charges for your stay unless another insurance pays. Our "
           f"financial counselors can talk with you about Medicaid and our financial assistance policy: {f['ph']}.",
           11)
    d.para("We will still send a claim to Medicare so that Medicare can make a formal decision. Medicare will mail "
           "you a Medicare Summary Notice. If you disagree with Medicare's decision, you can appeal by following the "
           "instructions on that notice within 120 days of the date you receive it.", 11)
    d.ln(4)
    d.para("I have received this notice.\n\nPatient or representative signature: ____________________   Date: "
           "__________", 11)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    whole = iso(f["admit"], f["disch"])
    alts, unscored, extra = {}, [], {}
    common = dict(member_name=f["member"], denial_date=iso(f["notice"]), provider=f["hosp"])
    if k in ("msn_mid", "msn_stack", "msn_two"):
        alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part A"],
                "member_id": [f["masked"]]}
        if f["covered"]:
            alts["service_dates"] = [[whole]]
        return truth(doc_type, denial, insurer="Medicare", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[nc_span(f) if f["covered"] else whole],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)), alternates=alts,
                     denial_alternates=dalts, **common)
    if k == "summary":
        common["denial_date"] = iso(f["notice"] + dt.timedelta(days=6))
        return truth(doc_type, denial, insurer=None, member_id=f["mbi"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[whole], alternates={"service_dates": [[nc_span(f)]]}, unscored=["insurer"], **common)
    if k == "ma_cover":
        return truth(doc_type, denial, insurer=MA, member_id=f["plan_mid"], case_numbers=[f["auth"]],
                     service_dates=[whole], alternates={"insurer": [MA_PLAN], "provider": [f["psych"]]}, **common)
    if k == "medigap":
        return truth(doc_type, denial, insurer=MG, member_id=f["policy"], case_numbers=[f["mg_claim"], f["claim"]],
                     claim_amount=m2(f["nc"]), service_dates=[nc_span(f)],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), denial_alternates=dalts,
                     alternates={"case_numbers": [[f["mg_claim"]]]}, **common)
    if k == "redet":
        return truth(doc_type, denial, insurer=MAC, member_id=f["mbi"], case_numbers=[f["appeal_no"], f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[nc_span(f)],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=185)), denial_alternates=dalts,
                     alternates={"service_dates": [[whole]], "insurer": ["Skerrydale GHA"]}, **common)
    # hospital notice: the hospital's own letterhead, no insurer decision yet, no appeal date
    return truth(doc_type, denial, insurer=None, member_id=f["mbi"], service_dates=[iso(f["admit"])],
                 unscored=["insurer"], type_alternates=["other"], denial_alternates=dalts, **common)


# (stem suffix, condition, kinds, date style, money style)
PLAN_ROWS = [
    ("bd_msn_limit_reached_mid_stay", "born_digital", ["msn_mid"], "slash", "plain"),
    ("bd_ma_plan_letter_stay_covered", "born_digital", ["ma_cover"], "long", "plain"),
    ("scan300_stack_benefit_summary_and_msn", "scan_clean_300", ["summary", "msn_stack"], "long", "plain"),
    ("lowres150_msn_two_claims_limit_used_up", "scan_lowres_150", ["msn_two"], "mdy_nopad", "plain"),
    ("copy_mac_redetermination_unfavorable", "photocopy", ["redet"], "abbr", "plain"),
    ("faxfine_medigap_crossover_days_past_limit", "fax_fine_g4", ["medigap"], "dmy", "plain"),
    ("rotated_hospital_notice_benefits_exhausted", "rotated", ["hosp"], "iso", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    makers = {"msn_mid": msn, "msn_stack": msn, "msn_two": lambda f: msn(f, two=True), "summary": summary,
              "ma_cover": ma_letter, "medigap": medigap, "redet": redet, "hosp": hosp_notice}
    for i, (suffix, cond, kinds, ds, ms) in enumerate(PLAN_ROWS):
        base = facts(i, kinds[0], ds, ms)
        docs = []
        for k in kinds:
            f = dict(base, kind=k)
            docs.append((makers[k](f), make_truth(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
