"""Family 'hospital_readmission_30day_drg_denial': a payer's denial of an inpatient stay as a readmission within
30 days of discharge for a related condition, paid instead as part of the first stay's DRG: letters to the
hospital (index stay and readmission side by side, clinical rationale, provider reconsideration within 60 days),
a remittance advice, notices to the member (commercial and Medicare Advantage), one readmission paid after
review (unrelated condition), and a stack of the hospital's cover letter to the patient with the plan's letter.

All payers, hospitals, people, numbers and phones are invented (555 numbers). Decoys: the index stay's claim
number, dates, DRG and payment; both DRG numbers; the attending physician and NPIs; dates of birth; the hospital's
patient account and medical record numbers; the external-review and QIO paragraphs; the 72-hour fast appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "hospital_readmission_30day_drg_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PAYERS = {"tf": ("Thornfield Health Plan", "Payment Integrity / Clinical Claim Review", "PO Box 61880",
                 "Corvallis Springs, WA 98999", "(555) 730-4418", "THP"),
          "ms": ("Marrowstone Health Plans", "Marrowstone Senior Choice (HMO) - Medicare Advantage",
                 "2200 Eldergrove Road", "Pell City, AL 35999", "(555) 246-9011", "MSH"),
          "qb": ("Quarrybank Community Health Plan", "Medicaid Managed Care - Utilization Management",
                 "PO Box 3307", "Tallis Ferry, MO 65999", "(555) 518-2264", "QCH")}
HOSPS = [("Eastlake Mercy General Hospital", "900 Lakeshore Boulevard, Lindenfield, WA 98901"),
         ("Saint Cuthbert Regional Medical Center", "41 Abbey Hill Road, Pell City, AL 35901"),
         ("Ridgeback Valley Hospital", "7700 County Road 12, Tallis Ferry, MO 65901")]
PATIENTS = [("Bartholomew", "Nwachukwu-Hale"), ("Genoveva", "Saltonstall"), ("Hiroshi", "Terblanche"),
            ("Ottoline", "Mbeki-Ferris"), ("Radomir", "Castellanos"), ("Fionnuala", "Adeyemi"),
            ("Sakura", "Leclerc-Ortiz")]
DOCTORS = ["Imogen R. Vasquez-Lowe, MD", "Darius K. Fenwick, MD", "Oluwaseun T. Marsh, DO", "Henrike P. Ashdown, MD"]
PAIRS = {"chf": (291, "Heart failure and shock with MCC", 292, "Heart failure and shock with CC",
                 "acute on chronic systolic heart failure"),
         "copd": (190, "Chronic obstructive pulmonary disease with MCC", 191,
                  "Chronic obstructive pulmonary disease with CC", "COPD exacerbation"),
         "pna": (193, "Simple pneumonia and pleurisy with MCC", 194, "Simple pneumonia and pleurisy with CC",
                 "community-acquired pneumonia"),
         "sepsis": (872, "Septicemia or severe sepsis without MV >96 hours without MCC", 690,
                    "Kidney and urinary tract infections without MCC", "urinary tract infection with sepsis"),
         "unrel": (194, "Simple pneumonia and pleurisy with CC", 481,
                   "Hip and femur procedures except major joint with CC", "hip fracture after a fall")}


def fmt_date(d, style):
    """inv_kit's date styles plus the line-printer form 03/04/26 ("yy")."""
    return d.strftime("%m/%d/%y") if style == "yy" else _fmt_date(d, style)


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def usd(v):
    return f"${v:,.2f}"


