"""Family 'home_infusion_opat_antibiotic_per_diem_denial': plan EOBs, home infusion pharmacy letters and Medicare
Advantage notices on outpatient parenteral antibiotic therapy (OPAT) at home after a hospital discharge.

Home infusion per diem codes S9500-S9504 (antibiotic therapy every 24 / 12 / 8 / 6 / 4 hours, per diem: pharmacy
services, supplies and equipment), nursing visits 99601 (home infusion, up to 2 hours) and 99602 (each additional
hour). Reasons: per diem days after the authorized end date denied (EOB), nursing visits over the plan's limit (the
pharmacy's letter relaying the plan's denial), heparin and saline flushes billed separately although the per diem
includes them, further IV days not necessary after the switch to oral antibiotics (MA notice modelled on the
integrated denial notice headings), an extension requested after the authorization ended (the plan's letter faxed
behind the pharmacy's own cover sheet), an approval for six weeks, and a paid EOB. Decoys: the infectious disease
physician and NPIs, the hospital discharge date, the PICC placement date, dates of birth, request received dates,
allowed and paid amounts, phone and fax numbers. All names, numbers and organisations are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "home_infusion_opat_antibiotic_per_diem_denial"
LANG = "en"

FIRST = ["Oksana", "Tevita", "Aurelio", "Niamh", "Bolat", "Chiamaka", "Ilse", "Rangi", "Soraya", "Yusuf",
         "Marit", "Dariusz", "Anouk", "Kofi"]
LAST = ["Halvorsrud", "Tuipulotu", "Brennock", "Ezeagu", "Lindqvast", "Marrowby", "Okonjo-Fitch", "Quillan",
        "Sarandos", "Vintervik", "Zelenko", "Abramcik"]
DOC_FIRST = ["Priyanka", "Emeka", "Halvard", "Lucinda", "Tomasz", "Mirela"]
DOC_LAST = ["Castellane", "Obiefuna", "Rasmusen", "Thistlewood", "Kovacevic", "Ardeshir"]

CO, PE = "Corriveau Health Plan", "Pellston Mutual Health"
PLANS = {CO: ("PO Box 40218", "Saint Albans Ridge, VT 05478", "Corriveau Medicare Advantage (HMO)"),
         PE: ("1900 Wexcombe Parkway", "Eastholt, MO 64120", "Pellston Choice PPO 2500")}
BW, KH = "Brightwater Home Infusion Pharmacy", "Keelhaven Infusion Services, LLC"
PHARM = {BW: ("77 Foundry Row, Suite 4", "Marlow Heights, VT 05401"), KH: ("3310 Tannery Road", "Eastholt, MO 64127")}
DRUGS = [("ceftriaxone 2 g IV every 24 hours", "S9500", "every 24 hours"),
         ("cefazolin 2 g IV every 8 hours", "S9502", "every 8 hours"),
         ("vancomycin 1.25 g IV every 12 hours", "S9501", "every 12 hours"),
         ("ertapenem 1 g IV every 24 hours", "S9500", "every 24 hours")]
INFECTIONS = ["vertebral osteomyelitis", "methicillin-sensitive Staphylococcus aureus bacteremia",
              "prosthetic knee joint infection", "diabetic foot osteomyelitis"]


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper()}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"${v:.2f}"}[style]


def iso(a: dt.date, b: dt.date | None = None) -> str:
    return a.isoformat() if b is None or b == a else f"{a.isoformat()}/{b.isoformat()}"


def D(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def mixed(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(201, 989)}-{r.randint(1000, 9999)}"


def facts(r: random.Random, kind: str, ins: str, pharm: str, ds: str) -> dict:
    member = (f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}")
    first, mid, last = member.split()
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    drug = r.choice(DRUGS)
    start = D(notice, -r.randint(50, 70))           # first day at home (the day after discharge)
    auth_end = D(start, 41)                         # six weeks of therapy authorized
    per_diem = round(r.randint(118, 265) + r.choice([0, 0.5, 0.25]), 2)
    f = dict(kind=kind, ins=ins, pharm=pharm, ds=ds, member=member, first=first, last=last, notice=notice,
             drug=drug, infection=r.choice(INFECTIONS), start=start, auth_end=auth_end, per_diem=per_diem,
             discharge=D(start, -1), picc=D(start, -2), dob=dt.date(r.randint(1941, 1988), r.randint(1, 12),
                                                                       r.randint(1, 28)),
             idoc=f"{r.choice(DOC_FIRST)} {r.choice('ABCEHJKLMRT')}. {r.choice(DOC_LAST)}",
             idoc_npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
             ph_npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
             mid=(mixed(r, "CRV99999999") if ins == CO else mixed(r, "PMH 999 999 999")),
             grp=(None if ins == CO else mixed(r, "99999")), plan_id=("H3719-006" if ins == CO else None),
             claim=mixed(r, "9999999999AA") if ins == CO else mixed(r, "E26-99999999"),
             auth=mixed(r, "HI-99999999"), ph=f"1-555-{r.randint(201, 989)}-{r.randint(1000, 9999)}",
             fax=phone(r), pfax=phone(r), pphone=phone(r))
    return f


def head(d: Doc, f: dict, who: str | None = None) -> None:
    who = who or f["ins"]
    if who == CO:
        d.text_line("CORRIVEAU", 22, "B")
        d.rule(0.7, 1.5)
        a = PLANS[CO]
        d.text_line(f"{CO}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']} (TTY 711)", 8.3)
    elif who == PE:
        d.text_line(PE, 15, "B", align="C")
        a = PLANS[PE]
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
        d.text_line(f"Customer Service {f['ph']}", 8.5, align="C")
    else:
        a = PHARM[who]
        d.text_line(who, 13, "B")
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
        d.text_line(f"Phone {f['pphone']}   Fax {f['pfax']}   NPI {f['ph_npi']}", 9)
    d.ln(5)


def addressee(d: Doc, f: dict) -> None:
    d.text_line(f["member"], 10.5)
    d.text_line(f"{40 + len(f['last']) * 37} Kestrel Hollow Lane", 10.5)
    d.text_line(PLANS[f["ins"]][1].split(",")[0] + ", " + PLANS[f["ins"]][1].split(", ")[1], 10.5)
    d.ln(4)


def labels(d: Doc, rows: list[tuple[str, str]], w: float = 52) -> None:
    for k, v in rows:
        d.font(9.8, "B")
        d.cell(w, 5.2, k)
        d.font(9.8)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# ---------------------------------------------------------------- documents

def eob_past_end(f: dict) -> tuple[bytes, dict]:
    """Commercial EOB: per diem days after the authorized end date denied; nursing visits paid."""
    r = random.Random(f["notice"].toordinal())
    ds = f["ds"]
    extra = r.randint(4, 7)
    s0 = D(f["auth_end"], -6)
    days_in = (f["auth_end"] - s0).days + 1
    code = f["drug"][1]
    nurse = round(r.randint(140, 210) + 0.0, 2)
    lines = [(s0, f["auth_end"], code, f"Home infusion antibiotic per diem x {days_in}", days_in * f["per_diem"], True),
             (D(f["auth_end"], 1), D(f["auth_end"], extra), code, f"Home infusion antibiotic per diem x {extra}",
              extra * f["per_diem"], False),
             (D(s0, 2), D(s0, 2), "99601", "Home infusion nursing visit, up to 2 hours", nurse, True)]
    total = round(sum(x[4] for x in lines), 2)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    labels(d, [("Statement date", fdate(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
               ("Group number", f["grp"]), ("Plan", PLANS[PE][2]), ("Claim number", f["claim"]),
               ("Provider", f"{f['pharm']} (NPI {f['ph_npi']})"),
               ("Ordering physician", f"{f['idoc']}, MD, Infectious Disease"),
               ("Authorization", f"{f['auth']}: {fdate(f['start'], ds)} through {fdate(f['auth_end'], ds)}")], 44)
    rows = []
    for a, b, c, desc, billed, ok in lines:
        allowed = round(billed * 0.62, 2) if ok else 0.0
        paid = round(allowed * 0.8, 2)
        rows.append([f"{fdate(a, 'short')}-{fdate(b, 'short')}", c, desc, usd(billed, "nosign"),
                     usd(allowed, "nosign"), usd(paid, "nosign"), "" if ok else "N54"])
    rows.append(["*Claim total", "", "", usd(total, "nosign"), "", "", ""])
    d.table(["Dates of service", "Code", "Description", "Billed", "Allowed", "Plan paid", "Remark"], rows,
            [31, 14, 66, 20, 20, 20, 13], size=8.2, aligns="LLLRRRL")
    d.text_line("Remark codes", 10, "B")
    d.para(f"N54  Services after the authorized end date. Your authorization {f['auth']} approved home infusion "
           f"therapy through {fdate(f['auth_end'], ds)}. No extension was requested before that date, so the per "
           f"diem days from {fdate(D(f['auth_end'], 1), ds)} to {fdate(D(f['auth_end'], extra), ds)} are not "
           "covered. An in-network provider may not bill you for these days.", 9.2)
    d.text_line("Your right to appeal", 10, "B")
    d.para(f"You may file an appeal within 180 days of the date of this statement. Send it to {PE} Appeals, "
           f"{PLANS[PE][0]}, {PLANS[PE][1]}, or call {f['ph']}. If your situation is urgent, you may ask for an "
           "expedited appeal (72 hours) and an external review at the same time.", 9.2)
    t = truth("eob", "prior_authorization", insurer=PE, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[iso(D(f["auth_end"], 1), D(f["auth_end"], extra))], denial_date=iso(f["notice"]),
              provider=f["pharm"], appeal_deadline=iso(D(f["notice"], 180)),
              alternates={"service_dates": [[iso(s0, D(f["auth_end"], extra))],
                                            [iso(s0, f["auth_end"]), iso(D(f["auth_end"], 1), D(f["auth_end"], extra)),
                                             iso(D(s0, 2))]],
                          "case_numbers": [[f["claim"], f["auth"]]]},
              denial_alternates=["medical_necessity", "other"])
    return pdf_bytes(d), t


def approval(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    d = Doc("Helvetica")
    d.add_page()
    head(d, f)
    d.text_line(fdate(D(f["start"], -1), ds), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Your home infusion therapy is approved", 13, "B")
    d.ln(2)
    labels(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Plan:", PLANS[CO][2]),
               ("Contract/plan:", f["plan_id"]), ("Authorization number:", f["auth"]),
               ("Home infusion provider:", f["pharm"]), ("Prescriber:", f"Dr. {f['idoc']} (Infectious Disease)"),
               ("Approved from:", fdate(f["start"], ds)), ("Approved through:", fdate(f["auth_end"], ds))])
    d.para(f"Dear {f['first']} {f['last']}: Dr. {f['idoc']} asked us to cover intravenous antibiotics at home after "
           f"your hospital stay (discharged {fdate(f['discharge'], ds)}) for {f['infection']}. We approved six weeks "
           f"(42 days) of home infusion therapy: {f['drug'][0]}, billed by {f['pharm']} as per diem code "
           f"{f['drug'][1]}, and up to one skilled nursing visit (99601) each week for line care and lab draws.")
    d.para("What this means for you: your plan pays the per diem and the nursing visits at the in-network rate. "
           "You pay your usual home health copay of $0. If your doctor wants therapy to continue after the approved "
           "end date, the pharmacy must ask us before that date. If you stop the IV medicine early or change to "
           "pills, the pharmacy stops billing the per diem on the last day of IV therapy.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.")
    d.text_line("Utilization Management, Corriveau Health Plan", 10)
    t = truth("other", None, insurer=CO, plan_id=f["plan_id"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(f["start"], f["auth_end"])],
              denial_date=iso(D(f["start"], -1)), provider=f["pharm"])
    return pdf_bytes(d), t


def pharmacy_nursing(f: dict) -> tuple[bytes, dict]:
    """The pharmacy relays the plan's denial of nursing visits over the weekly limit."""
    r = random.Random(f["notice"].toordinal() + 7)
    ds = f["ds"]
    visits = sorted({D(f["start"], 7 * w + r.randint(0, 1)) for w in range(1, 4)} |
                    {D(f["start"], 7 * w + 3) for w in range(1, 4)})
    rate = round(r.randint(150, 195) + 0.5, 2)
    denied = [v for v in visits if (v - f["start"]).days % 7 == 3]
    total = round(rate * len(visits), 2)
    d = Doc("Times")
    d.add_page()
    head(d, f, f["pharm"])
    d.text_line(fdate(f["notice"], ds), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line(f"RE: Nursing visits denied by {f['ins']}", 11, "B")
    labels(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Plan", PLANS[f["ins"]][2]), ("Group", f["grp"]),
               ("Plan claim number", f["claim"]), ("Our account number", mixed(r, "BW-999999")),
               ("Date of birth", fdate(f["dob"], ds))], 46)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"Our nurses visited you at home {len(visits)} times to care for your PICC line and draw labs during "
           f"your IV antibiotic therapy ordered by Dr. {f['idoc']}. We billed {f['ins']} "
           f"{usd(total)} for these visits (99601, {usd(rate)} each). The plan paid for one visit each week and "
           f"denied the second visit in each week. The plan's reason: the home infusion benefit covers one "
           "nursing visit per week; visits over this limit are not covered.", 11)
    d.table(["Visit date", "Code", "Billed", "Plan decision"],
            [[fdate(v, ds), "99601", usd(rate), "Denied - over weekly limit" if v in denied else "Paid"]
             for v in visits], [40, 22, 30, 70], size=10, aligns="LLRL")
    d.para(f"We will not bill you while you decide whether to appeal. You can appeal to {f['ins']}; the plan must "
           f"receive your appeal within 180 days of the date of its notice, dated {fdate(D(f['notice'], -5), ds)}, "
           f"which is {fdate(D(f['notice'], 175), ds)}. We can send the nursing notes to help your appeal.", 11)
    d.para("Sincerely,", 11)
    d.para(f"Reimbursement Department, {f['pharm']}", 11)
    t = truth("denial_letter", "not_covered", insurer=f["pharm"], member_id=f["mid"], member_name=f["member"],
              plan_id=None, group_number=f["grp"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[iso(v) for v in denied], denial_date=iso(f["notice"]), provider=f["pharm"],
              appeal_deadline=iso(D(f["notice"], 175)),
              alternates={"insurer": [f["ins"]], "claim_amount": [f"{rate * len(denied):.2f}"],
                          "service_dates": [[iso(v) for v in visits]]},
              denial_alternates=["other", "medical_necessity"], type_alternates=["other"])
    return pdf_bytes(d), t


def ma_oral_switch(f: dict) -> tuple[bytes, dict]:
    """MA notice: more IV days not necessary after the switch to oral antibiotics (headings like the IDN)."""
    ds = f["ds"]
    req_from, req_to = D(f["auth_end"], 1), D(f["auth_end"], 14)
    oral = D(f["auth_end"], -3)
    d = Doc("Helvetica", footer="Form CMS-10003-NDMCP (approved) - {p}")
    d.add_page()
    head(d, f)
    d.text_line(f"Date: {fdate(f['notice'], ds)}", 10)
    d.text_line(f"Member number: {f['mid']}", 10)
    d.text_line(f"Name: {f['member']}", 10)
    d.text_line(f"Plan contract: {f['plan_id']}", 10)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B", align="C")
    d.ln(2)
    d.para(f"We have denied the medical coverage listed below that you or your physician requested. Request "
           f"number {f['auth']}-X1, received {fdate(D(f['notice'], -2), ds)}, from {f['pharm']} on the order of "
           f"Dr. {f['idoc']}.", 10)
    d.text_line("What we denied", 11, "B")
    d.para(f"Continued home intravenous antibiotic therapy ({f['drug'][0]}; per diem {f['drug'][1]} and nursing "
           f"visits 99601) from {fdate(req_from, ds)} through {fdate(req_to, ds)}.", 10)
    d.text_line("Why we denied your request", 11, "B")
    d.para(f"Your doctor's notes show that you were changed to an oral antibiotic (linezolid tablets) on "
           f"{fdate(oral, ds)}, your fever is gone and your blood tests are normal. When an antibiotic by mouth "
           "works as well, more days of IV therapy at home are not medically necessary. We used Medicare coverage "
           "rules for home infusion therapy and the plan's clinical guideline. The days already approved through "
           f"{fdate(f['auth_end'], ds)} are not affected.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Corriveau Health Plan to review our decision by asking us for an appeal. "
           "Ask for a standard appeal within 65 days from the date of this notice. We can give you more time if "
           "you have a good reason for missing the deadline. If you or your doctor believe that waiting 30 days "
           "could seriously harm your health, ask for a fast appeal (decision within 72 hours).", 10)
    d.para(f"Call {f['ph']} (TTY 711) or write to {CO}, Appeals, {PLANS[CO][0]}, {PLANS[CO][1]}. Fax "
           f"{f['fax']}.", 10)
    d.para(f"Physician reviewer: Harmon Vesely, MD. cc: {f['pharm']}; Dr. {f['idoc']}", 9)
    t = truth("denial_letter", "medical_necessity", insurer=CO, plan_id=f["plan_id"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f"{f['auth']}-X1"], service_dates=[iso(req_from, req_to)],
              denial_date=iso(f["notice"]), provider=f["pharm"], appeal_deadline=iso(D(f["notice"], 65)),
              alternates={"case_numbers": [[f"{f['auth']}-X1", f["auth"]]]})
    return pdf_bytes(d), t


def flush_bundled(f: dict) -> tuple[bytes, dict]:
    """Plan letter: heparin / saline flushes billed apart from the per diem that includes them."""
    r = random.Random(f["notice"].toordinal() + 11)
    ds = f["ds"]
    s0, s1 = f["start"], D(f["start"], 13)
    n = (s1 - s0).days + 1
    hep, sal = round(n * r.uniform(4.1, 6.9), 2), round(n * r.uniform(2.2, 3.9), 2)
    pd_total = round(n * f["per_diem"], 2)
    total = round(pd_total + hep + sal, 2)
    d = Doc("Helvetica")
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(1)
    d.para(f"Claim {f['claim']}  |  Member ID {f['mid']}  |  Group {f['grp']}  |  Patient {f['member']}", 9.5)
    d.para(f"Dear {f['first']} {f['last']}: We processed the claim from {f['pharm']} for home infusion therapy from "
           f"{fdate(s0, ds)} through {fdate(s1, ds)}, total charges of {usd(total)}. We paid the per diem "
           f"({f['drug'][1]}, {n} days, {usd(pd_total)}). We denied two lines:", 10)
    d.table(["Code", "Description", "Units", "Charge", "Decision"],
            [["J1642", "Heparin sodium lock flush, per 10 units", str(n * 5), usd(hep), "Denied - included in per diem"],
             ["J7050", "Normal saline solution infusion, 250 cc", str(n), usd(sal), "Denied - included in per diem"]],
            [18, 66, 14, 22, 58], size=8.8, aligns="LLRRL")
    d.para("Reason: the home infusion per diem pays for the pharmacy services, supplies, equipment and the "
           "flushes and diluents used with each dose. Heparin and saline flushes billed on separate lines are "
           "included in the per diem and cannot be paid again (incorrect coding - bundled service). The pharmacy "
           "may not bill you for these lines.", 10)
    d.para(f"Ordering physician on the claim: Dr. {f['idoc']}, NPI {f['idoc_npi']}. Hospital discharge "
           f"{fdate(f['discharge'], ds)}.", 9.5)
    dl = D(f["notice"], 180)
    d.text_line("How to appeal", 11, "B")
    d.para(f"Your appeal must reach us by {fdate(dl, ds)} (180 days after this notice). Write to {PE} Member "
           f"Appeals, {PLANS[PE][0]}, {PLANS[PE][1]}. You may also ask for the coding policy we used, free of "
           "charge.", 10)
    t = truth("denial_letter", "coding_error", insurer=PE, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[iso(s0, s1)], denial_date=iso(f["notice"]), provider=f["pharm"],
              appeal_deadline=iso(dl), alternates={"claim_amount": [f"{hep + sal:.2f}"]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def fax_extension(f: dict) -> tuple[bytes, dict]:
    """Plan's letter to the pharmacy: extension asked after the authorization had ended."""
    ds = f["ds"]
    req_from, req_to = D(f["auth_end"], 1), D(f["auth_end"], 10)
    received = D(f["auth_end"], 5)
    ref = f"{f['auth']}-E"
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f"FROM: CORRIVEAU UM  FAX {f['fax']}   TO: {f['pharm'].upper()}  FAX {f['pfax']}   P. 1", 7.5)
    d.ln(2)
    head(d, f)
    d.text_line(f"DATE: {fdate(f['notice'], ds)}", 10)
    d.text_line(f"TO: {f['pharm']}, Intake / Authorizations", 10)
    d.text_line(f"RE: {f['member']}   MEMBER # {f['mid']}   DOB {fdate(f['dob'], ds)}", 10)
    d.text_line(f"AUTHORIZATION REQUEST: {ref}   CONTRACT {f['plan_id']}", 10)
    d.ln(3)
    d.text_line("REQUEST FOR EXTENSION OF HOME INFUSION - DENIED", 12, "B")
    d.ln(2)
    d.para(f"Your request to extend {f['drug'][0]} (per diem {f['drug'][1]}) for {f['member']} from "
           f"{fdate(req_from, ds)} through {fdate(req_to, ds)} was received on {fdate(received, ds)}. The original "
           f"authorization {f['auth']} ended on {fdate(f['auth_end'], ds)}. Home infusion requires prior "
           "authorization before each period of therapy; a request received after the authorized period ended "
           "cannot be approved for days already given. The days requested are denied for lack of prior "
           "authorization.", 10)
    d.para(f"The treating infectious disease physician, Dr. {f['idoc']} (NPI {f['idoc_npi']}), may request a "
           "peer-to-peer discussion. The member has been sent a copy of this notice and may appeal within 60 "
           "days of the date of this notice. Providers may not bill the member for these days.", 10)
    d.para(f"Questions: Utilization Management {f['ph']}, fax {f['fax']}.", 10)
    t = truth("denial_letter", "prior_authorization", insurer=CO, plan_id=f["plan_id"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(req_from, req_to)],
              denial_date=iso(f["notice"]), provider=f["pharm"], appeal_deadline=iso(D(f["notice"], 60)),
              alternates={"case_numbers": [[ref, f["auth"]]]}, denial_alternates=["timely_filing"])
    return pdf_bytes(d), t


def pharmacy_cover(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    head(d, f, f["pharm"])
    d.text_line("FAX COVER SHEET", 18, "B", align="C")
    d.ln(4)
    for k, v in (("To:", f"Dr. {f['idoc']}, Infectious Disease Clinic"), ("Fax:", "(555) 310-2274"),
                 ("From:", f"Intake, {f['pharm']}"), ("Date:", fdate(D(f["notice"], 1), "slash")),
                 ("Pages:", "2 (including cover)"), ("Re:", "Plan denial of the IV extension - please advise")):
        d.font(11, "B")
        d.cell(25, 7, k)
        d.font(11)
        d.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Attached is the plan's reply on the extension we requested. Please let us know if the patient should "
           "stop IV therapy or if you will request a peer-to-peer review. Thank you.")
    d.para("CONFIDENTIAL: this fax may contain protected health information. If you received it in error, call us "
           "and destroy it.", 8.5)
    return pdf_bytes(d)


def eob_paid(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    s0, s1 = f["start"], D(f["start"], 6)
    n = 7
    lines = [(f["drug"][1], f"Antibiotic per diem, {n} days", round(n * f["per_diem"], 2)),
             ("99601", "Nursing visit, first 2 hours", 176.00), ("99602", "Nursing visit, each additional hour", 61.50)]
    total = round(sum(x[2] for x in lines), 2)
    d = Doc("Helvetica")
    d.add_page()
    head(d, f)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line(f"Issued {fdate(f['notice'], ds)}   |   This is not a bill", 9)
    d.ln(2)
    d.boxes([("Member", f["member"], 58), ("Member ID", f["mid"], 44), ("Group", f["grp"], 26),
             ("Claim no.", f["claim"], 48)])
    d.ln(3)
    d.boxes([("Provider", f["pharm"], 100), ("Service dates", f"{fdate(s0, ds)} - {fdate(s1, ds)}", 76)])
    d.ln(4)
    d.table(["Code", "Service", "Charges", "Allowed", "Paid", "You owe"],
            [[c, s, usd(v), usd(round(v * 0.7, 2)), usd(round(v * 0.7, 2)), "$0.00"] for c, s, v in lines]
            + [["*Total", "", usd(total), "", "", "$0.00"]], [18, 70, 24, 24, 24, 18], size=9, aligns="LLRRRR")
    d.para(f"This claim was paid in full under authorization {f['auth']}. Referring physician: Dr. {f['idoc']} "
           f"(Infectious Disease). Questions? Call {f['ph']}.", 9.5)
    t = truth("eob", None, insurer=PE, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{total:.2f}", service_dates=[iso(s0, s1)],
              denial_date=iso(f["notice"]), provider=f["pharm"], type_alternates=["other"],
              alternates={"case_numbers": [[f["claim"], f["auth"]]]})
    return pdf_bytes(d), t


# (suffix, condition, builder, insurer, pharmacy, date style)
PLAN = [
    ("bd_eob_per_diem_days_past_authorized_end", "born_digital", eob_past_end, PE, KH, "slash"),
    ("bd_approval_six_weeks", "born_digital", approval, CO, BW, "long"),
    ("scan300_pharmacy_letter_nursing_over_limit", "scan_clean_300", pharmacy_nursing, PE, KH, "abbr"),
    ("lowres_ma_notice_switched_to_oral", "scan_lowres_150", ma_oral_switch, CO, BW, "dmy"),
    ("copy_flushes_billed_apart_from_per_diem", "photocopy", flush_bundled, PE, KH, "iso"),
    ("faxf_pharmacy_cover_and_plan_extension_denial", "fax_fine_g4", fax_extension, CO, BW, "slash"),
    ("phone_eob_first_week_paid", "phone_photo", eob_paid, PE, BW, "upper"),
]


def documents(rng) -> list[Item]:
    out = []
    for i, (suffix, cond, build, ins, pharm, ds) in enumerate(PLAN):
        f = facts(random.Random(212500 + i), suffix, ins, pharm, ds)
        pdf, t = build(f)
        if build is fax_extension:
            out.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)], separators=[pharmacy_cover(f)]))
        else:
            out.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return out
