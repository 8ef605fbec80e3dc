"""Family 'tumor_genomic_profiling_ngs_panel_denial': plan letters, a lab remittance and a Medicare Summary Notice on
tumor genomic profiling by next-generation sequencing panels (81445, 81455, 0037U).

Documents: a plan letter denying 81455 for a stage I breast cancer (early stage, not medically necessary); an
approval of 0037U for stage IV lung adenocarcinoma (nothing denied); an MSN denying a second panel on the same
tumor (once per primary diagnosis); a plan letter denying a plasma (liquid biopsy) panel because tissue was not
shown insufficient; a remittance advice to the laboratory denying 0037U for stage II colon cancer (CARC 50); a fax
stack: the laboratory's fax cover sheet (no document) in front of the plan's denial for no prior authorization; an
upheld appeal on a second panel. Decoys: the ordering oncologist and NPIs, the pathology accession and block
numbers, the date the report was issued, the date received, the earlier panel's date. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tumor_genomic_profiling_ngs_panel_denial"
LANG = "en"

QUIL = "Quillmont Health Plan"
SALT = "Saltmarsh Health Partners"
ADDR = {QUIL: ("PO Box 66120", "Harrowby, WI 53998"), SALT: ("455 Tidemill Road, Suite 300", "Carrow Point, SC 29912")}
LABS = ["Veridian Genomic Laboratories", "Helixcrest Molecular Diagnostics", "Northbridge Oncology Reference Lab"]
ONCS = ["Dr. Anneliese Okafor", "Dr. Ruslan Pereira-Holt", "Dr. Chiamaka Strand", "Dr. Benedikt Ayodele",
        "Dr. Marguerite Tanabe"]
PEOPLE = [("Wilhelmina", "Castellano"), ("Desmond", "Oyelaran"), ("Haruto", "Lindqvist"), ("Beatriz", "Kessler"),
          ("Olumide", "Fairchild"), ("Ingrid", "Nakamura"), ("Percival", "Ibarra")]


def dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '844', '866', '888'])}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def mbi(r: random.Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let) + str(r.randint(0, 9)) + "-" + r.choice(let)
            + r.choice(let) + str(r.randint(0, 9)) + "-" + r.choice(let) + r.choice(let) + str(r.randint(0, 9))
            + str(r.randint(0, 9)))


def facts(i: int) -> dict:
    r = random.Random(217600 + i)
    fn, ln = PEOPLE[i]
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 160))
    col = dec - dt.timedelta(days=r.randint(28, 60))
    return dict(r=r, name=f"{fn} {r.choice('ABCDEFGHJKLMNPRST')}. {ln}", fn=fn, ln=ln, dec=dec, col=col,
                rep=col + dt.timedelta(days=r.randint(9, 16)), lab=LABS[i % 3], onc=ONCS[i % 5],
                lab_npi="1" + dig(r, 9), onc_npi="1" + dig(r, 9), ph=phone(r),
                acc=f"S26-{dig(r, 5)}", dob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(14, 9800)} {r.choice(['Birchwood Lane', 'Old Mill Road', 'Harbor View Road'])}",
                city=r.choice(["Duluth, MN 55802", "Macon, GA 31201", "Pueblo, CO 81003"]))


def letterhead(d: Doc, ins: str, ph: str, style: int) -> None:
    a = ADDR[ins]
    if style == 0:
        d.text_line(ins.upper(), 15, "B")
        d.text_line(f"{a[0]}  *  {a[1]}  *  {ph}", 8.5)
        d.rule(0.6, 1)
    else:
        d.text_line("SALTMARSH", 22, "B", align="R")
        d.text_line(f"{ins}  -  {a[0]}, {a[1]}", 8.5, align="R")
        d.text_line(f"Customer Service {ph}  (TTY 711)", 8.5, align="R")
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str]], w: float = 52, size: float = 9.8) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.54, k + ":")
        d.font(size)
        d.cell(0, size * 0.54, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], f["street"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


# 1. 81455 for stage I breast cancer: not medically necessary
def early_stage(i: int):
    f = facts(i)
    r = f["r"]
    ins = QUIL
    mid, grp, claim = f"QHP{dig(r, 9)}", f"{dig(r, 6)}", f"{dig(r, 4)}-{dig(r, 4)}-{dig(r, 3)}"
    amt = 4850.00
    dl = f["dec"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line(fmt_date(f["dec"], "long"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("We denied payment for a genomic test", 13, "B")
    d.ln(2)
    pairs(d, [("Member", f["name"]), ("Member ID", mid), ("Group number", grp), ("Claim number", claim),
              ("Test", "81455 - Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, "
                       "DNA and RNA, 51 or more genes"[:62] + "..."),
              ("Specimen collected", fmt_date(f["col"], "long")), ("Laboratory", f["lab"]),
              ("Ordering physician", f"{f['onc']} (NPI {f['onc_npi']})"), ("Amount billed", fmt_money(amt))])
    d.text_line("Why we denied it", 11, "B")
    d.para(f"The pathology report (accession {f['acc']}) shows stage IA invasive ductal carcinoma of the breast, "
           "hormone receptor positive. Our medical policy MP-2.214 covers comprehensive tumor genomic profiling "
           "only for advanced (stage III or IV), recurrent, relapsed, refractory or metastatic cancer, when the "
           "result will guide treatment. Early-stage cancer does not meet these criteria, so the test is not "
           "medically necessary. A board-certified oncologist reviewed this decision.", 10)
    d.text_line("If you disagree", 11, "B")
    d.para(f"You may appeal within 180 days of the date of this letter. Call {f['ph']} or write to the address "
           "above. Your doctor may ask for a peer-to-peer review. If your appeal is denied, you may have the right "
           "to an external review.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["col"])],
              denial_date=iso(f["dec"]), provider=f["lab"], appeal_deadline=iso(dl))
    return pdf_bytes(d), t


# 2. approval of 0037U for stage IV lung cancer
def approval(i: int):
    f = facts(i)
    r = f["r"]
    ins = SALT
    mid, auth = f"SHP-{dig(r, 8)}", f"PA{dig(r, 9)}"
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line(fmt_date(f["dec"], "slash"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Prior authorization approved", 13, "B")
    d.ln(2)
    d.boxes([("Member ID", mid, 40), ("Authorization no.", auth, 42), ("Service", "0037U", 26),
             ("Planned collection", fmt_date(f["col"], "slash"), 40), ("Valid through", fmt_date(f["col"] + dt.timedelta(days=90), "slash"), 34)])
    d.ln(4)
    d.para(f"Dear {f['fn']} {f['ln']}: we approved the request from {f['onc']} for tumor genomic profiling "
           f"(0037U, targeted genomic sequence analysis of 324 genes) by {f['lab']} on tissue from your lung "
           "biopsy. Your records show stage IV lung adenocarcinoma, and the results will be used to choose your "
           "treatment, so the test meets our coverage criteria.", 10)
    d.para(f"The laboratory should collect or receive the specimen by the date above. Your plan's cost sharing for "
           f"outpatient laboratory services applies. Questions: {f['ph']}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[auth],
              service_dates=[iso(f["col"])], denial_date=iso(f["dec"]), provider=f["lab"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# 3. Medicare Summary Notice: second panel on the same tumor
def msn(i: int):
    f = facts(i)
    r = f["r"]
    num, claim = mbi(r), f"{dig(r, 2)}-{dig(r, 4)}-{dig(r, 4)}-{dig(r, 3)}"
    amt = 2919.60
    dl = f["dec"] + dt.timedelta(days=120)
    prev = f["col"] - dt.timedelta(days=r.randint(150, 220))
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.ln(3)
    pairs(d, [("Name", f["name"].upper()), ("Medicare Number", num), ("This notice is for claims processed",
              f"{fmt_date(f['dec'] - dt.timedelta(days=90), 'abbr')} - {fmt_date(f['dec'], 'abbr')}"),
              ("Date of this notice", fmt_date(f["dec"], "abbr"))], w=66)
    d.text_line(f"If you disagree with a coverage decision, file an appeal by {fmt_date(dl, 'abbr')}.", 10.5, "B")
    d.ln(4)
    d.text_line(f"{f['lab']}, Claim number {claim}", 10, "B")
    d.text_line(f"Referred by: {f['onc']}", 9)
    d.ln(1)
    d.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
            [[f"{fmt_date(f['col'], 'slash')}  81445 Solid tumor NGS panel", "No", fmt_money(amt), "$0.00",
              "$0.00", "$0.00", "A, B"]], [58, 20, 22, 22, 20, 22, 14], size=7.6, aligns="LCRRRRC")
    d.para("A  Medicare covers diagnostic next-generation sequencing once per primary cancer diagnosis for the same "
           f"tumor. A panel was already paid for this cancer (service on {fmt_date(prev, 'slash')}). This item is "
           "not covered. (CARC 119)", 9)
    d.para("B  The provider accepted assignment and cannot bill you for this item unless you signed an Advance "
           "Beneficiary Notice.", 9)
    d.para("How to handle denied claims: if you disagree, circle the item, explain why, and send this notice to the "
           "Medicare contractor at the address on page 3 by the date above. Call 1-800-MEDICARE (1-800-633-4227).",
           9)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(amt), service_dates=[iso(f["col"])], denial_date=iso(f["dec"]), provider=f["lab"],
              appeal_deadline=iso(dl), alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# 4. liquid biopsy without tissue shown insufficient
def liquid(i: int):
    f = facts(i)
    r = f["r"]
    ins = QUIL
    mid, grp, claim = f"QHP{dig(r, 9)}", f"{dig(r, 6)}", f"{dig(r, 4)}-{dig(r, 4)}-{dig(r, 3)}"
    amt = 5230.00
    dl = f["dec"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line(fmt_date(f["dec"], "dmy"), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("RE: Adverse benefit determination - plasma genomic profiling (liquid biopsy)", 11.5, "B")
    d.ln(2)
    pairs(d, [("Patient", f["name"]), ("ID", mid), ("Group", grp), ("Claim", claim),
              ("Date of collection", fmt_date(f["col"], "dmy")), ("Report issued", fmt_date(f["rep"], "dmy")),
              ("Performing lab", f"{f['lab']}, NPI {f['lab_npi']}"), ("Ordered by", f["onc"]),
              ("Billed charges", fmt_money(amt, "nosign"))], w=40, size=10.5)
    d.para(f"{f['lab']} billed 81455 for a cell-free DNA panel performed on a blood sample. Our policy covers a "
           "plasma-based panel for advanced non-small cell lung cancer only when tumor tissue is not available or "
           "is insufficient for testing, or the patient cannot safely have a biopsy. The records show a core biopsy "
           f"(accession {f['acc']}) with adequate tissue that had not been tested. The plasma test is therefore "
           "not medically necessary at this time.", 10.5)
    d.para(f"You must file any appeal by {fmt_date(dl, 'dmy')}. Send it to {ADDR[ins][0]}, {ADDR[ins][1]}, or "
           f"call {f['ph']}.", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["col"])],
              denial_date=iso(f["dec"]), provider=f["lab"], appeal_deadline=iso(dl))
    return pdf_bytes(d), t


# 5. remittance advice to the lab: 0037U denied for stage II colon cancer
def remit(i: int):
    f = facts(i)
    r = f["r"]
    ins = SALT
    mid, icn, chk = f"SHP-{dig(r, 8)}", f"{dig(r, 13)}", f"EFT{dig(r, 8)}"
    l1, l2 = 3500.00, 395.00
    total = l1 + l2
    d = Doc("Courier", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B")
    d.ln(1)
    pairs(d, [("Payee", f["lab"]), ("Payee NPI", f["lab_npi"]), ("Remit date", fmt_date(f["dec"], "slash")),
              ("EFT trace", chk)], w=34, size=9)
    pairs(d, [("Patient", f["name"].upper()), ("Member ID", mid), ("Claim ICN", icn),
              ("Patient acct", f"VGL{dig(r, 7)}"), ("Referring", f"{f['onc']} NPI {f['onc_npi']}")], w=34, size=9)
    d.table(["DOS", "Proc", "Billed", "Allowed", "Paid", "Adj", "CARC/RARC"],
            [[fmt_date(f["col"], "slash"), "0037U", fmt_money(l1, "nosign"), "0.00", "0.00",
              fmt_money(l1, "nosign"), "CO-50 N386"],
             [fmt_date(f["col"], "slash"), "88381", fmt_money(l2, "nosign"), "212.40", "212.40",
              fmt_money(l2 - 212.40, "nosign"), "CO-45"],
             ["*CLAIM TOTAL", "", fmt_money(total, "nosign"), "212.40", "212.40", "", ""]],
            [28, 18, 26, 22, 22, 22, 30], size=8.5, aligns="LLRRRRL")
    d.para("CO-50: These are non-covered services because this is not deemed a medical necessity by the payer. "
           "N386: see the plan's policy on tumor genomic profiling - covered for stage III-IV or recurrent "
           "colorectal cancer; this claim is for stage II colon adenocarcinoma.", 8.5)
    d.para("Reconsideration requests must be received within 60 days of the remit date. Provider Services "
           f"{f['ph']}.", 8.5)
    t = truth("eob", "medical_necessity", insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[iso(f["col"])], denial_date=iso(f["dec"]), provider=f["lab"],
              appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)), alternates={"claim_amount": [m2(l1)]})
    return pdf_bytes(d), t


# 6. fax stack: the lab's fax cover (no document) + the plan's denial for no prior authorization
def fax_cover(i: int) -> bytes:
    f = facts(i)
    r = random.Random(217690)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["lab"].upper(), 16, "B")
    d.text_line("Client Services / Reimbursement  -  Fax " + f"(608) {r.randint(200, 989)}-{r.randint(1000, 9999)}", 9)
    d.ln(6)
    d.text_line("FAX", 28, "B")
    d.ln(3)
    pairs(d, [("To", f"Office of {f['onc']}, Thoracic Oncology"), ("Fax", f"(414) {r.randint(200, 989)}-"
              f"{r.randint(1000, 9999)}"), ("From", "Reimbursement Specialist, Lena Abernathy"),
              ("Date", fmt_date(f["dec"] + dt.timedelta(days=3), "slash")), ("Pages", "2 including cover"),
              ("Re", "Payer denial - please review")], w=24)
    d.para("Attached is the health plan's denial for the tumor profiling we performed for your patient. The plan "
           "requires prior authorization for this test and none was on file. If you obtained an authorization, "
           "please send us the number; otherwise the patient or your office may appeal. We have placed the "
           "account on hold for 60 days.", 10.5)
    d.para("CONFIDENTIAL: this fax contains protected health information. If you received it in error, call us "
           "and destroy it.", 8.5)
    return pdf_bytes(d)


def no_pa(i: int):
    f = facts(i)
    r = f["r"]
    ins = QUIL
    mid, grp, claim = f"QHP{dig(r, 9)}", f"{dig(r, 6)}", f"{dig(r, 4)}-{dig(r, 4)}-{dig(r, 3)}"
    amt = 3649.00
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line(fmt_date(f["dec"], "abbr"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of claim denial - prior authorization not obtained", 12.5, "B")
    d.ln(2)
    d.table(["Claim number", "Collection date", "Code", "Laboratory", "Charges"],
            [[claim, fmt_date(f["col"], "abbr"), "0037U", f["lab"], fmt_money(amt)]],
            [34, 30, 16, 72, 24], size=8.8)
    pairs(d, [("Member ID", mid), ("Group", grp), ("Ordering provider", f["onc"])], w=40)
    d.para("Your plan requires prior authorization for molecular and genomic tests, including tumor sequencing "
           "panels. We did not receive a request for this test before the specimen was tested, so we denied the "
           "claim. This is not a decision about whether the test was medically necessary. Because the laboratory "
           "is in our network, you cannot be billed for this denied service.", 10)
    d.para(f"If you or your doctor disagree, you can appeal within 180 days of the date of this notice. Call "
           f"{f['ph']}.", 10)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["col"])],
              denial_date=iso(f["dec"]), provider=f["lab"], appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 7. appeal upheld: second panel on the same tumor
def upheld(i: int):
    f = facts(i)
    r = f["r"]
    ins = SALT
    mid, claim, app = f"SHP-{dig(r, 8)}", f"{dig(r, 12)}", f"GA-{dig(r, 7)}"
    amt = 4275.00
    prev = f["col"] - dt.timedelta(days=r.randint(120, 200))
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line(fmt_date(f["dec"], "long"), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your appeal has been decided: denial upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Appeal number", app), ("Claim number", claim), ("Member ID", mid),
              ("Date of service", fmt_date(f["col"], "long")), ("Test", "81455, tissue NGS panel"),
              ("Laboratory", f["lab"]), ("Amount billed", fmt_money(amt))], w=40, size=10.5)
    d.para(f"You appealed our denial of a second tumor sequencing panel by {f['lab']}. A panel (0037U) was "
           f"already done on the same tumor specimen on {fmt_date(prev, 'long')} at the request of {f['onc']}. "
           "The plan covers one comprehensive genomic profile per tumor unless the cancer has progressed or a new "
           "primary cancer is found. The records show no progression between the two tests, so the second panel "
           "is not covered. An oncologist who was not involved in the first decision reviewed your appeal.", 10.5)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter, or "
           f"for an independent external review. Call {f['ph']}.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[app, claim], claim_amount=m2(amt), service_dates=[iso(f["col"])],
              denial_date=iso(f["dec"]), provider=f["lab"], appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_81455_stage_i_breast", "born_digital", [early_stage(0)]),
            Item(f"{F}_bd_0037u_approved_stage_iv", "born_digital", [approval(1)]),
            Item(f"{F}_scan300_msn_second_panel_same_tumor", "scan_clean_300", [msn(2)]),
            Item(f"{F}_lowres_liquid_biopsy_tissue_available", "scan_lowres_150", [liquid(3)]),
            Item(f"{F}_copy_remit_0037u_stage_ii_colon", "photocopy", [remit(4)]),
            Item(f"{F}_fax_lab_cover_no_prior_auth", "fax_fine_g4", [no_pa(5)], separators=[fax_cover(5)]),
            Item(f"{F}_rotated_appeal_upheld_second_panel", "rotated", [upheld(6)])]
