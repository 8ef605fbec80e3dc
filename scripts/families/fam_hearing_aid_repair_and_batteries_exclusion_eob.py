"""Family 'hearing_aid_repair_and_batteries_exclusion_eob': hearing aid repairs (V5014 repair/modification, V5266
batteries, V5267 supplies) and the plans that refuse them as excluded or over a repair allowance.

Documents: a commercial EOB with two claims (a paid hearing test; a repair and battery claim refused under the
hearing-aid exclusion and the repair allowance); a fine-fax stack of a cover sheet, a Medicare Advantage
supplemental-benefit letter refusing batteries beyond the plan's yearly allotment, and the audiology practice's
invoice; a hearing aid manufacturer's warranty repair notice (not a denial); a prose letter from a commercial plan
refusing batteries as an excluded supply (facts only in sentences); a sideways appeal decision upholding a repair
denial once the yearly allowance was used (grey sidebar); a paid repair EOB; a Medicaid managed care notice
refusing a battery quantity over the limit (fair hearing and continuation decoys).

All values invented (insurers, practices, manufacturers, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hearing_aid_repair_and_batteries_exclusion_eob"
LANG = "en"
SEED = 319500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), serif: bool = False, header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if serif:
            self.add_font("DVSerif", "", SERIF)
            self.add_font("DVSerif", "B", SERIF_B)
            self.base_font = "DVSerif"


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1938, 1975), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


def kv(d: Page, rows, lw: float = 38, size: float = 9, x: float | None = None, h: float = 4.9):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def sidebar(d: Page, x: float, y: float, w: float, items, h: float = 230):
    """A grey column with labels above values."""
    d.set_fill_color(228, 228, 228)
    d.rect(x, y, w, h, style="F")
    yy = y + 4
    for lab, val in items:
        d.set_xy(x + 3, yy)
        d.font(7, "B")
        d.cell(w - 6, 3.5, lab.upper())
        d.set_xy(x + 3, yy + 4)
        d.font(9.2)
        d.multi_cell(w - 6, 4.6, val)
        yy = d.get_y() + 3.5


# ---------------------------------------------------------------- 0: commercial EOB, two claims (born digital)
def doc_eob_two_claims(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Shore Health Insurance Company"
    mid, grp = f"TSH{r.digits(3)}-{r.digits(5)}", f"{r.digits(6)}-{r.letters(1)}"
    prac = "Clearwater Audiology Associates"
    aud = "Dr. Renata V. Holloway, AuD"
    c_paid, c_den = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}", f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    test_day = f["dos"] - dt.timedelta(days=r.randint(10, 30))
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    recv = f["dos"] + dt.timedelta(days=r.randint(4, 9))
    rep, bat, sup = float(r.randint(260, 420)), float(r.choice([48, 54, 60, 66])), float(r.randint(28, 45))
    billed = rep + bat + sup
    t1, t2 = float(r.randint(140, 210)), float(r.randint(60, 95))
    a1, a2 = round(t1 * 0.74, 2), round(t2 * 0.74, 2)
    d = Page("Tamarack Shore Health  -  Explanation of Benefits  -  page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Tamarack Shore Health", 18, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 7702, Otter Bay, OR 97365  |  Member line {ph(r)}", 8.2, h=4.4)
    d.ln(3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.text_line("This is not a bill. Keep it with your records.", 8.8, h=5)
    d.ln(3)
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.2, h=4.6)
    # right-hand summary box
    d.set_fill_color(235, 235, 235)
    d.rect(122, y, 80, 44, style="F")
    d.set_y(y + 2)
    kv(d, [("Prepared", fmt_date(stmt, "abbr")), ("Patient", f["member"]), ("Member #", mid), ("Group #", grp),
           ("Claims", "2"), ("Patient DOB", fmt_date(f["dob"], "abbr"))], lw=24, size=8.6, x=125, h=6.2)
    d.set_y(y + 50)
    head = ["Service date", "Code", "What it was", "Charged", "Allowed", "Plan paid", "Your part", "Note"]
    wid = [24, 15, 55, 20, 20, 20, 20, 12]
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(8.6, "B")
    d.cell(0, 6, f"  Claim {c_paid}   {prac}   received {fmt_date(test_day + dt.timedelta(days=5), 'abbr')}",
           fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    rows = [[fmt_date(test_day, "abbr"), "92557", "Comprehensive hearing test", fmt_money(t1), fmt_money(a1),
             fmt_money(round(a1 - 30, 2)), fmt_money(30), "CP"],
            [fmt_date(test_day, "abbr"), "92567", "Tympanometry", fmt_money(t2), fmt_money(a2), fmt_money(a2),
             "$0.00", ""],
            ["*Claim total", "", "", fmt_money(t1 + t2), fmt_money(a1 + a2), fmt_money(round(a1 + a2 - 30, 2)),
             fmt_money(30), ""]]
    d.table(head, rows, wid, size=7.9, aligns="LLLRRRRL")
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(8.6, "B")
    d.cell(0, 6, f"  Claim {c_den}   {prac}   received {fmt_date(recv, 'abbr')}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    rows = [[fmt_date(f["dos"], "abbr"), "V5014", "Repair/modification, hearing aid", fmt_money(rep), "$0.00",
             "$0.00", fmt_money(rep), "HX2"],
            [fmt_date(f["dos"], "abbr"), "V5266", "Battery, per cell (x 24)", fmt_money(bat), "$0.00", "$0.00",
             fmt_money(bat), "HX1"],
            [fmt_date(f["dos"], "abbr"), "V5267", "Hearing aid supplies", fmt_money(sup), "$0.00", "$0.00",
             fmt_money(sup), "HX1"],
            ["*Claim total", "", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""]]
    d.table(head, rows, wid, size=7.9, aligns="LLLRRRRL")
    d.text_line("Notes", 10, "B", h=6)
    d.para("CP  Your specialist copay applies.", 8.4, gap=1)
    d.para("HX1  Hearing aid batteries and supplies are not covered. Your plan excludes batteries, cords, domes, "
           "wax guards and other disposable hearing aid supplies (Certificate of Coverage, Exclusions, item 41).",
           8.4, gap=1)
    d.para("HX2  Your plan pays up to $150.00 per hearing aid for repairs once every 36 months. We paid a repair "
           "for this hearing aid on a claim processed last year, so this repair is over the plan's repair "
           "benefit and is not covered.", 8.4, gap=2)
    d.text_line("If you disagree", 10, "B", h=6)
    d.para("You or someone you name may appeal within 180 days of the date of this statement. Write to Tamarack "
           "Shore Health Appeals, PO Box 7710, Otter Bay, OR 97365, or call the member line. If our final decision "
           "still denies the claim, you may ask for an external review within 4 months. Urgent appeals are "
           "answered within 72 hours.", 8.4)
    d.para(f"Rendering audiologist: {aud}, NPI {f['npi']}. Sample only: a typical battery pack of 6 cells "
           "retails for about $9.00.", 7.8)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_den], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prac, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": ["Renata V. Holloway"], "insurer": ["Tamarack Shore Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: MA supplemental letter + invoice
def doc_ma_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Silverbrook Senior Advantage"
    org = "Silverbrook Health Plans of Ohio, Inc."
    notice = f["dos"] + dt.timedelta(days=r.randint(14, 24))
    f["notice"] = notice
    d = Page(f"H{f['h']}_HRB26_C   Silverbrook Senior Advantage (HMO)", margins=(22, 16, 22))
    d.add_page()
    d.text_line("SILVERBROOK SENIOR ADVANTAGE (HMO)", 13, "B", h=7)
    d.text_line(f"{org}  -  3300 Lockbourne Road, Columbus, OH 43207", 8.6, h=4.5)
    d.text_line(f"Member Services {ph(r)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week from October 1 to March 31",
                8.6, h=4.5)
    d.ln(7)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Plan member:", f["member"]), ("Member number:", f["mid"]), ("Plan ID:", f["plan"]),
           ("Our reference:", f["ref"])], lw=36, size=9.6, h=5.2)
    d.ln(3)
    d.text_line("About your supplemental hearing benefit", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{f['prac']} asked us to pay for hearing aid batteries (V5266, {f['cells']} cells) and a hearing "
           f"aid repair (V5014) that you received on {fmt_date(f['dos'], 'long')}. The total charge was "
           f"{fmt_money(f['billed'])}.", 10)
    d.para("We cannot pay for these items. Hearing aids, their batteries and repairs are not covered by Original "
           "Medicare. Your plan adds a supplemental hearing benefit that pays for one routine hearing exam a year, "
           "one pair of hearing aids every three years and 60 battery cells a year, all through our hearing "
           "vendor network. Our records show your 60 cells for this year were already provided, and hearing aid "
           "repairs are not part of the supplemental benefit after the first year's manufacturer warranty "
           "(Evidence of Coverage, Chapter 4, Section 2.1, \"Hearing services\").", 10)
    d.text_line("If you disagree with this decision", 10.5, "B", h=6)
    d.para("You have the right to ask us to reconsider. Your request must reach us within 65 days of the date of "
           "this notice. Write to Silverbrook Appeals & Grievances, PO Box 22190, Columbus, OH 43222. If you "
           "think waiting could seriously harm your health you can ask for a fast decision, which we make within "
           "72 hours. This notice is about payment only; you already received the items.", 10)
    d.para("Silverbrook Health Plans is an HMO plan with a Medicare contract. Enrollment depends on contract "
           "renewal.", 8.2)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["prac"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": [org, "Silverbrook Health Plans of Ohio"], "plan_id": [None]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv_day = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    inv, acct = f"INV-{r.digits(5)}", f"A{r.digits(6)}"
    d = Page(None, margins=(15, 14, 15))
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(120, 8, f["prac"])
    d.set_font("DejaVu", "", 10)
    d.cell(0, 8, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"41 Marigold Commons, Suite 3, Zanesville, OH 43701  *  phone {ph(r)}  *  fax {ph(r)}", 8.4, h=4.5)
    d.text_line(f"Tax ID 31-{r.digits(7)}   Audiologist: {f['aud']}, NPI {f['npi']}", 8.4, h=4.5)
    d.rule(0.6, 4)
    d.boxes([("Invoice no.", inv, 34), ("Invoice date", iso(inv_day), 34), ("Account", acct, 30),
             ("Bill to", f["member"], 58), ("Terms", "Net 30", 24)])
    d.ln(4)
    rows = [[iso(f["dos"]), "V5014", "Repair, BTE hearing aid, right (receiver + housing)", "1",
             fmt_money(f["rep"], "nosign")],
            [iso(f["dos"]), "V5266", "Zinc-air battery, size 312, per cell", str(f["cells"]),
             fmt_money(f["bat"], "nosign")],
            ["*", "", "Charges", "", fmt_money(f["billed"], "nosign")],
            [iso(f["notice"]), "", "Silverbrook Senior Advantage - not covered (ref " + f["ref"] + ")", "",
             "0.00"],
            ["*", "", "Balance due from patient", "", fmt_money(f["billed"], "nosign")]]
    d.table(["Date", "Item", "Description", "Qty", "Amount"], rows, [26, 16, 104, 12, 26], size=8.6,
            aligns="LLLRR", border_head="TB")
    d.para("Your Medicare Advantage plan told us these items are not part of its supplemental benefit. You may "
           "pay the balance, or set up a payment plan of $25.00 a month with the front desk. Insurance questions: "
           "Silverbrook member ID " + f["mid"] + ".", 9)
    d.para(f"Patient date of birth {iso(f['dob'])}. Serial no. of the repaired aid: {r.digits(8)}.", 8.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(inv_day),
              provider=f["prac"], unscored=["insurer"],
              alternates={"case_numbers": [[f["ref"]], [inv]], "provider": ["Gideon T. Nakamura"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(9)}{r.letters(1)}", plan=f"H{r.digits(4)}-{r.digits(3)}", ref=f"SB-{r.digits(8)}",
             prac="Muskingum Valley Hearing Care", aud="Gideon T. Nakamura, AuD", cells=r.choice([24, 36, 48]))
    f["h"] = f["plan"][1:5]
    f["rep"] = float(r.randint(230, 380))
    f["bat"] = round(f["cells"] * r.choice([0.95, 1.1, 1.25]), 2)
    f["billed"] = f["rep"] + f["bat"]
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_ma_letter(r, f), doc_invoice(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: manufacturer warranty repair notice
def doc_warranty(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mfr = "Auralis Hearing Technologies"
    prac = "Lakeshore Hearing & Balance Clinic"
    rma, serial = f"RMA {r.digits(3)}-{r.digits(4)}", f"{r.letters(2)}{r.digits(7)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(3, 6))
    notice = f["dos"] + dt.timedelta(days=r.randint(1, 3))
    exp = dt.date(f["dos"].year + 1, r.randint(1, 12), r.randint(1, 28))
    d = Page("Auralis Hearing Technologies  -  Repair Center  -  Form AR-114", margins=(18, 16, 18))
    d.add_page()
    d.text_line("AURALIS", 20, "B", h=9)
    d.text_line("Hearing Technologies  -  Repair Center, 9 Innovation Loop, Eden Prairie, MN 55344", 8.6, h=4.6)
    d.ln(5)
    d.text_line("Warranty Repair Notice", 13, "B", h=7)
    d.text_line("This is not a bill and not an insurance decision.", 9, h=5)
    d.ln(3)
    d.boxes([("Return authorization", rma, 40), ("Device serial", serial, 36), ("Model", "Vireo 7 BTE-R", 34),
             ("Repair completed", f["dos"].strftime("%-d %B %Y"), 34), ("Notice date", notice.strftime("%-d %B %Y"), 32)])
    d.boxes([("Wearer", f["member"], 60), ("Sent in by", prac, 76), ("Warranty ends", exp.strftime("%-d %B %Y"), 40)])
    d.ln(5)
    d.para(f"We received this hearing aid from {prac} on {fmt_date(recv, 'long')}. Our technicians replaced the "
           "receiver, the microphone cover and the battery door, and tested the aid to specification.", 10)
    d.para("Because the aid is within its repair warranty, there is no charge to the wearer, the clinic or any "
           "insurance plan. Repair value covered by warranty: $0.00 billed. One more warranty repair is available "
           f"until the warranty ends on {fmt_date(exp, 'long')}. Loss and damage replacement (one per warranty "
           "period, $195.00 deductible) was not used.", 10)
    d.para("Batteries, domes and wax guards are consumables and are not covered by the warranty. Damage from "
           "moisture, pets or crushing is not a warranty repair; if we had found such damage we would have sent "
           "the clinic a quote before working on the aid.", 10)
    d.para("The repaired aid was shipped back to the clinic by tracked ground delivery. Questions: Auralis Repair "
           f"Center {ph(r)}, Monday to Friday.", 9.4)
    t = truth("other", None, member_name=f["member"], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prac, unscored=["insurer"],
              alternates={"case_numbers": [[rma.replace(" ", "")]], "service_dates": [[]], "provider": [mfr]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: prose letter, batteries excluded
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brackenridge Mutual Benefit Association"
    mid, grp = f"BMB{r.digits(8)}", f"{r.digits(5)}"
    claim = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    prac = "Harmony Ear & Hearing Center"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 10))
    billed = f"{r.randint(96, 180)}.00"
    old = f["dos"] - dt.timedelta(days=r.randint(200, 300))
    d = Page(None, margins=(26, 20, 26), serif=True)
    d.add_page()
    d.text_line("Brackenridge Mutual", 17, "B", align="C", h=8)
    d.text_line("Benefit Association  ·  Established 1911", 9, align="C", h=5)
    d.text_line(f"118 Gallatin Street  ·  Nashville, Tennessee 37203  ·  {ph(r)}", 8.6, align="C", h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We are writing about the claim that {prac} sent us on {fmt_date(recv, 'long')} for hearing aid "
           f"batteries and a cleaning kit you picked up on {fmt_date(f['dos'], 'long')}. The clinic charged "
           f"{fmt_money(billed)}. We have given this claim the number {claim}; please use it, with your member "
           f"number {mid} and your employer's group number {grp}, whenever you contact us.", 10.5)
    d.para("We are sorry, but we are not able to pay this claim. Your plan pays for one hearing aid per ear every "
           "four years, including the fitting. It does not pay for batteries, chargers, cleaning kits or other "
           "supplies used with a hearing aid. This is stated in your Plan Booklet, page 58, under \"What is not "
           "covered - hearing care\".", 10.5)
    d.para(f"You may remember that we paid for your hearing aids on {fmt_date(old, 'long')}; that claim is closed "
           "and is not affected by this letter.", 10.5)
    d.para("If you do not agree, you can ask us to look at this claim again. Please send your request in writing "
           "within 180 days of the date of this letter to the Member Appeals Office at the address above. Tell us "
           "why you disagree and include anything you would like us to consider. You may also ask, free of "
           "charge, for copies of every document we used to decide your claim. If you are still unhappy after "
           "our review, you may bring a civil action under section 502(a) of ERISA.", 10.5)
    d.para("With kind regards,\n\nMember Claims Services\nBrackenridge Mutual Benefit Association", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim.replace(" ", "")], claim_amount=billed,
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prac,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Brackenridge Mutual"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: upheld appeal, repair allowance (sidebar)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cinderford Health Cooperative"
    mid, grp = f"CHC-{r.digits(7)}", f"GR{r.digits(4)}"
    claim, appeal = f"{r.digits(12)}", f"AP{r.digits(2)}-{r.digits(5)}"
    prac = "Northgate Audiology Group"
    first_rep = f["dos"] - dt.timedelta(days=r.randint(60, 140))
    received = f["dos"] + dt.timedelta(days=r.randint(40, 60))
    notice = received + dt.timedelta(days=r.randint(15, 28))
    billed = float(r.randint(240, 390))
    d = Page("Cinderford Health Cooperative - Member Appeal Decision", margins=(70, 16, 16))
    d.add_page()
    sidebar(d, 10, 12, 54, [("Decision date", fmt_date(notice, "dmy")), ("Member", f["member"]),
                            ("Member ID", mid), ("Group", grp), ("Appeal no.", appeal), ("Claim no.", claim),
                            ("Date of service", fmt_date(f["dos"], "dmy")),
                            ("Amount billed", fmt_money(billed)), ("Appeal received", fmt_date(received, "dmy")),
                            ("Provider", prac)], h=250)
    d.set_xy(70, 14)
    d.text_line("Cinderford Health Cooperative", 15, "B", h=7)
    d.set_x(70)
    d.text_line(f"Grievance & Appeals  |  550 Wexford Way, Madison, WI 53703  |  {ph(r)}", 8.2, h=4.5)
    d.ln(8)
    for ln in [f["member"], *f["addr"]]:
        d.set_x(70)
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your appeal has been decided: DENIAL UPHELD", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: you asked us to reconsider our decision not to pay for the repair of "
           "your left hearing aid (V5014). A benefits specialist who did not take part in the first decision "
           "reviewed your appeal, the repair invoice and your plan documents.", 10)
    d.para(f"Your plan allows $200.00 per calendar year for hearing aid repairs. We paid a repair on "
           f"{fmt_date(first_rep, 'short')} that used the full allowance for this year. The repair shown at left "
           "is therefore over the repair allowance, and we uphold the denial. Your coverage document, Schedule of "
           "Benefits, \"Hearing aids and repairs\", sets this limit.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. If your plan is subject to ERISA, you may "
           "also file a civil action under section 502(a). You may ask for copies of your claim file at no "
           "cost.", 10)
    d.para("Sincerely,\nAppeals Coordinator, Cinderford Health Cooperative", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prac,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid repair EOB (nothing denied)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pelican Gulf Health Plan"
    mid, grp = f"{r.letters(3)}{r.digits(6)}", f"{r.digits(3)}{r.letters(2)}{r.digits(2)}"
    claim = f"PG{r.digits(10)}"
    prac = "Bayou Teche Hearing Services"
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    rep, sup = float(r.randint(150, 240)), float(r.randint(20, 36))
    billed = rep + sup
    allowed = round(rep * 0.8, 2)
    d = Page(None, margins=(40, 16, 40))
    d.add_page()
    d.text_line("PELICAN GULF HEALTH PLAN", 13, "B", align="C", h=7)
    d.text_line("Claim summary  -  not a bill", 9, align="C", h=5)
    d.ln(4)
    for lab, val in [("Summary issued", fmt_date(stmt, "iso")), ("For", f["member"]), ("ID number", mid),
                     ("Employer group", grp), ("Claim", claim), ("Seen by", prac)]:
        d.font(7.2, "B")
        d.cell(0, 3.6, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.font(10)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(2)
    d.rule(0.3, 2)
    for code, desc, amt, al, pd in [("V5014", "Hearing aid repair (right)", rep, allowed, allowed),
                                    ("V5267", "Supplies (wax guards)", sup, sup, sup)]:
        d.font(9.4, "B")
        d.cell(0, 5, f"{iso(f['dos'])}   {code}   {desc}", new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        d.cell(0, 4.8, f"   billed {fmt_money(amt)}   allowed {fmt_money(al)}   plan paid {fmt_money(pd)}   "
                       f"you owe $0.00", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.rule(0.3, 2)
    d.font(9.6, "B")
    d.cell(0, 5.5, f"Total billed {fmt_money(billed)}    Plan paid {fmt_money(allowed + sup)}    You owe $0.00",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("This repair is within your yearly hearing aid repair allowance ($300.00). Allowance used so far this "
           f"year: {fmt_money(allowed)}. Nothing on this claim was denied.", 9)
    d.para("Questions or concerns? Call us. If you think we made a mistake you can ask for a review within 180 "
           "days after you receive this summary.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prac, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid managed care notice, battery quantity
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Red Mesa Community Care"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    req = f"PA{r.digits(9)}"
    prac = "Sun Corridor Audiology"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    recv = notice - dt.timedelta(days=r.randint(3, 9))
    d = Page("RMCC-ABD-07 (rev. 01/2026)   Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(20, 20, 20)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  RED MESA COMMUNITY CARE  -  a Medicaid health plan", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"PO Box 3301, Tucson, AZ 85702   Member Services {ph(r)}   TTY 711", 8.4, h=5)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Date of this notice", fmt_date(notice, "mdy_nopad"), 38), ("Member", f["member"], 56),
             ("Medicaid ID", mid, 36), ("Request number", req, 48)])
    d.boxes([("Requested by", prac, 62), ("Service", "V5266 batteries, 80 cells", 56),
             ("Planned date", fmt_date(f["dos"], "mdy_nopad"), 30), ("Received", fmt_date(recv, "mdy_nopad"), 30)])
    d.ln(5)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para(f"We denied the request from {prac} for 80 hearing aid battery cells. Red Mesa covers up to 40 cells "
           "every 90 days for a member with two hearing aids. You received 40 cells less than 90 days ago, so "
           "this request is over the benefit limit. Rule: Arizona Administrative Code R9-22-215 and the Red Mesa "
           "Member Handbook, \"Hearing aids and supplies\".", 9.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You can appeal to Red Mesa within 60 days of the date of this notice. Call Member Services or write "
           "to Red Mesa Appeals, PO Box 3305, Tucson, AZ 85702. If waiting 30 days could seriously harm your "
           "health, ask for an expedited appeal; we decide those within 72 hours.", 9.6)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("If we uphold this decision, you may ask for a State fair hearing within 120 days of our appeal "
           "decision. You may represent yourself or be helped by a lawyer, a relative, a friend or another "
           "spokesperson.", 9.6)
    d.text_line("Continuing your services", 10.5, "B", h=6)
    d.para("This is a new request, so there are no ongoing services to continue. If it were a reduction of "
           "services you already receive, you would need to appeal within 10 days to keep them.", 9.6)
    d.para("You may ask for free copies of all documents and criteria used to make this decision.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prac,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob_two_claims, "two_claim_eob", "born_digital"),
              (2, doc_warranty, "warranty_notice", "photocopy"),
              (3, doc_prose_letter, "battery_letter", "phone_photo"),
              (4, doc_appeal, "repair_appeal", "rotated"),
              (5, doc_paid_eob, "paid_repair_eob", "scan_lowres_150"),
              (6, doc_medicaid, "medicaid_abd", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
