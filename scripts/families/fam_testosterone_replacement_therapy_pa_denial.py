"""Family 'testosterone_replacement_therapy_pa_denial': PBM and plan letters, a plan EOB, a pharmacy notice and
an appeal decision on testosterone replacement (cypionate injections, gel, pellets S0189 with insertion 11980).

Issuers (all invented): Greywater Rx Solutions (pharmacy benefit manager; a denial without two low morning total
testosterone levels, a renewal denied because no recent hematocrit is documented, a 12-month approval faxed to the
prescriber and forwarded by the endocrinology practice behind its own fax cover), Fenwick Hollow Health Plan
(commercial plan; the brand gel denied as non-formulary, an EOB denying pellet insertion and pellets under the
medical benefit, an upheld appeal for a level drawn in the afternoon, photographed on a phone), Kittering Lane
Pharmacy (a pharmacy's notice that the plan rejected the fill for prior authorization). Decoys: the prescriber where
a pharmacy or practice is named, lab dates and values, dates of birth, request-received dates, Rx numbers, BIN/PCN,
NPIs and DEA numbers, phone and fax numbers, the practice's paid office visit on the EOB.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "testosterone_replacement_therapy_pa_denial"
LANG = "en"

GW, FH, KL = "Greywater Rx Solutions", "Fenwick Hollow Health Plan", "Kittering Lane Pharmacy"
ADDR = {GW: ("PO Box 30472", "Tillbury, MO 64999"), FH: ("900 Wickham Commons", "Fenwick Hollow, NH 03999"),
        KL: ("57 Kittering Lane", "Tillbury, MO 64999")}
PRACTICES = ["Stonebridge Urology Associates", "Lakeshire Endocrinology Group", "Northvale Urology & Men's Health",
             "Pellham Ridge Endocrine Clinic"]
PRESCRIBERS = ["Dr. Anders Mbeki-Laurent", "Dr. Sabine Oyelowo-Marsh", "Dr. Keanu Halvorsen", "Dr. Ruth Tanaka-Greaves",
               "Dr. Emeka Castellanos", "Dr. Ludmila Ferreira-Knox"]
FIRST = ["Bram", "Cyprian", "Dariusz", "Evander", "Florin", "Gaspard", "Hamish", "Ignatius", "Jovan", "Kofi",
         "Leander", "Matthias", "Nuno", "Osvaldo"]
LAST = ["Abernethy", "Bergstrom", "Caldwell-Obi", "Delacroix", "Eriksen", "Fitzwalter", "Gallardo", "Huxtable",
        "Ikeda", "Jankowski", "Kowalczyk", "Lindahl", "Mbatha", "Novak"]
STREETS = ["Thornapple Road", "Millrace Court", "Brindle Lane", "Foxglove Street", "Copperleaf Drive"]
TOWNS = ["Tillbury, MO 64999", "Fenwick Hollow, NH 03999", "Granger Point, ND 58999", "Esker Falls, MI 49999"]
CYP = "testosterone cypionate 200 mg/mL injection, 10 mL vial"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str) -> dict:
    r = random.Random(seed)
    first, last, mi = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 150))
    mid = {GW: "GWX" + digits(r, 9), FH: "FHP-" + digits(r, 5) + "-" + digits(r, 2), KL: "GWX" + digits(r, 9)}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mi}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid,
                grp=("GW" + digits(r, 5) if ins in (GW, KL) else digits(r, 7)), practice=r.choice(PRACTICES),
                prescriber=r.choice(PRESCRIBERS), npi=npi(r), ph=phone(r), fax=phone(r),
                dob=dt.date(r.randint(1958, 1985), r.randint(1, 12), r.randint(1, 28)), case=digits(r, 10),
                recv=notice - dt.timedelta(days=r.randint(1, 4)),
                dea=r.choice("ABFM") + r.choice("ABCDHKMW") + digits(r, 7))


def D(f: dict, d: dt.date, style: str | None = None) -> str:
    return fmt_date(d, style or f["ds"])


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5, x: float | None = None) -> None:
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


# ------------------------------------------------------------------------------------------- Greywater PBM
def gw_letter(f: dict, title: str, rows, body, denial: str | None, dalts: list[str], svc: list[str], alts: dict,
              to_prescriber: bool = False, fax: str | None = None) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="GRX-PA-TRT-26  |  Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    d.set_fill_color(90, 90, 90)
    d.rect(18, d.get_y(), 180, 1.5, style="F")
    d.ln(3)
    d.text_line("GREYWATER Rx", 20, "B")
    d.text_line(f"Greywater Rx Solutions  ·  Clinical Review  ·  {ADDR[GW][0]}, {ADDR[GW][1]}".replace("·", "-"), 8.5)
    d.text_line(f"Phone {f['ph']}   Fax {phone(r)}", 8.5)
    d.ln(6)
    y0 = d.get_y()
    if to_prescriber:
        for ln in (f"To: {f['prescriber']}", f["practice"], f"Fax {f['fax']}"):
            d.text_line(ln, 10.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.set_xy(128, y0)
    d.font(10)
    d.cell(0, 5, f"Date: {D(f, f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 24))
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['prescriber'] if to_prescriber else f['first'] + ' ' + f['last']}:", 10.5)
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p, 10.5)
    dl = None
    if denial:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        d.para("You, your prescriber or your authorized representative may appeal this decision within 180 days of "
               f"the date of this letter. Send the appeal to Greywater Rx Appeals, {ADDR[GW][0]}, {ADDR[GW][1]}, or "
               f"call {f['ph']}. If a delay could seriously jeopardize your health, ask for an expedited appeal; we "
               "will decide within 72 hours.", 10)
    d.para(f"Clinical Pharmacist Review\n{GW}, pharmacy benefit manager for your health plan", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=GW, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], service_dates=svc, denial_date=iso(f["notice"]),
              provider=f["prescriber"], appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"provider": [f["practice"]]}, **alts), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Fenwick Hollow plan
def fh_head(d: Doc, f: dict) -> None:
    d.font(18, "B")
    d.cell(0, 9, "Fenwick Hollow", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(0, 5, "HEALTH PLAN", new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.6)
    d.line(18, d.get_y() + 1, 198, d.get_y() + 1)
    d.set_line_width(0.2)
    d.ln(3)
    d.text_line(f"{ADDR[FH][0]}, {ADDR[FH][1]}  |  Member Services {f['ph']}  |  TTY 711", 8.5)
    d.ln(5)


def fh_gel_brand(f: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer="Fenwick Hollow Health Plan  -  RX-NF-0426  -  {p}/{n}")
    d.add_page()
    fh_head(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination - Prescription Drug", 13, "B")
    d.ln(2)
    d.boxes([("Member", f["name"], 62), ("Member ID", f["mid"], 48), ("Group", f["grp"], 30),
             ("Date of birth", D(f, f["dob"]), 40)])
    d.boxes([("Reference number", f["case"], 62), ("Request received", D(f, f["recv"]), 48),
             ("Decision date", D(f, f["notice"]), 70)])
    d.boxes([("Drug requested", "AndroGel (testosterone gel) 1.62% pump, 2 pumps daily", 118),
             ("Quantity", "2 x 75 g pumps / 30 days", 62)])
    d.boxes([("Requesting provider", f["practice"], 80), ("Prescriber", f["prescriber"], 60), ("NPI", f["npi"], 40)])
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.text_line("What we decided", 12, "B")
    d.para("We denied your prescriber's request for a formulary exception for brand-name AndroGel 1.62% pump. "
           "This brand is not on the Fenwick Hollow formulary (drug list).", 11)
    d.text_line("Why", 12, "B")
    d.para("Brand-name testosterone gels are non-formulary. The formulary covers generic testosterone gel 1% and "
           "1.62% (Tier 2) and testosterone cypionate injection (Tier 1) with prior authorization. A formulary "
           "exception is approved only when the records show that the covered generic gel and the injection were "
           "tried and did not work or caused a reaction, or cannot be used. The request says you prefer the brand "
           "pump; it does not show a trial of the generic gel or of the injection.", 11)
    d.para("Your prescriber may ask for prior authorization of the generic 1.62% gel, which contains the same "
           "medicine.", 11)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Your right to appeal", 12, "B")
    d.para(f"You may appeal this decision. We must receive your appeal by {D(f, dl)}. Call {f['ph']} or write to "
           f"Fenwick Hollow Appeals, {ADDR[FH][0]}, {ADDR[FH][1]}. You may also have the right to an external review "
           "by an independent review organization.", 11)
    d.para(f"Pharmacy Services\n{FH}", 11)
    t = truth("denial_letter", "not_covered", insurer=FH, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates={"provider": [f["prescriber"]], "service_dates": [[iso(f["recv"])]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def fh_pellet_eob(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Fenwick Hollow Health Plan  |  Explanation of Benefits  |  Page {p} of {n}",
            margins=(16, 14, 16))
    d.add_page()
    fh_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(118, y0)
    claim = "FH" + digits(r, 11)
    pairs(d, [("Issued:", D(f, f["notice"])), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Claim #:", claim)], lw=26, size=9, x=118)
    d.set_y(max(d.get_y(), y0 + 26))
    dos = f["notice"] - dt.timedelta(days=r.randint(24, 40))
    pairs(d, [("Patient:", f["name"]), ("Provider:", f"{f['practice']} (NPI {f['npi']})"),
              ("Rendering:", f"{f['prescriber']}"), ("Received:", D(f, f["notice"] - dt.timedelta(days=12), "slash"))],
          lw=26, size=9)
    ov, ins_fee, pel = 168.00, 395.00, 74.50
    units = 10
    rows = [[D(f, dos, "slash"), "99213", "Office visit, est. patient", fmt_money(ov, "nosign"), "112.40", "30.00",
             "82.40", "30.00", ""],
            [D(f, dos, "slash"), "11980", "Subcutaneous hormone pellet implantation", fmt_money(ins_fee, "nosign"),
             "0.00", "0.00", "0.00", "0.00", "N41"],
            [D(f, dos, "slash"), "S0189 x10", "Testosterone pellet, 75 mg", fmt_money(pel * units, "nosign"), "0.00",
             "0.00", "0.00", "0.00", "N41"]]
    total = round(ov + ins_fee + pel * units, 2)
    rows.append(["*Totals", "", "", fmt_money(total, "nosign"), "112.40", "30.00", "82.40", "30.00", ""])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Copay", "Plan paid", "You owe", "Code"], rows,
            [19, 17, 58, 18, 16, 14, 17, 15, 10], size=7.6, aligns="LLLRRRRRC")
    d.text_line("Explanation codes", 10, "B")
    d.para("N41  Not covered. Testosterone pellets and their insertion are not a covered medical benefit under your "
           "plan. Testosterone replacement is covered through your pharmacy benefit (injections and generic gel, "
           "with prior authorization). Because the provider is in network, you cannot be billed for these lines "
           "beyond any amount shown under You owe.", 8.8)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Appeals", 10, "B")
    d.para("If you disagree with how this claim was processed, you may file an appeal within 180 days of the date "
           f"this statement was issued. Call {f['ph']} or write to Fenwick Hollow Appeals, {ADDR[FH][0]}, "
           f"{ADDR[FH][1]}.", 8.8)
    t = truth("eob", "not_covered", insurer=FH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(f["notice"]),
              provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["prescriber"]], "claim_amount": [m2(ins_fee + pel * units)]},
              denial_alternates=["experimental", "other"])
    return pdf_bytes(d), t


def fh_appeal_upheld(f: dict, lab1: dt.date, lab2: dt.date) -> tuple[bytes, dict]:
    r = f["r"]
    appeal = "FHA-" + digits(r, 8)
    d = Doc("Times", footer="Fenwick Hollow Health Plan  -  Appeals  -  {p}/{n}")
    d.add_page()
    fh_head(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your appeal has been reviewed: decision upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Appeal number:", appeal), ("Original request:", f["case"]),
              ("Drug:", CYP + ", 1 mL every 14 days"), ("Prescriber:", f"{f['prescriber']}, {f['practice']}"),
              ("Appeal received:", D(f, f["recv"] - dt.timedelta(days=r.randint(12, 20))))], lw=40, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para("You asked us to reconsider our denial of prior authorization for testosterone cypionate injections. A "
           "board-certified endocrinologist who did not take part in the first decision reviewed your appeal and "
           "the records from your prescriber.", 11)
    d.text_line("Decision", 12, "B")
    d.para("We are upholding the denial. The plan's testosterone policy (RX-CP-118) requires two total testosterone "
           "levels below 300 ng/dL, each drawn between 7 and 10 a.m. on different days, plus symptoms of low "
           f"testosterone. Your records show a level of 276 ng/dL drawn on {D(f, lab1)} at 3:40 p.m. and a level of "
           f"318 ng/dL drawn on {D(f, lab2)} at 8:05 a.m. Levels fall during the day, so the afternoon result cannot "
           "be used, and the morning result is not below 300 ng/dL. The criteria are not met and the medicine is not "
           "medically necessary under the policy.", 11)
    d.para("Your prescriber may send a new request with two morning levels.", 11)
    dl = f["notice"] + dt.timedelta(days=60)
    d.text_line("If you still disagree", 12, "B")
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter, or ask for an external "
           "review by an independent review organization within 4 months. Call Member Services at "
           f"{f['ph']}.", 11)
    d.para(f"Appeals and Grievances\n{FH}", 11)
    t = truth("denial_letter", "medical_necessity", insurer=FH, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[appeal, f["case"]], denial_date=iso(f["notice"]),
              provider=f["prescriber"], appeal_deadline=iso(dl),
              alternates={"provider": [f["practice"]], "case_numbers": [[appeal]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- pharmacy notice
def kl_notice(f: dict, price: float) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Courier", footer=None, margins=(22, 16, 22))
    d.add_page()
    d.text_line(KL.upper(), 15, "B")
    d.text_line(f"{ADDR[KL][0]}, {ADDR[KL][1]}   Tel {phone(r)}", 9)
    d.rule(0.4, 4)
    d.text_line("NOTICE: YOUR PRESCRIPTION WAS NOT COVERED TODAY", 12, "B")
    d.ln(2)
    fill = f["notice"]
    d.text_line(f"Date: {D(f, fill)}", 10.5)
    d.ln(2)
    addressee(d, f)
    pairs(d, [("Patient:", f["name"]), ("DOB:", D(f, f["dob"])), ("Rx #:", digits(r, 7)),
              ("Drug:", CYP), ("Sig:", "Inject 1 mL IM every 14 days"), ("Qty/days:", "10 mL / 70 days"),
              ("Prescriber:", f"{f['prescriber']}  DEA {f['dea']}"), ("Plan:", f"{GW}  ID {f['mid']}"),
              ("Group:", f["grp"]), ("BIN/PCN:", f"{digits(r, 6)} / GWRX"), ("Submitted:", fmt_money(price))],
          lw=34, size=9.5)
    d.text_line("Plan response", 11, "B")
    d.para("REJECT 75 - PRIOR AUTHORIZATION REQUIRED. CALL PRESCRIBER. CONTROLLED SUBSTANCE SCHEDULE III.", 9.5)
    d.text_line("What this means", 11, "B")
    d.para("Your plan needs your prescriber to send a prior authorization request before it will pay for this "
           f"medicine. We faxed {f['prescriber']} today. Most plans answer within 2 business days. You may pay the "
           f"cash price of {fmt_money(price)} now, or wait for the plan's decision. This notice is not a bill and is "
           "not a decision by your health plan.", 9.5)
    t = truth("other", None, insurer=GW, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              claim_amount=m2(price), service_dates=[iso(fill)], denial_date=iso(fill), provider=KL,
              unscored=["insurer"], alternates={"claim_amount": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- practice fax cover
def practice_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["practice"], 17, "B")
    d.text_line(f"Phone {phone(r)}   Fax {f['fax']}", 9)
    d.ln(12)
    d.text_line("FACSIMILE", 24, "B")
    d.ln(4)
    pairs(d, [("To:", KL), ("Attn:", "Pharmacy staff"), ("Fax:", phone(r)), ("From:", f"Office of {f['prescriber']}"),
              ("Date:", fmt_date(f["notice"], "slash")), ("Pages:", f"{pages} including this cover"),
              ("Re:", f"{f['first']} {f['last']} - testosterone approval")], lw=24, size=12)
    d.para("The plan approved the testosterone cypionate prior authorization. Please rerun the prescription on file. "
           "Call the front desk if the claim still rejects.", 11)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: This fax may contain protected health information. If you received it in error, "
           "notify the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []

    # 1. Greywater: one low morning level only (born digital)
    f = facts(235601, GW, "long")
    r = f["r"]
    l1 = f["recv"] - dt.timedelta(days=r.randint(20, 40))
    l2 = l1 + dt.timedelta(days=r.randint(7, 14))
    items.append(Item(f"{FAMILY}_bd_pbm_one_low_morning_level", "born_digital", [gw_letter(
        f, "Prior Authorization Denied",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
         ("Case number:", f["case"]), ("Medication:", CYP + ", 1 mL IM every 14 days"),
         ("Prescriber:", f"{f['prescriber']}, {f['practice']}"), ("Request received:", D(f, f["recv"]))],
        [("Why we denied this request",
          "Testosterone replacement is covered for low testosterone (hypogonadism) when the records show two total "
          "testosterone levels below 300 ng/dL, each drawn in the morning on a different day, and symptoms of low "
          f"testosterone. The records show one level of 241 ng/dL drawn on {D(f, l1)} at 8:20 a.m. The second "
          f"result, drawn on {D(f, l2)}, was 356 ng/dL. Only one level is low, so the request does not meet the "
          "plan's criteria and the medicine is not medically necessary."),
         ("What you can do",
          "Ask your prescriber about repeating the morning testosterone test. A new request can be sent with the "
          "results at any time.")],
        "medical_necessity", ["prior_authorization"], [], {"service_dates": [[iso(f["recv"])]]})]))

    # 2. Fenwick Hollow: brand gel non-formulary (born digital)
    f = facts(235602, FH, "slash")
    items.append(Item(f"{FAMILY}_bd_plan_brand_gel_nonformulary", "born_digital", [fh_gel_brand(f)]))

    # 3. Kittering Lane pharmacy: rejected for prior authorization (scan 300)
    f = facts(235603, KL, "abbr")
    items.append(Item(f"{FAMILY}_scan300_pharmacy_reject_pa_required", "scan_clean_300", [kl_notice(f, 88.47)]))

    # 4. Fenwick Hollow EOB: pellet insertion and pellets denied under the medical benefit (150 dpi)
    f = facts(235604, FH, "dmy")
    items.append(Item(f"{FAMILY}_lowres_plan_eob_pellets_not_covered", "scan_lowres_150", [fh_pellet_eob(f)]))

    # 5. Greywater: renewal denied, hematocrit not documented (photocopy)
    f = facts(235605, GW, "iso")
    r = f["r"]
    old_hct = f["notice"] - dt.timedelta(days=r.randint(400, 520))
    items.append(Item(f"{FAMILY}_copy_pbm_renewal_no_recent_hematocrit", "photocopy", [gw_letter(
        f, "Renewal Request Denied",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Case number:", f["case"]),
         ("Medication:", "testosterone gel 1.62% (generic), 2 pumps daily"),
         ("Prescriber:", f"{f['prescriber']}, {f['practice']}"), ("Request received:", D(f, f["recv"]))],
        [("Why we denied this renewal",
          "To continue testosterone for another year, the plan needs a testosterone level and a hematocrit (red "
          "blood cell level) from the last 6 months, and the hematocrit must be below 54%. A high hematocrit is a "
          "known risk of testosterone therapy. The renewal request includes a recent testosterone level but the "
          f"latest hematocrit in the records is from {D(f, old_hct)}, more than a year ago. Without a current "
          "hematocrit, we cannot confirm that the medicine is still safe for you, so the renewal is not approved."),
         ("What you can do",
          "Your prescriber can order a blood count and send the result with a new request. Your current approval "
          "ends on the date shown on your last approval letter.")],
        "medical_necessity", ["prior_authorization"], [], {"service_dates": [[iso(f["recv"])]]})]))

    # 6. Fax stack: practice cover + Greywater approval for 12 months (fax fine)
    f = facts(235606, GW, "slash")
    a = f["notice"]
    b = dt.date(a.year + 1, a.month, a.day) - dt.timedelta(days=1)
    ok = gw_letter(
        f, "Prior Authorization Approved",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
         ("Case number:", f["case"]), ("Medication:", CYP + ", 1 mL IM every 14 days"),
         ("Approved:", f"{D(f, a)} through {D(f, b)} (12 months)")],
        [("Decision",
          "We approved this request. The records show two morning total testosterone levels below 300 ng/dL and a "
          "hematocrit of 44%. The member's pharmacy can fill the prescription now; the usual copay applies."),
         ("Renewal",
          "To renew, send a recent testosterone level and hematocrit about 30 days before the approval ends.")],
        None, [], [iso(a, b)], {"service_dates": [[iso(a)], []]}, to_prescriber=True,
        fax=f"{fmt_date(a, 'slash')} 14:02   GREYWATER RX CLINICAL   p.2/2")
    items.append(Item(f"{FAMILY}_faxf_stack_practice_cover_pbm_approval", "fax_fine_g4", [ok],
                      separators=[practice_cover(f, 2)]))

    # 7. Fenwick Hollow appeal upheld: afternoon level (phone photo)
    f = facts(235607, FH, "abbr")
    r = f["r"]
    lab1 = f["notice"] - dt.timedelta(days=r.randint(60, 80))
    lab2 = lab1 + dt.timedelta(days=r.randint(9, 16))
    items.append(Item(f"{FAMILY}_phone_plan_appeal_upheld_afternoon_level", "phone_photo",
                      [fh_appeal_upheld(f, lab1, lab2)]))
    return items
