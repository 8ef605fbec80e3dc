"""Family 'scar_revision_keloid_cosmetic_denial': invented commercial and Medicare Advantage EOBs, claim statements and
letters on scar revision and keloid treatment (dermabrasion 15780, intralesional injections 11900, destruction of
benign lesions 17110, adjacent tissue transfer 14040/14041) judged cosmetic rather than functional.

Cases (EOB/statement-heavy): a landscape commercial claim summary denying dermabrasion of acne scars as cosmetic; an
EOB paying the office visit and denying three keloid injection sessions (no pain, itching or restricted motion
documented); a pre-service notice denying a facial scar revision because the requested photographs never arrived;
an approval of a burn-scar contracture release of the hand as functional (nothing denied); a fax stack of an EOB
denying cryotherapy of earlobe keloids and the dermatology office's patient statement behind a blank page; a
Medicare Advantage EOB denying keloid injections and cryotherapy under the cosmetic-surgery exclusion; a claim
status notice denying a dermabrasion claim because the before photographs were not received.

Layouts are invented, modelled loosely on published commercial EOBs, Medicare Advantage EOBs and utilization
management letters. All values invented: plans, practices, clinicians, people, IDs, amounts; phones 1-555.
Decoys: dates of birth, the referring physician, NPIs, request/claim received dates, medical policy numbers,
patient account numbers, allowed/paid/patient responsibility amounts, the plan's contract-plan and material numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "scar_revision_keloid_cosmetic_denial"
LANG = "en"
SEED = 264600
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


def banner(d, name, sub, style=0):
    if style == 0:
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.font(14, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.text_line(sub, 8.4)
        d.ln(3)
    elif style == 1:
        d.text_line(name, 16, "B", "R")
        d.text_line(sub, 8.4, "", "R")
        d.rule(1.0, 4)
    else:
        d.text_line(name, 13.5, "B")
        d.text_line(sub, 8.4)
        d.ln(2)
        d.rule(0.2, 1)
        d.rule(0.2, 4)


def grid(d, rows, w=(44, 46, 44, 46), size=8.8):
    """Label/value pairs two to a row."""
    for k in range(0, len(rows), 2):
        for a, b in rows[k:k + 2]:
            d.font(size, "B")
            d.cell(w[0], size * 0.6, a)
            d.font(size)
            d.cell(w[1], size * 0.6, b)
        d.ln(size * 0.62)
    d.ln(3)


def kv(d, rows, w=48, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Seraphina", "Auberon", "Clementine", "Lysander", "Henrietta", "Cassius", "Ottoline", "Bartholomew",
         "Genevieve", "Ignatius", "Priscilla", "Augustin"]
LAST = ["Fenwright", "Mabry-Cole", "Quillfeather", "Ravensworth", "Ellingsen", "Drummond-Shaw", "Kowalczyk",
        "Ashdown", "Blackwood-Ames", "Tennyson"]
CITIES = ["Cobble Ford, OH 43999", "Westmarch, ID 83299", "Lower Brinton, SC 29999", "Hazelmere, KY 40399"]
STREETS = ["Wickersham Lane", "Tallowmere Road", "Chestnut Reach", "Pellham Circle", "Greyfriars Way"]
DERM = [("Brightwater Dermatology & Laser", "Dr. Oriana F. Delacourt, MD"),
        ("Cobble Ford Skin & Scar Clinic", "Dr. Mattias E. Lindgren, MD"),
        ("Westmarch Plastic & Reconstructive Surgery", "Dr. Simone K. Abernethy, MD"),
        ("Hazelmere Dermatology Associates", "Dr. Teodor P. Vukovic, DO")]
REFERRERS = ["Dr. Gwendolyn R. Ashby", "Dr. Phineas L. Carrow", "Dr. Rosamund T. Kell"]


def base(r):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)), ref=r.choice(REFERRERS))


# ---------------------------------------------------------------- 0: landscape claim summary, dermabrasion cosmetic
def doc_dermabrasion(r):
    f = base(r)
    plan = "Quillon Health Assurance Company"
    prac, doc = DERM[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(21, 40))
    claim = pat(r, "99999999999-9")
    f.update(mid=pat(r, "QHA9999999999"), grp=pat(r, "99999A"))
    lines = [(dos, "15780", "Dermabrasion, total face", fee(r, 1900, 2800)),
             (dos, "J2001", "Lidocaine injection", fee(r, 35, 70))]
    total = round(sum(x[3] for x in lines), 2)
    ds, ms = "iso", "plain"
    d = Page(orientation="L", footer="Quillon Health Assurance Company  -  Claim Summary  -  page {p} of {n}")
    d.add_page()
    banner(d, "Quillon Health Assurance", f"PO Box 7100, Cobble Ford, OH 43999   |   Member Services {f['phone']}", 0)
    d.text_line("CLAIM SUMMARY - THIS IS NOT A BILL", 12, "B")
    grid(d, [("Processed on:", fmt_date(f["notice"], ds)), ("Claim ID:", claim),
             ("Enrollee:", f["member"]), ("Enrollee ID:", f["mid"]),
             ("Group:", f["grp"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
             ("Provider of service:", prac), ("Treating physician:", doc)], w=(38, 82, 38, 82))
    rows = [[fmt_date(x[0], ds), x[1], x[2], fmt_money(x[3], ms), fmt_money(0, ms), fmt_money(0, ms),
             fmt_money(0, ms), fmt_money(x[3], ms), "CO-N1"] for x in lines]
    rows.append(["*Totals", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Description", "Amount billed", "Plan allowance", "Deductible",
             "Plan paid", "Not payable", "Reason"], rows, [28, 18, 60, 28, 28, 24, 24, 28, 18], size=8.6,
            aligns="LLLRRRRRL")
    paras(d, [
        "#Reason codes",
        "CO-N1  Cosmetic service. Dermabrasion to improve the appearance of acne scars is cosmetic under your plan "
        "(medical policy DERM-044, Cosmetic and Reconstructive Services). The plan covers scar treatment only when "
        "it restores function lost to injury or disease. No functional impairment is described on the claim.",
        "#Appeal rights",
        "You may ask for an appeal within 180 days of the processed-on date shown above. Call "
        f"{f['phone']} or write to Quillon Appeals, PO Box 7188, Cobble Ford, OH 43999. You may include a letter "
        "from your doctor and photographs. You may also ask for the medical policy used, free of charge."], size=9)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: keloid injections denied, visit paid
def doc_keloid_eob(r):
    f = base(r)
    plan = "Ferncastle Health Plan"
    prac, doc = DERM[1]
    d0 = f["notice"] - dt.timedelta(days=r.randint(70, 85))
    dates = [d0, d0 + dt.timedelta(days=28), d0 + dt.timedelta(days=56)]
    claim = pat(r, "FC9999999999")
    f.update(mid=pat(r, "999999999-01"), grp=pat(r, "FHP-99999"))
    ov = fee(r, 140, 210)
    inj = fee(r, 190, 290)
    lines = [(dates[0], "99213", "Office visit, established", ov, True)] + \
            [(x, "11900", "Intralesional injection, up to 7 lesions", inj, False) for x in dates] + \
            [(x, "J3301", "Triamcinolone acetonide 10 mg", 24.0, False) for x in dates[:1]]
    total = round(sum(x[3] for x in lines), 2)
    ds, ms = "mdy_nopad", "nosign"
    d = Page(footer="Ferncastle Health Plan  |  EXPLANATION OF BENEFITS")
    d.add_page()
    banner(d, "Ferncastle Health Plan", f"2 Ferncastle Square, Westmarch, ID 83299  -  {f['phone']}", 1)
    d.text_line("Explanation of Benefits", 13, "B")
    d.ln(1)
    kv(d, [("Date of this notice", fmt_date(f["notice"], ds)), ("Patient name", f["member"]),
           ("Subscriber no.", f["mid"]), ("Group", f["grp"]), ("Claim no.", claim),
           ("Provider", f"{doc} - {prac}"), ("Referred by", f["ref"]),
           ("Received", fmt_date(dates[-1] + dt.timedelta(days=6), ds))], w=44, size=9.2)
    rows = []
    for x in lines:
        al = round(x[3] * 0.6, 2) if x[4] else 0.0
        rows.append([fmt_date(x[0], ds), x[1], x[2][:36], fmt_money(x[3], ms), fmt_money(al, ms),
                     fmt_money(al - 30 if x[4] else 0, ms), fmt_money(30 if x[4] else 0, ms),
                     "" if x[4] else "K4"])
    al = round(lines[0][3] * 0.6, 2)
    rows.append(["*Claim totals", "", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al - 30, ms),
                 fmt_money(30, ms), ""])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Copay", "Msg"], rows,
            [20, 14, 62, 20, 20, 18, 16, 10], size=7.8, aligns="LLLRRRRL")
    paras(d, [
        "#Messages",
        "K4  Not covered - cosmetic. Injection of keloids or hypertrophic scars is covered only when the scar is "
        "painful, itches, bleeds, becomes infected or restricts movement. The records for these visits describe "
        "an earlobe keloid after piercing with no symptoms. Treatment to improve appearance is excluded. The "
        "in-network provider may not bill you for these lines.",
        "#Disagree with this decision?",
        "You can file an appeal within 180 days of the date of this notice. Send it to Ferncastle Health Plan, "
        "Appeals Unit, 2 Ferncastle Square, Westmarch, ID 83299. Questions? Call the number above."], size=9)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [doc]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: pre-service, photographs not received
def doc_photos(r):
    f = base(r)
    plan = "Granite Harbor Health"
    prac, doc = DERM[2]
    req = f["notice"] - dt.timedelta(days=r.randint(14, 20))
    asked = req + dt.timedelta(days=2)
    surgery = f["notice"] + dt.timedelta(days=r.randint(12, 25))
    case = pat(r, "UMR-999999-99")
    f.update(mid=pat(r, "GHH99999999"), grp=pat(r, "99999"))
    ds = "wlong"
    d = Page(footer="Granite Harbor Health - Utilization Management - Page {p} of {n}")
    d.add_page()
    banner(d, "Granite Harbor Health", "Utilization Management  ·  PO Box 300, Lower Brinton, SC 29999  ·  "
           f"{f['phone']}  ·  Fax 1-555-391-7702", 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Notice of Adverse Determination: Information Not Received", 12, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Case number", case),
           ("Ordering surgeon", doc), ("Practice", prac), ("Surgeon NPI", f["npi"]),
           ("Requested", "Scar revision, face (14041 adjacent tissue transfer; 15780 dermabrasion)"),
           ("Planned date of surgery", fmt_date(surgery, ds)), ("Request received", fmt_date(req, ds))], w=50)
    paras(d, [
        f"Dear {f['member'].split()[0]},",
        f"{doc} asked us to approve revision of a scar on your left cheek. Your plan covers scar revision when it "
        "is reconstructive - for example when a scar pulls the eyelid or lip out of place, limits movement, or "
        "causes pain - and does not cover scar revision done to improve appearance.",
        f"To decide, we need clinical notes and dated color photographs of the scar. We asked the surgeon's office "
        f"for them on {fmt_date(asked, ds)} and again by phone. We did not receive the photographs or the notes "
        "before the review deadline, so we cannot show that the criteria are met and the request is denied.",
        "This is not a decision that the surgery is cosmetic. If the surgeon sends the photographs, we will review "
        "the request again as a new request.",
        "#Appeals",
        "You or your surgeon may appeal within 180 days of the date on this notice. Mail: Granite Harbor Health "
        "Appeals, PO Box 330, Lower Brinton, SC 29999. Fax: 1-555-391-7710. Expedited appeals are decided within "
        "72 hours when waiting could seriously harm your health.",
        "Reviewer: Dr. Augusta W. Pennington, MD, Associate Medical Director"], size=9.7)
    t = truth("denial_letter", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[case], service_dates=[surgery.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [prac], "service_dates": [[]]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval, burn-scar contracture release
def doc_approval(r):
    f = base(r)
    plan = "Larkspur Meridian Health Insurance"
    prac, doc = DERM[2]
    surgery = f["notice"] + dt.timedelta(days=r.randint(10, 24))
    auth = pat(r, "AUTH-99999999")
    f.update(mid=pat(r, "LMH-9999-99999"), grp=pat(r, "999-999"))
    ds = "slash"
    d = Page()
    d.add_page()
    banner(d, "Larkspur Meridian Health Insurance", f"Care Review Services, 18 Orrery Row, Hazelmere, KY 40399  "
           f"|  {f['phone']}", 1)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Your request has been approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Insured member", f["member"]), ("ID", f["mid"]), ("Group", f["grp"]),
           ("Authorization", auth), ("Surgeon", f"{doc}, {prac}"),
           ("Approved services", "14040 adjacent tissue transfer (Z-plasty), right hand; 11900 x1"),
           ("Approved date of service", fmt_date(surgery, ds)), ("Place", "Outpatient hospital")], w=50)
    paras(d, [
        "We approved the request for release of the burn scar contracture of your right hand. The notes and "
        "photographs show that the scar across the palm limits extension of the ring and little fingers to 40 "
        "degrees and interferes with grip. Treatment to restore function is reconstructive and covered by your "
        "plan; it is not cosmetic.",
        "This approval covers only the services and date listed. If the date changes by more than 30 days, the "
        "surgeon must ask us to update the authorization. Payment depends on your eligibility on the date of "
        "service and on your plan's deductible, copay and coinsurance.",
        f"Questions? Call Care Review Services at {f['phone']}."], size=9.8)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[surgery.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, alternates={"provider": [prac], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: cryotherapy EOB + office statement
def doc_stack(r):
    f = base(r)
    plan = "Oakhurst Valley Health Plan"
    prac, doc = DERM[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    claim = pat(r, "OV99999999")
    f.update(mid=pat(r, "OVH999999999"), grp=pat(r, "99999"))
    lines = [("17110", "Destruction benign lesions, up to 14 (cryotherapy)", fee(r, 220, 340)),
             ("11900", "Intralesional injection, up to 7 lesions", fee(r, 180, 260))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "abbr", "plain"
    d = Page()
    d.add_page()
    banner(d, "Oakhurst Valley Health Plan", f"PO Box 880, Hazelmere, KY 40399   Member line {f['phone']}", 2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.ln(1)
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Patient:", f["member"]), ("Member ID:", f["mid"]),
           ("Group no.:", f["grp"]), ("Claim no.:", claim), ("Provider:", prac),
           ("Rendering:", doc)], w=38, size=9.4)
    rows = [[fmt_date(dos, ds), c, desc, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(ch, ms), "CX"]
            for c, desc, ch in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Service", "Billed", "Paid", "Patient resp.", "Rsn"], rows,
            [26, 14, 74, 20, 18, 22, 10], size=8, aligns="LLLRRRL")
    paras(d, [
        "CX  Cosmetic procedure not covered. Cryotherapy and steroid injection of earlobe keloids are excluded "
        "as cosmetic unless the keloid causes a functional problem. The provider is out of network and may bill "
        "you for the amount shown.",
        "Appeals: you may appeal within 180 days of the statement date. Write to Oakhurst Valley Appeals, PO Box "
        "890, Hazelmere, KY 40399."], size=9.2)
    t1 = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=prac,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [doc]})
    pdf1 = pdf_bytes(d)
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = pat(r, "HDA-99999")
    d = Page()
    d.add_page()
    banner(d, prac, "410 Linden Bend, Hazelmere, KY 40399  -  Billing questions 1-555-706-3321", 1)
    d.text_line("Statement of Account", 13, "B")
    kv(d, [("Statement date", fmt_date(stmt, ds)), ("Guarantor", f["member"]), ("Account", acct),
           ("Insurance billed", f"{plan} (claim {claim})"), ("Balance due", fmt_money(total, ms))], w=40)
    d.table(["Date", "Patient", "Procedure", "Charge", "Ins. paid", "Balance"],
            [[fmt_date(dos, ds), f["member"], f"{c}", fmt_money(ch, ms), fmt_money(0, ms), fmt_money(ch, ms)]
             for c, _, ch in lines], [26, 50, 22, 24, 22, 24], size=8.6, aligns="LLLRRR")
    paras(d, [
        "Your insurance plan denied these services as cosmetic. Per the financial policy you signed, the balance "
        "is your responsibility. Pay online, by phone, or mail a check with the coupon below.",
        "Thank you for choosing Hazelmere Dermatology Associates."], size=9.4)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=stmt.isoformat(), provider=prac,
               unscored=["insurer", "member_id", "group_number"], alternates={"case_numbers": [[]]},
               type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Medicare Advantage EOB, cosmetic exclusion
def doc_ma(r):
    f = base(r)
    org, product = "Orchard Vale Health Plan, Inc.", "Orchard Vale Medicare Advantage Plus (PPO)"
    prac, doc = DERM[1]
    d0 = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    d1 = d0 + dt.timedelta(days=21)
    claim = pat(r, "99999999999")
    f.update(mid=pat(r, "OV9999999A"))
    lines = [(d0, "11900", "Injection, intralesional", fee(r, 150, 230)),
             (d0, "J3301", "Triamcinolone 10 mg", 21.0),
             (d1, "17110", "Destruction of benign lesions", fee(r, 190, 260))]
    total = round(sum(x[3] for x in lines), 2)
    ds, ms = "long", "plain"
    d = Page(footer="Y9021_EOB26_C   Orchard Vale Health Plan is an HMO/PPO plan with a Medicare contract.")
    d.add_page()
    banner(d, product, f"{org}  -  1 Orchard Plaza, Westmarch, ID 83299  -  {f['phone']} (TTY 711)", 0)
    d.text_line("Your Explanation of Benefits (EOB) for Medical Services", 12, "B")
    grid(d, [("Date of this EOB:", fmt_date(f["notice"], ds)), ("Member:", f["member"]),
             ("Member ID:", f["mid"]), ("Plan:", "H9021-007"),
             ("Claim number:", claim), ("Provider:", prac)], w=(32, 58, 28, 62), size=8.8)
    rows = [[fmt_date(x[0], "slash"), x[1], x[2], fmt_money(x[3], ms), fmt_money(0, ms), fmt_money(0, ms), "C2"]
            for x in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms), ""])
    d.table(["Service date", "Code", "Service", "Provider charged", "Plan approved", "Plan paid", "Note"],
            rows, [24, 14, 54, 28, 26, 22, 12], size=8, aligns="LLLRRRL")
    paras(d, [
        "C2  Medicare and this plan do not cover cosmetic surgery or treatment to change appearance, such as "
        "treatment of a keloid that causes no symptoms. Because the provider did not give you an advance notice "
        f"before the service, you may not have to pay. Treating physician: {doc}.",
        "#If you disagree with a coverage decision on this EOB",
        "You can ask for an appeal (reconsideration). You must ask within 65 days of the date of this EOB. Call "
        f"{f['phone']} or write to Orchard Vale Appeals Dept., PO Box 1040, Westmarch, ID 83299. See your "
        "Evidence of Coverage, Chapter 9."], size=9)
    t = truth("eob", "not_covered", insurer=org, plan_id="H9021-007", member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[d0.isoformat(), d1.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "plan_id": [None], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: claim status notice, photos not received
def doc_claim_status(r):
    f = base(r)
    plan = "Sablewood Health Cooperative"
    prac, doc = DERM[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    asked = dos + dt.timedelta(days=r.randint(12, 18))
    claim = pat(r, "SHC-99-9999999")
    f.update(mid=pat(r, "SW99999999"), grp=pat(r, "CO-9999"))
    lines = [("15780", "Dermabrasion; total face", fee(r, 2100, 2900)), ("15781", "Dermabrasion; segmental",
                                                                          fee(r, 800, 1100))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "upper", "bare"
    d = Page(footer="Sablewood Health Cooperative - claim status notice")
    d.add_page()
    banner(d, "Sablewood Health Cooperative", f"Member Claims, 77 Cooper Hill, Cobble Ford, OH 43999 - {f['phone']}", 2)
    d.text_line("CLAIM STATUS NOTICE - CLAIM DENIED", 12.5, "B")
    d.ln(1)
    grid(d, [("Notice date", fmt_date(f["notice"], ds)), ("Claim reference", claim),
             ("Member", f["member"]), ("Member number", f["mid"]),
             ("Employer group", f["grp"]), ("Patient account", pat(r, "BW-999999")),
             ("Billing provider", prac), ("Physician", doc)], w=(34, 56, 34, 56))
    d.table(["From", "To", "Procedure", "Billed (USD)", "Status"],
            [[fmt_date(dos, ds), fmt_date(dos, ds), f"{c} {desc}", fmt_money(ch, ms), "DENIED - 252"]
             for c, desc, ch in lines] + [["*Total billed", "", "", fmt_money(total, ms), ""]],
            [28, 28, 66, 26, 32], size=8.4, aligns="LLLRL")
    paras(d, [
        "252  Additional information needed to process the claim was not received. Dermabrasion is reviewed to "
        "tell reconstructive from cosmetic treatment. On " + fmt_date(asked, "long") + " we asked the provider "
        "for the operative note and the pre-treatment photographs. They were not received within 45 days, so the "
        "claim was denied. If the provider sends them, the claim can be reopened.",
        "WHAT YOU CAN DO: you may appeal within 180 days of the date of this notice by writing to Sablewood Health "
        "Cooperative Appeals, 77 Cooper Hill, Cobble Ford, OH 43999."], size=9.3)
    t = truth("eob", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [doc]}, type_alternates=["denial_letter"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_landscape_claim_summary_dermabrasion", "born_digital", doc_dermabrasion, None),
    ("scan300_eob_keloid_injections_visit_paid", "scan_clean_300", doc_keloid_eob, None),
    ("lowres_preservice_photos_not_received", "scan_lowres_150", doc_photos, None),
    ("copy_approval_burn_contracture_release", "photocopy", doc_approval, None),
    ("faxstd_stack_eob_cryo_blank_office_statement", "fax_standard_g4", doc_stack, ["blank", None]),
    ("photo_ma_eob_keloid_cosmetic", "phone_photo", doc_ma, None),
    ("rotated_claim_status_photos_missing", "rotated", doc_claim_status, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
