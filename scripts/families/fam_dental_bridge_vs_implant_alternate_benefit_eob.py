"""Family 'dental_bridge_vs_implant_alternate_benefit_eob': invented dental plans' EOBs, a predetermination, a
dentist's statement and an appeal decision on implants (D6010 implant body, D6057 custom abutment, D6058 abutment
crown) paid at the rate of a fixed bridge (D6240 pontic, D6750 retainer crowns) or a removable partial denture
(D5213/D5214) under the least-costly alternate benefit clause, refused during a major-services waiting period, or
refused under the missing-tooth clause (a tooth lost before coverage began).

Cases (EOB/statement-heavy, boxed headers with labels above values): an EOB paying an implant at the bridge
allowance; a pre-treatment estimate (predetermination) refusing the implant under the missing-tooth clause and
estimating the alternate bridge; an EOB refusing an implant during the 12-month waiting period for major services;
a paid EOB for the implant crown (nothing refused); a standard-fax stack of a cover sheet, an EOB paying two implants
at the partial-denture rate and the dental office's statement; a Spanish EOB (alternate benefit, bridge rate) as a
phone photo; an appeal decision upholding the missing-tooth clause, fed sideways.

Layouts invented, modelled loosely on published dental carriers' EOBs and pre-treatment estimates. All values
invented: carriers, dentists, offices, patients, IDs, amounts; phones 1-555. Decoys: dates of birth, the date the
tooth was extracted, coverage effective dates, dentist license numbers and NPIs, office account numbers, paid lines
(exams, X-rays), maximum-allowable, plan-pays and patient-pays amounts, annual maximum remaining.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "dental_bridge_vs_implant_alternate_benefit_eob"
LANG = "en"
SEED = 276600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fmt_date(d, style):
    """inv_kit's styles plus dashed month-day-year (07-06-2026)."""
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    return _fmt_date(d, style)


FIRST = ["Winifred", "Barnaby", "Ottoline", "Fitzgerald", "Rosamund", "Lucius", "Perpetua", "Alaric", "Esmeralda",
         "Thaddeus"]
LAST = ["Haverstock", "Quennell", "Marchbanks", "Ellingworth", "Trevanion", "Goodenough", "Ashdown", "Pilbeam",
        "Crosthwaite", "Vandermeer"]
FIRST_ES = ["Anacleto", "Rosaura", "Eulalia", "Fermín", "Maricruz", "Teodoro"]
LAST_ES = ["Barrientos", "Echeverría", "Llamas", "Quiñones", "Sepúlveda", "Valderrama"]
CITIES = ["Pinecrest Harbor, ME 04998", "Granite Fork, ID 83999", "Willowmere, WI 53999", "Saltmarsh, SC 29999"]
STREETS = ["Cobblestone Way", "Beacon Hill Road", "Marigold Terrace", "Ironwood Drive", "Lamplighter Lane"]
DENTISTS = ["Dr. Philomena R. Castellano, DDS", "Dr. Augustus K. Brightwell, DMD", "Dr. Ines V. Harrowby, DDS, MS"]
OFFICES = ["Lakeshore Implant & Family Dentistry", "Granite Fork Dental Group, PC", "Saltmarsh Periodontics & Implants"]


def person(r, es=False):
    return f"{r.choice(FIRST_ES if es else FIRST)} {r.choice(MI)}. {r.choice(LAST_ES if es else LAST)}"


def bare(name):
    return name.split(",")[0]


def base(r, es=False):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 210))
    return dict(notice=notice, member=person(r, es), addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1955, 1995), r.randint(1, 12), r.randint(1, 28)))


def fee(r, lo, hi):
    return float(r.randint(lo, hi))


