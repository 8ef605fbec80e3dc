"""Family 'medicare_standard_paper_remittance_spr': Medicare fee-for-service Standard Paper Remittance (SPR) advice
as a Medicare Administrative Contractor prints it for a Part B provider.

Modelled from memory on the public SPR layout (values invented): "MEDICARE / PART B" over the contractor's name and
address, "MEDICARE REMITTANCE NOTICE", PROVIDER #, PAGE #, DATE, CHECK/EFT #; the column header "PERF PROV / SERV
DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD"; one block per claim
("NAME LAST, FIRST M  MID (MBI)  ACNT  ICN  ASG  MOA"), service lines, "REM:" lines, "PT RESP ... CLAIM TOTALS",
"ADJ TO TOTALS: PREV PD / INTEREST / LATE FILING CHARGE / NET"; "CLAIM INFORMATION FORWARDED TO:" (crossover);
"TOTALS: # OF CLAIMS ... CHECK AMT"; "PROVIDER ADJ DETAILS" (PLB); and a glossary of group, reason, MOA and remark
codes (CO, PR, OA; CARC 45, 50, 204, 16, 29, 18, 24, 1, 2; MA01, MA130, M76, N115, N425, N522, N130).

Contractors (invented): Kestrelmoor Government Benefit Administrators, LLC (Jurisdiction "J-R"), Dyfed Plains
Medicare Services, Inc. Providers and people invented (Welsh place names for towns and practices, Georgian, Samoan
and Hungarian names for patients). The patient is the member. Seeds 144500+.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fpdf import FPDF
from public_kit import Page, fdate, m2, mbi, out, plus, truth

FAMILY = "medicare_standard_paper_remittance_spr"
LANG = "en"

MACS = {
    "K": ("Kestrelmoor Government Benefit Administrators, LLC", ["PO BOX 6620", "LLANDOVERY WV 25813-6620"],
          "1-555-304-7718"),
    "D": ("Dyfed Plains Medicare Services, Inc.", ["PO BOX 41190", "CARMARTHEN KS 67260-1190"], "1-555-861-2049"),
}
PRACTICES = [("Brecon Ridge Family Medicine, PC", ["2214 Usk Valley Rd", "Tregaron WV 25401"]),
             ("Penarth Podiatry and Wound Care", ["88 Glamorgan St Ste 3", "Aberaeron KS 67501"]),
             ("Rhondda Internal Medicine Associates", ["1170 Merthyr Ave", "Pontypool WV 26105"]),
             ("Cardigan Bay Audiology & ENT", ["409 Teifi Blvd", "Lampeter KS 66801"]),
             ("Llanelli Dermatology Group", ["3020 Gower Pkwy", "Bridgend WV 25701"]),
             ("Harlech Orthopedic & Sports Medicine", ["61 Snowdon Ct", "Bala KS 67401"]),
             ("Conwy Cardiology Clinic, LLC", ["5505 Menai Dr", "Caerphilly WV 26003"])]
FIRST = ["TAMAR", "GIORGI", "LEVAN", "KETEVAN", "MALIA", "SIONE", "TEVITA", "LUSIA", "ZSOFIA", "BENCE", "ESZTER",
         "GERGELY", "IRAKLI", "NINO", "FETU", "SALOTE", "LASZLO", "MAKA", "AGNES", "PITA"]
LAST = ["KVARATSKHELIA", "TSERETELI", "JAVAKHISHVILI", "FALEOLO", "TUILAGI", "LEOTA", "FONOTI", "HALASZ",
        "SZEKELY", "BAKRADZE", "MAMULASHVILI", "TOLEAFOA", "GOGICHAISHVILI", "AUMUA", "BORBELY", "LOMIDZE",
        "SAPOLU", "VARGHA"]
GLOSS = {
    "CO": "Contractual Obligation. Amount for which the provider is financially liable. The patient may not be "
          "billed for this amount.",
    "PR": "Patient Responsibility. Amount that may be billed to a patient or another payer.",
    "OA": "Other Adjustment. Amount adjusted for reasons other than the above.",
    "1": "Deductible Amount.",
    "2": "Coinsurance Amount.",
    "45": "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
    "50": "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
    "204": "This service/equipment/drug is not covered under the patient's current benefit plan.",
    "16": "Claim/service lacks information or has submission/billing error(s).",
    "29": "The time limit for filing has expired.",
    "18": "Exact duplicate claim/service.",
    "24": "Charges are covered under a capitation agreement/managed care plan.",
    "MA01": "Alert: If you do not agree with what we approved for these services, you may appeal our decision. To "
            "make sure that we are fair to you, we require another individual that did not process your initial "
            "claim to conduct the appeal. However, in order to be eligible for an appeal, you must write to us "
            "within 120 days of the date you received this notice, unless you have a good reason for being late.",
    "MA130": "Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because "
             "the claim is unprocessable. Submit a new claim with the complete/correct information.",
    "M76": "Missing/incomplete/invalid diagnosis or condition.",
    "N115": "This decision was based on a Local Coverage Determination (LCD). An LCD provides a guide to assist in "
            "determining whether a particular item or service is covered.",
    "N425": "Statutorily excluded service(s).",
    "N522": "Duplicate of a claim processed, or to be processed, as a crossover claim.",
    "N130": "Consult plan benefit documents/guidelines for information about restrictions for this service.",
    "MA18": "Alert: The claim information is also being forwarded to the patient's supplemental insurer. Send any "
            "questions regarding supplemental benefits to them.",
    "N781": "Alert: Patient is a Medicaid/Qualified Medicare Beneficiary. Review your records for any wrongfully "
            "collected coinsurance.",
    "WO": "Overpayment Recovery (provider level adjustment).",
}
PAID_CODES = [("99213", "", 128.00), ("99214", "25", 189.00), ("93000", "", 46.00), ("36415", "", 14.00),
              ("80053", "", 52.00), ("99232", "", 141.00), ("11721", "", 95.00), ("92557", "", 88.00),
              ("17000", "", 121.00), ("20610", "RT", 236.00), ("93306", "26", 312.00), ("G0439", "", 205.00)]


def d6(d: dt.date, full: bool) -> str:
    return d.strftime("%m/%d/%Y") if full else d.strftime("%m/%d/%y")


def claim(r: random.Random, issue: dt.date, lines: list, deny: str | None, deny_lines: set, prov_npi: str,
          late: bool = False) -> dict:
    """lines: [(code, mod, billed)]; deny: CARC of the denied lines; deny_lines: indexes denied."""
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    start = issue - dt.timedelta(days=(r.randint(420, 520) if late else r.randint(16, 40)))
    rows = []
    for k, (code, mod, billed) in enumerate(lines):
        dos = start + dt.timedelta(days=(k // 2) * r.choice([0, 7]))
        billed = round(billed + r.choice([0, 0, 5, 10.5]), 2)
        if k in deny_lines:
            grp = {"50": "CO", "204": "PR", "16": "CO", "29": "CO", "18": "CO", "24": "CO"}[deny]
            rows.append(dict(dos=dos, code=code, mod=mod, billed=billed, allowed=0.0, ded=0.0, coins=0.0,
                             adj=f"{grp}-{deny}", adj_amt=billed, paid=0.0, denied=True))
        else:
            allowed = round(billed * r.uniform(0.55, 0.78), 2)
            ded = round(min(allowed, r.uniform(20, 80)), 2) if k == 0 and r.random() < 0.35 else 0.0
            coins = round((allowed - ded) * 0.2, 2)
            rows.append(dict(dos=dos, code=code, mod=mod, billed=billed, allowed=allowed, ded=ded, coins=coins,
                             adj="CO-45", adj_amt=round(billed - allowed, 2), paid=round(allowed - ded - coins, 2),
                             denied=False))
    return dict(first=first, mid=mid, last=last, name=f"{first.title()} {mid}. {last.title()}", mbi=mbi(r),
                acnt=f"{r.randint(10000, 99999)}-{r.randint(10, 99)}", icn=f"{r.choice(['02', '12', '22'])}"
                f"{issue.strftime('%y')}{r.randint(100, 365):03d}{r.randint(1000000, 9999999)}0",
                rows=rows, deny=deny, npi=prov_npi,
                billed=round(sum(x["billed"] for x in rows), 2))


def build(f: dict) -> bytes:
    p = Page(footer=None)
    p.set_margins(12, 12, 12)
    p.set_auto_page_break(True, margin=14)
    p.add_page()
    fs = 7.6
    lh = 3.45

    def ln(text: str = "", style: str = "", size: float = fs):
        p.set_font("Courier", style, size)
        p.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")

    mac, addr, ph = MACS[f["mac"]]
    full = f["full_year"]
    ln(f"{'MEDICARE':<62}MEDICARE REMITTANCE NOTICE", "B", 8.4)
    ln("PART B")
    ln(mac.upper())
    for a in addr:
        ln(a)
    ln(f"CUSTOMER SERVICE {ph}")
    ln()
    prov, paddr = f["practice"]
    ln(f"{prov.upper():<52}PROVIDER #: {f['provno']:<14}PAGE #: 1 OF {{nb}}")
    ln(f"{paddr[0].upper():<52}DATE: {f['date_str']}")
    ln(f"{paddr[1].upper():<52}CHECK/EFT #: {f['check']}")
    ln()
    if f["appeal"] == "msg":
        ln("REMITTANCE ADVICE MESSAGE:", "B")
        ln("A REQUEST FOR REDETERMINATION OF ANY CLAIM ON THIS NOTICE MUST BE FILED WITHIN 120 DAYS OF THE DATE")
        ln("OF THIS NOTICE. SEND REDETERMINATION REQUESTS TO THE ADDRESS ABOVE, ATTN: APPEALS.")
        ln()
    sw = 22 if full else 18
    head = (f"{'PERF PROV':<11}{'SERV DATE':<{sw}}{'POS':<4}{'NOS':<4}{'PROC':<6}{'MODS':<5}"
            f"{'BILLED':>9}{'ALLOWED':>9}{'DEDUCT':>8}{'COINS':>8} {'GRP/RC-AMT':<15}{'PROV PD':>9}")
    ln(head, "B")
    p.set_draw_color(0)
    FPDF.line(p, 12, p.get_y(), p.w - 12, p.get_y())
    p.ln(1)
    for c in f["claims"]:
        moa = c.get("moa", "MA01")
        ln(f"NAME {c['last']}, {c['first']} {c['mid']}   MID {c['mbi']}   ACNT {c['acnt']}   ICN {c['icn']}   "
           f"ASG Y  MOA {moa}")
        for x in c["rows"]:
            sd = f"{d6(x['dos'], full)} {d6(x['dos'], full)}"
            ln(f"{c['npi']:<11}{sd:<{sw}}{'11':<4}{'1':<4}{x['code']:<6}{x['mod']:<5}{x['billed']:>9.2f}{x['allowed']:>9.2f}"
               f"{x['ded']:>8.2f}{x['coins']:>8.2f} {x['adj']:<6}{x['adj_amt']:>8.2f} {x['paid']:>9.2f}")
            if x["denied"] and c.get("rem"):
                ln(f"{'':<11}CNTL #: {c['acnt']}-{x['code']}    REM: {c['rem']}")
        rows = c["rows"]
        tb, ta = sum(x["billed"] for x in rows), sum(x["allowed"] for x in rows)
        td, tc = sum(x["ded"] for x in rows), sum(x["coins"] for x in rows)
        tr, tp = sum(x["adj_amt"] for x in rows), sum(x["paid"] for x in rows)
        ptr = td + tc + sum(x["adj_amt"] for x in rows if x["adj"].startswith("PR"))
        ln(f"PT RESP {ptr:>9.2f}{'':<8}CLAIM TOTALS {tb:>12.2f}{ta:>9.2f}{td:>8.2f}{tc:>8.2f} {'':<6}{tr:>8.2f} "
           f"{tp:>9.2f}", "B")
        ln(f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00{'':<26}NET {tp:>9.2f}")
        if c.get("crossover"):
            ln(f"CLAIM INFORMATION FORWARDED TO: {c['crossover']}")
        ln()
    cl = f["claims"]
    tb = sum(c["billed"] for c in cl)
    ta = sum(x["allowed"] for c in cl for x in c["rows"])
    td = sum(x["ded"] for c in cl for x in c["rows"])
    tc = sum(x["coins"] for c in cl for x in c["rows"])
    tr = sum(x["adj_amt"] for c in cl for x in c["rows"])
    tp = sum(x["paid"] for c in cl for x in c["rows"])
    plb = f.get("plb", 0.0)
    ln("TOTALS:  # OF     BILLED     ALLOWED    DEDUCT     COINS     TOTAL      PROV PD    PROV       CHECK", "B")
    ln("         CLAIMS   AMT        AMT        AMT        AMT       RC-AMT     AMT        ADJ AMT    AMT", "B")
    ln(f"         {len(cl):<8}{tb:<11.2f}{ta:<11.2f}{td:<11.2f}{tc:<10.2f}{tr:<11.2f}{tp:<11.2f}{plb:<11.2f}"
       f"{tp - plb:.2f}")
    if plb:
        ln()
        ln("PROVIDER ADJ DETAILS:  PLB REASON CODE   FCN               HIC             AMOUNT", "B")
        ln(f"                       WO                {f['fcn']:<18}{f['plb_hic']:<16}{plb:.2f}")
    ln()
    ln("GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", "B", 8.4)
    p.ln(1)
    for code in f["gloss"]:
        p.set_font("Courier", "B", fs)
        p.cell(14, lh, code)
        p.set_font("Courier", "", fs)
        p.multi_cell(0, lh, GLOSS[code], new_x="LMARGIN", new_y="NEXT")
        p.ln(0.6)
    return out(p)


# (suffix, condition, mac, date style, appeal wording, claims spec)
# claims spec: list of (n lines, deny code or None, denied line indexes, remark, late)
PLAN = [
    ("bd_co50_lcd_partly_denied_two_claims", "born_digital", "K", "short", "ma01",
     [(2, None, set(), None, False), (2, "50", {1}, "N115", False)]),
    ("bd_all_paid_single_claim", "born_digital", "D", "slash", "ma01", [(3, None, set(), None, False)]),
    ("scan300_pr204_hearing_exam_excluded", "scan_clean_300", "D", "short", "msg",
     [(1, None, set(), None, False), (1, "204", {0}, "N425", False), (2, None, set(), None, False)]),
    ("lowres_co16_ma130_missing_diagnosis", "scan_lowres_150", "K", "slash", "none",
     [(2, "16", {0, 1}, "M76", False), (1, None, set(), None, False)]),
    ("copy_co29_filed_after_one_year", "photocopy", "K", "short", "msg", [(1, "29", {0}, None, True)]),
    ("faxstd_co18_duplicate_crossover", "fax_standard_g4", "D", "short", "ma01",
     [(1, None, set(), None, False), (2, "18", {0, 1}, "N522", False)]),
    ("rotated_co24_medicare_advantage_enrollee", "rotated", "K", "slash", "msg",
     [(1, "24", {0}, "N130", False), (2, None, set(), None, False)]),
]


def facts(i: int, spec) -> dict:
    suffix, cond, mac, ds, appeal, claims_spec = spec
    r = random.Random(144500 + i)
    issue = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    practice = PRACTICES[i]
    npis = [str(r.randint(1000000000, 1999999999)) for _ in range(2)]
    pool = PAID_CODES[:]
    r.shuffle(pool)
    claims = []
    for n, deny, dl, rem, late in claims_spec:
        lines = [pool.pop() for _ in range(n)]
        if deny == "204":
            lines = [("92557", "", 88.00)]
        c = claim(r, issue, lines, deny, dl, r.choice(npis), late)
        if deny == "16":
            c["moa"] = "MA130"
        if rem:
            c["rem"] = rem
        if deny == "18":
            c["crossover"] = "TALIESIN MUTUAL MEDIGAP INSURANCE CO"
            c["moa"] = "MA01 MA18"
        claims.append(c)
    names = set()
    for c in claims:  # patients differ within one remittance
        while c["last"] in names:
            c["last"] = r.choice(LAST)
            c["name"] = f"{c['first'].title()} {c['mid']}. {c['last'].title()}"
        names.add(c["last"])
    gloss = ["CO", "PR"] + sorted({x["adj"].split("-")[1] for c in claims for x in c["rows"]}, key=lambda s: int(s))
    gloss += sorted({m for c in claims for m in c.get("moa", "MA01").split()} |
                    {c["rem"] for c in claims if c.get("rem")})
    f = dict(mac=mac, practice=practice, provno=str(r.randint(100000, 999999)) + r.choice("ABCDEFG"),
             check=str(r.randint(100000000, 999999999)), issue=issue, full_year=(ds == "slash"),
             date_str=fdate(issue, ds), appeal=appeal, claims=claims, gloss=gloss)
    if i == 2:
        f.update(plb=round(r.uniform(40, 90), 2), fcn=f"{r.randint(10 ** 12, 10 ** 13 - 1)}", plb_hic=mbi(r))
        f["gloss"].append("WO")
    return f


def make_truth(f: dict) -> dict:
    mac = MACS[f["mac"]][0]
    denied = [c for c in f["claims"] if c["deny"]]
    c = denied[0] if denied else f["claims"][0]
    alts: dict = {"insurer": ["Medicare"]}
    dates = sorted({x["dos"].isoformat() for x in c["rows"] if x["denied"] or not denied})
    all_dates = sorted({x["dos"].isoformat() for x in c["rows"]})
    if all_dates != dates:
        alts["service_dates"] = [all_dates]
    part = [x for x in c["rows"] if x["denied"]]
    if denied and len(part) < len(c["rows"]):
        alts["claim_amount"] = [m2(sum(x["billed"] for x in part))]
    deadline = None
    if denied and f["appeal"] == "msg":
        deadline = plus(f["issue"], 120).isoformat()
    elif denied and f["appeal"] == "ma01":
        alts["appeal_deadline"] = [plus(f["issue"], 120).isoformat(), plus(f["issue"], 125).isoformat()]
    den = {None: None, "50": "medical_necessity", "204": "not_covered", "16": "coding_error", "29": "timely_filing",
           "18": "other", "24": "eligibility"}[c["deny"]]
    da = {"50": ["not_covered"], "16": ["other"], "24": ["other"], "204": ["other"]}.get(c["deny"])
    return truth("eob", den, insurer=mac, member_id=c["mbi"], member_name=c["name"], cases=[c["icn"]],
                 claim_amount=m2(c["billed"]), service_dates=dates, denial_date=f["issue"].isoformat(),
                 provider=f["practice"][0], appeal_deadline=deadline, alternates=alts, denial_alternates=da,
                 type_alternates=(["other"] if not denied else None))


def documents(rng) -> list[Item]:
    items = []
    for i, spec in enumerate(PLAN):
        f = facts(i, spec)
        items.append(Item(f"{FAMILY}_{spec[0]}", spec[1], [(build(f), make_truth(f))]))
    return items
