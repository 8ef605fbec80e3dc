"""Family 'dental_implant_crown_abutment_waiting_period_denial': an implant-supported crown (D6065) and custom
abutment (D6057) refused under a 12-month major-services waiting period or the missing-tooth clause (tooth lost
before coverage began): a predetermination, a dental EOB with a paid cleaning next to the denied implant claim,
a dental office statement, a request for proof of prior coverage (not a denial), a paid crown EOB, a DOL-style
adverse benefit determination and an appeal that overturns the waiting-period denial.

All values invented (dental plans, offices, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dental_implant_crown_abutment_waiting_period_denial"
LANG = "en"
SEED = 327600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OFFICE = "Brightwater Family Dental Group"
DDS = "Dr. Sabine Achterberg, DDS"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r):
    m, first, mi, last = r.person()
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=m, addr=r.address(), dos=dos, ph=ph(r), npi=r.npi(),
                eff=dos - dt.timedelta(days=r.randint(120, 250)),
                c65=float(r.randint(1450, 2100)), c57=float(r.randint(650, 980)), tooth=r.choice([3, 14, 19, 30]))


# 0: predetermination denial, prose, born digital
def doc_predet(r):
    f = base(r)
    ins = "Tidemark Dental Benefits"
    mid, grp, pd = f"TDB{r.digits(7)}", f"{r.digits(6)}", f"PD {r.digits(4)} {r.digits(4)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    d = Page(f"Tidemark Dental Benefits  ·  Predetermination {pd}  ·  page {{p}}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("tidemark", 20, "B", h=10)
    d.text_line("dental benefits", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(3)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"{DDS} of {OFFICE} asked us before treatment whether your plan would pay for an implant "
           f"abutment (D6057) and an implant crown (D6065) on tooth #{f['tooth']}, planned for "
           f"{fmt_date(f['dos'], 'long')}. The estimated charges are {fmt_money(f['c65'] + f['c57'])}. Your member "
           f"ID is {mid} and your group is {grp}.", 10)
    d.para(f"We cannot approve this treatment. Your dental records show tooth #{f['tooth']} was extracted "
           f"before your coverage with us began on {fmt_date(f['eff'], 'long')}. Your plan's missing tooth "
           "provision excludes replacement of a tooth lost before the effective date. This is an estimate; no "
           f"claim has been filed. Predetermination number: {pd}.", 10)
    d.para("You may appeal this decision within 180 days of the date of this letter by writing to Tidemark "
           f"Appeals, PO Box 4410, Bangor, ME 04401, or by calling {f['ph']}.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[pd.replace(" ", "")], claim_amount=m2(f["c65"] + f["c57"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=OFFICE, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": ["Sabine Achterberg"]})
    return pdf_bytes(d), t


# 1: stack: dental EOB (waiting period) + office statement, duplex back after EOB
def doc_eob(r, f):
    ins = "Carrow Mutual Dental"
    f["ins"] = ins
    issued = f["dos"] + dt.timedelta(days=r.randint(18, 28))
    f["issued"] = issued
    d = Page("CMD Dental EOB — page {p} of {n}")
    d.add_page()
    d.text_line("CARROW MUTUAL DENTAL", 15, "B", h=8)
    d.text_line("Dental Explanation of Benefits — THIS IS NOT A BILL", 10, h=6)
    d.ln(2)
    d.boxes([("Processed", fmt_date(issued, "slash"), 30), ("Subscriber no.", f["mid"], 38), ("Plan no.", f["grp"], 28),
             ("Patient", f["member"], 50), ("Claim", f["claim"], 34)])
    d.boxes([("Treating dentist", DDS, 70), ("Office", OFFICE, 70), ("Received", fmt_date(f["dos"] +
             dt.timedelta(days=4), "slash"), 40)])
    d.ln(3)
    rows = [[fmt_date(f["dos"], "slash"), str(f["tooth"]), "D6057", "Custom abutment", fmt_money(f["c57"]), "$0.00",
             "W12"],
            [fmt_date(f["dos"], "slash"), str(f["tooth"]), "D6065", "Implant crown, porcelain/ceramic",
             fmt_money(f["c65"]), "$0.00", "W12"],
            ["*Claim total", "", "", "", fmt_money(f["c57"] + f["c65"]), "$0.00", ""]]
    d.table(["Date", "Tooth", "Code", "Procedure", "Submitted", "Benefit", "Note"], rows,
            [24, 14, 18, 62, 24, 22, 14], size=8.6)
    d.para(f"W12  Major services (Class III) have a 12-month waiting period. Coverage began "
           f"{fmt_date(f['eff'], 'slash')}; these services were performed before the waiting period was met.", 9)
    d.para("To request a review, write to us within 180 days of the processed date shown above.", 9)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["c57"] + f["c65"]), service_dates=[iso(f["dos"])],
              denial_date=iso(issued), provider=DDS, appeal_deadline=iso(issued + dt.timedelta(days=180)),
              alternates={"provider": [OFFICE], "group_number": [None]}, denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def doc_office(r, f):
    st = f["issued"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"{r.digits(5)}"
    tot = f["c57"] + f["c65"]
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line(OFFICE, 14, "B", h=7, align="C")
    d.text_line(f"1200 Lantern Way, Suite 4 · Yuma, AZ 85364 · {ph(r)}", 8.5, h=5, align="C")
    d.ln(5)
    d.para(f"Statement date: {fmt_date(st, 'dmy')}     Account: {acct}     Patient: {f['member']}", 9.5)
    d.table(["Date", "Description", "Provider", "Charge", "Credit"],
            [[fmt_date(f["dos"], "dmy"), f"D6057 abutment #{f['tooth']}", "SA", fmt_money(f["c57"]), ""],
             [fmt_date(f["dos"], "dmy"), f"D6065 implant crown #{f['tooth']}", "SA", fmt_money(f["c65"]), ""],
             [fmt_date(f["issued"], "dmy"), "Carrow Mutual Dental - waiting period, no payment", "", "", "$0.00"],
             ["*", "Amount due now", "", fmt_money(tot), ""]], [28, 80, 18, 24, 20], size=9)
    d.para("Your insurance did not pay this claim. Please call us to set up a payment plan or to talk about "
           "an appeal.", 9.5)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(tot), service_dates=[iso(f["dos"])],
              denial_date=iso(st), provider=OFFICE, unscored=["insurer"],
              alternates={"provider": ["Sabine Achterberg"]})
    return pdf_bytes(d), t


def item_stack(r):
    f = base(r)
    f.update(mid=f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", grp=f"{r.digits(5)}", claim=f"{r.digits(2)}{r.letters(1)}{r.digits(8)}")
    return Item(f"{FAMILY}_eob_office_stack", "fax_fine_g4", [doc_eob(r, f), doc_office(r, f)],
                separators=["duplex", None])


# 2: appeal overturned (other)
def doc_overturn(r):
    f = base(r)
    ins = "Quillfeather Dental Plan"
    mid, claim, ap = f"QF{r.digits(8)}", r.digits(12), f"APL-{r.digits(6)}"
    dec = f["dos"] + dt.timedelta(days=r.randint(70, 90))
    d = Page("Quillfeather Dental Plan  Appeals  {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Quillfeather Dental Plan", 14, "B", h=7)
    d.ln(5)
    d.text_line(fmt_date(dec, "dmy"), 10, h=6)
    d.ln(3)
    d.text_line("Re: Appeal decision — FAVORABLE", 11, "B", h=6.5)
    d.para(f"Member: {f['member']}   ID: {mid}   Claim: {claim}   Appeal: {ap}", 9.5)
    d.para(f"You appealed our denial of the implant abutment and crown done on {fmt_date(f['dos'], 'dmy')} by "
           f"{OFFICE}. You sent a certificate of prior dental coverage showing you were covered without a gap. "
           "Prior coverage counts toward the 12-month waiting period, so the waiting period was met. We have "
           f"reversed our decision and will reprocess the claim (total charges {fmt_money(f['c65'] + f['c57'])}) "
           "at the major services level of 50%. A new explanation of benefits will follow.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim, ap],
              claim_amount=m2(f["c65"] + f["c57"]), service_dates=[iso(f["dos"])], denial_date=iso(dec),
              provider=OFFICE)
    return pdf_bytes(d), t


# 3: paid crown EOB (nothing denied)
def doc_paid(r):
    f = base(r)
    ins = "Carrow Mutual Dental"
    mid, claim = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    c = float(r.randint(1100, 1400))
    issued = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    d = Page(None)
    d.add_page()
    d.text_line("Carrow Mutual Dental", 13, "B", h=7)
    d.text_line("Claim summary for " + f["member"], 10, h=6)
    d.ln(3)
    for lab, val in [("Summary date", fmt_date(issued, "abbr")), ("ID", mid), ("Reference", claim),
                     ("Dentist", DDS)]:
        d.font(9.5, "B"); d.cell(34, 5.2, lab); d.font(9.5); d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Date", "Code", "Service", "Billed", "Paid to dentist", "You pay"],
            [[fmt_date(f["dos"], "abbr"), "D2740", "Crown, porcelain/ceramic #8", fmt_money(c),
              fmt_money(c * 0.5), fmt_money(c * 0.5)]], [28, 18, 60, 24, 28, 22], size=8.8)
    d.para("Your waiting period for major services was satisfied, so this crown was paid at 50%.", 9.5)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(c), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=DDS,
              type_alternates=["other"])
    return pdf_bytes(d), t


# 4: request for proof of prior coverage (not a denial)
def doc_rfi(r):
    f = base(r)
    ins = "Tidemark Dental Benefits"
    mid, claim = f"TDB{r.digits(7)}", f"{r.digits(10)}"
    sent = f["dos"] + dt.timedelta(days=r.randint(10, 16))
    due = sent + dt.timedelta(days=45)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("tidemark dental benefits", 14, "B", h=7)
    d.ln(5)
    d.text_line(fmt_date(sent, "iso"), 10, h=6)
    d.ln(3)
    d.text_line("We need more information", 12, "B", h=7)
    d.para(f"Hello {f['member']}. We received a claim (number {claim}) from {OFFICE} for an implant crown "
           f"(D6065) placed on {fmt_date(f['dos'], 'iso')}. Your plan has a 12-month waiting period for major "
           "services, which can be waived if you had dental coverage with another plan right before joining us.", 10)
    d.para(f"Please send a letter of prior coverage by {fmt_date(due, 'iso')}. Until then the claim is on "
           f"hold. It has not been denied. Member ID {mid}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=OFFICE,
              type_alternates=["denial_letter"], denial_alternates=["other"])
    return pdf_bytes(d), t


# 5: DOL-style adverse benefit determination, key-value
def doc_abd(r):
    f = base(r)
    ins = "Ferncastle Employee Dental Trust"
    mid, grp, claim = f"FE{r.digits(9)}", f"FT-{r.digits(4)}", f"{r.digits(4)}{r.letters(2)}{r.digits(4)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    d = Page("Form ABD-2 (2026)")
    d.add_page()
    d.text_line("Ferncastle Employee Dental Trust", 13, "B", h=7)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("Participant / patient", f["member"]), ("Identification number", mid), ("Plan number", grp),
                     ("Claim reference", claim), ("Date of notice", fmt_date(notice, "upper")),
                     ("Dental office", OFFICE), ("Date(s) of service", fmt_date(f["dos"], "upper")),
                     ("Amount claimed", fmt_money(f["c57"], "usd"))]:
        d.font(9.5, "B"); d.cell(55, 5.4, lab + ":"); d.font(9.5); d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Benefit denied: D6057 custom abutment. Plan provision: Article 6.3, major restorative services are "
           "payable only after 12 months of continuous participation. You had 7 months.", 10)
    d.para("You have 180 days after you receive this notice to file an appeal. You may also have the right to "
           "bring a civil action under section 502(a) of ERISA after an adverse appeal decision.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(f["c57"]), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=OFFICE, denial_alternates=["eligibility"], alternates={"group_number": [None]})
    return pdf_bytes(d), t


# 6: three-claim EOB, one denied (abutment), two-column
def doc_multi(r):
    f = base(r)
    ins = "Quillfeather Dental Plan"
    mid = f"QF{r.digits(8)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    claims = [r.digits(12) for _ in range(3)]
    clean, xr = float(r.randint(110, 160)), float(r.randint(60, 95))
    d = Page("Quillfeather Dental Plan · statement " + fmt_date(issued, "mdy_nopad") + " · {p}/{n}")
    d.add_page()
    d.text_line("Quillfeather Dental Plan", 14, "B", h=7)
    d.para(f"Benefit statement dated {fmt_date(issued, 'mdy_nopad')} for {f['member']}, member {mid}.", 10)
    for cl, code, desc, billed, paid, note in [
        (claims[0], "D1110", "Adult prophylaxis", clean, clean, ""),
        (claims[1], "D0274", "Bitewings, four films", xr, xr, ""),
        (claims[2], "D6057", "Custom implant abutment", f["c57"], 0.0, "Denied: 12-month waiting period not met")]:
        d.table(["Claim", "Date", "Code", "Service", "Charged", "Paid"],
                [[cl, fmt_date(f["dos"], "mdy_nopad"), code, desc, fmt_money(billed), fmt_money(paid)]],
                [34, 24, 16, 56, 22, 22], size=8.5)
        if note:
            d.para(note + ". You may ask us to review this within 180 days of this statement.", 9)
    d.para(f"All services by {DDS}, {OFFICE}.", 9)
    t = truth("eob", "not_covered", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claims[2]],
              claim_amount=m2(f["c57"]), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=DDS,
              appeal_deadline=iso(issued + dt.timedelta(days=180)), alternates={"provider": [OFFICE]},
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_predet, "predetermination", "born_digital"), (2, doc_overturn, "appeal_overturn", "photocopy"),
              (3, doc_paid, "paid_crown", "phone_photo"), (4, doc_rfi, "prior_coverage_request", "rotated"),
              (5, doc_abd, "adverse_determination", "scan_lowres_150"), (6, doc_multi, "three_claim_eob",
                                                                        "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