def letterhead(d, name, lines, right):
    """Carrier name on the left, return address lines below, a boxed document title on the right."""
    y = d.get_y()
    d.font(12.5, "B")
    d.cell(116, 7, name)
    d.font(10.5, "B")
    d.cell(0, 7, right, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    for s in lines:
        d.text_line(s, 8.3)
    d.set_y(max(d.get_y(), y + 16))
    d.rule(0.8, 4)


def legend(d, items, size=8.4):
    for code, text in items:
        d.font(size, "B")
        d.cell(14, size * 0.5, code)
        d.font(size)
        d.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(2)


def paras(d, items, size=9):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


H = ["Date", "Tooth", "Procedure", "Submitted", "Max allow.", "Deduct.", "Plan pays", "Patient", "Note"]
W = [18, 10, 58, 19, 18, 13, 17, 17, 10]
AL = "LLLRRRRRL"


# ---------------------------------------------------------------- 0: EOB, implant paid at the bridge allowance
def doc_eob_bridge(r):
    f = base(r)
    plan = "Brightmoor Dental Benefits Company"
    ds, ms = "slash", "plain"
    dentist, office = DENTISTS[0], OFFICES[0]
    claim = pat(r, "99999999999")
    f.update(mid=pat(r, "BDB999999999"), grp=pat(r, "99999-999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(14, 25))
    tooth = r.choice(["19", "30", "3", "14"])
    impl, exam = fee(r, 2100, 2600), fee(r, 55, 75)
    alt = fee(r, 1050, 1250)
    pays = round(alt * 0.5, 2)
    total = impl + exam
    d = Page(footer="Brightmoor Dental Benefits Company  |  This is not a bill  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["PO Box 4012, Pinecrest Harbor, ME 04998", f"Customer Service {f['phone']}"],
               "EXPLANATION OF BENEFITS")
    d.boxes([("Date of statement", fmt_date(f["notice"], ds), 36), ("Subscriber / patient", f["member"], 58),
             ("Enrollee ID", f["mid"], 44), ("Group no.", f["grp"], 38)], h=12)
    d.boxes([("Claim #", claim, 34), ("Treating dentist", dentist, 66), ("Office", office, 80)], h=12, value_size=9)
    d.boxes([("Dentist NPI", f["npi"], 40), ("Date of birth", fmt_date(f["dob"], ds), 40),
             ("Annual maximum remaining", fmt_money(1500 - pays, ms), 56), ("Deductible met", "Yes", 40)], h=12)
    d.ln(4)
    rows = [[fmt_date(dos, ds), "", "D0120 Periodic oral evaluation", fmt_money(exam, ms), fmt_money(exam - 14, ms),
             "$0.00", fmt_money(exam - 14, ms), "$0.00", ""],
            [fmt_date(dos, ds), tooth, "D6010 Endosteal implant body", fmt_money(impl, ms), fmt_money(alt, ms),
             "$0.00", fmt_money(pays, ms), fmt_money(impl - pays, ms), "AB2"],
            ["*Totals", "", "", fmt_money(total, ms), fmt_money(alt + exam - 14, ms), "$0.00",
             fmt_money(pays + exam - 14, ms), fmt_money(impl - pays, ms), ""]]
    d.table(H, rows, W, size=7.3, aligns=AL, head_fill=True)
    d.text_line("Explanation of notes", 9.5, "B")
    legend(d, [("AB2", "Alternate benefit. Your plan covers the least costly professionally adequate treatment. The "
                       f"implant on tooth {tooth} was processed as a three-unit fixed bridge (D6240 pontic with D6750 "
                       "retainer crowns), paid at 50% of the bridge's maximum allowable charge. The rest of the "
                       "implant fee is not covered; your dentist may bill you for it."),
                ("", "Future implant abutment and crown claims for this tooth will be applied against the same "
                     "bridge allowance.")])
    paras(d, [
        "#Your right to a review",
        "If you disagree with this decision, you or your dentist may request a review in writing within 180 days "
        "of the date of this statement. Send the request, with any X-rays or narrative, to Brightmoor Dental "
        "Appeals, PO Box 4019, Pinecrest Harbor, ME 04998. You may ask for free copies of the plan provisions used."],
        size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(dentist), office], "claim_amount": [f"{impl:.2f}"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: predetermination, missing-tooth clause
def doc_predet(r):
    f = base(r)
    plan = "Coralbay Dental Insurance Company"
    ds, ms = "long", "nosign"
    dentist, office = DENTISTS[1], OFFICES[1]
    pre = pat(r, "PD-99999999")
    f.update(mid=pat(r, "999999999"), grp=pat(r, "CB99999"))
    eff = f["notice"] - dt.timedelta(days=r.randint(200, 300))
    ext = eff - dt.timedelta(days=r.randint(90, 400))
    recv = f["notice"] - dt.timedelta(days=r.randint(5, 12))
    tooth = r.choice(["4", "13", "20", "29"])
    a, b, c = fee(r, 2200, 2500), fee(r, 600, 800), fee(r, 1100, 1400)
    total = a + b + c
    bp, br = fee(r, 900, 1100), fee(r, 900, 1100)
    d = Page(footer="Coralbay Dental Insurance Company  -  Pre-Treatment Estimate  -  form CDI-PTE-3")
    d.add_page()
    letterhead(d, plan, ["Dental Claims, 1500 Tidewater Plaza, Granite Fork, ID 83999", f"{f['phone']}"],
               "PRE-TREATMENT ESTIMATE")
    d.boxes([("Estimate date", fmt_date(f["notice"], ds), 42), ("Predetermination no.", pre, 44),
             ("Patient", f["member"], 56), ("Member ID", f["mid"], 34)], h=12)
    d.boxes([("Group", f["grp"], 24), ("Dentist", dentist, 62), ("Practice", office, 62),
             ("Received", fmt_date(recv, "slash"), 32)], h=12, value_size=9)
    d.boxes([("Coverage effective", fmt_date(eff, ds), 50), (f"Tooth #{tooth} extracted (per dentist)",
                                                             fmt_date(ext, ds), 70), ("Dentist NPI", f["npi"], 56)], h=12)
    d.ln(4)
    d.table(["Tooth", "Proposed procedure", "Submitted fee", "Estimated benefit", "Status"],
            [[tooth, "D6010 Surgical placement of implant body", fmt_money(a, ms), "0.00", "Not covered (MT1)"],
             [tooth, "D6057 Custom fabricated abutment", fmt_money(b, ms), "0.00", "Not covered (MT1)"],
             [tooth, "D6058 Abutment supported porcelain crown", fmt_money(c, ms), "0.00", "Not covered (MT1)"],
             ["*Total", "", fmt_money(total, ms), "0.00", ""]],
            [16, 74, 28, 30, 28], size=8, aligns="LLRRL", head_fill=True)
    d.text_line("Alternate treatment estimated for comparison (not covered for this tooth either):", 8.6, "B")
    d.table(["Tooth", "Procedure", "Plan allowance", "Estimated benefit", ""],
            [[tooth, "D6240 Pontic, porcelain fused to high noble", fmt_money(bp, ms), "0.00", "MT1"],
             ["", "D6750 Retainer crown x2", fmt_money(br * 2, ms), "0.00", "MT1"]],
            [16, 74, 28, 30, 28], size=8, aligns="LLRRL")
    legend(d, [("MT1", "Missing tooth limitation. Your plan does not cover a fixed bridge, removable partial denture "
                       "or implant to replace a tooth that was missing before the patient's coverage under this plan "
                       "began, unless the appliance also replaces a tooth lost while covered. Our records show tooth "
                       f"#{tooth} was extracted before the coverage effective date above.")])
    paras(d, [
        "This is an estimate, not a guarantee of payment. Benefits are based on eligibility, frequency limits and the "
        "remaining annual maximum on the date the treatment is completed.",
        "#Reconsideration",
        "If you or your dentist believe the tooth was lost after coverage began, send the extraction record or dated "
        "X-rays. You may request a review of this determination within 180 days of the date of this estimate by "
        "writing to Coralbay Dental Insurance Company, Attn: Dental Reviews, at the address above."], size=8.8)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[pre], claim_amount=f"{total:.2f}",
              denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(dentist), office], "claim_amount": [None]},
              denial_alternates=["eligibility"], type_alternates=["eob", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, 12-month waiting period
def doc_eob_wait(r):
    f = base(r)
    plan = "Tollgate Mutual Dental Plan"
    ds, ms = "dash", "nosign"
    dentist, office = DENTISTS[2], OFFICES[2]
    claim = pat(r, "TM-9999-99999")
    f.update(mid=pat(r, "TMD99999999"), grp=pat(r, "9999"))
    eff = f["notice"] - dt.timedelta(days=r.randint(150, 250))
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 28))
    tooth = r.choice(["8", "9", "12", "21"])
    pano, impl = fee(r, 110, 140), fee(r, 2300, 2700)
    total = pano + impl
    d = Page(footer="Tollgate Mutual Dental Plan - Explanation of Benefits - keep for your tax and claim records")
    d.add_page()
    letterhead(d, plan, ["Benefit Services, 77 Lockkeeper Street, Willowmere, WI 53999",
                         f"Member line {f['phone']} (TTY 711)"], "DENTAL EOB")
    d.boxes([("Processed", fmt_date(f["notice"], ds), 34), ("Claim number", claim, 44),
             ("Member", f["member"], 60), ("Member no.", f["mid"], 38)], h=12)
    d.boxes([("Group", f["grp"], 20), ("Provider", f"{dentist} - {office}", 126),
             ("Plan effective", fmt_date(eff, ds), 34)], h=12, value_size=8.5)
    d.ln(4)
    rows = [[fmt_date(dos, ds), "", "D0330 Panoramic radiographic image", fmt_money(pano, ms),
             fmt_money(pano - 20, ms), "0.00", fmt_money(pano - 20, ms), "0.00", ""],
            [fmt_date(dos, ds), tooth, "D6010 Implant body, endosteal", fmt_money(impl, ms), "0.00", "0.00", "0.00",
             fmt_money(impl, ms), "W12"],
            ["*Claim total", "", "", fmt_money(total, ms), fmt_money(pano - 20, ms), "0.00", fmt_money(pano - 20, ms),
             fmt_money(impl, ms), ""]]
    d.table(H, rows, W, size=7.3, aligns=AL, head_fill=True)
    d.text_line("Remark codes", 9.5, "B")
    legend(d, [("W12", "Waiting period. Major services (Class III: crowns, bridges, dentures and implants) are "
                       "covered after you have been enrolled for 12 months in a row. You have not completed the "
                       "waiting period, so no benefit is payable for this service. You may owe the dentist the full "
                       "fee. This service will not be covered later when the waiting period ends."),
                ("", "The panoramic image was paid as a diagnostic service (Class I, no waiting period).")])
    paras(d, [
        "#Questions or disagreement",
        "You have the right to appeal this decision. Your appeal must be received within 180 days of the date "
        "this claim was processed. Mail it to Tollgate Mutual Dental Plan, Appeals, PO Box 779, Willowmere, WI "
        "53999, or fax 1-555-779-6120."], size=8.8)
    t = truth("eob", "eligibility", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(dentist), office], "claim_amount": [f"{impl:.2f}"]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid EOB, implant crown (no denial)
def doc_eob_paid(r):
    f = base(r)
    plan = "Heronwood Dental Assurance"
    ds, ms = "abbr", "plain"
    dentist, office = DENTISTS[0], OFFICES[0]
    claim = pat(r, "HW99999999-9")
    f.update(mid=pat(r, "HDA-999-99-9999"), grp=pat(r, "999999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(12, 20))
    tooth = r.choice(["18", "31", "2"])
    ab, cr = fee(r, 650, 800), fee(r, 1200, 1450)
    total = ab + cr
    aa, ac = round(ab * 0.8, 2), round(cr * 0.8, 2)
    pa, pc = round(aa * 0.5, 2), round(ac * 0.5, 2)
    d = Page(footer="Heronwood Dental Assurance  |  Statement of dental benefits")
    d.add_page()
    letterhead(d, plan, ["1 Kingfisher Plaza, Saltmarsh, SC 29999", f"{f['phone']}  |  heronwood.example"],
               "BENEFITS STATEMENT")
    d.boxes([("Issue date", fmt_date(f["notice"], ds), 34), ("Patient", f["member"], 60),
             ("Identification no.", f["mid"], 48), ("Group", f["grp"], 34)], h=12)
    d.boxes([("Claim", claim, 36), ("Rendering dentist", dentist, 68), ("Payment to", office, 76)], h=12, value_size=9)
    d.ln(4)
    rows = [[fmt_date(dos, ds), tooth, "D6057 Custom fabricated abutment", fmt_money(ab, ms), fmt_money(aa, ms),
             "$0.00", fmt_money(pa, ms), fmt_money(ab - pa, ms), "P50"],
            [fmt_date(dos, ds), tooth, "D6058 Abutment supported crown", fmt_money(cr, ms), fmt_money(ac, ms),
             "$0.00", fmt_money(pc, ms), fmt_money(cr - pc, ms), "P50"],
            ["*Totals", "", "", fmt_money(total, ms), fmt_money(aa + ac, ms), "$0.00", fmt_money(pa + pc, ms),
             fmt_money(total - pa - pc, ms), ""]]
    d.table(H, rows, W, size=7.3, aligns=AL, head_fill=True)
    legend(d, [("P50", "Paid at 50% of the maximum allowable charge for major services. Implant services are a "
                       "covered benefit under your plan. The patient amount includes the difference between the "
                       "dentist's fee and the maximum allowable charge only if the dentist is out of network.")])
    paras(d, [
        f"Payment of {fmt_money(pa + pc, ms)} was sent to {office}. Your remaining annual maximum for this "
        "benefit year is shown on your online account.",
        "If you have questions about this statement, call us. If you disagree with how this claim was paid, you "
        "may ask for a review within 180 days after you receive this statement."], size=8.8)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dentist,
              alternates={"provider": [bare(dentist), office]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: partial-denture rate EOB + statement
def doc_stack(r):
    f = base(r)
    plan = "Stonebridge Dental Plan of the Midwest"
    ds, ms = "iso", "plain"
    dentist, office = DENTISTS[1], OFFICES[1]
    claim = pat(r, "999-999999-99")
    f.update(mid=pat(r, "SDP99999999"), grp=pat(r, "MW-99999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    t1, t2 = r.choice([("19", "20"), ("29", "30")])
    i1, i2 = fee(r, 2150, 2450), fee(r, 2150, 2450)
    total = i1 + i2
    alt = fee(r, 1300, 1600)
    pays = round(alt * 0.5, 2)
    d = Page(footer="Stonebridge Dental Plan of the Midwest - EOB - not a bill")
    d.add_page()
    letterhead(d, plan, ["Claims Office, 300 Prairie Mill Road, Granite Fork, ID 83999", f"Phone {f['phone']}"],
               "EXPLANATION OF BENEFITS")
    d.boxes([("EOB date", fmt_date(f["notice"], ds), 32), ("Claim ID", claim, 40), ("Patient name", f["member"], 60),
             ("Subscriber ID", f["mid"], 44)], h=12)
    d.boxes([("Group number", f["grp"], 36), ("Treating dentist", dentist, 70), ("Office", office, 70)], h=12)
    d.ln(4)
    rows = [[fmt_date(dos, ds), t1, "D6010 Implant body", fmt_money(i1, ms), fmt_money(alt, ms), "$0.00",
             fmt_money(pays, ms), fmt_money(i1 - pays, ms), "LC5"],
            [fmt_date(dos, ds), t2, "D6010 Implant body", fmt_money(i2, ms), "$0.00", "$0.00", "$0.00",
             fmt_money(i2, ms), "LC5"],
            ["*Totals", "", "", fmt_money(total, ms), fmt_money(alt, ms), "$0.00", fmt_money(pays, ms),
             fmt_money(total - pays, ms), ""]]
    d.table(H, rows, W, size=7.3, aligns=AL, head_fill=True)
    legend(d, [("LC5", f"Least costly alternative. Teeth #{t1} and #{t2} are missing on the same side of the lower "
                       "arch. A removable partial denture (D5214, mandibular, cast metal framework) replaces both "
                       "teeth and is a professionally acceptable treatment. Benefits for both implants are limited to "
                       "one partial denture allowance, paid at 50%. The remaining charges are not covered.")])
    paras(d, [
        "#Appeal",
        "You may appeal this decision within 180 days of the EOB date. Write to the Claims Office, Attn: Dental "
        "Appeals, and include this EOB, X-rays and your dentist's narrative explaining why a partial denture "
        "would not work for you."], size=8.8)
    ta = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=dentist,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [bare(dentist), office]}, denial_alternates=["other"])
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(9, 14))
    acct = pat(r, "99999")
    d = Page()
    d.add_page()
    d.text_line(office, 14, "B", "C")
    d.text_line("48 Quarry Bluff Road, Granite Fork, ID 83999  -  Front desk 1-555-483-2290", 8.5, "", "C")
    d.ln(2)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 12.5, "B")
    d.boxes([("Statement date", fmt_date(st, ds), 40), ("Account", acct, 30), ("Patient", f["member"], 62),
             ("Amount due", fmt_money(total - pays, ms), 44)], h=12)
    d.ln(3)
    d.table(["Date", "Description", "Charges", "Credits", "Balance"],
            [[fmt_date(dos, ds), f"D6010 Implant #{t1} ({dentist.split(',')[0]})", fmt_money(i1, ms), "", ""],
             [fmt_date(dos, ds), f"D6010 Implant #{t2}", fmt_money(i2, ms), "", ""],
             [fmt_date(f["notice"], ds), f"Stonebridge payment, claim {claim}", "", fmt_money(pays, ms), ""],
             ["*Balance", "", fmt_money(total, ms), fmt_money(pays, ms), fmt_money(total - pays, ms)]],
            [26, 96, 22, 20, 22], size=8.2, aligns="LLRRR")
    paras(d, [
        "Your dental plan paid the implants at the rate of a partial denture. As we discussed at your treatment "
        "consultation, the difference is your responsibility. We accept cards and offer 6-month interest-free "
        "payment plans. Please pay within 30 days of this statement."], size=9.2)
    tb = truth("other", None, member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=st.isoformat(), provider=office,
               unscored=["insurer", "group_number", "member_id"],
               alternates={"case_numbers": [[]], "provider": [dentist, bare(dentist)]})
    return [(pdf1, ta), (pdf_bytes(d), tb)]


# ---------------------------------------------------------------- 5: Spanish EOB, bridge rate (phone photo)
def doc_es(r):
    f = base(r, es=True)
    plan = "Aseguradora Dental Bahía Serena"
    ds = "es"
    dentist, office = "Dra. Esperanza T. Montenegro, DMD", "Clínica Dental Montenegro"
    claim = pat(r, "BS-99999999")
    f.update(mid=pat(r, "ADB999999999"), grp=pat(r, "99999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(14, 24))
    tooth = r.choice(["30", "19"])
    impl = fee(r, 1900, 2300)
    alt = fee(r, 950, 1150)
    pays = round(alt * 0.5, 2)
    d = Page(footer="Aseguradora Dental Bahía Serena - Explicación de Beneficios - Esto no es una factura")
    d.add_page()
    letterhead(d, plan, ["Apartado Postal 2210, Caguas, PR 00725", f"Servicio al Cliente {f['phone']}"],
               "EXPLICACIÓN DE BENEFICIOS")
    d.boxes([("Fecha de emisión", fmt_date(f["notice"], ds), 44), ("Paciente", f["member"], 60),
             ("Núm. de afiliado", f["mid"], 42), ("Grupo", f["grp"], 30)], h=12)
    d.boxes([("Núm. de reclamación", claim, 44), ("Dentista", dentist, 72), ("Oficina", office, 60)], h=12)
    d.ln(4)
    d.table(["Fecha", "Diente", "Servicio", "Cargo", "Permitido", "Pago plan", "Usted paga", "Nota"],
            [[fmt_date(dos, "slash"), tooth, "D6010 Implante endoóseo", f"${impl:,.2f}", f"${alt:,.2f}",
              f"${pays:,.2f}", f"${impl - pays:,.2f}", "BA1"]],
            [20, 14, 56, 20, 20, 20, 20, 12], size=7.8, aligns="LLLRRRRL", head_fill=True)
    legend(d, [("BA1", "Beneficio alternativo. Su plan paga el tratamiento de menor costo que sea profesionalmente "
                       f"aceptable. El implante del diente {tooth} se pagó como un puente fijo de tres unidades "
                       "(D6240 y D6750), al 50% de la tarifa permitida del puente. El resto del cargo no está "
                       "cubierto y su dentista puede cobrárselo.")])
    paras(d, [
        "#Su derecho a apelar",
        "Si no está de acuerdo con esta decisión, puede apelar por escrito dentro de 180 días a partir de la fecha "
        "de esta explicación de beneficios. Envíe su apelación a Aseguradora Dental Bahía Serena, Unidad de "
        "Apelaciones, Apartado Postal 2215, Caguas, PR 00725. Puede pedir copia gratuita de los documentos usados "
        "en esta decisión.",
        "Si necesita ayuda en otro idioma, llame al número de Servicio al Cliente."], size=8.8)
    t = truth("eob", "not_covered", "es", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{impl:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(dentist), office]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal upheld, missing-tooth clause (rotated)
def doc_appeal(r):
    f = base(r)
    plan = "Meadowlark Dental Service Corporation"
    ds, ms = "wlong", "plain"
    dentist, office = DENTISTS[2], OFFICES[2]
    appeal, claim = pat(r, "DA-99999"), pat(r, "99999999999")
    f.update(mid=pat(r, "MDS99999999"), grp=pat(r, "99999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(70, 100))
    eff = dos - dt.timedelta(days=r.randint(200, 400))
    ext = eff - dt.timedelta(days=r.randint(200, 900))
    tooth = r.choice(["14", "3"])
    total = fee(r, 2300, 2700)
    d = Page(footer="Meadowlark Dental Service Corporation  |  Appeals Unit")
    d.add_page()
    d.text_line(plan, 14, "B")
    d.text_line("Appeals Unit, 912 Sandpiper Boulevard, Saltmarsh, SC 29999", 8.5)
    d.text_line(f"Telephone {f['phone']}   Fax 1-555-912-4471", 8.5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line(f"RE: Appeal {appeal} - claim {claim}", 11, "B")
    d.text_line(f"Member ID {f['mid']}   Group {f['grp']}   Dentist: {dentist}", 9.5)
    d.text_line(f"Service: D6010 implant, tooth #{tooth}, {fmt_date(dos, 'long')}, billed {fmt_money(total, ms)}", 9.5)
    d.ln(3)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"We have completed our review of your appeal about the implant placed by {bare(dentist)} of {office}. "
        "A dental consultant who did not take part in the first decision reviewed your letter, the dentist's "
        "narrative and the radiographs.",
        "#Decision",
        f"We are upholding our decision. Your coverage began on {fmt_date(eff, 'long')}. The records from your "
        f"previous dentist show that tooth #{tooth} was extracted on {fmt_date(ext, 'long')}, before your coverage "
        "began. Your plan's missing tooth limitation (Evidence of Coverage, Limitations, item 9) excludes the "
        "replacement of a tooth that was missing before the effective date, whether by implant, bridge or "
        "partial denture. Because no benefit is available for the replacement, an alternate benefit does not apply.",
        "#Further review",
        "This decision completes the plan's appeal process. You may have the right to file a complaint with the "
        "state Department of Insurance or to bring a civil action under section 502(a) of ERISA. You may request, "
        "free of charge, copies of all documents relevant to your claim.",
        "Sincerely,",
        "Appeals Unit, Meadowlark Dental Service Corporation"], size=9.4)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=dentist,
              alternates={"provider": [bare(dentist), office], "case_numbers": [[appeal]]},
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_eob_implant_paid_at_bridge_rate", "born_digital", doc_eob_bridge, None),
    ("scan300_predetermination_missing_tooth_clause", "scan_clean_300", doc_predet, None),
    ("lowres_eob_major_services_waiting_period", "scan_lowres_150", doc_eob_wait, None),
    ("copy_paid_eob_implant_abutment_crown", "photocopy", doc_eob_paid, None),
    ("faxstd_stack_cover_partial_denture_rate_eob_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_es_eob_beneficio_alternativo_puente", "phone_photo", doc_es, None),
    ("rotated_appeal_upheld_missing_tooth", "rotated", doc_appeal, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
