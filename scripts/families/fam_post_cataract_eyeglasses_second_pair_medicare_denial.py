"""Family 'post_cataract_eyeglasses_second_pair_medicare_denial': Medicare Part B covers one pair of conventional
eyeglasses (standard frames, V2020 with lenses such as V2103) or one set of contact lenses after each cataract
surgery with an intraocular lens. A second pair after the same surgery, deluxe frames (V2025) and photochromatic
tints (V2744) are refused. Public structures mirrored: the Medicare Summary Notice for Part B (claims table with
"See Notes" letters, "Appeals must be filed in writing by"), a Medicare Advantage plan's Notice of Denial of
Medical Coverage (CMS-10003 style), an MA plan EOB, a DME MAC Medicare Redetermination Notice, and an optical
supplier's statement.

Documents: born-digital MSN (ophthalmology visit paid, optical supplier's second pair denied); scanned optical
supplier statement (deluxe frame upgrade billed to the patient under an ABN; nothing denied by this paper);
photocopied MA EOB with three claims (one denied); fine-fax stack (cover sheet, MA plan denial notice for deluxe
frames and photochromatic lenses, the optician's estimate); phone photo of an MA approval after the second eye's
surgery; sideways MSN where V2025 is refused and V2020/lenses paid; low-resolution DME MAC redetermination upheld.

Decoys: processing periods, received dates, NPIs, dates of birth, the first surgery and first pair's dates,
other claims on the same notice, 1-800-MEDICARE, 72-hour fast appeal, QIC 180 days of receipt, form numbers,
account numbers. All people, plans, suppliers and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "post_cataract_eyeglasses_second_pair_medicare_denial"
LANG = "en"
SEED = 333300
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Lindqvist Optical Supply", "Brightwater Opticians", "Clearfield Eyewear & Optical"]
OPHTH = ["Dr. Halvard P. Ness, MD", "Dr. Corinne A. Batiste, MD", "Dr. Emeka J. Obi, MD"]
OD = ["Dr. Selina R. Voight, OD", "Dr. Marcus T. Quill, OD"]
EYE_GROUP = "Riverbend Eye Surgeons"
MED = "Medicare"
KP = "Kestrel Peak Health"
KP_PLAN = "Kestrel Peak Medicare Advantage (PPO)"
KP_ID = "H7781-004"
MAC = "Quarrystone Medicare Solutions"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def mbi(r: Rand) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(an),
         str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)), str(r.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    surg = dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 60))
    first_pair = surg + dt.timedelta(days=r.randint(30, 50))
    dos = first_pair + dt.timedelta(days=r.randint(60, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), surg=surg, first_pair=first_pair, dos=dos,
                mbi=mbi(r), npi=r.npi(), sup=r.choice(SUPPLIERS), md=r.choice(OPHTH), od=r.choice(OD),
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)))


def price(r: Rand, code: str) -> float:
    lo, hi = {"V2020": (110, 180), "V2025": (240, 390), "V2103": (70, 110), "V2100": (55, 90), "V2744": (40, 70),
              "92014": (180, 260), "92012": (120, 170), "99213": (130, 190), "66984": (1800, 2400)}[code]
    return float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.25, 0.75])


DESC = {"V2020": "Frames, purchases (standard)", "V2025": "Deluxe frame", "V2103": "Spherocylinder, single vision",
        "V2100": "Sphere, single vision, plano to +/-4.00", "V2744": "Tint, photochromatic, per lens",
        "92014": "Eye exam, established patient", "92012": "Eye exam, intermediate", "99213": "Office visit",
        "66984": "Cataract surgery with IOL"}


# ---------------------------------------------------------------- Medicare Summary Notice (Part B)
def msn(r: Rand, f: dict, kind: str, ds: str) -> tuple[bytes, dict]:
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    p_from, p_to = notice - dt.timedelta(days=90), notice - dt.timedelta(days=3)
    recv = f["dos"] + dt.timedelta(days=r.randint(3, 10))
    claim = f"1{r.digits(2)}{notice.strftime('%y')}{r.digits(3)}{r.digits(6)}0"
    other_claim = f"2{r.digits(2)}{notice.strftime('%y')}{r.digits(9)}0"
    visit_date = f["dos"] - dt.timedelta(days=r.randint(8, 20))
    v = price(r, "92012")
    if kind == "second_pair":
        lines = [("V2020", 1, price(r, "V2020"), "A"), ("V2103", 2, price(r, "V2103"), "A"),
                 ("V2744", 2, price(r, "V2744"), "A, B")]
    else:
        lines = [("V2025", 1, price(r, "V2025"), "C"), ("V2100", 2, price(r, "V2100"), "")]
    rows, total, denied_total = [], 0.0, 0.0
    for code, q, u, note in lines:
        b = round(u * q, 2)
        total += b
        if note:
            denied_total += b
            appr = paid = 0.0
            maxb = b if kind != "second_pair" else 0.0
        else:
            appr = round(b * 0.55, 2)
            paid = round(appr * 0.8, 2)
            maxb = round(appr - paid, 2)
        rows.append([fmt_date(f["dos"], "slash"), f"{q} {DESC[code]} ({code})", fmt_money(b), fmt_money(appr),
                     fmt_money(paid), fmt_money(maxb), note])
    total = round(total, 2)
    deadline = notice + dt.timedelta(days=120)
    d = Page("{p}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B", h=8)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6,
                h=5)
    d.rule(0.6, 3)
    y0 = d.get_y()
    d.text_line(f"Notice for {f['member']}", 11, "B", h=6)
    for ln in f["addr"]:
        d.text_line(ln, 9.5, h=5)
    d.ln(2)
    d.text_line(f"Medicare Number  {f['mbi'].replace('-', '-')}", 9.5, h=5)
    d.text_line(f"Date of This Notice  {fmt_date(notice, ds)}", 9.5, "B", h=5)
    d.text_line(f"Claims Processed Between  {fmt_date(p_from, ds)} and {fmt_date(p_to, ds)}", 9.5, h=5)
    y1 = d.get_y()
    d.set_xy(118, y0)
    d.font(9, "B")
    d.multi_cell(78, 4.6, "Your Deductible Status", new_x="LMARGIN", new_y="NEXT")
    d.set_x(118)
    d.font(8.4)
    d.multi_cell(78, 4.2, f"Your deductible is what you must pay each year for most health services before Medicare "
                 f"begins to pay. You have met your Part B deductible for {notice.year}.", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_x(118)
    d.font(8.4)
    d.multi_cell(78, 4.2, "Be Informed! Medicare covers one pair of eyeglasses with standard frames, or one set of "
                 "contact lenses, after each cataract surgery that implants an intraocular lens.", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_y(max(y1, d.get_y()) + 4)
    d.rule(0.3, 2)
    d.text_line("Your Claims & Costs This Period", 11.5, "B", h=6)
    ndenied = sum(1 for _, _, _, n in lines if n)
    maxb_total = round(sum(float(x[5].replace("$", "").replace(",", "")) for x in rows) + v * 0.55 * 0.2, 2)
    d.boxes([("Did Medicare approve all services?", "NO", 62), ("Number of services Medicare denied", str(ndenied), 62),
             ("Total you may be billed", fmt_money(maxb_total), 58)], h=12)
    d.ln(4)
    d.text_line("Providers & Suppliers with Claims This Period", 10.5, "B", h=6)
    d.text_line(f"{fmt_date(visit_date, ds)}   {EYE_GROUP}", 9.2, h=5)
    d.text_line(f"{fmt_date(f['dos'], ds)}   {f['sup']}", 9.2, h=5)
    d.ln(3)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    d.para(f"{EYE_GROUP}, 40 Millrace Plaza, Suite 2, Claim number {other_claim}, Received date "
           f"{fmt_date(visit_date + dt.timedelta(days=4), ds)}, Service provider {f['md']}", 8.6, gap=1)
    d.table(["Service date", "Service provided & billing code", "Charged", "Approved", "Med. paid", "You may owe", "Notes"],
            [[fmt_date(visit_date, "slash"), f"1 {DESC['92012']} (92012)", fmt_money(v), fmt_money(round(v * .55, 2)),
              fmt_money(round(v * .55 * .8, 2)), fmt_money(round(v * .55 * .2, 2)), ""]],
            [22, 62, 20, 22, 20, 22, 14], size=7.6, aligns="LLRRRRC", head_fill=True)
    d.para(f"Supplier: {f['sup']}, 18 Ferry Landing Rd. Claim number {claim}. Received date {fmt_date(recv, ds)}. "
           f"Ordered by {f['md']}. Supplier NPI {f['npi']}.", 8.6, gap=1)
    rows.append(["Total", "", fmt_money(total), "", "", "", ""])
    d.table(["Service date", "Service provided & billing code", "Charged", "Approved", "Med. paid", "You may owe", "Notes"], rows, [22, 62, 20, 22, 20, 22, 14], size=7.6, aligns="LLRRRRC",
            head_fill=True)
    d.text_line("Notes for Claims Above", 10.5, "B", h=6)
    if kind == "second_pair":
        d.para(f"A  Medicare pays for one pair of eyeglasses or contact lenses after each cataract surgery with an "
               f"intraocular lens. Our records show you already received eyeglasses on {fmt_date(f['first_pair'], ds)} "
               f"after your surgery on {fmt_date(f['surg'], ds)}. Medicare won't pay for another pair.", 8.6, gap=1)
        d.para("B  Tinted or photochromatic lenses are covered only when medically necessary.", 8.6, gap=1)
    else:
        d.para("C  Medicare pays only for standard frames. Deluxe frames are not covered. You signed a notice that "
               "you may have to pay, so you are responsible for this charge.", 8.6, gap=1)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10.5, "B", h=6)
    d.para(f"If you disagree with a coverage decision or payment decision made on any of the claims in this notice, "
           f"you can file an appeal. Appeals must be filed in writing by {fmt_date(deadline, ds)}. Circle the "
           f"service(s) you disagree with and explain why on the back of this notice, or use form CMS-20027. "
           f"Questions: 1-800-MEDICARE (1-800-633-4227).", 8.6)
    denied_type = "not_covered"
    t = truth("eob", denied_type, insurer=MED, member_id=f["mbi"], member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["sup"],
              appeal_deadline=iso(deadline),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "CMS"], "provider": [f["md"]],
                          **({"claim_amount": [m2(denied_total)]} if kind != "second_pair" else {})},
              denial_alternates=["other"] if kind == "second_pair" else ["other"],
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- supplier statement (scan clean)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sup = SUPPLIERS[1]
    stmt = f["dos"] + dt.timedelta(days=r.randint(35, 50))
    acct = f"BW{r.digits(6)}"
    fr, up, le = price(r, "V2020"), price(r, "V2025"), round(price(r, "V2103") * 2, 2)
    total = round(fr + up + le, 2)
    mpaid = round((fr + le) * 0.5, 2)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(sup.upper(), 16, "B", h=8)
    d.text_line(f"Optical dispensary  ·  221 Kettle Pond Road, Burlington, VT 05401  ·  (802) 555-01{r.digits(2)}", 8.6,
                h=4.6)
    d.text_line(f"Medicare DMEPOS supplier  ·  NPI {f['npi']}", 8.6, h=4.6)
    d.ln(6)
    d.text_line("PATIENT STATEMENT", 12, "B", h=7)
    rows = [("Statement date", fmt_date(stmt, "dmy")), ("Account", acct), ("Patient", f["member"]),
            ("Medicare No.", f["mbi"]), ("Date of birth", fmt_date(f["dob"], "dmy"))]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(38, 5.4, k)
        d.font(9.5)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    tr = [[fmt_date(f["dos"], "dmy"), "V2020", "Frame, standard (Medicare allowance)", fmt_money(fr, "nosign")],
          [fmt_date(f["dos"], "dmy"), "V2103", "Lenses, single vision, pair", fmt_money(le, "nosign")],
          [fmt_date(f["dos"], "dmy"), "V2025", "Deluxe frame upgrade - ABN signed", fmt_money(up, "nosign")],
          ["*Total charges", "", "", fmt_money(total, "nosign")],
          ["Medicare payment", "", "", "-" + fmt_money(mpaid, "nosign")],
          ["Supplemental insurance", "", "", "-0.00"],
          ["*Your balance", "", "", fmt_money(round(total - mpaid, 2), "nosign")]]
    d.table(["Date", "Code", "Item", "Amount"], tr, [30, 20, 96, 28], size=9, aligns="LLLR")
    d.para(f"These are your first eyeglasses after your cataract surgery on {fmt_date(f['surg'], 'dmy')}. Medicare "
           "paid its share for the standard frame and the lenses. The deluxe frame you chose is an upgrade Medicare "
           "does not pay for; you signed an Advance Beneficiary Notice before we ordered it. Please pay the balance "
           "within 30 days, or call us to set up a plan of $25.00 a month.", 9.5)
    t = truth("other", None, member_id=f["mbi"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=sup, unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- MA EOB with three claims (photocopy)
def doc_ma_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 34))
    mid = f"KP{r.digits(9)}"
    c1, c2, c3 = (f"{stmt.strftime('%y')}{r.digits(9)}" for _ in range(3))
    v1 = price(r, "92014")
    v3 = price(r, "99213")
    lines = [("V2020", 1, price(r, "V2020")), ("V2103", 2, price(r, "V2103")), ("V2744", 2, price(r, "V2744"))]
    gl = round(sum(u * q for _, q, u in lines), 2)
    d1 = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    d3 = f["dos"] + dt.timedelta(days=r.randint(2, 9))
    d = Page(f"{KP}  ·  Explanation of Benefits  ·  page {{p}}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Kestrel Peak", 20, "B", h=9)
    d.text_line(f"{KP}  ·  PO Box 40877, Boise, ID 83704  ·  Member Services {r.phone()} (TTY 711)", 8.4, h=4.5)
    d.ln(2)
    d.text_line("Explanation of Benefits  --  THIS IS NOT A BILL", 12.5, "B", h=7)
    d.text_line(f"{KP_PLAN}   Contract-plan {KP_ID}", 9, h=5)
    d.ln(2)
    d.boxes([("Member", f["member"], 56), ("Member ID", mid, 40), ("Date of birth", fmt_date(f["dob"], "iso"), 32),
             ("Statement date", fmt_date(stmt, "iso"), 34), ("Claims through", fmt_date(stmt - dt.timedelta(days=3),
                                                                                        "iso"), 30)])
    d.ln(4)
    head = ["Claim", "Date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Code"]
    w = [26, 20, 44, 40, 18, 18, 16, 10]
    rows = [[c1, fmt_date(d1, "iso"), EYE_GROUP, "92014 eye exam", fmt_money(v1), fmt_money(round(v1 * .5, 2)),
             "$40.00", "PD"]]
    for i, (code, q, u) in enumerate(lines):
        rows.append([c2 if i == 0 else "", fmt_date(f["dos"], "iso"), f["sup"] if i == 0 else "",
                     f"{code} x{q} {DESC[code].split(',')[0][:16]}", fmt_money(round(u * q, 2)), "$0.00",
                     fmt_money(round(u * q, 2)), "E7"])
    rows.append(["", "", "", "Claim " + c2 + " total", fmt_money(gl), "$0.00", fmt_money(gl), ""])
    rows.append([c3, fmt_date(d3, "iso"), "Dr. Ruth N. Calloway, MD", "99213 office visit", fmt_money(v3),
                 fmt_money(round(v3 * .6, 2)), "$20.00", "PD"])
    d.table(head, rows, w, size=7.4, aligns="LLLLRRRC", head_fill=True)
    d.text_line("Explanation codes", 10, "B", h=6)
    d.para("PD  Paid under your plan's benefits.", 8.6, gap=1)
    d.para(f"E7  Denied. Your plan covers one pair of eyeglasses with standard frames after each cataract surgery. "
           f"We paid for your pair after your surgery on {fmt_date(f['surg'], 'iso')}. A second pair, and tinted "
           "or photochromatic lenses, are not covered benefits. The supplier did not give you a written notice, so "
           "you may not have to pay.", 8.6, gap=1)
    d.text_line("Your right to appeal", 10, "B", h=6)
    d.para("If you disagree with a decision on this statement, you can ask for an appeal (reconsideration). You "
           "must ask within 65 days of the date of this notice. If waiting could seriously harm your health, ask for "
           "a fast appeal; we answer within 72 hours.", 8.6)
    t = truth("eob", "not_covered", insurer=KP, plan_id=KP_ID, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(gl), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["sup"], appeal_deadline=iso(stmt + dt.timedelta(days=65)),
              alternates={"plan_id": [None], "insurer": [KP_PLAN]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- stack: MA denial notice + optician estimate
def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    f["notice"] = notice
    req = f"PA-{r.digits(8)}"
    mid = f"KP{r.digits(9)}"
    f["mid"] = mid
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829", margins=(20, 16, 20))
    d.add_page()
    d.text_line(KP, 13, "B", h=7)
    d.text_line("Utilization Management  ·  PO Box 40890, Boise, ID 83704", 8.6, h=4.6)
    d.ln(4)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", 12.5, "B", align="C", h=7)
    d.ln(2)
    for k, v in [("Date", fmt_date(notice, "long")), ("Member number", mid), ("Name", f["member"]),
                 ("Request number", req)]:
        d.font(10, "B")
        d.cell(40, 5.6, k + ":")
        d.font(10)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"{KP} has denied the medical coverage listed below that you or your provider, {f['od']}, requested:", 10)
    d.para("Deluxe eyeglass frame (V2025) and photochromatic tint, both lenses (V2744), with your eyeglasses after "
           "cataract surgery.", 10, gap=2)
    d.text_line("Why did we deny your request?", 11, "B", h=6)
    d.para(f"{KP_PLAN} follows Medicare's rules. After cataract surgery with an intraocular lens, your plan covers one "
           "pair of eyeglasses with standard frames and standard lenses. We approved the standard frame (V2020) and "
           "lenses (V2103). Deluxe frames and photochromatic tints are not covered benefits, so we denied them.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6)
    d.para("You have the right to ask us to review our decision by asking us for an appeal. You must ask for an "
           "appeal within 65 days of the date of this notice. We can give you more time if you have a good reason.",
           10)
    d.para("If your health could be seriously harmed by waiting, you can ask for a fast appeal; we will decide "
           "within 72 hours. Call 1-855-555-0144 (TTY 711).", 9.6)
    t = truth("denial_letter", "not_covered", insurer=KP, member_id=mid, member_name=f["member"], case_numbers=[req],
              denial_date=iso(notice), provider=f["od"], appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": [KP_PLAN]})
    return pdf_bytes(d), t


def doc_estimate(r: Rand, f: dict) -> tuple[bytes, dict]:
    sup = SUPPLIERS[2]
    est = f["notice"] + dt.timedelta(days=r.randint(1, 3))
    up, tint = price(r, "V2025"), round(price(r, "V2744") * 2, 2)
    fr, le = price(r, "V2020"), round(price(r, "V2103") * 2, 2)
    total = round(up + tint + fr + le, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(sup, 15, "B", h=7)
    d.text_line(f"Eyewear order estimate  ·  Order {r.digits(5)}  ·  {fmt_date(est, 'slash')}", 9.2, h=5)
    d.ln(3)
    d.text_line(f"Customer: {f['member']}        Plan: {KP_PLAN}  ID {f['mid']}", 9.2, h=5)
    d.text_line(f"Prescriber: {f['od']}        Planned pick-up: {fmt_date(f['dos'], 'slash')}", 9.2, h=5)
    d.ln(3)
    d.table(["Code", "Item", "Price", "Plan", "You pay"],
            [["V2020", "Standard frame", fmt_money(fr), "covered", "$0.00"],
             ["V2103", "Single vision lenses, pair", fmt_money(le), "covered", "$0.00"],
             ["V2025", "Deluxe frame (titanium)", fmt_money(up), "denied", fmt_money(up)],
             ["V2744", "Photochromatic, pair", fmt_money(tint), "denied", fmt_money(tint)],
             ["*Total", "", fmt_money(total), "", fmt_money(round(up + tint, 2))]],
            [20, 70, 26, 26, 26], size=9, aligns="LLRLR")
    d.para("Your plan will not pay for the upgrades. Keep the standard frame at no cost, or sign below to pay for the "
           "upgrades yourself.  Signature: ____________________", 9.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(est), provider=sup, unscored=["insurer"],
              alternates={"member_id": [None], "service_dates": [[]], "provider": [f["od"]],
                          "claim_amount": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- approval after second eye (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    surg2 = f["surg"] + dt.timedelta(days=r.randint(40, 70))
    sent = surg2 + dt.timedelta(days=r.randint(10, 20))
    end = sent + dt.timedelta(days=90)
    auth = f"AU{r.digits(9)}"
    mid = f"KP{r.digits(9)}"
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("KESTREL PEAK HEALTH", 14, "B", h=7)
    d.text_line("Medicare Advantage  ·  Care Approvals", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your eyeglasses are approved", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}, we approved one pair of eyeglasses with standard frames (V2020) and "
           f"single vision lenses (V2103) after your second cataract surgery on {fmt_date(surg2, 'abbr')}. Your "
           f"authorization number is {auth} and your member ID is {mid}.", 10)
    d.para(f"The approval is good for glasses dispensed from {fmt_date(sent, 'abbr')} through {fmt_date(end, 'abbr')} "
           f"by {f['sup']}. Your plan covers one pair after each cataract surgery; the pair you received after the "
           "first surgery does not count against this one.", 10)
    d.para("There is nothing you need to do. Questions? Call Member Services at 1-855-555-0144.", 10)
    t = truth("other", None, insurer=KP, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(sent, end)], denial_date=iso(sent), provider=f["sup"],
              alternates={"service_dates": [[]], "insurer": [KP_PLAN]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- DME MAC redetermination (low res)
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    dec = f["dos"] + dt.timedelta(days=r.randint(110, 150))
    recv = dec - dt.timedelta(days=r.randint(25, 45))
    claim = f"1{r.digits(2)}{f['dos'].strftime('%y')}{r.digits(9)}0"
    appeal = f"RD{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    lines = [("V2020", 1, price(r, "V2020")), ("V2100", 2, price(r, "V2100"))]
    total = round(sum(u * q for _, q, u in lines), 2)
    d = Page(f"{MAC}  ·  Redetermination  ·  {appeal}  ·  page {{p}}", margins=(20, 16, 20))
    d.add_page()
    d.text_line(MAC, 13, "B", h=7)
    d.text_line("DME MAC Jurisdiction C  ·  PO Box 7713, Florence, SC 29501", 8.6, h=4.6)
    d.ln(5)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B", align="C", h=7)
    d.ln(2)
    d.text_line(fmt_date(dec, "upper"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.table(["Beneficiary", "Medicare number", "Claim number", "Appeal number"],
            [[f["member"], f["mbi"], claim, appeal]], [46, 36, 48, 44], size=8.8, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']}: this letter is about your request for a redetermination, received "
           f"{fmt_date(recv, 'upper')}, for eyeglasses supplied by {f['sup']} on {fmt_date(f['dos'], 'upper')} "
           f"(frames V2020 and lenses V2100, total charges {fmt_money(total)}).", 10)
    d.text_line("Decision: UNFAVORABLE", 11, "B", h=6)
    d.para(f"Medicare pays for one pair of conventional eyeglasses or contact lenses after each cataract surgery with "
           f"an intraocular lens. You had cataract surgery on {fmt_date(f['surg'], 'upper')} and Medicare paid for "
           f"eyeglasses on {fmt_date(f['first_pair'], 'upper')}. The records show no further cataract surgery. A "
           "prescription change alone does not make a second pair covered. The denial stays in place.", 10)
    d.text_line("If you disagree with this decision", 11, "B", h=6)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file it within "
           "180 days of receiving this notice, using the enclosed form CMS-20033.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=f["sup"], alternates={"insurer": [MED]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    items = []
    r = Rand(SEED)
    f = base(r)
    items.append(Item(f"{FAMILY}_bd_msn_second_pair", "born_digital", [msn(r, f, "second_pair", "long")]))
    items.append(Item(f"{FAMILY}_scan_supplier_statement", "scan_clean_300", [doc_statement(Rand(SEED + 1))]))
    items.append(Item(f"{FAMILY}_photocopy_ma_eob_three_claims", "photocopy", [doc_ma_eob(Rand(SEED + 2))]))
    r3 = Rand(SEED + 3)
    f3 = base(r3)
    items.append(Item(f"{FAMILY}_fax_stack_idn_estimate", "fax_fine_g4", [doc_idn(r3, f3), doc_estimate(r3, f3)],
                      separators=["cover", None]))
    items.append(Item(f"{FAMILY}_phone_approval_second_eye", "phone_photo", [doc_approval(Rand(SEED + 4))]))
    r5 = Rand(SEED + 5)
    f5 = base(r5)
    items.append(Item(f"{FAMILY}_rotated_msn_deluxe_frame", "rotated", [msn(r5, f5, "deluxe", "slash")]))
    items.append(Item(f"{FAMILY}_lowres_redetermination", "scan_lowres_150", [doc_redetermination(Rand(SEED + 6))]))
    return items
