"""Family 'pathology_outside_slide_review_consult_denial': an invented plan refusing an outside pathology
consultation on referred slides (CPT 88321/88323, with 88342 stains) as a duplicate of the original read that was
not medically necessary, with the lab's paper around it.

Issuers (all invented): Quarrington Health Partners (member EOB with three claims, member letter in a label
column, boxed provider claim notice to the consulting lab, upheld appeal, a letter with every fact in sentences,
provider remittance with three patients), Amberlee Academic Pathology Consultants (the consulting lab: patient bill,
appeal request to the plan, the billing office's fax cover). The original read was done by Bellhaven Community
Hospital's laboratory. Decoys: the original surgical pathology accession and its date, the hospital's paid claim,
dates of birth, NPI/TIN, received dates, processing periods, patient account numbers, 72-hour and 4-month limits,
form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pathology_outside_slide_review_consult_denial"
LANG = "en"
SEED = 338000

QH, AM, BH = "Quarrington Health Partners", "Amberlee Academic Pathology Consultants", "Bellhaven Community Hospital"
QH_ADDR = ("PO Box 20417", "Cindermoor, NE 68999")
AM_ADDR = ("4410 Scholar's Row, Pavilion C", "Lanthorn City, IA 52999")
PATHS = [("Dr. Ottoline Marsh-Haddad", "Ottoline Marsh-Haddad"), ("Dr. Evander Krell", "Evander Krell"),
         ("Dr. Serafina Tolliver-Ng", "Serafina Tolliver-Ng")]
ONCS = ["Dr. Anatole Pryce", "Dr. Giselle Fairbourne", "Dr. Rowan Ekwueme"]
FIRST = ["Clementine", "Barnabas", "Henrietta", "Ignatius", "Juniper", "Lucius", "Mirabel", "Ptolemy", "Verity"]
LAST = ["Ashdown", "Brennerman", "Coldwell", "Dunmore", "Everleigh", "Foxley", "Grimsditch", "Harrowby", "Inchbald"]
REASON = ("The slides were already read by the pathologist at the hospital where the biopsy was done, and that "
          "report gave a clear diagnosis. Our policy covers a consultation on referred slides when the first report "
          "is uncertain, when treatment at another center needs a confirmed diagnosis, or when the treating doctor "
          "documents a specific clinical question. The records do not show any of these, so the second review "
          "duplicates the original read and is not medically necessary.")


def dg(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def ph(r: random.Random) -> str:
    return f"{r.choice(['800', '844', '877', '888'])}.{dg(r, 3)}.{dg(r, 4)}"


def facts(seed: int) -> dict:
    r = random.Random(seed)
    fi, la, mi = r.choice(FIRST), r.choice(LAST), r.choice("BCDEFGHJKLMNPRSTW")
    path, path_plain = r.choice(PATHS)
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 120))
    dos = notice - dt.timedelta(days=r.randint(21, 45))
    lines = [("88321", "Consultation and report on referred slides", 1, r.choice([412.00, 438.50, 465.00])),
             ("88342", "Immunohistochemistry, first antibody", 1, r.choice([286.25, 301.00])),
             ("88341", "Immunohistochemistry, each additional antibody", 2, r.choice([198.40, 214.75]))]
    total = round(sum(q * p for _, _, q, p in lines), 2)
    return dict(r=r, name=f"{fi} {mi}. {la}", first=fi, last=la, path=path, path_plain=path_plain,
                onc=r.choice(ONCS), notice=notice, dos=dos, biopsy=dos - dt.timedelta(days=r.randint(10, 20)),
                recv=notice - dt.timedelta(days=r.randint(5, 12)), mid="QHP" + dg(r, 8), grp=dg(r, 6),
                claim=dg(r, 4) + "-" + dg(r, 6) + "-" + dg(r, 2), npi=r.choice("12") + dg(r, 9), tin=dg(r, 2) + "-" + dg(r, 7),
                dob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)), acct="AM" + dg(r, 8),
                acc="S26-" + dg(r, 5), lines=lines, total=total, ph=ph(r),
                addr=(f"{r.randint(11, 9800)} {r.choice(['Wexcombe Lane', 'Ferrier Street', 'Tollgate Road'])}",
                      "Lanthorn City, IA 52999"))


def pairs(d: Doc, rows, lw: float = 46, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def qh_head(d: Doc, f: dict) -> None:
    d.font(20, "B")
    d.cell(0, 9, "Quarrington", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(0, 5, "HEALTH PARTNERS", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(110, 18)
    d.font(8)
    d.multi_cell(0, 4, f"{QH}\n{QH_ADDR[0]}\n{QH_ADDR[1]}\nMember Services {f['ph']}\nTTY 711", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(40)
    d.rule(0.6, 4)


def base_truth(f: dict, doc_type: str, **kw) -> dict:
    args = dict(insurer=QH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"], case_numbers=[f["claim"]],
                claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
                provider=AM, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)))
    args.update(kw)
    return truth(doc_type, "medical_necessity" if doc_type != "other" else None, **args)


# ----------------------------------------------------------------------------- 1 member EOB, 3 claims (born digital)
def member_eob(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="QHP-EOB-2026  |  This is not a bill  |  Page {p} of {n}")
    d.add_page()
    qh_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["notice"], "abbr"), 40), ("Member", f["name"], 60),
             ("Member ID", f["mid"], 40), ("Group", f["grp"], 40)])
    d.ln(2)
    d.text_line(f"Claims processed {fmt_date(f['notice'] - dt.timedelta(days=30), 'abbr')} - "
                f"{fmt_date(f['notice'], 'abbr')}", 9)
    d.ln(2)
    c1, c2 = dg(r, 4) + "-" + dg(r, 6) + "-" + dg(r, 2), dg(r, 4) + "-" + dg(r, 6) + "-" + dg(r, 2)
    rows = [[f"*Claim {c1}  -  {f['onc']}, Lanthorn Oncology Associates", "", "", "", "", ""],
            ["99204 New patient visit", fmt_date(f["dos"] - dt.timedelta(days=6), "abbr"), "389.00", "241.16", "201.16", "A1"],
            [f"*Claim {c2}  -  {BH} Laboratory", "", "", "", "", ""],
            ["88305 Surgical pathology, tissue", fmt_date(f["biopsy"], "abbr"), "172.00", "96.40", "86.40", "A1"],
            [f"*Claim {f['claim']}  -  {AM}", "", "", "", "", ""]]
    for code, desc, q, p in f["lines"]:
        rows.append([f"{code} {desc[:30]}" + (f" x{q}" if q > 1 else ""), fmt_date(f["dos"], "abbr"),
                     f"{q * p:,.2f}", "0.00", "0.00", "D44"])
    rows.append(["*Claim total", "", f"{f['total']:,.2f}", "0.00", "0.00", ""])
    d.table(["Service", "Date", "Billed", "Allowed", "Plan paid", "Code"], rows, [74, 26, 20, 20, 20, 20],
            size=8, aligns="LLRRRL")
    d.text_line("Code explanations", 9.5, "B")
    d.para("A1 - Paid under your plan's benefits.  D44 - Denied. A second interpretation of slides already read by "
           "another pathologist is a duplicate service and is not medically necessary unless the treating doctor "
           "documents why it is needed. You do not owe the amount denied if the provider is in network.", 8.5)
    d.para("Your right to appeal: you may ask us to review a denied claim within 180 days of the date of this "
           "statement. Write to Quarrington Appeals, " + QH_ADDR[0] + ", " + QH_ADDR[1] + ". For urgent care, an "
           "expedited appeal is decided within 72 hours. Deductible met this year: $1,250.00 of $1,500.00.", 8.5)
    t = base_truth(f, "eob", denial_alternates=["other"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 2 member letter (scan 300)
def member_letter(f: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer="QHP-ABD-PATH (01/2026)   {p}/{n}")
    d.add_page()
    qh_head(d, f)
    d.text_line(fmt_date(f["notice"], "dmy"), 11)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(5)
    d.text_line("Claim decision: outside pathology consultation not covered", 13, "B")
    d.ln(2)
    pairs(d, [("Patient", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Born", fmt_date(f["dob"], "dmy")),
              ("Claim number", f["claim"]), ("Billed by", f"{AM} (NPI {f['npi']})"),
              ("Reviewing pathologist", f["path"]), ("Services", "88321, 88342, 88341 x2"),
              ("Date of service", fmt_date(f["dos"], "dmy")), ("Amount billed", fmt_money(f["total"])),
              ("Claim received", fmt_date(f["recv"], "dmy"))], lw=48, size=10)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We denied this claim. {REASON} The original report (accession {f['acc']}, dated "
           f"{fmt_date(f['biopsy'], 'dmy')}) from {BH} was paid.", 11)
    d.para("You may appeal within 180 days of the date of this letter. Include any note from your doctor explaining "
           "why a second opinion on the slides was needed. If your health could be seriously harmed by waiting, ask "
           "for an expedited appeal (decided within 72 hours). You may ask for an external review within 4 months "
           "after our final decision.", 11)
    d.para("Claims Review\nQuarrington Health Partners", 11)
    t = base_truth(f, "denial_letter", alternates={"provider": [f["path_plain"]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 3 fax stack: provider notice + appeal request
def provider_notice(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Courier", footer="QHP PROVIDER CLAIM NOTICE  PCN-04  PAGE {p}")
    d.add_page()
    d.text_line("QUARRINGTON HEALTH PARTNERS - PROVIDER SERVICES", 11, "B")
    d.text_line(f"{QH_ADDR[0]}  {QH_ADDR[1]}  PROVIDER LINE {ph(r)}", 8)
    d.ln(4)
    d.text_line(f"TO:  {AM.upper()} - BILLING OFFICE", 9.5)
    d.text_line(f"     {AM_ADDR[0].upper()}, {AM_ADDR[1].upper()}", 9.5)
    d.ln(3)
    d.text_line("CLAIM DETERMINATION", 12, "B")
    d.ln(1)
    d.boxes([("Notice date", fmt_date(f["notice"], "upper"), 45), ("Claim no.", f["claim"], 50),
             ("Received", fmt_date(f["recv"], "upper"), 40), ("Billing NPI", f["npi"], 45)])
    d.boxes([("Patient", f"{f['last'].upper()}, {f['first'].upper()} {f['name'].split()[1][0]}", 70),
             ("Member ID", f["mid"], 50), ("Patient acct", f["acct"], 60)])
    d.ln(3)
    rows = [[c, fmt_date(f["dos"], "upper"), str(q), f"{q * p:.2f}", "0.00", "CO-50"] for c, _, q, p in f["lines"]]
    rows.append(["*TOTAL", "", "", f"{f['total']:.2f}", "0.00", ""])
    d.table(["CPT", "DOS", "UNITS", "CHARGE", "PAID", "ADJ"], rows, [25, 35, 18, 30, 25, 30], size=8.5,
            aligns="LLRRRL")
    d.para("CO-50: THESE ARE NON-COVERED SERVICES BECAUSE THIS IS NOT DEEMED A MEDICAL NECESSITY BY THE PAYER. "
           "N/A: REFERRED-SLIDE CONSULTATION DUPLICATES INTERPRETATION BY " + BH.upper() + " (ACC " + f["acc"] + "). "
           "NO CLINICAL QUESTION FROM TREATING PHYSICIAN ON FILE.", 8.5)
    d.para("RECONSIDERATION: SUBMIT WITHIN 60 DAYS OF THIS NOTICE WITH THE ORDER AND REASON FOR REVIEW. "
           "CORRECTED CLAIMS ACCEPTED WITHIN 365 DAYS OF SERVICE. THE MEMBER MAY NOT BE BILLED FOR CO AMOUNTS.", 8.5)
    t = base_truth(f, "denial_letter", group_number=None, appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
                   type_alternates=["eob"], denial_alternates=["other"])
    return pdf_bytes(d), t


def appeal_request(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    sent = f["notice"] + dt.timedelta(days=11)
    d = Doc("Helvetica", margins=(22, 18, 22))
    d.add_page()
    d.text_line(AM, 14, "B")
    d.text_line(f"{AM_ADDR[0]}  ·  {AM_ADDR[1]}".replace("·", "-"), 8.5)
    d.text_line(f"Billing {ph(r)}   TIN {f['tin']}", 8.5)
    d.ln(8)
    d.text_line(fmt_date(sent, "mdy_nopad"), 10.5)
    d.ln(3)
    d.para(f"Quarrington Health Partners\nProvider Reconsiderations\n{QH_ADDR[0]}\n{QH_ADDR[1]}", 10.5)
    d.text_line(f"Re: request for reconsideration, claim {f['claim']}", 10.5, "B")
    d.ln(2)
    d.para(f"Patient {f['name']}, member ID {f['mid']}, account {f['acct']}. Dates of service as billed.", 10.5)
    d.para(f"Our consultation was requested in writing by {f['onc']}, who is planning treatment and needed the "
           "diagnosis confirmed before it starts, as the treating center requires. The request form is attached. The "
           "immunostains were not done on the original case. We ask that the claim be reprocessed for payment.", 10.5)
    d.para(f"Sincerely,\n\n{f['path']}, MD, FCAP\nMedical Director", 10.5)
    d.para("Enclosures: consult request form; our report; the plan's claim notice", 9)
    t = truth("other", None, insurer=QH, member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]],
              denial_date=iso(sent), provider=f["path_plain"], unscored=["insurer"],
              alternates={"provider": [AM], "denial_date": [None]})
    return pdf_bytes(d), t


def billing_cover(f: dict) -> bytes:
    r = f["r"]
    d = Doc("Times")
    d.add_page()
    d.text_line(AM, 14, "B")
    d.text_line("Patient Billing Office", 10)
    d.ln(16)
    d.text_line("FACSIMILE", 24, "B", align="C")
    d.ln(8)
    pairs(d, [("TO:", "Quarrington Health Partners - Provider Reconsiderations"), ("FAX:", ph(r)),
              ("FROM:", "A. Whitcombe, billing specialist"), ("PHONE:", ph(r)),
              ("DATE:", fmt_date(f["notice"] + dt.timedelta(days=11), "slash")), ("PAGES:", "3 with cover")],
          lw=26, size=12)
    d.para("Reconsideration request and the notice it answers are attached.", 11)
    return pdf_bytes(d)


# ----------------------------------------------------------------------------- 4 lab bill (photocopy)
def lab_bill(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    sd = f["notice"] + dt.timedelta(days=20)
    d = Doc("Helvetica", footer=None)
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.font(13, "B")
    d.cell(0, 10, f"  {AM}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{AM_ADDR[0]}, {AM_ADDR[1]}   Questions {ph(r)}", 8.5)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(sd, "slash"), 40), ("Account", f["acct"], 40),
             ("Please pay by", fmt_date(sd + dt.timedelta(days=30), "slash"), 40), ("Amount due", fmt_money(f["total"]), 40)])
    d.ln(4)
    pairs(d, [("Patient", f["name"]), ("Date of birth", fmt_date(f["dob"], "slash")),
              ("Insurance", f"{QH}  ID {f['mid']}"), ("Referring physician", f["onc"]),
              ("Consulting pathologist", f["path"])], lw=48)
    rows = [[fmt_date(f["dos"], "slash"), c, desc, str(q), fmt_money(q * p, "nosign")] for c, desc, q, p in f["lines"]]
    rows += [["", "", "Insurance payment", "", "0.00"], ["", "", "Adjustment", "", "0.00"],
             ["*", "", "Balance", "", fmt_money(f["total"], "nosign")]]
    d.table(["Date", "CPT", "Description", "Qty", "Amount"], rows, [26, 18, 92, 12, 26], size=8.5, aligns="LLLRR")
    d.para("Your insurance company denied these charges as not medically necessary. We have asked them to reconsider. "
           "You may also appeal to your plan. If you pay now and the plan later pays, we will refund you. Payment "
           "plans and financial assistance are available.", 9.5)
    t = truth("other", None, insurer=QH, member_id=f["mid"], member_name=f["name"], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(sd), provider=AM, unscored=["insurer"],
              alternates={"provider": [f["path_plain"]], "denial_date": [None], "claim_amount": [None]})
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 5 upheld appeal (rotated)
def upheld(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    dec = f["notice"] + dt.timedelta(days=40)
    appeal = "GA-26-" + dg(r, 6)
    d = Doc("Times", footer="Quarrington Health Partners  -  Appeals  -  QHP-APL-UPH")
    d.add_page()
    qh_head(d, f)
    d.text_line(fmt_date(dec, "wlong"), 11)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line(f"RE: Appeal {appeal}  /  Claim {f['claim']}  /  ID {f['mid']}", 11, "B")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"We received your appeal on {fmt_date(dec - dt.timedelta(days=25), 'long')} about the claim from {AM} "
           f"for the review of your slides on {fmt_date(f['dos'], 'long')}, billed at {fmt_money(f['total'])}. A "
           "board-certified pathologist who was not part of the first decision reviewed the file.", 11)
    d.para("Decision: we are upholding our denial. " + REASON + " The note you sent says the second review was "
           "done 'for peace of mind'; it does not name a question the first report left open.", 11)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months of "
           "receiving this letter. Call " + f["ph"] + " for the form. For urgent situations an expedited external "
           "review is decided within 72 hours.", 11)
    d.para("Appeals and Grievances Department", 11)
    t = base_truth(f, "denial_letter", case_numbers=[appeal, f["claim"]], group_number=None, denial_date=iso(dec), appeal_deadline=None,
                   alternates={"case_numbers": [[appeal]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 6 prose letter (phone photo)
def prose(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", margins=(26, 20, 26))
    d.add_page()
    d.text_line("Quarrington Health Partners", 12, "B", align="C")
    d.text_line("Claims & Member Advocacy", 9, align="C")
    d.ln(8)
    d.para(f"{fmt_date(f['notice'], 'long')}\n\n{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 10.5)
    d.para(f"Hello {f['first']},", 10.5)
    d.para(f"We are writing about the claim {AM} sent us for a second look at your biopsy slides. "
           f"{f['path']} reviewed the slides on {fmt_date(f['dos'], 'long')} and the lab billed "
           f"{fmt_money(f['total'])}. The claim number is {f['claim']} and your member ID is {f['mid']} (group "
           f"{f['grp']}).", 10.5)
    d.para("We cannot pay this claim. Your slides had already been read by a pathologist at the hospital, and nothing "
           "in your records shows why a second reading was needed, so we consider it a repeat of the first reading "
           "that was not medically necessary.", 10.5)
    d.para("If you or your doctor disagree, you may ask for an appeal within 180 days of the date of this letter. "
           "Call us at " + f["ph"] + " and we will help. Please keep this letter.", 10.5)
    d.para("Warm regards,\nMember Advocacy Team", 10.5)
    t = base_truth(f, "denial_letter", alternates={"provider": [f["path_plain"]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 7 provider remittance (150 dpi)
def remittance(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    ra = f["notice"]
    d = Doc("Courier", orientation="L", footer="QHP ELECTRONIC REMITTANCE - PAPER COPY - PAGE {p}")
    d.add_page()
    d.text_line("QUARRINGTON HEALTH PARTNERS                      PROVIDER REMITTANCE ADVICE", 10, "B")
    d.text_line(f"PAYEE: {AM.upper()}   NPI {f['npi']}   TIN {f['tin']}", 8.5)
    d.text_line(f"RA DATE {fmt_date(ra, 'iso')}   RA NO {dg(r, 9)}   EFT TRACE {dg(r, 12)}", 8.5)
    d.ln(3)
    others = [("WINTERBOURNE, CASSIUS L", "QHP" + dg(r, 8), dg(r, 4) + "-" + dg(r, 6) + "-" + dg(r, 2), 438.50, 301.77, "CO-45"),
              ("OKONJO-BRAY, FELICITY A", "QHP" + dg(r, 8), dg(r, 4) + "-" + dg(r, 6) + "-" + dg(r, 2), 724.00, 512.30, "CO-45")]
    rows = []
    for n, m, c, b, p, code in others[:1]:
        rows.append([n, m, c, fmt_date(ra - dt.timedelta(days=r.randint(20, 40)), "iso"), "88321", f"{b:.2f}", f"{p:.2f}", code])
    pt = f"{f['last'].upper()}, {f['first'].upper()} {f['name'].split()[1][0]}"
    for code, _, q, p in f["lines"]:
        rows.append([pt, f["mid"], f["claim"], fmt_date(f["dos"], "iso"), code + (f" x{q}" if q > 1 else ""),
                     f"{q * p:.2f}", "0.00", "CO-50"])
    rows.append(["*", "", f["claim"], "", "CLAIM TOT", f"{f['total']:.2f}", "0.00", ""])
    n, m, c, b, p, code = others[1]
    rows.append([n, m, c, fmt_date(ra - dt.timedelta(days=r.randint(20, 40)), "iso"), "88323", f"{b:.2f}", f"{p:.2f}", code])
    d.table(["PATIENT", "MEMBER ID", "CLAIM", "DOS", "CPT", "BILLED", "PAID", "ADJ"], rows,
            [58, 30, 34, 26, 26, 26, 22, 20], size=8, aligns="LLLLLRRL")
    d.para("CO-45 CHARGE EXCEEDS FEE SCHEDULE.  CO-50 NOT DEEMED A MEDICAL NECESSITY - DUPLICATE READ OF REFERRED "
           "SLIDES.  APPEALS: WITHIN 90 DAYS OF THE DATE OF THIS REMITTANCE.  CORRECTED CLAIMS: 365 DAYS FROM DOS.", 8)
    t = base_truth(f, "eob", group_number=None, appeal_deadline=iso(ra + dt.timedelta(days=90)),
                   type_alternates=["denial_letter"], denial_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    f = facts(SEED + 1)
    items.append(Item(f"{FAMILY}_bd_member_eob_three_claims", "born_digital", [member_eob(f)]))
    f = facts(SEED + 2)
    items.append(Item(f"{FAMILY}_scan300_member_letter_label_column", "scan_clean_300", [member_letter(f)]))
    f = facts(SEED + 3)
    items.append(Item(f"{FAMILY}_faxf_stack_cover_claim_notice_appeal_request", "fax_fine_g4",
                      [provider_notice(f), appeal_request(f)], separators=[billing_cover(f), None]))
    f = facts(SEED + 4)
    items.append(Item(f"{FAMILY}_copy_lab_patient_bill", "photocopy", [lab_bill(f)]))
    f = facts(SEED + 5)
    items.append(Item(f"{FAMILY}_rot_upheld_appeal", "rotated", [upheld(f)]))
    f = facts(SEED + 6)
    items.append(Item(f"{FAMILY}_phone_prose_letter", "phone_photo", [prose(f)]))
    f = facts(SEED + 7)
    items.append(Item(f"{FAMILY}_lowres_provider_remittance", "scan_lowres_150", [remittance(f)]))
    return items
