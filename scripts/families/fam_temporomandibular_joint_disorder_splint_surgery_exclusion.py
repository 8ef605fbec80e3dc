"""Family 'temporomandibular_joint_disorder_splint_surgery_exclusion': temporomandibular joint (TMJ) care refused under
the TMJ exclusion of a medical plan or bounced between the medical and the dental plan: occlusal orthotic devices
(D7880, CPT 21085 oral surgical splint), arthrocentesis (20605 with 21116 injection) and open joint surgery (21240
arthroplasty, arthroscopy 29804).

Documents: a two-page prose letter (claim, fee, surgeon and date only in sentences) refusing a splint under the TMJ
exclusion; a fine-fax stack of a cover sheet, a TPA key-value letter refusing arthrocentesis and the oral surgeon's
statement of account; a three-claim dental EOB where only the orthotic device is refused (send it to the medical
carrier); a photocopied state employee plan appeal decision in ruled boxes upholding the refusal of arthroplasty; a
phone photo of a corrected claim paid under the limited TMJ benefit; a sideways two-column letter from a medical plan
telling the member the CDT-coded splint belongs to the dental plan; a low-resolution Medicare Advantage integrated
denial notice (CMS-10003 style) refusing arthroscopy before conservative care.

Decoys: DOB, NPIs, dates received, paid claims on the dental EOB, the original (replaced) claim on the corrected
claim summary, medical policy numbers, form numbers, account numbers, 72-hour, external-review and second-level time
limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "temporomandibular_joint_disorder_splint_surgery_exclusion"
LANG = "en"
SEED = 304500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, mid_i=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1955, 2001), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                recv=dos + dt.timedelta(days=r.randint(6, 18)))


def addr_block(d: Page, f: dict, size: float = 10) -> None:
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=size * 0.5)


# ------------------------------------------------------------------ 0: two-page prose letter, splint excluded
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Ridge Health Plan"
    mid, grp = f"CRH{r.digits(9)}", f"{r.digits(6)}-{r.letters(1)}"
    claim = f"{r.digits(4)}-{r.digits(7)}"
    dentist, practice = "Anselm T. Greer, DMD", "Greer Orofacial Pain & TMJ Center"
    notice = f["recv"] + dt.timedelta(days=r.randint(9, 16))
    fee = r.amount(1200, 2400)
    d = Page("CRHP-L114 (rev. 01/2026)        page {p} of {n}",
             head=f"{f['member']}  |  member {mid}  |  continued")
    d.add_page()
    d.text_line("Cobalt Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"Claims Correspondence Unit  ·  4400 Tamarack Parkway, Boise Flats, ID 83705  ·  {ph(r)}", 8.3, h=4.4)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    addr_block(d, f, 10.5)
    d.ln(5)
    d.font(9)
    d.cell(0, 5, f"Member number {mid}   ·   Employer group {grp}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"On {fmt_date(f['dos'], 'long')} you saw {dentist} of {practice}, who made you an occlusal orthotic "
           f"device (a bite splint) for pain in your jaw joint. The office asked us to pay {fmt_money(fee)} for "
           f"the splint and the visit. We logged the request as claim {claim} when it arrived on "
           f"{fmt_date(f['recv'], 'long')}.", 10.5)
    d.para("We cannot pay this claim. Your plan does not cover treatment of temporomandibular joint disorder "
           "(TMJ or TMD) that is done on the teeth or with appliances that fit over the teeth, such as splints, "
           "night guards, orthotics and bite adjustment. This is written in your Certificate of Coverage, Part 7, "
           "\"What Is Not Covered\", item 41. Because the service is excluded, we did not review whether it was "
           "medically necessary.", 10.5)
    d.para("The office used dental procedure code D7880 and diagnosis code M26.621 (arthralgia of the right "
           "temporomandibular joint). You may ask us for the meaning of any code on your claim; asking is not an "
           "appeal. Our medical policy MP-TMJ-0412 (free on request) describes which jaw-joint treatments the plan "
           f"does cover, such as surgery on the joint itself. Provider NPI on the claim: {f['npi']}.", 10.5)
    d.para("If you also have a dental plan, it may cover the splint. You can send the bill and this letter to "
           "that plan.", 10.5)
    d.text_line("If you disagree with this decision", 11, "B", h=7)
    d.para("You or someone you name may appeal. Your appeal must reach us within 180 days of the date of this "
           "letter. Write to Cobalt Ridge Health Plan, Member Appeals, PO Box 2290, Boise Flats, ID 83705, and "
           "include this letter and any notes from your dentist. If waiting could seriously harm your health, ask "
           "for a fast appeal; we answer fast appeals within 72 hours.", 10.5)
    d.para("After our final decision you may ask for an independent external review within 4 months. You may "
           "also have the right to bring a civil action under section 502(a) of ERISA. For help, call the "
           "Employee Benefits Security Administration at 1-866-444-3272 or your state consumer assistance "
           "program.", 10.5)
    d.para("Sincerely,\n\nM. Okafor-Lind, Claims Correspondence\nCobalt Ridge Health Plan", 10.5)
    d.para(f"Patient date of birth on file: {fmt_date(f['dob'], 'long')}.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(float(fee)), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=dentist, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [practice]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: TPA letter + surgeon statement
def doc_tpa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Northgate Benefit Administrators"
    plan = "Fennimore County Schools Employee Benefit Plan"
    notice = f["recv"] + dt.timedelta(days=r.randint(7, 12))
    f["notice"] = notice
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("NORTHGATE BENEFIT ADMINISTRATORS", 13, "B", h=7)
    d.text_line(f"claims administrator for the {plan}", 8.6, h=4.5)
    d.text_line(f"770 Commerce Loop, Suite 12, Erie Crossing, PA 16509  ·  Fax {ph(r)}", 8.6, h=4.5)
    d.rule(0.5, 4)
    d.text_line("EXPLANATION OF ADVERSE BENEFIT DETERMINATION", 11, "B", h=6.5)
    d.ln(2)
    rows = [("Mailed", fmt_date(notice, "dmy")), ("Covered person", f["member"]), ("Participant no.", f["mid"]),
            ("Plan / group", f"{f['grp']}"), ("Our reference", f["claim"]),
            ("Treating surgeon", f["surgeon"]), ("Clinic", f["clinic"]),
            ("Treatment date(s)", fmt_date(f["dos"], "dmy")), ("Amount submitted", fmt_money(f["billed"], "usd")),
            ("Received", fmt_date(f["recv"], "dmy"))]
    for k, v in rows:
        d.font(9.4)
        d.cell(44, 5.2, k + " ....")
        d.font(9.4, "B")
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Code", "Service", "Submitted", "Benefit"],
            [[x["code"], x["desc"], fmt_money(x["billed"], "nosign"), "0.00"] for x in f["lines"]],
            [22, 92, 28, 28], size=8.6, aligns="LLRR", border_head="TB")
    d.para("Why we denied this: the Plan excludes \"services, supplies and appliances for the diagnosis or "
           "treatment of temporomandibular joint dysfunction, including arthrocentesis, joint injections and "
           "splints\" (Plan Document, Article VIII, Exclusion 33). Jaw joint reconstruction after an accident is "
           "the only TMJ care the Plan covers; the records do not describe an injury.", 9.4)
    d.para("Appeal: send a written request to the Appeals Committee at the address above within 180 days of "
           "the date of this notice. Urgent care appeals are decided within 72 hours. You may ask for copies of "
           "all documents relevant to this claim free of charge.", 9.4)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": [plan], "provider": [f["clinic"]]})
    return pdf_bytes(d), t


def doc_surgeon_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    acct = f"{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(14, 12, 188, 16, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 14)
    d.font(14, "B")
    d.cell(0, 7, f["clinic"].upper())
    d.set_xy(18, 21)
    d.font(8.5)
    d.cell(0, 5, f"{f['surgeon']}  ·  301 Harbor View Road, Erie, PA 16501  ·  Billing {ph(r)}")
    d.set_text_color(0, 0, 0)
    d.set_xy(14, 34)
    d.text_line("Patient Account Summary", 12, "B", h=7)
    d.boxes([("Printed", fmt_date(stmt, "abbr"), 34), ("Account", acct, 28), ("Guarantor", f["member"], 56),
             ("Balance now due", fmt_money(f["billed"]), 36), ("Due on receipt", "yes", 34)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "abbr"), x["code"], x["desc"], fmt_money(x["billed"])] for x in f["lines"]]
    rows.append(["*Charges", "", "", fmt_money(f["billed"])])
    rows.append([fmt_date(f["notice"], "abbr"), "", f"Northgate Benefit Admin. - denied (ref {f['claim']})", "$0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(f["billed"])])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [30, 20, 104, 34], size=8.6, aligns="LLLR")
    d.para("Your plan has denied these services under its TMJ exclusion, so the balance is now yours. We offer "
           "interest-free payment plans of up to 12 months. If you file an appeal with your plan, please tell us "
           "and we will place your account on hold for 45 days.", 9)
    d.para(f"Insurance on file: Northgate Benefit Administrators, participant {f['mid']}, group {f['grp']}. "
           f"Provider NPI {f['npi']}.", 8.6)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["clinic"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"NBA{r.digits(7)}", grp=f"FCS-{r.digits(4)}", claim=f"{r.letters(2)}{r.digits(9)}",
             surgeon="Colin R. Strand, DDS, MD", clinic="Bayfront Oral & Maxillofacial Surgery")
    f["lines"] = [dict(code="20605", desc="Arthrocentesis, intermediate joint (TMJ), right",
                       billed=float(r.randint(620, 880))),
                  dict(code="21116", desc="Injection procedure for TMJ arthrography", billed=float(r.randint(240, 390))),
                  dict(code="99214", desc="Office visit, established patient", billed=float(r.randint(180, 260)))]
    f["billed"] = sum(x["billed"] for x in f["lines"])
    a = doc_tpa_letter(r, f)
    b = doc_surgeon_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------------ 2: dental EOB, three claims, one refused
def doc_dental_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Dental Benefits, Inc."
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}"
    stmt = f["recv"] + dt.timedelta(days=r.randint(5, 10))
    gen = "Lantern Way Family Dentistry"
    tmj = "Juniper Drive Orofacial Clinic"
    claims = [(f"{r.digits(11)}", f["dos"] - dt.timedelta(days=r.randint(20, 40)), gen,
               [("D0120", "Periodic oral evaluation", 68.0), ("D1110", "Prophylaxis - adult", 112.0)], "paid"),
              (f"{r.digits(11)}", f["dos"], tmj, [("D7880", "Occlusal orthotic device, by report",
                                                   float(r.randint(980, 1650)))], "T12"),
              (f"{r.digits(11)}", f["dos"] + dt.timedelta(days=r.randint(3, 9)), gen,
               [("D2392", "Resin composite, two surfaces, posterior", float(r.randint(190, 260)))], "paid")]
    d = Page("Brightwater Dental Benefits  ·  Explanation of Dental Benefits  ·  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("BRIGHTWATER", 17, "B", h=8)
    d.text_line("DENTAL BENEFITS", 8.5, "B", h=4.5)
    d.text_line(f"{ins} · PO Box 31, Macon, GA 31201 · {ph(r)}", 8, h=4.4)
    d.ln(3)
    d.text_line("EXPLANATION OF DENTAL BENEFITS - THIS IS NOT A BILL", 11, "B", h=6.5)
    y = d.get_y()
    addr_block(d, f, 9.4)
    d.set_y(y)
    for k, v in [("Processed on", fmt_date(stmt, "slash")), ("Enrollee ID", mid), ("Group", grp),
                 ("Patient", f["member"])]:
        d.set_x(120)
        d.font(9)
        d.cell(28, 4.9, k)
        d.font(9, "B")
        d.cell(50, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for c, dos, prov, lines, rm in claims:
        d.font(8.8, "B")
        d.cell(0, 5.2, f"Claim {c}  -  {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt in lines:
            if rm == "paid":
                allowed = round(amt * 0.82, 2)
                plan_pays = allowed if code.startswith(("D0", "D1")) else round(allowed * 0.8, 2)
                rows.append([fmt_date(dos, "slash"), code, desc, fmt_money(amt, "nosign"), fmt_money(allowed, "nosign"),
                             fmt_money(plan_pays, "nosign"), fmt_money(allowed - plan_pays, "nosign"), ""])
            else:
                rows.append([fmt_date(dos, "slash"), code, desc, fmt_money(amt, "nosign"), "0.00", "0.00",
                             fmt_money(amt, "nosign"), rm])
        d.table(["Service date", "Code", "Procedure", "Charged", "Allowed", "We paid", "Your part", "Note"], rows,
                [22, 14, 68, 20, 20, 20, 20, 12], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Note codes", 9.5, "B", h=5.5)
    d.para("T12  Appliances and therapy for temporomandibular joint (TMJ) disorders are not a benefit of your "
           "dental plan (Dental Booklet, Limitations and Exclusions, item 19). Your medical plan may consider "
           "this service; give it this statement with the dentist's bill.", 8.5)
    d.para("Questions or a review request: write to us within 180 days after you receive this statement. Annual "
           "maximum used to date: $612.40 of $1,500.00. Dentist NPI for the T12 claim: " + f["npi"] + ".", 8.5)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[claims[1][0]], claim_amount=m2(claims[1][3][0][2]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=tmj, denial_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: state employee plan appeal upheld, boxes
def doc_state_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cascadia State Employees Health Program"
    mid, grp = f"SE{r.digits(8)}", f"{r.digits(3)}-{r.digits(3)}"
    preauth, appeal = f"PA{r.digits(8)}", f"GR-2026-{r.digits(5)}"
    surgeon, hosp = "Harriet N. Tanaka, DMD, MD", "Old Mill Road Surgical Hospital"
    planned = f["dos"] + dt.timedelta(days=r.randint(20, 40))
    notice = f["dos"] + dt.timedelta(days=r.randint(3, 10))
    d = Page("CSEHP Appeals  -  Form AP-7  -  {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Cascadia State Employees Health Program", 14, "B", h=7)
    d.text_line("Administered by the Cascadia Department of Personnel · Appeals Section", 8.2, h=4.4)
    d.text_line(f"PO Box 40919, Olympia Heights, WA 98504 · {ph(r)}", 8.2, h=4.4)
    d.ln(4)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("Decision date", fmt_date(notice, "iso"), 40), ("Appeal no.", appeal, 46),
             ("Prior approval request", preauth, 48), ("Outcome", "DENIAL UPHELD", 50)], h=12)
    d.boxes([("Employee / patient", f["member"], 62), ("Member identifier", mid, 46), ("Plan group", grp, 30),
             ("Date of birth", fmt_date(f["dob"], "iso"), 46)], h=12)
    d.boxes([("Surgeon requesting", surgeon, 72), ("Facility", hosp, 76), ("Scheduled", fmt_date(planned, "iso"), 36)],
            h=12)
    d.boxes([("Procedure requested", "21240 Arthroplasty, temporomandibular joint, with allograft (left)", 184)], h=12)
    d.ln(5)
    d.text_line("What you asked for", 10.5, "B", h=6)
    d.para("You appealed our denial of prior approval for open surgery on your left jaw joint. Your appeal letter "
           "and the surgeon's notes were reviewed by an oral and maxillofacial surgeon who was not involved in "
           "the first decision.", 9.6)
    d.text_line("Decision and reason", 10.5, "B", h=6)
    d.para("The denial is upheld. The Program's Benefits Handbook, chapter 5, section 5.22, excludes surgical and "
           "non-surgical treatment of temporomandibular joint disorders unless the disorder results from a "
           "documented accidental injury or a tumor. The records describe internal derangement of the joint with "
           "no injury or tumor, so the exclusion applies. This decision is about what the Program covers; it is "
           "not a finding that the surgery is unnecessary.", 9.6)
    d.text_line("Next steps", 10.5, "B", h=6)
    d.para("You may request a second-level review by the State Health Benefits Board. Your request must be "
           "received within 60 days of the date of this letter. Because this denial is based on a plan exclusion, "
           "it is not eligible for external review by an independent review organization; if you believe it "
           "involves medical judgment, you may ask the Cascadia Office of the Insurance Commissioner to "
           "decide that within 4 months.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, preauth], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=surgeon, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: corrected claim paid (phone photo)
def doc_corrected_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Maplewood Mutual Insurance Company"
    mid, grp = f"MMI-{r.digits(3)}-{r.digits(4)}", f"G{r.digits(7)}"
    old, new = f"{r.digits(12)}", f"{r.digits(12)}"
    prov = "Ingrid P. Nakamura, DDS"
    stmt = f["recv"] + dt.timedelta(days=r.randint(25, 40))
    billed = float(r.randint(1100, 1700))
    allowed = round(billed * 0.71, 2)
    paid = round(allowed * 0.8, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Maplewood Mutual", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Claim Summary  ·  Member line {ph(r)}", 8.6, h=4.6)
    d.rule(1, 3)
    d.font(9.5)
    d.multi_cell(0, 5, f"Summary date {fmt_date(stmt, 'abbr')}\nFor {f['member']}   ID {mid}   Group {grp}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Corrected claim - processed", 11, "B", h=6.5)
    d.para(f"This claim ({new}) replaces claim {old}, which we denied because it was billed with a dental code. "
           f"Your dentist's office sent it again with CPT 21085 (oral surgical splint) and a medical diagnosis. "
           "It is now paid under your plan's limited benefit for TMJ appliances (one per lifetime).", 9.4)
    rows = [[fmt_date(f["dos"], "abbr"), "21085", "Oral surgical splint", fmt_money(billed), fmt_money(allowed),
             fmt_money(allowed - paid), fmt_money(paid)]]
    d.table(["Service", "Code", "What it was", "Billed", "Allowed", "Your cost", "Plan paid"], rows,
            [26, 16, 50, 24, 24, 22, 22], size=8.6, aligns="LLLRRRR", border_head="TB")
    d.para(f"Paid to: {prov}, Sycamore Court Dental Sleep & TMJ.  Payment issued {fmt_date(stmt, 'abbr')}.", 9.4)
    d.para("Lifetime TMJ appliance benefit: used. Deductible met. If you have questions, call the number above.",
           8.8)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[new],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=prov,
              type_alternates=["other"], alternates={"provider": ["Sycamore Court Dental Sleep & TMJ"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: sideways two-column "send to dental plan"
def doc_two_column(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health Insurance Co."
    mid, grp = f"{r.letters(1)}{r.digits(8)}-01", f"{r.digits(4)}"
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(7)}"
    dentist = "Beatriz L. Quintero, DDS"
    notice = f["recv"] + dt.timedelta(days=r.randint(4, 9))
    billed = float(r.randint(700, 1300)) + 0.5
    d = Page("Prairie Lantern Health Insurance Co.  ·  18 Depot Street, Fargo, ND 58102  ·  PL-CN-22", margins=(14, 14, 14))
    d.add_page()
    d.text_line("prairie lantern health", 15, "B", h=8)
    d.rule(0.3, 3)
    top = d.get_y()
    # right column: facts box
    d.set_fill_color(236, 236, 236)
    d.rect(136, top, 66, 92, "F")
    d.set_xy(139, top + 3)
    d.font(9, "B")
    d.cell(60, 5, "About this claim")
    yy = top + 10
    for k, v in [("Notice date", fmt_date(notice, "wlong")), ("Claim #", claim), ("Subscriber ID", mid),
                 ("Group", grp), ("Billed by", dentist), ("Amount billed", fmt_money(billed)),
                 ("Date of service", fmt_date(f["dos"], "mdy_nopad"))]:
        d.set_xy(139, yy)
        d.font(7.4)
        d.cell(60, 3.6, k)
        d.set_xy(139, yy + 3.6)
        d.font(8.8, "B")
        d.multi_cell(60, 4.2, v)
        yy = d.get_y() + 2
    # left column: letter
    d.set_left_margin(14)
    d.set_right_margin(80)
    d.set_xy(14, top)
    addr_block(d, f, 9.8)
    d.ln(5)
    d.para(f"Hello {f['first']},", 10)
    d.para("We looked at a bill your dentist sent us for a bite splint (code D7880). Splints and other appliances "
           "for jaw joint (TMJ) problems are dental services. Your Prairie Lantern medical policy does not pay "
           "for dental services, so we did not pay this bill.", 10)
    d.para("What you can do: send the bill to your dental insurance company. If you do not have dental "
           "coverage, ask your dentist about the cost. Your medical policy does cover jaw-joint surgery and "
           "imaging when they are medically necessary.", 10)
    d.para("Disagree? You can appeal. Tell us in writing within 180 days of the date of this notice: Prairie "
           "Lantern Appeals, 18 Depot Street, Fargo, ND 58102. You can also call us.", 10)
    d.para(f"Reason code CO-96 / N20. Member date of birth {fmt_date(f['dob'], 'mdy_nopad')}.", 8.4)
    d.set_right_margin(14)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=dentist, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["other"], alternates={"insurer": ["Prairie Lantern Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: MA integrated denial notice (low-res scan)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverpine Health Partners"
    mid = f"{r.randint(1, 9)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    plan_mem = f"SP{r.digits(9)}"
    req = f"OD-{r.digits(8)}"
    surgeon = "Kwame J. Oduya, MD"
    notice = f["dos"]
    planned = notice + dt.timedelta(days=r.randint(14, 30))
    d = Page("CMS-10003-NDMCP (Exp. 12/31/2027)   H5521_IDN26_C   page {p} of {n}",
             head=f"Silverpine Medicare Advantage (HMO)  -  Notice of Denial of Medical Coverage  -  {f['member']}")
    d.add_page()
    d.text_line("Silverpine Medicare Advantage (HMO)", 12, "B", h=6.5)
    d.text_line(f"{ins}  ·  PO Box 7700, Yuma, AZ 85364", 8.6, h=4.5)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", h=8)
    d.ln(1)
    d.para(f"Date: {fmt_date(notice, 'slash')}", 10, gap=1)
    d.para(f"Name: {f['member']}        Member number: {plan_mem}        Medicare number: {mid}", 10, gap=4)
    d.text_line("Your request was denied", 11, "B", h=6.5)
    d.para(f"We have denied the medical services/items listed below that you or your doctor requested: left "
           f"temporomandibular joint arthroscopy with lysis of adhesions (CPT 29804), requested by {surgeon} for "
           f"{fmt_date(planned, 'long')}. Request number {req}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("We denied this request because it is not medically necessary for you at this time. Medicare covers "
           "jaw joint surgery when a jaw joint disorder has not improved after at least 3 months of conservative "
           "treatment such as a splint, physical therapy and anti-inflammatory medicine. Your records show jaw "
           "pain that began 6 weeks ago and no splint or physical therapy yet. A plan physician reviewed this "
           "decision.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Silverpine Medicare Advantage to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 calendar days of the date listed at the top of this notice. If "
           "you ask after 65 days, you must explain why your appeal is late.", 10)
    d.add_page()
    d.text_line("Standard or fast appeal", 11, "B", h=6.5)
    d.para("A standard appeal is decided within 30 days. A fast appeal is decided within 72 hours; ask for one if "
           "you or your doctor believe your health could be seriously harmed by waiting. If we say no to your "
           "appeal, your case goes to an Independent Review Entity automatically.", 10)
    d.text_line("How to ask for an appeal", 11, "B", h=6.5)
    d.para("Write to Silverpine Medicare Advantage, Appeals and Grievances, PO Box 7710, Yuma, AZ 85364, or fax "
           "1-555-301-4471. For a fast appeal call 1-555-301-4400 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.",
           10)
    d.text_line("Get help and more information", 11, "B", h=6.5)
    d.para("Medicare: 1-800-MEDICARE (1-800-633-4227). Your State Health Insurance Assistance Program can help "
           "for free. You can ask for a free copy of the guidelines we used.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(notice), provider=surgeon,
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": ["Silverpine Medicare Advantage (HMO)", "Silverpine Medicare Advantage"],
                          "member_id": [plan_mem]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"),
              (2, doc_dental_eob, "dental_eob", "scan_clean_300"),
              (3, doc_state_appeal, "state_appeal", "photocopy"),
              (4, doc_corrected_paid, "corrected_paid", "phone_photo"),
              (5, doc_two_column, "dental_plan_redirect", "rotated"),
              (6, doc_ma_idn, "ma_idn", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
