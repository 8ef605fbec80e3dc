"""Family 'migraine_nerve_decompression_surgery_denial': migraine trigger-site surgery (peripheral nerve
decompression / neurolysis 64716, 64722, endoscopic forehead approach 15824, corrugator resection) refused as
experimental or as cosmetic, while onabotulinumtoxinA injections for chronic migraine (64615 + J0585) are paid.

Documents: a two-column pre-service letter (grey sidebar with the request summary) refusing the surgery as
investigational (phone photo); a standard-fax stack of a state employee health plan's first-level appeal decision
upholding the denial (with the blank back of its sheet) and the plastic surgery practice's statement of account;
a three-claim EOB (two Botox claims paid, the surgery denied); the plastic surgeon's office letter to the patient
relaying the plan's refusal; an independent review organization's acknowledgement of an external review request
(photocopy); a paid Botox EOB (nothing denied) fed sideways; a TPA's post-service letter refusing the forehead
component 15824 as cosmetic (low-resolution scan).

Decoys: DOB, received dates, NPIs, tax IDs, patient account numbers, the paid Botox claims and their dates, MIDAS
scores, policy numbers, 5-business-day and 72-hour limits, external-review 4 months. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "migraine_nerve_decompression_surgery_denial"
LANG = "en"
SEED = 286600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta
SURG = [("64716", "Neuroplasty, cranial nerve (greater occipital)"),
        ("64722", "Decompression, unspecified nerve (supraorbital)"),
        ("15824", "Rhytidectomy, forehead (endoscopic corrugator)")]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    return dict(member=member, first=first, last=last, addr=r.address(), doc=r.person()[0],
                dob=dt.date(r.randint(1968, 1998), r.randint(1, 12), r.randint(1, 28)),
                day0=dt.date(2026, 1, 15) + D(days=r.randint(0, 150)), npi=r.npi(), ph=phone(r))


def surg_lines(r: Rand, codes=("64716", "64722", "15824")) -> list[tuple[str, str, float]]:
    rng = {"64716": (3200, 4600), "64722": (2400, 3600), "15824": (4100, 6200)}
    return [(c, dsc, float(r.randint(*rng[c]))) for c, dsc in SURG if c in codes]


def kv(d: Page, rows, x=None, lw=38, size=9.2, h=5.0) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: two-column pre-service letter (phone photo)
def doc_two_column(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverbirch Health Insurance Co."
    mid, grp = f"SBH{r.digits(3)}{r.letters(1)}{r.digits(5)}", f"{r.digits(6)}"
    ref = f"PA{r.digits(8)}"
    recv = f["day0"]
    notice = recv + D(days=r.randint(5, 10))
    planned = notice + D(days=r.randint(14, 35))
    d = Page(foot="SBH-ABD-2026-04", margins=(12, 12, 12))
    d.add_page()
    d.text_line("SILVERBIRCH", 20, "B", h=9)
    d.text_line("Health Insurance Co.", 10, h=5)
    d.ln(4)
    top = d.get_y()
    d.set_fill_color(228, 228, 228)
    d.rect(12, top, 58, 130, style="F")
    d.set_xy(15, top + 3)
    for lab, val in [("REQUEST AT A GLANCE", None), ("Member", f["member"]), ("Member ID", mid), ("Group", grp),
                     ("Reference", ref), ("Request received", fmt_date(recv, "abbr")),
                     ("Requested by", f"Dr. {f['doc']}"), ("Codes", "64716, 64722, 15824"),
                     ("Planned date", fmt_date(planned, "abbr")), ("Decision", "Denied")]:
        d.set_x(15)
        if val is None:
            d.font(9, "B")
            d.cell(52, 6, lab, new_x="LMARGIN", new_y="NEXT")
            continue
        d.font(7)
        d.cell(52, 3.6, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(9.2)
        d.cell(52, 5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_left_margin(78)
    d.set_xy(78, top)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Notice of adverse benefit determination", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}, we reviewed your surgeon's request for surgery to release nerves at "
           "migraine trigger sites (occipital and supraorbital nerve decompression with an endoscopic forehead "
           "approach). We cannot approve it.", 10)
    d.para("Surgical deactivation of migraine trigger sites is considered experimental and investigational under "
           "our medical policy SBH-MP-NEU-077. Studies are small and short and have not shown lasting benefit "
           "compared with medical treatment. Your plan excludes experimental services. A neurologist reviewed "
           "this request.", 10)
    d.para("You may appeal within 180 days of the date of this letter. Call us at "
           f"{f['ph']} or write to Silverbirch Appeals, PO Box 3310, Duluth, MN 55802. Urgent appeals are decided "
           "within 72 hours. You can also ask for an external review after our appeal decision.", 10)
    d.para("Botulinum toxin injections for chronic migraine remain covered under your plan.", 10)
    d.para("Sincerely,\nMedical Management, Silverbirch Health Insurance Co.", 10)
    d.set_left_margin(12)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["prior_authorization", "not_covered"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: standard-fax stack: state plan appeal + statement
def doc_state_appeal(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Prairie State Employees Health Benefit Plan"
    d = Page(foot="PSEHBP Appeals Unit · Form AP-2 · Page {p} of {n}",
             header=f"Appeal {f['appeal']} · {f['member']}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Prairie State Employees Health Benefit Plan", 13.5, "B", h=7)
    d.text_line("Office of Employee Benefits · Appeals Unit · 600 Capitol Avenue, Fargo, ND 58102", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 11.5, "B", h=7)
    kv(d, [("Appeal number:", f["appeal"]), ("Claim number:", f["claim"]), ("Member ID:", f["mid"]),
           ("Plan:", "PSE PPO 500  (Group " + f["grp"] + ")"), ("Date of service:", fmt_date(f["dos"], "long")),
           ("Provider:", f["prac"]), ("Amount billed:", fmt_money(f["total"]))], lw=36, size=9.6)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("The Appeals Unit reviewed your appeal of the denial of the surgery listed above (nerve decompression "
           "and forehead procedures for migraine, codes 64716, 64722 and 15824). A board-certified neurosurgeon "
           "who was not part of the first decision reviewed your records, including your headache diary and your "
           "surgeon's letter.", 10)
    d.para("Decision: the denial is upheld. The Plan Document, Article XI(14), excludes services that are "
           "experimental or investigational. Migraine trigger-site surgery has not been shown in well-designed "
           "trials to improve outcomes over standard treatment, and the plan's reviewers consider it "
           "investigational.", 10)
    d.add_page()
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask for a second-level appeal to the Employee Benefits Board within 60 days of the date of "
           "this letter. Send it to the address above. If the Board upholds the denial, you may ask for external "
           "review by an independent review organization within 4 months.", 10)
    d.para("As a governmental plan, this plan is not subject to ERISA. You may have other rights under state "
           "law.", 10)
    d.para("Appeals Unit\nOffice of Employee Benefits", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["prac"],
              appeal_deadline=iso(f["notice"] + D(days=60)), denial_alternates=["not_covered"],
              alternates={"case_numbers": [[f["appeal"]]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def doc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + D(days=r.randint(6, 14))
    acct = f"{r.digits(6)}"
    d = Page(margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["prac"], 13.5, "B", h=7)
    d.text_line(f"Plastic & Reconstructive Surgery · 410 Quarry Street, Fargo, ND 58102 · {phone(r)}", 8.4, h=4.5)
    d.text_line(f"Tax ID 45-{r.digits(7)}", 8.4, h=4.5)
    d.ln(4)
    d.set_x(120)
    d.font(12, "B")
    d.cell(0, 7, "STATEMENT OF ACCOUNT", new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Statement date", fmt_date(stmt, "slash")), ("Account no.", acct), ("Amount due", fmt_money(f["total"])),
           ("Due by", fmt_date(stmt + D(days=30), "slash"))], x=120, lw=30, size=9)
    d.ln(4)
    d.para(f"Patient: {f['member']}    Surgeon: Dr. {f['doc']}\nInsurance: Prairie State Employees Health Benefit "
           f"Plan, member ID {f['mid']}", 9.2)
    rows = [[fmt_date(f["dos"], "slash"), c, dsc, fmt_money(b)] for c, dsc, b in f["lines"]]
    rows.append(["", "", "Total charges", fmt_money(f["total"])])
    rows.append([fmt_date(stmt - D(days=2), "slash"), "", "Insurance: appeal denied - balance to patient", "0.00"])
    rows.append(["*Balance due", "", "", fmt_money(f["total"])])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 104, 30], size=8.8, aligns="LLLR")
    d.para("Your plan has denied coverage for your surgery after your appeal. The balance is now your "
           "responsibility. We offer interest-free payment plans of up to 12 months; call our billing office.", 9.2)
    d.text_line("- - - - - - - - - - please return this part with your payment - - - - - - - - - -", 8, align="C",
                h=6)
    d.para(f"Account {acct}    Amount due {fmt_money(f['total'])}    Amount enclosed $__________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["prac"],
              unscored=["insurer", "group_number"], alternates={"provider": [f["doc"]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"PSE{r.digits(7)}", grp=f"{r.digits(4)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             appeal=f"AU-26-{r.digits(5)}", prac="Lomax Plastic Surgery Associates")
    f["dos"] = f["day0"]
    f["notice"] = f["dos"] + D(days=r.randint(80, 120))
    f["lines"] = surg_lines(r)
    f["total"] = sum(b for _, _, b in f["lines"])
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [doc_state_appeal(r, f), doc_statement(r, f)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 2: three-claim EOB, Botox paid (scan_clean_300)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Health Plan"
    mid, grp = f"HG{r.digits(10)}", f"{r.digits(3)}{r.letters(1)}{r.digits(3)}"
    dos = f["day0"]
    stmt = dos + D(days=r.randint(25, 40))
    neuro = "Winslow Headache & Neurology Clinic"
    prac = "Kessler Facial Plastic Surgery"
    b1, b2 = dos - D(days=r.randint(80, 95)), dos - D(days=r.randint(5, 12))
    claims = [(f"{r.digits(12)}", neuro, b1, [("64615", "Chemodenervation, migraine", 780.0),
                                                ("J0585", "OnabotulinumtoxinA, 155 units", 1612.0)], False),
              (f"{r.digits(12)}", neuro, b2, [("64615", "Chemodenervation, migraine", 780.0),
                                               ("J0585", "OnabotulinumtoxinA, 155 units", 1612.0)], False),
              (f"{r.digits(12)}", prac, dos, surg_lines(r, ("64716", "64722")), True)]
    d = Page(foot="Harrowgate Health Plan · Explanation of Benefits · p. {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Harrowgate Health Plan", 16, "B", h=8)
    d.text_line(f"PO Box 2019, Yuma, AZ 85364 · Member Services {f['ph']} · TTY 711", 8.4, h=4.5)
    d.rule(0.7, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B", h=6.5)
    kv(d, [("Date processed:", fmt_date(stmt, "long")), ("Member:", f["member"]), ("ID number:", mid),
           ("Group:", grp), ("Date of birth:", fmt_date(f["dob"], "slash"))], lw=34, size=9)
    d.ln(3)
    den_no, den_tot = "", 0.0
    for no, prov, day, lines, denied in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"{prov}  -  Claim # {no}", new_x="LMARGIN", new_y="NEXT")
        rows, tb = [], 0.0
        for c, dsc, b in lines:
            if denied:
                a = p = 0.0
                owe, rm = b, "X41"
            else:
                a = round(b * 0.7, 2)
                p = a - 40.0 if c == "64615" else a
                owe, rm = a - p, "C1" if c == "64615" else ""
            rows.append([fmt_date(day, "mdy_nopad"), c, dsc[:34], fmt_money(b, "plain"), fmt_money(a, "plain"),
                         fmt_money(p, "plain"), fmt_money(owe, "plain"), rm])
            tb += b
        rows.append(["*Total", "", "", fmt_money(tb, "plain"), "", "", "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
                [22, 14, 58, 22, 22, 22, 20, 10], size=7.7, aligns="LLLRRRRL")
        if denied:
            den_no, den_tot = no, tb
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("C1  $40.00 specialist copay.   X41  Surgery to deactivate migraine trigger sites (nerve decompression) "
           "is experimental/investigational and is not covered under your plan.", 8.6)
    d.para("To appeal, write to us within 180 days of the date this claim was processed. You may request an "
           "expedited review if your health is at risk. Ask for free copies of the documents used in the "
           "decision.", 8.6)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[den_no], claim_amount=m2(den_tot), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=prac, appeal_deadline=iso(stmt + D(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: plastic surgeon's office letter (born digital)
def doc_office_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    prac = "Underhill Center for Migraine Surgery"
    mid = f"W{r.digits(9)}"
    ref = f"{r.digits(3)}-{r.digits(4)}-{r.digits(3)}"
    letter = f["day0"]
    plan_date = letter - D(days=r.randint(3, 7))
    planned = letter + D(days=r.randint(20, 40))
    d = Page(margins=(24, 18, 24))
    d.add_page()
    d.text_line(prac, 14, "B", h=7, align="C")
    d.text_line(f"Dr. {f['doc']}, MD, FACS  ·  Plastic Surgery", 9.5, h=5, align="C")
    d.text_line(f"2200 Juniper Drive, Suite 310, Pueblo, CO 81003  ·  tel {phone(r)}  ·  fax {phone(r)}", 8.4, h=4.5,
                align="C")
    d.ln(10)
    d.text_line(fmt_date(letter, "mdy_nopad"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']},", 10.5)
    d.para("Thank you for choosing our practice. We want to update you on the insurance review for your planned "
           f"migraine surgery on {fmt_date(planned, 'long')}.", 10.5)
    d.para(f"On {fmt_date(plan_date, 'long')}, Rutledge Mutual Insurance Company told us that it will not cover "
           "the occipital and supraorbital nerve decompression (64716, 64722) because it considers migraine "
           f"surgery experimental. The plan's reference number is {ref}, and your member ID is {mid}. We "
           "strongly disagree: you have tried three preventive medicines and Botox, and nerve blocks relieved "
           "your headaches each time.", 10.5)
    d.para("Here is what we suggest. Dr. {0} has asked for a peer-to-peer call with the plan's medical director. "
           "You can also file your own appeal; the plan's letter explains how and its time limit. We have "
           "moved your surgery to a tentative hold and will not schedule it as self-pay unless you ask us to. "
           "Our self-pay estimate for the surgery is $9,850.00.".format(f["doc"].split()[-1]), 10.5)
    d.para("Please call our surgical coordinator with any questions.", 10.5)
    d.ln(3)
    d.para(f"Warm regards,\n\nSurgical Coordination Team\n{prac}", 10.5)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[ref],
              service_dates=[iso(planned)], denial_date=iso(letter), provider=f["doc"], unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["experimental"],
              alternates={"denial_date": [iso(plan_date)], "provider": [prac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: IRO acknowledgement (photocopy)
def doc_iro_ack(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Meridian Independent Medical Review, LLC"
    plan = "Oduya Health Partners"
    mid = f"OHP-{r.digits(4)}-{r.digits(4)}"
    case, pappeal = f"IMR-{r.digits(6)}", f"GA{r.digits(8)}"
    letter = f["day0"]
    recv = letter - D(days=r.randint(2, 4))
    d = Page(foot="MIMR · acknowledgement · 2026", margins=(20, 16, 20))
    d.add_page()
    d.text_line("MERIDIAN", 17, "B", h=8)
    d.text_line(iro, 9.5, h=5)
    d.text_line(f"Independent review for health plans and state regulators · {phone(r)} · fax {phone(r)}", 8.2, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(letter, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Acknowledgement of your request for external review", 11.5, "B", h=7)
    d.table(["IRO case", "Health plan", "Plan appeal no.", "Enrollee ID"], [[case, plan, pappeal, mid]],
            [30, 50, 36, 40], size=9, border_head="TB")
    d.para(f"We received your request for external review on {fmt_date(recv, 'dmy')}, assigned to us by the state "
           f"Division of Insurance. The request concerns {plan}'s final decision denying coverage of migraine "
           f"trigger-site surgery (64716, 64722, 15824) performed by Dr. {f['doc']}. The plan decided that "
           "the surgery is experimental/investigational.", 10)
    d.para("A physician reviewer who has no conflict of interest will review the case. You may send us any "
           "additional information within 5 business days of the date of this letter; we will share it with the "
           "health plan. We will send our decision within 45 days of receiving your request, or within 72 hours "
           "if the review was accepted as expedited. Our decision is binding on the health plan.", 10)
    d.para("This letter does not decide your case.", 10)
    d.para("Case Intake Coordinator\nMeridian Independent Medical Review", 10)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["member"], case_numbers=[case, pappeal],
              denial_date=iso(letter), provider=f["doc"],
              alternates={"insurer": [plan], "case_numbers": [[case], [pappeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid Botox EOB (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Greer Valley Health Alliance"
    mid, grp, claim = f"GVA{r.digits(8)}", f"{r.digits(5)}", f"{r.digits(2)}{r.letters(2)}{r.digits(8)}"
    dos = f["day0"]
    stmt = dos + D(days=r.randint(18, 30))
    neuro = "Szabo Neurology Associates"
    lines = [("64615", "Chemodenervation for chronic migraine", float(r.randint(690, 880))),
             ("J0585", "OnabotulinumtoxinA, per unit x 200", float(r.randint(1900, 2300)))]
    tb = sum(b for _, _, b in lines)
    d = Page(foot=None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Greer Valley Health Alliance", 14, "B", h=7)
    d.text_line("Your claim summary", 11, h=6)
    d.ln(2)
    d.boxes([("Summary date", fmt_date(stmt, "abbr"), 34), ("Member", f["member"], 52), ("Member ID", mid, 40),
             ("Group", grp, 24), ("Claim", claim, 34)])
    d.ln(4)
    d.para(f"Provider: {neuro}, Dr. {f['doc']} (NPI {f['npi']})", 9.2)
    rows = []
    for c, dsc, b in lines:
        a = round(b * 0.74, 2)
        rows.append([fmt_date(dos, "abbr"), c, dsc, fmt_money(b, "usd"), fmt_money(a, "usd"),
                     fmt_money(a - (35.0 if c == "64615" else 0), "usd"), fmt_money(35.0 if c == "64615" else 0,
                                                                             "usd")])
    rows.append(["*Total", "", "", fmt_money(tb, "usd"), "", "", ""])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "We paid", "You pay"], rows,
            [22, 14, 62, 26, 24, 24, 12 + 8], size=7.8, aligns="LLLRRRR", head_fill=True)
    d.para("Your claim was paid. Chronic migraine Botox treatments are covered every 12 weeks with prior "
           "approval; your approval is on file. Your share is your specialist copay.", 9)
    d.para(f"Questions? Call {f['ph']}. If you disagree with how we processed this claim, you may appeal within "
           "180 days after you receive this summary.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tb), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=neuro, type_alternates=["other"], alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA post-service, 15824 cosmetic (lowres)
def doc_tpa_cosmetic(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Fairchild Benefit Services"
    plan = "Lakeshore Foundry Employee Medical Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"LFE{r.digits(3)}"
    claim = f"FBS{r.digits(10)}"
    dos = f["day0"]
    notice = dos + D(days=r.randint(30, 50))
    lines = surg_lines(r)
    total = sum(b for _, _, b in lines)
    den = lines[2][2]
    d = Page(foot="Fairchild Benefit Services is the claims administrator. It does not insure the plan.",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Fairchild Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 9, h=5)
    d.text_line(f"PO Box 5120, Bellingham, WA 98225 · {f['ph']}", 8.5, h=4.6)
    d.ln(6)
    kv(d, [("Date:", fmt_date(notice, "dmy")), ("Employee/member:", f["member"]), ("Member ID:", mid),
           ("Group:", grp), ("Claim:", claim), ("Provider:", f"Dr. {f['doc']}"),
           ("Date of service:", fmt_date(dos, "dmy"))], lw=38, size=9.4)
    d.ln(4)
    d.text_line("Explanation of partial denial", 11, "B", h=6.5)
    d.table(["Code", "Service", "Billed", "Decision"],
            [[c, dsc, fmt_money(b), "Denied - cosmetic" if c == "15824" else "Paid at 80%"] for c, dsc, b in lines]
            + [["*Total", "", fmt_money(total), ""]], [18, 92, 30, 40], size=8.8, aligns="LLRL")
    d.para("The forehead rhytidectomy (15824) billed with your migraine surgery is denied. The plan excludes "
           "cosmetic surgery, meaning surgery to change appearance, and the records do not show a functional "
           "reason for the forehead procedure apart from the nerve decompression, which was approved and paid.",
           10)
    d.para(f"You may appeal this decision within 180 days of the date of this letter by writing to the {plan}, "
           "c/o Fairchild Benefit Services, Appeals, at the address above. You may ask for copies of the plan "
           "provisions used, free of charge.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["medical_necessity"], type_alternates=["eob"],
              alternates={"claim_amount": [m2(den)], "insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_two_column, "two_column_letter", "phone_photo"),
              (2, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_office_letter, "surgeon_office_letter", "born_digital"),
              (4, doc_iro_ack, "iro_acknowledgement", "photocopy"),
              (5, doc_paid_eob, "paid_botox_eob", "rotated"),
              (6, doc_tpa_cosmetic, "tpa_cosmetic_letter", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
