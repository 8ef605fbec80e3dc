"""Family 'dysphagia_neuromuscular_electrical_stimulation_vitalstim_denial': neuromuscular electrical stimulation
(NMES, "VitalStim") for oropharyngeal dysphagia billed as 97014 / G0283 together with swallowing treatment 92526.
Plans call the stimulation investigational while they pay the swallowing therapy itself.

Documents: a prose pre-service letter to the member (swallowing therapy approved, NMES refused, every fact in a
sentence); a fine-fax stack of a cover sheet, a Medicare Advantage plan's concurrent review faxed to a skilled
nursing facility (last covered day, days not certified because the remaining daily skilled service is NMES) and the
outpatient speech pathologist's letter to the patient relaying the NMES denial; an EOB with a left sidebar and three
claims (evaluation and therapy paid, the rehab hospital's claim with the NMES line denied); the rehab hospital's
outpatient statement in two columns; a boxed appeal decision upholding the denial, photographed; a Medicare Summary
Notice with two claims (150 dpi); a paid EOB for swallowing therapy only, fed sideways.

Decoys: DOB, request received dates, NPIs, account numbers, medical policy numbers, paid claims, plan-paid and
you-owe amounts, 72-hour / 4-month / 60-day QIO-style limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dysphagia_neuromuscular_electrical_stimulation_vitalstim_denial"
LANG = "en"
SEED = 294500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REHAB = "Brightwater Rehabilitation Hospital"
SNF = "Maple Crest Skilled Nursing & Rehabilitation"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), start=start,
                dob=dt.date(r.randint(1938, 1962), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                slp=f"{r.choice(['Rosalind', 'Fiona', 'Margot', 'Tobias', 'Elena'])} "
                    f"{r.choice('BCDFHKLMR')}. {r.choice(['Ashworth', 'Kincaid', 'Delacroix', 'Brannigan'])}")


def kv(d: Page, rows: list[tuple[str, str]], x: float, lw: float, vw: float, size: float = 8.8, h: float = 4.8):
    for lab, val in rows:
        d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------ 0: prose pre-service letter (born digital)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Hollow Health Plan"
    mid, grp, ref = f"CHP{r.digits(9)}", f"{r.digits(6)}-{r.digits(2)}", f"UM{r.digits(8)}"
    recv = f["start"] - dt.timedelta(days=r.randint(12, 20))
    date = recv + dt.timedelta(days=r.randint(3, 6))
    practice = "Riverside Voice & Swallowing Associates"
    d = Page("Cedar Hollow Health Plan  ·  Utilization Management  ·  page {p} of {n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Cedar Hollow Health Plan", 16, "B", h=7)
    d.text_line(f"Utilization Management · 400 Orchard Terrace, Bangor, ME 04401 · Member Services {ph(r)}", 8.4,
                h=4.5)
    d.ln(8)
    d.text_line(fmt_date(date, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line(f"Dear {f['first']} {f['last']},", 10.5, h=6)
    d.ln(1)
    d.para(f"On {fmt_date(recv, 'long')}, we received a request from {f['slp']}, CCC-SLP, of {practice}, for "
           "outpatient treatment of your swallowing difficulty (oropharyngeal dysphagia after a stroke). The request "
           f"asked for swallowing therapy (CPT 92526) combined with neuromuscular electrical stimulation, also called "
           f"VitalStim (HCPCS G0283 / CPT 97014), starting on {fmt_date(f['start'], 'long')}. We gave this request "
           f"reference number {ref}.")
    d.para("We approved the swallowing therapy. You may have up to 12 visits of treatment of swallowing dysfunction "
           "(92526) through the end of your plan year, subject to your normal copay.")
    d.para("We did not approve the electrical stimulation. Our medical policy on electrical stimulation for "
           "dysphagia (MP-REH-118) considers neuromuscular electrical stimulation of the throat muscles to be "
           "investigational. The published studies do not show that adding it to swallowing exercises leads to "
           "better swallowing, fewer cases of pneumonia, or a return to a normal diet. Your plan does not cover "
           "services that are experimental or investigational (Certificate of Coverage, Section 7.4).")
    d.para(f"Your member ID is {mid} and your group number is {grp}. A licensed speech-language pathologist and a "
           "board-certified physical medicine and rehabilitation physician reviewed this request. Your therapist "
           f"may call us at {ph(r)} to discuss it with the physician reviewer.")
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("If you disagree, you or someone you choose may appeal within 180 days of the date of this letter. "
           "Write to Cedar Hollow Health Plan, Appeals, PO Box 2210, Bangor, ME 04402. If waiting could seriously "
           "harm your health, ask for an expedited appeal; we will decide it within 72 hours. After our final "
           "decision you may ask for an independent external review within 4 months.")
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}. Therapist NPI: {f['npi']}.", 8.6)
    d.ln(2)
    d.para("Sincerely,\n\nUtilization Management Department\nCedar Hollow Health Plan")
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["start"])], denial_date=iso(date), provider=f["slp"],
              appeal_deadline=iso(date + dt.timedelta(days=180)),
              alternates={"service_dates": [[]], "provider": [practice]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: fax stack: concurrent review + SLP letter
def doc_concurrent(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Halvorsen Senior Advantage"
    adm = f["start"]
    last_cov = adm + dt.timedelta(days=r.randint(11, 16))
    nc_from, nc_to = last_cov + dt.timedelta(days=1), last_cov + dt.timedelta(days=7)
    date = last_cov - dt.timedelta(days=2)
    f["review"] = f"CR-{r.digits(7)}"
    f["cdate"] = date
    attending = f"Dr. {r.choice(['Anil', 'Gretchen', 'Lucius'])} {r.choice(['Moorcroft', 'Saltonstall', 'Bejarano'])}"
    d = Page(f"Halvorsen Senior Advantage · Concurrent Review · {f['review']} · page {{p}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("HALVORSEN SENIOR ADVANTAGE (HMO)", 14, "B", h=7)
    d.text_line(f"Care Management · Fax {ph(r)} · Phone {ph(r)}", 8.6, h=4.6)
    d.rule(0.7, 3)
    d.text_line("CONCURRENT REVIEW DETERMINATION - SKILLED NURSING FACILITY", 11.5, "B", h=6.5)
    d.text_line(f"TO: {SNF}, Case Management / MDS Coordinator", 9, h=5)
    d.ln(2)
    y = d.get_y()
    kv(d, [("Review ID:", f["review"]), ("Determination date:", fmt_date(date, "slash")),
           ("Member:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", fmt_date(f["dob"], "slash"))],
       14, 36, 50)
    y2 = d.get_y()
    d.set_y(y)
    kv(d, [("Facility:", SNF), ("Facility NPI:", r.npi()), ("Attending:", attending),
           ("Admission:", fmt_date(adm, "slash")), ("Level:", "Skilled (PDPM)")], 100, 27, 74, 8.4)
    d.set_y(max(y2, d.get_y()) + 4)
    rows = [[f"{fmt_date(adm, 'slash')} - {fmt_date(last_cov, 'slash')}", "Skilled nursing / SLP", "CERTIFIED"],
            [f"{fmt_date(nc_from, 'slash')} - {fmt_date(nc_to, 'slash')}", "Skilled nursing / SLP",
             "NOT CERTIFIED"]]
    d.table(["Days reviewed", "Level of care", "Decision"], rows, [70, 60, 50], size=9, border_head="TB")
    d.text_line("Rationale", 10, "B", h=6)
    d.para(f"Last covered day: {fmt_date(last_cov, 'slash')}. The member is medically stable, tolerates a "
           "mechanical soft diet with thin liquids under supervision and transfers with standby assistance. The "
           "only daily skilled service listed in the plan of care is neuromuscular electrical stimulation (VitalStim) "
           "with swallowing therapy. Electrical stimulation for dysphagia is investigational under plan policy "
           "UM-SNF-31 and is not a skilled service that requires a SNF stay. Swallowing therapy (92526) can be "
           "provided safely at a lower level of care, as outpatient or home health therapy. Continued skilled "
           "nursing facility days are therefore not certified.", 9)
    d.para("The facility must deliver the Notice of Medicare Non-Coverage to the member at least two days before "
           "the last covered day. The member may ask the Quality Improvement Organization for a fast-track review "
           "by noon of the day before services end. The member or facility may also request a standard "
           "reconsideration within 65 days of the date of this notice, or an expedited one (decided within 72 "
           "hours).", 9)
    d.para("Reviewer: L. Whitcombe, RN, for the Medical Director.", 9)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["review"]], service_dates=[iso(nc_from, nc_to)], denial_date=iso(date), provider=SNF,
              appeal_deadline=iso(date + dt.timedelta(days=65)), denial_alternates=["experimental", "medical_necessity"],
              alternates={"provider": [attending.replace("Dr. ", "")],
                          "service_dates": [[iso(adm, nc_to)], [iso(nc_from)]]})
    return pdf_bytes(d), t


def doc_slp_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    date = f["cdate"] + dt.timedelta(days=r.randint(16, 24))
    practice = "Riverside Voice & Swallowing Associates"
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line(practice, 14, "B", h=7, align="C")
    d.text_line(f"Speech-Language Pathology · 58 Juniper Drive, Erie, PA 16501 · {ph(r)}", 8.6, h=4.6, align="C")
    d.ln(10)
    d.text_line(fmt_date(date, "wlong"), 10.5, h=6)
    d.ln(3)
    d.text_line(f"Patient: {f['member']}", 10, "B", h=5.5)
    d.ln(2)
    d.text_line(f"Dear {f['first']},", 10.5, h=6)
    d.ln(1)
    d.para(f"Thank you for choosing us for your swallowing therapy after your stay at {SNF}. I want to let you "
           f"know what your plan, Halvorsen Senior Advantage, decided about the treatment I recommended.")
    d.para(f"Your swallowing therapy visits (92526) are covered. The plan will not pay for the electrical "
           f"stimulation (VitalStim, G0283) that I had planned to add at each visit from {fmt_date(f['opdate'], 'long')}. "
           f"The plan calls it investigational. Their reference for this decision is {f['opref']}, and your member "
           f"ID with them is {f['mid']}.")
    d.para("We will keep working on your swallowing exercises, diet changes and safe-swallow strategies. If you "
           "would still like electrical stimulation, we can provide it as a self-pay service at $45.00 per "
           "session after you sign a financial waiver. We can also help you appeal: the plan's letter explains "
           "how, and you must appeal within 60 days of the date on the plan's letter.")
    d.para("Please call me with any questions.")
    d.ln(2)
    d.para(f"Warmly,\n\n{f['slp']}, M.S., CCC-SLP\nNPI {f['npi']}")
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["opref"]],
              service_dates=[iso(f["opdate"])], denial_date=iso(date), provider=f["slp"], unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["experimental"],
              alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [practice]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["mid"] = f"H{r.digits(4)}-{r.digits(5)}"
    f["opref"] = f"OP{r.digits(9)}"
    a = doc_concurrent(r, f)
    f["opdate"] = f["cdate"] + dt.timedelta(days=r.randint(9, 14))
    b = doc_slp_letter(r, f)
    return Item(f"{FAMILY}_finefax_snf_review_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------ 2: EOB with sidebar and three claims
def doc_sidebar_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Mutual Health"
    mid, grp = f"NGM {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(2)}-{r.digits(5)}"
    stmt = f["start"] + dt.timedelta(days=r.randint(28, 40))
    d = Page("Northgate Mutual Health · Explanation of Benefits · This is not a bill · {p}/{n}", margins=(10, 10, 10))
    d.add_page()
    d.set_fill_color(232, 232, 232)
    d.rect(10, 10, 52, 255, "F")
    d.set_xy(12, 13)
    d.font(12, "B")
    d.multi_cell(48, 6, "Northgate\nMutual Health", new_x="LMARGIN", new_y="NEXT")
    d.set_y(d.get_y() + 4)
    for lab, val in [("Statement date", fmt_date(stmt, "abbr")), ("Member", f["member"]), ("Member number", mid),
                     ("Group", grp), ("Date of birth", fmt_date(f["dob"], "abbr")), ("Customer service", ph(r))]:
        d.set_x(12)
        d.font(6.8)
        d.cell(48, 3.6, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(12)
        d.font(9.2, "B")
        d.cell(48, 5.2, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_y(13)
    d.set_left_margin(66)
    d.set_x(66)
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 8.5, "B", h=5)
    d.ln(2)
    d1, d2, d3 = f["start"], f["start"] + dt.timedelta(days=r.randint(5, 9)), f["start"] + dt.timedelta(days=r.randint(12, 18))
    claims = [
        (f"{r.digits(12)}", "Lakeshore ENT & Dysphagia Clinic", d1, [("92610", "Swallow function evaluation", r.randint(310, 420), "")]),
        (f"{r.digits(12)}", REHAB, d2, [("92526", "Swallowing treatment", r.randint(180, 260), ""),
                                        ("97014", "Electrical stimulation, unattended", r.randint(95, 150), "EX7")]),
        (f"{r.digits(12)}", REHAB, d3, [("92526", "Swallowing treatment", r.randint(180, 260), "")]),
    ]
    for cno, prov, dos, lines in claims:
        d.font(9, "B")
        d.cell(0, 5.2, f"Claim {cno}  ·  Service date {fmt_date(dos, 'slash')}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.6, f"Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        rows, tb, tp, to = [], 0, 0, 0
        for code, desc, amt, rmk in lines:
            amt = float(amt)
            if rmk:
                al, pd, ow = 0.0, 0.0, amt
            else:
                al = round(amt * 0.62, 2)
                pd, ow = round(al - 30, 2) if al > 30 else 0.0, min(30.0, al)
            rows.append([code, desc, fmt_money(amt), fmt_money(al), fmt_money(pd), fmt_money(ow), rmk])
            tb, tp, to = tb + amt, tp + pd, to + ow
        rows.append(["*Claim total", "", fmt_money(tb), "", fmt_money(tp), fmt_money(to), ""])
        d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [13, 46, 18, 18, 18, 16, 10], size=7.8, aligns="LLRRRRL", border_head="B")
        if any(x[3] for x in lines):
            denied = (cno, prov, dos, tb, float(lines[1][2]))
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("EX7  Neuromuscular electrical stimulation for swallowing disorders is considered experimental or "
           "investigational under our medical policy. It is not covered. The swallowing therapy billed on the same "
           "day was paid. Your provider may not bill you for this line if it is in our network.", 8.4)
    d.para("You have the right to appeal. Send a written appeal within 180 days of the date of this statement to "
           "Northgate Mutual Health, Member Appeals, PO Box 7710, Duluth, MN 55802. Rehabilitation visits used this "
           "year: 3 of 30.", 8.4)
    cno, prov, dos, tb, nmes = denied
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[cno], claim_amount=m2(tb), service_dates=[iso(dos)],
              denial_date=iso(stmt), provider=prov, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(nmes)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: rehab hospital outpatient statement (photocopy)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    acct, mid, claim = f"BRH-{r.digits(8)}", f"W{r.digits(9)}", f"{r.digits(4)}-{r.digits(6)}"
    dates = [f["start"] + dt.timedelta(days=k) for k in (0, 3, 7, 10)]
    stmt = dates[-1] + dt.timedelta(days=r.randint(30, 42))
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(12, 12, 192, 14, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(15, 14)
    d.font(14, "B")
    d.cell(0, 10, "BRIGHTWATER REHABILITATION HOSPITAL  ·  Outpatient Services")
    d.set_text_color(0, 0, 0)
    d.set_xy(12, 30)
    d.text_line("1200 Harbor View Road, Bellingham, WA 98225  ·  Billing questions " + ph(r), 8.5, h=5)
    d.ln(3)
    top = d.get_y()
    d.set_left_margin(12)
    d.text_line("PATIENT STATEMENT - OUTPATIENT THERAPY", 11, "B", h=6.5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(4)
    rows, total, pay, therapy, nmes = [], 0.0, 0.0, 0.0, 0.0
    for dd in dates:
        a, b = float(r.randint(185, 240)), float(r.randint(95, 140))
        rows.append([fmt_date(dd, "slash"), "0444", "92526", "Swallowing treatment", fmt_money(a, "nosign")])
        rows.append([fmt_date(dd, "slash"), "0424", "97014", "E-stim unattended (NMES)", fmt_money(b, "nosign")])
        total, therapy, nmes = total + a + b, therapy + a, nmes + b
        pay += round(a * 0.7, 2)
    pdate = fmt_date(stmt - dt.timedelta(days=9), "short")
    rows.append(["*Total charges", "", "", "", fmt_money(total, "nosign")])
    rows.append([pdate, "", "", "Insurance payment", "-" + fmt_money(pay, "nosign")])
    rows.append([pdate, "", "", "Contractual adjustment", "-" + fmt_money(therapy - pay, "nosign")])
    bal = round(nmes, 2)
    rows.append(["*Balance", "", "", "", fmt_money(bal, "nosign")])
    d.table(["Date", "Rev", "CPT", "Description", "Amount"], rows, [18, 12, 14, 56, 24], size=8.2, aligns="LLLLR")
    d.para("NMES lines: denied by your insurer as investigational (claim " + claim + "). You are responsible "
           "for them because you signed our financial waiver before treatment.", 8.2, w=124)
    y_end = d.get_y()
    x = 142
    d.set_xy(x, top)
    d.set_fill_color(236, 236, 236)
    d.rect(x, top, 62, 108, "F")
    for lab, val in [("Statement date", fmt_date(stmt, "long")), ("Account number", acct),
                     ("Guarantor", f["member"]), ("Insurance", "Pell Valley Health Cooperative"),
                     ("Member ID", mid), ("Therapist", f["slp"]), ("Amount due", fmt_money(bal)),
                     ("Please pay by", fmt_date(stmt + dt.timedelta(days=25), "long"))]:
        d.set_x(x + 2)
        d.font(6.8)
        d.cell(58, 3.6, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(x + 2)
        d.font(9, "B")
        d.cell(58, 5.4, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.8)
    d.set_y(max(y_end, top + 112))
    d.text_line("- - - - - - - - - - - - return this part with your payment - - - - - - - - - - - -", 8, align="C", h=6)
    d.para(f"Account {acct}    Amount due {fmt_money(bal)}    Amount enclosed $________", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(x) for x in dates], denial_date=iso(stmt), provider=REHAB, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(bal)], "provider": [f["slp"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: boxed upheld appeal (phone photo)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Bay Health Insurance"
    mid, grp, claim, appeal = f"TB{r.digits(10)}", f"{r.digits(7)}", f"{r.digits(13)}", f"APL-{r.digits(2)}-{r.digits(5)}"
    dates = [f["start"] + dt.timedelta(days=k) for k in (0, 2, 4)]
    billed = float(sum(r.randint(110, 160) for _ in dates))
    recv = dates[-1] + dt.timedelta(days=r.randint(50, 70))
    date = recv + dt.timedelta(days=r.randint(20, 28))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("TAMARACK BAY HEALTH INSURANCE", 14, "B", h=7)
    d.text_line(f"Grievance and Appeals · PO Box 415, Pueblo, CO 81003 · {ph(r)}", 8.5, h=4.6)
    d.ln(4)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12, "B", h=7)
    d.boxes([("Decision date", fmt_date(date, "dmy"), 34), ("Appeal number", appeal, 40), ("Claim number", claim, 46),
             ("Appeal received", fmt_date(recv, "dmy"), 34), ("Decision", "UPHELD", 30)])
    d.boxes([("Member", f["member"], 56), ("Member ID", mid, 42), ("Group", grp, 30),
             ("Amount billed", fmt_money(billed), 30), ("Date of birth", fmt_date(f["dob"], "dmy"), 26)])
    d.boxes([("Rendering provider", f"{f['slp']}, CCC-SLP", 72), ("Facility", REHAB, 82), ("NPI", f["npi"], 30)])
    d.ln(4)
    d.table(["Date of service", "Code", "Description", "Billed"],
            [[fmt_date(x, "dmy"), "G0283", "Electrical stimulation (NMES) for dysphagia", fmt_money(billed / 3)]
             for x in dates], [34, 20, 96, 30], size=9, aligns="LLLR", border_head="TB")
    d.para(f"Dear {f['first']} {f['last']}: you asked us to reconsider our denial of neuromuscular electrical "
           "stimulation given with your swallowing therapy. A speech-language pathologist and a physician board "
           "certified in otolaryngology, neither of whom took part in the first decision, reviewed your appeal, "
           "your therapist's progress notes and the articles your therapist sent.", 9.5)
    d.para("We are upholding our decision. Surface electrical stimulation for dysphagia remains investigational "
           "under medical policy TBH-MP-0377: the studies are small, not blinded, and do not show a lasting benefit "
           "over swallowing exercises alone. Your swallowing therapy (92526) on the same dates was paid and is not "
           "part of this appeal.", 9.5)
    d.para("This is the final decision of our internal appeal process. You may ask for an external review by an "
           "independent review organization within 4 months after you receive this letter; ask for an expedited "
           "external review if waiting 45 days would put your health at risk.", 9.5)
    d.para("Appeals Coordinator, Tamarack Bay Health Insurance", 9.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(x) for x in dates],
              denial_date=iso(date), provider=f["slp"], alternates={"case_numbers": [[appeal]], "provider": [REHAB]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: Medicare Summary Notice (150 dpi)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.choice('123456789')}{r.letters(1)}{r.choice('123456789')}{r.letters(1)}-{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(2)}{r.digits(2)}"
    date = f["start"] + dt.timedelta(days=r.randint(35, 50))
    deadline = date + dt.timedelta(days=120)
    period_from = date - dt.timedelta(days=90)
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    d1 = f["start"] - dt.timedelta(days=r.randint(6, 12))
    d2 = f["start"]
    prov2 = "Harborside Outpatient Speech Therapy"
    a = [float(r.randint(200, 260)), float(r.randint(70, 120))]
    d = Page("Medicare Summary Notice for Part B (Medical Insurance)  ·  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice", 18, "B", h=8)
    d.text_line("for Part B (Medical Insurance)", 11, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[x.upper() for x in f["addr"]]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    kv(d, [("Notice Date:", fmt_date(date, "long")), ("Medicare Number:", mbi.replace("-", "-")),
           ("Claims processed:", f"{fmt_date(period_from, 'long')} - {fmt_date(date, 'long')}")], 104, 36, 60, 8.8)
    d.ln(5)
    d.set_font("DejaVu", "B", 10.5)
    d.cell(0, 6, f"If you disagree with a coverage decision, file an appeal by {fmt_date(deadline, 'long')}.",
           border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"Your Claims for Part B (Medical Insurance)", 11, "B", h=6)
    d.text_line(f"{f['slp']}, ({ph(r)})  Service provided {fmt_date(d1, 'slash')}  Claim number {c1}", 8.6, h=5)
    d.table(["Service & billing code", "Approved?", "Charged", "Medicare-approved", "Medicare paid",
             "You may be billed", "Notes"],
            [["Swallow function evaluation (92610)", "Yes", fmt_money(a[0]), fmt_money(a[0] * .55),
              fmt_money(a[0] * .55 * .8), fmt_money(a[0] * .55 * .2), ""]],
            [52, 18, 22, 28, 24, 26, 12], size=7.4, aligns="LLRRRRL")
    d.text_line(f"{prov2}, ({ph(r)})  Service provided {fmt_date(d2, 'slash')}  Claim number {c2}", 8.6, h=5)
    b1, b2 = float(r.randint(160, 210)), float(r.randint(85, 130))
    d.table(["Service & billing code", "Approved?", "Charged", "Medicare-approved", "Medicare paid",
             "You may be billed", "Notes"],
            [["Swallowing treatment (92526)", "No", fmt_money(b1), "$0.00", "$0.00", "$0.00", "A"],
             ["Electrical stimulation (G0283)", "No", fmt_money(b2), "$0.00", "$0.00", fmt_money(b2), "A, B"],
             ["*Total for this claim", "", fmt_money(b1 + b2), "$0.00", "$0.00", fmt_money(b2), ""]],
            [52, 18, 22, 28, 24, 26, 12], size=7.4, aligns="LLRRRRL")
    d.text_line("Notes for Your Claims", 10, "B", h=6)
    d.para("A  Medicare won't cover these services because they are not reasonable and necessary as billed: "
           "electrical stimulation used to treat swallowing disorders is not covered under the local coverage "
           "determination, and the swallowing treatment was billed only with the stimulation on this date.", 8.4)
    d.para("B  You signed an Advance Beneficiary Notice (ABN), so you may be billed for this service.", 8.4)
    d.text_line("How to handle denied claims or file an appeal", 10, "B", h=6)
    d.para("Circle the services you disagree with, explain why, sign, and send this notice to the company that "
           "handles claims for Medicare (address on the last page). Your appeal must be filed by the date above. "
           f"Date of birth: {fmt_date(f['dob'], 'slash')}.", 8.4)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(b1 + b2), service_dates=[iso(d2)], denial_date=iso(date),
              provider=prov2, appeal_deadline=iso(deadline), denial_alternates=["experimental"],
              type_alternates=["denial_letter"], alternates={"claim_amount": [m2(b2)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: paid EOB, swallowing therapy only (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Fenwick Valley Health Partners"
    mid, grp, plan, claim = f"FV-{r.digits(8)}", f"G{r.digits(6)}", f"PPO-{r.digits(3)}", f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    dates = [f["start"] + dt.timedelta(days=k) for k in (0, 2, 7)]
    stmt = dates[-1] + dt.timedelta(days=r.randint(18, 26))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Fenwick Valley Health Partners", 15, "B", h=7)
    d.text_line(f"Claim Summary · {ph(r)} · fenwickvalley.example", 8.5, h=4.6)
    d.rule(0.4, 3)
    kv(d, [("Issue date", fmt_date(stmt, "iso")), ("Patient", f["member"]), ("Member ID", mid), ("Group", grp),
           ("Plan", plan), ("Claim", claim), ("Provider", REHAB)], 18, 34, 120, 9.2, 5.2)
    d.ln(3)
    rows, tb, tpd = [], 0.0, 0.0
    for x in dates:
        b = float(r.randint(190, 250))
        al = round(b * 0.66, 2)
        rows.append([fmt_date(x, "iso"), "92526", fmt_money(b, "usd"), fmt_money(al, "usd"),
                     fmt_money(al - 25, "usd"), "$25.00"])
        tb, tpd = tb + b, tpd + al - 25
    rows.append(["*Totals", "", fmt_money(tb, "usd"), "", fmt_money(tpd, "usd"), fmt_money(75, "usd")])
    d.table(["Date", "Service", "Charged", "Allowed", "Paid to provider", "Your copay"], rows, [28, 20, 32, 32, 34, 24],
            size=8.8, aligns="LLRRRR")
    d.para("All services on this claim were covered. Swallowing therapy visits used this year: 9 of 20. Your "
           "copay of $25.00 per visit goes to the provider.", 9)
    d.para("Questions or disagree? You may request a review within 180 days after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tb), service_dates=[iso(x) for x in dates],
              denial_date=iso(stmt), provider=REHAB, type_alternates=["other"], alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "bd_prose_preservice", "born_digital"),
              (2, doc_sidebar_eob, "scan_sidebar_eob", "scan_clean_300"),
              (3, doc_statement, "copy_rehab_statement", "photocopy"),
              (4, doc_appeal, "photo_boxed_appeal_upheld", "phone_photo"),
              (5, doc_msn, "lowres_msn_partb", "scan_lowres_150"),
              (6, doc_paid_eob, "rot_paid_therapy_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