def new_doc():
    d = Doc("DejaVu", footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", BOLD)
    d.add_page()
    return d


def kv(d, rows, w=50, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.1, k)
        d.font(size)
        d.multi_cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")


def facts(i, payer, pair, hosp):
    r = random.Random(157600 + i)
    p = PAYERS[payer]
    first, last = PATIENTS[i % len(PATIENTS)]
    mid = r.choice("ABCDEFGHJKLMNPRST")
    date = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 140))
    a1 = date - dt.timedelta(days=r.randint(70, 110))
    d1 = a1 + dt.timedelta(days=r.randint(3, 7))
    a2 = d1 + dt.timedelta(days=r.randint(4, 21))
    d2 = a2 + dt.timedelta(days=r.randint(2, 6))
    b1 = float(r.randint(38000, 76000)) + r.choice([0, 0.5, 0.25, 0.8])
    b2 = float(r.randint(21000, 52000)) + r.choice([0, 0.5, 0.75, 0.1])
    return dict(pay=p, payer=payer, first=first, mid=mid, last=last, name=f"{first} {mid}. {last}", date=date,
                a1=a1, d1=d1, a2=a2, d2=d2, b1=b1, b2=b2, drg1=PAIRS[pair][0], drgn1=PAIRS[pair][1],
                drg2=PAIRS[pair][2], drgn2=PAIRS[pair][3], dx=PAIRS[pair][4], pair=pair,
                paid1=round(b1 * r.uniform(0.22, 0.34), 2),
                hosp=HOSPS[hosp][0], haddr=HOSPS[hosp][1], hnpi="1" + digits(r, 9), doc=r.choice(DOCTORS),
                mid_id=f"{p[5]}{digits(r, 9)}" if payer != "ms" else f"MS{digits(r, 8)}01",
                group=f"{digits(r, 5)}-{digits(r, 3)}", c1=f"{a1.year % 100:02d}{digits(r, 11)}",
                c2=f"{a2.year % 100:02d}{digits(r, 11)}", ref=f"RA-{date.year}-{digits(r, 6)}",
                acct=f"{digits(r, 9)}", mrn=f"MR{digits(r, 7)}",
                dob=dt.date(r.randint(1938, 1972), r.randint(1, 12), r.randint(1, 28)), days=(a2 - d1).days)


def head(d, f, sub=True, line="Provider Services"):
    p = f["pay"]
    d.text_line(p[0], 15, "B")
    if sub:
        d.text_line(p[1], 9.5, "B")
    d.text_line(f"{p[2]}, {p[3]}   {line} {p[4]}", 8.5)
    d.rule(0.6, 3)


def stays_table(d, f, D, status2="Denied - readmission"):
    W = [44, 68, 62]
    d.table(["", "Index admission", "Readmission (this claim)"],
            [["Claim number", f["c1"], f["c2"]],
             ["Admitted", D(f["a1"]), D(f["a2"])],
             ["Discharged", D(f["d1"]), D(f["d2"])],
             ["DRG", f"{f['drg1']}", f"{f['drg2']}"],
             ["Billed charges", usd(f["b1"]), usd(f["b2"])],
             ["Status", f"Paid {usd(f['paid1'])}", status2]], W, size=8.6, head_fill=True)


def rationale(f, D, kind):
    if kind == "premature":
        return (f"The member was discharged on {D(f['d1'])} while still requiring supplemental oxygen at 4 L/min "
                f"with an oxygen saturation of 88% on the day of discharge and without a follow-up appointment. "
                f"The member returned {f['days']} days later with the same {f['dx']}. The record shows the "
                "readmission was related to the first admission and could have been prevented by a complete "
                "treatment course and discharge plan during the index stay.")
    return (f"The member was readmitted on {D(f['a2'])}, {f['days']} days after discharge, for {f['dx']}, the same "
            "condition treated during the index admission. The discharge summary shows no medication "
            "reconciliation and no follow-up visit within 7 days. Our physician reviewer found the readmission "
            "clinically related to the index admission and potentially preventable.")


def hospital_letter(f, ds, kind="related", by_date=False):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    head(d, f)
    d.text_line(D(f["date"]), 10.5)
    d.ln(2)
    for ln in (f["hosp"], "Attn: Patient Financial Services / Utilization Review", f["haddr"], f"NPI {f['hnpi']}"):
        d.text_line(ln, 9.2)
    d.ln(3)
    d.text_line("Readmission Review Determination: Payment Denied", 12.5, "B")
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Review reference:", f["ref"]), ("Attending physician:", f["doc"]), ("Hospital account:", f["acct"])],
       44, 9.3)
    d.ln(2)
    stays_table(d, f, D)
    d.para(f"We reviewed the inpatient claim for the admission of {D(f['a2'])} through {D(f['d2'])} under our "
           "Hospital Readmission Payment Policy. When a member is readmitted to the same hospital within 30 days "
           "of discharge for the same or a related condition, the readmission is not paid as a separate stay; "
           f"payment for both stays is included in the DRG {f['drg1']} payment already made on claim {f['c1']}.",
           9.2)
    d.text_line("Clinical rationale", 10.5, "B")
    d.para(rationale(f, D, kind), 9.2)
    d.para(f"Determination: claim {f['c2']} for {usd(f['b2'])} is denied. The hospital may not bill the member for "
           "this stay beyond the member's cost share for the index admission.", 9.2)
    d.text_line("Provider reconsideration", 10.5, "B")
    dl = f["date"] + dt.timedelta(days=60)
    when = (f"Your reconsideration request must be received by {D(dl)}." if by_date else
            "You may request a reconsideration within 60 days of the date of this letter.")
    d.para(f"{when} Send the complete medical records of both admissions, the "
           f"discharge instructions and any documentation that the readmission was planned or unrelated. "
           f"Mail them to Reconsiderations, {f['pay'][2]}, {f['pay'][3]}. A peer-to-peer discussion with the reviewing "
           f"physician may be requested at {f['pay'][4]} within 14 days.", 9.2)
    d.text_line("Member appeal rights", 10.5, "B")
    d.para("The member has been sent a separate notice and may appeal on his or her own behalf. The member may "
           "also ask for an independent external review after the plan's appeal.", 9.2)
    d.para(f"Medical Director, Clinical Claim Review\n{f['pay'][0]}", 9.2)
    return pdf_bytes(d), dl


