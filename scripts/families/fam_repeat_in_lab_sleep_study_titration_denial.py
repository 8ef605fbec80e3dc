"""Family 'repeat_in_lab_sleep_study_titration_denial': attended in-lab polysomnography (95810) and CPAP titration
(95811) refused because a study was done within the last 12 months or because a home sleep apnea test (95806 /
G0399) must come first; seen from plans, a sleep benefit manager, Medicare and the sleep lab.

Documents: a sleep benefit manager's pre-service letter with a case sidebar (home test first); a low-resolution scan
stack of a commercial plan's prose letter refusing a repeat titration (claim and facts in sentences, an older study
as decoy), the blank back of its sheet and the sleep lab's bill; a two-page Medicare Summary Notice with a paid
pulmonology visit and the lab's 95810 claim denied; a photocopied approval of a split-night study (not a denial); a
standard-fax Medicare Advantage CMS-10003 style notice refusing titration; a phone photo of a paid home sleep test
EOB with a benefit-used tally (nothing denied); a sideways grievance decision upholding a repeat-study denial (facts
in sentences).

All values invented (insurers, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "repeat_in_lab_sleep_study_titration_denial"
LANG = "en"
SEED = 316600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LABS = ["Quarry Street Sleep Disorders Center", "Harbor View Sleep Lab", "Fenwick Avenue Center for Sleep Medicine"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-{r.choice(['800', '844', '866', '888'])}-555-{r.digits(4)}"


def base(r: Rand) -> dict:
    pt, first, mid, last = r.person()
    doc = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(pt=pt, first=first, last=last, addr=r.address(), dos=dos, doc=doc[0], doc_dr=f"Dr. {doc[0]}",
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                prior=dos - dt.timedelta(days=r.randint(150, 320)))


# ------------------------------------------------------------------ 0: sleep benefit manager letter (scan 300)
def doc_rbm(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    rbm = "SomnaPath Benefit Management"
    plan = "Juniper State Health Plan"
    mid, grp = f"JSH{r.digits(9)}", f"{r.digits(6)}"
    case = f"SP-{r.digits(4)}-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    recv = notice - dt.timedelta(days=r.randint(2, 4))
    lab = LABS[1]
    d = Page(foot="SomnaPath Benefit Management acts for Juniper State Health Plan. SPB-UM-22 {p}/{n}",
             margins=(14, 14, 14))
    d.add_page()
    d.text_line("SomnaPath", 20, "B", h=9)
    d.text_line(f"{rbm}  |  Sleep program for {plan}  |  PO Box 5120, Fargo, ND 58102", 8.2, h=4.4)
    d.ln(6)
    top = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(136, top, 66, 120, style="F")
    d.set_left_margin(139)
    d.set_xy(139, top + 3)
    d.font(10, "B")
    d.cell(60, 6, "Case summary", new_x="LMARGIN", new_y="NEXT")
    for lab_, val in [("SomnaPath case", case), ("Health plan member #", mid), ("Plan group", grp),
                      ("Patient", f["pt"]), ("Born", fmt_date(f["dob"], "iso")),
                      ("Study requested", "95810 attended polysomnography"), ("Ordering clinician", f["doc_dr"]),
                      ("Sleep facility", lab), ("Requested study date", fmt_date(f["dos"], "iso")),
                      ("Request received", fmt_date(recv, "iso")), ("Determination", "Not approved")]:
        d.font(7, "B")
        d.cell(60, 3.8, lab_, new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        d.multi_cell(60, 4.5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.set_left_margin(14)
    d.set_xy(14, top)
    d.font(10)
    d.cell(110, 5, fmt_date(notice, "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in [f["pt"], *f["addr"]]:
        d.cell(110, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    w = 116
    d.font(12, "B")
    d.cell(w, 7, "Sleep study request: not approved", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.font(9.8)
    for p in [f"Dear {f['first']} {f['last']},",
              f"{plan} uses SomnaPath to review requests for sleep studies. {f['doc_dr']} asked for an attended "
              f"overnight sleep study in a sleep lab. We cannot approve it.",
              "Why: for adults with symptoms of obstructive sleep apnea and no serious heart, lung or nerve-muscle "
              "disease, the plan's sleep testing guideline (SG-03) covers a home sleep apnea test first. An in-lab "
              "study is covered when a home test cannot be done, is negative or unclear while symptoms continue, or "
              "when certain conditions are present. The records sent to us show none of these. A home sleep test "
              "(95806 or G0399) can be approved now; your doctor can request it by phone.",
              "This is not a decision that you do not need testing. It is a decision about which test is covered "
              "first.",
              "Your appeal rights: you or your doctor may appeal. An appeal must be filed within 180 days from the "
              "day you get this letter. If waiting could seriously harm your health, ask for a fast (expedited) "
              "appeal; it is decided within 72 hours. Your doctor may also ask for a peer-to-peer talk with our "
              f"reviewer within 14 days: call {ph(r)}.",
              f"Ordering clinician NPI {f['npi']}."]:
        d.multi_cell(w, 4.9, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.5)
    d.set_y(max(d.get_y(), top + 124))
    d.para("Sincerely,\nUtilization Management, SomnaPath Benefit Management", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=rbm, group_number=grp, member_id=mid,
              member_name=f["pt"], case_numbers=[case], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan], "provider": [lab], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: prose letter + back + lab bill
def doc_repeat_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Pell River Health Cooperative"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 34))
    f["notice"] = notice
    d = Page(foot="Pell River Health Cooperative  *  100 Depot Street, Erie, PA 16501", margins=(26, 20, 26))
    d.add_page()
    d.text_line("Pell River Health Cooperative", 14, "B", align="C", h=7)
    d.text_line("Member Services and Claims", 9, align="C", h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["pt"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"You had an overnight CPAP titration study (95811) at {f['lab']} on {fmt_date(f['dos'], 'long')}, "
           f"ordered by {f['doc_dr']}. The lab billed us {fmt_money(f['billed'])} under claim {f['claim']}. We "
           "are writing to tell you that we will not pay this claim.", 10.5)
    d.para(f"Our records show a titration study at the same lab on {fmt_date(f['prior'], 'long')} (claim "
           f"{f['old_claim']}, paid). Your plan covers one attended titration in 12 months. A second study within "
           "12 months is covered only when something has changed, for example a weight change of 10 percent or "
           "more, new heart failure, or surgery of the airway. The records sent with the claim do not show such a "
           "change, so the repeat study was not medically necessary under our policy MP-SLP-114.", 10.5)
    d.para(f"This letter is about your coverage under member number {f['mid']}, group {f['grp']}.", 10.5)
    d.para("You may appeal. Your written appeal must be received within 180 days of the date of this letter. Send "
           "it to Appeals, Pell River Health Cooperative, 100 Depot Street, Erie, PA 16501, with any new records. "
           "You may also ask us for a free copy of policy MP-SLP-114. After our final decision you may ask for an "
           "external review within 4 months.", 10.5)
    d.para("Sincerely,\n\nMedical Director, Pell River Health Cooperative", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["pt"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["lab"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


def doc_lab_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"{r.digits(8)}"
    d = Page(margins=(14, 12, 14))
    d.add_page()
    d.set_font("DejaVu", "B", 13)
    d.cell(120, 7, f["lab"].upper())
    d.set_font("DejaVu", "", 8.4)
    d.cell(0, 7, "PATIENT BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"418 Quarry Street, Erie, PA 16502   Billing questions {ph(r)}   Tax ID 25-{r.digits(7)}", 8.2,
                h=4.4)
    d.rule(0.8, 4)
    d.boxes([("Bill date", fmt_date(bill, "mdy_nopad"), 34), ("Guarantor account", acct, 40),
             ("Patient", f["pt"], 54), ("Balance now due", fmt_money(f["billed"], "plain"), 36)])
    d.boxes([("Patient DOB", fmt_date(f["dob"], "mdy_nopad"), 34), ("Payer", "Pell River Health Cooperative", 70),
             ("Payer claim", f["claim"], 60)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), "95811", "Polysomnography w/ CPAP titration, attended", "1",
             fmt_money(f["l1"], "plain")],
            [fmt_date(f["dos"], "mdy_nopad"), "94660", "CPAP initiation and management", "1",
             fmt_money(f["l2"], "plain")],
            ["*Charges", "", "", "", fmt_money(f["billed"], "plain")],
            [fmt_date(f["notice"], "mdy_nopad"), "", "Payer denied - not medically necessary", "", "$0.00"],
            ["*Patient balance", "", "", "", fmt_money(f["billed"], "plain")]]
    d.table(["Date", "CPT", "Service", "Qty", "Amount"], rows, [26, 16, 102, 10, 28], size=8.6, aligns="LLLRR")
    d.para(f"Interpreting physician: {f['doc_dr']}. Your insurance denied this study. You may appeal to your "
           "insurer; call us and we will place your account on a 60-day hold while the appeal is pending. Self-pay "
           "discount available: pay $600.00 within 30 days to settle this balance.", 8.8)
    d.text_line("- - - - - - - - - - - - - - - - return this part with payment - - - - - - - - - - - - - - - -", 8,
                align="C", h=7)
    d.para(f"Account {acct}     Amount due {fmt_money(f['billed'], 'plain')}     Amount paid $________", 9)
    t = truth("other", None, member_name=f["pt"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=f["lab"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(lab=LABS[0], mid=f"PR{r.digits(3)}-{r.digits(5)}", grp=f"{r.digits(4)}", claim=f"C{r.digits(10)}",
             old_claim=f"C{r.digits(10)}", l1=float(r.randint(2600, 3600)), l2=float(r.randint(140, 260)))
    f["billed"] = f["l1"] + f["l2"]
    letter = doc_repeat_letter(r, f)
    bill = doc_lab_bill(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [letter, bill], separators=["duplex", None])


# ------------------------------------------------------------------ 2: Medicare Summary Notice (born digital)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.choice('123456789')}{r.letters(1)}{r.choice('0123456789')}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-" \
          f"{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 50))
    p0, p1 = dt.date(notice.year, notice.month, 1) - dt.timedelta(days=89), notice - dt.timedelta(days=3)
    pulm = r.person()
    visit = f["dos"] - dt.timedelta(days=r.randint(9, 20))
    lab = LABS[2]
    by = notice + dt.timedelta(days=120)
    l95810 = float(r.randint(2100, 3100))
    l_int = float(r.randint(180, 260))
    d = Page(foot="Medicare Summary Notice for " + f["pt"] + "   Page {p} of {n}",
             header=f"{f['pt']}  |  Medicare Summary Notice for Part B (Medical Insurance)  |  "
                    f"{fmt_date(notice, 'long')}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice", 17, "B", h=8)
    d.text_line("for Part B (Medical Insurance)", 11, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.5, h=5)
    d.ln(3)
    y = d.get_y()
    d.text_line(f["pt"].upper(), 9.6, h=4.8)
    for ln in f["addr"]:
        d.text_line(ln.upper(), 9.6, h=4.8)
    d.set_y(y)
    d.set_left_margin(118)
    d.boxes([("Date of this notice", fmt_date(notice, "long"), 42), ("Medicare number", mbi, 42)])
    d.boxes([("Claims processed between", f"{fmt_date(p0, 'abbr')} - {fmt_date(p1, 'abbr')}", 84)])
    d.set_left_margin(14)
    d.set_x(14)
    d.ln(6)
    d.text_line("Your Deductible Status", 11, "B", h=6)
    d.para(f"Your deductible is what you must pay each year for most health services before Medicare begins to pay. "
           f"Part B Deductible: You have now met $283.00 of your deductible for {notice.year}.", 9)
    d.text_line("Did Medicare Approve All Services?", 11, "B", h=6)
    d.para("NO. Medicare denied 1 service. See your claims for the reason. If you disagree with a decision, you can "
           "file an appeal.", 9)
    d.text_line(f"Appeals must be filed by {fmt_date(by, 'long')}.", 10, "B", h=6)
    d.para("See page 2 for how to file an appeal. Total you may be billed: see each claim.", 9)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-" \
                                                                          f"{r.digits(3)}-{r.digits(3)}"
    for who, claim, when, rows_, tot in [
        (f"Dr. {pulm[0]}, Lomax Pulmonary Associates", c1, visit,
         [["99214", "Office visit, established patient", "$212.00", "Yes", "$118.40", "$23.68", ""]], "212.00"),
        (lab + ", " + "Fenwick Avenue, Bangor, ME 04401", c2, f["dos"],
         [["95810", "Polysomnography, attended, 4+ params", fmt_money(l95810), "No", "$0.00",
           fmt_money(l95810), "A"],
          ["95810-26", "Interpretation (professional)", fmt_money(l_int), "No", "$0.00", fmt_money(l_int), "A"]],
         m2(l95810 + l_int))]:
        d.font(9, "B")
        d.cell(0, 5, f"{when.strftime('%B %-d, %Y')}  -  {who}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.4)
        d.cell(0, 4.6, f"Claim number {claim}   Referred by {f['doc_dr']}", new_x="LMARGIN", new_y="NEXT")
        rows = [[*x] for x in rows_]
        rows.append(["*Total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Service", "Description", "Charged", "Approved?", "Medicare paid", "You may be billed",
                 "Notes"], rows, [18, 56, 24, 18, 24, 30, 12], size=8, aligns="LLRCRRC")
    d.text_line("Notes for Your Claims", 10.5, "B", h=6)
    d.para(f"A  Medicare does not pay for this attended sleep study. Medicare paid for a sleep study for you on "
           f"{fmt_date(f['prior'], 'long')}, and the records do not show why another study was needed this soon. "
           "The information provided does not support the need for this service. Because the provider did not "
           "give you an Advance Beneficiary Notice, you may not be billed for it unless you signed one.", 8.8)
    d.text_line("How to File an Appeal", 10.5, "B", h=6)
    d.para("Circle the services you disagree with on this notice, explain why, sign, and send it to the company "
           "that handles claims for Medicare, Novum Medicare Services, PO Box 3340, Syracuse, NY 13220. Appeals "
           f"must be filed by {fmt_date(by, 'long')}. Call 1-800-MEDICARE (1-800-633-4227) with questions. "
           f"Provider NPI {f['npi']}.", 8.8)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["pt"],
              case_numbers=[c2], claim_amount=m2(l95810 + l_int), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=lab, appeal_deadline=iso(by), type_alternates=["denial_letter"],
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [m2(l95810)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: approval of a split-night study (photocopy)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Old Mill Health Plan"
    mid, grp = f"{r.digits(3)}{r.letters(3)}{r.digits(5)}", f"G{r.digits(6)}"
    auth = f"{r.digits(3)}-{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(9, 16))
    valid = f["dos"] + dt.timedelta(days=60)
    lab = LABS[1]
    d = Page(foot="Old Mill Health Plan  -  Authorization notice  -  OMH-AUTH-3", margins=(18, 16, 18))
    d.add_page()
    d.text_line("OLD MILL HEALTH PLAN", 15, "B", h=7)
    d.text_line(f"Care Review  -  Old Mill Road, Macon, GA 31201  -  {ph(r)}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["pt"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Good news: your sleep study is approved", 12.5, "B", h=7)
    d.ln(1)
    d.table(["Authorization", "Member", "Member ID", "Group"], [[auth, f["pt"], mid, grp]], [38, 56, 40, 32], size=9,
            border_head="TB")
    d.table(["Service approved", "Units", "Where", "Scheduled night"],
            [["95811 split-night PSG with CPAP titration", "1", lab, fmt_date(f["dos"], "abbr")]],
            [70, 12, 58, 30], size=8.4, border_head="TB")
    d.para(f"We approved the request from {f['doc_dr']} for one attended split-night sleep study. The first part "
           "of the night records your sleep; if sleep apnea is found, the technologist starts CPAP and adjusts the "
           "pressure during the rest of the night, so you do not need a second study.", 10)
    d.para(f"The approval is good for a study done by {fmt_date(valid, 'abbr')}. If the date changes, the lab "
           "does not need a new approval as long as the study is done by then. An approval is not a promise to pay: "
           "you must still be a member on the night of the study, and your deductible and coinsurance apply. "
           "Example only: if the lab charges $3,200.00 and you have met your deductible, you would pay 20% of our "
           "allowed amount.", 10)
    d.para("Your earlier home sleep test was not conclusive, which is why an attended study was approved. Nothing "
           "in this letter is a denial.", 10)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'abbr')}. Requesting physician NPI {f['npi']}.", 8.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["pt"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              alternates={"provider": [lab], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: MA CMS-10003 style notice (standard fax)
def doc_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lanternway Medicare Advantage Plans"
    mid = f"LMA{r.digits(8)}"
    ref = f"ODR{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 9))
    lab = LABS[2]
    d = Page(foot="Form CMS-10003-NDMCP  OMB Approval 0938-0829        H" + r.digits(4) + "_SL26_IDN_C",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Lanternway Medicare Advantage", 13, "B", h=7)
    d.text_line(f"{ins}  |  HMO  |  {ph(r)} (TTY 711)", 8.4, h=4.5)
    d.ln(3)
    d.text_line(f"Date: {fmt_date(notice, 'slash')}", 10, h=5.5)
    d.text_line(f"Member number: {mid}", 10, h=5.5)
    d.ln(1)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", h=7.5)
    d.ln(1)
    d.text_line(f"Name: {f['pt']}", 10, h=5.5)
    d.ln(2)
    d.para(f"We have denied the medical coverage (or payment) listed below that you or your physician asked for. "
           f"Your request, number {ref}, asked for an attended CPAP titration study (95811) at {lab} on "
           f"{fmt_date(f['dos'], 'slash')}, ordered by {f['doc_dr']}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("Your home sleep apnea test showed moderate sleep apnea. Our coverage rules (Evidence of Coverage, "
           "Chapter 4, and the plan's sleep testing policy) cover starting treatment with an auto-adjusting CPAP "
           "machine at home without an in-lab titration for members like you, who do not have heart failure, "
           "lung disease or a nerve-muscle disease. An attended titration is covered if home treatment does not "
           "work. The titration study is not medically necessary at this time.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask us to review our denial. If you want to appeal, you must ask within 65 "
           "calendar days of the date of this notice. We can give you more time if you have a good reason.", 10)
    d.text_line("There are 2 kinds of appeals", 10.5, "B", h=6)
    d.para("Standard appeal: we will give you a written decision within 30 calendar days after we get your appeal. "
           "Fast appeal: we will give you a decision within 72 hours after we get your appeal. You can ask for a "
           "fast appeal if you or your doctor believe your health could be seriously harmed by waiting.", 10)
    d.para(f"Call us at the number above or write to Appeals, PO Box 1170, Yuma, AZ 85364. Physician NPI "
           f"{f['npi']}. Patient born {fmt_date(f['dob'], 'slash')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["pt"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"provider": [lab], "insurer": ["Lanternway Medicare Advantage"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid home sleep test EOB (phone photo)
def doc_paid_hst(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sycamore Court Benefit Trust"
    mid, grp, plan = f"{r.digits(10)}", f"SCT-{r.digits(4)}", f"{r.digits(5)}-PPO"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(16, 28))
    billed = float(r.randint(380, 620))
    allowed = round(billed * 0.55, 2)
    lab = LABS[0]
    d = Page(margins=(40, 14, 40))
    d.add_page()
    d.text_line("Sycamore Court Benefit Trust", 13, "B", align="C", h=7)
    d.text_line("Claim summary  -  not a bill", 9, align="C", h=5)
    d.rule(0.5, 3)
    for (l1, v1), (l2, v2) in [(("Summary date", fmt_date(stmt, "dmy")), ("Claim", claim)),
                               (("Member", f["pt"]), ("Member ID", mid)),
                               (("Group", grp), ("Plan ID", plan)),
                               (("Provider", lab), ("Service date", fmt_date(f["dos"], "dmy")))]:
        y = d.get_y()
        d.font(7, "B")
        d.cell(68, 3.6, l1)
        d.cell(0, 3.6, l2, new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        d.cell(68, 5, v1)
        d.cell(0, 5, v2, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.ln(2)
    d.table(["Service", "Billed", "Allowed", "Paid", "Your cost"],
            [["95806 home sleep test", fmt_money(billed), fmt_money(allowed), fmt_money(allowed - 30), "$30.00"],
             ["*Total", fmt_money(billed), fmt_money(allowed), fmt_money(allowed - 30), "$30.00"]],
            [46, 24, 24, 22, 20], size=8.4, aligns="LRRRR")
    d.text_line("Sleep testing benefit used this plan year", 9.5, "B", h=5.5)
    d.table(["Benefit", "Allowed per 12 months", "Used"], [["Home sleep test", "1", "1 (this claim)"],
                                                           ["Attended in-lab study", "1", "0"]],
            [46, 46, 44], size=8.2)
    d.para("We paid this claim under your diagnostic testing benefit; you owe your $30.00 copay. Nothing was "
           "denied. If your doctor later orders an attended study, it will need prior approval.", 8.8)
    d.para(f"Ordered by {f['doc_dr']}. Questions: {ph(r)}. You may ask for a review within 180 days after you "
           "receive this summary.", 8.2)
    t = truth("eob", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["pt"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=lab, type_alternates=["other"], alternates={"plan_id": [None], "provider": [f["doc"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: upheld grievance, facts in sentences (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Birchwood Community Health Plan"
    mid, grp = f"BCH-{r.digits(3)}-{r.digits(4)}", f"{r.digits(5)}{r.letters(1)}"
    claim, griev = f"{r.digits(12)}", f"GRV-{r.digits(2)}-{r.digits(5)}"
    lab = LABS[1]
    l1 = float(r.randint(2300, 3300))
    dec = f["dos"] + dt.timedelta(days=r.randint(75, 100))
    d = Page(foot="Birchwood Community Health Plan  -  Grievance and Appeals  -  page {p} of {n}",
             margins=(24, 18, 24))
    d.add_page()
    d.text_line("Birchwood Community Health Plan", 14, "B", h=7)
    d.text_line("Grievance and Appeals Unit  -  Lantern Way, Pueblo, CO 81003", 8.8, h=4.8)
    d.ln(8)
    d.text_line(fmt_date(dec, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["pt"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"This letter gives you our decision on your grievance {griev}, about claim {claim} for the in-lab "
           f"sleep study (95810) you had at {lab} on {fmt_date(f['dos'], 'long')}. The lab charged "
           f"{fmt_money(l1)}. You are enrolled under member ID {mid} in group {grp}.", 10.5)
    d.para(f"A board-certified sleep medicine physician who took no part in the first decision reviewed your "
           f"grievance, the notes of {f['doc_dr']} and the results of the study you had on "
           f"{fmt_date(f['prior'], 'long')}. That study found moderate sleep apnea and you began CPAP. Our policy "
           "covers a repeat diagnostic study within 12 months only when symptoms return despite good CPAP use, or "
           "after major weight change or airway surgery. Your CPAP download showed good use and a low residual "
           "apnea index, and the notes describe no new symptoms.", 10.5)
    d.para("Our decision: we uphold the denial. The repeat sleep study was not medically necessary.", 10.5,)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months "
           "of the date you receive this letter; the enclosed form explains how. You may also contact the state "
           "Division of Insurance consumer services line. If your plan is an employer plan subject to ERISA, you "
           "have the right to bring a civil action under section 502(a).", 10.5)
    d.para("Sincerely,\n\nGrievance and Appeals Unit", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["pt"], case_numbers=[griev, claim], claim_amount=m2(l1), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=lab, alternates={"provider": [f["doc"]], "case_numbers": [[griev]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_rbm, "rbm_letter", "scan_clean_300"), (2, doc_msn, "msn", "born_digital"),
              (3, doc_approval, "split_night_approval", "photocopy"), (4, doc_idn, "ma_idn", "fax_standard_g4"),
              (5, doc_paid_hst, "paid_hst", "phone_photo"), (6, doc_upheld, "upheld_grievance", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
