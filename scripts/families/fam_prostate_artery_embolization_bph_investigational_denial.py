"""Family 'prostate_artery_embolization_bph_investigational_denial': prostate artery embolization for benign
prostatic hyperplasia (CPT 37243 embolization, 75894 radiological supervision, with 36252/75726 angiography)
refused as investigational, or as not medically necessary where a plan covers it under criteria; the urologist's
TURP (52601) paid.

Documents: a Medicare Advantage notice of denial of medical coverage (IDN style) refusing PAE before it is done;
a low-resolution scanned stack of a commercial plan's post-service denial letter (with the blank back of its sheet)
and the interventional radiology group's statement passing the charges to the patient; a photocopied appeal
decision in ruled boxes upholding the denial; a fine-fax EOB ledger with three claims (urology visit and pelvic
CT angiography paid, PAE denied); a TPA's letter about the hospital's facility claim (phone photo); a two-page
pre-service letter with a running header refusing PAE for unmet criteria; a paid TURP EOB fed sideways.

Decoys: DOB, received dates, NPIs, account numbers, prostate volumes, IPSS scores, medical policy numbers, form
and material numbers, paid claims and their amounts, due dates, 72-hour, peer-to-peer and external-review limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "prostate_artery_embolization_bph_investigational_denial"
LANG = "en"
SEED = 287600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, rows, lw=40, size=9.4, h=5.0, x=None):
        for lab, val in rows:
            if x is not None:
                self.set_x(x)
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def phone(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 15) + D(days=r.randint(0, 130))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1941, 1968), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi())


def pae_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("37243", "Vascular embolization, ischemia/tumor", float(r.randint(7800, 11200))),
            ("75894", "Transcatheter embolization, S&I", float(r.randint(1200, 1900))),
            ("36252", "Selective catheter, bilateral pelvic", float(r.randint(2100, 3100))),
            ("75726", "Angiography, visceral, S&I", float(r.randint(650, 990)))]


# ---------------------------------------------------------------- 0: MA notice of denial of medical coverage
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverpine Health Plans"
    mid = f"SP{r.digits(9)}"
    ref = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    doc = "Jasper K. Fairchild, MD"
    notice = f["dos"] - D(days=r.randint(10, 16))
    d = Page(f"CMS-10003-NDMCP (Exp. 01/31/2028)    H{r.digits(4)}_IDN26PAE_M    Page {{p}} of {{n}}",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("Silverpine Senior Advantage (HMO)", 13, "B", h=7)
    d.text_line(f"{ins}  ·  2200 Lantern Way, Bangor, ME 04401  ·  {f['ph']} (TTY 711)", 8.5, h=4.6)
    d.ln(6)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(3)
    d.kv([("Date:", fmt_date(notice, "slash")), ("Member number:", mid), ("Name:", f["member"]),
          ("Case reference:", ref)], lw=38, size=10, h=5.8)
    d.ln(4)
    d.text_line("Your request was denied", 11.5, "B", h=7)
    d.para(f"We denied the medical services listed below that {doc} (Pinegate Vascular & Interventional "
           f"Radiology) requested for you: prostate artery embolization (CPT 37243 with 75894), planned for "
           f"{fmt_date(f['dos'], 'slash')} at Pinegate outpatient "
           "center.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("We denied this service because prostate artery embolization for an enlarged prostate (benign "
           "prostatic hyperplasia) is considered investigational under our coverage policy (Silverpine Medical "
           "Policy SMP-URO-088). The studies do not yet show that it works as well as standard treatments such "
           "as transurethral resection of the prostate (TURP), so it is not reasonable and necessary under "
           "Medicare coverage rules used in your Evidence of Coverage, Chapter 4, Section 3.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Silverpine Senior Advantage to review our decision by asking us for an "
           "appeal. Ask for a Standard or Fast appeal. Your appeal must be requested within 65 calendar days of "
           "the date listed at the top of this notice. If you ask for an appeal after 65 days of the date of this "
           "notice, you must explain why your appeal is late.", 10)
    d.para("Standard Appeal: we will give you a decision no later than 30 calendar days after we get your appeal. "
           "Fast Appeal: we will give you a decision within 72 hours after we get your appeal if waiting could "
           "seriously harm your health. If we continue to deny, your case is sent automatically to an Independent "
           "Review Entity.", 10)
    d.para(f"How to ask: mail or fax Silverpine Appeals, PO Box 8840, Bangor, ME 04401, fax {phone(r)}, or call "
           f"{f['ph']}. Your doctor may ask for an appeal for you. Member date of birth on file: "
           f"{fmt_date(f['dob'], 'slash')}. Requesting physician NPI: {f['npi']}.", 10)
    t = truth("denial_letter", "experimental", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + D(days=65)), denial_alternates=["medical_necessity", "not_covered"],
              alternates={"service_dates": [[]], "insurer": ["Silverpine Senior Advantage"],
                          "provider": ["Pinegate Vascular & Interventional Radiology"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: letter (duplex) + IR group statement
def doc_post_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("NORTHGATE ASSURANCE HEALTH", 14, "B", h=7)
    d.text_line(f"Claims Review  ·  PO Box 40410, Macon, GA 31201  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(6)
    y = d.get_y()
    for ln in [fmt_date(f["notice"], "long"), "", f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    d.kv([("Claim #", f["claim"]), ("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
          ("Provider", "Cascadia Vascular & IR, PC"), ("Date of service", fmt_date(f["dos"], "slash")),
          ("Amount billed", fmt_money(f["billed"]))], lw=30, size=8.8, h=4.8, x=112)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We processed the claim from {f['prov']} for prostate artery embolization performed on "
           f"{fmt_date(f['dos'], 'long')}. The claim is denied. Payment is not available for this service.", 10)
    d.para("Reason: Our medical policy UR-61 (Minimally Invasive Treatments for Benign Prostatic Hyperplasia) "
           "considers prostate artery embolization investigational and experimental. Your benefit booklet "
           "excludes services that are investigational or experimental (Section 9, Exclusions). Procedure codes "
           "37243, 75894, 36252 and 75726 billed for this service are denied.", 10)
    d.para("You may appeal. Your written appeal must be received within 180 days of the date of this letter. Send "
           "it to Northgate Assurance Health, Appeals, PO Box 40412, Macon, GA 31201. Include this letter and "
           "any records you want us to consider. If your appeal is urgent, call us; urgent appeals are decided "
           "within 72 hours. You may have the right to an external review after our final decision.", 10)
    d.para("Sincerely,\nClaims Review\nNorthgate Assurance Health", 10)
    t = truth("denial_letter", "experimental", insurer="Northgate Assurance Health", group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["prov"],
              appeal_deadline=iso(f["notice"] + D(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_ir_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + D(days=r.randint(12, 20))
    acct = f"CV-{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 10, "  " + f["prov"], fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Billing office · 610 Harbor View Road, Bellingham, WA 98225 · {phone(r)} · Tax ID 91-{r.digits(7)}",
                8.3, h=5)
    d.ln(4)
    y = d.get_y()
    d.text_line("PATIENT STATEMENT", 12, "B", h=6.5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    d.kv([("Statement date:", fmt_date(stmt, "dmy")), ("Account:", acct), ("Due by:", fmt_date(stmt + D(days=30), "dmy")),
          ("Balance due:", fmt_money(f["billed"]))], lw=32, size=9.4, h=5.2, x=120)
    d.ln(8)
    rows = [[fmt_date(f["dos"], "dmy"), c, desc, fmt_money(a)] for c, desc, a in f["lines"]]
    rows.append(["", "", "Total charges", fmt_money(f["billed"])])
    rows.append([fmt_date(f["notice"], "dmy"), "", "Northgate Assurance Health - denied (investigational)", "$0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(f["billed"])])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 102, 39.9], size=8.8, aligns="LLLR",
            head_fill=True)
    d.para(f"Insurance on file: Northgate Assurance Health, member {f['mid']}, claim {f['claim']}. Your plan "
           "denied this procedure as investigational, so the balance is now your responsibility. If you appeal "
           "to your plan, call us and we will hold your account for 90 days. Ask about our prompt-pay discount "
           "and interest-free payment plans.", 9)
    d.para(f"Physician: {f['doc']}.  Place of service: Cascadia outpatient angiography suite.", 9)
    d.text_line("- - - - - - - - - - - - please return this portion with your payment - - - - - - - - - - - -", 8,
                align="C", h=6)
    d.para(f"Account {acct}     Balance {fmt_money(f['billed'])}     Amount paid $____________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["prov"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(prov="Cascadia Vascular & Interventional Radiology, PC", doc="Colin H. Vasquez, MD",
             mid=f"NAH{r.digits(3)}{r.letters(1)}{r.digits(5)}", grp=f"{r.digits(6)}", claim=f"26{r.digits(9)}")
    f["lines"] = pae_lines(r)
    f["billed"] = round(sum(a for _, _, a in f["lines"]), 2)
    f["notice"] = f["dos"] + D(days=r.randint(28, 40))
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [doc_post_letter(r, f), doc_ir_statement(r, f)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 2: upheld appeal, ruled boxes (photocopy)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridale Health Cooperative"
    mid, grp = f"{r.digits(3)} {r.digits(4)} {r.digits(3)}", f"MHC{r.digits(5)}"
    appeal, claim = f"G{r.digits(2)}-{r.digits(6)}", f"{r.digits(10)}"
    prov = "Summit Ridge Radiology Associates"
    doc = "Theo M. Rutledge, MD"
    billed = round(sum(a for _, _, a in pae_lines(r)[:3]), 2)
    recv = f["dos"] + D(days=r.randint(70, 100))
    notice = recv + D(days=r.randint(22, 29))
    d = Page("Meridale Health Cooperative  ·  First-level appeal decision  ·  Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Meridale Health Cooperative", 15, "B", h=7.5)
    d.text_line(f"Grievance & Appeals  ·  55 Fenwick Avenue, Lubbock, TX 79401  ·  {f['ph']}", 8.4, h=4.5)
    d.ln(4)
    d.text_line("APPEAL DECISION - DENIAL UPHELD", 12.5, "B", h=7)
    d.boxes([("Date of decision", fmt_date(notice, "upper"), 40), ("Appeal number", appeal, 38),
             ("Claim number", claim, 40), ("Appeal received", fmt_date(recv, "upper"), 65.9)])
    d.boxes([("Member", f["member"], 58), ("Member ID", mid, 40), ("Group", grp, 30),
             ("Date of service", fmt_date(f["dos"], "upper"), 55.9)])
    d.boxes([("Rendering provider", prov, 78), ("Physician", doc, 52), ("Billed amount", fmt_money(billed), 53.9)])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We have completed our review of your appeal of the denial of prostate artery embolization. A "
           "board-certified urologist who was not involved in the first decision reviewed the claim, the "
           "procedure note, your prostate ultrasound (volume 86 mL) and the letter from your physician.", 10)
    d.para("Decision: the denial is upheld. Meridale medical policy MED-URO-17 lists prostate artery embolization "
           "for benign prostatic hyperplasia as experimental/investigational because its long-term results "
           "compared with standard surgery are not established. Experimental and investigational services are "
           "excluded under your certificate of coverage, Article 7.", 10)
    d.para("This completes the internal appeal process. You may request an independent external review through "
           "the Texas Department of Insurance within 4 months after the date you receive this decision. For an "
           "urgent situation, an expedited external review may be requested.", 10)
    d.para("Sincerely,\n\nMarisol P. Ibarra\nAppeals Coordinator", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prov, denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fine-fax EOB ledger with three claims
def doc_ledger_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bramblewood Health Insurance Company"
    mid, grp = f"BW-{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}"
    uro, img, ir = "Kestrel Urology Partners", "Sycamore Imaging Center", "Lakeshore Interventional Radiology"
    c0, c1, c2 = (f"{r.letters(1)}{r.digits(10)}" for _ in range(3))
    d0 = f["dos"] - D(days=r.randint(40, 55))
    d1 = f["dos"] - D(days=r.randint(14, 25))
    stmt = f["dos"] + D(days=r.randint(25, 35))
    lines = pae_lines(r)
    billed = round(sum(a for _, _, a in lines), 2)
    ov, cta = float(r.randint(240, 390)), float(r.randint(1400, 2300))
    d = Page("Bramblewood Health  -  Explanation of Benefits  -  {p} of {n}", margins=(10, 12, 10))
    d.add_page()
    d.text_line("Bramblewood Health", 17, "B", h=8)
    d.text_line(f"{ins}  -  Explanation of Benefits  -  THIS IS NOT A BILL", 9, h=5)
    d.ln(2)
    d.kv([("Date issued:", fmt_date(stmt, "long")), ("Subscriber/patient:", f["member"]), ("ID number:", mid),
          ("Group number:", grp)], lw=40, size=9.2, h=5)
    d.ln(4)
    rows = []
    ao = round(ov * 0.7, 2)
    rows.append([c0, uro, fmt_date(d0, "slash"), "99204", fmt_money(ov, "nosign"), fmt_money(ao, "nosign"),
                 fmt_money(ao - 35, "nosign"), "35.00", "01"])
    ac = round(cta * 0.45, 2)
    rows.append([c1, img, fmt_date(d1, "slash"), "72191", fmt_money(cta, "nosign"), fmt_money(ac, "nosign"),
                 fmt_money(round(ac * 0.8, 2), "nosign"), fmt_money(round(ac * 0.2, 2), "nosign"), "01"])
    for code, _, a in lines:
        rows.append([c2, ir, fmt_date(f["dos"], "slash"), code, fmt_money(a, "nosign"), "0.00", "0.00",
                     fmt_money(a, "nosign"), "E40"])
    rows.append(["*Subtotal " + c2, "", "", "", fmt_money(billed, "nosign"), "0.00", "0.00",
                 fmt_money(billed, "nosign"), ""])
    d.table(["Claim", "Provider", "Service", "Code", "Billed", "Allowed", "Paid", "Your cost", "Note"], rows,
            [27, 52, 20, 12, 19, 17, 17, 18, 13.9], size=7.4, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("01  Paid according to your in-network benefits.", 8.4, gap=1)
    d.para("E40  Investigational/experimental. Prostate artery embolization is considered investigational for "
           "benign prostatic hyperplasia (Bramblewood policy 2026-UR-09). Not covered. The provider is in network "
           "and may bill you only if you agreed in writing before the service.", 8.4)
    d.text_line("Questions and appeals", 9.5, "B", h=5.5)
    d.para(f"Call {f['ph']}. To appeal a denied claim, write to us within 180 days of the date issued shown on "
           "this EOB: Bramblewood Appeals, PO Box 615, Erie, PA 16501. Expedited appeals: 72 hours. External "
           f"review may be available after the internal appeal. Provider NPI {f['npi']}.", 8.4)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=ir, appeal_deadline=iso(stmt + D(days=180)), denial_alternates=["not_covered"],
              alternates={"insurer": ["Bramblewood Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: paid TURP EOB (rotated)
def doc_paid_turp(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cinder Ridge Health"
    mid, grp = f"CRH{r.digits(7)}{r.letters(1)}", f"{r.digits(5)}"
    claim = f"{r.digits(3)} {r.digits(5)} {r.digits(4)}"
    uro = "Anselm V. Szabo, MD"
    stmt = f["dos"] + D(days=r.randint(20, 30))
    b1, b2 = float(r.randint(2600, 3900)), float(r.randint(180, 320))
    a1, a2 = round(b1 * 0.52, 2), round(b2 * 0.6, 2)
    d = Page("Cinder Ridge Health · Claim summary · {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("CINDER RIDGE HEALTH", 15, "B", h=7.5)
    d.text_line("Claim summary (Explanation of Benefits) · This is not a bill", 9.5, h=5.5)
    d.rule(0.4, 4)
    d.boxes([("Processed", fmt_date(stmt, "iso"), 34), ("Patient", f["member"], 52), ("Member ID", mid, 42),
             ("Group", grp, 47.9)])
    d.boxes([("Claim", claim, 50), ("Provider", uro, 60), ("Date of service", fmt_date(f["dos"], "iso"), 65.9)])
    d.ln(5)
    rows = [["52601", "Transurethral resection of prostate", fmt_money(b1), fmt_money(a1), fmt_money(a1 - 250),
             "$250.00"],
            ["52000", "Cystourethroscopy (same session)", fmt_money(b2), fmt_money(a2), fmt_money(a2), "$0.00"],
            ["*Total", "", fmt_money(b1 + b2), fmt_money(a1 + a2), fmt_money(a1 + a2 - 250), "$250.00"]]
    d.table(["Code", "Service", "Charged", "Allowed", "We paid", "You owe"], rows, [18, 62, 24, 24, 24, 23.9],
            size=8.6, aligns="LLRRRR")
    d.para(f"We paid {uro}'s claim for your prostate surgery. You owe your $250.00 outpatient surgery copay. "
           "Nothing on this claim was denied.", 9.6)
    d.para(f"Your plan year: deductible met. If you disagree with how we paid this claim, call {f['ph']}. You can "
           "file an appeal within 180 days after you get this summary.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(b1 + b2), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=uro, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: TPA letter, facility claim (phone photo)
def doc_tpa_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Allmark Benefit Services"
    plan = "Cobble Hill County Employee Health Plan"
    mid, grp = f"AB{r.digits(8)}", f"CHC-{r.digits(3)}"
    claim = f"{r.digits(2)}-{r.digits(7)}-{r.digits(2)}"
    hosp = "Riverbend General Hospital"
    billed = float(r.randint(14000, 23000)) + 0.4
    notice = f["dos"] + D(days=r.randint(30, 45))
    by = notice + D(days=180)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Allmark Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.text_line(f"9 Old Mill Road, Pueblo, CO 81003  ·  {f['ph']}", 8.8, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.table(["Employee/Member ID", "Group", "Claim", "Facility", "Billed"],
            [[mid, grp, claim, hosp, fmt_money(billed)]], [38, 22, 34, 48, 27.9], size=8.8, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{hosp} billed the plan for the outpatient facility services for your prostate artery embolization "
           f"on {fmt_date(f['dos'], 'long')} (revenue codes 0361 and 0320). We cannot pay this claim.", 10)
    d.para("The plan document (Section 12, General Exclusions, item 14) excludes treatment that is experimental "
           "or investigational. The plan's medical reviewer applied our clinical guideline CG-IR-23, which "
           "classifies prostate artery embolization for an enlarged prostate as investigational. The physician "
           "and anesthesia claims for the same day are being handled the same way.", 10)
    d.text_line("Appeal rights", 10.5, "B", h=6)
    d.para(f"You may appeal. Your appeal must be postmarked by {fmt_date(by, 'long')}. Mail it to Allmark Benefit "
           "Services, Appeals, at the address above. You may ask for copies of the guideline and documents used. "
           "If the appeal is denied you may have the right to an external review and to sue under ERISA "
           "section 502(a).", 10)
    d.para("Claims Department\nAllmark Benefit Services", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=hosp, appeal_deadline=iso(by), denial_alternates=["not_covered"],
              alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: two-page pre-service letter, criteria not met
def doc_criteria_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ferncliff Health Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"{r.letters(2)}-{r.digits(4)}"
    ref = f"UM{r.digits(8)}"
    doc = "Naomi E. Greer, MD"
    notice = f["dos"] - D(days=r.randint(9, 14))
    recv = notice - D(days=r.randint(3, 6))
    d = Page("Page {p} of {n}", margins=(22, 16, 22),
             header=f"Ferncliff Health Plan  ·  {f['member']}  ·  Reference {ref}  ·  {fmt_date(notice, 'abbr')}")
    d.add_page()
    d.text_line("Ferncliff Health Plan", 16, "B", h=8)
    d.text_line(f"Medical Management · 300 Birchwood Lane, Yuma, AZ 85364 · {f['ph']}", 8.6, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.kv([("Reference:", ref), ("Member ID:", mid), ("Group:", grp), ("Requesting physician:", doc),
          ("Service:", "Prostate artery embolization (37243, 75894)"),
          ("Planned date of service:", fmt_date(f["dos"], "abbr")), ("Request received:", fmt_date(recv, "abbr"))],
         lw=48, size=9.6, h=5.4)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("Ferncliff covers prostate artery embolization for symptoms of an enlarged prostate when all of the "
           "criteria in our clinical policy CP-URO-204 are met. We reviewed the information your doctor sent. "
           "The request does not meet the criteria listed below, so we cannot approve it. The service is not "
           "medically necessary for you at this time.", 10)
    d.text_line("Criteria and what we found", 10.5, "B", h=6.5)
    rows = [["Prostate volume of 40 mL or more on imaging", "Met (ultrasound 62 mL)"],
            ["Moderate to severe symptoms (IPSS 8 or more)", "Met (IPSS 21)"],
            ["At least 6 months of medical therapy (alpha-blocker or 5-ARI)", "Not met: 6 weeks of tamsulosin"],
            ["Evaluation by a urologist, including cystoscopy or flow study", "Not met: no urology note received"],
            ["Not a candidate for, or declines, TURP after counseling", "Not documented"]]
    d.table(["Criterion", "Finding"], rows, [102, 69.9], size=8.8, border_head="TB")
    d.para("If your doctor sends a urology evaluation and notes showing a longer trial of medicine, we will look at "
           "the request again. Your doctor may ask for a peer-to-peer talk with our reviewer within 7 days of "
           "this letter.", 10)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=7)
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal, with any "
           "records you want us to consider, to Ferncliff Health Plan, Appeals Department, PO Box 771, Yuma, AZ "
           f"85364, or fax {phone(r)}. Your doctor may appeal for you.", 10)
    d.para("If waiting for a standard appeal could seriously harm your health, you or your doctor may ask for an "
           "expedited appeal. We will decide an expedited appeal within 72 hours.", 10)
    d.para("After our final decision you may ask for an external review by an independent review organization "
           "within 4 months. You may also contact the state Department of Insurance consumer assistance line.",
           10)
    d.para("You may ask, free of charge, for copies of the clinical policy, the records and the name of the "
           "reviewer we used. The reviewer was a board-certified urologist.", 10)
    d.para(f"Sincerely,\n\nHarriet C. Lomax, MD\nMedical Director, Ferncliff Health Plan\n\ncc: {doc}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + D(days=180)), denial_alternates=["prior_authorization"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_ma_idn, "ma_notice", "born_digital"), (2, doc_upheld_appeal, "upheld_appeal", "photocopy"),
              (3, doc_ledger_eob, "ledger_eob", "fax_fine_g4"), (4, doc_paid_turp, "paid_turp_eob", "rotated"),
              (5, doc_tpa_letter, "tpa_letter", "phone_photo"),
              (6, doc_criteria_letter, "criteria_letter", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
