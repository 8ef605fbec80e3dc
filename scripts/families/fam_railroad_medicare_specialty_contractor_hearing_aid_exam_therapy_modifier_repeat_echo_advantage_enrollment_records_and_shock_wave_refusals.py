"""Papers mirrored (structure and plain wording style only) from Railroad Medicare: Medicare Part B for people covered
under the railroad retirement system, whose Part B claims (doctors, therapists, suppliers of services) are handled
nationally by one Specialty Medicare Administrative Contractor for the Railroad Retirement Board instead of the
local Medicare contractor. The contractor sends Medicare Summary Notices to beneficiaries, paper remittance advices
to providers, written answers to questions, and redetermination decisions (the first level of a Medicare appeal),
after which a Qualified Independent Contractor (QIC) may reconsider. Railroad Medicare, Medicare, the Railroad
Retirement Board, the QIC level and CPT/HCPCS/CARC codes appear as themselves; the contractor ("Tannahill
Government Benefit Services, LLC"), every beneficiary, provider, doctor, number, address and phone (555) is
invented, and so are the time limits as printed here (stated dates, or "within 120 days of the date of this
letter").

The contractor is the big name on its papers: a drawn roundel (initials "TG" over two rails) beside the name broken
over two lines, with "Railroad Medicare" and the contractor's role in small grey type under it. Medicare Numbers are
11-character MBIs (printed plain or in three groups); claim numbers are 13-digit ICNs "02" + "26" + day of the year
+ six digits; appeal numbers "26RD" + seven digits.

Documents (8 in 7 files):
- born_digital: an older-style Medicare Summary Notice, claims table running on to page 2 with no heads, the
  audiology claim's header on page 1 and its lines on page 2, the hearing aid assessment line told only by note "c".
- fax_standard_g4: a paper remittance advice to a physical therapy practice (monospace), four patients, the third
  patient's claim starting at the foot of page 1 and its 97140 line on page 2 refused CO-4 (missing modifier),
  told only in the glossary.
- scan_lowres_150: a redetermination decision in plain words keeping the refusal of a repeat echocardiogram.
- phone_photo: a Spanish redetermination decision: services while the beneficiary was in a Medicare Advantage plan.
- rotated: a letter that a claim for nerve tests was closed because the doctor's records never came.
- photocopy: a redetermination decided in the beneficiary's favour (denies nothing).
- fax_standard_g4 stack: the daughter's fax cover to a counselor, the contractor's two-page answer about heel shock
  wave treatment (page 2 upside down), and the foot clinic's statement (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famna import (MONTHS_ES, NASheet, apos, day_long, digits, dmy_abbr, es_date, es_wday_long, iso, long,
                               mdy_th, n2, ord_of, plus, short, slash, usd, wday_long)
from public_kit import m2, mbi, out, truth

FAMILY = ("railroad_medicare_specialty_contractor_hearing_aid_exam_therapy_modifier_repeat_echo_advantage_"
          "enrollment_records_and_shock_wave_refusals")
LANG = "en"
SEED = 355030
CON = "Tannahill Government Benefit Services"
CON_ALT = [CON, "Tannahill Government Benefit Services, LLC", "Tannahill GBS", "Railroad Medicare",
           "Railroad Medicare (Tannahill Government Benefit Services)"]
RRM = "Railroad Medicare"
RRM_ALT = [RRM, "Medicare", CON, "Tannahill Government Benefit Services, LLC"]
BOX = "P.O. Box 6711, Ardlamont, GA 30926-0711"
APPEAL_BOX = "Redeterminations, P.O. Box 6740, Ardlamont, GA 30926-0740"
RIGHT = ["Beneficiary Contact Center 1-800-555-0168", "TTY 1-800-555-0169", BOX]
UNDER = ["Railroad Medicare  \u00b7  Specialty Medicare Administrative Contractor",
         "for the Railroad Retirement Board (Medicare Part B)"]
UNDER_ES = ["Railroad Medicare  \u00b7  Contratista Especializado de Medicare",
            "para la Junta de Retiro Ferroviario (Medicare Parte B)"]


def icn(rng, d: dt.date) -> str:
    return f"0226{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def apl(rng) -> str:
    return "26RD" + digits(rng, 7)


def es_abbr(d: dt.date) -> str:
    """10-feb-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def g3(m: str) -> str:
    """4JW7 XR2 MC95"""
    return f"{m[:4]} {m[4:7]} {m[7:]}"


def head(p: NASheet, es: bool = False, right=None):
    p.emblem_head("TANNAHILL GOVERNMENT", "BENEFIT SERVICES", UNDER_ES if es else UNDER, right or RIGHT, logo="rail",
                  initials="TG", size=15, d=18)


