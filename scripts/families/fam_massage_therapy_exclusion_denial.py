"""Family 'massage_therapy_exclusion_denial': massage therapy (97124) refused as an excluded service even when a
chiropractor or physical therapist bills it, or as bundled with manual therapy (97140) billed in the same claim;
a member's superbill from a massage therapist refused for reimbursement; one paid physical therapy visit.

Documents: a chiropractic claim letter (98941 and 97140 paid, 97124 excluded); a PT EOB with 97140 and 97124 in
one claim, 97124 refused as bundled; a superbill reimbursement refusal; a paid PT visit EOB (nothing denied); a
fax stack of a prose denial letter and the PT clinic's statement; an upheld appeal; a boxed letter to a provider.
Decoys: DOB, NPI, received dates, account numbers, visit counts, 72-hour and external-review limits, policy
numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "massage_therapy_exclusion_denial"
LANG = "en"
SEED = 332800
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CHIRO = ["Summit Spine & Chiropractic", "Dr. Lionel Okafor, DC"]
PT = ["Riverbend Physical Therapy", "Anchor Point Rehab & Sports PT", "Meadowlark Physical Therapy Group"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    name, first, _, last = r.person()
    dos = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 150))
    return dict(name=name, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1950, 1998), r.randint(1, 12), r.randint(1, 28)), acct=f"{r.digits(7)}")


def pt_lines(r: Rand, massage=True, units=2) -> list[tuple[str, str, int, float]]:
    out = [("97161" if r.random() < 0.3 else "97110", "Therapeutic exercise, each 15 min", 2, float(r.randint(58, 74))),
           ("97140", "Manual therapy techniques, each 15 min", 1, float(r.randint(55, 70)))]
    if massage:
        out.append(("97124", "Massage therapy, each 15 min", units, float(r.randint(45, 60))))
    return out


def amt(x) -> float:
    return round(x[2] * x[3], 2)


def total(ls) -> float:
    return round(sum(amt(x) for x in ls), 2)


# ---------------------------------------------------------------- 0: chiropractic claim letter, 97124 excluded
def doc_chiro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shore Health Insurance"
    mid, grp, claim = f"GSH{r.digits(8)}", f"{r.digits(6)}-01", f"{r.digits(3)}{r.letters(2)}{r.digits(7)}"
    office, doc = CHIRO
    ls = [("98941", "Chiropractic manipulation, 3-4 regions", 1, float(r.randint(62, 80))),
          ("97140", "Manual therapy, each 15 min", 1, float(r.randint(50, 62))),
          ("97124", "Massage therapy, each 15 min", 2, float(r.randint(40, 52)))]
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(14, 26))
    d = Page("Granite Shore Health Insurance  ·  Claim " + claim + "  ·  Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Granite Shore Health Insurance", 14, "B", h=7)
    d.text_line("Claims Department  ·  PO Box 7730, Erie, PA 16501  ·  " + f["ph"], 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Member ID {mid}   Group {grp}   Claim number {claim}", 9.8)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We processed the claim from {office} for your visit with {doc} on {fmt_date(f['dos'], 'long')}. "
           f"The claim totals {fmt_money(billed)}.", 10)
    rows = [[c, t, str(u), fmt_money(u * p), "Paid" if c != "97124" else "Denied"] for c, t, u, p in ls]
    d.table(["Code", "Service", "Units", "Charge", "Decision"], rows, [20, 82, 16, 26, 26], size=8.8,
            aligns="LLRRL", border_head="TB")
    d.para("The spinal manipulation and the manual therapy were paid under your chiropractic benefit (visit 7 of "
           "20 this year). We denied the massage therapy (97124). Massage therapy is excluded under your plan "
           "no matter who provides it, including a chiropractor, physical therapist or licensed massage "
           "therapist (Evidence of Coverage, Exclusions, paragraph 31).", 10)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter. Send the appeal to the "
           "address above. We answer urgent appeals within 72 hours.", 10)
    d.para(f"Your date of birth on file: {fmt_date(f['dob'], 'long')}. Provider NPI {f['npi']}.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=office, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [doc], "claim_amount": [m2(amt(ls[2]))]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: PT EOB, 97124 bundled with 97140
def doc_bundled(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakeshore Cooperative Health"
    mid, grp, claim = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"LC{r.digits(5)}", f"{r.digits(12)}"
    clinic = PT[0]
    ls = pt_lines(r, units=1)
    billed = total(ls)
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(110, 8, "Lakeshore Cooperative Health")
    d.set_font("DejaVu", "", 9)
    d.cell(0, 8, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    d.table(["Date issued", "Member", "Member no.", "Group", "Claim no."],
            [[stmt.strftime("%m/%d/%y"), f["name"], mid, grp, claim]], [28, 50, 34, 26, 44], size=8.8)
    d.para(f"Provider: {clinic}   Date received: {(stmt - dt.timedelta(days=9)).strftime('%m/%d/%y')}   "
           f"Patient account: {f['acct']}", 9)
    rows = [[f["dos"].strftime("%m/%d/%y"), c, str(u), fmt_money(u * p, "nosign"),
             fmt_money(0 if c == "97124" else u * p * .75, "nosign"),
             fmt_money(0 if c == "97124" else u * p * .75 * .8, "nosign"), "N19" if c == "97124" else "-"]
            for c, t, u, p in ls]
    rows.append(["*Totals", "", "", fmt_money(billed, "nosign"), "", "", ""])
    d.table(["Service date", "CPT", "Units", "Charged", "Allowed", "Paid", "Code"], rows,
            [28, 20, 14, 28, 28, 28, 18], size=8.6, aligns="LLRRRRL")
    d.text_line("Explanation of code N19", 9.5, "B", h=5.5)
    d.para("Massage (97124) billed on the same date as manual therapy (97140) is a component of the manual "
           "therapy service and is not paid separately. The provider may not bill you for the denied line if it "
           "is in our network.", 8.8)
    d.para("You can ask us to review this decision. Your request must reach us within 180 days from the date "
           f"issued. Provider NPI {f['npi']}.", 8.8)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=clinic, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(amt(ls[2]))]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: superbill reimbursement refused
def doc_superbill(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pinecrest Employee Benefit Plan"
    mid, ref = f"E{r.digits(8)}", f"MR-{r.digits(7)}"
    lmt = "Willa Corrigan, LMT"
    visits = sorted({f["dos"] - dt.timedelta(days=14 * k) for k in range(3)})
    each = float(r.choice([85, 90, 95, 110]))
    billed = round(each * len(visits), 2)
    notice = visits[-1] + dt.timedelta(days=r.randint(25, 40))
    recv = notice - dt.timedelta(days=r.randint(8, 14))
    d = Page("Pinecrest Employee Benefit Plan - member reimbursement", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Pinecrest Employee Benefit Plan", 13.5, "B", h=7)
    d.text_line("Member Reimbursement Unit", 9, h=5)
    d.ln(4)
    for lab, val in [("Date", notice.strftime("%-d %b %Y")), ("Member", f["name"]), ("ID", mid),
                     ("Reimbursement request", ref), ("Received", recv.strftime("%-d %b %Y")), ("Practitioner", lmt),
                     ("Dates of service", ", ".join(v.strftime("%-d %b %Y") for v in visits)),
                     ("Amount requested", fmt_money(billed))]:
        d.font(9.4, "B")
        d.cell(50, 5.4, lab)
        d.font(9.4)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("You sent us a superbill for massage therapy sessions (97124, 4 units each) and asked to be repaid. "
           "We cannot reimburse these sessions. Massage therapy is not a covered service under the plan, and a "
           "licensed massage therapist is not an eligible provider type, even with a doctor's referral.", 10)
    d.para("You may ask for a review. Send a written appeal within 180 days of the date of this notice. Receipts "
           "may instead qualify for your health savings account; check with your HSA bank.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[ref],
              claim_amount=m2(billed), service_dates=[iso(v) for v in visits], denial_date=iso(notice),
              provider=lmt, appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid PT visit EOB
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harbor Light Health Plans"
    mid, grp, claim = f"HL{r.digits(10)}", f"{r.digits(7)}", f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    clinic = PT[1]
    ls = pt_lines(r, massage=False)
    billed = total(ls)
    stmt = f["dos"] + dt.timedelta(days=r.randint(10, 20))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Harbor Light Health Plans", 15, "B", align="C", h=8)
    d.text_line("Claim Summary - this is not a bill", 9.5, align="C", h=5)
    d.ln(4)
    d.boxes([("Date of summary", fmt_date(stmt, "abbr"), 38), ("Member", f["name"], 52), ("Member ID", mid, 40),
             ("Group", grp, 24), ("Claim", claim, 30)], h=12)
    d.ln(4)
    d.para(f"Physical therapy visit at {clinic} on {fmt_date(f['dos'], 'abbr')} (visit 4 of 30 allowed this year).",
           9.6)
    rows = [[c, t, str(u), fmt_money(u * p), fmt_money(u * p * .7), fmt_money(u * p * .7 - (25 if c == '97140' else 0)),
             fmt_money(25 if c == "97140" else 0)] for c, t, u, p in ls]
    rows.append(["*Total", "", "", fmt_money(billed), fmt_money(billed * .7), fmt_money(billed * .7 - 25),
                 fmt_money(25)])
    d.table(["CPT", "Service", "Units", "Billed", "Allowed", "We paid", "You pay"], rows,
            [16, 70, 12, 22, 22, 22, 20], size=8.4, aligns="LLRRRRR")
    d.para("Your $25.00 copay applies to this visit. The claim was paid in full under your outpatient "
           "rehabilitation benefit.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=clinic, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: stack: prose denial letter + PT statement
def doc_stack_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(f"Orchard Valley Health  |  member {f['mid']}  |  page {{p}}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("ORCHARD VALLEY HEALTH", 13, "B", align="C", h=7)
    d.text_line("1440 Fenwick Avenue  ·  Fargo, ND 58102", 8.6, align="C", h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(f['notice'], 'abbr')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"We reviewed the claim {f['clinic']} sent for your physical therapy visit on "
           f"{fmt_date(f['dos'], 'abbr')}. Reference number {f['ref']} applies to this decision.", 10)
    d.para(f"The visit was billed at {fmt_money(f['billed'])}. We paid therapeutic exercise and manual therapy. "
           "We did not pay massage therapy (97124). Your plan does not cover massage, even when it is given by a "
           "licensed physical therapist as part of a treatment plan.", 10)
    d.para(f"You may file an appeal within 60 days of the date of this letter. Please include your member "
           f"number, {f['mid']}, and group number {f['grp']}. You may ask for an expedited appeal if waiting "
           "would seriously harm your health; it is decided within 72 hours.", 10)
    d.para("Member Appeals\nOrchard Valley Health", 10)
    t = truth("denial_letter", "not_covered", insurer="Orchard Valley Health", group_number=f["grp"],
              member_id=f["mid"], member_name=f["name"], case_numbers=[f["ref"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["clinic"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              alternates={"claim_amount": [m2(f["massage"])]})
    return pdf_bytes(d), t


def doc_pt_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    when = f["notice"] + dt.timedelta(days=r.randint(6, 12))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["clinic"], 14, "B", h=7)
    d.text_line("Statement of account  ·  " + r.phone(), 9, h=5)
    d.ln(3)
    for lab, val in [("Statement date", fmt_date(when, "iso")), ("Account", f["acct"]), ("Patient", f["name"]),
                     ("Insurance", "Orchard Valley Health")]:
        d.font(9.2, "B")
        d.cell(40, 5.2, lab)
        d.font(9.2)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "iso"), c, t, fmt_money(u * p, "nosign")] for c, t, u, p in f["lines"]]
    rows.append(["", "", "Total charges", fmt_money(f["billed"], "nosign")])
    rows.append([fmt_date(f["notice"], "iso"), "", "Insurance payment", "-" + fmt_money(f["paid"], "nosign")])
    rows.append(["*Patient balance", "", "", fmt_money(f["massage"], "nosign")])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 100, 30], size=8.6, aligns="LLLR")
    d.para("Your insurance did not cover massage therapy. Pay online or call us; balances over 90 days old may be "
           "sent to collections.", 9)
    t = truth("other", None, member_name=f["name"], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(when), provider=f["clinic"], unscored=["insurer"],
              alternates={"claim_amount": [m2(f["massage"])]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"OVH{r.digits(9)}", grp=f"{r.digits(4)}", ref=f"{r.digits(2)}-{r.digits(7)}", clinic=PT[2],
             lines=pt_lines(r, units=2))
    f["billed"] = total(f["lines"])
    f["massage"] = amt(f["lines"][2])
    f["paid"] = round((f["billed"] - f["massage"]) * .7, 2)
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    return Item(f"{FAMILY}_letter_statement_stack", "fax_standard_g4",
                [doc_stack_letter(r, f), doc_pt_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 5: upheld appeal
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperfield Health Alliance"
    mid, claim, appeal = f"CF{r.digits(9)}", f"{r.digits(11)}", f"GA-{r.digits(6)}"
    office = CHIRO[0]
    massage = round(4 * float(r.randint(40, 52)), 2)
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.set_font("DejaVu", "B", 14)
    d.cell(0, 10, "Copperfield Health Alliance", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Appeal Decision", 10.5, h=6)
    d.ln(4)
    d.table(["Decision date", "Member", "Member ID", "Claim", "Appeal"],
            [[fmt_date(notice, "iso"), f["name"], mid, claim, appeal]], [30, 46, 34, 40, 26], size=8.8,
            border_head="TB")
    d.para(f"You appealed our denial of massage therapy (97124, 4 units, {fmt_money(massage)}) billed by "
           f"{office} for {fmt_date(f['dos'], 'iso')}. Your chiropractor wrote that the massage was part of "
           "treatment for low back pain.", 10)
    d.para("We reviewed the appeal with a chiropractor who did not make the first decision. We are upholding our "
           "decision. The plan excludes massage therapy whatever the diagnosis and whoever provides it. Manual "
           "therapy (97140), which is covered, was not billed for this visit.", 10)
    d.para("This is the final level of internal appeal. You may ask for an external review within 4 months of "
           "receiving this decision, or call your state department of insurance at 1-555-0140.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim, appeal], claim_amount=m2(massage), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=office)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: boxed letter to the provider
def doc_provider(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sagebrush Health Partners"
    mid, claim = f"SB{r.digits(8)}", f"{r.digits(5)}-{r.digits(5)}"
    clinic = PT[1]
    ls = pt_lines(r, units=3)
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(12, 22))
    d = Page("Sagebrush Health Partners  ·  Provider correspondence  ·  PRV-118", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Sagebrush Health Partners", 14, "B", align="R", h=7)
    d.text_line("Provider Services  ·  Fax 1-555-" + r.digits(3) + "-" + r.digits(4), 8.6, align="R", h=4.6)
    d.ln(4)
    d.para(f"To: Billing Office, {clinic}", 10)
    d.boxes([("Letter date", fmt_date(notice, "dmy").upper(), 36), ("Patient", f["name"], 52), ("Member ID", mid, 36),
             ("Claim", claim, 32), ("Billed", fmt_money(billed), 26)])
    d.boxes([("Service date", fmt_date(f["dos"], "dmy").upper(), 36), ("Patient DOB", fmt_date(f["dob"], "dmy").upper(), 52),
             ("Rendering NPI", f["npi"], 36), ("Denied line", "97124 x3", 32), ("Paid lines", "97110, 97140", 26)])
    d.ln(4)
    d.para("Line 3 of this claim, massage therapy (97124), is denied. Massage is an excluded benefit for this "
           "member's plan regardless of the licensure of the treating provider, and it may not be billed on the "
           "same date as manual therapy (97140). The member may be billed for excluded services only if they "
           "agreed in writing before the service.", 9.8)
    d.para("A provider reconsideration must be received within 90 days of the date of this letter. Corrected "
           "claims must be filed within the 365-day timely filing limit.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=clinic, appeal_deadline=iso(notice + dt.timedelta(days=90)),
              denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_chiro, "chiropractic_letter", "born_digital"), (1, doc_bundled, "bundled_eob", "scan_clean_300"),
              (2, doc_superbill, "superbill_refusal", "photocopy"), (3, doc_paid, "paid_pt_visit", "phone_photo"),
              (5, doc_upheld, "appeal_upheld", "rotated"), (6, doc_provider, "provider_letter", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(4, item_stack(Rand(SEED + 4)))
    return out