def remit(f, ds):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    head(d, f)
    d.text_line("INSTITUTIONAL REMITTANCE ADVICE", 12, "B")
    kv(d, [("Payee:", f["hosp"]), ("NPI:", f["hnpi"]), ("Remit date:", D(f["date"])),
           ("Check/EFT no.:", digits(random.Random(f["c2"]), 10))], 32, 9)
    d.ln(2)
    W = [42, 30, 32, 18, 18, 12, 22, 20]
    H = ["Patient / Member ID", "Claim no.", "Pt acct", "From", "Thru", "DRG", "Billed", "Paid"]
    d.text_line("CLAIM 1 - ADJUSTED (index stay, payment includes readmission)", 9, "B")
    d.table(H, [[f"{f['last'].upper()}, {f['first'].upper()} {f['mid']}", f["c1"], f["acct"], D(f["a1"]), D(f["d1"]),
                 str(f["drg1"]), f"{f['b1']:,.2f}", f"{f['paid1']:,.2f}"],
                [f["mid_id"], "", "", "", "", "", "", ""]], W, size=7.6)
    d.text_line("CLAIM 2 - DENIED", 9, "B")
    d.table(H + ["CARC"], [[f"{f['last'].upper()}, {f['first'].upper()} {f['mid']}", f["c2"], digits(random.Random(f['c1']), 9),
                            D(f["a2"]), D(f["d2"]), str(f["drg2"]), f"{f['b2']:,.2f}", "0.00", "CO-B13"],
                           [f["mid_id"], "", "", "", "", "", "", "", "N185"]], W[:6] + [20, 16, 14], size=7.6)
    d.text_line("REMARKS", 9.5, "B")
    for code, text in (("CO-B13", "Previously paid. Payment for this claim/service may have been provided in a "
                                  "previous payment."),
                       ("N185", "Alert: Do not resubmit this claim/service."),
                       ("RDM30", f"Readmission within 30 days to the same facility for a related condition "
                                 f"({f['dx']}). Payment for this stay is included in the DRG {f['drg1']} payment on "
                                 f"claim {f['c1']}. Clinical review reference {f['ref']}.")):
        d.font(8.4, "B")
        d.cell(18, 4.4, code)
        d.font(8.4)
        d.multi_cell(0, 4.4, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Provider reconsideration of a readmission denial must be requested within 60 days of the remit date "
           "with the records of both stays. Members keep their own appeal rights as described in their notices.",
           8.5)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=60)


