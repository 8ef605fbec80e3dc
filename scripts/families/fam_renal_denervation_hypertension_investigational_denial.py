"""Family 'renal_denervation_hypertension_investigational_denial': catheter-based renal denervation (0338T unilateral,
0339T bilateral) for resistant hypertension, refused as investigational or as having no coverage policy, and what
follows: an upheld appeal, an external review that overturns it, the claim paid after that review.

Documents: a prose pre-service letter (facts in sentences) refusing 0339T as investigational; a fine-fax stack of a
cover sheet, a two-page plan letter with a key-value header ("no coverage policy") and the hospital's financial
responsibility letter faxed behind it; an appeal decision in boxed form (labels above values) upholding the denial
of the performed procedure; an independent review organization's decision overturning it (sidebar case summary);
an EOB with three claims (office visit and ambulatory blood pressure monitoring paid, the denervation denied); a
Medicare Advantage notice of denial of medical coverage (IDN style) for not meeting resistant-hypertension criteria;
an EOB paying the reprocessed claim after the external review (nothing denied), fed sideways.

Decoys: DOB, request received dates, NPIs, hospital account numbers, medical policy numbers, form numbers, phone and
fax numbers, plan-paid/you-owe amounts, the paid claims, external-review (4 months) and expedited (72 hours) limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "renal_denervation_hypertension_investigational_denial"
LANG = "en"
SEED = 280500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DOCS = ["Anselm", "Harriet", "Kwame", "Odette", "Wendell", "Sunita"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 15, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    doc = r.person()[0]
    return dict(member=member, first=first, last=last, addr=r.address(), doc=doc,
                dob=dt.date(r.randint(1948, 1975), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                dos=dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120)))


def kv(d: Page, rows: list[tuple[str, str]], lw: float = 48, size: float = 9.4, x: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.52, lab)
        d.font(size)
        d.cell(0, size * 0.52, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: prose pre-service letter (born digital)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Mutual Insurance Company"
    mid, grp = f"TMK{r.digits(9)}", f"{r.digits(5)}-RT"
    ref = f"UM-2026-{r.digits(6)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(24, 40))
    letter = recv + dt.timedelta(days=r.randint(3, 9))
    hosp = "Eastvale Heart and Vascular Institute"
    d = Page("Tamarack Mutual  ·  Utilization Management  ·  page {p} of {n}")
    d.add_page()
    d.text_line("Tamarack Mutual", 20, "B", align="C", h=9)
    d.text_line(f"{ins}  ·  1440 Cedar Ridge Parkway, Fargo, ND 58102  ·  {r.phone()}", 8.3, align="C", h=4.4)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.2, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have finished reviewing the request we received on {fmt_date(recv, 'long')} from "
           f"{f['doc']}, MD (NPI {f['npi']}) to perform bilateral catheter-based renal denervation (CPT 0339T) at "
           f"{hosp} on {fmt_date(f['dos'], 'long')}. Our reference number for this request is {ref}. Please use it "
           "whenever you call or write to us about this decision.", 10.5)
    d.para("We cannot approve this request. Your plan does not cover services that are experimental or "
           "investigational (Certificate of Coverage, Section 9.4, Exclusions). Under our medical policy MP-7.01.119, "
           "Renal Sympathetic Denervation, renal denervation for resistant hypertension is considered investigational "
           "because the evidence does not yet show that it improves long-term health outcomes such as stroke, heart "
           "attack or kidney disease compared with medicine alone. Your doctor's notes say your blood pressure remains "
           "above goal on three medicines; the decision is about the procedure, not about whether your blood pressure "
           "needs treatment.", 10.5)
    d.para(f"This decision applies to your coverage under group {grp}, member ID {mid}. A board-certified "
           "cardiologist reviewed the request. You can ask for a free copy of the policy and of the documents we "
           "used.", 10.5)
    d.text_line("If you disagree", 11, "B", h=7)
    d.para("You or your doctor may ask us for an appeal within 180 days of the date of this letter. Write to "
           "Tamarack Mutual Appeals, PO Box 5530, Fargo, ND 58108, or fax 1-555-014-2290. If waiting could seriously "
           "harm your health, ask for an expedited appeal; we decide those within 72 hours. After our final appeal "
           "decision you may ask for an external review by an independent review organization within four months.",
           10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}.  Questions: call Member Services at the number "
           "above, TTY 711.", 9.5)
    d.ln(3)
    d.para("Sincerely,\n\nCorliss Ibarra, RN\nUtilization Management, Tamarack Mutual", 10.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=f["doc"],
              appeal_deadline=iso(letter + dt.timedelta(days=180)), denial_alternates=["prior_authorization"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: plan letter + hospital letter
def doc_plan_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Brightwater Health Partners"
    letter = f["letter"]
    d = Page("Brightwater Health Partners   BWH-UM-112 (01/26)", header=f"{f['member']}  |  Request {f['auth']}  |  "
             "continued")
    d.add_page()
    d.text_line("BRIGHTWATER", 18, "B", h=8)
    d.text_line("HEALTH PARTNERS", 9, "B", h=5)
    d.text_line(f"Clinical Review Department  ·  PO Box 2218, Erie, PA 16501  ·  Fax {ph(r)}", 8.2, h=4.4)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(2)
    kv(d, [("Notice date:", fmt_date(letter, "slash")), ("Member name:", f["member"]),
           ("Member number:", f["mid"]), ("Group:", f["grp"]), ("Authorization request #:", f["auth"]),
           ("Service requested:", "0339T Renal sympathetic denervation, bilateral, percutaneous"),
           ("Requested date of service:", fmt_date(f["dos"], "slash")), ("Requesting provider:", f["doc"] + ", DO"),
           ("Facility:", f["hosp"]), ("Date request received:", fmt_date(f["recv"], "slash"))], lw=55)
    d.ln(4)
    d.text_line("Our decision", 11, "B", h=6.5)
    d.para("Brightwater Health Partners has denied this request. Brightwater has no coverage policy that includes "
           "renal sympathetic denervation, and the category III code 0339T is on our list of emerging technologies "
           "that are not covered. Services that are investigational or experimental are excluded under Article VII, "
           "item 22 of your Evidence of Coverage.", 10)
    d.para("The medical director who reviewed the request noted uncontrolled blood pressure on four drug classes, "
           "including a diuretic. Your doctor may talk with the reviewer by calling the peer-to-peer line within 14 "
           "days of this notice.", 10)
    d.text_line("What this means for you", 11, "B", h=6.5)
    d.para("If you have this procedure, Brightwater will not pay for it, and the hospital and physician may bill you. "
           "This is not a bill.", 10)
    d.add_page()
    d.text_line("Your appeal rights", 11, "B", h=6.5)
    d.para("You, your authorized representative or your provider may appeal this decision. Your appeal must reach us "
           "within 180 days of the date of this notice. Send it to Brightwater Appeals Unit, PO Box 2230, Erie, PA "
           "16501 or fax it to the number above. Include the authorization request number.", 10)
    d.para("Urgent situations: an expedited appeal is decided within 72 hours of receipt. External review: after our "
           "final internal decision you may request external review within 4 months through the Pennsylvania "
           "Insurance Department.", 10)
    d.para("Language help: call 1-555-010-4477 (TTY 711). Para ayuda en español, llame al mismo número.", 9.5)
    d.ln(4)
    d.para("Valentina Szabo, MD\nMedical Director, Brightwater Health Partners", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["auth"]], service_dates=[iso(f["dos"])],
              denial_date=iso(letter), provider=f["doc"], appeal_deadline=iso(letter + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "prior_authorization"])
    return pdf_bytes(d), t


def doc_hospital_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    day = f["letter"] + dt.timedelta(days=r.randint(2, 5))
    acct = f"HA{r.digits(8)}"
    est = f"{r.randint(24000, 39000)}.00"
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line(f["hosp"].upper(), 13, "B", h=7)
    d.text_line("Patient Financial Services · Pre-Service Financial Clearance", 9, h=5)
    d.text_line(f"2900 Lakeshore Blvd, Erie, PA 16501 · Phone {ph(r)} · Fax {ph(r)}", 8.5, h=5)
    d.ln(6)
    d.text_line(fmt_date(day, "wlong"), 10, h=6)
    d.ln(2)
    d.para(f"To: {f['member']}\nHospital account: {acct}\nInsurance: Brightwater Health Partners, member "
           f"{f['mid']}", 10)
    d.text_line("Financial responsibility for a non-covered service", 11.5, "B", h=7)
    d.para(f"You are scheduled for bilateral renal denervation (0339T) with {f['doc']}, DO on "
           f"{fmt_date(f['dos'], 'long')}. Your insurer has told us it will not cover this procedure (their "
           f"request number {f['auth']}). A copy of their letter is attached ahead of this one.", 10)
    d.para(f"The estimated hospital charges for the procedure are {fmt_money(est)}. Physician and anesthesia charges "
           "are billed separately. If you decide to go ahead, you will be responsible for these charges. Our "
           "self-pay discount of 35% applies if you pay before the procedure, and payment plans are available.", 10)
    d.para("Please choose one option, sign and return this letter before the procedure date:", 10)
    for o in ["[  ] I want to proceed and I accept financial responsibility.",
              "[  ] I want to postpone the procedure while my doctor or I appeal.",
              "[  ] I do not want the procedure."]:
        d.text_line(o, 10, h=6)
    d.ln(6)
    d.text_line("Patient signature ______________________________   Date ____________", 10, h=6)
    d.ln(4)
    d.para("Financial counselor: Imelda Quintero, ext. 4410", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["auth"]],
              claim_amount=est, service_dates=[iso(f["dos"])], denial_date=iso(day), provider=f["hosp"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "claim_amount": [None],
                                                "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"BWH{r.digits(3)}-{r.digits(5)}", grp=f"G{r.digits(6)}", auth=f"PA{r.digits(9)}",
             hosp="Lakeshore Regional Medical Center")
    f["recv"] = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    f["letter"] = f["recv"] + dt.timedelta(days=r.randint(4, 8))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_plan_letter(r, f), doc_hospital_letter(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: appeal upheld, boxed form (scan 300)
def doc_appeal_boxed(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Corvina Health Plan of Minnesota"
    mid, grp = f"{r.letters(3)}{r.digits(8)}", f"{r.digits(7)}"
    claim, appeal = f"{r.digits(4)}-{r.digits(7)}", f"APL-{r.digits(7)}"
    billed = f"{r.randint(31000, 52000)}.{r.choice(['00', '40', '85'])}"
    dec = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    hosp = "Northern Pines Medical Center"
    d = Page("Corvina Health Plan  -  Appeal Decision  -  {p}/{n}", margins=(15, 14, 15))
    d.add_page()
    d.text_line("Corvina Health Plan", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Grievance and Appeals  ·  800 Lake Avenue, Duluth, MN 55802  ·  {r.phone()}", 8.4, h=4.5)
    d.ln(3)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Decision date", fmt_date(dec, "dmy"), 34), ("Appeal number", appeal, 40), ("Claim number", claim, 40),
             ("Decision", "DENIAL UPHELD", 40), ("Level", "1 of 1", 26)], h=12)
    d.boxes([("Member", f["member"], 60), ("Member ID", mid, 44), ("Group", grp, 34),
             ("Date of birth", fmt_date(f["dob"], "dmy"), 42)], h=12)
    d.boxes([("Rendering provider", f["doc"] + ", MD", 60), ("Facility", hosp, 66), ("Provider NPI", f["npi"], 54)],
            h=12)
    d.boxes([("Service", "0338T renal denervation, unilateral", 80), ("Date of service", fmt_date(f["dos"], "dmy"), 40),
             ("Amount billed", fmt_money(billed), 60)], h=12)
    d.ln(5)
    d.text_line("Summary of the appeal", 10.5, "B", h=6)
    d.para(f"{f['doc']}, MD asked us to reconsider our denial of the renal denervation performed at {hosp}. The appeal "
           "included office blood pressure readings, a 24-hour ambulatory monitoring report and a letter describing "
           "intolerance to spironolactone.", 9.6)
    d.text_line("Decision and reason", 10.5, "B", h=6)
    d.para("A physician board-certified in cardiovascular disease who was not involved in the first decision "
           "reviewed the appeal. The original denial is upheld. Renal denervation remains investigational under the "
           "plan's medical policy CP-0417 and is excluded from coverage (Member Contract, Part 6, Experimental or "
           "Investigational Services). The records do not change the status of the procedure.", 9.6)
    d.text_line("What happens next", 10.5, "B", h=6)
    d.para("This is the plan's final internal decision. You may request an external review by an independent review "
           "organization within 4 months of receiving this letter. For urgent situations an expedited external "
           "review may be requested. You also have the right to bring a civil action under section 502(a) of ERISA.",
           9.6)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=billed, service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=f["doc"],
              alternates={"case_numbers": [[appeal]], "provider": [hosp], "insurer": ["Corvina Health Plan"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: IRO decision overturned, sidebar (photocopy)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Keystone Independent Review Associates"
    plan = "Pell River Health Insurance Company"
    case, appeal = f"KIRA-{r.digits(2)}-{r.digits(5)}", f"{r.digits(9)}"
    mid = f"PRH{r.digits(8)}"
    dec = f["dos"] + dt.timedelta(days=r.randint(120, 160))
    recv = dec - dt.timedelta(days=r.randint(30, 40))
    d = Page(f"{iro} · Case {case} · page " + "{p}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("KEYSTONE", 17, "B", h=8)
    d.text_line("Independent Review Associates", 10, h=5)
    d.text_line(f"URAC-accredited independent review organization · 51 Quarry Street, Bangor, ME 04401 · {ph(r)}",
                8, h=4.5)
    d.rule(0.5, 4)
    y0 = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(14, y0, 58, 118, style="F")
    d.set_xy(16, y0 + 2)
    d.font(9, "B")
    d.cell(54, 5, "CASE SUMMARY", new_x="LEFT", new_y="NEXT")
    for lab, val in [("IRO case no.", case), ("Health plan", plan), ("Plan appeal no.", appeal),
                     ("Enrollee", f["member"]), ("Enrollee ID", mid), ("Service in dispute", "Renal denervation, 0339T"),
                     ("Date of service", fmt_date(f["dos"], "long")), ("Treating physician", f["doc"]),
                     ("Case received", fmt_date(recv, "long")), ("Reviewer", "Board-certified cardiologist"),
                     ("Outcome", "OVERTURNED")]:
        d.set_x(16)
        d.font(7.2)
        d.cell(54, 3.6, lab.upper(), new_x="LEFT", new_y="NEXT")
        d.font(9)
        d.cell(54, 5.2, val, new_x="LEFT", new_y="NEXT")
        d.ln(0.6)
    d.set_xy(78, y0)
    d.set_left_margin(78)
    d.text_line(fmt_date(dec, "long"), 10, h=6)
    d.ln(2)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.6)
    d.text_line("Final external review decision", 12, "B", h=7)
    d.para(f"You asked for an external review of {plan}'s decision to deny coverage of bilateral renal denervation "
           f"performed on {fmt_date(f['dos'], 'long')}. The Maine Bureau of Insurance assigned your case to "
           "Keystone. We are independent of your health plan.", 9.6)
    d.para("Decision: the reviewer OVERTURNS the health plan's denial. The plan must cover the service.", 10)
    d.para("The reviewer found that you have resistant hypertension confirmed by ambulatory monitoring despite four "
           "medicines at the highest tolerated doses, that secondary causes were excluded, and that sham-controlled "
           "trials and FDA approval of the device support renal denervation for patients like you. The service is "
           "therefore not experimental or investigational for your condition.", 9.6)
    d.para("The health plan must act on this decision within 5 business days. This decision is binding on the "
           "plan. Either party may seek judicial review as state law allows.", 9.6)
    d.para("Rosalind Pemberton\nCase Manager, Keystone Independent Review Associates", 9.6)
    d.set_left_margin(14)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["member"], case_numbers=[case, appeal],
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=f["doc"],
              alternates={"insurer": [plan], "case_numbers": [[case], [appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: EOB, 3 claims, denervation denied (150 dpi)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillan Health Insurance Company"
    mid, grp, plan = f"Q{r.digits(10)}", f"{r.digits(6)}", f"QHP-{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(26, 38))
    claims = [(f"{r.digits(12)}", f["dos"] - dt.timedelta(days=r.randint(40, 60)), "99214 Office visit, est.",
               f"{r.randint(210, 290)}.00", "paid"),
              (f"{r.digits(12)}", f["dos"] - dt.timedelta(days=r.randint(20, 35)), "93784 Ambulatory BP monitoring",
               f"{r.randint(160, 240)}.00", "paid"),
              (f"{r.digits(12)}", f["dos"], "0339T Renal denervation, bilateral", f"{r.randint(3800, 6200)}.00",
               "denied")]
    d = Page("QUILLAN HEALTH  ·  EXPLANATION OF BENEFITS  ·  THIS IS NOT A BILL  ·  {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("QUILLAN HEALTH", 17, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 7781, Pueblo, CO 81003  ·  Customer service {r.phone()}", 8.2, h=4.4)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "abbr")), ("Member", f["member"]), ("Member ID", mid),
           ("Group number", grp), ("Plan ID", plan)], lw=32, size=8.8, x=118)
    d.ln(5)
    d.text_line("Claims processed for you", 11, "B", h=6.5)
    paid_owe = {}
    for no, day, svc, amt, st in claims:
        a = float(amt)
        if st == "paid":
            allowed = round(a * 0.72, 2)
            paid, owe = round(allowed * 0.8, 2), round(allowed * 0.2, 2)
            note = ""
        else:
            allowed, paid, owe, note = 0.0, 0.0, a, "X41"
        paid_owe[no] = (paid, owe)
        d.font(8.6, "B")
        prov = f["doc"] if st == "denied" or "99214" in svc else "Front Range Cardiology Associates"
        d.cell(0, 5, f"Claim {no}   Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"],
                [[fmt_date(day, "slash"), svc, fmt_money(amt), fmt_money(allowed), fmt_money(paid), fmt_money(owe),
                  note]], [24, 60, 22, 22, 22, 22, 14], size=8.2, aligns="LLRRRRL", head_fill=True)
    d.text_line("Notes", 10, "B", h=6)
    d.para("X41  Denied. Renal denervation is considered experimental/investigational under Quillan medical policy "
           "CARD.112 and is excluded by your plan. You are responsible for the amount billed if your provider is "
           f"out of network; in-network providers may not bill you for it. Rendering NPI {f['npi']}.", 8.6)
    d.text_line("Your right to appeal", 10, "B", h=6)
    d.para("You may appeal a denied claim within 180 days of the date of this statement. Send a letter with the claim "
           "number to Quillan Appeals, PO Box 7790, Pueblo, CO 81003. Expedited appeals: 72 hours. External review "
           "is available after the internal appeal.", 8.6)
    den = claims[2]
    t = truth("eob", "experimental", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[den[0]], claim_amount=den[3], service_dates=[iso(den[1])],
              denial_date=iso(stmt), provider=f["doc"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: MA IDN, medical necessity (phone photo)
def doc_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverbrook Health Plan"
    mid = f"{r.digits(9)}*0{r.randint(1, 3)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 15))
    d = Page("CMS-10003-NDMCP (Exp. 08/31/2027)    H7731_IDN26_C", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Silverbrook Health Plan  ·  Silverbrook Advantage Plus (HMO)", 10, "B", h=6)
    d.ln(4)
    d.text_line(f"Date: {fmt_date(notice, 'long')}", 10.5, h=6)
    d.text_line(f"Member number: {mid}", 10.5, h=6)
    d.text_line(f"Name: {f['member']}", 10.5, h=6)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage", 15, "B", align="C", h=9)
    d.ln(2)
    d.para(f"We {{denied}} the medical care listed below that you or your doctor asked for: renal denervation of both "
           f"kidneys (0339T), planned for {fmt_date(f['dos'], 'long')}, requested by {f['doc']}, MD.".replace("{denied}",
           "denied"), 10.5)
    d.text_line("Why did we deny your request?", 11, "B", h=7)
    d.para("We denied this request because it is not medically necessary for you now. Our coverage criteria require "
           "resistant hypertension confirmed by 24-hour ambulatory blood pressure monitoring while taking at least "
           "three medicines, one of them a diuretic, at full doses. Your records show office readings only and two "
           "medicines. Your doctor may send new information at any time.", 10.5)
    d.text_line("You have the right to appeal our decision", 11, "B", h=7)
    d.para("You have the right to ask Silverbrook Health Plan to review our decision by asking us for an appeal. Ask "
           "for an appeal within 65 calendar days of the date listed at the top of this notice. If you ask after 65 "
           "days, you must explain why your appeal is late.", 10.5)
    d.para("Fast appeal: if you or your doctor think waiting 30 days could seriously harm your health, ask for a fast "
           "appeal. We will give you a decision within 72 hours.", 10.5)
    d.para(f"Call {r.phone()} (TTY 711), 8 a.m. to 8 p.m., 7 days a week, or fax your appeal to {ph(r)}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)), alternates={"service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: EOB paid after external review (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pell River Health Insurance Company"
    mid, grp = f"PRH{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}"
    claim = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    hosp = "Bangor Valley Hospital"
    stmt = f["dos"] + dt.timedelta(days=r.randint(150, 190))
    lines = [("0339T", "Renal denervation, bilateral", r.randint(28000, 36000)),
             ("C1894", "Introducer/sheath, non-laser", r.randint(300, 700)),
             ("93799", "Cardiovascular procedure, unlisted", r.randint(900, 1600))]
    billed = sum(x[2] for x in lines)
    d = Page("Pell River Health · Explanation of Benefits · {p}/{n}")
    d.add_page()
    d.text_line("Pell River Health", 16, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 4410, Bangor, ME 04401", 8.4, h=4.6)
    d.text_line("Explanation of Benefits - Reprocessed claim", 11, h=6)
    d.ln(3)
    d.boxes([("Processed on", fmt_date(stmt, "iso"), 34), ("Patient", f["member"], 54), ("ID number", mid, 40),
             ("Group", grp, 26), ("Claim", claim, 36)])
    d.ln(4)
    d.para(f"Provider: {hosp} (facility)    Attending: {f['doc']}, MD    Dates of service: "
           f"{fmt_date(f['dos'], 'iso')}", 9)
    rows, tp, to = [], 0.0, 0.0
    for code, desc, amt in lines:
        al = round(amt * 0.61, 2)
        pd_, ow = round(al * 0.9, 2), round(al * 0.1, 2)
        tp += pd_
        to += ow
        rows.append([code, desc, fmt_money(amt, "nosign"), fmt_money(al, "nosign"), fmt_money(pd_, "nosign"),
                     fmt_money(ow, "nosign")])
    rows.append(["*Total", "", fmt_money(billed, "nosign"), "", fmt_money(tp, "nosign"), fmt_money(to, "nosign")])
    d.table(["Code", "Description", "Charged", "Allowed", "Paid", "You owe"], rows, [20, 66, 25, 25, 24, 22],
            size=8.6, aligns="LLRRRR", head_fill=True)
    d.para("This claim was reprocessed and paid after an independent external review decision in your favor. The "
           "earlier denial for this claim no longer applies. Your share is your 10% coinsurance.", 9.2)
    d.para("Questions or disagreement: you may ask us to review this claim within 180 days after you receive this "
           "statement.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=hosp, type_alternates=["other"],
              alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "bd_prose", "born_digital"), (2, doc_appeal_boxed, "appeal_boxed", "scan_clean_300"),
              (3, doc_iro, "iro_overturn", "photocopy"), (4, doc_eob, "eob_three", "scan_lowres_150"),
              (5, doc_idn, "ma_idn", "phone_photo"), (6, doc_paid_eob, "paid_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
