"""Family 'prosthodontic_denture_reline_frequency_dental_eob': denture relines (D5750 maxillary / D5751 mandibular
complete denture, laboratory) and denture adjustments (D5410 / D5411) refused by dental plans because of a frequency
limit (one reline per denture in 36 months) or because relines and adjustments within 6 months of the denture's
placement are part of the denture fee.

Documents: a dental EOB with several lines on one claim (exam and adjustment paid, reline denied for the 36-month
limit; the subscriber is the spouse); a fine-fax stack of a cover sheet, a dental carrier's denial letter for a
mandibular reline within 6 months of an immediate denture, and the dental laboratory's invoice to the dentist for
that reline; a state Medicaid dental notice of action on a prior authorization request (fair hearing, continuation);
a photocopied pre-treatment estimate approving a reline after the 36 months passed; a sideways upheld appeal with a
grey sidebar; a phone photo of the prosthodontic practice's statement to the patient; a low-resolution two-page TPA
letter refusing two adjustments, facts only in sentences.

Decoys: DOB, subscriber, NPIs, license and tax IDs, the last reline and placement dates, paid lines, annual maximum,
lab case and account numbers, estimate-valid-through dates, fair hearing / continuation / external-review limits.
All values invented (carriers, practices, labs, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "prosthodontic_denture_reline_frequency_dental_eob"
LANG = "en"
SEED = 313500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, rows, x: float, lw: float, vw: float, size: float = 9, h: float = 4.9, bold_label=True):
        for lab, val in rows:
            self.set_x(x)
            self.font(size, "B" if bold_label else "")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def tel(r: Rand) -> str:
    return f"({r.choice(['800', '844', '877'])}) 555-{r.digits(4)}"


def when(r: Rand, lo: int = 0, hi: int = 150) -> dt.date:
    return dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(lo, hi))


# ---------------------------------------------------------------- 0: dental EOB, three lines, reline denied (36 months)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    ins = "Larkspur Dental Benefit Company"
    pat, pfirst, _, plast = r.person()
    sub = f"{r.choice(['Wendell', 'Colin', 'Jasper', 'Rufus'])} {r.choice('BDHKT')}. {plast}"
    mid, grp = f"LDB{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    claim = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    dentist, practice = "Anselm R. Greer", "Greer Family & Denture Dentistry"
    dos = when(r)
    recv, stmt = dos + dt.timedelta(days=r.randint(4, 9)), dos + dt.timedelta(days=r.randint(18, 27))
    last = dos - dt.timedelta(days=r.randint(500, 900))
    dob = dt.date(r.randint(1941, 1958), r.randint(1, 12), r.randint(1, 28))
    lines = [("D0120", "Periodic oral evaluation", 68.0, 68.0, 68.0, 0.0, ""),
             ("D5410", "Adjust complete denture - maxillary", 96.0, 82.0, 65.6, 16.4, ""),
             ("D5750", "Reline complete maxillary denture (laboratory)", float(r.randint(410, 560)), 0.0, 0.0, None,
              "F36")]
    billed = sum(x[2] for x in lines)
    d = Page("Larkspur Dental Benefit Company   |   Explanation of Dental Benefits   |   Page {p} of {n}")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(0, 0, d.w, 20, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 5)
    d.font(16, "B")
    d.cell(0, 8, "LARKSPUR DENTAL")
    d.set_xy(120, 5)
    d.font(8.5)
    d.multi_cell(80, 4.2, f"Benefit Company\nPO Box 2280, Cedar Bluff, UT 84720\nMember line {tel(r)}", align="R")
    d.set_text_color(0, 0, 0)
    d.set_y(27)
    d.text_line("Explanation of Dental Benefits  -  this is not a bill", 12, "B", h=7)
    d.ln(2)
    y = d.get_y()
    for ln in [sub, *r.address()]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    d.kv([("Statement date", fmt_date(stmt, "abbr")), ("Subscriber", sub), ("Member ID", mid), ("Group", grp),
          ("Patient", pat), ("Relationship", "Spouse"), ("Patient birth date", fmt_date(dob, "abbr"))],
         x=112, lw=34, vw=50, size=8.8, h=4.6)
    d.ln(5)
    d.set_fill_color(232, 232, 232)
    d.font(9, "B")
    d.cell(0, 6, f"  Claim {claim}    Dentist: Dr. {dentist}, DDS    Received {fmt_date(recv, 'abbr')}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.font(8.3)
    d.cell(0, 5, f"  {practice}, 41 Tamarack Street, Cedar Bluff, UT 84720    NPI {r.npi()}    In network",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = []
    for code, desc, b, a, p, owe, rk in lines:
        rows.append([fmt_date(dos, "slash"), code, desc, fmt_money(b), fmt_money(a), fmt_money(p),
                     fmt_money(b if owe is None else owe), rk])
    rows.append(["*Claim totals", "", "", fmt_money(billed), fmt_money(sum(x[3] for x in lines)),
                 fmt_money(sum(x[4] for x in lines)), fmt_money(lines[1][5] + lines[2][2]), ""])
    d.table(["Service date", "Code", "Procedure", "Submitted", "Allowed", "Paid", "Patient owes", "Note"], rows,
            [22, 14, 66, 20, 17, 17, 19, 10], size=7.9, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=6)
    d.para(f"F36  A reline of the same denture is a benefit once in 36 months. Our records show a reline of the "
           f"maxillary denture was paid for service on {fmt_date(last, 'abbr')}. This reline is within 36 months of "
           "that service and is not a covered benefit. The dentist may bill you for it unless the dentist's network "
           "agreement says otherwise.", 8.6)
    d.text_line("Benefit summary for " + pfirst, 9.5, "B", h=6)
    d.para(f"Calendar-year maximum $1,500.00; used to date ${65.6 + 68 + r.randint(150, 400):,.2f}. Deductible "
           "$50.00, met. Prosthodontic services are paid at 50% after a 12-month waiting period, which has been "
           "satisfied.", 8.6)
    d.text_line("If you disagree", 9.5, "B", h=6)
    d.para("You or your dentist may ask for a review of the note F36 decision within 180 days of the date of this "
           "statement. Write to Larkspur Dental Appeals, PO Box 2284, Cedar Bluff, UT 84720, and include a copy of "
           "this statement and any records. You may also ask for copies of the documents we used, free of charge.",
           8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=pat,
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=dentist, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["other"], alternates={"provider": [practice], "claim_amount": [m2(lines[2][2])],
                                                        "insurer": ["Larkspur Dental"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: 6-month letter + lab invoice
def doc_six_month_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bayfront Mutual Dental Plans"
    notice = f["dos"] + dt.timedelta(days=r.randint(16, 30))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("BAYFRONT MUTUAL", 18, "B", h=8)
    d.text_line("DENTAL PLANS", 9, "B", h=4.5)
    d.text_line(f"Claims Review  *  1400 Harbor View Road, Bangor, ME 04401  *  Fax {tel(r)}", 8.4, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.kv([("Re:", "Claim determination - denture reline"), ("Member:", f["member"]), ("Identification No.:", f["mid"]),
          ("Plan/Group:", f["grp"]), ("Claim Control No.:", f["claim"]), ("Treating dentist:", f"Dr. {f['dentist']}")],
         x=24, lw=40, vw=100, size=9.6, h=5.2, bold_label=False)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We received a claim from Dr. {f['dentist']} for a laboratory reline of your lower (mandibular) complete "
           f"denture, procedure D5751, performed on {fmt_date(f['dos'], 'long')}. The amount billed was "
           f"{fmt_money(f['fee'])}. We are not able to pay this claim.", 10.5)
    d.para(f"Your immediate lower denture was placed on {fmt_date(f['placed'], 'long')}. Under your plan's "
           "prosthodontic limitations (Certificate of Coverage, Section 7.4), relines and adjustments done within "
           "6 months after a denture is placed are part of the fee for the denture itself. The reline was done "
           f"{(f['dos'] - f['placed']).days} days after placement, so it is not a separately covered benefit. "
           "Because Dr. " + f["last_dentist"] + " is a participating dentist, you cannot be billed for this "
           "procedure.", 10.5)
    d.para("A reline done 6 months or more after placement is covered once in 36 months. Your dentist may send the "
           "claim again if the date on the claim was wrong.", 10.5)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter. Write to Bayfront Mutual "
           "Dental Plans, Attn: Appeals, PO Box 118, Bangor, ME 04402, or fax your appeal to the number above. "
           "You may send records, x-rays or a letter from your dentist. We will decide within 30 days of receiving "
           "your appeal.", 10.5)
    d.para("Sincerely,\nDental Claims Review Unit", 10.5)
    d.para(f"cc: Dr. {f['dentist']}, DMD (NPI {f['npi']})", 8.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["fee"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["dentist"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["coding_error", "other"])
    return pdf_bytes(d), t


def doc_lab_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    lab = "Meridian Prosthetic Arts Dental Laboratory"
    inv_date = f["dos"] - dt.timedelta(days=r.randint(1, 3))
    recv_lab = inv_date - dt.timedelta(days=r.randint(2, 4))
    inv, case = f"MPA-{r.digits(5)}", f"{r.digits(2)}/{r.digits(4)}"
    items = [("Reline, mandibular complete denture, heat-cured acrylic", 1, float(r.randint(118, 165))),
             ("Soft liner, upgrade (per arch)", 1, float(r.randint(38, 62))),
             ("Return shipping and pan", 1, 14.0)]
    total = sum(x[2] * x[1] for x in items)
    d = Page("Meridian Prosthetic Arts - terms net 30 - a late charge of 1.5% per month applies after 30 days")
    d.add_page()
    d.set_line_width(0.8)
    d.rect(16, 14, 184, 24)
    d.set_xy(20, 17)
    d.font(15, "B")
    d.cell(110, 7, "Meridian Prosthetic Arts")
    d.font(18, "B")
    d.cell(70, 7, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.font(8.4)
    d.cell(0, 4.5, f"{lab}  -  2200 Old Mill Road, Erie, PA 16501  -  {tel(r)}  -  Lic. DL-{r.digits(4)}",
           new_x="LMARGIN", new_y="NEXT")
    d.set_xy(20, 31)
    d.cell(0, 4.5, "Removable prosthetics  |  relines  |  repairs", new_x="LMARGIN", new_y="NEXT")
    d.set_y(44)
    y = d.get_y()
    d.font(8, "B")
    d.cell(0, 4.5, "BILL TO", new_x="LMARGIN", new_y="NEXT")
    for ln in [f["practice"], f"Attn: Dr. {f['dentist']}", "77 Quarry Street", "Bangor, ME 04401"]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    d.kv([("Invoice no.", inv), ("Invoice date", fmt_date(inv_date, "iso")), ("Pan / case", case),
          ("Received in lab", fmt_date(recv_lab, "iso")), ("Seat date", fmt_date(f["dos"], "iso")),
          ("Patient", f["member"])], x=116, lw=32, vw=50, size=8.8, h=4.8)
    d.ln(6)
    rows = [[desc, str(q), fmt_money(p, "nosign"), fmt_money(p * q, "nosign")] for desc, q, p in items]
    rows.append(["*Invoice total", "", "", fmt_money(total)])
    d.table(["Description", "Qty", "Unit", "Amount"], rows, [112, 16, 26, 30], size=9, aligns="LRRR",
            border_head="TB")
    d.para("Shade and tooth mould unchanged. Denture returned on the seat date requested by the office. Please "
           "reference the invoice number on your remittance. Laboratory fees are billed to the dental office, not "
           "to the patient or the patient's dental plan.", 8.8)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(inv_date), provider=lab, unscored=["insurer"],
              alternates={"provider": ["Meridian Prosthetic Arts", f["dentist"], f["practice"]],
                          "service_dates": [[]], "case_numbers": [[inv], [case]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    f = dict(member=member, first=first, last=last, addr=r.address(), dos=when(r, 20, 140), npi=r.npi(),
             mid=f"BMD{r.digits(3)} {r.digits(3)} {r.digits(3)}", grp=f"{r.letters(2)}{r.digits(4)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", dentist="Ezra M. Lomax", last_dentist="Lomax",
             practice="Lomax Prosthodontics, PC", fee=float(r.randint(380, 520)))
    f["placed"] = f["dos"] - dt.timedelta(days=r.randint(60, 140))
    letter = doc_six_month_letter(r, f)
    inv = doc_lab_invoice(r, f)
    letter[1]["fields"]["member_id"] = f["mid"].replace(" ", "")
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [letter, inv], separators=["cover", None])


# ---------------------------------------------------------------- 2: Medicaid dental notice of action (PA request)
def doc_medicaid_notice(r: Rand) -> tuple[bytes, dict]:
    ins = "Keystone Smile Dental Administrators"
    prog = "Commonwealth Medical Assistance Dental Program"
    member, first, _, last = r.person()
    mid = f"{r.digits(10)}"
    req = f"PA{r.digits(9)}"
    notice = when(r, 10, 150)
    recv = notice - dt.timedelta(days=r.randint(5, 11))
    planned = notice + dt.timedelta(days=r.randint(12, 30))
    last_rl = notice - dt.timedelta(days=r.randint(420, 800))
    dentist = "Harriet J. Szabo"
    d = Page("KSDA-NOA-14 (rev. 01/2026)     Page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line(ins, 14, "B", h=7)
    d.text_line(f"Administrator for the {prog}", 9, h=4.8)
    d.text_line(f"PO Box 4410, Erie, PA 16501   |   Member Services {tel(r)} (TTY 711)", 8.6, h=4.6)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF ACTION", 14, "B", align="C", h=7)
    d.text_line("Denial of a Dental Service Request", 10.5, align="C", h=6)
    d.ln(3)
    lw = 58
    rows = [("Date of this notice", fmt_date(notice, "wlong")), ("Member name", member),
            ("Medical Assistance ID", mid), ("Prior authorization request", req),
            ("Requesting dentist", f"{dentist}, DMD"), ("Date we got the request", fmt_date(recv, "slash")),
            ("Planned treatment date", fmt_date(planned, "slash"))]
    for lab, val in rows:
        d.set_fill_color(236, 236, 236)
        d.font(9, "B")
        d.cell(lw, 6.2, "  " + lab, border=1, fill=True)
        d.font(9.5)
        d.cell(0, 6.2, "  " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Dear {first} {last}: Your dentist asked us to approve the dental service below. We have DENIED the "
           "request. This notice explains why and what you can do.", 10)
    d.table(["Code", "Service requested", "Decision", "Reason"],
            [["D5750", "Reline, complete upper denture (lab)", "Denied", "Frequency limit (see below)"]],
            [18, 72, 24, 60], size=9, border_head="TB")
    d.text_line("Why we denied it", 10.5, "B", h=6)
    d.para(f"The Medical Assistance dental benefit covers one reline of the same denture every 36 months "
           f"(Dental Program Rules, Section 12.4(d), and the Dental Services Fee Schedule limits). A reline of your upper denture "
           f"was paid for service on {fmt_date(last_rl, 'slash')}. The 36 months have not passed, so the service "
           "cannot be approved now. You may have the reline paid after the 36 months end, or your dentist may ask "
           "for an exception if the denture no longer fits because of surgery or a large weight loss.", 9.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may ask us for an appeal (a review by a dentist who did not make this decision). You must ask "
           "within 60 days of the date of this notice. Call Member Services or write to the address above. If "
           "your health is at risk, ask for an expedited appeal; we will decide within 72 hours.", 9.6)
    d.para("Fair hearing: after our appeal decision you may ask the Department for a fair hearing within 120 days "
           "of the date of the appeal decision. You may speak for yourself or have a lawyer, relative, friend or "
           "other spokesperson speak for you. Free legal help may be available from your local legal aid office.",
           9.6)
    d.para("Continuing services: this notice denies a new service, so there are no services to continue. (If we had "
           "reduced a service you already receive, you could keep it by appealing within 10 days.)", 9.0)
    d.para(f"Requesting dentist Medical Assistance provider number: {r.digits(9)}. Notice material number "
           f"KSDA-NOA-14.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=member, case_numbers=[req],
              service_dates=[iso(planned)], denial_date=iso(notice), provider=dentist,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["other"],
              alternates={"insurer": [prog], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: pre-treatment estimate approving a reline
def doc_estimate(r: Rand) -> tuple[bytes, dict]:
    ins = "Tidewater Guardian Dental"
    member, first, _, last = r.person()
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"{r.digits(6)}"
    est = f"PTE-{r.digits(3)}-{r.digits(5)}"
    date = when(r, 0, 160)
    last_rl = date - dt.timedelta(days=r.randint(1150, 1400))
    valid = date + dt.timedelta(days=365)
    dentist, practice = "Sunita L. Nakamura", "Bellingham Denture & Implant Center"
    fee1, fee2 = float(r.randint(420, 560)), 92.0
    total = fee1 + fee2
    d = Page("Tidewater Guardian Dental - Pre-Treatment Estimate - form TGD-PTE-3")
    d.add_page()
    d.text_line("Tidewater Guardian Dental", 15, "B", h=7)
    d.text_line(f"Predetermination Services  -  PO Box 6602, Bellingham, WA 98225  -  {tel(r)}", 8.6, h=4.6)
    d.ln(3)
    d.text_line("PRE-TREATMENT ESTIMATE", 12.5, "B", h=7)
    d.text_line("This is an estimate, not a guarantee of payment or an authorization.", 8.8, h=5)
    d.ln(2)
    d.boxes([("Estimate number", est, 44), ("Date issued", fmt_date(date, "dmy"), 34), ("Valid through",
             fmt_date(valid, "dmy"), 34), ("Patient", member, 66)], h=12)
    d.boxes([("ID number", mid, 40), ("Group", grp, 30), ("Dentist", f"Dr. {dentist}", 64), ("Office",
             practice, 44)], h=12, value_size=8.5)
    d.ln(5)
    rows = [["D5750", "Reline complete maxillary denture (lab)", fmt_money(fee1), fmt_money(fee1 * 0.8),
             fmt_money(fee1 * 0.4), "Approved"],
            ["D5410", "Adjust complete denture, maxillary", fmt_money(fee2), fmt_money(80), fmt_money(40),
             "Approved"],
            ["*Totals", "", fmt_money(total), fmt_money(fee1 * 0.8 + 80), fmt_money(fee1 * 0.4 + 40), ""]]
    d.table(["Code", "Proposed service", "Submitted fee", "Allowed", "Est. plan pays", "Status"], rows,
            [16, 66, 26, 24, 26, 22], size=8.8, aligns="LLRRRL", head_fill=True)
    d.text_line("Benefit notes", 10, "B", h=6)
    d.para(f"The last paid reline of this denture was on {fmt_date(last_rl, 'dmy')}, more than 36 months ago, so the "
           "frequency limit is met. Prosthodontic services are paid at 50% of the allowed amount. The estimate "
           "assumes the patient remains eligible on the date of service and that the annual maximum is not used "
           "up by then.", 9.2)
    d.para("SAMPLE: if the allowed fee were $400.00, the plan would pay $200.00 and the patient $200.00.", 8.6)
    d.para("Send the completed claim with the estimate number when treatment is done. If treatment is not started by "
           "the valid-through date, a new estimate is needed.", 9.2)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=member, case_numbers=[est],
              claim_amount=m2(total), denial_date=iso(date), provider=dentist,
              alternates={"provider": [practice], "claim_amount": [None, m2(fee1)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: sideways upheld appeal with a grey sidebar
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    ins = "Quillfeather Dental Insurance Co."
    member, first, _, last = r.person()
    mid, grp = f"QF-{r.digits(7)}", f"{r.digits(5)}-{r.letters(1)}"
    appeal, claim = f"APL{r.digits(7)}", f"{r.digits(12)}"
    dos = when(r, 0, 90)
    decided = dos + dt.timedelta(days=r.randint(70, 100))
    last_rl = dos - dt.timedelta(days=r.randint(300, 700))
    fee = float(r.randint(390, 540))
    dentist = "Kwame D. Oduya"
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.rect(0, 0, 62, d.h, "F")
    d.set_xy(8, 16)
    d.font(13, "B")
    d.multi_cell(50, 6, "Quillfeather\nDental")
    d.set_x(8)
    d.font(7.5)
    d.multi_cell(50, 3.8, "Insurance Co.\nAppeals Department\n90 Lantern Way\nDuluth, MN 55802")
    y = 58
    for lab, val in [("DECISION DATE", decided.strftime("%m/%d/%y")), ("APPEAL NO.", appeal), ("CLAIM NO.", claim),
                     ("MEMBER", member), ("MEMBER ID", mid), ("GROUP", grp), ("SERVICE", "D5750 reline"),
                     ("DATE OF SERVICE", dos.strftime("%m/%d/%y")), ("AMOUNT CHARGED", fmt_money(fee)),
                     ("DENTIST", f"Dr. {dentist}")]:
        d.set_xy(8, y)
        d.font(6.8, "B")
        d.cell(50, 3.5, lab)
        d.set_xy(8, y + 3.6)
        d.font(9)
        d.cell(50, 5, val)
        y += 11.5
    d.set_xy(8, y + 6)
    d.font(7.2)
    d.multi_cell(50, 3.6, f"Questions: {tel(r)}\nMon-Fri 8-6 Central\nOur hours changed on 01/05/26.")
    x0 = 72
    d.set_left_margin(x0)
    d.set_xy(x0, 18)
    d.text_line(decided.strftime("%m/%d/%y"), 10, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Second-level appeal decision: denial upheld", 12, "B", h=7)
    d.ln(1)
    d.para(f"Dear {first} {last}:", 10)
    d.para(f"You asked us to review our decision not to pay for a reline of your upper denture done by Dr. "
           f"{dentist} on the date shown at left. A dentist who was not part of the first decision reviewed the "
           "appeal, the chart notes and the letter from Dr. " + dentist.split()[-1] + ".", 10)
    d.para(f"Your plan covers one reline of a denture in any 36-month period (Group Dental Plan booklet, page 22, "
           f"Limitations 4.c). Your upper denture was relined on {last_rl.strftime('%m/%d/%y')}. The letter from your "
           "dentist says the denture became loose, but it does not show a change such as surgery or extractions "
           "that the plan lists as an exception. We therefore uphold our decision. The denial of the claim is "
           "upheld.", 10)
    d.para("This is the final decision of the plan's internal appeal process. You have the right to bring a civil "
           "action under section 502(a) of the Employee Retirement Income Security Act (ERISA). You may ask for "
           "copies of all documents relevant to your claim at no cost.", 10)
    d.para("Sincerely,\nDental Appeals Committee\nQuillfeather Dental Insurance Co.", 10)
    d.para(f"Dentist NPI {r.npi()}   Patient DOB {fmt_date(dt.date(r.randint(1940, 1960), r.randint(1, 12), 9), 'short')}",
           8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[appeal, claim], claim_amount=m2(fee), service_dates=[iso(dos)],
              denial_date=iso(decided), provider=dentist, denial_alternates=["other"],
              alternates={"case_numbers": [[appeal]], "insurer": ["Quillfeather Dental"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: prosthodontic practice statement (phone photo)
def doc_practice_statement(r: Rand) -> tuple[bytes, dict]:
    practice = "Harborview Prosthodontic Associates"
    member, first, _, last = r.person()
    mid, claim = f"{r.digits(3)}{r.letters(2)}{r.digits(5)}", f"{r.digits(10)}"
    acct = f"{r.digits(6)}"
    dos = when(r, 0, 110)
    stmt = dos + dt.timedelta(days=r.randint(35, 55))
    fees = [("D5751", "Reline lower denture (lab)", float(r.randint(420, 540))),
            ("D5411", "Adjust lower denture", 95.0)]
    total = sum(x[2] for x in fees)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.font(15, "B")
    d.cell(0, 8, practice, align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Dr. Leticia V. Rutledge, DDS, MS  -  Board certified prosthodontist", 9, align="C", h=5)
    d.text_line(f"300 Harbor View Road, Suite 4, Macon, GA 31201  -  Billing {tel(r)}", 8.6, align="C", h=5)
    d.ln(4)
    d.set_line_width(0.5)
    d.rect(18, d.get_y(), 180, 30)
    y = d.get_y() + 3
    d.set_y(y)
    d.kv([("Statement date:", fmt_date(stmt, "mdy_nopad")), ("Account #:", acct), ("Patient:", member)],
         x=22, lw=32, vw=60, size=9.2, h=5.4)
    d.set_y(y)
    d.kv([("Insurance:", "Larkhaven Dental PPO"), ("Insurance ID:", mid), ("Ins. claim #:", claim)],
         x=112, lw=28, vw=60, size=9.2, h=5.4)
    d.set_y(y + 30)
    rows = [[fmt_date(dos, "mdy_nopad"), c, desc, fmt_money(p)] for c, desc, p in fees]
    rows.append([fmt_date(stmt - dt.timedelta(days=9), "mdy_nopad"), "", "Insurance: denied - frequency limit",
                 fmt_money(0)])
    rows.append(["*Amount you owe now", "", "", fmt_money(total)])
    d.table(["Date", "Code", "Description", "Charge"], rows, [28, 20, 96, 36], size=9.2, aligns="LLLR",
            border_head="TB")
    d.para(f"Hi {first}, your insurance did not pay for the reline and adjustment because your lower denture was "
           "relined less than 36 months ago. Before treatment you signed a financial agreement saying you would pay "
           "for services the plan does not cover. You may appeal to Larkhaven Dental; we are glad to send "
           "records. We will hold your account for 45 days if you tell us you are appealing.", 9.2)
    d.para("Pay online with your account number, or call us to set up a payment plan.", 9.2)
    t = truth("other", None, member_id=mid, member_name=member, case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(dos)], denial_date=iso(stmt), provider=practice, unscored=["insurer"],
              alternates={"provider": ["Leticia V. Rutledge"], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA letter, two adjustments (sentences only)
def doc_tpa_letter(r: Rand) -> tuple[bytes, dict]:
    tpa = "Corbel Benefit Administrators"
    plan = "Fenwick Tool & Die Employee Dental Plan"
    member, first, _, last = r.person()
    mid, grp = f"{r.digits(9)}", f"FTD{r.digits(3)}"
    ref = f"{r.digits(4)}.{r.digits(4)}.{r.digits(3)}"
    d1 = when(r, 20, 120)
    d2 = d1 + dt.timedelta(days=r.randint(8, 20))
    placed = d1 - dt.timedelta(days=r.randint(30, 70))
    notice = d2 + dt.timedelta(days=r.randint(20, 34))
    a1, a2 = 88.0, 88.0
    dentist = "Odette K. Prescott"
    d = Page("Page {p} of {n}", header=f"{member} - reference {ref} - {fmt_date(notice, 'long')}",
             margins=(22, 18, 22))
    d.add_page()
    d.text_line("CORBEL", 20, "B", h=9)
    d.text_line("Benefit Administrators", 10, h=5)
    d.text_line(f"Third-party administrator for the {plan}", 8.5, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=7)
    d.ln(1)
    d.para(f"Dear {first} {last},", 10.5)
    d.para(f"Corbel Benefit Administrators processes dental claims for the {plan} (the Plan). This letter is about "
           f"claim reference {ref}, which Dr. {dentist} sent for you under member ID {mid} and group {grp}. The claim "
           f"was for two adjustments of your new upper denture (procedure D5410), one on "
           f"{fmt_date(d1, 'long')} and one on {fmt_date(d2, 'long')}, billed at {fmt_money(a1)} each, a total of "
           f"{fmt_money(a1 + a2)}.", 10.5)
    d.para(f"We have denied both adjustments. Your denture was placed on {fmt_date(placed, 'long')}. The Plan "
           "Document, Article V, Section 5.6(b), says adjustments and relines within 6 months of placement are "
           "included in the Plan's payment for the denture and are not paid separately. Both adjustments were "
           "within that time. We did not decide that the adjustments were unnecessary; they are simply part of "
           "the denture benefit already paid. Because Dr. " + dentist.split()[-1] + " participates in the Plan's "
           "network, the office may not bill you for them.", 10.5)
    d.para("Please turn the page for your appeal rights.", 9.5)
    d.add_page()
    d.text_line("Important information about your rights", 11.5, "B", h=7)
    d.para("Diagnosis and procedure codes and what they mean are available on request; asking for them is not an "
           "appeal. You may also ask, free of charge, for copies of all documents, records and other information "
           "relevant to your claim, including the plan rule we relied on.", 10.5)
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para("You may appeal in writing within 180 days of the date of this letter. Send your appeal to Corbel "
           "Benefit Administrators, Dental Appeals, PO Box 7710, Pueblo, CO 81003. Include this letter, your "
           "reasons and any records. A person who did not make this decision will review it and we will answer "
           "within 30 days of receiving it.", 10.5)
    d.para("If your appeal is denied, you have the right to bring a civil action under section 502(a) of ERISA. "
           "You may also contact the Employee Benefits Security Administration at 1-866-444-3272.", 10.5)
    d.para("Language help: Para obtener asistencia en Español, llame al número en su tarjeta.", 9.5)
    d.para("Sincerely,\nClaims Review, Corbel Benefit Administrators\non behalf of the Plan Administrator", 10.5)
    d.para(f"Dentist NPI: {r.npi()}.  Plan number: 501.  Employer EIN: {r.digits(2)}-{r.digits(7)}.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=tpa, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[ref], claim_amount=m2(a1 + a2), service_dates=[iso(d1), iso(d2)],
              denial_date=iso(notice), provider=dentist, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["coding_error", "other"], alternates={"insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "eob_three_lines", "born_digital"),
              (2, doc_medicaid_notice, "medicaid_noa", "scan_clean_300"),
              (3, doc_estimate, "pretreatment_estimate", "photocopy"),
              (4, doc_appeal, "upheld_appeal_sidebar", "rotated"),
              (5, doc_practice_statement, "practice_statement", "phone_photo"),
              (6, doc_tpa_letter, "tpa_adjustments_letter", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