def member_notice(f, ds, ma=False):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    head(d, f, sub=ma, line="Member Services")
    d.text_line(D(f["date"]), 10.5)
    d.ln(2)
    for ln in (f["name"], f"{random.Random(f['c2']).randint(10, 990)} Gallowhill Road", f["haddr"].split(", ", 1)[1]):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Notice of Denial of Payment" if ma else "Important information about your hospital stay", 13, "B")
    rows = [("Member:", f["name"]), ("Member ID:", f["mid_id"])]
    if not ma:
        rows.append(("Group number:", f["group"]))
    rows += [("Claim number:", f["c2"]), ("Hospital:", f["hosp"]),
             ("Hospital stay:", f"{D(f['a2'])} to {D(f['d2'])}"), ("Amount billed:", usd(f["b2"]))]
    kv(d, rows, 40)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"{f['hosp']} asked us to pay for your hospital stay from {D(f['a2'])} to {D(f['d2'])}. We did not pay "
           f"this stay as a separate admission. You were in the same hospital from {D(f['a1'])} to {D(f['d1'])} and "
           f"went back {f['days']} days later for a related problem ({f['dx']}). Our rules say that when a member "
           "goes back into the same hospital within 30 days for a related condition, the hospital is paid once for "
           "both stays. We already paid the hospital for your first stay.")
    d.para("You do not owe the hospital anything for the second stay except any cost share you already paid for "
           "your first stay. If you get a bill, call us.")
    if ma:
        dl = f["date"] + dt.timedelta(days=65)
        d.text_line("If you disagree, you have the right to appeal", 11, "B")
        d.para("You must ask for a reconsideration (appeal) within 65 days of the date of this notice. If your "
               "health could be seriously harmed by waiting, you may ask for a fast appeal (72 hours), but fast "
               f"appeals apply only to care you have not yet received. Call {f['pay'][4]} (TTY 711) or write to "
               f"Appeals, {f['pay'][2]}, {f['pay'][3]}. If we uphold the denial, your case goes to an Independent "
               "Review Entity automatically.")
    else:
        dl = f["date"] + dt.timedelta(days=180)
        d.text_line("Your appeal rights", 11, "B")
        d.para(f"You may file an appeal within 180 days of the date of this notice by calling {f['pay'][4]} or "
               f"writing to Member Appeals, {f['pay'][2]}, {f['pay'][3]}. After our decision you may ask for an "
               "external review by an independent review organization.")
    d.para(f"Sincerely,\nMember Services\n{f['pay'][0]}")
    return pdf_bytes(d), dl


def approval_letter(f, ds):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    head(d, f)
    d.text_line(D(f["date"]), 10.5)
    d.ln(2)
    for ln in (f["hosp"], "Attn: Denials Management", f["haddr"]):
        d.text_line(ln, 9.8)
    d.ln(3)
    d.text_line("Readmission Review: Claim Approved for Separate Payment", 12.5, "B")
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Review reference:", f["ref"]),
           ("Attending physician:", f["doc"])], 44, 9.3)
    d.ln(2)
    stays_table(d, f, D, status2="Approved - pays as billed DRG")
    d.para(f"Your claim {f['c2']} for the admission of {D(f['a2'])} through {D(f['d2'])} was held for readmission "
           f"review because it began {f['days']} days after the discharge of {D(f['d1'])}. After review of both "
           f"records, our physician reviewer found the second admission ({f['dx']}, DRG {f['drg2']}) unrelated to "
           f"the index admission for pneumonia (DRG {f['drg1']}). The readmission is not subject to the "
           "Hospital Readmission Payment Policy and will be paid separately under your contract. Payment will "
           "appear on an upcoming remittance advice.", 9.8)
    d.para("No further action is needed. This letter is not a denial.", 9.8)
    d.para(f"Clinical Claim Review\n{f['pay'][0]}", 9.8)
    return pdf_bytes(d)


