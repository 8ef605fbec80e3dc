"""Family 'msn_part_b_multi_claim_three_page': a three-page Medicare Summary Notice for Part B (Medical Insurance)
holding the claims of several providers from one quarter, one of which (a whole claim or one line of it) is denied,
or none (a fully approved notice).

Modelled on the public MSN for Part B: page 1 with the beneficiary's name and address, the "Notice for" block
(Medicare Number masked as XXXX-XXX-…, Date of This Notice, Claims Processed Between), "Your Deductible Status",
the boxed "Your Claims & Costs This Period" (Did Medicare Approve All Services? / Number of Services Medicare Denied /
Total You May Be Billed), "Your Providers & Claims at a Glance" and "Be Informed!"; page 2 "Your Claims for Part B"
with one block per claim (date, Claim Number, provider with address and phone, "Referred by") over the service-line
table (Service Provided & Billing Code, Service Approved?, Amount Provider Charged, Medicare-Approved Amount, Amount
Medicare Paid, Maximum You May Be Billed, See Notes Below) and "Notes for Claims Above" (lettered); page 3
"How to Handle Denials or File an Appeal" with the appeal date. Wording ours, values invented (kit_roundac_famca).
Three label sets (the current wording, an older reprint's, a third), decoy claims, decoy dates (processing period,
deductible year, Be Informed! sentences with enrollment dates), a duplicate note citing an earlier claim number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundac_famca import address, days, fdate, iso, m2, mbi, mixed, money, person, usd

FAMILY = "msn_part_b_multi_claim_three_page"
LANG = "en"
PROVIDERS = ["Cwmbran Family Medicine", "Glasfryn Imaging Center", "Tregaron Orthopedic Group",
             "Pendine Clinical Laboratory", "Aberdaron Dermatology Clinic", "Wadebridge Physical Therapy"]
REFERRERS = ["Brynjolf Mevagissey, MD", "Gunnlaug Bodmin, DO", "Torfi Ribadavia, MD"]
SERVICES = {
    "Cwmbran Family Medicine": [("Office/outpatient visit, est (99214)", 190, 260),
                                ("Electrocardiogram, complete (93000)", 55, 95), ("Collection of blood (36415)", 12, 20)],
    "Glasfryn Imaging Center": [("MRI lumbar spine w/o dye (72148)", 1150, 1900), ("Chest x-ray, 2 views (71046)", 85, 140),
                                ("Bone density study, DXA (77080)", 160, 240)],
    "Tregaron Orthopedic Group": [("Injection, major joint (20610)", 190, 320), ("Methylprednisolone 40 mg (J1030)", 18, 35),
                                  ("Office/outpatient visit, est (99213)", 130, 185)],
    "Pendine Clinical Laboratory": [("Comprehensive metabolic panel (80053)", 38, 70), ("Complete blood count (85025)", 22, 40),
                                    ("Hemoglobin A1c (83036)", 28, 52)],
    "Aberdaron Dermatology Clinic": [("Skin biopsy, tangential (11102)", 210, 330), ("Pathology, tissue exam (88305)", 95, 160),
                                     ("Destruction of lesions (17000)", 140, 210)],
    "Wadebridge Physical Therapy": [("Therapeutic exercise, 15 min (97110)", 95, 150)],
}
LABELS = [
    dict(title="Medicare Summary Notice for Part B (Medical Insurance)", mid="Medicare Number",
         date="Date of This Notice", period="Claims Processed Between", approve="Did Medicare Approve All Services?",
         ndeny="Number of Services Medicare Denied", total="Total You May Be Billed", claim="Claim Number",
         cols=["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
               "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes Below"],
         ctotal="Total for this claim", appeal="Your appeal must be filed by {d}.",
         glance=["Provider", "Date of Service", "Page", "All Approved?", "You May Be Billed"]),
    dict(title="MEDICARE SUMMARY NOTICE - PART B (Medical Insurance)", mid="Medicare Card Number",
         date="Notice Date", period="Claims processed from", approve="Were all services approved?",
         ndeny="Services denied", total="Most you may be billed", claim="Claim No.",
         cols=["Service & Code", "Approved?", "Charged", "Medicare Approved", "Medicare Paid", "You May Be Billed",
               "Notes"],
         ctotal="Claim total", appeal="Appeals must be received by {d}.",
         glance=["Provider name", "Service date", "See page", "Approved?", "Most you owe"]),
    dict(title="Your Medicare Summary Notice: Part B Medical Insurance", mid="Medicare Beneficiary Identifier (MBI)",
         date="Date issued", period="For claims processed", approve="All services approved?",
         ndeny="Denied services", total="Amount you may owe", claim="Claim #",
         cols=["Services and codes", "Approved", "Provider charged", "Approved amount", "Medicare paid", "You may owe",
               "Note"],
         ctotal="Claim total charged", appeal="File your appeal no later than {d}.",
         glance=["Provider", "Date(s)", "Page", "Approved", "You may owe"]),
]
NOTES = {
    "mednec_kw": ("Medicare won't cover this service because it is not medically necessary: it is not considered "
                  "reasonable and necessary for the diagnosis your provider reported.", "medical_necessity"),
    "freq_plain": ("Medicare pays for this test only once every 24 months. Our records show you had the same test "
                   "less than 24 months ago, so Medicare did not pay for it this time.", "not_covered"),
    "timely_kw": ("This claim was denied because it was not filed on time. Claims must be filed within 12 months "
                  "(1 calendar year) of the date you got the service.", "timely_filing"),
    "dup_plain": ("This is the same service, on the same day, by the same provider as claim {prev}, which we "
                  "already processed. Medicare does not pay for the same service twice.", "other"),
    "coding_kw": ("The procedure code is inconsistent with the modifier used, or a required modifier is missing "
                  "(billing error). Your provider may send a corrected claim.", "coding_error"),
    "mednec_plain": ("The information your provider sent does not show that you needed this many therapy visits "
                     "for your condition, so Medicare won't pay for the visits on these dates.", "medical_necessity"),
}
GOOD_NOTES = ["The amount Medicare paid the provider for this claim is 80% of the Medicare-approved amount.",
              "This amount was applied to your Part B deductible.",
              "You can't be billed more than the Medicare-approved amount because this provider accepts assignment."]


def _claim(r: random.Random, prov: str, dos: dt.date, bad: str | None) -> dict:
    opts = SERVICES[prov]
    lines = []
    if bad == "freq_plain":
        lines.append(dict(desc="Bone density study, DXA (77080)", ch=money(r, 160, 240), d=dos, ok=True))
    elif prov == "Wadebridge Physical Therapy":
        d = dos
        for k in range(4):
            lines.append(dict(desc=opts[0][0], ch=money(r, opts[0][1], opts[0][2]), d=d, ok=True))
            d = days(d, r.choice([3, 4, 7]))
    else:
        for desc, lo, hi in r.sample(opts, r.randint(2, 3)):
            lines.append(dict(desc=desc, ch=money(r, lo, hi), d=dos, ok=True))
    if bad == "mednec_plain":
        for ln in lines[2:]:
            ln["ok"] = False
    elif bad in ("coding_kw", "freq_plain", "mednec_kw"):
        lines[0]["ok"] = False
    elif bad:
        for ln in lines:
            ln["ok"] = False
    for ln in lines:
        if ln["ok"]:
            ln["app"] = round(ln["ch"] * r.uniform(0.42, 0.66), 2)
            ln["paid"] = round(ln["app"] * 0.8, 2)
            ln["you"] = round(ln["app"] - ln["paid"], 2)
        else:
            ln["app"] = ln["paid"] = 0.0
            ln["you"] = ln["ch"] if bad in ("mednec_kw", "freq_plain") else 0.0
    return dict(prov=prov, no=mixed(r, "99-9999-999-999") if r.random() < 0.5 else mixed(r, "99999-99999-99999"),
                dos=dos, lines=lines, bad=bad, total=round(sum(x["ch"] for x in lines), 2),
                ref=r.choice(REFERRERS), street=f"{r.randint(100, 990)} {r.choice(['Main St', 'Front Ave', 'Hill Rd'])}",
                ph=f"(406) 555-{r.randint(2000, 2999)}")


def _lines_table(d: Doc, head: list[str], rows: list[list[str]], widths: list[float], aligns: str) -> None:
    """The MSN's service-line table: wrapped column heads in a shaded band, then the lines."""
    x0, y0 = d.l_margin, d.get_y()
    d.set_fill_color(242, 242, 242)
    d.rect(x0, y0, sum(widths), 8.2, style="F")
    x = x0
    d.font(6.8, "B")
    for h, w in zip(head, widths):
        d.set_xy(x, y0 + 0.4)
        d.multi_cell(w - 1, 3.5, h, align="L")
        x += w
    d.set_xy(x0, y0 + 8.8)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(7.6, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, 4.2, c[1:] if (i == 0 and bold) else c, align=a)
        d.ln(4.4)
    d.ln(2)


