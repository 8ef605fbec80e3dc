"""Family 'definitive_drug_testing_frequency_denial': plan EOBs, a provider remittance and letters denying
definitive drug testing (G0480-G0483; presumptive screens 80305-80307) billed by a toxicology laboratory for a
patient in substance use treatment.

Everything is invented. Issuers: Brookhollow Health Plan (commercial; EOBs, a remittance advice to the laboratory,
letters, a final appeal decision) and Cottonwood Community Care (a Medicaid managed care plan; a notice listing
several specimen collection dates in a table, and a faxed notice to the laboratory). Laboratories (providers):
Quarry Ridge Toxicology Laboratory, Brightwater Clinical Toxicology, LLC, Sentinel Peak Laboratories. Decoys: the
treatment program and ordering clinician, specimen received and reported dates, the accession number, CLIA number,
NPIs, DOB, the date the yearly limit was reached, medical policy numbers, paid presumptive lines, another patient's
paid claim on the remittance, state fair hearing (120 days) and external review (4 months) time limits.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "definitive_drug_testing_frequency_denial"
LANG = "en"
BH, CC = "Brookhollow Health Plan", "Cottonwood Community Care"
ADDR = {BH: "PO Box 55218, Cedar Rapids, IA 52407", CC: "1800 Mesquite Trail, Suite 210, San Angelo, TX 76901"}
LABS = [("Quarry Ridge Toxicology Laboratory", "CLIA 45D2087731"),
        ("Brightwater Clinical Toxicology, LLC", "CLIA 19D2214406"),
        ("Sentinel Peak Laboratories", "CLIA 03D1986520")]
PROGRAMS = [("New Dawn Recovery Center (Intensive Outpatient Program)", "Dr. Folasade Lindqvist"),
            ("Harborview Recovery Services", "Ayaan Petrosyan, NP"),
            ("Milestone Counseling & Recovery Clinic", "Dr. Tomasz Adeyemi-Ruiz")]
CODES = {"80305": ("Drug test, presumptive, read by direct optical observation", 48.00),
         "80307": ("Drug test, presumptive, instrument chemistry analyzers", 162.00),
         "G0480": ("Drug test, definitive, 1-7 drug classes", 214.00),
         "G0481": ("Drug test, definitive, 8-14 drug classes", 298.00),
         "G0482": ("Drug test, definitive, 15-21 drug classes", 385.00),
         "G0483": ("Drug test, definitive, 22 or more drug classes", 466.00)}


def facts(i: int, kind: str, ins: str, ds: str, ms: str) -> dict:
    r = Rand(172600 + i)
    lab, clia = LABS[i % 3]
    prog, clin = PROGRAMS[i % 3]
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 160))
    coll = notice - dt.timedelta(days=r.randint(28, 45))
    name = r.person()
    f = dict(kind=kind, ins=ins, fd=(lambda x: x.strftime("%m/%d/%y")) if ds == "mdy2" else (lambda x: fmt_date(x, ds)), mo=lambda v: fmt_money(v, ms), notice=notice,
             coll=coll, lab=lab, clia=clia, prog=prog, clin=clin, name=name[0], first=name[1], last=name[3],
             addr=list(r.address()), dob=dt.date(r.randint(1970, 2002), r.randint(1, 12), r.randint(1, 28)),
             mid=("BHP" + r.digits(9)) if ins == BH else ("CCC" + r.digits(8)),
             group=("BH-" + r.digits(5)) if ins == BH else None,
             claim=("B" + r.digits(11)) if ins == BH else ("2026" + r.digits(8)), accession="ACC-" + r.digits(8),
             lab_npi=r.npi(), clin_npi=r.npi(), ph=r.phone(), fax=r.phone(), ref="CCN-" + r.digits(7),
             received=coll + dt.timedelta(days=r.randint(1, 3)))
    f["reported"] = f["received"] + dt.timedelta(days=r.randint(2, 4))
    return f


def head(d: Doc, f: dict, title: str) -> None:
    if f["ins"] == BH:
        d.text_line("BROOKHOLLOW", 20, "B", h=9)
        d.text_line(f"{BH}  |  {ADDR[BH]}  |  Member Services {f['ph']}", 8.5, h=4.5)
        d.rule(0.7, 4)
    else:
        d.text_line(CC, 15, "B", h=7)
        d.text_line("A Texas Medicaid (STAR) managed care health plan", 9, h=4.5)
        d.text_line(f"{ADDR[CC]}  ·  {f['ph']}  ·  TTY 711", 9, h=4.5)
        d.rule(0.3, 4)
    d.text_line(title, 13, "B", h=7)
    d.ln(1)


def kv(d: Doc, rows, w: float = 52, size: float = 9.8) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5, k)
        d.font(size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")


def line_table(d: Doc, f: dict, lines, size: float = 8.3) -> None:
    mo, fd = f["mo"], f["fd"]
    rows = [[fd(dd), c, CODES[c][0], mo(b), mo(p), rem] for dd, c, b, p, rem in lines]
    rows.append(["*Claim total", "", "", mo(sum(x[2] for x in lines)), mo(sum(x[3] for x in lines)), ""])
    d.table(["Collected", "Code", "Description", "Billed", "Plan paid", "Remark"], rows, [24, 16, 82, 22, 22, 14],
            size=size, aligns="LLLRRL")


def eob(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="THIS IS NOT A BILL   Page {p} of {n}")
    d.add_page()
    head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fd(f["notice"]), 38), ("Patient", f["name"], 56), ("Member ID", f["mid"], 44),
             ("Group number", f["group"], 38)])
    d.ln(2)
    d.boxes([("Claim number", f["claim"], 44), ("Laboratory", f["lab"], 80), ("Received", fd(f["received"]), 52)])
    d.ln(2)
    d.boxes([("Ordered by", f"{f['clin']}, {f['prog']}", 126), ("Date of birth", fd(f["dob"]), 50)], value_size=8.5)
    d.ln(4)
    line_table(d, f, f["lines"])
    for code, txt in f["remarks"]:
        d.para(f"{code} - {txt}", 9.2, gap=1.5)
    if f["kind"] == "paid":
        d.para(f"Your share for this claim is {mo(f['share'])} (copay). The laboratory is in network and may not bill "
               "you more than your share.", 9.2)
    d.ln(1)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para("If you disagree with how this claim was processed, you may appeal within 180 days of the date of this "
           f"statement. Write to {BH}, Appeals, {ADDR[BH]}, or call {f['ph']}.", 9)
    return pdf_bytes(d)


def remit(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Courier", footer="PRA  PAGE {p} OF {n}", margins=(14, 14, 14))
    d.add_page()
    d.text_line(f"{BH.upper()}  -  PROVIDER REMITTANCE ADVICE", 11, "B", h=6)
    d.text_line(ADDR[BH].upper() + f"   PROVIDER SERVICES {f['ph']}", 8.5, h=4.5)
    d.rule(0.4, 2)
    for ln in [f"PAYEE:  {f['lab'].upper()}   NPI {f['lab_npi']}   {f['clia']}",
               f"REMIT DATE: {fd(f['notice'])}    EFT TRACE: 1{f['eft']}    EFT AMOUNT: {mo(f['eft_amt'])}"]:
        d.text_line(ln, 8.5, h=5)
    d.ln(3)
    for idx, c in enumerate(f["claims"]):
        d.text_line(f"PATIENT: {c['name'].upper()}   MEMBER ID: {c['mid']}   ICN: {c['icn']}", 8.5, "B", h=5)
        d.text_line(f"PATIENT CONTROL NO (ACCESSION): {c['acc']}   ORDERING: {c['ord'].upper()}", 8.2, h=4.5)
        rows = [[fd(dd), code, "1", mo(b), mo(b if p == 0 else b - p), mo(p), rem] for dd, code, b, p, rem in
                c["lines"]]
        rows.append(["*CLAIM TOTAL", "", "", mo(sum(x[2] for x in c["lines"])), "",
                     mo(sum(x[3] for x in c["lines"])), ""])
        d.table(["DOS", "PROC", "UNITS", "BILLED", "ADJ", "PAID", "CARC/RARC"], rows, [26, 18, 14, 26, 26, 26, 44],
                size=8, aligns="LLRRRRL")
    d.text_line("REMARK CODES", 9, "B", h=5)
    for code, txt in [("CO-50", "These are non-covered services because this is not deemed a 'medical necessity' by "
                                "the payer."),
                      ("N29", "Missing documentation/orders/notes/summary/report/chart."),
                      ("BH-DT2", "Definitive drug testing after a negative presumptive screen requires a written order "
                                 "for definitive testing that names the drugs or classes and the reason; none was on "
                                 "file. Medical Policy LAB-114.")]:
        d.para(f"{code}  {txt}", 8.2, gap=1)
    d.ln(1)
    d.para("PROVIDER APPEALS: A REQUEST FOR RECONSIDERATION MUST BE RECEIVED WITHIN 90 DAYS OF THE REMIT DATE. THE "
           "PATIENT MAY NOT BE BILLED FOR CO (CONTRACTUAL OBLIGATION) AMOUNTS.", 8.2)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    k = f["kind"]
    d = Doc("Times", footer=f"{'BHP' if f['ins'] == BH else 'CCC'}-DT-{k.upper()}  Page {{p}} of {{n}}")
    d.add_page()
    title = {"table": "Notice of Adverse Benefit Determination", "standing": "Notice to Provider: Claim Denial",
             "noorder": "We Denied Payment for a Lab Test",
             "final": "Final Internal Appeal Decision"}[k]
    head(d, f, title)
    d.text_line(fd(f["notice"]), 11, h=6)
    d.ln(2)
    to = [f["lab"], "Attn: Billing / Appeals", f"NPI {f['lab_npi']}"] if k == "standing" else [f["name"], *f["addr"]]
    for ln in to:
        d.text_line(ln, 11, h=5.2)
    d.ln(3)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"])]
    if f["group"]:
        rows.append(("Group:", f["group"]))
    if k == "table":
        rows += [("Notice number:", f["ref"]), ("Laboratory:", f["lab"]),
                 ("Ordered by:", f"{f['clin']} ({f['prog']})")]
    else:
        rows += [("Claim number:", f["claim"]), ("Laboratory:", f"{f['lab']} ({f['clia']})"),
                 ("Ordering clinician:", f"{f['clin']}, NPI {f['clin_npi']}"), ("Treatment program:", f["prog"]),
                 ("Specimen collected:", fd(f["coll"])), ("Specimen received at lab:", fd(f["received"])),
                 ("Amount billed:", mo(f["billed"]))]
        if k == "final":
            rows.insert(3, ("Appeal number:", f["appeal"]))
    kv(d, rows, w=56, size=10.2)
    d.ln(3)
    if k != "standing":
        d.para(f"Dear {f['first']} {f['last']}:", 11)
    for p in f["body"]:
        d.para(p, 10.8)
    if k == "table":
        rows = [[fd(dd), cl, code, mo(b), "Denied"] for dd, cl, code, b in f["tlines"]]
        rows.append(["*Total", "", "", mo(f["billed"]), ""])
        d.table(["Collection date", "Claim number", "Code", "Billed", "Decision"], rows, [36, 44, 22, 30, 30],
                size=9.5, aligns="LLLRL")
    d.text_line("Your right to appeal" if k != "standing" else "Reconsideration", 11, "B", h=6)
    for p in f["appeal_text"]:
        d.para(p, 10.4)
    d.para(f"Sincerely,\nUtilization Management - Laboratory Services\n{f['ins']}", 10.8)
    return pdf_bytes(d)


def build(i: int, stem: str, cond: str, kind: str, ins: str, ds: str, ms: str) -> Item:
    f = facts(i, kind, ins, ds, ms)
    fd, mo = f["fd"], f["mo"]
    r = Rand(172690 + i)
    common = dict(insurer=ins, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=[f["claim"]], service_dates=[iso(f["coll"])], denial_date=iso(f["notice"]),
                  provider=f["lab"])
    if kind in ("eob", "paid"):
        if kind == "eob":
            f["lines"] = [(f["coll"], "80307", 162.00, 118.40, "P1"), (f["coll"], "G0482", 385.00, 0.0, "D12")]
            f["remarks"] = [("P1", "Paid at the network rate."),
                            ("D12", "Definitive drug testing is limited to 12 dates of service per calendar year under "
                                    "Medical Policy LAB-114. The member reached this limit with the specimen collected "
                                    f"on {fd(f['coll'] - dt.timedelta(days=r.randint(6, 15)))}. Tests over the limit "
                                    "are not a covered benefit. The plan paid nothing for this line.")]
        else:
            f["lines"] = [(f["coll"], "80305", 48.00, 31.20, "P1"), (f["coll"], "G0480", 214.00, 148.80, "P1")]
            f["remarks"] = [("P1", "Paid at the network rate. A definitive test after a positive presumptive screen "
                                   "with a written order is covered.")]
            f["share"] = 25.00
        f["billed"] = sum(x[2] for x in f["lines"])
        dl = iso(f["notice"] + dt.timedelta(days=180))
        if kind == "eob":
            t = truth("eob", "not_covered", **common, claim_amount=m2(f["billed"]), appeal_deadline=dl,
                      denial_alternates=["medical_necessity", "other"])
        else:
            t = truth("eob", None, **common, claim_amount=m2(f["billed"]), appeal_deadline=None,
                      alternates={"appeal_deadline": [dl]}, type_alternates=["other"])
        return Item(stem, cond, [(eob(f), t)])
    if kind == "remit":
        other = r.person()[0]
        other_coll = f["coll"] - dt.timedelta(days=r.randint(1, 6))
        c1 = dict(name=f["name"], mid=f["mid"], icn=f["claim"], acc=f["accession"], ord=f["clin"],
                  lines=[(f["coll"], "80307", 162.00, 118.40, ""), (f["coll"], "G0481", 298.00, 0.0, "CO-50 N29 BH-DT2")])
        c2 = dict(name=other, mid="BHP" + r.digits(9), icn="B" + r.digits(11), acc="ACC-" + r.digits(8),
                  ord=PROGRAMS[(i + 1) % 3][1], lines=[(other_coll, "80307", 162.00, 118.40, "")])
        f["claims"] = [c2, c1] if r.random() < 0.5 else [c1, c2]
        f["eft"], f["eft_amt"] = r.digits(9), 236.80
        t = truth("eob", "medical_necessity", **common, claim_amount=m2(460.00),
                  appeal_deadline=iso(f["notice"] + dt.timedelta(days=90)),
                  denial_alternates=["other"])
        t["fields"]["group_number"] = None
        return Item(stem, cond, [(remit(f), t)])
    if kind == "table":
        n = r.choice([4, 5])
        first = f["coll"] - dt.timedelta(days=7 * (n - 1))
        code = "G0483"
        limit_date = first - dt.timedelta(days=r.randint(5, 9))
        f["tlines"] = [(first + dt.timedelta(days=7 * k + r.randint(0, 1)), "2026" + r.digits(8), code,
                        CODES[code][1]) for k in range(n)]
        f["billed"] = sum(x[3] for x in f["tlines"])
        f["body"] = [f"{f['lab']} sent us claims for definitive drug tests (code {code}) on the urine specimens "
                     f"collected on the dates listed below. Your plan covers up to 12 dates of service of definitive "
                     f"drug testing each calendar year (Texas Medicaid Medical Policy, Drug Testing, section 4.2). "
                     f"Our records show you reached 12 dates of service with the specimen collected on "
                     f"{fd(limit_date)}.",
                     "We denied the claims below because they go over the yearly limit. Definitive testing beyond "
                     "the limit is not a covered Medicaid benefit. The presumptive (screening) tests billed on the "
                     "same dates were paid and are not listed."]
        f["appeal_text"] = [f"You can ask {CC} for an appeal. You must ask within 60 days from the date of this "
                            f"notice. Call {f['ph']} or write to {CC}, Appeals, {ADDR[CC]}.",
                            "If you want your services to continue during the appeal, you must ask within 10 days. "
                            "After the appeal, if we still deny, you can ask for a State Fair Hearing within 120 days "
                            "of our appeal decision. You can ask for an expedited appeal if waiting 30 days could "
                            "hurt your health.",
                            f"The laboratory may not bill you for these tests. Ask about this notice in Spanish or "
                            f"another language at {f['ph']}."]
        dates = [iso(x[0]) for x in f["tlines"]]
        cases = [f["ref"]] + [x[1] for x in f["tlines"]]
        t = truth("denial_letter", "not_covered", **dict(common, case_numbers=cases, service_dates=dates),
                  claim_amount=m2(f["billed"]), appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
                  alternates={"case_numbers": [[f["ref"]], [x[1] for x in f["tlines"]]]},
                  denial_alternates=["medical_necessity", "other"])
        return Item(stem, cond, [(letter(f), t)])
    code = {"noorder": "G0481", "standing": "G0482", "final": "G0483"}[kind]
    f["billed"] = CODES[code][1]
    if kind == "noorder":
        f["body"] = [f"We reviewed the claim from {f['lab']} for a definitive drug test ({code}, {CODES[code][0]}) "
                     f"on the specimen collected on {fd(f['coll'])}. The presumptive screen on that specimen was "
                     "negative for every drug class. Our Medical Policy LAB-114 covers definitive testing after a "
                     "negative screen only when the ordering clinician writes an order for definitive testing that "
                     "explains why it is needed (for example, a drug the screen cannot detect).",
                     f"The records from {f['prog']} did not include such an order. The definitive test is therefore "
                     f"not medically necessary, and we will not pay the {mo(f['billed'])} charge."]
        f["appeal_text"] = [f"You may appeal within 180 days of the date of this letter. Send your appeal to {BH}, "
                            f"Appeals, {ADDR[BH]}, or fax {f['fax']}. Your provider can send the order with your appeal. "
                            "If your health is at risk, ask for an urgent appeal (decided within 72 hours)."]
        t = truth("denial_letter", "medical_necessity", **common, claim_amount=m2(f["billed"]),
                  appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["other"])
    elif kind == "standing":
        f["body"] = [f"{CC} denied the claim above for a definitive drug test ({code}) for our member "
                     f"{f['name']}. The order on file is a standing order signed by {f['clin']} at {f['prog']} "
                     "for definitive testing of every specimen, twice a week, for 90 days.",
                     "Texas Medicaid does not accept standing orders for definitive drug testing. Each definitive "
                     "test must be ordered for the individual patient and specimen, based on the presumptive result "
                     "and the clinician's current assessment. Without an individualized order the test is not "
                     "medically necessary. Denial code DT-SO."]
        f["appeal_text"] = [f"You may request reconsideration of this denial within 60 days of the date of this "
                            f"notice. Fax the individualized order and the presumptive result to {f['fax']}, "
                            f"referencing the claim number. The member may not be billed for this test."]
        t = truth("denial_letter", "medical_necessity", **common, claim_amount=m2(f["billed"]),
                  appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), denial_alternates=["other", "not_covered"])
    else:
        f["appeal"] = "APL-" + r.digits(7)
        f["body"] = [f"You appealed our denial of the definitive drug test ({code}) on the specimen collected on "
                     f"{fd(f['coll'])}. A physician reviewer board-certified in addiction medicine, who took no part "
                     "in the first decision, reviewed the appeal, the records from the treatment program and Medical "
                     "Policy LAB-114.",
                     "Decision: we uphold the denial. The plan covers 12 dates of service of definitive drug testing "
                     "per calendar year, and this specimen was the 15th. Testing over the yearly limit is not a "
                     "covered benefit, and the records do not show a reason for an exception.",
                     "This is our final internal decision. You have used all internal appeals."]
        f["appeal_text"] = ["You may ask for an independent external review within 4 months after you receive this "
                            f"letter. Call {f['ph']} for the form. You may also have the right to bring a civil "
                            "action under section 502(a) of ERISA."]
        t = truth("denial_letter", "not_covered", **dict(common, case_numbers=[f["claim"], f["appeal"]]),
                  claim_amount=m2(f["billed"]), appeal_deadline=None,
                  alternates={"case_numbers": [[f["claim"]], [f["appeal"]]]},
                  denial_alternates=["medical_necessity", "other"])
    return Item(stem, cond, [(letter(f), t)])


# (stem suffix, condition, kind, insurer, date style, money style)
PLAN_ROWS = [
    ("bd_eob_g0482_over_yearly_limit", "born_digital", "eob", BH, "slash", "plain"),
    ("bd_medicaid_notice_collection_dates_table", "born_digital", "table", CC, "long", "plain"),
    ("scan300_lab_remittance_no_definitive_order", "scan_clean_300", "remit", BH, "mdy2", "nosign"),
    ("phone_letter_negative_screen_no_order", "phone_photo", "noorder", BH, "abbr", "plain"),
    ("faxfine_provider_notice_standing_order", "fax_fine_g4", "standing", CC, "iso", "plain"),
    ("lowres_eob_paid_presumptive_and_definitive", "scan_lowres_150", "paid", BH, "dmy", "plain"),
    ("copy_final_appeal_upheld_frequency", "photocopy", "final", BH, "wlong", "plain"),
]


def documents(rng) -> list[Item]:
    return [build(i, f"{FAMILY}_{s}", c, k, ins, ds, ms) for i, (s, c, k, ins, ds, ms) in enumerate(PLAN_ROWS)]