def cover_letter(f, ds):
    """The hospital's cover letter to the patient, sent with a copy of the plan's letter."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.text_line(f["hosp"], 14, "B")
    d.text_line(f"Patient Financial Services  |  {f['haddr']}  |  (555) 390-7120", 8.5)
    d.rule(0.5, 4)
    cdate = f["date"] + dt.timedelta(days=6)
    d.text_line(D(cdate), 10.5)
    d.ln(2)
    for ln in (f["name"], f"{random.Random(f['c1']).randint(10, 990)} Tamarack Bend", f["haddr"].split(", ", 1)[1]):
        d.text_line(ln, 10)
    d.ln(3)
    kv(d, [("Patient:", f["name"]), ("Account number:", f["acct"]), ("Medical record no.:", f["mrn"]),
           ("Health plan:", f"{f['pay'][0]}, ID {f['mid_id']}"),
           ("Hospital stay:", f"{D(f['a2'])} - {D(f['d2'])}")], 44)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para("We are sending you a copy of a letter we received from your health plan about your second hospital "
           "stay with us. The plan decided to treat that stay as a readmission and to pay it together with your "
           f"earlier stay. We are asking the plan to reconsider. Please do not pay anything on account {f['acct']} "
           "until you hear from us; you will not be billed for the second stay while the review is open.")
    d.para("You also have your own right to appeal to the plan. The plan's letter explains it. If you have "
           "questions about your bill, call our financial counselors at (555) 390-7120, Monday to Friday.")
    d.para(f"Sincerely,\nPatient Financial Services\n{f['hosp']}\n\nEnclosure: letter from {f['pay'][0]}")
    return pdf_bytes(d), cdate


DEN_ALTS = ["medical_necessity", "coding_error"]


def common(f, dl, **kw):
    out = dict(insurer=f["pay"][0], member_id=f["mid_id"], member_name=f["name"], claim_amount=f"{f['b2']:.2f}",
               service_dates=[f"{f['a2'].isoformat()}/{f['d2'].isoformat()}"], denial_date=f["date"].isoformat(),
               provider=f["hosp"], appeal_deadline=dl.isoformat() if dl else None)
    out.update(kw)
    return out


PLAN = [
    ("bd_letter_hospital_chf_readmission", "born_digital", "hosp_letter", "tf", "chf", 0, "long"),
    ("bd_member_notice_copd_readmission", "born_digital", "member", "tf", "copd", 0, "slash"),
    ("scan300_remit_readmission_denied_b13", "scan_clean_300", "remit", "qb", "pna", 2, "yy"),
    ("lowres_letter_readmission_unrelated_paid", "scan_lowres_150", "approval", "tf", "unrel", 0, "abbr"),
    ("copy_letter_premature_discharge_readmission", "photocopy", "hosp_premature", "qb", "copd", 2, "dmy"),
    ("faxstd_stack_hospital_cover_and_plan_letter", "fax_standard_g4", "stack", "ms", "sepsis", 1, "mdy_nopad"),
    ("rotated_ma_member_notice_chf_readmission", "rotated", "member_ma", "ms", "chf", 1, "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, payer, pair, hosp, ds) in enumerate(PLAN):
        f = facts(i, payer, pair, hosp)
        name = f"{FAMILY}_{suffix}"
        if kind == "hosp_letter":
            pdf, dl = hospital_letter(f, ds)
            t = truth("denial_letter", "other", denial_alternates=DEN_ALTS,
                      **common(f, dl, case_numbers=[f["c2"], f["ref"]],
                               alternates={"case_numbers": [[f["c2"]]], "provider": [f["doc"]]}))
            items.append(Item(name, cond, [(pdf, t)]))
        elif kind == "hosp_premature":
            pdf, dl = hospital_letter(f, ds, "premature", by_date=True)
            t = truth("denial_letter", "other", denial_alternates=DEN_ALTS,
                      **common(f, dl, case_numbers=[f["c2"], f["ref"]],
                               alternates={"case_numbers": [[f["c2"]]], "provider": [f["doc"]]}))
            items.append(Item(name, cond, [(pdf, t)]))
        elif kind == "remit":
            pdf, dl = remit(f, ds)
            t = truth("eob", "other", denial_alternates=DEN_ALTS,
                      **common(f, dl, case_numbers=[f["c2"]], alternates={"case_numbers": [[f["c2"], f["ref"]]]}))
            items.append(Item(name, cond, [(pdf, t)]))
        elif kind in ("member", "member_ma"):
            pdf, dl = member_notice(f, ds, ma=kind == "member_ma")
            extra = {} if kind == "member_ma" else {"group_number": f["group"]}
            t = truth("denial_letter", "other", denial_alternates=DEN_ALTS,
                      **common(f, dl, case_numbers=[f["c2"]], **extra))
            items.append(Item(name, cond, [(pdf, t)]))
        elif kind == "approval":
            pdf = approval_letter(f, ds)
            t = truth("other", None, **common(f, None, case_numbers=[f["c2"], f["ref"]],
                                              alternates={"case_numbers": [[f["c2"]]], "provider": [f["doc"]]}))
            items.append(Item(name, cond, [(pdf, t)]))
        else:
            p2, dl = hospital_letter(f, ds)
            p1, cdate = cover_letter(f, ds)
            t1 = truth("other", None, member_name=f["name"], member_id=f["mid_id"], provider=f["hosp"],
                       service_dates=[f"{f['a2'].isoformat()}/{f['d2'].isoformat()}"],
                       denial_date=cdate.isoformat(), unscored=["insurer"],
                       alternates={"provider": [None], "service_dates": [[]]})
            t2 = truth("denial_letter", "other", denial_alternates=DEN_ALTS,
                       **common(f, dl, case_numbers=[f["c2"], f["ref"]],
                                alternates={"case_numbers": [[f["c2"]]], "provider": [f["doc"]]}))
            items.append(Item(name, cond, [(p1, t1), (p2, t2)]))
    return items