def _letterhead(d: Doc, lab: dict, head: int) -> None:
    if head == 0:
        d.font(17, "B")
        d.multi_cell(120, 7.5, lab["title"], new_x="LMARGIN", new_y="NEXT")
        d.font(8.5, "I")
        d.cell(0, 4.5, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               new_x="LMARGIN", new_y="NEXT")
        d.rule(0.8, 3)
    elif head == 1:
        d.font(9)
        d.cell(0, 4.5, "CENTERS FOR MEDICARE & MEDICAID SERVICES", new_x="LMARGIN", new_y="NEXT")
        d.font(24, "B")
        d.cell(0, 10, "MEDICARE", new_x="LMARGIN", new_y="NEXT")
        d.rule(1.2, 1)
        d.font(12, "B")
        d.cell(0, 6, lab["title"], new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    else:
        d.font(13, "B")
        d.cell(0, 6.5, lab["title"], new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 4.2, "Medicare Part B Claims Processing - PO Box 4417, Gackle, ND 58442", new_x="LMARGIN",
               new_y="NEXT")
        d.rule(0.4, 3)


def build(f: dict) -> bytes:
    lab = LABELS[f["labels"]]
    ds, cs, ms = f["ds"], f["cs"], f["ms"]
    d = Doc("Helvetica", footer=f"{f['name'].upper()}   THIS IS NOT A BILL   Page {{p}} of {{n}}", margins=(15, 12, 15))
    d.add_page()
    _letterhead(d, lab, f["head"])
    y0 = d.get_y()
    d.font(10)
    for line in (f["name"].upper(), f["street"].upper(), f["city"].upper()):
        d.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(112, y0)
    d.set_fill_color(235, 235, 235)
    d.font(10.5, "B")
    d.cell(0, 6, f"Notice for {f['name']}", fill=True, new_x="LEFT", new_y="NEXT")
    d.font(9.5)
    for k, v in ((lab["mid"], f["mid_print"]), (lab["date"], fdate(f["notice"], ds)),
                 (lab["period"], f"{fdate(f['p0'], 'abbr')} - {fdate(f['p1'], 'abbr')}")):
        d.set_x(112)
        d.cell(48, 5, k + ":")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_x(112)
    d.font(8.5)
    d.multi_cell(0, 4.2, "Customer Service Information: call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your Deductible Status", 11, "B", h=6)
    d.para(f"Your deductible is what you must pay each year for most health services before Medicare begins to "
           f"pay. You have now met {usd(f['ded'], ms)} of your {usd(257.0, ms)} Part B deductible for "
           f"{f['notice'].year}.", 9.5, gap=2)
    denied = [ln for c in f["claims"] for ln in c["lines"] if not ln["ok"]]
    you = round(sum(ln["you"] for c in f["claims"] for ln in c["lines"]), 2)
    d.set_line_width(0.6)
    y = d.get_y()
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 27)
    d.set_line_width(0.2)
    d.set_xy(d.l_margin + 3, y + 2)
    d.font(11.5, "B")
    d.cell(0, 6, "Your Claims & Costs This Period", new_x="LMARGIN", new_y="NEXT")
    for k, v in ((lab["approve"], "NO" if denied else "YES"), (lab["ndeny"], str(len(denied))),
                 (lab["total"], usd(you, ms))):
        d.set_x(d.l_margin + 3)
        d.font(9.5)
        d.cell(95, 5.2, k)
        d.font(10, "B")
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 3)
    d.font(8.5)
    d.cell(0, 4.5, "See the claims marked \"NO\" on page 2 and the Notes for Claims Above." if denied else
           "Medicare approved every service on this notice.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 30)
    d.text_line("Your Providers & Claims at a Glance", 11, "B", h=6)
    rows = [[c["prov"], fdate(c["dos"], cs), "2", "NO" if any(not x["ok"] for x in c["lines"]) else "YES",
             usd(round(sum(x["you"] for x in c["lines"]), 2), ms)] for c in f["claims"]]
    d.table(lab["glance"], rows, [70, 30, 14, 30, 36], size=8.8, aligns="LLCCR")
    d.set_fill_color(240, 240, 240)
    d.font(10.5, "B")
    d.cell(0, 6, "Be Informed!", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para(f"Medicare Open Enrollment runs from October 15 to December 7. Changes you make start January 1, "
           f"{f['notice'].year + 1}. Get your flu shot: Medicare covers one flu shot each flu season at no cost to "
           f"you. Your next \"Welcome to Medicare\" preventive visit reminder was mailed "
           f"{fdate(f['decoy'], ds)}.", 8.8, gap=1)

    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12.5, "B", h=7)
    d.para("Part B Medical Insurance helps pay for doctors' services, diagnostic tests, ambulance services, and "
           "other health care services.", 8.5, gap=1)
    notes, letter = {}, iter("ABCDEFGH")
    good = next(letter)
    notes[good] = GOOD_NOTES[f["good_note"]]
    for c in f["claims"]:
        if c["bad"]:
            bl = next(letter)
            notes[bl] = NOTES[c["bad"]][0].format(prev=f.get("prev", ""))
        d.set_fill_color(228, 228, 228)
        d.font(9.5, "B")
        d.cell(0, 5.5, f"{fdate(c['dos'], cs)}     {lab['claim']} {c['no']}", fill=True, new_x="LMARGIN",
               new_y="NEXT")
        d.font(8.5)
        d.cell(0, 4.2, f"{c['prov']}, {c['ph']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.2, f"{c['street']}, {f['pcity']}     Referred by: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for ln in c["lines"]:
            desc = ln["desc"] if len(c["lines"]) == 1 or len({x["d"] for x in c["lines"]}) == 1 else \
                f"{fdate(ln['d'], 'short')} {ln['desc']}"
            rows.append([desc, "Yes" if ln["ok"] else "NO", usd(ln["ch"], ms), usd(ln["app"], ms),
                         usd(ln["paid"], ms), usd(ln["you"], ms), good if ln["ok"] else bl])
        rows.append(["*" + lab["ctotal"], "", usd(c["total"], ms),
                     usd(round(sum(x["app"] for x in c["lines"]), 2), ms),
                     usd(round(sum(x["paid"] for x in c["lines"]), 2), ms),
                     usd(round(sum(x["you"] for x in c["lines"]), 2), ms), ""])
        _lines_table(d, lab["cols"], rows, [66, 17, 21, 21, 19, 21, 15], "LCRRRRC")
    d.text_line("Notes for Claims Above", 10.5, "B", h=6)
    for k, v in notes.items():
        d.para(f"{k}  {v}", 8.5, gap=0.8)

    d.add_page()
    d.text_line("How to Handle Denials or File an Appeal", 13, "B", h=7)
    d.para("If you disagree with a coverage or payment decision made on any of your services, you may appeal the "
           "decision.", 9.5, gap=1.5)
    ask = (lab["appeal"].format(d=fdate(f["deadline"], ds)) if f["dl"] == "date" else
           "You must file your appeal within 120 days of the date of this notice.")
    d.font(11, "B")
    d.multi_cell(0, 6.5, ask, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for s in ("1. Circle the service(s) or claim(s) you disagree with on this notice.",
              "2. Explain in writing why you disagree with the decision, or use the Medicare Redetermination "
              "Request Form (CMS-20027).",
              "3. Include your full name and Medicare Number, sign this page and keep a copy for your records.",
              "4. Send this notice, or a copy, to: Medicare Part B Redeterminations, PO Box 4418, Gackle, ND 58442.",
              "5. Send any other information you have about your appeal. Ask your doctor or provider for any "
              "information that may help you."):
        d.para(s, 9.2, gap=0.8)
    d.ln(2)
    d.text_line("If you want help with your appeal", 10.5, "B", h=6)
    d.para("You can have a friend, lawyer or someone else help you. Your State Health Insurance Assistance Program "
           "(SHIP) gives free counseling. If you need a faster decision because waiting could seriously harm your "
           "health, say so in your request.", 9, gap=1.5)
    d.text_line("Get help & more information", 10.5, "B", h=6)
    d.para("Call 1-800-MEDICARE (1-800-633-4227). Report fraud: 1-800-HHS-TIPS. You have the right to get Medicare "
           "information in an accessible format. Form CMS-10114 page 3. Printed "
           f"{fdate(days(f['notice'], -2), 'slash')}.", 8.5, gap=1)
    d.ln(3)
    d.font(9)
    d.cell(0, 6, "Name ______________________________   Telephone ________________   Signature ________________",
           new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, bad: str | None, n: int, labels: int, head: int, ds: str, cs: str, ms: str,
          masked: bool, dl: str) -> dict:
    notice = dt.date(2026, r.randint(3, 10), r.randint(1, 27))
    pool = [p for p in PROVIDERS if p not in ("Wadebridge Physical Therapy", "Glasfryn Imaging Center")]
    provs = r.sample(pool + ["Glasfryn Imaging Center"] if bad != "freq_plain" else pool, n)
    target = r.randrange(n) if bad else -1
    if bad == "mednec_plain":
        provs[target] = "Wadebridge Physical Therapy"
    if bad == "freq_plain":
        provs[target] = "Glasfryn Imaging Center"
    claims = []
    for i, p in enumerate(provs):
        dos = days(notice, -r.randint(25, 85))
        if bad == "timely_kw" and i == target:
            dos = days(notice, -r.randint(390, 440))
        claims.append(_claim(r, p, dos, bad if i == target else None))
    dates = sorted(c["dos"] for c in claims)
    street, city = address(r)
    mid = mbi(r)
    f = dict(notice=notice, claims=claims, target=claims[target] if bad else None, labels=labels, head=head, ds=ds,
             cs=cs, ms=ms, dl=dl, name=person(r), street=street, city=city,
             mid=mid, mid_print=("XXXX-XXX-" + mid[-4:]) if masked else mid, masked=masked,
             p0=days(dates[0], r.randint(2, 10)), p1=days(notice, -r.randint(2, 6)), ded=money(r, 60, 257),
             deadline=days(notice, 120), decoy=days(notice, -r.randint(200, 300)), good_note=r.randrange(3),
             pcity=r.choice(["Harlowton, MT 59036", "Winnett, MT 59087", "Kadoka, SD 57543"]),
             prev=mixed(r, "99-9999-999-999"))
    if bad == "timely_kw":
        f["p0"] = days(notice, -80)
    return f


def make_truth(f: dict) -> dict:
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"]}
    if f["masked"]:
        alts["member_id"] = [f["mid_print"]]
    c = f["target"]
    common = dict(insurer="Medicare", member_id=None if f["masked"] else f["mid"], member_name=f["name"],
                  denial_date=iso(f["notice"]), appeal_deadline=iso(f["deadline"]))
    if c is None:
        alts["appeal_deadline"] = [None]
        return truth("eob", None, case_numbers=[x["no"] for x in f["claims"]],
                     service_dates=sorted({iso(x["dos"]) for x in f["claims"]}), alternates=alts,
                     unscored=["claim_amount", "provider"], **common)
    bad = c["bad"]
    den = [ln for ln in c["lines"] if not ln["ok"]]
    sd = sorted({iso(ln["d"]) for ln in den})
    if len(sd) > 1:
        alts["service_dates"] = [[iso(den[0]["d"], den[-1]["d"])]]
    if len(den) < len(c["lines"]):
        alts["claim_amount"] = [m2(sum(ln["ch"] for ln in den))]
    dalts = {"not_covered": ["other"], "other": ["not_covered"]}.get(NOTES[bad][1])
    return truth("eob", NOTES[bad][1], case_numbers=[c["no"]], claim_amount=m2(c["total"]), service_dates=sd,
                 provider=c["prov"], alternates=alts, denial_alternates=dalts, type_alternates=["denial_letter"],
                 **common)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(113500)
    plan = [  # stem, condition, bad, claims, labels, head, ds, cs, ms, masked, dl
        ("bd_mednec_kw", "born_digital", "mednec_kw", 3, 0, 0, "long", "abbr", "plain", True, "date"),
        ("bd_all_approved", "born_digital", None, 3, 1, 1, "long", "slash", "plain", False, "date"),
        ("scan300_freq_plain", "scan_clean_300", "freq_plain", 3, 2, 2, "abbr", "abbr", "plain", True, "date"),
        ("lowres_timely_kw", "scan_lowres_150", "timely_kw", 3, 0, 1, "slash", "slash", "plain", False, "date"),
        ("rotated_dup_plain", "rotated", "dup_plain", 4, 1, 0, "dmy", "abbr", "space", True, "date"),
        ("copy_coding_kw", "photocopy", "coding_kw", 3, 2, 1, "upper", "upper", "nosign", True, "days"),
        ("faxstd_pt_mednec_plain", "fax_standard_g4", "mednec_plain", 3, 0, 2, "long", "abbr", "plain", True,
         "date"),
    ]
    items = []
    for stem, cond, bad, n, labels, head, ds, cs, ms, masked, dl in plan:
        f = facts(r, bad, n, labels, head, ds, cs, ms, masked, dl)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(build(f), make_truth(f))]))
    return items
