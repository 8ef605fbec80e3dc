"""Family 'orthotic_cranial_band_plagiocephaly_eob': invented EOBs, a pre-service letter and an orthotist's statement
on cranial remolding orthoses (HCPCS S1040, custom fabricated cranial orthosis for positional plagiocephaly or
brachycephaly) for infants, denied as over the covered age, as started before a repositioning trial (under age),
for severity not documented, as cosmetic, for no prior authorization, as a duplicate, or paid.

Cases (EOB/statement-heavy): a commercial EOB denying the band for a 19-month-old past the plan's age limit with
the pediatrician's paid well-child claim beside it; a paid EOB (deductible and coinsurance, nothing denied); a
Medicaid managed care plan's boxed remittance to the family (labels above values) denying the band because the
cranial measurements (CVAI, diagonal difference) are not documented; an EOB in a two-column header layout denying
the band as cosmetic under a plan exclusion; a standard-fax stack of a cover sheet, an EOB denying the band for no
prior authorization and the orthotics clinic's statement of the balance; a phone photo of an EOB denying a second
S1040 line as a duplicate of a paid claim; a pre-service letter denying the band for a 10-week-old infant who has
not finished a repositioning and physical therapy trial.

Layouts are invented, modelled loosely on published commercial and Medicaid managed care EOBs and orthotics
suppliers' patient statements. All values invented: plans, clinics, orthotists, parents, infants, IDs, amounts;
phones 1-555. Decoys: infants' dates of birth, the parent named as subscriber, ordering neurosurgeons and
pediatricians, NPIs, scan dates, clinical policy numbers, patient account numbers, the pediatrician's paid claim,
allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "orthotic_cranial_band_plagiocephaly_eob"
LANG = "en"
SEED = 274600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def fmt_date(d, style):
    """inv_kit's date styles plus dashed (07-06-2026)."""
    return d.strftime("%m-%d-%Y") if style == "dash" else _fmt_date(d, style)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def two_col(d, left, right, w=90, size=9):
    """Two label/value columns side by side (label left, value right of it)."""
    y0 = d.get_y()
    for col, rows in enumerate((left, right)):
        d.set_y(y0)
        for a, b in rows:
            d.set_x(d.l_margin + col * w)
            d.font(size, "B")
            d.cell(34, size * 0.55, a)
            d.font(size)
            d.cell(w - 34, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + max(len(left), len(right)) * size * 0.55 + 3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


FIRST = ["Juniper", "Alaric", "Wren", "Caspar", "Marigold", "Fennimore", "Isolde", "Lachlan", "Saffron", "Ptolemy"]
PARENT_FIRST = ["Rowena", "Dashiell", "Meredith", "Silas", "Evangeline", "Hollis", "Araminta", "Crispin"]
LAST = ["Blackwood", "Quennell", "Harcastle", "Vantongeren", "Esterhazy", "Moorland", "Kingsolver", "Pickersgill",
        "Trevanion", "Upshaw"]
CITIES = ["Cinderford, MI 49999", "Ashby Crossing, IA 50999", "Wolcott Bay, SC 29999", "Tillinghast, WY 82999"]
STREETS = ["Thimble Lane", "Cobblers Row", "Weatherby Road", "Lodestar Avenue", "Meadowsweet Court"]
CLINICS = ["Little Crowns Cranial Orthotics, LLC", "Brightcurve Pediatric Orthotics & Prosthetics",
           "Halfmoon Orthotic Services"]
ORTHOTISTS = ["Renata J. Solberg, CO", "Augustin P. Mbeki, CPO", "Delphine W. Arkwright, CO"]
ORDERING = ["Dr. Cornelius T. Vandermeer, MD (pediatric neurosurgery)", "Dr. Ilse K. Rasmussen, MD (craniofacial)",
            "Dr. Tobiah G. Fenwright, DO (pediatrics)"]


def base(r):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 170))
    last = r.choice(LAST)
    return dict(notice=notice, member=f"{r.choice(FIRST)} {r.choice(MI)}. {last}",
                parent=f"{r.choice(PARENT_FIRST)} {r.choice(MI)}. {last}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dos=notice - dt.timedelta(days=r.randint(18, 40)))


def bare(name):
    return name.split(",")[0]


# ---------------------------------------------------------------- 0: EOB, over the age limit
def doc_over_age(r):
    f = base(r)
    plan = "Pinecastle Health Partners"
    ds, ms = "slash", "plain"
    clinic, co = CLINICS[0], ORTHOTISTS[0]
    claim, well = pat(r, "PC99999999-01"), pat(r, "PC99999999-01")
    f.update(mid=pat(r, "PHP999999999"), grp=pat(r, "99999-AB"))
    dob = f["dos"] - dt.timedelta(days=r.randint(575, 600))
    band, fit = fee(r, 2900, 4100), fee(r, 180, 260)
    total = round(band + fit, 2)
    wc = fee(r, 210, 290)
    d = Page(footer="Pinecastle Health Partners  |  Explanation of Benefits  |  THIS IS NOT A BILL  |  Page {p} of {n}")
    d.add_page()
    d.text_line(plan, 16, "B")
    d.text_line(f"PO Box 2020, Cinderford, MI 49999   |   Member Services {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "R")
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Subscriber:", f["parent"]), ("Patient:", f["member"]),
           ("Patient date of birth:", fmt_date(dob, ds)), ("Member ID:", f["mid"]), ("Group number:", f["grp"])],
       w=48, size=9.3)
    W = [22, 62, 22, 20, 18, 22, 12]
    hd = ["Date", "Service", "Amount billed", "Plan discount", "Plan paid", "Your share", "Note"]
    d.text_line(f"Claim number {claim}   Provider: {clinic}   Orthotist: {co}", 8.8, "B")
    d.table(hd, [[fmt_date(f["dos"], ds), "S1040 Cranial orthosis, custom", fmt_money(band, ms), "$0.00", "$0.00",
                  fmt_money(band, ms), "AG1"],
                 [fmt_date(f["dos"], ds), "97760 Orthotic fitting/training", fmt_money(fit, ms), "$0.00", "$0.00",
                  fmt_money(fit, ms), "AG1"],
                 ["*Total", "", fmt_money(total, ms), "$0.00", "$0.00", fmt_money(total, ms), ""]],
            W, size=7.8, aligns="LLRRRRL")
    wd = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    d.text_line(f"Claim number {well}   Provider: {ORDERING[2].split(' (')[0]}", 8.8, "B")
    d.table(hd, [[fmt_date(wd, ds), "99392 Well child visit, age 1-4", fmt_money(wc, ms),
                  fmt_money(round(wc * 0.3, 2), ms), fmt_money(round(wc * 0.7, 2), ms), "$0.00", "PV"]],
            W, size=7.8, aligns="LLRRRRL")
    paras(d, [
        "#Notes",
        "AG1  Not covered. Your plan covers a cranial remolding orthosis only when treatment begins between 3 and "
        "18 months of age, when the skull is still growing fast enough to respond. The patient was 19 months old "
        "on the date of service. You may be billed for this amount.",
        "PV  Preventive care paid in full.",
        "#Appeal rights",
        "If you disagree with our decision, you or your authorized representative may file an appeal within 180 "
        "days of the date of this statement. Send your request to Pinecastle Health Partners, Appeals, PO Box 2030, "
        "Cinderford, MI 49999. You can ask for the plan rule we used, free of charge."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [co, bare(co)]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: paid EOB (nothing denied)
def doc_paid(r):
    f = base(r)
    plan = "Oriel Bay Health Plan"
    ds, ms = "abbr", "nosign"
    clinic, co = CLINICS[1], ORTHOTISTS[1]
    claim = pat(r, "9999999999999")
    f.update(mid=pat(r, "OBH-99999999"), grp=pat(r, "99999"))
    band = fee(r, 3000, 3900)
    allowed = round(band * 0.78, 2)
    ded = 750.0
    coins = round((allowed - ded) * 0.2, 2)
    paid = round(allowed - ded - coins, 2)
    d = Page(footer="Oriel Bay Health Plan - Explanation of Benefits - Keep this for your records")
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.font(14, "B")
    d.cell(0, 10, "  Oriel Bay Health Plan", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"  1 Lighthouse Quay, Wolcott Bay, SC 29999  -  {f['phone']}", 8.5)
    d.ln(3)
    d.text_line("Explanation of Benefits", 13, "B")
    d.boxes([("Issued", fmt_date(f["notice"], ds), 34), ("Member", f["member"], 50), ("ID number", f["mid"], 40),
             ("Group", f["grp"], 22), ("Claim", claim, 34)], h=11, value_size=8.8)
    d.ln(3)
    d.text_line(f"Provider: {clinic} (in network)   Ordered by: {ORDERING[0].split(' (')[0]}", 8.8)
    d.ln(1)
    d.table(["Service date", "Service", "Charged", "Allowed", "Deductible", "Coinsurance", "Plan paid"],
            [[fmt_date(f["dos"], ds), "S1040 Cranial remolding orthosis", fmt_money(band, ms), fmt_money(allowed, ms),
              fmt_money(ded, ms), fmt_money(coins, ms), fmt_money(paid, ms)]],
            [24, 54, 20, 20, 22, 22, 18], size=7.9, aligns="LLRRRRR")
    d.text_line(f"What you owe the provider: ${ded + coins:,.2f}  (deductible plus 20% coinsurance)", 9.5, "B")
    d.ln(3)
    paras(d, [
        "Your plan covered this cranial orthosis under the durable medical equipment and orthotics benefit. Your "
        "deductible for the year has now been met. Your out-of-pocket maximum is $4,500.00 per person; you have "
        f"reached ${ded + coins:,.2f} of it.",
        "Questions about this claim? Call Member Services at the number above. Have your ID number and this "
        "statement with you."], size=9.2)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{band:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Medicaid MCO boxed EOB, severity not documented
def doc_severity(r):
    f = base(r)
    plan = "Coppervine Community Health Plan"
    ds, ms = "upper", "bare"
    clinic, co = CLINICS[2], ORTHOTISTS[2]
    claim = pat(r, "CV-99999999")
    f.update(mid=pat(r, "99999999A"))
    dob = f["dos"] - dt.timedelta(days=r.randint(150, 200))
    band = fee(r, 2600, 3500)
    d = Page(footer="Coppervine Community Health Plan - a Medicaid managed care plan - Member Notice CCH-EOB-7")
    d.add_page()
    d.text_line("COPPERVINE COMMUNITY HEALTH PLAN", 13, "B", "C")
    d.text_line(f"Member Services {f['phone']}  -  TTY 711  -  PO Box 660, Ashby Crossing, IA 50999", 8.3, "", "C")
    d.ln(3)
    d.text_line("MEMBER EXPLANATION OF BENEFITS - CLAIM DENIED", 12, "B", "C")
    d.ln(3)
    d.boxes([("Notice date", fmt_date(f["notice"], ds), 40), ("Member name", f["member"], 70),
             ("Medicaid ID", f["mid"], 40), ("Date of birth", fmt_date(dob, ds), 30)], h=12)
    d.boxes([("Claim number", claim, 45), ("Billing provider", clinic, 80), ("Provider NPI", f["npi"], 55)], h=12)
    d.boxes([("Date of service", fmt_date(f["dos"], ds), 40), ("Service", "S1040 custom cranial orthosis", 80),
             ("Billed", fmt_money(band, ms), 30), ("Plan paid", "0.00", 30)], h=12)
    d.ln(4)
    d.text_line("WHY THIS CLAIM WAS DENIED", 10, "B")
    paras(d, [
        "The plan covers a cranial orthosis when moderate to severe positional plagiocephaly or brachycephaly is "
        "documented with measurements: a cranial vault asymmetry index (CVAI) of 3.5% or more, a diagonal "
        "difference of 10 mm or more, or a cephalic index outside the normal range, after at least two months of "
        "repositioning. The records sent with this claim describe a \"flat spot on the right\" but include no "
        "measurements. Without them the plan cannot find that the orthosis is medically necessary (Coppervine "
        "Clinical Guideline CG-DME-044).",
        f"Orthotist on the claim: {co}. Ordering provider: {ORDERING[1].split(' (')[0]}.",
        "#WHAT YOU CAN DO",
        "Ask the provider to send the scan or caliper measurements. You may ask for a plan appeal within 60 days "
        "of the date of this notice. After the plan appeal you may ask for a State Fair Hearing within 120 days of "
        "the appeal decision. Medicaid providers may not bill you for a covered service the plan denied for "
        "missing records."], size=9.1)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{band:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [co, bare(co)]}, type_alternates=["denial_letter"],
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: EOB, two-column header, cosmetic exclusion
def doc_cosmetic(r):
    f = base(r)
    plan = "Northgate Liberty Health"
    ds, ms = "dash", "usd"
    clinic, co = CLINICS[0], ORTHOTISTS[0]
    claim, ref = pat(r, "NL-9999-999999"), pat(r, "EOB99999999")
    f.update(mid=pat(r, "NLH99999999"), grp=pat(r, "A9999"))
    band = fee(r, 3100, 4300)
    d = Page(footer="Northgate Liberty Health  *  EOB  *  Page {p} of {n}")
    d.add_page()
    d.text_line(plan, 15, "B")
    d.text_line("Claims Service Center  *  4 Beacon Mill Plaza, Tillinghast, WY 82999", 8.5)
    d.rule(0.4, 4)
    two_col(d, [("Subscriber", f["parent"]), ("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"])],
            [("Date issued", fmt_date(f["notice"], ds)), ("EOB reference", ref), ("Claim #", claim),
             ("Customer service", f["phone"])], w=92, size=8.9)
    d.text_line("Your claim summary", 11, "B")
    d.text_line(f"Provider: {clinic}", 9, "B")
    d.table(["Dates of service", "Procedure", "Description", "Billed", "Covered", "Not covered", "Rsn"],
            [[fmt_date(f["dos"], ds), "S1040", "Cranial orthosis", fmt_money(band, ms), "USD 0.00", fmt_money(band, ms),
              "X17"]], [26, 20, 48, 26, 22, 28, 10], size=7.9, aligns="LLLRRRL")
    paras(d, [
        f"Rendering orthotist: {co}.  Prescribed by: {ORDERING[0].split(' (')[0]}.",
        "#Reason X17",
        "Services and supplies mainly to change or improve appearance are excluded under your plan (Benefit "
        "Booklet, Exclusions, Cosmetic Services). Your plan lists cranial molding helmets and bands for positional "
        "skull shape differences as cosmetic. A cranial orthosis used after surgery for craniosynostosis is "
        "covered.",
        "#How to appeal",
        "Ask for a review within 180 days from the date issued shown above. Call Customer Service or write to "
        "Northgate Liberty Health, Appeals Unit, 4 Beacon Mill Plaza, Tillinghast, WY 82999. Include a copy of "
        "this EOB."], size=9)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{band:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [co, bare(co)], "case_numbers": [[claim, ref]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: EOB no PA + orthotist statement
def doc_stack(r):
    f = base(r)
    plan = "Westmarch Family Health"
    ds, ms = "mdy_nopad", "plain"
    clinic, co = CLINICS[1], ORTHOTISTS[1]
    claim = pat(r, "WFH999999999")
    f.update(mid=pat(r, "W99999999-01"), grp=pat(r, "9999999"))
    band, scan = fee(r, 2800, 3700), fee(r, 140, 220)
    total = round(band + scan, 2)
    d = Page(footer="Westmarch Family Health - Explanation of Benefits")
    d.add_page()
    d.text_line("WESTMARCH FAMILY HEALTH", 14, "B")
    d.text_line(f"Claims, PO Box 7070, Wolcott Bay, SC 29999  -  {f['phone']}", 8.5)
    d.rule(0.8, 4)
    kv(d, [("EOB date", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Subscriber", f["parent"]),
           ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim", claim), ("Provider", clinic)], w=34, size=9.3)
    d.table(["Service date", "Code", "Description", "Charge", "Allowed", "Paid", "Remark"],
            [[fmt_date(f["dos"], ds), "S1040", "Cranial orthosis, custom", fmt_money(band, ms), "$0.00", "$0.00",
              "PA9"],
             [fmt_date(f["dos"], ds), "S8030", "Scan for cranial orthosis", fmt_money(scan, ms), "$0.00", "$0.00",
              "PA9"],
             ["*Claim total", "", "", fmt_money(total, ms), "$0.00", "$0.00", ""]],
            [24, 16, 56, 24, 20, 18, 16], size=8, aligns="LLLRRRL")
    paras(d, [
        "PA9: Orthotic devices costing more than $500 require prior authorization from Westmarch Family Health. "
        "No authorization was requested for this device. This is a network provider, so you are not responsible "
        "for this amount; the provider may ask us for a retro review.",
        "To appeal, write to us within 180 days of the EOB date. Westmarch Family Health Appeals, PO Box 7075, "
        "Wolcott Bay, SC 29999."], size=9)
    t1 = truth("eob", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=clinic,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = pat(r, "PT-99999")
    d = Page()
    d.add_page()
    d.text_line(clinic, 13, "B", "C")
    d.text_line(f"22 Saddler Street, Ashby Crossing, IA 50999  -  Billing 1-555-430-8812  -  NPI {f['npi']}", 8.3,
                "", "C")
    d.ln(4)
    d.text_line("STATEMENT OF ACCOUNT", 12, "B")
    kv(d, [("Statement date:", fmt_date(st, ds)), ("Patient:", f["member"]), ("Responsible party:", f["parent"]),
           ("Account no.:", acct), ("Orthotist:", co), ("Insurance:", f"{plan}  claim {claim}")], w=42, size=9.2)
    d.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fmt_date(f["dos"], ds), "S1040 cranial remolding orthosis", fmt_money(band, ms), "$0.00",
              fmt_money(band, ms)],
             [fmt_date(f["dos"], ds), "S8030 3D head scan", fmt_money(scan, ms), "$0.00", fmt_money(scan, ms)],
             [fmt_date(st, ds), "Insurance denied - no prior auth; held, not billed to you", "", "",
              "-" + fmt_money(total, ms)],
             ["*Amount due now", "", "", "", "$0.00"]],
            [24, 90, 24, 20, 22], size=8.2, aligns="LLRRR")
    paras(d, [
        "We are asking your plan for a retro authorization with the head scan measurements (CVAI 9.8%). Your "
        "balance is on hold while we appeal. Helmet checks every 2 weeks continue as scheduled; there is no charge "
        "for adjustments during treatment."], size=9.2)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[f["dos"].isoformat()], denial_date=st.isoformat(), provider=clinic,
               unscored=["insurer", "member_id", "group_number"],
               alternates={"case_numbers": [[]], "provider": [co, bare(co)]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: phone photo: duplicate S1040 line
def doc_duplicate(r):
    f = base(r)
    plan = "Halcyon Peak Insurance Company"
    ds, ms = "dmy", "space"
    clinic, co = CLINICS[2], ORTHOTISTS[2]
    claim, orig = pat(r, "HP9999999999"), pat(r, "HP9999999999")
    f.update(mid=pat(r, "HPI999999999"), grp=pat(r, "HP-99999"))
    band = fee(r, 2700, 3600)
    d = Page(footer="Halcyon Peak Insurance Company  |  EOB  |  {p}/{n}")
    d.add_page()
    d.text_line("Halcyon Peak Insurance Company", 14, "B", "C")
    d.text_line(f"Member line {f['phone']}  |  halcyonpeak.example", 8.5, "", "C")
    d.ln(3)
    d.text_line("Explanation of Benefits - Claim Detail", 12, "B")
    kv(d, [("Processed on:", fmt_date(f["notice"], ds)), ("For:", f["member"]), ("Member #:", f["mid"]),
           ("Group #:", f["grp"]), ("Claim #:", claim), ("Billed by:", f"{clinic} ({co})")], w=34, size=9.4)
    d.table(["Service", "Date", "Billed", "Allowed", "Paid", "Code"],
            [["S1040 cranial orthosis", fmt_date(f["dos"], ds), fmt_money(band, ms), fmt_money(0, ms),
              fmt_money(0, ms), "DP2"]],
            [56, 28, 26, 24, 24, 16], size=8.4, aligns="LLRRRL")
    paras(d, [
        f"DP2  Duplicate. This service was already processed on claim {orig} for the same date and provider, "
        "and paid there. Only one cranial orthosis is covered per course of treatment. You do not owe this amount.",
        "Questions or disagree? You can file an appeal within 180 days of the date this claim was processed. "
        "Call Member Services or sign in at halcyonpeak.example."], size=9.2)
    t = truth("eob", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{band:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [co, bare(co)], "case_numbers": [[claim, orig]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: pre-service letter, under age / no trial
def doc_under_age(r):
    f = base(r)
    plan = "Lindenmoor Health Insurance"
    ds = "wlong"
    clinic, co = CLINICS[0], ORTHOTISTS[0]
    req = pat(r, "LM-PA-9999999")
    f.update(mid=pat(r, "LHI9999999"), grp=pat(r, "99-9999"))
    dob = f["notice"] - dt.timedelta(days=r.randint(66, 74))
    planned = f["notice"] + dt.timedelta(days=r.randint(7, 12))
    recv = f["notice"] - dt.timedelta(days=3)
    d = Page(footer="Lindenmoor Health Insurance  |  Utilization Management  |  Page {p} of {n}")
    d.add_page()
    d.text_line(plan, 15, "B", "R")
    d.text_line("Utilization Management, 300 Copperbeech Road, Cinderford, MI 49999", 8.5, "", "R")
    d.text_line(f"Phone {f['phone']}  |  Fax 1-555-219-6604", 8.5, "", "R")
    d.rule(1, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    for s in (f"Parent or guardian of {f['member']}", *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Prior Authorization Request Not Approved", 12.5, "B")
    kv(d, [("Patient", f["member"]), ("Date of birth", fmt_date(dob, "slash")), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Request number", req), ("Requesting provider", f"{co}, {clinic}"),
           ("Ordering physician", ORDERING[2].split(" (")[0]), ("Item", "S1040 cranial remolding orthosis"),
           ("Planned fitting date", fmt_date(planned, "slash")), ("Received", fmt_date(recv, "slash"))],
       w=48, size=9.2)
    paras(d, [
        f"Dear Parent or Guardian of {f['member'].split()[0]}:",
        "We cannot approve the cranial orthosis at this time. Our medical policy MP-ORT-12 requires that an infant "
        "with positional plagiocephaly first complete at least two months of repositioning (tummy time, changing "
        "the head position for sleep) and, when neck tightness (torticollis) is present, physical therapy. Your "
        "baby is 10 weeks old and the records show that repositioning was started two weeks ago. Many mild and "
        "moderate cases improve with repositioning alone. The request is not medically necessary now; the provider "
        "may send a new request with updated measurements after the trial.",
        "#Your appeal rights",
        "You may appeal within 180 days of the date of this letter by writing to Lindenmoor Appeals at the address "
        "above. If waiting would seriously harm your child's health, ask for a fast (expedited) appeal and we will "
        "answer within 72 hours.",
        "Samuel V. Oduya, MD, Medical Director"], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[req], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=co,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(co), clinic], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_eob_over_age_nineteen_months", "born_digital", doc_over_age, None),
    ("scan300_eob_paid_deductible_coinsurance", "scan_clean_300", doc_paid, None),
    ("lowres_medicaid_boxed_eob_measurements_missing", "scan_lowres_150", doc_severity, None),
    ("copy_eob_two_column_cosmetic_exclusion", "photocopy", doc_cosmetic, None),
    ("faxstd_stack_cover_eob_no_prior_auth_orthotist_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_eob_duplicate_line", "phone_photo", doc_duplicate, None),
    ("rotated_preauth_under_age_repositioning_trial", "rotated", doc_under_age, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
