"""Family 'moldx_zcode_missing_lab_claim_denial': a Medicare Administrative Contractor's MolDX program papers on
molecular diagnostic tests: paper remittance advices to a reference laboratory denying a line because the DEX
Z-code identifier was missing (CO-16 / M67 / N350), letters to the lab that a test is not registered in the DEX
registry or has no coverage under the MolDX LCD (CO-50 / N386), a beneficiary's Medicare Summary Notice line for
the same kind of denial, a paid remittance, and a letter finding a test not medically necessary for the patient.

All contractors, labs, doctors, patients, numbers and phones are invented (555 numbers). Decoys: Z-codes of
other tests, NPIs, PTANs, patient account numbers, check/EFT numbers, dates of birth, specimen received dates,
other claims' amounts, the LCD number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "moldx_zcode_missing_lab_claim_denial"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MACS = [("Tidewater Federal Medicare Administrators", "Jurisdiction T Part B", "PO Box 771204", "Carrow Bay, VA 23499"),
        ("Great Basin Government Health Services", "Jurisdiction G Part B", "PO Box 40618", "Elkfield, NV 89899")]
LABS = ["Helixpoint Molecular Laboratories, LLC", "Quarrybrook Genomic Diagnostics", "Arvonia Precision Oncology Lab",
        "Sablecreek Pathology & Molecular Services"]
FIRST = ["Oluwaseun", "Margit", "Tomasz", "Priyanka", "Eulalia", "Bartholomew", "Chidinma", "Ragnhild", "Anh",
         "Isidora", "Fergus", "Leocadia"]
LAST = ["Wojcikowski", "Adebanjo-Reyes", "Thorvaldsen", "Kapoor-Lind", "Mbeki-Hart", "Ferreira-Olsson",
        "Quintanar", "Haverkamp", "Nwachukwu", "Lindqvist-Baez"]
DOCS = ["Dr. Anselma R. Vukovich", "Dr. Tobias K. Oyelaran-Pratt", "Dr. Shirin M. Kashani", "Dr. Lucius P. Greaves"]
TESTS = [("81479", "Unlisted molecular pathology procedure (hereditary cardiac panel)"),
         ("0037U", "Targeted genomic sequence analysis, solid organ neoplasm"),
         ("81408", "Molecular pathology procedure, Level 9"),
         ("0239U", "Targeted genomic sequence analysis panel, cell-free DNA"),
         ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm"),
         ("81162", "BRCA1, BRCA2 full sequence and deletion/duplication analysis")]
LCD = "L38295"


def person(r):
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("BCDFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, last


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    c = lambda: r.choice(let)  # noqa: E731
    d = lambda: str(r.randint(0, 9))  # noqa: E731
    return f"{r.randint(1, 9)}{c()}{c()}{d()}{c()}{r.choice(let + '0123456789')}{d()}{c()}{c()}{d()}{d()}"


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def zcode(r):
    return "Z" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                                for _ in range(3))


def usd(v):
    return f"${v:,.2f}"


def facts(r: random.Random) -> dict:
    mac = r.choice(MACS)
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    dos = date - dt.timedelta(days=r.randint(20, 60))
    test = r.choice(TESTS)
    billed = float(r.randint(900, 5400)) + r.choice([0, 0.5, 0.25])
    return dict(mac=mac, date=date, dos=dos, recv=dos + dt.timedelta(days=r.randint(1, 3)), test=test, billed=billed,
                lab=r.choice(LABS), doc=r.choice(DOCS), pt=person(r), mbi=mbi(r), icn=digits(r, 14),
                acnt=f"HX{digits(r, 7)}", npi="1" + digits(r, 9), dnpi="1" + digits(r, 9), ptan=digits(r, 6),
                eft=f"EFT{digits(r, 9)}", z=zcode(r), zother=zcode(r), dob=dt.date(r.randint(1938, 1960),
                                                                                   r.randint(1, 12), r.randint(1, 28)),
                phone=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}", ref=f"MDX-{date.year}-{digits(r, 6)}")


def new_doc():
    d = Doc("DejaVu", footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", DEJAVU_B)
    return d


def kv(d, rows, w=52, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")


def remit(f, ds, claims, denied_idx):
    """Paper remittance. claims: list of dict(f=facts, status, lines=[(code, billed, allowed, grp, rc, paid)])."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["mac"][0].upper(), 12, "B")
    d.text_line(f"{f['mac'][1]}  -  MEDICARE REMITTANCE ADVICE", 10, "B")
    d.text_line(f"{f['mac'][2]}, {f['mac'][3]}   Provider Contact Center {f['phone']}", 8.5)
    d.rule(0.5, 3)
    kv(d, [("PROVIDER:", f["lab"]), ("NPI:", f["npi"]), ("PTAN:", f["ptan"]), ("REMIT DATE:", D(f["date"])),
           ("CHECK/EFT #:", f["eft"])], 40, 9)
    d.ln(2)
    w = [22, 24, 18, 9, 22, 22, 22, 18, 22]
    head = ["SERV DATE", "PROC/MOD", "Z-CODE", "NOS", "BILLED", "ALLOWED", "GRP/RC-AMT", "", "PROV PD"]
    for c in claims:
        g = c["f"]
        d.font(8.5, "B")
        d.cell(0, 4.6, f"NAME {g['pt'][2].upper()}, {g['pt'][1].upper()} {g['pt'][0].split()[1][0]}   MID {g['mbi']}   ACNT {g['acnt']}   "
                       f"ICN {g['icn']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        d.cell(0, 4.4, f"ASG Y   MOA MA01   ORDERING NPI {g['dnpi']}   PATIENT DOB {fmt_date(g['dob'], 'slash')}", new_x="LMARGIN",
               new_y="NEXT")
        d.font(7.5, "B")
        for h, ww in zip(head, w):
            d.cell(ww, 5, h, border="B")
        d.ln(5.4)
        tb = ta = tp = 0.0
        for code, zc, b, a, grp, amt, pd in c["lines"]:
            d.font(8)
            for val, ww in zip([fmt_date(g["dos"], ds), code, zc, "1", f"{b:.2f}",
                                f"{a:.2f}", grp, f"{amt:.2f}", f"{pd:.2f}"], w):
                d.cell(ww, 4.8, val)
            d.ln(4.8)
            tb, ta, tp = tb + b, ta + a, tp + pd
        d.font(8, "B")
        for val, ww in zip(["CLAIM TOTALS", "", "", "", f"{tb:.2f}", f"{ta:.2f}", "", "", f"{tp:.2f}"], w):
            d.cell(ww, 5, val)
        d.ln(5)
        d.font(8)
        d.cell(0, 4.4, "REM: " + c["rem"], new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    d.rule(0.3, 2)
    d.text_line("GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", 9, "B")
    gl = {"CO-16": "Claim/service lacks information or has submission/billing error(s) which is needed for "
                   "adjudication.",
          "M67": "Missing/incomplete/invalid other procedure code(s).",
          "N350": "Missing/incomplete/invalid description of service for a Not Otherwise Classified (NOC) code or "
                  "for an Unlisted/By Report procedure.",
          "CO-45": "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
          "CO-50": "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
          "N386": f"This decision was based on a National or Local Coverage Determination ({LCD}).",
          "MA01": "If you do not agree with what we approved for these services, you may appeal our decision. To "
                  "make sure that we are fair to you, we require another individual that did not process your "
                  "initial claim to conduct the appeal. However, in order to be eligible for an appeal, you must "
                  "write to us within 120 days of the date you received this notice."}
    for k in c_codes(claims):
        d.font(8, "B")
        d.cell(14, 4.4, k)
        d.font(8)
        d.multi_cell(0, 4.4, gl[k], new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("MolDX: claims for molecular diagnostic tests must report the DEX Z-code identifier of the registered "
           "test in the line-item comment (loop 2400 SV101-7 / Item 19). Lines without a valid Z-code are returned "
           "as unprocessable. A corrected claim may be submitted; unprocessable lines have no appeal rights.", 8.5)
    return pdf_bytes(d)


def c_codes(claims):
    out = []
    for c in claims:
        for tok in c["rem"].replace(",", " ").split():
            if tok in ("CO-16", "M67", "N350", "CO-45", "CO-50", "N386", "MA01") and tok not in out:
                out.append(tok)
    return out


def letter(f, ds, kind):
    """kind: notreg (test not registered / no LCD coverage), mednec (not medically necessary)."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["mac"][0], 14, "B")
    d.text_line(f"{f['mac'][1]}  |  MolDX Program", 9.5)
    d.text_line(f"{f['mac'][2]}  {f['mac'][3]}   Phone {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["lab"], "Attn: Billing and Reimbursement", f"NPI {f['npi']} / PTAN {f['ptan']}"):
        d.text_line(ln, 10)
    d.ln(3)
    title = {"notreg": "Notice of Claim Denial - Molecular Diagnostic Test Not Covered",
             "mednec": "Initial Determination: Test Not Reasonable and Necessary"}[kind]
    d.text_line(title, 12.5, "B")
    d.ln(1)
    kv(d, [("Beneficiary:", f["pt"][0]), ("Medicare Beneficiary Identifier:", f["mbi"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Claim control number (ICN):", f["icn"]),
           ("MolDX reference:", f["ref"]), ("Date of service:", D(f["dos"])),
           ("Specimen received:", D(f["recv"])), ("Ordering physician:", f"{f['doc']} (NPI {f['dnpi']})"),
           ("Test billed:", f"CPT {f['test'][0]} - {f['test'][1]}"), ("Amount billed:", usd(f["billed"]))], 62, 9.5)
    d.ln(3)
    if kind == "notreg":
        d.para(f"We reviewed the claim above under the MolDX program and Local Coverage Determination {LCD}, "
               f"Molecular Pathology Procedures. The claim reported DEX Z-code {f['z']}. Our records show that this "
               "Z-code identifies a test whose technical assessment has not been completed; the test is therefore "
               "not registered as covered in the DEX Diagnostics Exchange registry, and Medicare cannot pay for it. "
               f"Your laboratory's other registered tests (for example {f['zother']}) are not affected.")
        d.para("Decision: the service is DENIED as not covered (CO-50, N386). Because the laboratory did not give "
               "the beneficiary an Advance Beneficiary Notice, the laboratory is liable for the charge and may not "
               "bill the beneficiary.")
    else:
        d.para(f"The records submitted after our additional documentation request were reviewed by a MolDX "
               f"clinician against LCD {LCD}. The test is covered only when the patient has a diagnosis for which "
               "the result will directly change management, and the ordering physician's notes must show that. The "
               f"notes from {f['doc']} do not show signs, symptoms or a personal history that meet the coverage "
               "criteria, and the results would not change this patient's treatment.")
        d.para("Decision: the test is not reasonable and necessary for this beneficiary and payment is DENIED "
               "(CO-50). The laboratory is liable unless a valid ABN was signed before the specimen was collected.")
    dl = f["date"] + dt.timedelta(days=120)
    d.text_line("Your right to a redetermination", 11, "B")
    d.para("If you disagree with this decision you may request a redetermination. Your request must be received "
           f"within 120 days of the date you receive this notice (we assume you received it 5 days after the date "
           f"above). Send the request to the address above with a copy of this letter, or use the portal. "
           f"Questions: {f['phone']}.")
    d.para("Sincerely,\nMolDX Program Medical Review Unit\n" + f["mac"][0])
    return pdf_bytes(d), dl


def msn_page(f, ds):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("THIS IS NOT A BILL", 11, "B")
    d.ln(2)
    for ln in (f["pt"][0].upper(), "418 Wrenfield Terrace", "Ashcombe Mills, OR 97499"):
        d.text_line(ln, 10)
    d.ln(2)
    kv(d, [("Medicare Number", f["mbi"]), ("Date of This Notice", D(f["date"])),
           ("Claims Processed Between", f"{D(f['date'] - dt.timedelta(days=88))} - {D(f['date'] - dt.timedelta(days=3))}"),
           ("Customer Service", "1-800-MEDICARE (1-800-633-4227)")], 60, 9.5)
    d.ln(2)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.rule(0.5)
    d.font(10, "B")
    d.cell(0, 5, f["lab"], new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 4.6, f"Referred by: {f['doc']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"Claim number: {f['icn']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare-Approved",
             "Medicare Paid", "Max You May Be Billed", "Notes"],
            [[D(f["dos"]), "NO", usd(f["billed"]), "$0.00", "$0.00", "$0.00", "A"],
             [f"  {f['test'][1][:44]}", "", "", "", "", "", ""], [f"  ({f['test'][0]})", "", "", "", "", "", ""],
             ["*Total for this claim", "", usd(f["billed"]), "$0.00", "$0.00", "$0.00", ""]],
            [60, 17, 22, 22, 20, 22, 12], size=7.8, aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 11, "B")
    d.para("A  Medicare can't pay for this laboratory test because the claim did not include the information needed "
           "to identify the specific test (the test's identifier was missing). The laboratory may correct and "
           "resubmit the claim. You are not responsible for this charge.", 9.5)
    dl = f["date"] + dt.timedelta(days=120)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para("If you disagree with a coverage or payment decision on this notice, you can file an appeal. Appeals must "
           f"be filed by {D(dl)}. Circle the service, explain why you disagree, sign and send this notice to: "
           f"{f['mac'][0]}, {f['mac'][2]}, {f['mac'][3]}.", 9.5)
    return pdf_bytes(d), dl


ALT_MAC = lambda f: ["Medicare"]  # noqa: E731


def t_remit(f, status, denial, dalts, ded=None):
    ap = (f["date"] + dt.timedelta(days=120)).isoformat()
    common = dict(insurer=f["mac"][0], member_id=f["mbi"], member_name=f["pt"][0], case_numbers=[f["icn"]],
                  claim_amount=f"{f['billed']:.2f}", service_dates=[f["dos"].isoformat()],
                  denial_date=f["date"].isoformat(), provider=f["lab"], appeal_deadline=None,
                  alternates={"insurer": ALT_MAC(f), "appeal_deadline": [ap]})
    if status == "paid":
        return truth("eob", None, **common)
    return truth("eob", denial, denial_alternates=dalts, **common)


PLAN = [
    ("bd_remit_zcode_missing_single", "born_digital", "remit_deny", "slash"),
    ("bd_letter_test_not_registered_dex", "born_digital", "notreg", "long"),
    ("scan300_msn_line_test_identifier_missing", "scan_clean_300", "msn", "long"),
    ("lowres_remit_zcode_reported_paid", "scan_lowres_150", "remit_paid", "slash"),
    ("copy_letter_not_medically_necessary", "photocopy", "mednec", "dmy"),
    ("faxfine_remit_two_claims_one_zcode_missing", "fax_fine_g4", "remit_two", "iso"),
    ("rotated_letter_lcd_noncovered_test", "rotated", "notreg", "abbr"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(PLAN):
        r = random.Random(153500 + i)
        f = facts(r)
        if kind.startswith("remit"):
            if kind == "remit_paid":
                allowed = round(f["billed"] * 0.41, 2)
                c = dict(f=f, lines=[(f["test"][0], f["z"], f["billed"], allowed, "CO-45",
                                      round(f["billed"] - allowed, 2), allowed)], rem="CO-45, MA01")
                claims, t = [c], t_remit(f, "paid", None, None)
            else:
                f["billed"] = float(int(f["billed"]))
                lines = [(f["test"][0], "", f["billed"], 0.0, "CO-16", f["billed"], 0.0)]
                if kind == "remit_deny":
                    extra = round(r.randint(60, 140) + 0.5, 2)
                    lines.append(("G0452", "", extra, 0.0, "CO-16", extra, 0.0))
                    f["billed"] = round(f["billed"] + extra, 2)
                c = dict(f=f, lines=lines, rem="CO-16, M67, N350, MA01")
                claims = [c]
                if kind == "remit_two":
                    g = facts(random.Random(153590 + i))
                    g["lab"], g["date"] = f["lab"], f["date"]
                    a = round(g["billed"] * 0.38, 2)
                    claims.insert(0, dict(f=g, lines=[(g["test"][0], g["z"], g["billed"], a, "CO-45",
                                                       round(g["billed"] - a, 2), a)], rem="CO-45, MA01"))
                t = t_remit(f, "deny", "coding_error", ["other", "not_covered"])
            pdf = remit(f, ds, claims, 0)
        elif kind == "msn":
            pdf, dl = msn_page(f, ds)
            t = truth("eob", "coding_error", insurer="Medicare", member_id=f["mbi"], member_name=f["pt"][0],
                      case_numbers=[f["icn"]], claim_amount=f"{f['billed']:.2f}",
                      service_dates=[f["dos"].isoformat()], denial_date=f["date"].isoformat(), provider=f["lab"],
                      appeal_deadline=dl.isoformat(), denial_alternates=["other", "not_covered"],
                      alternates={"insurer": [f["mac"][0]], "provider": [f["doc"]]})
        else:
            pdf, dl = letter(f, ds, kind)
            t = truth("denial_letter", "not_covered" if kind == "notreg" else "medical_necessity",
                      insurer=f["mac"][0], member_id=f["mbi"], member_name=f["pt"][0], case_numbers=[f["icn"], f["ref"]],
                      claim_amount=f"{f['billed']:.2f}", service_dates=[f["dos"].isoformat()],
                      denial_date=f["date"].isoformat(), provider=f["lab"], appeal_deadline=None,
                      denial_alternates=["experimental"] if kind == "notreg" else None,
                      alternates={"insurer": ["Medicare"], "provider": [f["doc"]],
                                  "appeal_deadline": [dl.isoformat(), (dl + dt.timedelta(days=5)).isoformat()]})
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
