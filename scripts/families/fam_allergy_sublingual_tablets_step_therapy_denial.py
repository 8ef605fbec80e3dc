"""Family 'allergy_sublingual_tablets_step_therapy_denial': sublingual immunotherapy (SLIT) tablets for grass,
ragweed and dust-mite allergy refused at the pharmacy until allergy shots or standard medicines were tried.

Documents: a PBM coverage determination letter (step therapy, prose); a CMS-10146-style Notice of Denial of
Medicare Prescription Drug Coverage; a pharmacy counter notice (claim rejected, not a denial decision); a fax
stack of a cover sheet, a plan redetermination upholding the step-therapy denial and the allergist's office
statement; an approval after the step was met; a paid pharmacy claims statement (nothing denied); an EOB-style
prescription summary with one claim rejected. Decoys: Rx numbers, NDCs, BIN/PCN, prescriber NPI, DOB, phone and
fax lines, the 72-hour expedited limit, copays. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "allergy_sublingual_tablets_step_therapy_denial"
LANG = "en"
SEED = 330500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DRUGS = [("Grastrelle 2800 BAU sublingual tablet", "grass pollen"), ("Ragwara 12 Amb a 1-U sublingual tablet",
         "short ragweed"), ("Acaridel 12 SQ-HDM sublingual tablet", "house dust mite")]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    d0 = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    drug, allergen = r.choice(DRUGS)
    return dict(member=member, first=first, last=last, addr=r.address(), d0=d0, drug=drug, allergen=allergen,
                dob=dt.date(r.randint(1960, 2010), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                doc=f"Dr. {r.person()[0]}", rx=f"{r.digits(7)}", price=f"{r.randint(310, 520)}.{r.digits(2)}")


def block(d: Page, lines, size=10):
    for ln in lines:
        d.text_line(ln, size, h=size * 0.5)


# 0 PBM letter, prose, born digital
def doc_pbm(r: Rand):
    f = base(r)
    ins = "Quillfield Pharmacy Solutions"
    mid, grp, ref = f"QPS{r.digits(9)}", f"RX{r.digits(5)}", f"CD-{r.digits(8)}"
    notice = f["d0"] + dt.timedelta(days=2)
    d = Page("Quillfield Pharmacy Solutions  ·  page {p} of {n}", header=f"{f['member']}  ·  Request {ref}")
    d.add_page()
    d.text_line("Quillfield Pharmacy Solutions", 16, "B", h=8)
    d.text_line(f"Clinical Review Unit · 4400 Larkspur Way, Dunmore, PA 18509 · Pharmacist line {ph(r)}", 8.5, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    block(d, [f["member"], *f["addr"]])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(f['d0'], 'long')} your prescriber, {f['doc']}, asked us to cover {f['drug']} for "
           f"{f['allergen']} allergy under your prescription benefit (member number {mid}, group {grp}). We "
           f"logged the request as {ref}. We cannot approve it at this time.", 10)
    d.para("Your plan covers sublingual immunotherapy tablets only after a step: a trial of at least two "
           "preferred medicines (a nasal steroid and a non-sedating antihistamine) for a full season, or "
           "documentation that allergy shots (subcutaneous immunotherapy) were tried or cannot be used. The "
           "records we received show a nasal steroid only. Because the step therapy requirement was not met, "
           "the tablet is not covered now. Preferred choices include fluticasone nasal spray and loratadine.", 10)
    d.para(f"The pharmacy price for one 30-day supply is {fmt_money(f['price'])}; you may buy it at that price "
           "while you appeal.", 10)
    d.text_line("If you disagree", 11, "B", h=7)
    d.para("You or your prescriber may ask for an appeal within 180 days of the date of this letter. If waiting "
           "could seriously harm your health, ask for an urgent appeal; we decide those within 72 hours. After "
           "our appeal you may ask for an independent external review within 4 months.", 10)
    d.para(f"Fax: {ph(r)}   Prescriber NPI {f['npi']}   Your date of birth on file: {fmt_date(f['dob'], 'slash')}",
           8.5)
    d.para("Sincerely,\nClinical Pharmacist Reviewer, Quillfield Pharmacy Solutions", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "prior_authorization"])
    return pdf_bytes(d), t


# 1 CMS-10146-style notice, two columns header
def doc_cms(r: Rand):
    f = base(r)
    ins = "Brightwater Senior Rx Plan (PDP)"
    mid, case = f"BW{r.digits(10)}", f"{r.digits(4)}-{r.digits(6)}"
    notice = f["d0"] + dt.timedelta(days=3)
    d = Page(f"Form CMS-10146 (approved)  OMB 0938-0976  S{r.digits(4)}_{r.letters(4)}_C")
    d.add_page()
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13, "B", h=7, align="C")
    d.ln(3)
    d.boxes([("Date", fmt_date(notice, "slash"), 40), ("Enrollee's name", f["member"], 70),
             ("Member number", mid, 50)])
    d.boxes([("Plan", ins, 90), ("Case no.", case, 40), ("Date of birth", fmt_date(f["dob"], "slash"), 30)])
    d.ln(4)
    d.para(f"We have denied the prescription drug coverage you (or your prescriber, {f['doc']}) asked for: "
           f"{f['drug']}, one tablet daily.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("Step therapy: our formulary requires that you first try covered alternatives (montelukast, a "
           "nasal corticosteroid, or allergy injections given in the office under Part B). We did not receive "
           "evidence that these were tried and failed or are not appropriate for you.", 10)
    d.text_line("You have the right to request a redetermination (appeal)", 10.5, "B", h=6)
    d.para("You must ask within 65 days from the date of this notice. A standard decision is made within 7 days; "
           "a fast decision within 72 hours if your health could be seriously harmed. Call 1-800-555-0" +
           r.digits(3) + " (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[case], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered", "prior_authorization"], alternates={"provider": [None]})
    return pdf_bytes(d), t


# 2 pharmacy counter notice: not a denial
def doc_counter(r: Rand):
    f = base(r)
    day = f["d0"]
    d = Page(None, margins=(30, 14, 30))
    d.add_page()
    d.text_line("CORNERSTONE DRUG #0417", 14, "B", align="C", h=7)
    d.text_line(f"221 Mill Street, Hollis Ferry, VT 05089   {ph(r)}", 8.5, align="C", h=4.5)
    d.rule(0.3, 3)
    d.text_line("INSURANCE MESSAGE FOR YOUR PRESCRIPTION", 10.5, "B", align="C", h=6)
    d.para(f"Patient: {f['member']}\nRx #{f['rx']}   Filled for: {f['drug']}\nPrescriber: {f['doc']}\n"
           f"Date: {fmt_date(day, 'dmy')}\nBIN 0{r.digits(5)}  PCN QPS  Group RX{r.digits(5)}", 9.5)
    d.para("Your plan returned this prescription with the message 'Prior authorization / step therapy "
           "required - 75'. This is not a decision by your plan. We have faxed your prescriber a request to "
           "send the plan the information it needs. We will hold your prescription for 10 days.", 9.5)
    d.para(f"Cash price if you want it today: {fmt_money(f['price'])}. Ask our pharmacist about a manufacturer "
           "savings card.", 9.5)
    t = truth("other", None, member_name=f["member"], denial_date=iso(day), provider=f["doc"],
              unscored=["insurer"], alternates={"provider": [None, "Cornerstone Drug"]})
    return pdf_bytes(d), t


# 3 stack: redetermination upheld + allergist statement
def doc_redet(r: Rand, f: dict):
    ins = "Larchmont Health Partners"
    notice = f["d0"] + dt.timedelta(days=40)
    f["notice"] = notice
    d = Page("Larchmont Health Partners - Appeals - p. {p}")
    d.add_page()
    d.text_line("LARCHMONT HEALTH PARTNERS", 15, "B", h=8)
    d.text_line("Member Appeals · PO Box 8820 · Cedar Knoll, NJ 07921", 8.5, h=4.5)
    d.ln(6)
    d.table(["Notice date", "Member", "ID", "Appeal no.", "Plan year"],
            [[fmt_date(notice, "iso"), f["member"], f["mid"], f["appeal"], "2026"]], [28, 46, 36, 34, 20], 8.8)
    d.para(f"We reviewed your appeal of our decision not to cover {f['drug']} prescribed by {f['doc']}. A "
           "board-certified allergist who was not part of the first decision reviewed your file. The decision "
           "is upheld: the denial stands.", 10)
    d.para("Reason: the plan's step therapy rule for sublingual immunotherapy requires a trial of allergy shots "
           "or two preferred medicines. The chart notes you sent describe one week of an antihistamine. This "
           "does not meet the rule.", 10)
    d.para(f"Next step: you may ask for an external review by an independent review organization within 4 months "
           f"after you receive this notice. Original request number {f['ref']}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["ref"]], denial_date=iso(notice), provider=f["doc"],
              denial_alternates=["not_covered"], alternates={"case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


def doc_allergist(r: Rand, f: dict):
    sdate = f["notice"] + dt.timedelta(days=9)
    visit = f["d0"] - dt.timedelta(days=12)
    acct = f"A{r.digits(6)}"
    d = Page(None)
    d.add_page()
    d.text_line("Birchgrove Allergy & Asthma Associates", 14, "B", h=7)
    d.text_line(f"12 Orchard Row, Cedar Knoll, NJ 07921 · {ph(r)}", 8.5, h=4.5)
    d.ln(4)
    d.text_line("Statement", 12, "B", h=6)
    d.para(f"Statement date {fmt_date(sdate, 'abbr')}   Account {acct}   Patient {f['member']}", 9.5)
    rows = [[fmt_date(visit, "slash"), "95004", "Percutaneous allergy tests, 40", "$360.00"],
            [fmt_date(visit, "slash"), "99204", "New patient visit", "$285.00"],
            ["", "", "Total charges", "$645.00"], ["", "", "Larchmont Health Partners payment", "-$402.10"], ["*Balance", "", "", "$242.90"]]
    d.table(["Date", "CPT", "Service", "Amount"], rows, [30, 20, 90, 30], 9, aligns="LLLR")
    d.para("Note: your tablet prescription denial does not change this bill. Our office will help with the "
           "external review paperwork.", 9.5)
    t = truth("other", None, member_name=f["member"], claim_amount="645.00", service_dates=[iso(visit)],
              denial_date=iso(sdate), provider="Birchgrove Allergy & Asthma Associates", unscored=["insurer"],
              alternates={"claim_amount": ["242.90", None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"LHP-{r.digits(4)}-{r.digits(4)}", appeal=f"AP{r.digits(7)}", ref=f"PA{r.digits(8)}")
    a = doc_redet(r, f)
    b = doc_allergist(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# 4 approval
def doc_approval(r: Rand):
    f = base(r)
    ins = "Quillfield Pharmacy Solutions"
    mid, auth = f"QPS{r.digits(9)}", f"{r.digits(3)}{r.letters(2)}{r.digits(5)}"
    notice = f["d0"] + dt.timedelta(days=1)
    end = notice + dt.timedelta(days=364)
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Quillfield Pharmacy Solutions", 15, "B", h=8)
    d.ln(4)
    d.para(f"{fmt_date(notice, 'wlong')}\n\n{f['member']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Good news: your medicine is approved", 12, "B", h=7)
    d.para(f"Coverage for {f['drug']} has been approved from {fmt_date(notice, 'long')} through "
           f"{fmt_date(end, 'long')}. Authorization {auth}; member {mid}. Your prescriber, {f['doc']}, showed "
           "that you had tried allergy shots. Your copay will be the tier 3 amount, $60.00.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(notice, end)], denial_date=iso(notice), provider=f["doc"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# 5 paid pharmacy claims summary
def doc_paid(r: Rand):
    f = base(r)
    ins = "Harrowgate Benefit Services"
    mid, grp = f"H{r.digits(10)}", f"{r.digits(6)}"
    stmt = f["d0"] + dt.timedelta(days=30)
    rows, tot = [], 0.0
    for k in range(3):
        dd = f["d0"] + dt.timedelta(days=k * 9)
        amt = float(f"{r.randint(14, 480)}.{r.digits(2)}")
        tot += amt
        rows.append([fmt_date(dd, "short"), r.digits(7), ["Fluticasone 50 mcg", f["drug"][:22], "Epinephrine 0.3"][k],
                     fmt_money(amt), "$10.00", "Paid"])
    d = Page("Harrowgate Benefit Services · Prescription Summary · not a bill")
    d.add_page()
    d.text_line("Harrowgate Benefit Services", 14, "B", h=7)
    d.text_line(f"Prescription claims summary for {f['member']}  ·  ID {mid}  ·  Group {grp}", 9, h=5)
    d.text_line(f"Period ending {fmt_date(stmt, 'upper')}", 9, h=5)
    d.ln(3)
    d.table(["Filled", "Rx #", "Drug", "Cost", "You paid", "Status"], rows, [20, 24, 50, 26, 24, 20], 8.8)
    d.para("All prescriptions in this period were covered. No action is needed.", 9.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              denial_date=iso(stmt), type_alternates=["eob"], unscored=["provider", "claim_amount", "service_dates"])
    return pdf_bytes(d), t


# 6 EOB-style summary, one rejected
def doc_eob(r: Rand):
    f = base(r)
    ins = "Pemberton Mutual Health"
    mid, grp = f"PM{r.digits(8)}", f"G{r.digits(5)}"
    stmt = f["d0"] + dt.timedelta(days=21)
    c1, c2 = f"{r.digits(12)}", f"{r.digits(12)}"
    d1 = f["d0"] - dt.timedelta(days=6)
    d = Page("Pemberton Mutual Health - EOB - {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Pemberton Mutual Health", 15, "B", h=7)
    d.text_line("Explanation of Benefits · Pharmacy", 10, h=5)
    d.boxes([("Issued", fmt_date(f["d0"] + dt.timedelta(days=21), "dmy"), 32), ("Patient", f["member"], 52),
             ("Member #", mid, 40), ("Group", grp, 26), ("Prescriber", f["doc"], 42)])
    d.ln(3)
    d.table(["Claim", "Fill date", "Drug", "Charged", "Plan paid", "You owe", "Code"],
            [[c1, fmt_date(d1, "dmy"), "Cetirizine 10 mg", "$18.40", "$8.40", "$10.00", ""],
             [c2, fmt_date(f["d0"], "dmy"), f["drug"][:24], fmt_money(f["price"]), "$0.00",
              fmt_money(f["price"]), "ST1"]], [32, 22, 52, 22, 20, 20, 14], 8.2)
    d.para("ST1  Step therapy not met. This drug is covered after a trial of preferred alternatives. Your "
           "prescriber may submit an exception request.", 9)
    d.para("To appeal, write to us within 180 days of the date of this EOB.", 9)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=f["price"], service_dates=[iso(f["d0"])], denial_date=iso(stmt),
              provider=f["doc"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "prior_authorization"], alternates={"provider": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pbm, "pbm_letter", "born_digital"), (1, doc_cms, "cms10146", "scan_clean_300"),
              (2, doc_counter, "counter_notice", "phone_photo"), (4, doc_approval, "approval", "rotated"),
              (5, doc_paid, "paid_summary", "scan_lowres_150"), (6, doc_eob, "rx_eob", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_stack(Rand(SEED + 3)))
    return items
