"""Family 'telehealth_dermatology_store_and_forward_asynchronous_denial': dermatology by telehealth where the
member sent photos through an app and a dermatologist reviewed them later (asynchronous, store-and-forward:
99422, G2250, modifier GQ); the plan covers live (synchronous) video visits but refuses the asynchronous codes as
not a covered telehealth modality.

Documents: a born-digital family EOB with three claims (live video visit paid, lab paid, the photo-review claim
refused); a scanned prose letter; a phone photo of an app claim-detail screen; a fine-fax stack of a cover, a
provider determination to the teledermatology practice and the practice's patient statement; a photocopied upheld
appeal; a sideways provider remittance with another patient's paid claim; a low-resolution paid EOB for a live
video follow-up (denies nothing). Decoys: DOB, NPI, TIN, received dates, claims periods, the paid claims, photo
upload dates, 72-hour and 4-month limits, account numbers, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, LAST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "telehealth_dermatology_store_and_forward_asynchronous_denial"
LANG = "en"
SEED = 335300
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PRACTICE = "Clearview Teledermatology, PLLC"
APP = "SkinSnap"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    name, first, mi, last = r.person()
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 100))
    dob = dt.date(r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28))
    derm = f"{r.choice(FIRST)} {r.choice(LAST)}"
    return dict(name=name, first=first, mi=mi, last=last, addr=r.address(), dos=dos, dob=dob, ph=r.phone(),
                npi=r.npi(), acct=r.digits(8), derm=derm)


# ---------------------------------------------------------------- 0: family EOB, photo-review claim refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverleaf Health Plan"
    sub = f"{r.choice(FIRST)} {r.choice('BCDFGHK')}. {f['last']}"
    mid, grp = f"SLH{r.digits(9)}", f"G-{r.digits(6)}"
    c1, c2, c3 = r.digits(12), r.digits(12), r.digits(12)
    live = f["dos"]
    upload = live + dt.timedelta(days=r.randint(9, 14))
    review = upload + dt.timedelta(days=1)
    lab = live + dt.timedelta(days=2)
    stmt = review + dt.timedelta(days=r.randint(20, 30))
    a_live, a_lab = float(r.randint(165, 210)), float(r.randint(60, 95))
    a_rev = [("99422", "Online digital E/M, 11-20 min", float(r.randint(85, 110))),
             ("G2250", "Remote assessment of recorded images", float(r.randint(35, 55)))]
    rev_total = round(sum(x[2] for x in a_rev), 2)
    d = Page("Silverleaf Health Plan  |  Explanation of Benefits  |  page {p} of {n}", margins=(15, 12, 15))
    d.add_page()
    d.text_line("Silverleaf Health Plan", 16, "B", h=8)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 9.5, h=5.5)
    d.ln(2)
    d.labels([("Date issued", fmt_date(stmt, "long")), ("Subscriber", sub), ("Member ID", mid),
              ("Group", grp), ("Patient", f["name"]), ("Patient date of birth", fmt_date(f["dob"], "slash")),
              ("Claims processed", f"{fmt_date(stmt - dt.timedelta(days=30), 'slash')} - "
                                   f"{fmt_date(stmt - dt.timedelta(days=1), 'slash')}")], lw=44, size=9)
    d.ln(2)
    hd = ["Date", "Claim no.", "Service", "Billed", "Allowed", "Plan paid", "Owe", "Code"]
    w = [22, 28, 58, 18, 18, 18, 14, 10]
    rows = [[fmt_date(live, "slash"), c1, f"Video visit 99214-95, {PRACTICE[:19]}", fmt_money(a_live),
             fmt_money(a_live * .8), fmt_money(a_live * .8 - 30), "$30.00", "P1"],
            [fmt_date(lab, "slash"), c2, "Fungal culture 87101, Brookfield Lab", fmt_money(a_lab),
             fmt_money(a_lab * .7), fmt_money(a_lab * .7), "$0.00", "P1"]]
    for code, desc, a in a_rev:
        rows.append([fmt_date(review, "slash"), c3, f"{code} {desc}"[:34], fmt_money(a), "$0.00", "$0.00",
                     fmt_money(a), "TM4"])
    rows.append(["*Claim " + c3, "", "total", fmt_money(rev_total), "$0.00", "$0.00", fmt_money(rev_total), ""])
    d.table(hd, rows, w, size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.para(f"Provider for claims {c1} and {c3}: {PRACTICE} (Dr. {f['derm']}).", 8.6)
    d.text_line("Code explanations", 9.5, "B", h=5.5)
    d.para("P1  Paid under your plan's telehealth benefit. Live two-way audio-video visits are covered like "
           "office visits.\n"
           f"TM4  Not covered. These charges are for photos you uploaded through the {APP} app on "
           f"{fmt_date(upload, 'slash')} that the dermatologist reviewed later, without a live visit "
           "(asynchronous or store-and-forward telehealth). Your plan covers telehealth only as a real-time "
           "audio-video visit. Store-and-forward review is not a covered telehealth modality.", 8.6)
    d.para("Appeals: you may appeal within 180 days from the date of this statement. Urgent appeals are decided "
           f"within 72 hours. Member Services {f['ph']}, TTY 711.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[c3], claim_amount=m2(rev_total), service_dates=[iso(review)], denial_date=iso(stmt),
              provider=PRACTICE, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [f["derm"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: prose letter (scan 300)
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Prairie Health"
    mid, grp, ref = f"KP{r.digits(4)} {r.digits(5)}", r.digits(7), f"{r.digits(2)}-{r.digits(6)}"
    rev = f["dos"]
    billed = float(r.randint(110, 160))
    notice = rev + dt.timedelta(days=r.randint(22, 35))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("KEYSTONE PRAIRIE HEALTH", 15, "B", h=8)
    d.text_line("Claims Department  ·  PO Box 4410, Fargo, ND 58102", 8.6, h=4.6)
    d.ln(8)
    d.para(f"{fmt_date(notice, 'upper').lstrip('0')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.labels([("Reference", ref), ("Member number", mid), ("Group", grp),
              ("Date of birth", fmt_date(f["dob"], "slash"))], lw=36, size=9.6)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(rev, 'long')}, Dr. {f['derm']} of {PRACTICE} reviewed photos of a rash that you sent "
           f"through an online form, and billed us {fmt_money(billed)} for an e-visit (99423, modifier GQ). We "
           "have decided not to pay this claim.", 10)
    d.para("Why: your plan covers telehealth when you and your doctor talk in real time by video. A visit where "
           "pictures are sent and looked at later, which is called asynchronous or store-and-forward care, is "
           "not one of the telehealth services covered under your Certificate of Coverage (Section 7.4). You may "
           "schedule a live video visit with the same practice; those visits are covered with your usual copay.",
           10)
    d.para(f"If you disagree, you can ask us to look at this again. Send your appeal within 60 days of the date "
           f"of this letter. If waiting could seriously harm your health, call {f['ph']} for a fast (72-hour) "
           "decision. You may also ask for an external review within 4 months after our final decision.", 10)
    d.para("Sincerely,\n\nClaims Review Unit\nKeystone Prairie Health", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[ref], claim_amount=m2(billed), service_dates=[iso(rev)], denial_date=iso(notice),
              provider=f["derm"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: app claim-detail screen (phone photo)
def doc_app(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Maplecrest Health"
    mid, claim = f"MCH-{r.digits(8)}", f"C{r.digits(10)}"
    rev = f["dos"]
    billed = float(r.randint(70, 130))
    dec = rev + dt.timedelta(days=r.randint(10, 20))
    dl = dec + dt.timedelta(days=180)
    d = Page(None, margins=(58, 10, 58))
    d.add_page()
    d.set_fill_color(20, 20, 20)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 11, "  maplecrest health", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line("< Claims", 9, h=5)
    d.text_line("Claim details", 14, "B", h=8)
    d.text_line(f"Hi {f['first']} · ID {mid}", 8.6, h=5)
    d.ln(2)
    d.set_fill_color(235, 235, 235)
    d.font(11, "B")
    d.cell(0, 8, "  Status: Denied", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for lab, val in [("Patient", f["name"]), ("Claim #", claim), ("Service date", rev.isoformat()),
                     ("Provider", PRACTICE), ("Type", f"Photo review ({APP} app)"), ("Billed", fmt_money(billed)),
                     ("Plan paid", "$0.00"), ("You may owe", fmt_money(billed)), ("Decision date", dec.isoformat())]:
        d.font(8, "")
        d.set_text_color(90, 90, 90)
        d.cell(0, 4.2, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.font(10.5, "B")
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(1)
    d.text_line("Why wasn't this covered?", 10, "B", h=6)
    d.para("Your doctor looked at photos you uploaded and replied later. Your plan pays for telehealth only when "
           "it's a live video visit. Asynchronous (store-and-forward) reviews aren't a covered type of telehealth.",
           8.6)
    d.text_line("Appeal by", 8, h=4.2)
    d.text_line(dl.isoformat(), 10.5, "B", h=5.6)
    d.para(f"Questions? Chat with us or call {f['ph']}.", 8)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(rev)], denial_date=iso(dec),
              provider=PRACTICE, appeal_deadline=iso(dl), type_alternates=["eob"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: provider determination + statement
def doc_provider_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarack Valley Health Partners"
    mid, icn = f"TVH{r.digits(8)}", f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    revs = [f["dos"], f["dos"] + dt.timedelta(days=r.randint(20, 30))]
    each = float(r.randint(95, 125))
    billed = round(each * 2, 2)
    notice = revs[-1] + dt.timedelta(days=r.randint(15, 25))
    d = Page("TVHP-PCN-07 (rev 01/26)", margins=(18, 14, 18))
    d.add_page()
    d.text_line("TAMARACK VALLEY HEALTH PARTNERS", 14, "B", h=7)
    d.text_line("PROVIDER CLAIM DETERMINATION NOTICE", 10.5, "B", h=6)
    d.ln(3)
    d.labels([("NOTICE DATE:", fmt_date(notice, "dmy").upper()), ("TO:", f"{PRACTICE.upper()} - BILLING"),
              ("BILLING NPI:", f["npi"]), ("TAX ID:", f"4{r.digits(1)}-{r.digits(7)}"),
              ("PATIENT:", f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}"), ("MEMBER ID:", mid),
              ("DATE OF BIRTH:", fmt_date(f["dob"], "dmy").upper()), ("ICN:", icn),
              ("RECEIVED:", fmt_date(revs[-1] + dt.timedelta(days=3), "dmy").upper())], lw=40, size=9.2)
    d.ln(3)
    hd = ["DOS", "CODE", "MOD", "POS", "BILLED", "PAID", "CARC/RARC"]
    w = [30, 20, 16, 14, 26, 22, 40]
    rows = [[fmt_date(v, "dmy").upper(), "99422", "GQ", "02", f"{each:.2f}", "0.00", "CO-96 / N776"] for v in revs]
    rows.append(["*TOTAL", "", "", "", f"{billed:.2f}", "0.00", ""])
    d.table(hd, rows, w, size=8.6, border_head="TB")
    d.para("CO-96 NON-COVERED CHARGE. MODIFIER GQ (ASYNCHRONOUS TELECOMMUNICATIONS SYSTEM) IS NOT A COVERED "
           "TELEHEALTH MODALITY UNDER THE MEMBER'S BENEFIT PLAN. ONLY SYNCHRONOUS AUDIO-VIDEO SERVICES (MODIFIER "
           "95) ARE ELIGIBLE. RENDERING: DR. " + f["derm"].upper() + ".", 9)
    d.para("A PROVIDER RECONSIDERATION MAY BE REQUESTED WITHIN 90 DAYS OF THE DATE OF THIS NOTICE. CORRECTED "
           "CLAIMS MUST BE FILED WITHIN 180 DAYS OF THE DATE OF SERVICE.", 9)
    name = f"{f['first']} {f['mi']}. {f['last']}"
    t = truth("eob", "not_covered", insurer=ins, member_id=mid, member_name=name, case_numbers=[icn],
              claim_amount=m2(billed), service_dates=[iso(v) for v in revs], denial_date=iso(notice),
              provider=PRACTICE, appeal_deadline=iso(notice + dt.timedelta(days=90)),
              type_alternates=["denial_letter"], alternates={"provider": [f["derm"]]})
    f["revs"], f["each"], f["mid"], f["notice"], f["icn"] = revs, each, mid, notice, icn
    return pdf_bytes(d), t


def doc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    revs, each = f["revs"], f["each"]
    sdate = f["notice"] + dt.timedelta(days=r.randint(8, 14))
    total = round(each * len(revs), 2)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Clearview Teledermatology", 15, "B", h=7)
    d.text_line("Online dermatology · 220 Lantern Way, Suite 5, Bangor, ME 04401", 8.6, h=4.6)
    d.ln(4)
    d.text_line("PATIENT STATEMENT", 12, "B", h=7)
    d.table(["Statement date", "Account", "Patient", "Amount due"],
            [[sdate.strftime("%m/%d/%Y"), f["acct"], f["name"], fmt_money(total)]], [38, 30, 62, 34], size=9)
    hd = ["Date", "Description", "Charge", "Insurance", "Balance"]
    w = [28, 80, 22, 22, 22]
    rows = []
    for v in revs:
        rows.append([v.strftime("%m/%d/%Y"), "E-visit, photo review (99422)", f"{each:.2f}", "0.00", f"{each:.2f}"])
    rows.append([f["notice"].strftime("%m/%d/%Y"), "Tamarack Valley: denied, not covered", "", "", ""])
    d.table(hd, rows, w, size=8.6, border_head="TB")
    d.para(f"Your insurance (member ID {f['mid']}) did not cover these photo reviews. Please pay the balance of "
           f"{fmt_money(total)} or call us to set up a payment plan. Balances over 90 days may be sent to "
           "collections. Live video visits are covered by most plans - book one in the app.", 9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["name"], claim_amount=m2(total),
              service_dates=[iso(v) for v in revs], denial_date=iso(sdate), provider="Clearview Teledermatology",
              unscored=["insurer"], alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    return Item(f"{FAMILY}_provider_notice_statement_stack", "fax_fine_g4",
                [doc_provider_notice(r, f), doc_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 4: upheld appeal (photocopy)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harbor & Pine Health Insurance Company"
    mid, grp = f"{r.letters(3)}{r.digits(7)}", f"{r.digits(5)}-{r.digits(3)}"
    claim, appeal = r.digits(11), f"APL-{r.digits(7)}"
    rev = f["dos"]
    billed = float(r.randint(90, 150))
    first_dec = rev + dt.timedelta(days=18)
    notice = first_dec + dt.timedelta(days=r.randint(35, 50))
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.set_font("Times", "B", 17)
    d.cell(0, 8, "Harbor & Pine Health Insurance Company", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.cell(0, 5, "Appeals and Grievances · 88 Quarry Street, Erie, PA 16501", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(8)

    def p(txt, gap=3):
        d.set_font("Times", "", 11)
        d.multi_cell(0, 5.4, txt, new_x="LMARGIN", new_y="NEXT")
        d.ln(gap)
    p(f"{fmt_date(notice, 'wlong')}\n\n{f['name']}\n" + "\n".join(f["addr"]))
    p(f"RE: Appeal {appeal}  -  Claim {claim}\nMember ID {mid}   Group {grp}")
    p(f"Dear {f['first']} {f['last']}:")
    p(f"We have completed our review of your first-level appeal. You asked us to pay for an online "
      f"dermatology review by Dr. {f['derm']} on {fmt_date(rev, 'long')} ({fmt_money(billed)}), which we denied on "
      f"{fmt_date(first_dec, 'long')}.")
    p("Decision: the denial is upheld. Dr. " + f["derm"] + " reviewed images and a questionnaire you submitted "
      "through a patient portal and sent you a treatment plan the next day. Your plan's telehealth benefit covers "
      "real-time interactive audio and video visits only. Asynchronous store-and-forward services are excluded "
      "(Evidence of Coverage, Exclusions, item 31). The reviewer, a board-certified physician, agreed.")
    p("This is our final internal decision. You may ask for an external review by an independent review "
      "organization within 4 months of receiving this letter. For an urgent situation, an expedited external "
      "review is decided within 72 hours.")
    p("Sincerely,\nAppeals Coordinator")
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(rev)],
              denial_date=iso(notice), provider=f["derm"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: provider remittance (rotated)
def doc_remit(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluewater Cooperative Health"
    mid, icn, other_icn = f"BWC{r.digits(9)}", r.digits(13), r.digits(13)
    rev = f["dos"]
    lines = [("99422", "ONLINE E/M 11-20 MIN", float(r.randint(85, 105))),
             ("G2250", "REMOTE IMAGE ASSESSMENT", float(r.randint(35, 50)))]
    billed = round(sum(x[2] for x in lines), 2)
    other_amt = float(r.randint(150, 200))
    ra = rev + dt.timedelta(days=r.randint(18, 28))
    d = Page(None, margins=(12, 10, 12))
    d.add_page()
    d.set_font("Courier", "B", 11)
    d.cell(0, 6, "BLUEWATER COOPERATIVE HEALTH - REMITTANCE ADVICE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.6)
    other = f"{r.choice(LAST).upper()}, {r.choice(FIRST).upper()} {r.letters(1)}"
    out = [f"PAYEE: {PRACTICE.upper()}   NPI {f['npi']}   TIN 9{r.digits(1)}-{r.digits(7)}",
           f"REMIT DATE: {ra.strftime('%m/%d/%Y')}   EFT TRACE {r.digits(9)}   PAYMENT AMT ${other_amt * .8:.2f}",
           "-" * 96,
           f"PATIENT: {other}   MEMBER: BWC{r.digits(9)}   ICN: {other_icn}",
           f"{(rev - dt.timedelta(days=3)).strftime('%m/%d/%Y'):<12}{'99214-95':<10}{'VIDEO VISIT':<24}"
           f"{other_amt:>10.2f}{other_amt * .8:>10.2f}{other_amt * .8:>10.2f}  CO-45",
           "-" * 96,
           f"PATIENT: {f['last'].upper()}, {f['first'].upper()} {f['mi']}   MEMBER: {mid}   ICN: {icn}",
           f"PATIENT ACCT: {f['acct']}   RENDERING: {f['derm'].upper()}",
           f"{'DOS':<12}{'PROC':<10}{'DESCRIPTION':<24}{'BILLED':>10}{'ALLOWED':>10}{'PAID':>10}  CARC/RARC"]
    for c, t_, a in lines:
        out.append(f"{rev.strftime('%m/%d/%Y'):<12}{c + '-GQ':<10}{t_:<24}{a:>10.2f}{0:>10.2f}{0:>10.2f}  CO-96 N776")
    out += [f"{'CLAIM TOTAL':<46}{billed:>10.2f}{0:>10.2f}{0:>10.2f}", "-" * 96]
    for line in out:
        d.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.multi_cell(0, 4.4, "CO-96  NON-COVERED CHARGE(S).\n"
                 "N776   SERVICE NOT COVERED: ASYNCHRONOUS / STORE-AND-FORWARD TELEHEALTH IS NOT A COVERED\n"
                 "       MODALITY. SYNCHRONOUS VIDEO (MOD 95, POS 02/10) ONLY.\n"
                 "CO-45  CHARGE EXCEEDS FEE SCHEDULE.\n"
                 "APPEALS MUST BE RECEIVED WITHIN 90 DAYS OF THE REMIT DATE.", new_x="LMARGIN", new_y="NEXT")
    name = f"{f['first']} {f['mi']}. {f['last']}"
    t = truth("eob", "not_covered", insurer=ins, member_id=mid, member_name=name, case_numbers=[icn],
              claim_amount=m2(billed), service_dates=[iso(rev)], denial_date=iso(ra), provider=f["derm"],
              appeal_deadline=iso(ra + dt.timedelta(days=90)), alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid live-video EOB (low-res)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverleaf Health Plan"
    mid, grp, claim = f"SLH{r.digits(9)}", f"G-{r.digits(6)}", r.digits(12)
    v = f["dos"]
    billed = float(r.randint(150, 190))
    stmt = v + dt.timedelta(days=r.randint(14, 24))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Silverleaf Health Plan", 15, "B", h=8)
    d.text_line("Explanation of Benefits", 11, h=6)
    d.ln(3)
    d.boxes([("Issue date", fmt_date(stmt, "abbr"), 42), ("Member", f["name"], 60), ("Member ID", mid, 40),
             ("Group", grp, 34)])
    d.ln(4)
    d.boxes([("Claim number", claim, 48), ("Service date", fmt_date(v, "abbr"), 40),
             ("Provider", PRACTICE, 88)])
    d.ln(5)
    d.table(["Service", "Billed", "Allowed", "Copay", "Plan paid"],
            [["Live video visit, est. patient (99213-95)", fmt_money(billed), fmt_money(billed * .75), "$25.00",
              fmt_money(billed * .75 - 25)]], [74, 26, 26, 24, 26], size=8.8, border_head="TB")
    d.para("Your video visit was processed under your telehealth benefit. You owe only your $25.00 copay. "
           "Reminder: photo-only e-visits reviewed later (store-and-forward) are not covered; choose a live video "
           "visit in the app.", 9.2)
    d.para(f"Questions about this claim? Call {f['ph']}. If you disagree with how we processed it, you may appeal "
           "within 180 days of the date of this statement.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(v)], denial_date=iso(stmt),
              provider=PRACTICE, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              type_alternates=["other"], alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "family_eob", "born_digital"), (1, doc_letter, "prose_letter", "scan_clean_300"),
              (2, doc_app, "app_claim_screen", "phone_photo"), (4, doc_upheld, "appeal_upheld", "photocopy"),
              (5, doc_remit, "remittance", "rotated"), (6, doc_paid, "paid_video_eob", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(3, item_stack(Rand(SEED + 3)))
    return out
