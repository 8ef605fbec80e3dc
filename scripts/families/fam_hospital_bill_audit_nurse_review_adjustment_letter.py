"""Family 'hospital_bill_audit_nurse_review_adjustment_letter': invented payer (and audit-vendor-on-behalf-of-payer)
letters and EOBs after a nurse auditor's line-by-line review of an itemized hospital bill: routine supplies
disallowed as included in the room or procedure charge, duplicate pharmacy charges removed, recovery-room (PACU) time
cut to the documented minutes, and the member told not to pay the disallowed amount. The audit vendor is named as the
reviewer (a decoy for the provider). One phone photo, one rotated scan.

All values invented (fictional payers, hospitals, audit vendors, nurses, IDs; phones 1-555).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth, fmt_date, fmt_money

FAMILY = "hospital_bill_audit_nurse_review_adjustment_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PAYERS = [("Tidewater Mutual Health", "PO Box 40218, Port Anselm, VA 23999"),
          ("Northgate Employee Benefit Plan", "1200 Commerce Loop, Halvard, WI 53999"),
          ("Quillfeather Health Assurance", "PO Box 8870, Marrow Bend, KS 66999"),
          ("Granite Arch Health Plan", "77 Summit Row, Oakhurst Gap, NH 03999")]
VENDORS = ["Clearline Claim Integrity Partners", "Veritas Bill Review Services, LLC", "Audita Health Solutions"]
NURSES = ["Rosalind Achterberg, RN, CCS", "Obinna Eze, RN, CPC", "Teodora Vasile, BSN, RN"]
MEMBERS = [("Ximena", "Castellanos"), ("Gunnar", "Thorvaldsen"), ("Amara", "Nwachukwu"), ("Ishaan", "Bhattacharya"),
           ("Colette", "Marchand"), ("Tadeusz", "Nowicki"), ("Leilani", "Kahananui")]
HOSPS = ["Port Anselm General Hospital", "Halvard Memorial Medical Center", "Marrow Bend Regional Hospital",
         "Oakhurst Gap Community Hospital", "Saint Brendan's Medical Center"]


def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", margins=(19, 15, 19), **kw)
        self.add_font("DejaVu", "B", BOLD)


def base(r, i, p):
    first, last = MEMBERS[i]
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    adm = notice - dt.timedelta(days=r.randint(50, 110))
    dis = adm + dt.timedelta(days=r.randint(2, 6))
    billed = round(r.randint(38000, 96000) + r.randint(0, 99) / 100, 2)
    sup = round(r.randint(900, 3400) + r.randint(0, 99) / 100, 2)
    phar = round(r.randint(300, 1900) + r.randint(0, 99) / 100, 2)
    pacu = round(r.randint(700, 2100) + 0.0, 2)
    return dict(member=f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}", payer=PAYERS[p], notice=notice, adm=adm,
                dis=dis, billed=billed, sup=sup, phar=phar, pacu=pacu, mid=f"{r.choice(['TMH', 'NEB', 'QHA', 'GAH'])}"
                f"{dg(r, 8)}", grp=dg(r, 6), claim=f"{dg(r, 4)}-{dg(r, 6)}-{dg(r, 2)}", audit=f"AR{dg(r, 7)}",
                hosp=HOSPS[i % len(HOSPS)], vendor=r.choice(VENDORS), nurse=r.choice(NURSES),
                phone=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}", acct=f"PA{dg(r, 9)}",
                addr=f"{r.randint(10, 990)} Wickham Terrace", city="Port Anselm, VA 23998")


def head(d, f, style):
    n, a = f["payer"]
    if style == 0:
        d.text_line(n, 15, "B")
        d.text_line(a + "   " + f["phone"], 8.5)
        d.rule(0.5, 5)
    else:
        d.text_line(n.upper(), 12, "B", "C")
        d.text_line(a, 8.5, "", "C")
        d.text_line("Customer Service " + f["phone"], 8.5, "", "C")
        d.ln(5)


def addressee(d, f):
    for s in (f["member"], f["addr"], f["city"]):
        d.text_line(s, 10)
    d.ln(4)


def facts_block(d, f, ds, ms, rows_extra=()):
    rows = [("Patient", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Claim number", f["claim"]),
            ("Audit reference", f["audit"]), ("Hospital", f["hosp"]), ("Patient account", f["acct"]),
            ("Admission", fmt_date(f["adm"], ds)), ("Discharge", fmt_date(f["dis"], ds)),
            ("Total billed charges", fmt_money(f["billed"], ms))] + list(rows_extra)
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(50, 5.2, a + ":")
        d.font(9.5)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def adj_table(d, f, ms, which):
    rows = []
    tot = 0.0
    if "sup" in which:
        rows.append(["0270", "Routine supplies (gloves, gauze, IV start kits)", fmt_money(f["sup"], ms),
                     "Included in room/procedure charge"])
        tot += f["sup"]
    if "phar" in which:
        rows.append(["0250", "Pharmacy - duplicate entries (same drug, dose, time)", fmt_money(f["phar"], ms),
                     "Duplicate charge"])
        tot += f["phar"]
    if "pacu" in which:
        rows.append(["0710", "Recovery room - time over documented minutes", fmt_money(f["pacu"], ms),
                     "Time not supported by record"])
        tot += f["pacu"]
    tot = round(tot, 2)
    rows.append(["*Total disallowed", "", fmt_money(tot, ms), ""])
    d.table(["Rev", "Description", "Disallowed", "Finding"], rows, [16, 80, 26, 52], aligns="LLRL")
    return tot


def reviewer(d, f):
    d.para(f"The itemized bill was reviewed line by line against the medical record by {f['nurse']} of "
           f"{f['vendor']}, the bill review vendor that performs audits on our behalf.", 9.5)


def member_protect(d, tot, ms):
    d.para(f"You do not have to pay the disallowed amount of {fmt_money(tot, ms)}. The hospital has agreed not to "
           "bill members for charges removed in a bill audit. If you receive a bill for these charges, call us.",
           10, )


DEN = {"sup": ("coding_error", ["not_covered", "other"]), "phar": ("other", ["coding_error"]),
       "pacu": ("coding_error", ["medical_necessity", "other"])}


def mk_truth(f, dtype, den, dalts, dl, lang="en", alternates=None, unscored=None, insurer=None):
    kw = {}
    if alternates:
        kw["alternates"] = alternates
    if unscored:
        kw["unscored"] = unscored
    return truth(dtype, den, lang=lang, insurer=insurer or f["payer"][0], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"], f["audit"]], claim_amount=f"{f['billed']:.2f}",
                 service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"],
                 denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=dl,
                 denial_alternates=dalts, **kw)


def letter(f, which, ds, ms, style, days_n=None, date_dl=False, title="Hospital Bill Review Results"):
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    head(d, f, style)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    addressee(d, f)
    d.text_line(title, 12, "B")
    d.ln(1)
    facts_block(d, f, ds, ms)
    reviewer(d, f)
    tot = adj_table(d, f, ms, which)
    if "sup" in which:
        d.para("Routine supplies used for every patient are part of the room and board or procedure charge and are "
               "not billed separately.", 10)
    if "phar" in which:
        d.para("The same medicine was billed twice for the same administration time; the second entry was removed.", 10)
    if "pacu" in which:
        d.para("The recovery room was billed for more time than the nursing record documents; the charge was "
               "reduced to the documented minutes.", 10)
    member_protect(d, tot, ms)
    if date_dl:
        dl = f["notice"] + dt.timedelta(days=180)
        d.para(f"If you disagree, send a written appeal by {fmt_date(dl, ds)} to the Appeals Department at the "
               "address above.", 10)
    else:
        dl = f["notice"] + dt.timedelta(days=days_n)
        d.para(f"If you disagree, you may appeal within {days_n} days of the date of this letter. External review "
               "may be available after that within 4 months.", 10)
    d.para("Sincerely,\nPayment Integrity Department\n" + f["payer"][0], 10)
    return pdf_bytes(d), tot, dl.isoformat()


def eob(f, which, ds, ms):
    d = Page()
    d.add_page()
    head(d, f, 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line("This is not a bill.   Date: " + fmt_date(f["notice"], ds), 9.5, "", "C")
    d.ln(3)
    facts_block(d, f, ds, ms)
    rows = []
    dis_tot = 0.0
    for k, lab in (("sup", "Supplies 0270"), ("phar", "Pharmacy 0250"), ("pacu", "Recovery room 0710")):
        if k in which:
            rows.append([lab, "AUDIT ADJ", fmt_money(f[k], ms)])
            dis_tot += f[k]
    dis_tot = round(dis_tot, 2)
    allowed = round((f["billed"] - dis_tot) * 0.62, 2)
    d.table(["Adjustment", "Code", "Amount"], rows + [["*Total disallowed (audit)", "", fmt_money(dis_tot, ms)],
                                                      ["Plan allowed", "", fmt_money(allowed, ms)]],
            [70, 40, 40], aligns="LLR")
    d.para(f"AUDIT ADJ: charges removed after an itemized bill review by {f['vendor']}. You are not responsible "
           "for the disallowed amount.", 9.5)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("You may request an appeal within 180 days from the date of this statement.", 9.5)
    return pdf_bytes(d), dl.isoformat()


def documents(rng: random.Random) -> list[Item]:
    items = []
    specs = [  # name, condition, which, kind, ds, ms, style
        ("bd_supplies_letter", "born_digital", ["sup"], "letter", "long", "plain", 0),
        ("scan_duplicate_pharmacy", "scan_clean_300", ["phar"], "letter", "slash", "plain", 1),
        ("lowres_audit_eob", "scan_lowres_150", ["sup", "phar"], "eob", "dmy", "nosign", 1),
        ("copy_recovery_room", "photocopy", ["pacu"], "letter", "abbr", "plain", 0),
        ("fax_all_three", "fax_fine_g4", ["sup", "phar", "pacu"], "letter", "iso", "space", 1),
        ("phone_audit_eob", "phone_photo", ["pacu", "sup"], "eob", "slash", "plain", 0),
        ("rotated_supplies_pacu", "rotated", ["sup", "pacu"], "letter", "long", "plain", 0),
    ]
    for i, (name, cond, which, kind, ds, ms, style) in enumerate(specs):
        r = random.Random(251600 + i)
        f = base(r, i, i % len(PAYERS))
        den, dalts = DEN[which[0]]
        if len(which) > 1:
            den, dalts = "coding_error", ["other", "not_covered", "medical_necessity"]
        if kind == "letter":
            pdf, tot, dl = letter(f, which, ds, ms, style, days_n=[180, 90, 60][i % 3], date_dl=(i in (1, 6)))
            t = mk_truth(f, "denial_letter", den, dalts, dl, alternates={"case_numbers": [[f["claim"]]]},
                         )
        else:
            pdf, dl = eob(f, which, ds, ms)
            t = mk_truth(f, "eob", den, dalts, dl, alternates={"case_numbers": [[f["claim"]]]})
        items.append(Item(f"{FAMILY}_{name}", cond, [(pdf, t)]))
    return items
