"""Family 'carotid_artery_stenting_high_surgical_risk_denial': carotid artery stenting (CPT 37215 with distal
embolic protection, 37216 without) refused because the patient does not meet high-surgical-risk criteria and
carotid endarterectomy is the preferred treatment, seen from the plan, Medicare, the surgeons and the hospital.

Documents: a Medicare Advantage pre-service denial in the CMS-10003 (IDN) shape; a fine-fax stack of a cover sheet,
a two-page commercial prose letter refusing the stent claim and the vascular surgery group's statement; a Part B
Medicare Summary Notice with a paid cardiology claim and the denied stent claim; a sideways MA reconsideration
that upholds the denial and forwards the case to the IRE; a low-resolution hospital outpatient EOB with three
claims (only the facility stent claim denied); a phone photo of a request for records that decides nothing; an
approval after the high-risk documentation arrived.

Decoys: DOB, NPIs, received dates, medical-policy and form numbers, account numbers, paid claims, allowed/paid
amounts, 72-hour, IRE and respond-by limits. All values invented (insurers, surgeons, hospitals, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "carotid_artery_stenting_high_surgical_risk_denial"
LANG = "en"
SEED = 320500
FD = "/usr/share/fonts/truetype/dejavu/"
STENT = "Transcatheter carotid stent with distal embolic protection"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16), serif=False):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        if serif:
            self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


def surgeon(r: Rand) -> str:
    return r.person()[0]


def kv(d: Page, rows, lw=42, size=9.2, h=5.0, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------------ 0: MA pre-service IDN (born digital)
def doc_idn(r: Rand):
    f = base(r)
    ins = "Redwater Advantage Health Plan"
    mid = f"RWA {r.digits(4)} {r.digits(4)} {r.digits(1)}"
    plan = f"H{r.digits(4)}-{r.digits(3)}"
    req = f"PA-26-{r.digits(6)}"
    doc = surgeon(r)
    grp = "Cascade Vascular Specialists"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    recv = notice - dt.timedelta(days=r.randint(3, 9))
    d = Page("Form CMS-10003-NDMCP (Expires 12/31/2027)   H" + plan[1:5] + "_IDN26_C   Page {p} of {n}")
    d.add_page()
    d.text_line("Redwater Advantage", 16, "B", h=8)
    d.text_line(f"{ins}  ·  1400 Spokane Falls Blvd, Suite 9, Yakima, WA 98901", 8.4, h=4.4)
    d.ln(4)
    d.text_line(f"Date: {fmt_date(notice, 'long')}", 10, h=6)
    d.ln(1)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", h=8)
    d.rule(0.6, 3)
    kv(d, [("Name:", f["member"]), ("Member number:", mid), ("Plan:", f"Redwater Advantage Choice (HMO)  {plan}"),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Request number:", req),
           ("Request received:", fmt_date(recv, "long"))], lw=40)
    d.ln(3)
    d.set_fill_color(236, 236, 236)
    d.font(10, "B")
    d.cell(0, 7, "  Your request was denied", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"We denied the medical services listed below that were requested by you or your doctor: carotid artery "
           f"stent placement with embolic protection, left internal carotid artery (CPT 37215), requested by "
           f"Dr. {doc}, {grp}, to be done at Yakima Heights Hospital on {fmt_date(f['dos'], 'long')}.", 9.8)
    d.font(10, "B")
    d.cell(0, 7, "  Why did we deny your request?", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Medicare covers carotid artery stenting for people who are at high risk for carotid endarterectomy "
           "(surgery to clean out the artery). Your records show a 74% narrowing that caused symptoms, a heart "
           "pumping strength (ejection fraction) of 55%, no earlier neck surgery or radiation, and no severe lung "
           "disease. You do not meet any of the high-surgical-risk conditions in the Medicare coverage rule "
           "(National Coverage Determination 20.7), so stenting is not medically necessary for you. Carotid "
           "endarterectomy is the preferred treatment and is covered.", 9.8)
    d.font(10, "B")
    d.cell(0, 7, "  You have the right to appeal our decision", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("You have the right to ask Redwater Advantage to review our decision by asking us for an appeal. Ask for "
           "an appeal within 65 calendar days of the date of this notice. We can give you more time if you have "
           "a good reason for missing the deadline.", 9.8)
    d.text_line("There are 2 kinds of appeals", 10, "B", h=6)
    d.para("Standard appeal - we will give you a written decision within 30 calendar days after we get your "
           "appeal.\nFast appeal - we will give you a decision within 72 hours after we get your appeal. You can "
           "ask for a fast appeal if you or your doctor believe that your health could be seriously harmed by "
           "waiting.", 9.4)
    d.para(f"Call Member Services at 1-877-{r.digits(3)}-{r.digits(4)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. "
           f"Requesting physician NPI: {f['npi']}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, plan_id=plan, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"provider": [grp], "insurer": ["Redwater Advantage"], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: prose letter + group statement
def doc_prose_letter(r: Rand, f: dict):
    ins = "Tamarack Mutual Health & Life"
    d = Page(None, header=f"{f['member']}  |  Claim {f['claim']}  |  Tamarack Mutual  |  page 2", margins=(24, 20, 24),
             serif=True)
    d.add_page()
    d.text_line("TAMARACK MUTUAL", 15, "B", h=7, align="C")
    d.text_line("Health & Life  ·  Clinical Claim Review", 9, h=5, align="C")
    d.text_line(f"PO Box 7702, Missoula, MT 59801  ·  Fax {ph(r)}", 8.5, h=5, align="C")
    d.ln(8)
    d.text_line(fmt_date(f["notice"], "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have finished reviewing the claim your surgeon sent us for the procedure you had on "
           f"{fmt_date(f['dos'], 'long')}. On that day Dr. {f['doc']} of {f['grp']} placed a stent with an embolic "
           f"protection device in your right internal carotid artery (procedure code 37215). The claim, number "
           f"{f['claim_print']}, was for {fmt_money(f['billed'])}. Your member ID is {f['mid']} and your employer "
           f"group is {f['grpno']}.", 10.5)
    d.para("We are sorry, but we cannot pay this claim. Our medical policy for extracranial carotid revascularization "
           "(policy MP-7.01.88) covers stenting in place of surgery only when a member is at high risk for carotid "
           "endarterectomy: for example, severe heart failure, a recent heart attack, a previous endarterectomy on "
           "the same side, radiation to the neck, a lesion too high or too low to reach surgically, or a blocked "
           "artery on the other side.", 10.5)
    d.para("The notes we received from your surgeon describe a 70 to 79 percent narrowing without symptoms and "
           "good heart function, and do not describe any of these conditions. A board-certified vascular surgeon "
           "reviewed the records and found that endarterectomy was the appropriate treatment and that stenting "
           "was not medically necessary for you.", 10.5)
    d.text_line("What was reviewed", 10.5, "B", h=6)
    d.para("Operative note; carotid duplex report; office notes of two visits before the procedure; the hospital "
           "discharge summary. We did not receive a cardiology evaluation or a CT angiogram report.", 10.5)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=7)
    d.para("You or someone you name may appeal this decision. Your appeal must reach us within 180 days of the date "
           "of this letter. Please include any records that show a high surgical risk, such as a cardiology "
           "evaluation or imaging of the neck. If your situation is urgent you may ask for an expedited appeal, "
           "which we decide within 72 hours. After our final decision you may ask for an external review by an "
           "independent review organization within 4 months.", 10.5)
    d.para("You may ask for free copies of the policy and the records we used, and for the diagnosis and "
           "procedure codes and their meanings. Such a request is not an appeal. You may also have the right to "
           "bring a civil action under section 502(a) of ERISA after your appeal.", 10.5)
    d.text_line("Help in other languages", 11, "B", h=7)
    d.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame al número que figura en su tarjeta de identificación. Tamarack Mutual complies with applicable "
           "federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, "
           "disability, or sex.", 9.5)
    d.para("Sincerely,\n\nGrace L. Vantongeren, MD\nMedical Director, Clinical Claim Review\nTamarack Mutual Health & "
           "Life", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grpno"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["doc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [f["grp"]], "insurer": ["Tamarack Mutual"]})
    return pdf_bytes(d), t


def doc_group_statement(r: Rand, f: dict):
    stmt = f["notice"] + dt.timedelta(days=r.randint(12, 22))
    acct = f"NVS-{r.digits(6)}"
    older = f["dos"] - dt.timedelta(days=r.randint(30, 50))
    duplex = float(r.randint(380, 520))
    d = Page("Northgate Vascular Surgery Group  ·  statement " + acct, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  NORTHGATE VASCULAR SURGERY GROUP", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"2210 Fenwick Avenue, Suite 300, Bozeman, MT 59715  ·  Billing {ph(r)}  ·  Tax ID 81-{r.digits(7)}",
                8, h=5)
    d.ln(3)
    y = d.get_y()
    d.text_line("STATEMENT", 12, "B", h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "slash")), ("Account", acct), ("Guarantor", f["member"]),
           ("Please pay by", fmt_date(stmt + dt.timedelta(days=25), "slash"))], lw=32, size=8.8, h=4.8, x=120)
    d.ln(6)
    rows = [[fmt_date(older, "slash"), "93880", "Duplex scan, carotid arteries, bilateral", fmt_money(duplex, "nosign"),
             "Paid by insurance"],
            [fmt_date(f["dos"], "slash"), "37215", "Carotid stent, embolic protection (Dr. " + f["doc"].split()[-1] + ")",
             fmt_money(f["billed"], "nosign"), "Denied by insurance"]]
    d.table(["Service date", "CPT", "Description", "Charge", "Insurance"], rows, [26, 16, 82, 24, 34], size=8.3,
            aligns="LLLRL", head_fill=True)
    kv(d, [("Insurance payments", "-" + fmt_money(duplex * 0.62, "nosign")),
           ("Contractual adjustment", "-" + fmt_money(duplex * 0.38, "nosign")),
           ("Balance due from you", fmt_money(f["billed"], "plain"))], lw=50, size=9, x=110)
    d.ln(4)
    d.para(f"Tamarack Mutual denied the stent procedure of {fmt_date(f['dos'], 'slash')} (insurer claim "
           f"{f['claim_print']}). Our office has asked Dr. {f['doc']} for a letter of medical necessity for your "
           "appeal. We will hold this balance for 90 days while your appeal is reviewed. If you have questions "
           "about this statement, call our billing office.", 8.8)
    t = truth("other", None, group_number=None, member_id=None, member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider="Northgate Vascular Surgery Group", unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(doc=surgeon(r), grp="Northgate Vascular Surgery Group", mid=f"TMH{r.digits(9)}", grpno=f"{r.digits(6)}-01",
             billed=float(r.randint(6200, 9800)) + r.choice([0, 0.5, 0.75]))
    f["claim_print"] = f"{r.digits(4)} {r.digits(4)} {r.digits(4)}"
    f["claim"] = f["claim_print"].replace(" ", "")
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_prose_letter(r, f), doc_group_statement(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: Part B MSN (photocopy)
def doc_msn(r: Rand):
    f = base(r)
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    by = notice + dt.timedelta(days=120)
    older = f["dos"] - dt.timedelta(days=r.randint(15, 30))
    c_paid, c_den = f"{r.digits(13)}", f"{r.digits(13)}"
    doc = surgeon(r)
    card = "Kestrel Heart & Vascular Clinic"
    visit, stent = float(r.randint(210, 330)), float(r.randint(5400, 8800)) + 0.25
    hvisit = float(r.randint(180, 290))
    d = Page("Medicare Summary Notice for Part B  ·  " + f["member"] + "  ·  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13.5, "B", h=7.5)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.4, h=5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=4.9)
    d.set_y(y)
    kv(d, [("Medicare Number", mbi), ("Date of This Notice", fmt_date(notice, "long")),
           ("Claims Processed", f"Between {fmt_date(notice - dt.timedelta(days=90), 'long')} and"),
           ("", fmt_date(notice, "long"))], lw=46, size=8.6, h=4.8, x=100)
    d.ln(5)
    d.set_fill_color(228, 228, 228)
    d.font(10.5, "B")
    d.cell(0, 7, " Your Claims for Part B (Medical Insurance)", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"{card}: {fmt_date(older, 'slash')}   Claim number {c_paid}   Provider NPI {r.npi()}", 8.8, gap=1)
    d.table(["Service provided & billing code", "Charged", "Approved", "Medicare paid", "You may be billed", "Notes"],
            [["Office visit, established patient (99214)", fmt_money(visit), fmt_money(visit * 0.55),
              fmt_money(visit * 0.44), fmt_money(visit * 0.11), ""]],
            [60, 24, 24, 26, 32, 14], size=7.8, aligns="LRRRRL")
    d.para(f"Dr. {doc}, Yellowstone Valley Medical Center: {fmt_date(f['dos'], 'slash')}   Claim number {c_den}", 8.8,
           gap=1)
    d.table(["Service provided & billing code", "Charged", "Approved", "Medicare paid", "You may be billed", "Notes"],
            [["Carotid stent with embolic protection (37215)", fmt_money(stent), "$0.00", "$0.00", fmt_money(stent), "A"],
             ["Hospital visit, subsequent (99232)", fmt_money(hvisit), fmt_money(hvisit * 0.6),
              fmt_money(hvisit * 0.48), fmt_money(hvisit * 0.12), ""],
             ["*Total for this claim", fmt_money(stent + hvisit), "", "", "", ""]],
            [60, 24, 24, 26, 32, 14], size=7.8, aligns="LRRRRL")
    d.font(10.5, "B")
    d.cell(0, 7, " Notes for Your Claims", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("A  Medicare pays for carotid artery stenting only for patients at high risk for carotid endarterectomy "
           "who meet the conditions of the national coverage determination. The information provided does not "
           "support that this service was medically necessary for you. You may be billed because the provider "
           "gave you a written notice before the service.", 8.8)
    d.font(10.5, "B")
    d.cell(0, 7, " How to Handle Denied Claims or File an Appeal", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. Appeals must be filed "
           f"by {fmt_date(by, 'long')}. Circle the service you disagree with, explain why, and send this notice to "
           "Noridian-West Part B Redeterminations, PO Box 6782, Fargo, ND 58108. Be Informed: Medicare open "
           "enrollment runs October 15 - December 7.", 8.8)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c_den], claim_amount=m2(stent + hvisit), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=doc, appeal_deadline=iso(by), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [m2(stent)],
                          "provider": ["Yellowstone Valley Medical Center"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: MA reconsideration upheld (rotated)
def doc_recon(r: Rand):
    f = base(r)
    ins = "Sunfield Senior Advantage"
    mid = f"SSA-{r.digits(3)}-{r.digits(5)}"
    appeal, orig = f"RC{r.digits(8)}", f"OD-{r.digits(7)}"
    doc = surgeon(r)
    first_dec = f["dos"] - dt.timedelta(days=r.randint(40, 55))
    notice = first_dec + dt.timedelta(days=r.randint(20, 28))
    d = Page("Sunfield Senior Advantage  —  Appeals & Grievances", margins=(26, 22, 26), serif=True)
    d.add_page()
    d.text_line("Sunfield Senior Advantage", 16, "B", h=8)
    d.text_line("A Medicare Advantage HMO  ·  Appeals & Grievances Department  ·  Box 2290, Macon, GA 31201", 8.6, h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line("Your reconsideration decision", 12, "B", h=7)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(first_dec, 'long')} we decided not to cover carotid artery stenting (CPT 37215) that Dr. "
           f"{doc} asked us to approve for you. The procedure was planned for {fmt_date(f['dos'], 'long')}. You "
           f"asked us to reconsider that decision, and we opened appeal {appeal} (original request {orig}) for "
           f"your member number, {mid}.", 10.5)
    d.para("A physician who was not involved in the first decision reviewed your appeal, your carotid ultrasound and "
           "CT angiogram, and the letter from your cardiologist. We have upheld our original decision. You have a "
           "narrowing of the left carotid artery without symptoms, your heart and lungs are stable, and the "
           "lesion can be reached surgically. You do not meet the high-surgical-risk criteria, so carotid "
           "stenting is not medically necessary. Carotid endarterectomy remains covered.", 10.5)
    d.para("Because we did not decide fully in your favor, we are required to send your case to the Independent "
           "Review Entity (IRE), an organization hired by Medicare that is not connected with us. We have sent "
           "your file to the IRE automatically; you do not need to do anything. The IRE will write to you. If "
           "the IRE also says no, its letter will explain how to ask for a hearing with an Administrative Law "
           "Judge, which must be requested within 60 days of the IRE decision.", 10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}. Questions: 1-866-{r.digits(3)}-{r.digits(4)}, "
           "TTY 711.", 9.4)
    d.para("Sincerely,\n\nOctavia P. Mbeki, DO\nAppeals Physician Reviewer", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, orig], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: hospital outpatient EOB, three claims
def doc_hosp_eob(r: Rand):
    f = base(r)
    ins = "Bramblecrest Health Insurance Company"
    mid, grp = f"BHX{r.digits(8)}", f"{r.letters(3)}{r.digits(4)}"
    hosp = "Saint Anselm Regional Hospital"
    stmt = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    c1, c2, c3 = (f"{r.digits(3)}{r.letters(1)}{r.digits(7)}" for _ in range(3))
    older = f["dos"] - dt.timedelta(days=r.randint(20, 35))
    lines_den = [("0360", "Operating room services", float(r.randint(9800, 14200))),
                 ("0278", "Implant: carotid stent C1876", float(r.randint(3100, 4800))),
                 ("0278", "Embolic protection device C1884", float(r.randint(1900, 2600))),
                 ("0710", "Recovery room", float(r.randint(1200, 1900)))]
    total = sum(x[2] for x in lines_den)
    d = Page("Bramblecrest Health  ·  Explanation of Benefits  ·  THIS IS NOT A BILL  ·  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Bramblecrest Health", 17, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 400, Erie, PA 16501  ·  Member line 1-855-{r.digits(3)}-{r.digits(4)}", 8, h=4.5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Date prepared:", fmt_date(stmt, "dmy")), ("Insured ID:", mid), ("Employer group:", grp),
           ("Patient:", f["member"])], lw=30, size=8.8, h=4.8, x=118)
    d.ln(6)
    d.text_line("Claims processed for this patient", 11, "B", h=6.5)
    d.para(f"Claim {c1}  ·  Lakeshore Imaging  ·  received {fmt_date(older + dt.timedelta(days=9), 'dmy')}", 8.6, gap=1)
    dup = float(r.randint(420, 640))
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"],
            [[fmt_date(older, "dmy"), "Carotid duplex scan 93880", fmt_money(dup), fmt_money(dup * 0.6),
              fmt_money(dup * 0.48), fmt_money(dup * 0.12), "P1"]],
            [24, 70, 22, 22, 22, 22, 12], size=7.9, aligns="LLRRRRL")
    cv = float(r.randint(260, 380))
    d.para(f"Claim {c2}  ·  Kestrel Heart & Vascular Clinic", 8.6, gap=1)
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"],
            [[fmt_date(older + dt.timedelta(days=6), "dmy"), "Consultation, cardiology 99204", fmt_money(cv),
              fmt_money(cv * 0.7), fmt_money(cv * 0.7 - 40), "$40.00", "P2"]],
            [24, 70, 22, 22, 22, 22, 12], size=7.9, aligns="LLRRRRL")
    d.para(f"Claim {c3}  ·  {hosp} (outpatient)", 8.6, gap=1)
    rows = [[fmt_date(f["dos"], "dmy"), f"{rc} {desc}", fmt_money(b), "$0.00", "$0.00", fmt_money(b), "D7"]
            for rc, desc, b in lines_den]
    rows.append(["*Claim total", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"], rows,
            [24, 70, 22, 22, 22, 22, 12], size=7.9, aligns="LLRRRRL")
    d.text_line("What the codes mean", 10, "B", h=6)
    d.para("P1, P2  Paid under your plan's imaging and specialist benefits.\nD7  Carotid artery stenting (CPT 37215) "
           "is covered only for members at high risk for carotid endarterectomy. The records sent with this claim "
           "do not show high surgical risk; endarterectomy is the preferred treatment. Not medically necessary. "
           "The hospital may not bill you more than your share shown if it is in our network.", 8.6)
    d.text_line("Appeals", 10, "B", h=6)
    d.para("You may appeal any denied service within 180 days of the date of this statement. Write to Bramblecrest "
           "Appeals, PO Box 410, Erie, PA 16501, or call the member line. Urgent appeals: 72 hours. External review "
           "may be requested within 4 months after a final denial.", 8.6)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c3], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=hosp, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Bramblecrest Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: request for records, nothing decided (photo)
def doc_hold(r: Rand):
    f = base(r)
    ins = "Quillfeather Health Plans"
    mid = f"Q{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    grp = f"{r.digits(5)}"
    req = f"UM{r.digits(9)}"
    doc = surgeon(r)
    letter = f["dos"] - dt.timedelta(days=r.randint(12, 20))
    respond = letter + dt.timedelta(days=14)
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Quillfeather Health Plans", 15, "B", h=7)
    d.text_line("Utilization Management  ·  77 Lantern Way, Bangor, ME 04401", 8.6, h=5)
    d.rule(0.4, 6)
    d.text_line(fmt_date(letter, "slash"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("We need more information about your request", 12, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Dr. {doc} asked us to approve a carotid artery stent (CPT 37215, 37216 listed as an alternative) for "
           f"you on {fmt_date(f['dos'], 'long')}. We logged the request under number {req} for member {mid}, group "
           f"{grp}. This is not a denial. Nothing has been decided yet.", 10)
    d.para("To approve stenting instead of surgery, our criteria need proof that surgery would carry a high risk for "
           "you. We asked your doctor for: (1) a recent cardiology evaluation with ejection fraction, (2) the CT "
           "angiogram report showing where the narrowing is, and (3) any history of neck surgery or radiation.", 10)
    d.para(f"Please ask your doctor's office to fax these records to 1-888-{r.digits(3)}-{r.digits(4)} by "
           f"{fmt_date(respond, 'slash')}. If we do not receive them, a physician reviewer will decide on the "
           "records we already have, and we will send you a letter with the decision and your appeal rights.", 10)
    d.para("Thank you,\nUtilization Management Nurse Team", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=doc,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: approval after high-risk documentation
def doc_approval(r: Rand):
    f = base(r)
    ins = "Pinemark Health Cooperative"
    mid, grp = f"PMC{r.digits(7)}", f"G{r.digits(5)}"
    auth = f"AUTH-{r.digits(4)}-{r.digits(4)}"
    doc = surgeon(r)
    letter = f["dos"] - dt.timedelta(days=r.randint(6, 14))
    valid = f["dos"] + dt.timedelta(days=60)
    d = Page("Pinemark Health Cooperative  ·  Prior Authorization Approval  ·  {p}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("PINEMARK HEALTH COOPERATIVE", 14, "B", h=7)
    d.text_line(f"Care Review  ·  3301 Juniper Drive, Pueblo, CO 81003  ·  {ph(r)}", 8.5, h=5)
    d.ln(3)
    d.text_line("AUTHORIZATION APPROVED", 13, "B", h=8)
    d.boxes([("Notice date", fmt_date(letter, "abbr"), 40), ("Authorization no.", auth, 48), ("Member", f["member"], 56),
             ("Member no.", mid, 38)], h=12)
    d.boxes([("Group", grp, 30), ("Requesting surgeon", "Dr. " + doc, 62), ("Facility", "Pueblo Sycamore Hospital", 58),
             ("Scheduled", fmt_date(f["dos"], "abbr"), 32)], h=12)
    d.boxes([("Procedure", "37215 carotid stent w/ embolic protection", 92), ("Setting", "Outpatient hospital", 44),
             ("Valid through", fmt_date(valid, "abbr"), 46)], h=12)
    d.ln(5)
    d.para("Good news: we approved the procedure above. On first review the request did not include proof of high "
           "surgical risk. Your surgeon then sent a cardiology note documenting an ejection fraction of 28% and "
           "a prior left neck dissection with radiation. These meet our high-surgical-risk criteria, so carotid "
           "stenting is approved in place of endarterectomy.", 9.6)
    d.para("An approval is not a guarantee of payment. Benefits depend on your eligibility on the date of service "
           "and on your plan's cost sharing. If the procedure moves past the valid-through date, your surgeon must "
           "ask us again.", 9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=doc,
              alternates={"service_dates": [[], [iso(f["dos"], valid)]], "provider": ["Pueblo Sycamore Hospital"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_idn, "idn_preservice", "born_digital"), (2, doc_msn, "msn_partb", "photocopy"),
              (3, doc_recon, "ma_recon_upheld", "rotated"), (4, doc_hosp_eob, "hospital_eob", "scan_lowres_150"),
              (5, doc_hold, "records_hold", "phone_photo"), (6, doc_approval, "approval", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
