"""Family 'dental_predetermination': a dental plan's pre-treatment estimates (predeterminations).

Brightcrest Dental Benefit Company is fictional, as are all people, offices and numbers. Each estimate has a tooth
chart table (tooth #, surface, CDT code, fee submitted, plan estimate, patient estimate, status Approved / Denied /
Not covered / Alternate benefit), the treating dentist and the dental office, a predetermination number, the date
received (decoy), and a sentence that the estimate is not a guarantee of payment. Reasons: missing tooth clause,
alternate benefit (a composite on a molar paid as an amalgam), frequency limit, waiting period for major services,
gum treatment not supported by the chart, x-rays not sent; one estimate approves everything.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, m2, pdf_bytes, truth
from kit_roundj_famp import DENTAL_OFFICES, DENTISTS, address, days, digits, facts, money, person

FAMILY = "dental_predetermination"
LANG = "en"
INSURER = "Brightcrest Dental Benefit Company"


def patient(r: random.Random, k: int) -> dict:
    street, city = address(r)
    return dict(name=person(r), street=street, city=city, mid=f"BDC{digits(r, 9)}", group=f"G-{digits(r, 5)}",
                pred=f"PD{digits(r, 4)}-{digits(r, 5)}", dentist=DENTISTS[k], office=DENTAL_OFFICES[k],
                npi=digits(r, 10), employer=r.choice(["Corvale Freight Lines", "Pinebrook Unified Schools",
                                                      "Mercer Tile & Stone"]))


def estimate(p: dict, L: dict) -> bytes:
    d = Doc(footer="Page {p} of {n}  ·  Form BD-PTE-3")
    d.add_page()
    d.set_font("Helvetica", "B", 16)
    d.cell(0, 7, "BRIGHTCREST", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(0, 4.5, "Dental Benefit Company  ·  PO Box 80312, Tulsa, OK 74101  ·  1-888-555-0116",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 4)
    d.text_line(L["title"], 13, "B")
    d.text_line(L["date_line"], 10)
    d.ln(2)
    for ln in [p["name"], p["street"], p["city"]]:
        d.text_line(ln, 10)
    d.ln(3)
    facts(d, L["facts"], label_w=40, two_col=True, size=9)
    d.table(["Tooth", "Surf.", "CDT", "Description", "Fee submitted", "Plan est.", "Patient est.", "Status"],
            L["rows"], [12, 11, 14, 50, 24, 20, 22, 26], size=8.2, aligns="LLLLRRRL", head_fill=True)
    for p_ in L["body"]:
        d.para(p_, 9.5)
    d.para("This is an estimate, not a guarantee of payment. Benefits are paid according to the plan and the "
           "member's eligibility on the date the treatment is done, and the estimate is good for 12 months.", 8.5)
    return pdf_bytes(d)


APPEAL = ("If you do not agree, you or your dentist may ask for a review (appeal) {when}. Send the request with any "
          "x-rays, charts or notes to Brightcrest Appeals, PO Box 80319, Tulsa, OK 74101. A dentist who did not "
          "make this decision will review it.")


def common(p, n, rec, style):
    return [("Patient", p["name"]), ("Member ID", p["mid"]), ("Group no.", p["group"]), ("Employer", p["employer"]),
            ("Predetermination #", p["pred"]), ("Date received", fmt_date(rec, style)),
            ("Treating dentist", p["dentist"]), ("Dental office", p["office"]), ("Dentist NPI", p["npi"]),
            ("Date of estimate", fmt_date(n, style))]


def row(tooth, surf, code, desc, fee, plan, status):
    return [tooth, surf, code, desc, f"{fee:,.2f}", f"{plan:,.2f}", f"{fee - plan:,.2f}", status]


def total(rows, fees):
    return rows + [["*Total", "", "", "", f"{sum(fees):,.2f}", "", "", ""]]


def tr(p, denial, amt, n, deadline, doc="denial_letter", **kw):
    alts = kw.pop("alternates", {})
    alts.setdefault("insurer", ["Brightcrest"])
    alts.setdefault("provider", [p["office"]])
    return truth(doc, denial, insurer=INSURER, group_number=p["group"], member_id=p["mid"], member_name=p["name"],
                 case_numbers=[p["pred"]], claim_amount=amt, service_dates=[], denial_date=n.isoformat(),
                 provider=p["dentist"], appeal_deadline=deadline, alternates=alts, **kw)


def missing_tooth(r):
    p = patient(r, 0)
    n, rec = dt.date(2026, 2, 17), dt.date(2026, 2, 4)
    fees = [money(r, 1100, 1400), money(r, 1100, 1400), money(r, 1000, 1300)]
    rows = [row("29", "", "D6740", "Retainer crown, porcelain", fees[0], 0, "Denied"),
            row("30", "", "D6245", "Pontic, porcelain/ceramic", fees[1], 0, "Denied"),
            row("31", "", "D6740", "Retainer crown, porcelain", fees[2], 0, "Denied")]
    L = dict(title="Pre-Treatment Estimate", date_line=f"Date: {fmt_date(n, 'long')}",
             facts=common(p, n, rec, "long"), rows=total(rows, fees))
    L["body"] = ["Why these services are denied: the bridge replaces tooth #30, which our records and the x-ray show "
                 "was extracted in 2021, before your coverage with Brightcrest began. Your plan does not pay to "
                 "replace a tooth that was missing before the coverage start date (missing tooth clause).",
                 APPEAL.format(when="within 180 days of the date of this estimate")]
    return estimate(p, L), tr(p, "not_covered", m2(sum(fees)), n, days(n, 180).isoformat())


def alternate_benefit(r):
    p = patient(r, 1)
    n, rec = dt.date(2026, 3, 3), dt.date(2026, 2, 20)
    f1, f2 = money(r, 210, 290), money(r, 180, 240)
    rows = [row("19", "MOD", "D2393", "Resin composite, 3 surf., posterior", f1, 96.80, "Alternate benefit"),
            row("14", "O", "D2391", "Resin composite, 1 surf., posterior", f2, 70.40, "Alternate benefit")]
    L = dict(title="Predetermination of Benefits", date_line=f"Statement date {fmt_date(n, 'slash')}",
             facts=common(p, n, rec, "slash"), rows=total(rows, [f1, f2]))
    L["body"] = ["Alternate benefit applied: your plan pays for tooth-coloured (composite) fillings on back teeth at "
                 "the rate for a silver (amalgam) filling, the less costly treatment that restores the tooth. The "
                 "plan estimate above is the amalgam benefit; the rest of the fee is the patient's share. You may "
                 "still choose the composite filling.",
                 APPEAL.format(when="within 180 days of the statement date")]
    return estimate(p, L), tr(p, "not_covered", m2(f1 + f2), n, days(n, 180).isoformat(),
                              denial_alternates=["other"])


def frequency(r):
    p = patient(r, 2)
    n, rec = dt.date(2026, 1, 26), dt.date(2026, 1, 13)
    fee = money(r, 1150, 1450)
    rows = [row("3", "", "D2740", "Crown, porcelain/ceramic", fee, 0, "Not covered")]
    L = dict(title="PRE-TREATMENT ESTIMATE", date_line=f"Printed {fmt_date(n, 'abbr')}",
             facts=common(p, n, rec, "abbr"), rows=total(rows, [fee]))
    L["body"] = ["Reason: Frequency limitation. A crown on the same tooth is a benefit once in 5 years. Our records "
                 f"show a crown on tooth #3 paid on {fmt_date(dt.date(2022, 6, 14), 'abbr')}; the next crown on this "
                 f"tooth can be considered on or after {fmt_date(dt.date(2027, 6, 14), 'abbr')}.",
                 APPEAL.format(when="within 180 days of the date of this estimate")]
    return estimate(p, L), tr(p, "not_covered", m2(fee), n, days(n, 180).isoformat(), denial_alternates=["other"])


def waiting(r):
    p = patient(r, 3)
    n, rec = dt.date(2026, 2, 9), dt.date(2026, 1, 29)
    f1, f2 = money(r, 950, 1200), money(r, 150, 260)
    rows = [row("8", "", "D3310", "Endodontic therapy, anterior", f1, 0, "Not covered"),
            row("8", "", "D2950", "Core buildup", f2, 0, "Not covered")]
    L = dict(title="Pre-Treatment Estimate", date_line=f"Date of this notice: {fmt_date(n, 'iso')}",
             facts=common(p, n, rec, "iso") + [("Coverage effective", fmt_date(dt.date(2025, 10, 1), "iso"))],
             rows=total(rows, [f1, f2]))
    L["body"] = ["These services are major services under your plan. Major services have a 12-month waiting period "
                 "from the date your coverage began, and you have been covered for less than 12 months. The plan "
                 "will not pay for them until the waiting period ends.",
                 APPEAL.format(when="within 180 days of the date of this notice")]
    return estimate(p, L), tr(p, "not_covered", m2(f1 + f2), n, days(n, 180).isoformat(),
                              denial_alternates=["eligibility"])


def approved(r):
    p = patient(r, 4)
    n, rec = dt.date(2026, 3, 10), dt.date(2026, 2, 27)
    f1, f2 = money(r, 1050, 1300), money(r, 90, 140)
    rows = [row("19", "", "D2750", "Crown, porcelain fused to high noble", f1, round(f1 * 0.5, 2), "Approved"),
            row("19", "", "D2950", "Core buildup", f2, round(f2 * 0.5, 2), "Approved")]
    L = dict(title="Pre-Treatment Estimate", date_line=f"Date: {fmt_date(n, 'long')}",
             facts=common(p, n, rec, "long"), rows=total(rows, [f1, f2]))
    L["body"] = ["All services on this estimate are approved. The plan pays 50% for major services after the "
                 "deductible, which you have already met this year."]
    return estimate(p, L), tr(p, None, m2(f1 + f2), n, None, doc="other")


def perio(r):
    p = patient(r, 5)
    n, rec = dt.date(2026, 2, 23), dt.date(2026, 2, 11)
    fees = [money(r, 230, 290) for _ in range(4)]
    quads = ["UR", "UL", "LL", "LR"]
    rows = [row(q, "", "D4341", "Scaling and root planing, 4+ teeth", f, 0, "Denied") for q, f in zip(quads, fees)]
    L = dict(title="Predetermination", date_line=fmt_date(n, "dmy"), facts=common(p, n, rec, "dmy"),
             rows=total(rows, fees))
    L["body"] = ["Scaling and root planing is a benefit when the periodontal chart shows pocket depths of 4 mm or "
                 "more with bone loss on the x-rays. The chart sent shows pockets of 2 to 3 mm and no bone loss, so "
                 "this treatment is not necessary for this patient. A regular cleaning is covered.",
                 APPEAL.format(when="within 180 days of the date of this notice")]
    return estimate(p, L), tr(p, "medical_necessity", m2(sum(fees)), n, days(n, 180).isoformat())


def no_xrays(r):
    p = patient(r, 6)
    n, rec = dt.date(2026, 1, 19), dt.date(2026, 1, 5)
    fee = money(r, 1900, 2400)
    rows = [row("30", "", "D6010", "Implant body, endosteal", fee, 0, "Denied - info")]
    L = dict(title="Pre-Treatment Estimate", date_line=f"Date: {fmt_date(n, 'mdy_nopad')}",
             facts=common(p, n, rec, "mdy_nopad"), rows=total(rows, [fee]))
    L["body"] = [f"We asked {p['office']} on {fmt_date(days(rec, 3), 'mdy_nopad')} for a current x-ray of the area "
                 "and the date tooth #30 was removed. We did not receive them, so we cannot estimate benefits. Your "
                 "dentist may send them and ask us to look at the estimate again.",
                 APPEAL.format(when="within 180 days after you receive this notice")]
    return estimate(p, L), tr(p, "other", m2(fee), n, None, alternates={"appeal_deadline": [days(n, 180).isoformat()]})


def documents(rng) -> list[Item]:
    one = [("dental_predetermination_bd_missing", "born_digital", missing_tooth),
           ("dental_predetermination_bd_alternate", "born_digital", alternate_benefit),
           ("dental_predetermination_scan_frequency", "scan_clean_300", frequency),
           ("dental_predetermination_copy_waiting", "photocopy", waiting),
           ("dental_predetermination_photo_approved", "phone_photo", approved),
           ("dental_predetermination_faxf_perio", "fax_fine_g4", perio),
           ("dental_predetermination_lowres_xrays", "scan_lowres_150", no_xrays)]
    return [Item(stem, cond, [fn(random.Random(11500 + i))]) for i, (stem, cond, fn) in enumerate(one)]
