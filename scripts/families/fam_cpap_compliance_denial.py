"""Family 'cpap_compliance_denial': an invented Medicare Advantage plan's letters to members and to DME suppliers
ending CPAP rental payments when the first 90 days did not show usage compliance.

Issuer: Fallowmere Health Plan ("FALLOWMERE" over "Health Plan", or the full name under a parent line "SILVERLOCH
HEALTH PARTNERS"), product Fallowmere Medicare Advantage Plus (HMO), contract-plan number on every letter. Rule: 4 or
more hours a night on at least 70% of nights in a 30-day window inside the first 90 days. Letters deny the next rental
month(s) (as date spans) for no compliance (member letters, supplier letters, one in prose with spans in sentences),
a claim without the KX modifier (coding), a rental month billed without the plan's continued-rental authorization; a
fine fax stack of a cover sheet, an approval that compliance was met, and a supplier letter denying a replacement mask
inside its replacement interval. Decoys: the compliance-data table (nights, percentages, average hours, AHI, window
dates), the setup date, the first three rental months, the ordering physician, NPI, PTAN-like supplier numbers, the
download date, form and document numbers, an example amount in the insert.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp1 import (address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone,
                              usd)

FAMILY = "cpap_compliance_denial"
LANG = "en"
INS = "Fallowmere Health Plan"
PRODUCT = "Fallowmere Medicare Advantage Plus (HMO)"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Brightwater Home Respiratory, LLC", "Kettleby Medical Supply Co.", "Ashdown Sleep Equipment, Inc."]
PHYSICIANS = ["Dr. Marguerite Oyelaran, MD", "Dr. Thelonius Brackwater, DO", "Dr. Saoirse Pendlebury, MD"]
KINDS = {"member": ("medical_necessity", []), "supplier": ("medical_necessity", []),
         "prose": ("medical_necessity", []), "kx": ("coding_error", ["medical_necessity", "other"]),
         "noauth": ("prior_authorization", []), "approve": (None, []), "mask": ("not_covered", ["other"])}
LABELS = [dict(member="Member", mid="Member ID", claim="Claim number", sup="Supplier", doc="Ordering physician"),
          dict(member="Beneficiary", mid="ID no.", claim="Claim #", sup="DME supplier", doc="Ordered by"),
          dict(member="Enrollee", mid="Member #", claim="Claim reference", sup="Billing supplier",
               doc="Prescribing physician")]


class Letter(Doc):
    def __init__(self, foot: str, font: str = "DejaVu"):
        super().__init__(font, footer=foot, margins=(19, 15, 19))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["split"]:
        d.set_font(d.base_font, "B", 19)
        d.cell(110, 8, "FALLOWMERE", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "", 10.5)
        d.cell(110, 5, "Health Plan", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(d.base_font, "", 7.5)
        d.cell(110, 4, "SILVERLOCH HEALTH PARTNERS", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "B", 14)
        d.cell(110, 8, INS, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(124, y0)
    d.set_font(d.base_font, "", 7.6)
    d.multi_cell(0, 3.8, f"Durable Medical Equipment Review\nPO Box 31877, Lincoln, NE 68542\nMember services {f['ph']}"
                 f"\nProvider fax {f['fax']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 4)


def block(d: Letter, f: dict) -> None:
    lb = f["lb"]
    rows = [(lb["member"], f["pat"]), (lb["mid"], f["mid"]), ("Plan", f"{PRODUCT}  {f['contract']}")]
    if f["kind"] != "approve":
        rows += [(lb["claim"], f["claim"])]
    rows += [("Reference no.", f["ref"]), (lb["sup"], f["sup"]), ("Supplier no.", f["supno"]),
             (lb["doc"], f["doc"]), ("Physician NPI", f["npi"]), ("Device set up", f["fd"](f["setup"]))]
    if f["kind"] != "approve":
        rows += [("Amount billed", usd(f["total"], f["ms"]))]
    for k, v in rows:
        d.set_font(d.base_font, "B", 8.6)
        d.cell(44, 4.8, k + ":")
        d.set_font(d.base_font, "", 8.6)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def compliance_table(d: Letter, f: dict) -> None:
    fd = f["fd"]
    rows = []
    for i, w in enumerate(f["windows"]):
        rows.append([f"Days {i * 30 + 1}-{i * 30 + 30}", f"{fd(w['start'])} - {fd(w['end'])}", str(w["used"]),
                     f"{w['pct']}%", f"{w['avg']:.1f}", f"{w['ahi']:.1f}"])
    d.text_line(f"Usage data downloaded {fd(f['download'])}", 9, "B", h=5)
    d.table(["Window", "Dates", "Nights >= 4 h", "% of nights", "Avg hours", "AHI"], rows,
            [26, 60, 26, 24, 22, 16], size=8, aligns="LLRRRR")


def reason(f: dict) -> str:
    fd, m = f["fd"], f["months"]
    first = f"from {fd(m[0][0])} through {fd(m[-1][1])}"
    return {
        "member": "Medicare rules that your plan follows pay for a CPAP after the first three months only if the "
                  "device was used at least 4 hours a night on 70% of nights (21 of 30) in a 30-day period within "
                  "the first 90 days. The data from your machine, shown above, does not meet that in any 30-day "
                  f"period. The plan will not pay the rental {first}. Your doctor may re-test you and start a new "
                  "trial.",
        "supplier": "Continued coverage of E0601 after the third rental month needs documented adherence (4 hours or "
                    "more per night on 70% of nights in a consecutive 30-day period in the first three months) and a "
                    "face-to-face re-evaluation. The download submitted does not show adherence. Rental months "
                    f"{first} are denied as not reasonable and necessary.",
        "prose": f"We looked at the use of your sleep apnea machine since it was set up on {fd(f['setup'])}. In the "
                 f"best 30-day stretch it was used 4 hours or more on only {max(w['used'] for w in f['windows'])} nights. The plan "
                 "needs at least 21 of 30 nights. Because the use was too low, the plan does not find it medically "
                 f"necessary to keep paying for the rental. We will not pay for the month {first}.",
        "kx": f"Rental months after the third must be billed with the KX modifier, which the supplier adds to show "
              f"that the adherence rule was met. This claim for the rental {first} was billed as E0601 RR without KX. "
              "The claim was coded incorrectly and is denied; it can be corrected and sent again if the records "
              "support it.",
        "noauth": f"The plan approved the first three rental months only. Continued rental from month four needs a "
                  f"new authorization, with the usage download, before it is billed. No continued-rental "
                  f"authorization was requested, so the rental {first} was not authorized and is denied.",
        "approve": "The usage data meets the rule (4 hours or more on at least 70% of nights in a 30-day period "
                   f"in the first 90 days). The plan approves continued rental {first}. Nothing is denied.",
        "mask": f"A full face mask (A7030) is covered once every 3 months. The last one was supplied on "
                f"{fd(f['lastmask'])}, so the mask supplied on {fd(f['masks'])} is within the replacement interval. "
                "This item is not covered this often under your benefits.",
    }[f["kind"]]


def build_letter(f: dict) -> bytes:
    d = Letter(f"Y0187_DME{f['form']}_M  Doc {f['docno']}  Page {{p}} of {{n}}", f["font"])
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{f['datelabel']}: {f['fd'](f['notice'])}", 9.5)
    d.ln(2)
    to = [f["sup"], "Attn: Billing"] if f["to_sup"] else [f["pat"], *f["addr"]]
    for ln in to:
        d.text_line(ln, 9.3, h=4.5)
    d.ln(3)
    d.text_line(f["title"], 12, "B", h=7)
    d.ln(1)
    block(d, f)
    if f["kind"] == "mask":
        d.table(["Date", "Code", "Item", "Billed"], [[f["fd"](f["masks"]), "A7030", "Full face mask", m2(f["total"])]],
                [40, 20, 80, 30], size=8.2, aligns="LLLR")
    elif f["kind"] not in ("prose", "approve"):
        rows = [[f"{f['fd'](a)} - {f['fd'](b)}", "E0601 RR" + (" KX" if f["kind"] not in ("kx",) else ""),
                 f"Rental month {4 + i}", m2(x)] for i, ((a, b), x) in enumerate(zip(f["months"], f["bills"]))]
        d.table(["Rental period", "Code", "Item", "Billed"], rows, [60, 28, 56, 26], size=8.2, aligns="LLLR")
    if f["kind"] not in ("kx", "noauth", "mask"):
        compliance_table(d, f)
    d.text_line("What we decided and why", 10.5, "B", h=6)
    d.para(reason(f), 9.1)
    if f["kind"] != "approve":
        appeal(d, f)
    d.para(f"Insert: for example, a monthly rental billed at $98.75 is paid at the plan rate. Printed "
           f"{f['fd'](days(f['notice'], -1))}.", 7.8)
    return pdf_bytes(d)


def appeal(d: Letter, f: dict) -> None:
    fd, n = f["fd"], f["n"]
    when = {"within": f"within {n} days of the date of this notice",
            "by": f"no later than {fd(days(f['notice'], n))}",
            "receive": f"within {n} days from the date you receive this notice"}[f["dl"]]
    d.text_line("Appeal rights", 10.5, "B", h=6)
    d.para(f"You may ask the plan to reconsider {when}. Send a written request to {INS}, Appeals and Grievances, "
           f"PO Box 31878, Lincoln, NE 68542, or fax {f['fax']}. A fast decision (72 hours) is available for "
           "pre-service requests when waiting could harm your health.", 8.8)


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: int, font: str, split: bool, title: str,
          datelabel: str, ms: str = "plain", to_sup: bool = False, nmonths: int = 1) -> dict:
    notice = dt.date(2026, 2, 12) + dt.timedelta(days=r.randint(0, 180))
    setup = days(notice, -r.randint(100, 115))
    m4 = days(setup, 90)
    months = [(days(m4, 30 * i), days(m4, 30 * i + 29)) for i in range(nmonths)]
    good = kind == "approve"
    windows = []
    for i in range(3):
        used = r.randint(22, 27) if good else r.randint(9, 19)
        windows.append(dict(start=days(setup, 30 * i), end=days(setup, 30 * i + 29), used=used,
                            pct=round(used * 100 / 30), avg=r.uniform(4.2, 6.5) if good else r.uniform(2.1, 3.8),
                            ahi=r.uniform(1.5, 6.0)))
    f = dict(kind=kind, dl=dl, lb=LABELS[lab], font=font, split=split, title=title, datelabel=datelabel, ms=ms,
             to_sup=to_sup, fd=lambda x: fdate(x, ds), notice=notice, setup=setup, months=months, windows=windows,
             download=days(notice, -r.randint(3, 10)), pat=person(r), addr=address(r),
             mid=mixed(r, r.choice(["FHP9999999A", "A99A99999", "99999A999"])),
             contract=mixed(r, "H9999-099"), claim=mixed(r, r.choice(["A999999999999", "26-999A9999"])),
             ref=mixed(r, r.choice(["DME-99A999", "RA9999999"])), sup=r.choice(SUPPLIERS), supno=digits(r, 10),
             doc=r.choice(PHYSICIANS), npi=npi(r), ph=phone(r), fax=local_phone(r), form=str(r.randint(100, 999)),
             docno=digits(r, 10), n=r.choice([65, 60]))
    f["bills"] = [money(r, 80, 160) for _ in months]
    f["masks"] = days(notice, -r.randint(15, 30))
    f["lastmask"] = days(f["masks"], -r.randint(40, 70))
    f["total"] = money(r, 120, 210) if kind == "mask" else round(sum(f["bills"]), 2)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    doc = f["doc"].replace("Dr. ", "").rsplit(",", 1)[0]
    alts: dict = {"insurer": [PRODUCT], "provider": [doc], "plan_id": [None]}
    common = dict(insurer=INS, plan_id=f["contract"], member_id=f["mid"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), provider=f["sup"])
    spans = [iso(a, b) for a, b in f["months"]]
    if f["kind"] == "approve":
        alts["service_dates"] = [[], [iso(f["months"][0][0])]]
        return truth("other", None, case_numbers=[f["ref"]], service_dates=[iso(f["months"][0][0], f["months"][-1][1])],
                     alternates=alts, **common)
    deadline = None if f["dl"] == "receive" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"])), iso(days(f["notice"], f["n"] + 5))]
    if f["kind"] == "mask":
        spans = [iso(f["masks"])]
    elif len(spans) > 1:
        alts["service_dates"] = [[iso(f["months"][0][0], f["months"][-1][1])]]
    alts["case_numbers"] = [[f["claim"]]]
    return truth("denial_letter", denial, case_numbers=[f["claim"], f["ref"]], claim_amount=m2(f["total"]),
                 service_dates=spans, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, date style, deadline, labels, font, split, title, date label, money, to supplier, months)
ROWS = [
    ("cpap_compliance_denial_bd_member", "born_digital", "member", "long", "within", 0, "DejaVu", False,
     "Notice of denial of payment: CPAP rental", "Date", "plain", False, 1),
    ("cpap_compliance_denial_bd_kx", "born_digital", "kx", "slash", "by", 1, "Helvetica", True,
     "Claim denied: modifier missing", "Date of notice", "nosign", True, 1),
    ("cpap_compliance_denial_scan_member", "scan_clean_300", "member", "abbr", "within", 2, "DejaVu", True,
     "We will not pay for more CPAP rental months", "Date", "usd", False, 2),
    ("cpap_compliance_denial_lowres_supplier", "scan_lowres_150", "supplier", "iso", "receive", 1, "Helvetica", False,
     "Payment denied: PAP adherence not documented", "Notice date", "bare", True, 2),
    ("cpap_compliance_denial_rotated_prose", "rotated", "prose", "long", "within", 0, "DejaVu", True,
     "About your CPAP machine", "Date", "plain", False, 1),
    ("cpap_compliance_denial_faxs_noauth", "fax_standard_g4", "noauth", "dmy", "within", 2, "DejaVu", False,
     "Rental month not authorized", "Date", "plain", True, 1),
]


def documents(rng) -> list[Item]:
    items = []
    for i, row in enumerate(ROWS):
        r = random.Random(16300 + i)
        f = facts(r, *row[2:])
        items.append(Item(row[0], row[1], [(build_letter(f), make_truth(f))]))
    # fine fax: cover sheet, the approval that compliance was met, then the supplier letter on a replacement mask for
    # the same member
    r = random.Random(16390)
    f1 = facts(r, "approve", "upper", "within", 0, "DejaVu", False, "Continued CPAP rental approved", "Date",
               "plain", False, 3)
    f2 = facts(r, "mask", "upper", "within", 2, "Helvetica", True, "Supply claim denied: replacement too soon",
               "Date", "plain", True, 1)
    f2.update(pat=f1["pat"], mid=f1["mid"], contract=f1["contract"], sup=f1["sup"], supno=f1["supno"], doc=f1["doc"],
              npi=f1["npi"], setup=f1["setup"], addr=f1["addr"], notice=days(f1["notice"], 12))
    f2["masks"] = days(f2["notice"], -20)
    f2["lastmask"] = days(f2["masks"], -55)
    items.append(Item("cpap_compliance_denial_faxf_stack", "fax_fine_g4",
                      [(build_letter(f1), make_truth(f1)), (build_letter(f2), make_truth(f2))],
                      separators=["cover", None]))
    return items
