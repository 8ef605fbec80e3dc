"""Family 'medicaid_ltc_transfer_penalty_denial': state Medicaid long-term-care (nursing facility) eligibility notices,
modelled from memory on the usual state "Notice of Action" for institutional Medicaid: the application is denied
(countable resources over the limit; income over the special income limit without a Qualified Income Trust) or
approved with a penalty period for assets transferred for less than fair market value within the 60-month look-back
(transfer table, uncompensated value divided by the average private-pay rate, penalty start and end dates), the
undue-hardship and fair-hearing paragraphs, and the separate notice to the nursing facility; one approval.

Written blind: no look at intake's rules, extraction code, models or tests. Everything is invented: agencies
(Tamarack Department of Human Services, Millbrook County Department of Social Services in the Commonwealth of
Ashgrove, Ridgeway State Health Care Authority), facilities, people (Finnish, Akan and Vietnamese name bases), IDs,
amounts and 555 phone numbers. Seeds 143550 + i.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "medicaid_ltc_transfer_penalty_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TAM, MIL, RID = ("Tamarack Department of Human Services", "Millbrook County Department of Social Services",
                 "Ridgeway State Health Care Authority")
AG_ADDR = {TAM: ("Division of Medical Assistance, Long-Term Care Unit", "PO Box 7730", "Larchmont, TM 60417"),
           MIL: ("Medical Assistance Section", "48 Courthouse Square", "Millbrook, AG 27105"),
           RID: ("Office of Eligibility Policy - Institutional Medicaid", "3300 Summit Road", "Ridgeway City, RW 84023")}
FIRST = ["Aino", "Eero", "Helmi", "Tapio", "Akosua", "Kwabena", "Yaa", "Kofi", "Thuy", "Minh", "Lan", "Ilmari"]
LAST = ["Virtanen", "Koskinen", "Laaksonen", "Heikkinen", "Mensah", "Owusu", "Boateng", "Asante", "Nguyen", "Tran",
        "Pham"]
FACILITIES = ["Larch Hollow Care and Rehabilitation Center", "Millbrook Manor Nursing Home",
              "Summit View Health and Living", "Pine Barrens Skilled Nursing Facility"]
STREETS = ["Kettle Pond Road", "Aspen Row", "Birchbark Lane", "Mill Race Street", "Old County Road 9"]


def person(r: random.Random, last: str | None = None) -> str:
    return f"{r.choice(FIRST)} {r.choice('BCDGKLMNRSTV')}. {last or r.choice(LAST)}"


def mixed(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTUWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def phone(r: random.Random) -> str:
    return f"({r.choice(['555', '555', '800'])}) 555-{r.randint(100, 199):04d}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y")}[style]


def usd(v: float, style: str) -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "space": f"$ {g}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


HEARING = {TAM: 90, MIL: 60, RID: 30}
DIVISOR = {TAM: 312.40, MIL: 287.15, RID: 341.80}  # average daily private-pay rate
RES_LIMIT = {TAM: 2000.00, MIL: 2000.00, RID: 2500.00}
SIL = 2982.00


def facts(r: random.Random, kind: str, ag: str, ds: str, ms: str, lab: int) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    applied = days(notice, -r.randint(35, 60))
    admitted = days(applied, -r.randint(20, 90))
    resident = person(r)
    rep = person(r, resident.split()[-1])
    while rep.split()[0] == resident.split()[0]:
        rep = person(r, resident.split()[-1])
    f = dict(kind=kind, ag=ag, ds=ds, ms=ms, lab=lab, notice=notice, applied=applied, admitted=admitted,
             resident=resident, rep=rep, street=f"{r.randint(12, 980)} {r.choice(STREETS)}",
             dob=dt.date(r.randint(1932, 1950), r.randint(1, 12), r.randint(1, 28)),
             facility=r.choice(FACILITIES), fac_npi=r.choice("12") + mixed(r, "999999999"),
             client={TAM: mixed(r, "100999999"), MIL: mixed(r, "MC-9999-9999"), RID: mixed(r, "R99999999")}[ag],
             case={TAM: mixed(r, "2026-LTC-999999"), MIL: mixed(r, "99-99999-A"), RID: mixed(r, "RW99999999")}[ag],
             app="APP-" + mixed(r, "9999999") if ag != MIL else None, worker=r.choice(
                 ["Riikka S. Lehtonen", "Adwoa K. Frimpong", "Quang D. Vo", "Hannele M. Salo"]),
             ph=phone(r), fax=phone(r), hearing_ph=phone(r))
    f["otherwise_elig"] = applied.replace(day=1)
    if kind in ("penalty", "penalty_fac", "penalty_gift"):
        n = 2 if kind != "penalty_gift" else 3
        lb = f["otherwise_elig"].replace(year=f["otherwise_elig"].year - 5)
        transfers = []
        pool = [("Cash gift", f"{rep} (son/daughter)", 0.0), ("Residence (house and lot)", rep, None),
                ("Savings account withdrawal", "Grandchild (tuition)", 0.0), ("2014 pickup truck", rep, 1500.0),
                ("Certificate of deposit", "Church building fund", 0.0)]
        picks = [0, 1] if kind == "penalty" else [1, 3] if kind == "penalty_fac" else [0, 2, 4]
        for i, p in enumerate(picks[:n]):
            desc, to, comp = pool[p]
            d0 = days(f["otherwise_elig"], -r.randint(120, 1500))
            fmv = round(r.randint(8000, 40000) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)
            if p == 1:
                fmv = float(r.randint(148, 230) * 1000)
                comp = float(r.randint(20, 60) * 1000)
            transfers.append(dict(date=d0, desc=desc, to=to, fmv=fmv, comp=comp, unc=round(fmv - comp, 2)))
        transfers.sort(key=lambda t: t["date"])
        f["transfers"] = transfers
        f["lookback"] = lb
        f["unc_total"] = round(sum(t["unc"] for t in transfers), 2)
        f["pen_days"] = int(f["unc_total"] / DIVISOR[ag])
        f["pen_start"] = f["otherwise_elig"]
        f["pen_end"] = days(f["pen_start"], f["pen_days"] - 1)
    if kind == "resources":
        items = [("Checking account, Kestrel Savings Bank", round(r.uniform(900, 4200), 2)),
                 ("Savings account, Kestrel Savings Bank", round(r.uniform(3000, 21000), 2)),
                 ("Life insurance cash surrender value (face value over $1,500)", round(r.uniform(2500, 9000), 2)),
                 ("Burial fund (excluded up to $1,500)", 1500.00)]
        f["res"] = items
        f["res_total"] = round(sum(v for _, v in items[:3]), 2)
    if kind == "income":
        f["ss"] = round(r.uniform(1900, 2500), 2)
        f["pension"] = round(r.uniform(700, 1400), 2)
        f["inc_total"] = round(f["ss"] + f["pension"], 2)
    if kind == "approval":
        f["liability"] = round(r.uniform(1100, 2300), 2)
        f["pna"] = 50.00
        f["eff"] = f["otherwise_elig"]
    return f


def page() -> Doc:
    d = Doc("DejaVu", margins=(18, 14, 18), footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", BOLD)
    return d


def letterhead(d: Doc, f: dict) -> None:
    ag = f["ag"]
    a = AG_ADDR[ag]
    if ag == TAM:
        d.text_line("STATE OF TAMARACK", 9, "B", "C")
        d.text_line(TAM.upper(), 14, "B", "C")
        d.text_line(f"{a[0]}  \u2022  {a[1]}  \u2022  {a[2]}", 8, "", "C")
        d.rule(0.7)
    elif ag == MIL:
        d.text_line("Commonwealth of Ashgrove", 8.5)
        d.text_line(MIL, 13, "B")
        for ln in a:
            d.text_line(ln, 8.5)
        d.text_line(f"Telephone {f['ph']}   Fax {f['fax']}", 8.5)
        d.ln(2)
    else:
        d.set_fill_color(215, 215, 215)
        d.font(15, "B")
        d.cell(0, 11, "  RIDGEWAY STATE HEALTH CARE AUTHORITY", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"  {a[0]} | {a[1]}, {a[2]} | {f['ph']}", 7.8)
    d.ln(5)


LABELS = [  # client id, case number, notice date
    ("Client ID", "Case number", "Notice date"),
    ("Recipient ID", "Case No.", "Date of notice"),
    ("Medicaid ID", "Case #", "Date mailed"),
]


def pairs(d: Doc, rows, w: float = 52, size: float = 9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k + ":")
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def id_block(d: Doc, f: dict, to_facility: bool = False) -> None:
    L, ds = LABELS[f["lab"]], f["ds"]
    if f["ag"] == TAM:
        d.boxes([(L[2], fdate(f["notice"], ds), 40), (L[1], f["case"], 48), (L[0], f["client"], 40),
                 ("Application no.", f["app"] or "", 46)])
        d.boxes([("Applicant / resident", f["resident"], 62), ("Date of birth", fdate(f["dob"], ds), 40),
                 ("Program", "Nursing Facility Medicaid", 72)])
        d.ln(4)
        return
    rows = [(L[2], fdate(f["notice"], ds)), ("Case name", f["resident"]), (L[1], f["case"]), (L[0], f["client"])]
    if f["app"]:
        rows.append(("Application number", f["app"]))
    rows += [("Date of birth", fdate(f["dob"], ds)), ("Program", "Medicaid - Institutional (Nursing Facility) Care"),
             ("Application received", fdate(f["applied"], ds))]
    if to_facility:
        rows.append(("Date of admission", fdate(f["admitted"], ds)))
    pairs(d, rows)


def address(d: Doc, f: dict) -> None:
    if f["ag"] == MIL:
        d.text_line(fdate(f["notice"], f["ds"]), 10)
        d.ln(3)
    d.text_line(f["resident"], 10)
    d.text_line(f"c/o {f['rep']}, Authorized Representative", 10)
    d.text_line(f"{f['street']}", 10)
    d.text_line({TAM: "Larchmont, TM 60422", MIL: "Millbrook, AG 27109", RID: "Ridgeway City, RW 84031"}[f["ag"]], 10)
    d.ln(5)


def hearing(d: Doc, f: dict, facility: bool = False) -> None:
    n, ds = HEARING[f["ag"]], f["ds"]
    d.font(10.5, "B")
    d.cell(0, 6, "YOUR RIGHT TO A FAIR HEARING", new_x="LMARGIN", new_y="NEXT")
    who = "The resident or the resident's representative" if facility else "You"
    if f["ag"] == TAM:
        txt = (f"{who} may ask for a fair hearing if {'they disagree' if facility else 'you disagree'} with this "
               f"decision. The request must be made within {n} days of the date of this notice. Call "
               f"{f['hearing_ph']} or write to the Tamarack Office of Administrative Hearings, PO Box 7791, "
               "Larchmont, TM 60417.")
    elif f["ag"] == MIL:
        txt = (f"{who} may ask for a fair hearing within {n} days from the date this notice was mailed. Send the "
               "enclosed hearing request form to the Commonwealth of Ashgrove Bureau of Hearings and Appeals or "
               f"call {f['hearing_ph']}. An attorney, relative, friend or other person may represent you.")
    else:
        txt = (f"{who} can appeal this decision by asking for a fair hearing. Your request must reach the "
               f"Authority within {n} days of the notice date, that is by {fdate(days(f['notice'], n), ds)}. "
               f"Call {f['hearing_ph']} or use the appeal form on the back.")
    d.para(txt, 9.5)
    d.para("If you ask for a hearing within 10 days of the date of this notice, benefits you now receive may "
           "continue until the hearing decision. If the decision is not in your favor, you may have to repay "
           "those benefits. Free legal help may be available from Legal Aid of the region.", 8.8)


def transfer_table(d: Doc, f: dict) -> None:
    ms, ds = f["ms"], f["ds"]
    rows = [[fdate(t["date"], ds), t["desc"][:38], t["to"][:34], usd(t["fmv"], ms), usd(t["comp"], ms),
             usd(t["unc"], ms)] for t in f["transfers"]]
    rows.append(["*Total uncompensated value", "", "", "", "", usd(f["unc_total"], ms)])
    d.table(["Date of transfer", "Asset", "Transferred to", "Fair market value", "Received", "Uncompensated"],
            rows, [26, 44, 42, 22, 18, 24], 7.6, "LLLRRR")


def client_notice(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    address(d, f)
    kind, ds, ms, ag = f["kind"], f["ds"], f["ms"], f["ag"]
    title = {"penalty": "NOTICE OF ACTION - TRANSFER OF ASSETS PENALTY",
             "penalty_gift": "NOTICE OF ACTION - TRANSFER OF ASSETS PENALTY",
             "penalty_fac": "NOTICE OF ACTION - TRANSFER OF ASSETS PENALTY",
             "resources": "NOTICE OF ACTION - APPLICATION DENIED",
             "income": "NOTICE OF DECISION - LONG-TERM CARE MEDICAID DENIED",
             "approval": "NOTICE OF ACTION - APPLICATION APPROVED"}[kind]
    d.text_line(title, 12, "B", "C")
    d.text_line("Medicaid for Nursing Facility Care (Institutional Medicaid)", 9.5, "", "C")
    d.ln(3)
    id_block(d, f)
    d.para(f"Dear {f['resident'].split()[0]} {f['resident'].split()[-1]}:", 10)
    fac = f["facility"]
    if kind.startswith("penalty"):
        d.para(f"We reviewed your application for Medicaid long-term care received on {fdate(f['applied'], ds)}. "
               f"You meet the other eligibility rules for Medicaid, and you live at {fac}. However, Medicaid "
               "will NOT pay for your nursing facility care for a period of time (a penalty period) because "
               "assets were given away or sold for less than fair market value during the 60-month look-back "
               f"period, which began on {fdate(f['lookback'], ds)}.", 9.8)
        transfer_table(d, f)
        d.para(f"Total uncompensated value {usd(f['unc_total'], ms)} divided by the average daily private-pay rate "
               f"for nursing facility care ({usd(DIVISOR[ag], ms)}) equals a penalty period of {f['pen_days']} days.",
               9.8)
        d.font(10, "B")
        d.cell(0, 6, f"Penalty period: {fdate(f['pen_start'], ds)} through {fdate(f['pen_end'], ds)}",
               new_x="LMARGIN", new_y="NEXT")
        d.para("During the penalty period Medicaid will pay for your other covered medical care, such as doctor "
               "visits and prescriptions, but not for the daily cost of nursing facility care. If all or part of "
               "an asset is given back, tell us within 30 days and we will recalculate the penalty.", 9.5)
        d.para("Undue hardship: if the penalty would keep you from getting food, shelter or medical care, you may "
               "ask us to waive it. Send the Undue Hardship Request form within 15 days of the date of this "
               "notice.", 9.5)
        d.para("Rule: Section 1917(c) of the Social Security Act (42 U.S.C. 1396p(c)); "
               + {TAM: "Tamarack Admin. Code 27-4-310.", MIL: "Ashgrove Medicaid Manual 440.32.",
                  RID: "Ridgeway Admin. Rule R414-305-7."}[ag], 8.5)
    elif kind == "resources":
        d.para(f"Your application for Medicaid nursing facility care received on {fdate(f['applied'], ds)} is "
               f"DENIED. Your countable resources are more than the resource limit of "
               f"{usd(RES_LIMIT[ag], ms)} for one person.", 9.8)
        rows = [[n, usd(v, ms)] for n, v in f["res"][:3]] + [[f["res"][3][0], usd(0, ms)],
                                                               ["*Countable resources", usd(f["res_total"], ms)]]
        d.table([f"Resources on {fdate(f['otherwise_elig'], ds)}", "Countable value"], rows, [130, 40], 8.6, "LR")
        d.para(f"Excess resources: {usd(round(f['res_total'] - RES_LIMIT[ag], 2), ms)}. You may apply again when "
               "your resources are at or below the limit. Paying your nursing facility bill or buying an "
               "irrevocable burial contract are ways to reduce resources; giving assets away may cause a penalty.",
               9.5)
        d.para("Rule: 42 CFR 435.725; " + {TAM: "Tamarack Admin. Code 27-4-210.", MIL: "Ashgrove Medicaid Manual "
                                           "420.10.", RID: "Ridgeway Admin. Rule R414-305-3."}[ag], 8.5)
    elif kind == "income":
        d.para(f"Your application for Medicaid nursing facility care received on {fdate(f['applied'], ds)} is "
               "DENIED. Your gross monthly income is more than the special income limit for nursing facility "
               f"Medicaid ({usd(SIL, ms)} a month), and you have not set up a Qualified Income Trust (QIT).", 9.8)
        rows = [["Social Security (before Medicare premium)", usd(f["ss"], ms)],
                ["Pension, Aspen County Teachers' Retirement System", usd(f["pension"], ms)],
                ["*Total gross monthly income", usd(f["inc_total"], ms)],
                ["Special income limit (300% of the SSI benefit rate)", usd(SIL, ms)]]
        d.table(["Income", "Monthly amount"], rows, [130, 40], 8.6, "LR")
        d.para("How you can become eligible: put your income over the limit into a Qualified Income Trust (also "
               "called a Miller trust) each month. If the trust is set up and funded, you can apply again and "
               "coverage can start the first month the trust is funded. A QIT form is enclosed.", 9.5)
    else:  # approval
        d.para(f"Your application for Medicaid nursing facility care received on {fdate(f['applied'], ds)} is "
               f"APPROVED. Medicaid will pay for your care at {fac} beginning {fdate(f['eff'], ds)}. We reviewed "
               "your transfers of assets during the 60-month look-back period and no penalty applies.", 9.8)
        rows = [["Gross monthly income", usd(round(f["liability"] + f["pna"] + 174.70, 2), ms)],
                ["Less personal needs allowance", usd(f["pna"], ms)],
                ["Less health insurance premiums", usd(174.70, ms)],
                ["*Your monthly patient liability", usd(f["liability"], ms)]]
        d.table(["Patient liability (amount you pay the facility each month)", "Amount"], rows, [130, 40], 8.6, "LR")
        d.para("Pay your patient liability to the facility each month. Tell us within 10 days if your income, "
               "resources or address change. Your next renewal is due in 12 months.", 9.5)
    hearing(d, f)
    d.ln(1)
    d.text_line(f"Eligibility worker: {f['worker']}   Telephone: {f['ph']}", 9)
    d.text_line(f"cc: {fac}, Business Office", 8.5)


def facility_notice(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    if f["ag"] != MIL:
        d.text_line(fdate(f["notice"], ds), 10)
        d.ln(2)
    d.text_line("Administrator / Business Office", 10)
    d.text_line(f["facility"], 10)
    d.text_line(f"Provider NPI {f['fac_npi']}", 9)
    d.ln(4)
    d.text_line("NOTICE TO NURSING FACILITY", 12, "B", "C")
    d.text_line("Medicaid Long-Term Care Eligibility - Transfer of Assets Penalty", 9.5, "", "C")
    d.ln(3)
    id_block(d, f, to_facility=True)
    d.para(f"The resident named above has been found eligible for Medicaid, but a transfer of assets penalty "
           f"applies. Medicaid will not pay the nursing facility daily rate for {f['resident']} from "
           f"{fdate(f['pen_start'], ds)} through {fdate(f['pen_end'], ds)} ({f['pen_days']} days). Medicaid pays "
           "other covered services during this time. The facility may not charge the resident's Medicaid "
           "patient liability for days in the penalty period.", 9.8)
    d.para(f"Total uncompensated value of the transfers: {usd(f['unc_total'], f['ms'])}. The resident was "
           "sent a separate notice that explains the transfers, the undue hardship waiver and the right to a "
           "fair hearing.", 9.5)
    hearing(d, f, facility=True)
    d.text_line(f"Questions: {f['worker']}, {f['ph']}", 9)


def build(f: dict, facility_only: bool = False) -> bytes:
    d = page()
    if facility_only:
        facility_notice(d, f)
    else:
        client_notice(d, f)
    return pdf_bytes(d)


def make_truth(f: dict, facility: bool = False) -> dict:
    n = HEARING[f["ag"]]
    cases = [f["case"]] + ([f["app"]] if f["app"] else [])
    alts: dict = {"provider": [None], "appeal_deadline": [days(f["notice"], n).isoformat()]}
    if f["app"]:
        alts["case_numbers"] = [[f["case"]]]
    common = dict(insurer=f["ag"], member_id=f["client"], member_name=f["resident"], case_numbers=cases,
                  denial_date=f["notice"].isoformat(), provider=f["facility"])
    if f["kind"] == "approval":
        alts.pop("appeal_deadline")
        return truth("other", None, alternates=alts, **common)
    dalt = ["other"] if f["kind"].startswith("penalty") else []
    talt = ["other"] if facility else []
    return truth("denial_letter", "eligibility", alternates=alts, denial_alternates=dalt, type_alternates=talt,
                 **common)


# (stem suffix, condition, kind, agency, date style, money style, label set, mode)
PLAN = [
    ("bd_transfer_penalty_gift_and_home_sale", "born_digital", "penalty", TAM, "slash", "plain", 0, "client"),
    ("bd_resources_over_limit_denied", "born_digital", "resources", MIL, "long", "plain", 1, "client"),
    ("scan300_stack_penalty_notice_and_facility_notice", "scan_clean_300", "penalty_fac", RID, "dmy", "plain", 2,
     "stack"),
    ("lowres_income_over_sil_no_qit", "scan_lowres_150", "income", TAM, "iso", "nosign", 0, "client"),
    ("copy_approval_patient_liability", "photocopy", "approval", RID, "abbr", "plain", 2, "client"),
    ("faxstd_notice_to_facility_penalty", "fax_standard_g4", "penalty_fac", MIL, "slash", "plain", 1, "facility"),
    ("phone_transfer_penalty_three_gifts", "phone_photo", "penalty_gift", TAM, "long", "space", 0, "client"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ag, ds, ms, lab, mode) in enumerate(PLAN):
        f = facts(random.Random(143550 + i), kind, ag, ds, ms, lab)
        if mode == "stack":
            docs = [(build(f), make_truth(f)), (build(f, True), make_truth(f, True))]
        elif mode == "facility":
            docs = [(build(f, True), make_truth(f, True))]
        else:
            docs = [(build(f), make_truth(f))]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
