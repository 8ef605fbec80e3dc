"""Family 'mainframe': a regional Blue-style plan's system-printed letters and EOBs (monospaced, ALL CAPS).

Blue Tamarack Health Plan is fictional. Everything comes off a line printer: dot-leader labels ("SUBSCRIBER
NO....: "), two-digit-year dates, amounts with or without $ and a trailing minus for credits, a fixed-width
claim table (SVC DT, CHG, ALLOW, DED, COINS, PD, RSN) with reason-code footnotes, and on long statements a
page header that repeats the member's name and number on every page. Decoys: run/report IDs, document
control numbers, provider numbers, tax IDs, patient account numbers, check numbers, plan-year accumulators.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, iso, pdf_bytes, truth

FAMILY = "mainframe"
LANG = "en"
INSURER = "Blue Tamarack Health Plan"
HEAD = "BLUE TAMARACK HEALTH PLAN"
ADDR = "P.O. BOX 44180  RAPID FORKS SD 57186-4180"
WIDTH = 96
PROVIDERS = ["NORTHFORK ORTHOPEDIC ASSOC", "PRAIRIE WIND IMAGING LLC", "CEDAR BLUFF FAMILY CLINIC",
             "ST ODILIA REGIONAL MED CTR", "HOLLIS P ENGSTROM MD", "BADLANDS SURGERY CENTER",
             "JAMESTOWN RIVER PHYSICAL THER", "WYNOKA CARDIOLOGY PC"]
PAID = [("99213", "OFFICE/OUTPT VISIT EST"), ("85025", "CBC W/AUTO DIFF"), ("80061", "LIPID PANEL"),
        ("97110", "THERAPEUTIC EXERCISES"), ("71046", "X-RAY CHEST 2 VIEWS"), ("99204", "OFFICE/OUTPT VISIT NEW"),
        ("93000", "ELECTROCARDIOGRAM COMPLETE")]
# denial -> (lines, rsn code, footnote, letter reason paragraph)
CASES = {
    "prior_authorization": ([("73721", "MRI JOINT LWR EXTREM W/O")], "4P",
                            "SERVICE REQUIRES PRECERTIFICATION. NO PRECERTIFICATION ON FILE. PROVIDER LIABLE "
                            "(CARC 197).",
                            "THIS SERVICE REQUIRES PRECERTIFICATION BY BLUE TAMARACK BEFORE IT IS PERFORMED. OUR "
                            "RECORDS SHOW NO PRECERTIFICATION WAS REQUESTED FOR THIS DATE OF SERVICE."),
    "medical_necessity": ([("64483", "INJ FORAMEN EPIDURAL L/S"), ("77003", "FLUOROGUIDE FOR SPINE INJECT")],
                          "MN2",
                          "NOT MEDICALLY NECESSARY PER MEDICAL POLICY REVIEW (CARC 50).",
                          "A PHYSICIAN REVIEWER EXAMINED THE RECORDS SUBMITTED WITH THIS CLAIM. THE RECORDS DO NOT "
                          "SHOW AT LEAST FOUR WEEKS OF CONSERVATIVE TREATMENT OR A FOLLOW-UP EXAM AFTER THE PRIOR "
                          "INJECTION. BASED ON MEDICAL POLICY SUR-211, THE SERVICE IS NOT MEDICALLY NECESSARY."),
    "eligibility": ([("99395", "PREVENT VISIT EST 18-39"), ("36415", "ROUTINE VENIPUNCTURE")], "E27",
                    "PATIENT NOT ELIGIBLE ON DATE OF SERVICE. COVERAGE TERMINATED (CARC 27).",
                    "OUR ENROLLMENT RECORDS SHOW THAT COVERAGE FOR THIS PATIENT ENDED BEFORE THE DATE OF "
                    "SERVICE. YOUR EMPLOYER REPORTED A TERMINATION OF COVERAGE. NO BENEFITS ARE AVAILABLE FOR "
                    "SERVICES RECEIVED AFTER COVERAGE ENDS."),
    "timely_filing": ([("99285", "EMERGENCY DEPT VISIT"), ("74177", "CT ABD & PELV W/CONTRAST")], "T90",
                      "CLAIM RECEIVED AFTER FILING LIMIT OF 180 DAYS. PARTICIPATING PROVIDER MAY NOT BILL "
                      "MEMBER (CARC 29).",
                      ""),
    "coding_error": ([("29880", "ARTHRS KNEE MENISCECTOMY M&L"), ("29877", "ARTHRS KNEE DEBRIDE/SHAVING")],
                     "B07",
                     "PROCEDURE IS INCIDENTAL TO/INCLUDED IN ANOTHER PROCEDURE BILLED ON SAME DATE (CARC 97).",
                     ""),
    "out_of_network": ([("27447", "TOTAL KNEE ARTHROPLASTY")], "N42",
                       "PROVIDER NOT IN NETWORK. NO OUT-OF-NETWORK BENEFITS UNDER THIS PLAN (CARC 242).",
                       "THE PROVIDER WHO PERFORMED THIS SERVICE DOES NOT HAVE A CONTRACT WITH BLUE TAMARACK OR "
                       "ANY BLUE TAMARACK NETWORK. YOUR PLAN IS AN EXCLUSIVE PROVIDER (EPO) PLAN AND PAYS FOR "
                       "SERVICES OUTSIDE THE NETWORK ONLY IN AN EMERGENCY. THIS SERVICE WAS SCHEDULED."),
    "other": ([("99214", "OFFICE/OUTPT VISIT EST"), ("20610", "DRAIN/INJ JOINT/BURSA")], "C22",
              "OTHER COVERAGE IS PRIMARY. SUBMIT TO PRIMARY CARRIER, THEN SEND THEIR EOB (CARC 22).", ""),
}
LEGEND = {"A1": "ALLOWANCE REDUCED TO PARTICIPATING PROVIDER FEE SCHEDULE. MEMBER NOT LIABLE FOR DIFFERENCE.",
          "D1": "AMOUNT APPLIED TO PLAN YEAR DEDUCTIBLE.", "C1": "COINSURANCE AMOUNT IS MEMBER RESPONSIBILITY.",
          "AJ": "ADJUSTMENT OF PRIOR PAYMENT. CREDIT SHOWN WITH TRAILING MINUS."}
# stem, condition, kind, denial, claims on an EOB, date style, deadline style, money style
PLAN = [
    ("mainframe_bd_eob_precert", "born_digital", "eob", "prior_authorization", 2, "yy", "within", "bare"),
    ("mainframe_bd_ltr_mednec", "born_digital", "ltr", "medical_necessity", 1, "yy", "date", "dollar"),
    ("mainframe_scan_eob_paid", "scan_clean_300", "eob", None, 1, "yy", "within", "bare"),
    ("mainframe_copy_ltr_elig", "photocopy", "ltr", "eligibility", 1, "yyyy", "within", "dollar"),
    ("mainframe_faxs_eob_timely", "fax_standard_g4", "eob", "timely_filing", 1, "yy", "date", "dollar"),
    ("mainframe_lowres_eob_multi", "scan_lowres_150", "eob", "coding_error", 6, "yy", "within", "bare"),
    ("mainframe_rot_ltr_oon", "rotated", "ltr", "out_of_network", 1, "mon", "date", "dollar"),
    ("mainframe_photo_eob_cob", "phone_photo", "eob", "other", 2, "yy", "within", "bare"),
]


def d8(d: dt.date, style: str) -> str:
    """Dates as the system prints them: 03/04/26, 03/04/2026 or MAR 04, 2026."""
    return {"yy": d.strftime("%m/%d/%y"), "yyyy": d.strftime("%m/%d/%Y"),
            "mon": d.strftime("%b %d, %Y").upper()}[style]


def amt(v: float, style: str = "bare", width: int = 0) -> str:
    """Money as printed: 1,234.56 or $1,234.56; negative values get a trailing minus."""
    s = f"{abs(v):,.2f}" + ("-" if v < 0 else " ")
    if style == "dollar":
        s = "$" + s
    return s.rjust(width) if width else s.rstrip()


def lbl(label: str, value: str, w: int = 19) -> str:
    """A dot-leader label: 'SUBSCRIBER NO......: VALUE'."""
    return f"{label}{'.' * max(2, w - len(label) - 1)}: {value}"


def two(left: str, right: str, at: int = 50) -> str:
    return left.ljust(at) + right


class Printer:
    """Line-printer pages: a fixed header block on every page, then body lines; 'PAGE nnn OF nnn' filled last."""

    def __init__(self, header, per_page: int = 56):
        self.header, self.per_page, self.lines = header, per_page, []

    def add(self, *lines: str):
        for ln in lines:
            self.lines.append(ln.upper())

    def pdf(self, size: float = 8.6) -> bytes:
        pages, cur = [], []
        for ln in self.lines:
            if ln == "\f" or len(cur) >= self.per_page:
                pages.append(cur)
                cur = []
                if ln == "\f":
                    continue
            cur.append(ln)
        pages.append(cur)
        d = Doc("Courier", margins=(14, 12, 10))
        d.set_auto_page_break(False)
        for i, body in enumerate(pages, 1):
            d.add_page()
            for ln in [h.upper() for h in self.header(i, len(pages))] + body:
                d.set_font("Courier", "", size)
                d.cell(0, size * 0.45, ln, new_x="LMARGIN", new_y="NEXT")
        return pdf_bytes(d)


def facts(r: Rand, denial: str | None, n_claims: int, ds: str) -> dict:
    notice = r.date(dt.date(2026, 1, 14), 230)
    sub = r.person()
    dep = r.person()
    dep = (f"{dep[1]} {dep[2]}. {sub[3]}", dep[1], dep[2], sub[3])
    family = [sub, dep]
    back = r.randint(200, 260) if denial == "timely_filing" else r.randint(18, 75)
    claims = []
    denied_idx = r.randrange(n_claims) if denial else -1
    for i in range(n_claims):
        pat = r.choice(family)
        dos = notice - dt.timedelta(days=back if i == denied_idx else r.randint(15, 80))
        lines = CASES[denial][0] if i == denied_idx else r.sample(PAID, r.randint(1, 3))
        lo, hi = (600, 7800) if i == denied_idx else (60, 900)
        if denial == "out_of_network" and i == denied_idx:
            lo, hi = 24000, 46000
        amounts = sorted((float(r.amount(lo // len(lines), hi // len(lines))) for _ in lines), reverse=True)
        rows = [(c, desc, a) for (c, desc), a in zip(lines, amounts)]
        claims.append(dict(pat=pat, rel="SELF" if pat is sub else "CHILD", sfx="01" if pat is sub else "02",
                           dos=dos, rows=rows, prov=r.choice(PROVIDERS), denied=i == denied_idx,
                           clm=f"{dos.strftime('%y')}{dos.timetuple().tm_yday:03d}{r.letters(1)}{r.digits(5)}00",
                           acct=f"{r.digits(6)}{r.letters(2)}", provno=f"{r.digits(7)}",
                           received=(notice - dt.timedelta(days=r.randint(4, 9))) if denial == "timely_filing"
                           else min(notice - dt.timedelta(days=3), dos + dt.timedelta(days=r.randint(6, 25)))))
    return dict(notice=notice, sub=sub, dep=dep, claims=claims, ds=ds, denial=denial,
                sid=f"BTQ{r.digits(9)}", group=f"{r.digits(5)}{r.choice(['', '-000', '-001'])}",
                plan_code=f"{r.choice(['EP', 'PP', 'HD'])}{r.digits(3)}{r.letters(1)}", section=r.digits(4),
                dcn=f"{notice.strftime('%y')}{r.digits(10)}", rpt=f"EOB{r.digits(3)}R", ltr=f"DN{r.digits(4)}",
                street_city=r.address(), phone=r.phone())


def address_block(p: Printer, f: dict):
    street, city = f["street_city"]
    name = f["sub"][0]
    p.add("", f"     {name}", f"     {street}", f"     {city.replace(',', '')}", "")


def claim_lines(f: dict, c: dict, r: Rand, ms: str) -> tuple[list[str], list[float]]:
    """The fixed-width claim table and its totals [chg, allow, ded, coins, pd]."""
    out = [f"CLM# {c['clm']}   PATIENT: {c['pat'][0]}   REL: {c['rel']}  "
           f"SFX: {c['sfx']}",
           f"PROVIDER: {c['prov']:<30} PROV NO: {c['provno']}  PT ACCT: {c['acct']}",
           f"RECEIVED: {d8(c['received'], f['ds'])}   NETWORK: "
           f"{'NON-PAR' if f['denial'] == 'out_of_network' and c['denied'] else 'PAR'}",
           "SVC DT    PROC   DESCRIPTION                     CHG      ALLOW       DED     COINS        PD  RSN",
           "-" * WIDTH]
    tot = [0.0] * 5
    code = CASES[f["denial"]][1] if c["denied"] else ""
    for k, (proc, desc, chg) in enumerate(c["rows"]):
        if c["denied"] and not (f["denial"] == "coding_error" and k == 0):
            vals, rsn = [chg, 0.0, 0.0, 0.0, 0.0], code
        else:
            allow = round(chg * r.uniform(0.5, 0.82), 2)
            ded = round(min(allow, r.choice([0.0, 0.0, 50.0])), 2)
            coins = round((allow - ded) * 0.2, 2)
            vals, rsn = [chg, allow, ded, coins, round(allow - ded - coins, 2)], "A1 " + ("D1" if ded else "C1")
        tot = [a + b for a, b in zip(tot, vals)]
        c.setdefault("denied_chg", 0.0)
        c["denied_chg"] += chg if rsn == code else 0.0
        out.append(f"{d8(c['dos'], 'yy')}  {proc}  {desc[:26]:<26}" + "".join(amt(v, ms, 10) for v in vals)
                   + f"  {rsn}")
    out.append("-" * WIDTH)
    out.append(f"{'CLAIM TOTAL':<42}" + "".join(amt(v, ms, 10) for v in tot))
    return out, tot


def eob(r: Rand, denial: str | None, n: int, ds: str, dl: str, ms: str) -> tuple[bytes, dict]:
    f = facts(r, denial, n, ds)
    sub = f["sub"]

    def header(pg: int, of: int) -> list[str]:
        top = [two(HEAD, "EXPLANATION OF BENEFITS", 58), two(ADDR, "*** THIS IS NOT A BILL ***", 58),
               two(f"RPT ID: {f['rpt']}   RUN DATE: {d8(f['notice'], 'yy')}", f"PAGE {pg:03d} OF {of:03d}", 70)]
        if pg > 1:
            top += [f"SUBSCRIBER: {sub[3]}, {sub[1]} {sub[2]}   SUBSCRIBER NO: {f['sid']}   "
                    f"GROUP: {f['group']}", "=" * WIDTH]
        return top + [""]

    p = Printer(header)
    address_block(p, f)
    p.add(two(lbl("SUBSCRIBER NAME", f"{sub[3]}, {sub[1]} {sub[2]}"), lbl("STATEMENT DATE", d8(f["notice"], ds), 16)),
          two(lbl("SUBSCRIBER NO", f["sid"]), lbl("GROUP NO", f["group"], 16)),
          two(lbl("PLAN CODE", f["plan_code"]), lbl("SECTION", f["section"], 16)),
          two(lbl("DOC CTL NO", f["dcn"]), lbl("CUST SVC", f["phone"], 16)), "")
    ytd_ded = r.randint(0, 1500)
    p.add("PLAN YEAR ACCUMULATORS (IN-NETWORK)          DEDUCTIBLE       OUT-OF-POCKET",
          f"  INDIVIDUAL  MAX / MET TO DATE           {amt(1500, ms):>10} / {amt(ytd_ded, ms):<10}"
          f"{amt(5000, ms):>10} / {amt(ytd_ded + r.randint(40, 600), ms)}",
          f"  FAMILY      MAX / MET TO DATE           {amt(3000, ms):>10} / {amt(ytd_ded + r.randint(0, 900), ms)}",
          "")
    all_tot = [0.0] * 5
    denied = None
    for i, c in enumerate(f["claims"]):
        lines, tot = claim_lines(f, c, r, ms)
        p.add(*lines)
        if c["denied"]:
            denied, c["tot"] = c, tot
        elif n > 2 and not any(x.get("adj") for x in f["claims"]):
            c["adj"] = True
            adj = -round(r.uniform(20, 90), 2)
            p.add(f"{'PRIOR PAYMENT ADJUSTMENT':<82}{amt(adj, ms, 10)}  AJ")
            tot[4] += adj
        c.setdefault("tot", tot)
        all_tot = [a + b for a, b in zip(all_tot, tot)]
        p.add("")
        if n > 3 and i == 2:
            p.add("\f")
    liable = denied["tot"][0] if denied and denial == "other" else 0.0
    p.add("STATEMENT TOTALS (ALL CLAIMS)",
          f"  TOTAL CHARGES......: {amt(all_tot[0], ms)}    TOTAL PLAN PAID....: {amt(all_tot[4], ms)}",
          f"  MEMBER RESP (DED+COINS+NON-COV)....: {amt(all_tot[2] + all_tot[3] + liable, ms)}", "")
    p.add("REASON CODE EXPLANATIONS", "RSN  EXPLANATION")
    codes = {"A1", "C1", "D1"} | ({"AJ"} if n > 2 else set())
    if denial:
        p.add(*wrap(f"{CASES[denial][1]:<4} {CASES[denial][2]}", 5))
    for k in sorted(codes):
        p.add(*wrap(f"{k:<4} {LEGEND[k]}", 5))
    p.add("")
    deadline = f["notice"] + dt.timedelta(days=180)
    if dl == "within":
        appeal = ("IF YOU DISAGREE WITH THE WAY A CLAIM WAS PROCESSED, YOU OR YOUR AUTHORIZED REPRESENTATIVE MAY "
                  "REQUEST AN APPEAL IN WRITING WITHIN 180 DAYS OF THE DATE OF THIS STATEMENT.")
    else:
        appeal = (f"APPEAL RIGHTS: WRITTEN APPEALS MUST BE RECEIVED BY {d8(deadline, ds)}. SEND TO BLUE TAMARACK "
                  "APPEALS UNIT, P.O. BOX 44190, RAPID FORKS SD 57186-4190.")
    p.add(*wrap(appeal + " INCLUDE THE CLM# AND A COPY OF THIS STATEMENT. URGENT CARE APPEALS ARE DECIDED WITHIN "
                "72 HOURS. YOU MAY HAVE THE RIGHT TO AN EXTERNAL REVIEW BY AN INDEPENDENT REVIEW ORGANIZATION "
                "AFTER THE APPEAL PROCESS IS COMPLETE IF THE DECISION INVOLVES MEDICAL JUDGMENT.", 0))
    p.add("", *wrap("BLUE TAMARACK HEALTH PLAN IS AN INDEPENDENT LICENSEE. IT COMPLIES WITH APPLICABLE FEDERAL "
                    "CIVIL RIGHTS LAWS AND DOES NOT DISCRIMINATE ON THE BASIS OF RACE, COLOR, NATIONAL ORIGIN, AGE, "
                    "DISABILITY OR SEX. ATENCION: SI HABLA ESPANOL, TIENE A SU DISPOSICION SERVICIOS GRATUITOS DE "
                    f"ASISTENCIA LINGUISTICA. LLAME AL {f['phone']} (TTY 711).", 0))
    target = denied or f["claims"][0]
    alts = {"plan_id": [None]}
    if denial is None:
        alts["appeal_deadline"] = [iso(deadline)]
    if denial == "coding_error":
        alts["claim_amount"] = [f"{target['denied_chg']:.2f}"]
    t = truth("eob", denial, insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"], member_id=f["sid"],
              member_name=target["pat"][0], case_numbers=[target["clm"]], claim_amount=f"{target['tot'][0]:.2f}",
              service_dates=[iso(target["dos"])], denial_date=iso(f["notice"]), provider=target["prov"],
              appeal_deadline=iso(deadline) if denial else None, alternates=alts)
    return p.pdf(), t


def wrap(text: str, indent: int, width: int = WIDTH) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width - (indent if out else 0):
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    out.append(cur)
    return [out[0]] + [" " * indent + ln for ln in out[1:]]


def letter(r: Rand, denial: str, ds: str, dl: str, ms: str) -> tuple[bytes, dict]:
    f = facts(r, denial, 1, ds)
    c = f["claims"][0]
    c["pat"] = f["sub"] if r.random() < 0.5 else c["pat"]
    chg = sum(x[2] for x in c["rows"])
    pre = denial == "out_of_network"

    def header(pg: int, of: int) -> list[str]:
        return [HEAD, "CLAIMS CORRESPONDENCE  " + ADDR, two("", f"PAGE {pg} OF {of}", 80), ""]

    p = Printer(header)
    p.add(two("", lbl("LETTER DATE", d8(f["notice"], ds), 13), 52), two("", lbl("LETTER ID", f["ltr"], 13), 52),
          two("", lbl("DOC CTL NO", f["dcn"], 13), 52))
    address_block(p, f)
    p.add("RE: NOTICE OF ADVERSE BENEFIT DETERMINATION", "")
    idn = "IDENTIFICATION NO" if r.random() < 0.5 else "MEMBER ID NO"
    svc = d8(c["dos"], "yy")
    rel = "SELF" if c["pat"] is f["sub"] else "CHILD"
    p.add(lbl("SUBSCRIBER", f["sub"][0], 22), lbl(idn, f["sid"], 22), lbl("GROUP NUMBER", f["group"], 22),
          lbl("BENEFIT PLAN", f["plan_code"], 22), lbl("PATIENT", f"{c['pat'][0]}   REL: {rel}", 22),
          lbl("PROVIDER", c["prov"], 22), lbl("PROVIDER TAX ID", f"XX-XXX{r.digits(4)}", 22))
    if pre:
        auth = f"PA{f['notice'].strftime('%y')}{r.digits(7)}"
        svc_date = f["notice"] + dt.timedelta(days=r.randint(12, 30))
        p.add(lbl("REQUEST NO", auth, 22),
              lbl("PLANNED SVC DT", d8(svc_date, "yy") + "   (" + c["rows"][0][1] + ")", 22),
              lbl("REQUEST RECEIVED", d8(f["notice"] - dt.timedelta(days=r.randint(3, 9)), "yy"), 22))
        cases, amount = [auth], None
    else:
        p.add(lbl("CLAIM NUMBER", c["clm"], 22), lbl("DATE(S) OF SERVICE", f"{svc} THRU {svc}", 22),
              lbl("AMOUNT BILLED", amt(chg, ms), 22), lbl("AMOUNT PAID", amt(0, ms), 22))
        cases, amount, svc_date = [c["clm"]], f"{chg:.2f}", c["dos"]
    p.add("", "DEAR MEMBER:", "")
    what = "THE REQUEST FOR PRECERTIFICATION" if pre else "THE CLAIM"
    p.add(*wrap(f"BLUE TAMARACK HEALTH PLAN HAS COMPLETED ITS REVIEW OF {what} SHOWN ABOVE. THE SERVICE HAS BEEN "
                "DENIED FOR THE REASON(S) LISTED BELOW.", 0), "")
    p.add(f"REASON CODE {CASES[denial][1]}:")
    p.add(*wrap("  " + CASES[denial][3], 2), "")
    p.add(*wrap("YOU MAY REQUEST, FREE OF CHARGE, COPIES OF ALL DOCUMENTS AND RECORDS RELEVANT TO THIS DECISION "
                "AND OF ANY MEDICAL POLICY, GUIDELINE OR CRITERIA USED. DIAGNOSIS AND PROCEDURE CODES AND THEIR "
                "MEANINGS ARE AVAILABLE ON REQUEST.", 0), "")
    deadline = f["notice"] + dt.timedelta(days=180)
    p.add("HOW TO APPEAL")
    if dl == "within":
        p.add(*wrap("YOU HAVE THE RIGHT TO APPEAL THIS DECISION. YOUR APPEAL MUST BE FILED WITHIN 180 DAYS OF THE "
                    "DATE OF THIS NOTICE.", 0))
    else:
        p.add(*wrap(f"YOU HAVE THE RIGHT TO APPEAL THIS DECISION. LAST DATE TO FILE APPEAL......: "
                    f"{d8(deadline, ds)}", 0))
    p.add(*wrap(f"MAIL YOUR APPEAL TO: BLUE TAMARACK APPEALS UNIT, P.O. BOX 44190, RAPID FORKS SD 57186-4190, OR "
                f"CALL {f['phone']}. IF WAITING COULD SERIOUSLY JEOPARDIZE YOUR HEALTH, ASK FOR AN EXPEDITED "
                "APPEAL; WE DECIDE EXPEDITED APPEALS WITHIN 72 HOURS.", 0), "")
    p.add("\f", "YOUR RIGHTS UNDER FEDERAL LAW")
    p.add(*wrap("IF YOUR PLAN IS SUBJECT TO ERISA YOU MAY BRING A CIVIL ACTION UNDER SECTION 502(A) AFTER YOU "
                "EXHAUST THE PLAN'S APPEAL PROCESS. IF A FINAL DECISION INVOLVES MEDICAL NECESSITY, LEVEL OF CARE, "
                "EXPERIMENTAL OR INVESTIGATIONAL TREATMENT, OR A SURPRISE BILL, YOU MAY REQUEST EXTERNAL REVIEW "
                "WITHIN 4 MONTHS OF THE FINAL DECISION. THE EMPLOYEE BENEFITS SECURITY ADMINISTRATION CAN HELP: "
                "1-866-444-3272.", 0), "")
    p.add(*wrap("NONDISCRIMINATION NOTICE: BLUE TAMARACK HEALTH PLAN COMPLIES WITH APPLICABLE FEDERAL CIVIL RIGHTS "
                "LAWS. LANGUAGE ASSISTANCE IS AVAILABLE FREE OF CHARGE. ESPANOL: LLAME AL NUMERO QUE APARECE EN "
                "SU TARJETA. TIENG VIET: GOI SO DIEN THOAI TREN THE.", 0), "")
    p.add("", "SINCERELY,", "", "CLAIMS REVIEW UNIT", "BLUE TAMARACK HEALTH PLAN",
          f"CC: {c['prov']}   PROV NO {c['provno']}")
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"],
              member_id=f["sid"], member_name=c["pat"][0], case_numbers=cases, claim_amount=amount,
              service_dates=[iso(svc_date)], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(deadline), alternates={"plan_id": [None]})
    return p.pdf(), t


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, denial, n, ds, dl, ms) in enumerate(PLAN):
        r = Rand(9100 + i)
        doc = eob(r, denial, n, ds, dl, ms) if kind == "eob" else letter(r, denial, ds, dl, ms)
        items.append(Item(stem, cond, [doc]))
    return items
