"""Family urgent_care_xray_professional_technical_component_coding_eob: an urgent care centre takes an x-ray
(ankle, wrist, chest) and bills it globally (no modifier), while the contracted radiology group that read the
film also bills the reading with modifier 26. An invented plan pays one and refuses the other as a coding
error: the global charge already includes the professional component (or the centre should have billed the
technical component with modifier TC). Documents: a member EOB with three claims (visit paid, one x-ray claim
refused), a radiology remittance with several patients, a member letter in prose, a fax stack with the plan's
notice to the urgent care and the paid corrected claim, the radiology group's patient statement, an upheld
appeal and a short claim determination in boxes. Plan, providers, people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "urgent_care_xray_professional_technical_component_coding_eob"
LANG = "en"
SEED = 336600
PLAN = "Quillmark Health Insurance Company"
SHORT = "Quillmark Health"
PLAN_ADDR = "PO Box 30917, Tannery Flats, KS 66190"
UC = "SwiftCare Urgent Care - Westgate"
RAD = "Meridian Peak Radiology Associates"
RADS = ["Anneliese V. Drummond", "Kofi B. Marchetti", "Harriet E. Yoon"]
XRAYS = [("73610", "X-ray ankle, 3+ views", 212.0, 58.0), ("73110", "X-ray wrist, 3+ views", 198.0, 54.0),
         ("71046", "X-ray chest, 2 views", 176.0, 49.0), ("73630", "X-ray foot, 3+ views", 205.0, 56.0)]
FIRST = ["Delphine", "Barnaby", "Ottilie", "Cyrus", "Wren", "Lazlo", "Philippa", "Thaddeus", "Rosalie", "Emeric"]
LAST = ["Carrow", "Ashdown", "Nkemelu", "Vantongeren", "Pimentel", "Lockridge", "Sorensen", "Gallardo"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"


def mid(rng):
    return f"QMK{digits(rng, 8)}"


def grp(rng):
    return f"{digits(rng, 6)}-{rng.choice(['A', 'B', 'C'])}"


def head(p, rng, size=14):
    p.line(PLAN, size, "B", h=7)
    p.line(f"{PLAN_ADDR}  |  1-855-555-{digits(rng, 4)}  |  quillmarkhealth.example", 8, h=4.3)
    p.ln(4)


# 1 --------------------------------------------------------- member EOB, three claims (born digital)
def member_eob(rng):
    name = person(rng)
    stmt = dt.date(2026, 2, 24) + dt.timedelta(days=rng.randint(0, 30))
    dos = plus(stmt, -rng.randint(18, 26))
    m, g = mid(rng), grp(rng)
    code, desc, glob, prof = rng.choice(XRAYS)
    rad = rng.choice(RADS)
    cl = [f"E{digits(rng, 10)}" for _ in range(3)]
    visit = amount(rng, 180, 260)
    acct = digits(rng, 8)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng)
    p.line("Explanation of Benefits", 14, "B", h=7)
    p.line("THIS IS NOT A BILL - keep for your records", 8.5, h=5)
    p.ln(2)
    p.pairs([("Issued", fdate(stmt, "long")), ("Member", name),
             ("Member ID", m), ("Group", g), ("Plan", "Quillmark Select EPO 3000")], label_w=32, size=9.5, h=5)
    p.ln(3)
    a = round(glob * 0.7, 2)
    p.table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "You owe", "Code"],
            [[cl[0], UC, fdate(dos, "slash"), "99204 urgent care visit", money(visit), money(round(visit * .55, 2)),
              "$50.00", "P1"],
             [cl[1], UC, fdate(dos, "slash"), f"{code} {desc}", money(glob), money(a), "$0.00", "P1"],
             [cl[2], f"Dr. {rad}", fdate(dos, "slash"), f"{code}-26 reading", money(prof), "$0.00", "$0.00",
              "X26"]],
            [22, 46, 17, 40, 16, 15, 13, 9], size=7)
    p.para(f"Patient account {acct} (SwiftCare).  Claims received {fdate(plus(stmt, -12), 'slash')} - "
           f"{fdate(plus(stmt, -3), 'slash')}.", 8.5)
    p.heading("Codes", 10)
    p.para("P1 - Paid under your urgent care benefit.", 8.5, gap=1)
    p.para(f"X26 - Denied: billing/coding error. The x-ray was billed by {UC} as a global service (both the "
           "technical and the professional component). The professional component (modifier 26) billed by the "
           "radiologist duplicates part of a service already paid. The provider should correct the coding; you "
           "do not owe this amount.", 8.5)
    p.heading("Your right to appeal", 10)
    p.para("You may file an appeal within 180 days of the date of this notice. Urgent care appeals are decided "
           "within 72 hours. You may ask for an external review within 4 months of a final decision.", 8.5)
    t = truth("eob", "coding_error", insurer=PLAN, group=g, member_id=m, member_name=name, cases=[cl[2]],
              claim_amount=m2(prof), service_dates=[dos.isoformat()], denial_date=stmt.isoformat(), provider=rad,
              appeal_deadline=plus(stmt, 180).isoformat(), alternates={"provider": [RAD]},
              denial_alternates=["other"])
    return out(p), t


# 2 --------------------------------------------------------- radiology remittance, several patients (scan 300)
def remittance(rng):
    rd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 30))
    pats = [person(rng) for _ in range(4)]
    k = 2
    rows, ours = [], None
    for i, pt in enumerate(pats):
        code, desc, glob, prof = rng.choice(XRAYS)
        dos = plus(rd, -rng.randint(15, 30))
        icn = f"{rd.strftime('%y%j')}{digits(rng, 6)}"
        mm = mid(rng)
        last, first, mi = pt.split()[2], pt.split()[0], pt.split()[1].rstrip(".")
        charge = prof + rng.choice([0, 0, 6.0])
        if i == k:
            rows.append([f"{last.upper()}, {first.upper()} {mi}", mm, icn, fdate(dos, "short"), f"{code}-26",
                         money(charge, "nosign"), "0.00", "0.00", "CO-B20 N20"])
            ours = (pt, mm, icn, dos, charge)
        else:
            paid = round(charge * 0.72, 2)
            rows.append([f"{last.upper()}, {first.upper()} {mi}", mm, icn, fdate(dos, "short"), f"{code}-26",
                         money(charge, "nosign"), money(paid, "nosign"), money(round(charge - paid, 2), "nosign"),
                         "CO-45"])
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(SHORT.upper(), 13, "B", h=7)
    p.line(PLAN_ADDR, 8.5, h=4.5)
    p.ln(2)
    p.line("PROVIDER REMITTANCE ADVICE", 11.5, "B", h=6)
    p.ln(3)
    p.pairs([("Payee", RAD), ("Payee NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"),
             ("Remit date", rd.strftime("%d-%b-%Y")), ("EFT trace", digits(rng, 12))], label_w=32, size=9, h=4.8)
    p.ln(2)
    p.table(["Patient", "Member ID", "Claim no.", "DOS", "Proc", "Billed", "Paid", "Adj", "Codes"], rows,
            [38, 25, 28, 15, 16, 15, 14, 13, 20], size=7)
    p.para("CO-45: charge exceeds fee schedule/maximum allowable.  CO-B20: procedure/service was partially or "
           "fully furnished by another provider.  N20: service not payable with other service rendered on the "
           "same date (global radiology service already paid to another provider).", 8)
    p.para("Requests for reconsideration must be received within 90 days of the remit date. Corrected claims "
           "are accepted within 365 days from the date of service.", 8)
    pt, mm, icn, dos, charge = ours
    t = truth("eob", "coding_error", insurer=SHORT, member_id=mm, member_name=pt, cases=[icn],
              claim_amount=m2(charge), service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=RAD,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"appeal_deadline": [None]}, denial_alternates=["other"])
    return out(p), t


# 3 --------------------------------------------------------- member letter in prose (photocopy)
def prose_letter(rng):
    name = person(rng)
    ld = dt.date(2026, 3, 4) + dt.timedelta(days=rng.randint(0, 25))
    dos = plus(ld, -rng.randint(20, 30))
    code, desc, glob, prof = rng.choice(XRAYS)
    rad = rng.choice(RADS)
    m, g = mid(rng), grp(rng)
    cl = f"E{digits(rng, 10)}"
    dmy = lambda d: d.strftime("%-d %b %Y")  # noqa: E731
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, 15)
    p.line(dmy(ld), 10.5, h=6)
    p.ln(2)
    p.line(name, 10.5, h=5)
    p.line(f"{rng.randint(100, 990)} Foxglove Terrace, Tannery Flats KS 66191", 10.5, h=5)
    p.ln(4)
    p.para(f"Dear {name.split()[0]},")
    p.para(f"We are writing about claim {cl}, which {RAD} sent us for the reading of your x-ray "
           f"({desc.lower()}) taken at {UC} on {dmy(dos)}. The radiologist, Dr. {rad}, billed "
           f"{money(prof)} for the professional component (procedure {code} with modifier 26).")
    p.para("We cannot pay this claim as it was billed. The urgent care centre billed the same x-ray as a global "
           "service, which includes both the taking of the film and its reading, and we paid that claim. When "
           "two providers share one x-ray, one must bill the technical component (modifier TC) and the other "
           "the professional component (modifier 26). This is a coding problem between the two offices; you "
           "are not responsible for this charge.")
    p.para(f"For your records, your member ID is {m} and your group number is {g}. You can ask us to look at "
           "this decision again by writing to us within 180 days of the date of this letter. Our address is "
           f"above. For an urgent situation we decide within 72 hours.")
    p.para("Sincerely,\nClaims Review Unit")
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=g, member_id=m, member_name=name, cases=[cl],
              claim_amount=m2(prof), service_dates=[dos.isoformat()], denial_date=ld.isoformat(), provider=rad,
              appeal_deadline=plus(ld, 180).isoformat(), alternates={"provider": [RAD]})
    return out(p), t


# 4 --------------------------------------------------------- fax stack: notice to urgent care + corrected claim paid
def uc_notice(rng):
    name = person(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 20))
    dos = plus(nd, -rng.randint(20, 30))
    code, desc, glob, prof = rng.choice(XRAYS)
    m = mid(rng)
    cl = f"E{digits(rng, 10)}"
    up = lambda d: d.strftime("%d-%b-%Y").upper()  # noqa: E731
    p = Page(footer="PAGE {n} OF {nb}")
    p.add_page()
    p.line(PLAN.upper(), 12, "B", h=6)
    p.line("PROVIDER CLAIM NOTICE", 11, "B", h=6)
    p.ln(2)
    p.pairs([("DATE", up(nd)), ("PROVIDER", UC.upper()), ("PATIENT", name.upper()), ("MEMBER NO", m),
             ("CLAIM", cl), ("DOS", up(dos)), ("LINE 2", f"{code} {desc.upper()}"), ("BILLED", money(glob)),
             ("ALLOWED", "0.00")], label_w=36, size=9.5, h=5)
    p.ln(2)
    p.para(f"LINE 2 DENIED - CODE MOD-TC. THE PROFESSIONAL COMPONENT OF {code} FOR THIS DATE OF SERVICE WAS PAID "
           f"TO {RAD.upper()} (MODIFIER 26). A GLOBAL CHARGE CANNOT BE ALLOWED. SUBMIT A CORRECTED CLAIM WITH "
           "MODIFIER TC FOR THE TECHNICAL COMPONENT. LINE 1 (99203) WAS PROCESSED SEPARATELY.", 9.5)
    p.para("YOU MAY REQUEST A RECONSIDERATION WITHIN 60 DAYS OF THE DATE OF THIS NOTICE. CORRECTED CLAIMS ARE "
           "DUE WITHIN 365 DAYS OF THE DATE OF SERVICE.", 9.5)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=m, member_name=name, cases=[cl],
              claim_amount=m2(glob), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=UC,
              appeal_deadline=plus(nd, 60).isoformat(), type_alternates=["eob"])
    return out(p), t, name, m, dos, code, glob


def corrected_paid(rng, name, m, dos, code, glob):
    pd = plus(dos, rng.randint(40, 50))
    cl = f"E{digits(rng, 10)}"
    tc = round(glob - 58.0, 2)
    paid = round(tc * 0.7, 2)
    p = Page(footer="PAGE {n} OF {nb}")
    p.add_page()
    p.line(PLAN.upper(), 12, "B", h=6)
    p.line("PROVIDER EXPLANATION OF PAYMENT", 11, "B", h=6)
    p.ln(2)
    p.pairs([("PAYMENT DATE", fdate(pd, "slash")), ("PAYEE", UC), ("CHECK/EFT", digits(rng, 10))], label_w=40,
            size=9.5, h=5)
    p.ln(2)
    p.table(["PATIENT", "MEMBER NO", "CLAIM", "DOS", "PROC", "BILLED", "PAID", "NOTE"],
            [[name.upper(), m, cl, fdate(dos, "slash"), f"{code}-TC", money(tc, "nosign"), money(paid, "nosign"),
              "CORRECTED"]], [38, 26, 26, 20, 17, 17, 16, 20], size=7.5)
    p.para("Corrected claim (frequency code 7) processed and paid. No further action needed.", 9)
    t = truth("eob", None, insurer=PLAN, member_id=m, member_name=name, cases=[cl], claim_amount=m2(tc),
              service_dates=[dos.isoformat()], denial_date=pd.isoformat(), provider=UC,
              type_alternates=["other"])
    return out(p), t


# 5 --------------------------------------------------------- radiology patient statement (phone photo)
def rad_statement(rng):
    name = person(rng)
    sd = dt.date(2026, 3, 15) + dt.timedelta(days=rng.randint(0, 20))
    dos = plus(sd, -rng.randint(40, 55))
    code, desc, glob, prof = rng.choice(XRAYS)
    rad = rng.choice(RADS)
    acct = f"MPR-{digits(rng, 6)}"
    m = mid(rng)
    p = Page(footer=None)
    p.add_page()
    p.line(RAD, 14, "B", h=7)
    p.line("Billing office: 77 Lamplighter Row, Tannery Flats, KS 66192  ·  Billing questions 316-555-" +
           digits(rng, 4), 8, h=4.5)
    p.ln(4)
    p.boxed_pairs([("Statement date", fdate(sd, "abbr")), ("Patient", name), ("Account #", acct),
                   ("Insurance", f"{SHORT} - {m}"), ("Please pay", "$0.00")], label_w=42)
    p.table(["Date", "Description", "Charges", "Ins. payment", "Adjustment", "Balance"],
            [[fdate(dos, "abbr"), f"{code}-26 {desc} (interpretation)", money(prof), "$0.00", "", money(prof)],
             [fdate(plus(dos, 30), "abbr"), f"{SHORT}: denied B20 - global billed", "", "", "", ""],
             [fdate(plus(dos, 38), "abbr"), "Billing correction - write off", "", "", f"-{money(prof)}", "$0.00"]],
            [26, 74, 20, 22, 22, 18], size=8)
    p.para(f"Reading physician: Dr. {rad}. Your insurer denied our claim because the urgent care centre billed "
           "the x-ray globally. We have written off this charge; you owe nothing for this visit.", 9)
    t = truth("other", None, insurer=None, member_id=m, member_name=name, claim_amount=m2(prof),
              service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=rad,
              unscored=["insurer"], alternates={"provider": [RAD], "member_id": [None], "claim_amount": [None]})
    return out(p), t


# 6 --------------------------------------------------------- upheld appeal (rotated)
def upheld(rng):
    name = person(rng)
    ld = dt.date(2026, 4, 2) + dt.timedelta(days=rng.randint(0, 20))
    dos = plus(ld, -rng.randint(60, 75))
    code, desc, glob, prof = rng.choice(XRAYS)
    rad = rng.choice(RADS)
    m, g = mid(rng), grp(rng)
    ap = f"APL-{digits(rng, 7)}"
    cl = f"E{digits(rng, 10)}"
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng)
    p.line("First-Level Appeal Decision", 13, "B", h=7)
    p.ln(2)
    p.pairs([("Date of decision", fdate(ld, "iso")), ("Appeal number", ap), ("Claim number", cl),
             ("Member", name), ("Member ID", m), ("Group number", g),
             ("Appeal received", fdate(plus(ld, -rng.randint(20, 28)), "iso"))], label_w=45, size=10)
    p.ln(2)
    p.para(f"Decision: the denial is upheld. Dr. {rad} of {RAD} billed procedure {code}-26 for "
           f"{fdate(dos, 'iso')} ({money(prof)}). {UC} billed the same x-ray without a modifier, as a global "
           "service, and was paid. Under our radiology payment policy RP-114, the professional component may not be "
           "paid separately when the global service has been paid for the same patient, date and procedure. "
           "The radiologist's office may ask the urgent care to correct its claim to modifier TC.")
    p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "After the second level you may ask for an external review by an independent review organization "
           "within 4 months.")
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=g, member_id=m, member_name=name,
              cases=[ap, cl], claim_amount=m2(prof), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=rad, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"provider": [RAD], "case_numbers": [[ap]]})
    return out(p), t


# 7 --------------------------------------------------------- short determination in boxes (150 dpi)
def boxed(rng):
    name = person(rng)
    nd = dt.date(2026, 3, 12) + dt.timedelta(days=rng.randint(0, 20))
    dos = plus(nd, -rng.randint(14, 24))
    code, desc, glob, prof = rng.choice(XRAYS)
    rad = rng.choice(RADS)
    m = mid(rng)
    cl = f"E{digits(rng, 10)}"
    up = lambda d: d.strftime("%d %b %Y").upper()  # noqa: E731
    p = Page(footer=None, footer_left="QHI-CD-07 (01/26)")
    p.add_page()
    p.line("quillmark health", 16, "B", h=8)
    p.line("insurance company", 9, h=5)
    p.ln(3)
    p.line("CLAIM DETERMINATION", 12, "B", h=7)
    p.ln(1)
    w = (p.w - p.l_margin - p.r_margin) / 3
    def box_row(cells):
        y = p.get_y()
        for i, (lab, val) in enumerate(cells):
            x = p.l_margin + i * w
            p.rect(x, y, w, 12)
            p.set_xy(x + 1.2, y + 0.8)
            p.f(6.5)
            p.cell(w - 2, 3, lab.upper())
            p.set_xy(x + 1.2, y + 5)
            p.f(9.5)
            p.cell(w - 2, 5, val)
        p.set_xy(p.l_margin, y + 12)
    box_row([("Notice date", up(nd)), ("Member", name), ("Member ID", m)])
    box_row([("Claim number", cl), ("Date of service", up(dos)), ("Amount billed", money(prof))])
    box_row([("Rendering provider", f"Dr. {rad}"), ("Procedure", f"{code}-26"), ("Appeal by", up(plus(nd, 180)))])
    p.ln(4)
    p.para("Result: DENIED (code X26, incorrect billing). The global x-ray was already paid to the urgent care "
           "centre; the reading billed with modifier 26 is a duplicate component. You do not owe this amount. "
           "Fast appeals for urgent care: 72 hours.", 9.5)
    t = truth("denial_letter", "coding_error", insurer=SHORT, member_id=m, member_name=name, cases=[cl],
              claim_amount=m2(prof), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=rad,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [RAD], "insurer": [PLAN]},
              denial_alternates=["other"])
    return out(p), t


def cover(rng):
    p = Page(footer=None)
    p.add_page()
    p.line("FACSIMILE TRANSMITTAL", 20, "B", h=12)
    p.ln(4)
    p.pairs([("To", UC + " - Billing"), ("From", PLAN + " Provider Services"), ("Date", "see enclosed"),
             ("Pages", "3"), ("Fax number", f"316-555-{digits(rng, 4)}")], label_w=35, size=12, h=8)
    p.ln(6)
    p.para("Enclosed: claim notice and the payment of the corrected claim. Confidential health information.", 10)
    return out(p)


def documents(rng: random.Random) -> list[Item]:
    un, ut, name, m, dos, code, glob = uc_notice(rng)
    cp = corrected_paid(rng, name, m, dos, code, glob)
    return [
        Item(f"{FAMILY}_bd_eob", "born_digital", [member_eob(rng)]),
        Item(f"{FAMILY}_scan_remit", "scan_clean_300", [remittance(rng)]),
        Item(f"{FAMILY}_copy_letter", "photocopy", [prose_letter(rng)]),
        Item(f"{FAMILY}_faxstd_stack", "fax_standard_g4", [(un, ut), cp], separators=[cover(rng), None]),
        Item(f"{FAMILY}_phone_statement", "phone_photo", [rad_statement(rng)]),
        Item(f"{FAMILY}_rot_upheld", "rotated", [upheld(rng)]),
        Item(f"{FAMILY}_low_boxes", "scan_lowres_150", [boxed(rng)]),
    ]
