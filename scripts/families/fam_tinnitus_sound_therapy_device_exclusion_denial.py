"""Family 'tinnitus_sound_therapy_device_exclusion_denial': tinnitus treatment refused as excluded or
investigational: tinnitus assessment (92625), tinnitus retraining therapy counseling (92700), ear-level sound
generators (V5267) and bimodal neuromodulation devices billed as E1399.

Documents: an FEHB plan's two-page pre-service letter refusing a bimodal neuromodulation device as
investigational (enrollment code, 6-month reconsideration date stated, OPM review as decoy); a fine-fax stack of a
cover sheet, a boxed commercial notice refusing a tinnitus retraining therapy program under the tinnitus exclusion
and the audiology practice's bill for it; a Medicare Summary Notice with an audiologist's hearing test approved and
a hearing-aid supplier's sound generators denied (statutory hearing-aid exclusion); a photocopied EOB with the
hearing test paid and a tinnitus clinic's assessment + device denied as investigational; a TPA's upheld appeal
fed sideways; a paid claim summary for a hearing evaluation (nothing denied); a hearing-benefit vendor's
two-column letter photographed by phone.

Decoys: DOB, received dates, NPIs, account numbers, the paid claims, plan-paid/you-owe amounts, OPM 90-day review,
external review 4 months, 72-hour expedited limits, "Claims processed between" dates, form numbers, phone/fax.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tinnitus_sound_therapy_device_exclusion_denial"
LANG = "en"
SEED = 290500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, pairs, x: float, lw: float, vw: float, size: float = 9, h: float = 4.9):
        for lab, val in pairs:
            self.set_x(x)
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def dob(r: Rand) -> dt.date:
    return dt.date(r.randint(1948, 1996), r.randint(1, 12), r.randint(1, 28))


# ------------------------------------------------------------------ 0: FEHB pre-service letter (born digital)
def doc_fehb(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Capitol Civil Servants Benefit Association"
    mid = f"R{r.digits(8)}"
    code = f"{r.randint(1, 9)}{r.letters(1)}{r.randint(1, 9)}"
    ref = f"PA-{r.digits(4)}-{r.digits(6)}"
    aud, *_ = r.person()
    practice = "Quiet Harbor Audiology"
    d0 = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 90))
    recv = d0 - dt.timedelta(days=r.randint(6, 12))
    fit = d0 + dt.timedelta(days=r.randint(14, 30))
    dl = dt.date(d0.year + (d0.month + 6 > 12), (d0.month + 5) % 12 + 1, min(d0.day, 30))
    d = Page("CCSBA  |  FEHB Program carrier  |  Page {p} of {n}", header=f"{member}  -  {ref}  -  continued")
    d.add_page()
    d.text_line("Capitol Civil Servants", 16, "B", h=7.5)
    d.text_line("Benefit Association", 16, "B", h=7.5)
    d.text_line(f"A Federal Employees Health Benefits Program plan  ·  1900 Ledger Row, Arlington Mills, VA 22210  ·  {r.phone()}", 8, h=4.5)
    d.rule(0.6, 5)
    y = d.get_y()
    for ln in [member, *r.address()]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    d.kv([("Date:", fmt_date(d0, "long")), ("Member ID:", mid), ("Enrollment code:", code),
          ("Our reference:", ref), ("Received:", fmt_date(recv, "long"))], 120, 30, 50, 9)
    d.ln(8)
    d.text_line(f"Dear {member.split()[0]} {member.split()[-1]}:", 10.5, h=6)
    d.ln(1)
    d.para(f"We reviewed the request from {aud}, Au.D., of {practice} (NPI {r.npi()}) for a bimodal "
           "neuromodulation device for tinnitus, billed under HCPCS E1399 (durable medical equipment, "
           "miscellaneous), with device fitting and programming planned for "
           f"{fmt_date(fit, 'long')}. We received the request on {fmt_date(recv, 'long')}.", 10)
    d.para("We cannot approve this request. Section 6 of the 2026 plan brochure excludes services, drugs and "
           "supplies that are experimental or investigational. Devices that deliver sound together with "
           "electrical stimulation of the tongue to treat tinnitus are investigational under our Medical Policy "
           "AUD-311: the published studies are small, without a sham-controlled comparison, and do not show a "
           "lasting benefit over sound therapy and counseling alone. Your hearing evaluation on file was not "
           "part of this request and is not affected.", 10)
    d.para("A physician board-certified in otolaryngology reviewed the request. You may ask for a free copy of "
           "the medical policy and of the clinical rationale used.", 10)
    d.text_line("If you disagree with our decision", 11, "B", h=6.5)
    d.para("Step 1. Ask us in writing to reconsider. Your request must reach us within 6 months from the date of "
           f"this letter, that is by {fmt_date(dl, 'long')}. Send it to CCSBA Reconsiderations, PO Box 7720, "
           "Arlington Mills, VA 22210, or fax 1-555-204-8831. Include this letter and any new information from "
           "your audiologist.", 10)
    d.para("Step 2. If we do not change our decision, you may ask the U.S. Office of Personnel Management to "
           "review it. You must write to OPM within 90 days after the date of our reconsideration decision.", 10)
    d.para("If your request is urgent (waiting could seriously jeopardize your health), call us and we will "
           "decide within 72 hours.", 10)
    d.add_page()
    d.text_line("What the plan covers for tinnitus", 11, "B", h=6.5)
    d.para("The plan covers a hearing evaluation and a tinnitus assessment once a year when ordered by a "
           "physician, and hearing aids under the hearing aid benefit (one pair every 3 years). The plan does "
           "not cover tinnitus maskers, sound generators sold only for tinnitus, or neuromodulation devices.", 10)
    d.text_line("Summary", 11, "B", h=6.5)
    d.table(["Item", "Detail"], [["Patient", member], ["Service", "Bimodal neuromodulation device (E1399)"],
                                 ["Planned date", fmt_date(fit, "long")], ["Requested by", f"{aud}, Au.D."],
                                 ["Decision", "Not approved - investigational"],
                                 ["Patient date of birth", fmt_date(dob(r), "slash")]],
            [50, 120], size=9.4)
    d.para("This letter is not a bill. FEHB disputed claims: 5 CFR 890.105. Form CC-FEHB-DN (2026).", 8.5)
    t = truth("denial_letter", "experimental", insurer=ins, plan_id=code, member_id=mid, member_name=member,
              case_numbers=[ref], service_dates=[iso(fit)], denial_date=iso(d0), provider=aud,
              appeal_deadline=iso(dl), alternates={"provider": [practice], "plan_id": [None]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fine fax stack: boxed notice + practice bill
def lines_trt(r: Rand, d1: dt.date) -> list:
    d2 = d1 + dt.timedelta(days=r.randint(7, 15))
    return [(d1, "92625", "Tinnitus assessment", 1, float(r.randint(210, 340))),
            (d2, "V5267", "Ear-level sound generator, binaural", 2, float(r.randint(1400, 2200))),
            (d2, "92700", "Tinnitus retraining counseling", 1, float(r.randint(180, 290)))]


def doc_boxed_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Lakehaven Health Plan"
    d0 = f["d0"]
    d = Page("Lakehaven Health Plan  ·  LHP-ABD-12  ·  page {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("LAKEHAVEN HEALTH PLAN", 15, "B", h=7)
    d.text_line(f"Member Services {f['ph']}  ·  TTY 711  ·  Appeals fax {ph(r)}", 8.4, h=4.6)
    d.ln(2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.boxes([("Notice date", fmt_date(d0, "dmy"), 34), ("Member name", f["member"], 58), ("Member ID", f["mid"], 40),
             ("Group number", f["grp"], 30), ("Claim number", f["claim"], 30)], h=12)
    d.boxes([("Billing provider", f["practice"], 82), ("Provider NPI", f["npi"], 32), ("Claim received",
             fmt_date(f["recv"], "dmy"), 34), ("Total billed", fmt_money(f["total"]), 44)], h=12)
    d.ln(4)
    rows = [[fmt_date(a, "dmy"), c, ds, str(u), fmt_money(b), "0.00", "T14"] for a, c, ds, u, b in f["lines"]]
    d.table(["Date of service", "Code", "Description", "Units", "Billed", "Allowed", "Reason"], rows,
            [30, 18, 64, 14, 26, 22, 18], size=8.6, aligns="LLLRRRL", head_fill=True)
    d.text_line("Reason for our decision", 10.5, "B", h=6)
    d.para("T14: Your Certificate of Coverage, Section 9.3 (Exclusions), does not cover tinnitus treatment "
           "programs, including tinnitus retraining therapy, tinnitus maskers and sound generators, and the "
           "evaluations done to fit them. Because the whole program is excluded, no part of this claim was "
           "paid. This is not a decision that the services were not medically necessary.", 9.3)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You or someone you name may file an appeal within 180 days of the date of this notice. Write to "
           "Lakehaven Appeals Unit, 55 Tamarack Plaza, Duluth Heights, MN 55811. You may ask for copies of all "
           "documents about your claim free of charge. After our final decision you may ask for an external "
           "review within 4 months. You may also contact the Minnesota Department of Commerce.", 9.3)
    d.para(f"Appeal reference (use on all mail): {f['ref']}", 9.3)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"], f["ref"]], claim_amount=m2(f["total"]),
              service_dates=sorted({iso(a) for a, *_ in f["lines"]}), denial_date=iso(d0),
              provider=f["practice"], appeal_deadline=iso(d0 + dt.timedelta(days=180)),
              alternates={"case_numbers": [[f["claim"]]]})
    return pdf_bytes(d), t


def doc_practice_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    b0 = f["d0"] + dt.timedelta(days=r.randint(12, 25))
    acct = f"QH-{r.digits(6)}"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["practice"], 15, "B", h=7.5)
    d.text_line(f"Hearing · Tinnitus · Balance   |   800 Birch Landing Ste 4, Duluth Heights, MN 55811   |   {ph(r)}",
                8.2, h=4.5)
    d.rule(0.5, 4)
    y = d.get_y()
    d.text_line("PATIENT BALANCE STATEMENT", 12, "B", h=6.5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.9)
    d.set_y(y)
    d.kv([("Statement date", fmt_date(b0, "abbr")), ("Account no.", acct), ("Insurance", "Lakehaven Health Plan"),
          ("Ins. claim #", f["claim"]), ("Amount due", fmt_money(f["total"]))], 118, 30, 50, 9)
    d.ln(8)
    rows = [[fmt_date(a, "abbr"), c, ds, str(u), fmt_money(b, "nosign")] for a, c, ds, u, b in f["lines"]]
    rows.append(["", "", "Insurance denied 0.00 paid (plan exclusion)", "", "0.00"])
    rows.append(["*Balance due from patient", "", "", "", fmt_money(f["total"], "nosign")])
    d.table(["Date", "Code", "Service", "Qty", "Charge"], rows, [30, 18, 86, 12, 32], size=8.8, aligns="LLLRR")
    d.para("Your insurance plan told us that tinnitus retraining therapy and sound generators are excluded "
           "under your plan. You signed our financial agreement on your first visit. You may pay in full, set "
           "up a 6-month payment plan with no interest, or appeal to your plan; we will hold your account for "
           "45 days if you tell us you are appealing.", 9.2)
    d.para(f"Audiologist: {f['aud']}, Au.D.   NPI {f['npi']}   Tax ID 41-{r.digits(7)}", 8.6)
    d.text_line("- - - - - - - - - - - - - - please return this part with your payment - - - - - - - - - - - - - -",
                8, align="C", h=6)
    d.para(f"Account {acct}    Pay this amount {fmt_money(f['total'])}    Amount enclosed $________", 9)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=sorted({iso(a) for a, *_ in f["lines"]}), denial_date=iso(b0), provider=f["practice"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [f["aud"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, *_ = r.person()
    d1 = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 80))
    lines = lines_trt(r, d1)
    f = dict(member=member, addr=r.address(), mid=f"LHP{r.digits(9)}", grp=f"{r.digits(6)}-{r.letters(1)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", ref=f"AP{r.digits(7)}", npi=r.npi(), ph=r.phone(),
             practice="Northwind Hearing & Tinnitus Clinic", lines=lines, total=sum(x[4] for x in lines))
    f["aud"] = r.person()[0]
    f["recv"] = lines[-1][0] + dt.timedelta(days=r.randint(5, 12))
    f["d0"] = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_boxed_notice(r, f), doc_practice_bill(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: Medicare Summary Notice (Part B)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    mbi = f"{r.randint(1, 9)}{r.letters(2)}{r.randint(1, 9)}-{r.letters(2)}{r.randint(1, 9)}-{r.letters(2)}{r.digits(2)}"
    d0 = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 90))
    p0 = d0 - dt.timedelta(days=92)
    s1 = p0 + dt.timedelta(days=r.randint(3, 30))
    s2 = s1 + dt.timedelta(days=r.randint(10, 30))
    dl = d0 + dt.timedelta(days=120)
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    audn = "Prairie Bend Audiology Associates"
    sup = "SoundPath Hearing Supply LLC"
    l1 = [("92557", "Comprehensive hearing test", 1, float(r.randint(95, 140))),
          ("92567", "Tympanometry", 1, float(r.randint(35, 60)))]
    l2 = [("V5267", "Hearing aid supply/accessory: tinnitus sound generator", 2, float(r.randint(900, 1600)))]
    t2 = sum(x[3] for x in l2)
    d = Page("Page {p} of {n}", header=f"{member}  |  Medicare Summary Notice  |  Medicare Number {mbi}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6, h=5)
    d.rule(0.6, 3)
    y = d.get_y()
    d.text_line(member.upper(), 10, "B", h=5)
    for ln in r.address():
        d.text_line(ln.upper(), 9.4, h=4.8)
    d.ln(3)
    d.text_line("THIS IS NOT A BILL", 12, "B", h=6)
    d.set_y(y)
    d.set_x(118)
    d.font(9)
    d.multi_cell(80, 4.8, f"Notice for: {member}\nMedicare Number: {mbi}\nDate of This Notice: {fmt_date(d0, 'long')}\n"
                 f"Claims Processed Between: {fmt_date(p0, 'long')} and {fmt_date(d0 - dt.timedelta(days=2), 'long')}",
                 border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(14)
    d.set_fill_color(230, 230, 230)
    d.font(10.5, "B")
    d.cell(0, 7, f"Your Deadline to File an Appeal: {fmt_date(dl, 'long')}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Your Claims & Costs This Period. Did Medicare approve all services? NO. Medicare denied some "
           "services. See page 2 for details. Total you may be billed: "
           f"{fmt_money(t2 + round(sum(x[3] for x in l1) * 0.2, 2))}.", 9.6)
    d.para(f"Providers with claims this period: {fmt_date(s1, 'long')} {audn};  {fmt_date(s2, 'long')} {sup}.", 9.6)
    d.para("Be informed: Medicare does not cover hearing aids, exams for fitting hearing aids, or hearing aid "
           "supplies. Keep this notice for your records. Report fraud: 1-800-MEDICARE.", 9.2)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    for c, prov, sd, lines, ok in [(c1, audn, s1, l1, True), (c2, sup, s2, l2, False)]:
        d.font(9.2, "B")
        d.cell(0, 5.4, f"{prov}   ·   Service date {fmt_date(sd, 'long')}   ·   Claim number {c}", new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for code, ds, u, b in lines:
            appr = round(b * 0.62, 2) if ok else 0.0
            rows.append([f"{ds} ({code})" if len(ds) < 40 else f"{ds[:38]}.. ({code})", str(u), fmt_money(b),
                         "Yes" if ok else "No", fmt_money(appr), fmt_money(round(appr * 0.8, 2)),
                         fmt_money(round(appr * 0.2, 2) if ok else b), "" if ok else "A, B"])
        rows.append(["*Total for this claim", "", fmt_money(sum(x[3] for x in lines)), "", "", "", "", ""])
        d.table(["Service provided", "Units", "Charged", "Approved?", "Approved amt", "Medicare paid", "You may be billed",
                 "See notes"], rows, [62, 11, 21, 17, 20, 20, 22, 11], size=7.8, aligns="LRRLRRRL")
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para("A  Medicare doesn't pay for hearing aids, hearing aid supplies or devices used only to treat tinnitus.", 9)
    d.para("B  The supplier did not give you an advance notice, but this item is never covered by Medicare, so you "
           "may be billed.", 9)
    d.text_line("How to file an appeal", 10, "B", h=6)
    d.para(f"If you disagree with a decision, file an appeal by {fmt_date(dl, 'long')}. Circle the services you "
           "disagree with, explain why on this page, and send it to the Medicare contractor: Great Plains Medicare "
           "Services, Part B Redeterminations, PO Box 3310, Fargo, ND 58102. Form CMS-20027 may also be used.", 9)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=member,
              case_numbers=[c2], claim_amount=m2(t2), service_dates=[iso(s2)], denial_date=iso(d0), provider=sup,
              appeal_deadline=iso(dl), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Great Plains Medicare Services"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: EOB, hearing test paid, tinnitus claim denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    sub, *_ = r.person()
    sub = sub.split()[0] + " " + sub.split()[1] + " " + member.split()[-1]
    ins = "Tamarind Mutual Insurance Company"
    mid, grp = f"TMX {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(7)}"
    s1 = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 60))
    s2 = s1 + dt.timedelta(days=r.randint(12, 30))
    d0 = s2 + dt.timedelta(days=r.randint(20, 34))
    c1, c2 = f"{r.digits(12)}", f"{r.digits(12)}"
    ent = "Cedar Hollow ENT & Audiology"
    tin = "Halcyon Tinnitus Institute"
    l1 = [("92557", "Comprehensive audiometry", float(r.randint(110, 160))),
          ("92567", "Tympanometry", float(r.randint(40, 70)))]
    l2 = [("92625", "Assessment of tinnitus", float(r.randint(220, 330))),
          ("E1399", "DME misc - bimodal neuromod device", float(r.randint(2900, 4100)))]
    d = Page("TMIC-EOB-2026  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  TAMARIND MUTUAL   |   Explanation of Benefits", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins} · PO Box 4410, Macon, GA 31201 · {r.phone()}          THIS IS NOT A BILL", 8.2, h=5)
    d.ln(3)
    y = d.get_y()
    d.kv([("Subscriber", sub), ("Patient", member + " (spouse)"), ("ID", mid), ("Group", grp),
          ("Patient DOB", fmt_date(dob(r), "iso"))], 14, 26, 70, 9)
    d.set_y(y)
    d.kv([("Issue date", fmt_date(d0, "iso")), ("Claims on this EOB", "2"),
          ("Total plan paid", "see claim detail")], 120, 32, 50, 9)
    d.ln(10)
    paid1 = [(c, ds, b, round(b * 0.7, 2)) for c, ds, b in l1]
    for claim, prov, sd, rows_in, denied in [(c1, ent, s1, paid1, False),
                                             (c2, tin, s2, [(c, ds, b, 0.0) for c, ds, b in l2], True)]:
        d.font(9.2, "B")
        d.cell(0, 5.6, f"Claim {claim}  ·  {prov}  ·  Received {fmt_date(sd + dt.timedelta(days=6), 'iso')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, ds, b, al in rows_in:
            rows.append([fmt_date(sd, "iso"), code, ds, fmt_money(b, "nosign"), fmt_money(al, "nosign"),
                         fmt_money(round(al * 0.8, 2), "nosign"), fmt_money(b if denied else round(al * 0.2, 2), "nosign"),
                         "X7" if denied else "01"])
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in rows_in), "nosign"),
                     fmt_money(sum(x[3] for x in rows_in), "nosign"), "", "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your share", "Code"], rows,
                [24, 15, 60, 20, 20, 20, 20, 10], size=8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Message codes", 9.6, "B", h=5.5)
    d.para("01  Processed under your in-network benefit; your share is 20% coinsurance.", 8.6)
    d.para("X7  Not covered: this service or device is investigational for the treatment of tinnitus (Medical "
           "Policy TM-ENT-045). Your provider may bill you.", 8.6)
    d.para("Appeals: you may appeal within 180 days after you receive this EOB. Call Member Services or write to "
           "Tamarind Mutual Appeals, PO Box 4415, Macon, GA 31201. External review and urgent (72-hour) reviews "
           "are described in your benefit booklet.", 8.6)
    t2 = sum(x[2] for x in l2)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=member, case_numbers=[c2], claim_amount=m2(t2), service_dates=[iso(s2)],
              denial_date=iso(d0), provider=tin, alternates={"insurer": ["Tamarind Mutual"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: TPA upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Brightline Benefit Administrators"
    plan = "Erie County Public Employees Health Plan"
    mid, grp = f"ECP{r.digits(7)}", f"ECPE-{r.digits(4)}"
    s1 = dt.date(2025, 11, 3) + dt.timedelta(days=r.randint(0, 60))
    d0 = s1 + dt.timedelta(days=r.randint(110, 150))
    apl, clm = f"APL-26-{r.digits(5)}", f"{r.digits(3)}-{r.digits(7)}"
    aud, *_ = r.person()
    amt = float(r.randint(2600, 3900)) + 0.5
    d = Page("Brightline Benefit Administrators  ·  appeal decision", margins=(20, 16, 20))
    d.add_page()
    d.text_line("BRIGHTLINE", 18, "B", h=8)
    d.text_line("Benefit Administrators", 10, h=5)
    d.text_line(f"Third-party administrator for the {plan}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(d0, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Re: Appeal {apl}  ·  Claim {clm}  ·  Member ID {mid}  ·  Group {grp}", 9.6)
    d.text_line("Final internal appeal decision: denial upheld", 11.5, "B", h=7)
    d.para(f"Dear {member}:", 10)
    d.para(f"You appealed our denial of the claim from {aud}, Au.D., for a tinnitus sound therapy device "
           f"(HCPCS E1399, custom acoustic neural stimulation) dispensed on {fmt_date(s1, 'long')}, billed at "
           f"{fmt_money(amt)}. An independent audiologist and an otolaryngologist who took no part in the first "
           "decision reviewed your appeal, the audiology records and the letter of medical necessity.", 10)
    d.para("We are upholding the denial. Under Article IV, item 22 of the plan document, services and devices that "
           "are experimental or investigational are excluded. Acoustic neural stimulation devices for tinnitus "
           "have not been shown in controlled trials to improve health outcomes compared with standard sound "
           "therapy and counseling, which the plan covers as part of an audiology visit.", 10)
    d.para("This is the final decision of the plan's internal appeal process. You may ask for an independent "
           "external review within 4 months of receiving this letter by writing to the address on the enclosed "
           "form (BBA-ER-2). If your situation is urgent, an expedited external review is decided within 72 "
           "hours. You may request copies of all documents relevant to your claim free of charge.", 10)
    d.para("Sincerely,\nAppeals and Grievance Department", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[apl, clm], claim_amount=m2(amt), service_dates=[iso(s1)], denial_date=iso(d0),
              provider=aud, alternates={"case_numbers": [[apl]], "insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid claim summary (nothing denied)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Juniper State Health Cooperative"
    mid, grp, pln = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}", f"G{r.digits(5)}", f"JSHC-{r.letters(2)}{r.digits(2)}"
    s1 = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 80))
    d0 = s1 + dt.timedelta(days=r.randint(18, 30))
    clm = f"{r.letters(1)}{r.digits(10)}"
    prov = "Bayberry Hearing Center"
    lines = [("92557", "Comprehensive audiometry threshold evaluation", float(r.randint(120, 170))),
             ("92625", "Assessment of tinnitus (pitch, loudness)", float(r.randint(150, 230))),
             ("92588", "Distortion product otoacoustic emissions", float(r.randint(90, 140)))]
    tot = sum(x[2] for x in lines)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("Juniper State Health Cooperative", 14, "B", h=7)
    d.text_line("Claim Summary  —  this is not a bill", 10, h=5.5)
    d.rule(0.3, 3)
    d.boxes([("Date processed", fmt_date(d0, "abbr"), 36), ("Member", member, 52), ("Member number", mid, 40),
             ("Group", grp, 26), ("Plan", pln, 26)])
    d.ln(3)
    d.para(f"Claim {clm} from {prov} for services on {fmt_date(s1, 'abbr')} was paid in full under your "
           "hearing benefit. Nothing on this claim was denied.", 9.8)
    rows = [[c, ds, fmt_money(b), fmt_money(round(b * 0.85, 2)), fmt_money(round(b * 0.85 - 25 * (i == 0), 2)),
             fmt_money(25.0 if i == 0 else 0.0)] for i, (c, ds, b) in enumerate(lines)]
    rows.append(["*Total", "", fmt_money(tot), "", "", ""])
    d.table(["Code", "Service", "Amount billed", "Plan allowance", "Paid to provider", "Your copay"], rows,
            [16, 74, 24, 24, 24, 18], size=8.4, aligns="LLRRRR")
    d.para("Your tinnitus assessment was covered because it was part of a diagnostic hearing evaluation ordered by "
           "your physician. Tinnitus maskers and sound generators are not covered under your plan.", 9.2)
    d.para(f"Questions? Call {r.phone()}. If you disagree with how we processed this claim, you can ask for a "
           "review within 180 days after you get this summary.", 9)
    t = truth("eob", None, insurer=ins, plan_id=pln, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[clm], claim_amount=m2(tot), service_dates=[iso(s1)], denial_date=iso(d0), provider=prov,
              type_alternates=["other"], alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: hearing benefit vendor, two columns (phone)
def doc_vendor(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "EarWell Hearing Benefits, Inc."
    mid = f"EW{r.digits(4)}{r.letters(2)}{r.digits(3)}"
    grp = f"{r.digits(5)}"
    d0 = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 80))
    plan_d = d0 + dt.timedelta(days=r.randint(10, 25))
    auth = f"EWA{r.digits(8)}"
    prov = "Saltgrass Audiology Group"
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.text_line("EarWell Hearing Benefits", 16, "B", h=8)
    d.text_line("EarWell Hearing Benefits, Inc.  ·  hearing benefit administrator for your health plan", 8.6, h=4.6)
    d.ln(4)
    top = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(12, top, 58, 118, style="F")
    y = top + 3
    for lab, val in [("DATE OF LETTER", fmt_date(d0, "slash")), ("MEMBER", member), ("MEMBER ID", mid),
                     ("EMPLOYER GROUP", grp), ("AUTHORIZATION REQUEST", auth), ("PLANNED FITTING", fmt_date(plan_d, "slash")),
                     ("PROVIDER", prov), ("PROVIDER PHONE", ph(r)), ("DATE OF BIRTH", fmt_date(dob(r), "slash"))]:
        d.set_xy(15, y)
        d.font(6.8, "B")
        d.cell(52, 3.4, lab)
        d.set_xy(15, y + 3.6)
        d.font(9)
        d.cell(52, 4.8, val)
        y += 12.5
    d.set_xy(76, top)
    d.set_left_margin(76)
    d.text_line("Your hearing benefit request was not approved", 11.5, "B", h=6.5)
    d.ln(1)
    d.para(f"Dear {member},", 9.8)
    d.para(f"{prov} asked us to approve two ear-level sound generators (V5267) to be fitted as part of a "
           "tinnitus retraining therapy program. We reviewed the request against your hearing aid benefit.", 9.6)
    d.para("Your benefit pays toward hearing aids that amplify sound for hearing loss. Sound generators and "
           "tinnitus maskers that do not amplify sound are not hearing aids and are excluded from the benefit. "
           "Tinnitus retraining therapy counseling is also not part of the hearing benefit.", 9.6)
    d.para("If your audiologist recommends combination hearing aids with a built-in sound generator, they can "
           "submit a new request under your hearing aid benefit.", 9.6)
    d.text_line("Appeal", 10.5, "B", h=6)
    d.para("You may appeal this decision within 60 days of the date of this letter. Mail or fax your appeal to "
           "EarWell Appeals, 210 Chandler Way, Bangor, ME 04401, fax (555) 018-4420. Appeals about urgent care "
           "are decided within 72 hours.", 9.6)
    d.set_left_margin(12)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[auth], service_dates=[iso(plan_d)], denial_date=iso(d0), provider=prov,
              appeal_deadline=iso(d0 + dt.timedelta(days=60)), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_fehb, "fehb_letter", "born_digital"), (2, doc_msn, "msn", "scan_lowres_150"),
              (3, doc_eob, "eob", "photocopy"), (4, doc_upheld, "tpa_upheld", "rotated"),
              (5, doc_paid, "paid_summary", "scan_clean_300"), (6, doc_vendor, "vendor_letter", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