# ------------------------------------------------------------------------------------------------------------------
def born_msn(rng):
    ben = "Ambrose T. Ostlere"
    mid = mbi(rng)
    nd = dt.date(2026, 5, 29)
    due = plus(nd, 120)
    d1, d2, d3 = dt.date(2026, 3, 4), dt.date(2026, 3, 19), dt.date(2026, 4, 8)
    d4 = dt.date(2026, 3, 27)
    FAM = "Drumlanrig Family Medicine"
    IMG = "Inverallan Imaging Center"
    AUD = "Oxwich Hearing and Balance Center"
    AUDI = "Dr. Philippa Tremenheere, Au.D."
    ENT = "Dr. Ansel Merrithew"
    n1, n2_, n3 = icn(rng, plus(d1, 9)), icn(rng, plus(d2, 6)), icn(rng, plus(d3, 12))
    n4 = icn(rng, plus(d4, 4))
    # (date, service, charged, approved, paid, may be billed, note)
    c1 = [(d1, "1 Office/outpatient visit, est (99214)", 212.00, 131.84, 105.47, 26.37, "a"),
          (d1, "1 Routine venipuncture (36415)", 18.00, 3.12, 2.50, 0.62, "a"),
          (d1, "1 Lipid panel (80061)", 58.00, 13.21, 13.21, 0.00, "b")]
    c2 = [(d2, "1 Chest x-ray, 2 views (71046)", 146.00, 31.80, 25.44, 6.36, "a")]
    c4 = [(d4, "1 Flu vaccine, high dose (90662)", 92.00, 71.14, 71.14, 0.00, "b"),
          (d4, "1 Giving the flu shot (G0008)", 40.00, 33.61, 33.61, 0.00, "b")]
    c3 = [(d3, "1 Comprehensive hearing test (92557)", 168.00, 41.19, 32.95, 8.24, "a"),
          (d3, "1 Tympanometry (92567)", 54.00, 15.50, 12.40, 3.10, "a"),
          (d3, "1 Hearing aid assessment (V5010)", 125.00, 0.00, 0.00, 125.00, "c")]
    tot = lambda c: [round(sum(x[i] for x in c), 2) for i in (2, 3, 4, 5)]  # noqa: E731
    t3 = tot(c3)

    p = NASheet(footer="Page {n} of {nb}", foot_ids=f"{ben.upper()}  \u00b7  Medicare Number ending in {mid[-4:]}"
                                                      f"  \u00b7  Notice of {slash(nd)}")
    p.set_margins(15, 13, 15)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(19, "B")
    p.cell(W * 0.55, 9, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(W * 0.55, 4.2, "Part B (Medical Insurance)  \u00b7  Railroad Medicare", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.f(11, "B")
    p.cell(W * 0.55, 5.5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for ln in [ben.upper().replace(".", ""), "2208 CINDER SIDING RD", "KINNABER FORKS GA 31745-2208"]:
        p.line(ln, 9.6)
    yl = p.get_y()
    bx, bw = p.l_margin + W * 0.56, W * 0.44
    p.set_xy(bx, y0)
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(7.6, "B")
    p.cell(bw, 4.8, " CUSTOMER SERVICE INFORMATION", fill=True)
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    yy = y0 + 6
    rows = [("Your Medicare Number:", g3(mid), True), ("", "", False),
            ("If you have questions, write or call:", "", False), ("Railroad Medicare", "", True),
            (f"c/o {CON}, LLC", "", False), ("P.O. Box 6711", "", False), ("Ardlamont, GA 30926-0711", "", False),
            ("", "", False), ("Toll-free: 1-800-555-0168", "", False), ("TTY: 1-800-555-0169", "", False),
            ("Hours: 8:30 a.m. - 7:00 p.m. Eastern, Mon-Fri", "", False)]
    for k, v, b in rows:
        p.set_xy(bx + 2, yy)
        p.f(8.2, "B" if b else "")
        p.cell(bw * 0.52 if v else bw - 4, 3.9, k)
        if v:
            p.f(9.4, "B")
            p.cell(bw * 0.48 - 4, 3.9, v)
        yy += 3.9
    p.rect(bx, y0, bw, yy - y0 + 1.5)
    p.set_xy(p.l_margin, max(yl, yy + 1.5) + 4)
    p.set_fill_color(238, 238, 238)
    p.f(8.4)
    p.multi_cell(W, 4.0, "BE INFORMED: Medicare will never call you to ask for your Medicare Number. If someone calls "
                 "and asks for it, hang up and call us at the number above.", fill=True, new_x="LMARGIN",
                 new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(2)
    p.para(f"This is a summary of claims processed from {slash(dt.date(2026, 2, 26))} through "
           f"{slash(dt.date(2026, 5, 27))}.", 9.2)
    p.f(10.4, "B")
    p.cell(0, 5.5, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", new_x="LMARGIN", new_y="NEXT")
    hd = ["Dates of Service", "Services Provided", "Amount Charged", "Medicare Approved", "Medicare Paid Provider",
          "You May Be Billed", "See Notes Section"]
    wd = [20, 66, 20, 20, 22, 20, 15]
    sc = W / sum(wd)
    wd = [w * sc for w in wd]
    al = ["L", "L", "R", "R", "R", "R", "C"]

    def claim_rows(no, prov, addr, ref, lines, with_lines=True):
        rows, bold = [], set()
        bold.add(len(rows))
        rows.append([f"Claim number {no}", "", "", "", "", "", ""])
        rows.append([prov + ", " + addr, "", "", "", "", "", ""])
        if ref:
            rows.append([f"Referred by: {ref}", "", "", "", "", "", ""])
        if with_lines:
            rows += [[short(d), s, usd(c), usd(a), usd(pd), usd(b), n] for d, s, c, a, pd, b, n in lines]
            t = tot(lines)
            bold.add(len(rows))
            rows.append(["", "Total for this claim", usd(t[0]), usd(t[1]), usd(t[2]), usd(t[3]), ""])
        return rows, bold

    rows, bold = [], set()
    for args in [(n1, FAM, "410 Sandhouse Road, Kinnaber Forks, GA 31745", "", c1),
                 (n2_, IMG, "77 Waybill Street, Suite B, Kinnaber Forks, GA 31745", "Dr. Winslow Rapparee", c2),
                 (n4, "Quayside Pharmacy #212", "5 Roundhouse Plaza, Kinnaber Forks, GA 31745", "", c4)]:
        r, b = claim_rows(*args)
        bold |= {i + len(rows) for i in b}
        rows += r
    r, b = claim_rows(n3, AUD, "1900 Semaphore Way, Frogpoint, GA 31750", ENT, c3, with_lines=False)
    bold |= {i + len(rows) for i in b}
    rows += r
    p.ledger_rules(hd, rows, wd, al, size=7.8, row_h=5.0, bold=bold)
    p.cont_mark("continued on the next page")

    # page 2: the table goes on without its heads
    p.add_page()
    p.ln(2)
    rows = [[short(d), s, usd(c), usd(a), usd(pd), usd(b), n] for d, s, c, a, pd, b, n in c3]
    rows.append(["", "Total for this claim", usd(t3[0]), usd(t3[1]), usd(t3[2]), usd(t3[3]), ""])
    allc = c1 + c2 + c4 + c3
    ta = tot(allc)
    rows.append(["", "Total for all claims on this notice", usd(ta[0]), usd(ta[1]), usd(ta[2]), usd(ta[3]), ""])
    p.ledger_rules(hd, rows, wd, al, size=7.8, row_h=5.0, bold={3, 4}, heads=False)
    p.ln(2)
    p.heading("Notes Section:", 10.5, rule=True)
    for k, t in [("a", "The provider accepted assignment: the provider agreed to take the Medicare-approved amount "
                       "as full payment. You may be billed only for the 20 percent coinsurance and any deductible."),
                 ("b", "Medicare pays this service in full. You owe nothing for it."),
                 ("c", "Medicare does not pay for exams to fit hearing aids, or for hearing aids. This is not a "
                       "Medicare benefit, so the full charge is shown in the column You May Be Billed."),
                 ("d", "A written notice (an ABN) you signed before the service says you agreed to pay if Medicare "
                       "did not.")]:
        y = p.get_y()
        p.f(9, "B")
        p.cell(7, 4.4, k)
        p.set_xy(p.l_margin + 7, y)
        p.f(8.8)
        p.multi_cell(W - 7, 4.3, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(0.8)
    p.heading("Deductible Information:", 10.5, rule=True)
    p.para("You have met the Part B deductible for 2026.", 8.8)
    p.heading("General Information:", 10.5, rule=True)
    p.flow_cols([
        "Railroad Medicare handles Part B claims for people covered under the railroad retirement system. Your "
        "Part A (hospital) claims are handled by the Medicare contractor for the place where you received care.",
        "How coinsurance works (an example, not one of your claims): if Medicare approves $80.00 for a visit, "
        "Medicare pays $64.00 and your share is $16.00.",
        "Keep this notice with your medical bills. Compare the services listed with the care you received. If "
        "something looks wrong, call the provider first, then call us.",
        "Your Medicare & You handbook and a free counselor from your State Health Insurance Assistance Program "
        "(SHIP) can help with questions about coverage. Local SHIP line: 1-800-555-0152."], n=2, size=8.0)
    p.heading("Appeals Information - Part B", 10.5, rule=True)
    p.para(f"If you disagree with any claims decision on this notice, you can request an appeal by **{long(due)}**. "
           "Follow the instructions below:", 8.8)
    p.bullets(["Circle the item(s) you disagree with and explain in writing why you disagree.",
               "Sign your name, give your phone number and your Medicare Number, and send a copy of this notice to "
               f"Railroad Medicare, {APPEAL_BOX}.",
               "Send any papers that may help, such as a letter from your doctor. You may ask someone, such as a "
               "family member or a SHIP counselor, to help you."], 8.6)
    t = truth("eob", "not_covered", insurer=RRM, member_id=mid, member_name=ben, cases=[n3],
              claim_amount=m2(t3[0]), service_dates=[iso(d3)], denial_date=iso(nd), provider=AUD,
              appeal_deadline=iso(due),
              alternates={"insurer": RRM_ALT, "provider": [AUDI, "Philippa Tremenheere"],
                          "claim_amount": ["125.00"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def fax_remit(rng):
    PT = "Merriott Lane Physical Therapy"
    nd = dt.date(2026, 4, 17)
    npi = "1" + digits(rng, 9)
    perf = ["1" + digits(rng, 9) for _ in range(3)]
    eft = "000" + digits(rng, 6)
    remit = "RA" + digits(rng, 8)
    # patients in the order a remittance lists them (by last name)
    pts = [("CAISTOR, BRENDAN L", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[0], dt.date(2026, 3, 16), 1, "97161", "GP", 165.00, 101.62),
             (perf[0], dt.date(2026, 3, 16), 2, "97110", "GP", 118.00, 63.44)]),
           ("LUNAN, HESTER R", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[1], dt.date(2026, 3, 20), 2, "97110", "GP", 118.00, 63.44),
             (perf[1], dt.date(2026, 3, 20), 1, "97530", "GP", 72.00, 38.91)]),
           ("TOLCARNE, CORDELIA M", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[2], dt.date(2026, 3, 23), 2, "97110", "GP", 118.00, 63.44),
             (perf[2], dt.date(2026, 3, 26), 1, "97140", "59", 62.00, None),
             (perf[2], dt.date(2026, 3, 26), 2, "97110", "GP", 118.00, 63.44)]),
           ("CARNFORTH, ELSPETH W", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[0], dt.date(2026, 3, 30), 1, "97164", "GP", 96.00, 58.75)]),
           ("MENACRIN, HUBERT F", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[2], dt.date(2026, 3, 18), 1, "97162", "GP", 165.00, 101.62),
             (perf[2], dt.date(2026, 3, 18), 1, "97535", "GP", 64.00, 35.88)]),
           ("GWENNAP, ROSALIE D", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[0], dt.date(2026, 3, 24), 2, "97110", "GP", 118.00, 63.44)]),
           ("TROUNSON, WALLACE E", mbi(rng), "MLP26-" + digits(rng, 4),
            [(perf[1], dt.date(2026, 3, 31), 2, "97110", "GP", 118.00, 63.44),
             (perf[1], dt.date(2026, 3, 31), 1, "97112", "GP", 70.00, 41.27)])]
    pts = sorted(pts, key=lambda x: x[0])
    icns = [icn(rng, plus(ln[3][0][1], 8)) for ln in pts]
    refused = [i for i, x in enumerate(pts) if x[0].startswith("TOLCARNE")][0]
    rname, rmid, _, rlines = pts[refused]
    rtotal = round(sum(x[5] for x in rlines), 2)
    rdate = dt.date(2026, 3, 26)

    def claim_lines(i):
        name, mid, acnt, lines = pts[i]
        out_ = [f"NAME {name:<21} MID {mid}  ACNT {acnt:<11} ICN {icns[i]}  ASG Y  MOA MA01"]
        tb = ta = tc = trc = tp = 0.0
        for pp, d, nos, proc, mod, billed, allowed in lines:
            if allowed is None:
                a, c, rc, pd, grp = 0.00, 0.00, billed, 0.00, "CO-4"
            else:
                a = allowed
                c = round(a * 0.2, 2)
                rc = round(billed - a, 2)
                pd = round(a - c, 2)
                grp = "CO-45"
            tb, ta, tc, trc, tp = tb + billed, ta + a, tc + c, trc + rc, tp + pd
            out_.append(f"{pp:<10} {short(d)} {short(d)} {'11':>3} {nos:>3} {proc:<5} {mod:<4} {billed:>8.2f} {a:>8.2f}"
                        f" {0:>6.2f} {c:>7.2f} {grp:<5} {rc:>7.2f} {pd:>8.2f}")
        out_.append(f"{'PT RESP ' + format(tc, '8.2f'):<34}{'CLAIM TOTALS':<13} {tb:>8.2f} {ta:>8.2f} {0:>6.2f}"
                    f" {tc:>7.2f} {'':5} {trc:>7.2f} {tp:>8.2f}")
        out_.append(f"{'ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00':<88}NET {tp:>11.2f}")
        out_.append("")
        return out_, (tb, ta, tc, trc, tp)

    p = NASheet(footer=None)
    p.set_margins(11, 10, 11)
    p.set_auto_page_break(False)
    p.add_page()
    head(p, right=["Provider Contact Center 1-866-555-0175", "Fax 1-866-555-0177", BOX])
    fs = 8.2
    p.mono(["MEDICARE REMITTANCE ADVICE  -  PART B  -  RAILROAD MEDICARE"], 10.5, bold={0})
    p.ln(1)
    p.mono(["MERRIOTT LANE PHYSICAL THERAPY PC",
            "3315 MERRIOTT LANE STE 4",
            f"FROGPOINT GA 31750-2214{'':27}NPI #: {npi}   PAGE #: 1 OF 2",
            f"{'':47}DATE: {short(nd)}   CHECK/EFT #: {eft}",
            f"{'':47}REMIT #: {remit}"], fs)
    p.ln(1.5)
    p.asterisk_box([
        "REDETERMINATION REQUESTS FOR SERVICES ON THIS REMITTANCE MUST BE RECEIVED WITHIN",
        "120 DAYS OF THE DATE OF THIS REMITTANCE. SEND THEM TO THE ADDRESS ABOVE, ATTN APPEALS.",
        "THERAPY LINES NEED THE GP MODIFIER. EXAMPLE OF A CORRECT LINE: 97140 GP 1 UNIT.",
        "SEMINAR FOR THERAPY BILLERS: " + ord_of(dt.date(2026, 6, 9)).upper() + ", 10:00 A.M. EASTERN."],
        width=103, size=fs)
    p.ln(1.5)
    hdr = [f"{'PERF PROV':<10} {'SERV DATE':<17} {'POS':>3} {'NOS':>3} {'PROC':<5} {'MODS':<4} {'BILLED':>8}"
           f" {'ALLOWED':>8} {'DEDUCT':>6} {'COINS':>7} {'GRP/RC-AMT':>13} {'PROV PD':>8}", "-" * 103]
    p.mono(hdr, fs, bold={0})
    tots = []
    page1 = []
    page2 = []
    for i in range(len(pts)):
        ls, tt = claim_lines(i)
        tots.append(tt)
        if i < refused:
            page1 += ls
        elif i == refused:
            page1 += ls[:2]            # the claim's name line and its first service line end page 1
            page2 += ls[2:]
        else:
            page2 += ls
    p.mono(page1, fs, lead=4.2)
    p.ln(2)
    p.mono([f"{'':60}CONTINUED ON NEXT PAGE"], 7.4)
    p.add_page()
    p.mono([f"TANNAHILL GBS - RAILROAD MEDICARE PART B   MEDICARE REMITTANCE ADVICE   NPI #: {npi}",
            f"MERRIOTT LANE PHYSICAL THERAPY PC{'':14}PAGE #: 2 OF 2   DATE: {short(nd)}   CHECK/EFT #: {eft}"],
           fs, bold={0})
    p.ln(3)
    p.mono(page2, fs, lead=4.2)
    s = [round(sum(x[k] for x in tots), 2) for k in range(5)]
    p.ln(1)
    p.mono(["TOTALS:  # OF     BILLED   ALLOWED   DEDUCT     COINS   TOTAL RC-AMT   PROV PD   PROV ADJ      CHECK",
            "        CLAIMS        AMT       AMT      AMT       AMT            AMT       AMT        AMT        AMT",
            f"        {len(pts):>6} {s[0]:>10.2f} {s[1]:>9.2f} {0:>8.2f} {s[2]:>9.2f} {s[3]:>14.2f} {s[4]:>9.2f}"
            f" {0:>10.2f} {s[4]:>10.2f}"], fs, bold={0, 1})
    p.ln(4)
    p.mono(["GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES"], fs + 0.4, bold={0})
    p.ln(1)
    gl = [("CO", "Contractual Obligation. The provider is responsible for this amount; the patient may not be "
                 "billed for it."),
          ("PR", "Patient Responsibility. The patient may be billed for this amount."),
          ("4", "The procedure code does not agree with the modifier used, or a modifier that is required is "
                "missing."),
          ("45", "The charge is more than the fee schedule or maximum allowable amount."),
          ("29", "The time limit for filing has expired."),
          ("MA01", "Alert: if you do not agree with what we approved for these services, you may appeal; see the "
                   "time limit printed at the top of page 1."),
          ("N30", "The patient is not eligible for this service."),
          ("M80", "Not covered when performed during the same session or date as another service on this "
                  "claim.")]
    for k, v in gl:
        y = p.get_y()
        p.set_font("Mono", "B", fs)
        p.cell(14, 3.9, k)
        p.set_xy(p.l_margin + 14, y)
        p.set_font("Mono", "", fs)
        p.multi_cell(p.w - p.l_margin - p.r_margin - 14, 3.9, v, new_x="LMARGIN", new_y="NEXT")
        p.ln(0.6)
    p.ln(3)
    p.mono(["THIS REMITTANCE IS ISSUED BY TANNAHILL GOVERNMENT BENEFIT SERVICES, LLC, THE SPECIALTY MEDICARE",
            "ADMINISTRATIVE CONTRACTOR FOR RAILROAD MEDICARE. KEEP IT WITH YOUR PATIENT ACCOUNT RECORDS."], fs)
    t = truth("eob", "coding_error", insurer=CON, member_id=rmid, member_name="Cordelia M. Tolcarne",
              cases=[icns[refused]], claim_amount=m2(rtotal), service_dates=[iso(rdate)], denial_date=iso(nd),
              provider=PT, appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": CON_ALT, "provider": [PT + " PC", PT + ", P.C."], "claim_amount": ["62.00"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_echo(rng):
    ben = "Lavinia J. Burrowdale"
    mid = mbi(rng)
    CL = "Kinnaber Heart and Vascular Clinic"
    DR = "Dr. Ignatius Chynoweth"
    nd = dt.date(2026, 4, 23)
    sv = dt.date(2026, 1, 21)
    prev = dt.date(2026, 1, 6)
    rcv = dt.date(2026, 3, 2)
    msn = dt.date(2026, 2, 13)
    due = plus(nd, 185)
    cl = icn(rng, plus(sv, 10))
    ap = apl(rng)
    amt = 1184.00
    p = NASheet(footer="Page {n} of {nb}", foot_ids=f"Appeal {ap}  \u00b7  {ben}")
    p.set_margins(17, 13, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(13, "B")
    p.cell(W * 0.58, 6.5, "MEDICARE APPEAL DECISION", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(W * 0.58, 4.4, "Redetermination (the first level of appeal)", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(day_long(nd), 10)
    p.ln(3)
    for ln in [ben, "61 Signal Box Lane", "Carrow Halt, OH 45891"]:
        p.line(ln, 10)
    yl = p.get_y()
    yb = p.band_box("THE FACTS", [("Beneficiary", ben), ("Medicare Number", mid), ("Appeal number", ap),
                                  ("Claim number", cl), ("Service", "Heart ultrasound (echocardiogram), 93306"),
                                  ("Date of service", slash(sv)), ("Amount charged", f"${amt:,.2f}"),
                                  ("Provider", f"{CL}\n{DR}"), ("We got your request", dmy_abbr(rcv))],
                    p.l_margin + W * 0.60, y0, W * 0.40, size=8.2)
    p.set_xy(p.l_margin, yl + 5)
    cw = W * 0.57
    paras = [f"Dear {ben}:",
             f"You asked us to look again at your claim for a heart ultrasound (echocardiogram) that {DR} of {CL} "
             f"did on {long(sv)}. A person who did not make the first decision looked at your request, your "
             "records and Medicare's rules.",
             "**Our decision: Medicare still can't pay for this test.** We agree with the first decision shown on "
             f"your Medicare Summary Notice of {apos(msn)}."]
    for para in paras:
        p.col_para(para, cw, 9.4)
    p.set_y(max(p.get_y(), yb + 4))
    p.heading("Why we decided this", 10.5)
    p.flow2([
        f"Your records show you had the same test at the same clinic on {long(prev)}, fifteen days before. That "
        "test was normal. Medicare pays for a repeat echocardiogram when something has changed: new symptoms, a "
        "change in your heart medicines, a new heart problem found on an exam, or a planned heart procedure.",
        "The notes from your visit on the day of the second test say you felt well, your medicines had not changed "
        "and nothing new was found on the exam. The notes do not say why the test was done again so soon. Because "
        "the records don't show a reason, this test isn't something Medicare can pay for in your case.",
        "Who pays: the clinic did not ask you to sign a written notice (an Advance Beneficiary Notice) before the "
        "test saying Medicare might not pay. Because of that, you do not have to pay the clinic for this test. If "
        "you already paid, the clinic should give your money back.",
        "What the doctor can do: if the doctor has notes that explain why the test was repeated, they can be sent "
        "with a request for the next level of appeal."], size=9.0)
    p.heading("If you disagree with this decision", 10.5)
    p.para("You may ask a Qualified Independent Contractor (QIC) to look at your case. This is the second level of "
           f"appeal. **Your request must reach the QIC by {long(due)}** (180 days after you receive this letter; we "
           "count that you received it 5 days after the date at the top). Use the enclosed form or write a letter "
           "with your name, your Medicare Number, the appeal number, the service and the date of service, and why "
           "you disagree.", 9.2)
    p.para("Send it to: Eastern Region Part B QIC, P.O. Box 8820, Hollins Reach, PA 17110-8820.", 9.2)
    p.para("Questions? Call us at 1-800-555-0168 (TTY 1-800-555-0169). A free counselor from your State Health "
           "Insurance Assistance Program can also help.", 8.8)
    p.signoff(["Sincerely,", "Redetermination Unit", f"{CON}, LLC"], 9.4)
    p.para(f"cc: {CL}", 8)
    t = truth("denial_letter", "medical_necessity", insurer=CON, member_id=mid, member_name=ben, cases=[ap, cl],
              claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(due),
              alternates={"insurer": CON_ALT, "provider": [DR, "Ignatius Chynoweth"], "case_numbers": [[ap], [cl]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    ben = "Rosendo I. Barrameda"
    mid = mbi(rng)
    CL = "Clínica Familiar Valdescuro"
    DR = "Dra. Anunciación Pereda"
    MA = "Cumbrera Salud Advantage (HMO)"
    nd = dt.date(2026, 5, 19)
    s1, s2 = dt.date(2026, 2, 10), dt.date(2026, 2, 24)
    ma_start = dt.date(2026, 2, 1)
    rcv = dt.date(2026, 4, 6)
    due = plus(nd, 185)
    cl = icn(rng, plus(s2, 9))
    ap = apl(rng)
    lines = [(s1, "99213", "Consulta en el consultorio, paciente establecido", 164.00),
             (s2, "99213", "Consulta en el consultorio, paciente establecido", 164.00),
             (s2, "73030", "Radiografía de hombro, 2 vistas", 158.00)]
    amt = round(sum(x[3] for x in lines), 2)
    p = NASheet(footer="Página {n} de {nb}", foot_ids=f"Apelación {ap}  \u00b7  Reclamo {cl}")
    p.set_margins(17, 13, 17)
    p.add_page()
    head(p, es=True, right=["Servicio al Beneficiario 1-800-555-0168", "TTY 1-800-555-0169", BOX])
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 6.5, "DECISIÓN DE LA APELACIÓN DE MEDICARE", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.2, "Redeterminación (primer nivel de apelación)", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(f"Ardlamont, {es_wday_long(nd)}", 9.8)
    p.ln(2)
    for ln in [ben, "1418 Calle del Andén", "Vía Estrecha, NM 87544"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(ben, "beneficiario", 0.38), (mid, "número de Medicare", 0.32), (ap, "número de apelación", 0.30)],
                 [(cl, "número de reclamo", 0.38), (f"{CL}\n{DR}", "proveedor", 0.62)],
                 [(f"US$ {amt:,.2f}", "cantidad cobrada", 0.38), (es_date(rcv), "recibimos su solicitud", 0.32),
                  (es_date(ma_start), "inicio de su plan Advantage", 0.30)]], size=8.8)
    p.para(f"Estimado señor {ben.split()[-1]}:", 10)
    p.para(f"Usted nos pidió revisar otra vez el reclamo de {CL} por sus consultas y la radiografía de hombro. "
           "Una persona que no tomó la primera decisión revisó su solicitud y nuestros registros.", 9.4)
    p.para("**Nuestra decisión: Railroad Medicare no puede pagar estos servicios.** Estamos de acuerdo con la "
           "primera decisión.", 9.4)
    p.para(f"Por qué: nuestros registros muestran que usted se inscribió en {MA}, un plan Medicare Advantage, desde "
           f"el {es_date(ma_start)}. Mientras usted está en un plan Medicare Advantage, es ese plan el que paga sus "
           "servicios de la Parte B, no Railroad Medicare. Los servicios de abajo fueron después de esa fecha.",
           9.4)
    p.wrap_table(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[es_abbr(d), c, s, f"{v:,.2f}"] for d, c, s, v in lines] + [["", "", "Total", f"{amt:,.2f}"]],
                 [24, 18, W - 24 - 18 - 30, 30], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Qué puede hacer: pida a la clínica que envíe el reclamo a {MA}. Si usted cree que nunca se inscribió "
           "en ese plan, llame al 1-800-MEDICARE.", 9.2)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedir que un Contratista Independiente Calificado (QIC) revise su caso. **Su solicitud debe "
           f"llegar al QIC a más tardar el {es_date(due)}.** Envíela a: Eastern Region Part B QIC, P.O. Box 8820, "
           "Hollins Reach, PA 17110-8820. Incluya su nombre, su número de Medicare y el número de apelación.", 9.2)
    p.para("Ejemplo: si Medicare aprueba US$ 80.00 por una consulta, su parte (20 por ciento) es US$ 16.00.", 8.2)
    p.signoff(["Atentamente,", "Unidad de Redeterminaciones", f"{CON}, LLC"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=CON, member_id=mid, member_name=ben, cases=[ap, cl],
              claim_amount=m2(amt), service_dates=[iso(s1), iso(s2)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(due), lang="es",
              alternates={"insurer": CON_ALT, "provider": [DR, "Anunciación Pereda"], "case_numbers": [[ap], [cl]]},
              denial_alternates=["other"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_records(rng):
    ben = "Oswin P. Cullercoats"
    mid = mbi(rng)
    NEU = "Rhossili Neurology Associates"
    DR = "Dr. Thomasina Hendra"
    nd = dt.date(2026, 5, 6)
    sv = dt.date(2026, 2, 17)
    asked = dt.date(2026, 3, 9)
    wait_to = dt.date(2026, 4, 23)
    cl = icn(rng, plus(sv, 11))
    ref = "ADR-" + digits(rng, 8)
    lines = [("95910", "Nerve conduction studies, 7-8 studies", 640.00),
             ("95886", "Needle EMG, each extremity, 2 units", 380.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = NASheet(footer="Page {n} of {nb}", run_hdr=f"{ben}  \u00b7  claim {cl}  \u00b7  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [ben, "9 Turntable Court", "Drawbar Yard, NE 68870"]:
        p.line(ln, 10)
    yl = p.get_y()
    yr = p.right_caps([(wday_long(nd), "date of this letter"), (mid, "Medicare Number"), (cl, "claim number"),
                       (ref, "records request no.")], p.l_margin + W * 0.44, y0, W * 0.56, size=8.8)
    p.set_xy(p.l_margin, max(yl, yr) + 5)
    p.f(12, "B")
    p.cell(0, 6, "About your claim for nerve tests", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {ben}:", 10)
    for q, a in [
        ("What happened to the claim?",
         f"{NEU} sent us a claim for nerve tests that {DR} did on {long(sv)}. We can't pay this claim right now."),
        ("Why?",
         "Before we could decide, we needed more from your doctor: the office notes that explain why the tests "
         f"were needed and the test results. We wrote to the office on {long(asked)} and gave it 45 days to send "
         f"them, until {mdy_th(wait_to)}. Nothing came, so we closed the claim without paying it."),
        ("Is this a final answer about the tests?",
         "No. We have not decided that the tests were not needed. We just could not look at them without the "
         "records. If the office sends the records, we can look at the claim again."),
        ("Do I have to pay?",
         "The office agreed to take Medicare's amount as full payment. It should send us the records rather than "
         "bill you for these tests. If you get a bill, call us."),
        ("What if I disagree?",
         "You, the office, or someone you choose may ask for a redetermination (an appeal) within 120 days of the "
         f"date of this letter. Send the records with the request to Railroad Medicare, {APPEAL_BOX}.")]:
        p.f(9.8, "B")
        p.cell(0, 5.2, q, new_x="LMARGIN", new_y="NEXT")
        p.para(a, 9.4, gap=2.5)
    p.wrap_table(["Date", "Code", "Test", "Charged"],
                 [[slash(sv), c, s, usd(v)] for c, s, v in lines] + [["", "", "Total charged", usd(amt)]],
                 [26, 18, W - 26 - 18 - 30, 30], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Questions? Call 1-800-555-0168 (TTY 1-800-555-0169), Monday to Friday. Have your Medicare Number "
           "ready.", 8.8)
    p.signoff(["Sincerely,", "Medical Review Department", f"{CON}, LLC"], 9.4)
    p.para(f"A copy of this letter was sent to {NEU}.", 8.2)
    t = truth("denial_letter", "other", insurer=CON, member_id=mid, member_name=ben, cases=[cl, ref],
              claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=NEU,
              appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": CON_ALT, "provider": [DR, "Thomasina Hendra"], "case_numbers": [[cl]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_favorable(rng):
    ben = "Henrietta L. Mawgan"
    mid = mbi(rng)
    AMB = "Llangennith County Ambulance Service"
    nd = dt.date(2026, 3, 27)
    sv = dt.date(2026, 1, 30)
    rcv = dt.date(2026, 2, 20)
    msn = dt.date(2026, 2, 10)
    cl = icn(rng, plus(sv, 6))
    ap = apl(rng)
    lines = [("A0427", "Ambulance, advanced life support, emergency (ALS 1)", 1186.50, 512.34),
             ("A0425", "Ground mileage, 16 miles", 240.00, 131.20)]
    amt = round(sum(x[2] for x in lines), 2)
    appr = round(sum(x[3] for x in lines), 2)
    paid = round(appr * 0.8, 2)
    coins = round(appr - paid, 2)
    p = NASheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 6.5, "MEDICARE APPEAL DECISION", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.line(long(nd), 10)
    p.ln(3)
    y0 = p.get_y()
    for ln in [ben, "530 Tie Plate Row", "Coaling Station, WY 82930"]:
        p.line(ln, 10)
    yl = p.get_y()
    yr = p.kv_box([("Medicare Number", g3(mid)), ("Appeal number", ap), ("Claim number", cl),
                   ("Date of service", dmy_abbr(sv))], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=8.8)
    p.set_xy(p.l_margin, max(yl, yr) + 5)
    p.para(f"Dear {ben}:", 10)
    p.para(f"This letter is about your appeal of the claim from {AMB} for the ambulance ride to the hospital on "
           f"{long(sv)}. We received your request on {long(rcv)}.", 9.6)
    p.checks("Decision", [(True, "Fully favorable: we decided in your favor. Medicare will pay for this service."),
                          (False, "Partly favorable: Medicare will pay for some of the services."),
                          (False, "Not favorable: Medicare will not pay for the services.")], size=9.0)
    p.ln(2)
    p.para("Why: your first Medicare Summary Notice, dated " + dmy_abbr(msn) + ", showed that Medicare would not "
           "pay because the records did not show that another way of getting to the hospital would have put your "
           "health at risk. With your appeal, the ambulance company sent the crew's run report. It shows you had "
           "chest pain, low blood pressure and were short of breath when the crew arrived. An ambulance was the "
           "only safe way to go to the hospital.", 9.4)
    p.f(10, "B")
    p.cell(0, 5.5, "What Medicare will pay", new_x="LMARGIN", new_y="NEXT")
    p.wrap_table(["Code", "Service", "Charged", "Approved"],
                 [[c, s, n2(v), n2(a)] for c, s, v, a in lines] + [["", "Total", n2(amt), n2(appr)]],
                 [20, W - 20 - 60, 30, 30], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"Medicare will pay the ambulance company {usd(paid)}. Your share, the 20 percent coinsurance, is "
           f"{usd(coins)}. You will get a new Medicare Summary Notice that shows this payment. You do not need to do "
           "anything else.", 9.4)
    p.para("Questions? Call 1-800-555-0168 (TTY 1-800-555-0169).", 9)
    p.signoff(["Sincerely,", "Redetermination Unit", f"{CON}, LLC"], 9.4)
    t = truth("other", None, insurer=CON, member_id=mid, member_name=ben, cases=[ap, cl], claim_amount=m2(amt),
              service_dates=[iso(sv)], denial_date=iso(nd), provider=AMB, appeal_deadline=None,
              alternates={"insurer": CON_ALT, "case_numbers": [[ap], [cl], []], "service_dates": [[]],
                          "claim_amount": [None]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    ben = "Grover D. Ballintoy"
    dau = "Maud Ballintoy-Keane"
    mid = mbi(rng)
    CL = "Seaton Foot and Ankle Clinic"
    DR = "Dr. Rufus Tannock"
    sv = dt.date(2026, 2, 26)
    msn = dt.date(2026, 3, 6)
    asked = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 14)
    due = dt.date(2026, 7, 6)
    st_d = dt.date(2026, 4, 20)
    sent = dt.date(2026, 4, 24)
    cl = icn(rng, plus(sv, 5))
    inq = "INQ-" + digits(rng, 7)
    acct = "SFA-" + digits(rng, 5)
    amt = 640.00

    # the daughter's cover (belongs to no document)
    c = NASheet(footer=None)
    c.set_margins(22, 20, 22)
    c.add_page()
    c.f(22, "B")
    c.cell(0, 11, "fax", new_x="LMARGIN", new_y="NEXT")
    c.set_line_width(0.8)
    c.line_seg(c.l_margin, c.get_y() + 1, c.w - c.r_margin, c.get_y() + 1)
    c.set_line_width(0.2)
    c.ln(5)
    c.leaders([("to", "Ms. Corliss Abernant, SHIP counselor"), ("fax", "(406) 555-0126"),
               ("from", dau), ("phone", "(406) 555-0183"), ("date", slash(sent)),
               ("pages", "5, counting this one")], size=11)
    c.ln(4)
    c.para("Hi Ms. Abernant - these are the papers about Dad's heel treatment that we talked about on the phone: "
           "Medicare's answer to my letter (2 pages) and the foot clinic's bill. Dad signed a form at the clinic "
           "but does not remember what it said. Can we still appeal? Thank you for your help.", 11)
    c.para("- Maud", 11)
    cover = bytes(c.output())

    # the contractor's answer (page 2 fed upside down)
    p = NASheet(footer="Page {n} of {nb}", run_hdr=f"{ben}  \u00b7  Medicare Number {mid}  \u00b7  page {{n}} of "
                                                    "{nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.line(long(nd), 10)
    p.ln(3)
    for ln in [ben, f"c/o {dau}", "74 Coupling Street", "Tender Point, MT 59847"]:
        p.line(ln, 10)
    yl = p.get_y()
    yr = p.after_ids([(mid, "Medicare Number"), (cl, "claim number"), (inq, "your letter, our reference"),
                      (slash(sv), "date of service")], x=p.l_margin + W * 0.52, w=W * 0.48, size=8.8,
                     title="About this letter")
    p.set_xy(p.l_margin, max(yl, yr) + 3)
    p.subject("Your letter about shock wave treatment of the heel")
    p.para(f"Dear {ben}:", 10)
    p.para(f"Thank you for your letter of {long(asked)}, which your daughter, {dau}, sent for you. You asked why "
           f"Medicare did not pay {CL} for the shock wave treatment of your left heel on {long(sv)}. We looked "
           "at the claim again while answering you.", 9.6)
    p.para("**The short answer: Medicare can't pay for this treatment.** Extracorporeal shock wave treatment for "
           "heel pain (plantar fasciitis), code 28890, is considered investigational for Medicare. That means the "
           "studies so far have not shown that it works well enough, so Medicare does not pay for it, no matter "
           "which doctor gives it.", 9.6)
    p.para(f"Your Medicare Summary Notice of {apos(msn)} showed the charge of {usd(amt)} in the column \"You May "
           "Be Billed\". The clinic's claim says that you signed an Advance Beneficiary Notice (ABN) before the "
           "treatment. An ABN is a form that tells you Medicare probably will not pay and asks you to choose "
           "whether to have the service. If you signed one, the clinic may bill you.", 9.6)
    p.para("Other treatments for heel pain that Medicare does pay for when they are needed include office visits, "
           "injections, custom-molded shoe inserts for people with diabetes, and physical therapy.", 9.6)
    p.add_page()
    p.ln(2)
    p.heading("If you disagree", 11)
    p.para("You may ask for a redetermination, the first level of appeal. Because this is an answer to a letter and "
           "not a new decision, the time limit is counted from your Medicare Summary Notice: **your request must "
           f"reach us by {long(due)}.** Write to Railroad Medicare, {APPEAL_BOX}. Include a copy of the notice, "
           "your Medicare Number, the claim number and why you disagree. A note from your doctor may help.", 9.6)
    p.heading("Getting help", 11)
    p.para("Call 1-800-555-0168 (TTY 1-800-555-0169). Your State Health Insurance Assistance Program (SHIP) gives "
           "free one-on-one help. You may also name someone to act for you on form CMS-1696.", 9.6)
    p.signoff(["Sincerely,", "Beneficiary Correspondence Unit", f"{CON}, LLC"], 9.6)
    p.para(f"Enclosure: copy of the claim lines for {dmy_abbr(sv)}", 8.4)
    p.wrap_table(["Date", "Code", "Service", "Charged", "Approved"],
                 [[slash(sv), "28890", "Shock wave treatment, plantar fascia, left", usd(amt), "$0.00"]],
                 [26, 18, W - 26 - 18 - 56, 28, 28], size=8.8, aligns=["L", "L", "L", "R", "R"])
    t1 = truth("denial_letter", "experimental", insurer=CON, member_id=mid, member_name=ben, cases=[cl, inq],
               claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=CL,
               appeal_deadline=iso(due),
               alternates={"insurer": CON_ALT, "provider": [DR, "Rufus Tannock"], "case_numbers": [[cl]]},
               denial_alternates=["not_covered"])
    letter = out(p)

    # the clinic's statement (denies nothing)
    s = NASheet(footer=None)
    s.set_margins(16, 14, 16)
    s.add_page()
    W = s.w - s.l_margin - s.r_margin
    s.f(15, "B")
    s.cell(W * 0.6, 7, CL)
    s.f(10, "B")
    s.cell(W * 0.4, 7, "STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    s.f(8.2)
    s.cell(0, 4, f"{DR}, DPM  \u00b7  212 Fishplate Avenue, Tender Point, MT 59847  \u00b7  (406) 555-0190",
           new_x="LMARGIN", new_y="NEXT")
    s.ln(5)
    y0 = s.get_y()
    for ln in ["GROVER D BALLINTOY", "74 COUPLING STREET", "TENDER POINT MT 59847"]:
        s.line(ln, 9.8)
    yl = s.get_y()
    yr = s.right_caps([(slash(st_d), "statement date"), (acct, "account"), ("$640.00", "balance due"),
                       (slash(dt.date(2026, 5, 15)), "due by")], s.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    s.set_xy(s.l_margin, max(yl, yr) + 5)
    s.small_col_table(["Date", "Code", "Description", "Charges", "Payments", "Balance"],
                      [[slash(sv), "28890", "Shock wave treatment, left heel", n2(amt), "", n2(amt)],
                       [slash(sv), "", "ABN signed " + slash(sv) + " - patient elected to receive", "", "", ""],
                       [slash(msn), "", f"Railroad Medicare claim {cl} - paid 0.00", "", "0.00", n2(amt)],
                       [slash(st_d), "", "Balance now due from patient", "", "", n2(amt)]],
                      [24, 18, W - 24 - 18 - 78, 26, 26, 26], ["L", "L", "L", "R", "R", "R"], small=set(),
                      size=8.6, row_h=5.4, rules={0, 1, 2, 3})
    s.para(f"Medicare ID on file: {mid}. Patient: {ben}.", 8.8)
    s.para("We offer payment plans. Example: a balance of $600.00 paid over 6 months is $100.00 a month. Call our "
           "billing office to set one up.", 8.6)
    s.reply_slip("Please return this part with your payment", [("Account", acct), ("Patient", ben),
                                                              ("Amount enclosed", "$ ________")])
    t2 = truth("other", None, insurer=None, member_id=mid, member_name=ben, cases=[cl], claim_amount=m2(amt),
               service_dates=[iso(sv)], denial_date=iso(st_d), provider=CL, unscored=["insurer"],
               alternates={"case_numbers": [[]], "provider": [DR, "Rufus Tannock"]})
    return cover, [(letter, t1), (bytes(s.output()), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "bd_msn_table_runs_on_no_heads_note_c", "born_digital", [born_msn(rng)]),
        Item(F + "faxstd_remittance_co4_line_page_two", "fax_standard_g4", [fax_remit(rng)]),
        Item(F + "lowres_appeal_decision_repeat_echo_plain", "scan_lowres_150", [lowres_echo(rng)]),
        Item(F + "phone_es_decision_advantage_plan", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_nerve_tests_records_never_came", "rotated", [rotated_records(rng)]),
        Item(F + "photocopy_favorable_ambulance_decision", "photocopy", [photocopy_favorable(rng)]),
    ]
    cover, docs = fax_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_shock_wave_upside_down_bill", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 180}))
    return items
