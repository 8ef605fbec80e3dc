"""Family 'pediatric_gait_trainer_standing_frame_denial': a pediatric gait trainer (E8000) and a standing frame
(E0641, with E1399 accessories) for children with cerebral palsy or spina bifida refused as convenience items /
not primarily medical, seen from the state Medicaid program (EPSDT), a Medicaid managed care plan, a CHIP plan, a
commercial plan, the DME vendor and a home and community based services waiver.

Documents: a two-page state Medicaid EPSDT notice of action with fair hearing rights (label column, running
header); a fine-fax stack of a cover sheet, a commercial plan's letter refusing a standing frame (key-value
reference block) and the DME vendor's quotation; a landscape CHIP EOB with three claims (therapy and orthoses paid,
the gait trainer denied); a photocopied waiver service authorization in ruled boxes (approval); a phone photo of
a managed care plan's request for more information (not a denial, facts in sentences); a sideways upheld appeal
with a grey sidebar; a low-resolution Medicaid MCO notice of adverse benefit determination in prose.

Decoys: DOBs, parent/subscriber names, NPIs and Medicaid provider numbers, an older walker request, quote numbers
and validity dates, self-pay prices, paid claims, fair-hearing / continuation / external-review limits, phone-line
season dates, form numbers. All values invented (agencies, plans, vendors, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_gait_trainer_standing_frame_denial"
LANG = "en"
SEED = 310500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None, margins=(16, 14, 16), header: str | None = None, orientation="P"):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def kid(r: Rand) -> dict:
    member, first, mid, last = r.person()
    pfirst = r.choice([x for x in FIRST if x != first])
    pmid = r.choice("ABCDEFGHJKLMNPRSTVW")
    dob = dt.date(r.randint(2015, 2022), r.randint(1, 12), r.randint(1, 28))
    base = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, parent=f"{pfirst} {pmid}. {last}", pfirst=pfirst,
                addr=r.address(), dob=dob, base=base, npi=r.npi(), ph=phone(r))


def kv(d: Page, rows, lw: float = 40, size: float = 9.2, x: float | None = None, h: float = 5):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: state Medicaid EPSDT notice of action
def doc_epsdt_notice(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Northern Plains Department of Human Services"
    mcd = f"{r.digits(8)}{r.letters(1)}"
    req = f"PA-{r.digits(2)}-{r.digits(6)}"
    old_req = f"PA-{r.digits(2)}-{r.digits(6)}"
    recv = f["base"]
    notice = recv + dt.timedelta(days=r.randint(9, 16))
    eff = notice + dt.timedelta(days=1)
    old = recv - dt.timedelta(days=r.randint(200, 320))
    vendor, doctor = "Kestrel Pediatric Mobility Supply", "Amara J. Whitcombe"
    hdr = f"Notice of Action  -  {f['member']}  -  Request {req}"
    d = Page("DHS-MA-2210 (rev. 03/2025)    Page {p} of {n}", margins=(18, 14, 18), header=hdr)
    d.add_page()
    d.text_line("NORTHERN PLAINS DEPARTMENT OF HUMAN SERVICES", 13.5, "B", h=7)
    d.text_line("Medical Assistance Program  |  EPSDT Prior Approval Unit", 9.5, h=5)
    d.text_line(f"600 Capitol Mall West, Sioux Bend, ND 58102   |   Recipient line {f['ph']}", 8.5, h=4.6)
    d.rule(0.7, 5)
    y = d.get_y()
    for ln in [f"To the parent or guardian of {f['member']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 9.8, h=5)
    d.set_xy(122, y)
    d.set_fill_color(238, 238, 238)
    d.rect(120, y - 1, 76, 34, style="F")
    kv(d, [("Date of notice", fmt_date(notice, "long")), ("Recipient ID", mcd), ("Request no.", req),
           ("Date of birth", fmt_date(f["dob"], "slash")), ("Effective", fmt_date(eff, "long"))],
       lw=28, size=8.6, x=122, h=6)
    d.set_y(y + 38)
    d.text_line("NOTICE OF ACTION", 14, "B", h=8)
    d.text_line("Early and Periodic Screening, Diagnostic and Treatment (EPSDT) request for medical equipment", 9.5,
                h=5.5)
    d.ln(2)
    d.para(f"We reviewed a request for medical equipment for {f['first']}. This notice tells you what we decided, "
           "why, and what you can do if you disagree.", 10)
    d.table(["Item requested", "Code", "Qty", "Decision"],
            [["Gait trainer, pediatric, anterior support", "E8000", "1", "DENIED"],
             ["Ankle-foot orthoses, replacement pair", "L1970", "2", "Approved"]], [88, 22, 14, 40], size=9,
            border_head="TB")
    kv(d, [("Requested by", f"{vendor} (Medicaid provider no. {r.digits(7)})"),
           ("Ordered by", f"Dr. {doctor}, pediatric physiatry, NPI {f['npi']}"),
           ("Received", fmt_date(recv, "long"))], lw=32, size=9)
    d.ln(3)
    d.text_line("Why we denied the gait trainer", 11, "B", h=6.5)
    d.para("Under EPSDT, Medicaid pays for equipment a child needs to correct or ameliorate a physical condition, "
           f"even when it is not otherwise covered. We looked at {f['first']}'s own needs, not only at our usual "
           "list. The therapy notes say the gait trainer would be used for walks in the neighborhood and at family "
           "outings. Inside the home and at school, the notes say "
           f"{f['first']} walks with the posterior walker we approved on {fmt_date(old, 'long')} (request "
           f"{old_req}) and with the school's own trainer during physical therapy.", 10)
    d.para("A second gait trainer for outdoor and community use is for convenience. It is not needed to correct or "
           "ameliorate the condition, and it does not serve a primarily medical purpose. The request is therefore "
           "not medically necessary under EPSDT.", 10)
    d.text_line("Rules we used", 11, "B", h=6.5)
    d.para("42 CFR 440.230 and 441.57; Northern Plains Administrative Code 75-02-02-08 (medical equipment) and "
           "75-02-02-10 (EPSDT). You may ask for a free copy of these rules and of the records we used.", 9.5)
    d.add_page()
    d.text_line("Your right to a fair hearing", 11.5, "B", h=7)
    d.para("If you disagree with this action, you may ask for a State fair hearing. You must ask within 90 days of "
           "the date this notice was mailed. You may ask in writing, by phone, or in person at your county social "
           "service office. At the hearing you can speak for yourself or have a lawyer, a relative, a friend or "
           "another person speak for you. Free legal help may be available from Legal Services of the Plains.", 10)
    d.para("If your child's health could be seriously harmed by waiting for a regular hearing, you may ask for an "
           "expedited hearing. A decision on an expedited hearing is made within 3 working days.", 10)
    d.para("Because this was a new request, there are no current benefits to continue during the hearing.", 10)
    d.text_line("Other things you can do", 11.5, "B", h=7)
    d.para("The provider may send a new request at any time with more information, for example a therapy "
           "evaluation showing why the walker and the school trainer do not meet your child's needs.", 10)
    d.para(f"Questions? Call the recipient line at {f['ph']}, Monday through Friday, 8 a.m. to 5 p.m. From "
           "November 1, 2025 through January 31, 2026 the line was also open Saturdays during open enrollment.", 10)
    d.para("EPSDT Prior Approval Unit\nNorthern Plains Department of Human Services", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mcd, member_name=f["member"],
              case_numbers=[req], denial_date=iso(notice), provider=vendor,
              denial_alternates=["not_covered"],
              alternates={"provider": [doctor], "insurer": ["Northern Plains Medical Assistance Program"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: plan letter + DME quotation
def doc_frame_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bellwether Family Health Plan"
    d = Page("Bellwether Family Health Plan  -  UM-DME-L4  -  {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Bellwether", 20, "B", h=9)
    d.text_line("Family Health Plan", 11, h=5.5)
    d.text_line(f"Utilization Management  -  88 Lockridge Avenue, Erie, PA 16501  -  Fax {phone(r)}", 8.2, h=4.5)
    d.ln(6)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    kv(d, [("Our reference", f["ref"]), ("Date", fmt_date(f["notice"], "dmy")), ("Patient", f["member"]),
           ("Member number", f["mid"]), ("Group", f["grp"])], lw=30, size=8.8, x=118, h=5)
    d.ln(8)
    d.text_line("Standing frame request - not approved", 12, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']},", 10)
    d.para(f"{f['vendor']} asked us to approve a multi-position standing frame (E0641) with a tray and hip and "
           f"knee supports (E1399) for {f['first']}, as ordered by Dr. {f['doctor']}. We have reviewed the request "
           "and the notes sent with it.", 10)
    d.para("Your plan covers durable medical equipment that is primarily and customarily used for a medical "
           "purpose. The certificate of coverage, section 9.4, item 12, excludes equipment used mainly for "
           "positioning during daily activities, comfort or the convenience of the family or caregivers. The notes "
           f"say the frame would let {f['first']} stand at the kitchen counter and join play at home. This is a "
           "convenience use, so the frame is not a covered benefit under your plan. Our decision is not a "
           "judgement about your child's condition.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You or the doctor may appeal within 180 days of the date of this letter. Write to Bellwether Appeals, "
           "PO Box 4471, Erie, PA 16512, or fax the appeal to the number above. If waiting could seriously harm "
           "your child's health, ask for an urgent appeal; we decide urgent appeals within 72 hours. After our "
           "appeal decision you may ask for an external review within 4 months.", 10)
    d.para("You may ask for free copies of the documents and the benefit language we used.", 9.5)
    d.para("Sincerely,\n\nM. Oduya, RN\nDurable Medical Equipment Review", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], denial_date=iso(f["notice"]),
              provider=f["vendor"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"provider": [f["doctor"]]})
    return pdf_bytes(d), t


def doc_quote(r: Rand, f: dict) -> tuple[bytes, dict]:
    qdate = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    qno = f"Q-{r.digits(5)}"
    lines = [("E0641", "Standing frame, multi-position, pediatric size 2", 1, float(r.randint(3100, 4300))),
             ("E1399", "Tray, clear acrylic, with cut-out", 1, float(r.randint(280, 420))),
             ("E1399", "Hip and knee support pads, pair", 1, float(r.randint(190, 310))),
             ("E1399", "Abduction wedge", 1, float(r.randint(120, 210))),
             ("-", "Delivery, assembly and fitting by ATP", 1, 0.0)]
    total = sum(x[3] for x in lines)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(0, 0, d.w, 22, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 6)
    d.font(15, "B")
    d.cell(0, 8, "BRIGHTPATH REHAB EQUIPMENT")
    d.set_text_color(0, 0, 0)
    d.set_y(26)
    d.text_line(f"Pediatric seating & mobility  |  1410 Quarry Street, Erie, PA 16505  |  {phone(r)}", 8.4, h=4.5)
    d.ln(3)
    d.text_line("QUOTATION", 16, "B", h=9)
    kv(d, [("Quote no.", qno), ("Quote date", fmt_date(qdate, "abbr")),
           ("Valid until", fmt_date(qdate + dt.timedelta(days=60), "abbr")), ("Client", f["member"]),
           ("Client DOB", fmt_date(f["dob"], "abbr")), ("Responsible party", f["parent"]),
           ("Bill to", f"Bellwether Family Health Plan - member no. {f['mid']}"),
           ("Prescriber", f"Dr. {f['doctor']}")], lw=36, size=9)
    d.ln(3)
    rows = [[c, desc, str(q), fmt_money(p, "plain")] for c, desc, q, p in lines]
    rows.append(["*Quoted total", "", "", fmt_money(total, "plain")])
    d.table(["HCPCS", "Description", "Qty", "Price"], rows, [22, 110, 14, 30], size=9, aligns="LLRR",
            head_fill=True)
    d.para("Prices are our billed charges to your insurance. We will request prior approval from your plan and "
           "order the frame only after approval. If your plan does not approve the frame, the self-pay price is "
           f"{fmt_money(round(total * 0.82, 2))} (example: payable in 12 monthly payments of "
           f"{fmt_money(round(total * 0.82 / 12, 2))}).", 9)
    d.para("This quotation is not a bill.  Assistive technology professional: R. Kessler, ATP.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              denial_date=iso(qdate), provider="Brightpath Rehab Equipment", unscored=["insurer"],
              alternates={"claim_amount": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = kid(r)
    f.update(mid=f"BFH{r.digits(9)}", grp=f"{r.digits(6)}-{r.letters(2)}", ref=f"UM{r.digits(4)}-{r.digits(5)}",
             vendor="Brightpath Rehab Equipment", doctor="Lucius T. Fairchild",
             notice=f["base"] + dt.timedelta(days=r.randint(5, 30)))
    letter = doc_frame_letter(r, f)
    quote = doc_quote(r, f)
    return Item(f"{FAMILY}_fax_letter_quote", "fax_fine_g4", [letter, quote], separators=["cover", None])


# ---------------------------------------------------------------- 2: CHIP EOB, three claims, gait trainer denied
def doc_chip_eob(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Meridell Health Plan"
    mid, grp = f"MK-{r.digits(9)}", f"CHIP{r.digits(3)}"
    stmt = f["base"] + dt.timedelta(days=r.randint(30, 50))
    claims = []
    for prov, codes, dl in [("Hollis Children's Therapy", [("97163", "PT evaluation, high complexity", 1)], 24),
                            ("Ridgeway Orthotics & Prosthetics", [("L1970", "AFO, plastic, with ankle joint", 2)], 16),
                            ("Kestrel Pediatric Mobility Supply",
                             [("E8000", "Gait trainer, pediatric, anterior", 1),
                              ("E1399", "Gait trainer trunk/pelvic support", 1)], 6)]:
        dos = f["base"] - dt.timedelta(days=dl)
        ls = []
        for c, desc, u in codes:
            billed = float(r.randint(3600, 5200)) if c == "E8000" else float(r.randint(180, 900))
            ls.append(dict(code=c, desc=desc, units=u, billed=billed))
        claims.append(dict(prov=prov, dos=dos, lines=ls, no=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"))
    d = Page("Meridell Health Plan  |  CHIP Kids Statement  |  page {p} of {n}", margins=(12, 12, 12),
             orientation="L")
    d.add_page()
    d.text_line("Meridell Health Plan", 16, "B", h=8)
    d.text_line(f"CHIP Kids Program  -  Member Statement of Claims  -  PO Box 2200, Macon, GA 31201  -  {f['ph']}",
                8.6, h=4.6)
    d.rule(0.5, 3)
    d.boxes([("Statement date", fmt_date(stmt, "upper"), 40), ("Child enrolled", f["member"], 60),
             ("Enrollee ID", mid, 44), ("Plan code", grp, 28), ("Head of household", f["parent"], 60),
             ("Copay level", "B ($5)", 22)])
    d.ln(5)
    rows = []
    for i, c in enumerate(claims):
        rows.append([f"*Claim {c['no']}   {c['prov']}", "", "", "", "", "", "", ""])
        for x in c["lines"]:
            if i == 2:
                alw, pd, ow, rk = 0.0, 0.0, 0.0, "DM4"
            else:
                alw = round(x["billed"] * 0.61, 2)
                pd, ow, rk = round(alw - 5, 2) if i == 0 else alw, 5.0 if i == 0 else 0.0, ""
            rows.append([fmt_date(c["dos"], "upper"), x["code"], x["desc"], str(x["units"]),
                         fmt_money(x["billed"], "nosign"), fmt_money(alw, "nosign"), fmt_money(pd, "nosign"),
                         fmt_money(ow, "nosign") + ("  " + rk if rk else "")])
        rows.append(["", "", "Claim total", "", fmt_money(sum(x["billed"] for x in c["lines"]), "nosign"), "", "",
                     ""])
    d.table(["Service date", "Code", "Service", "Units", "Charged", "Allowed", "Plan paid", "You pay / note"], rows,
            [30, 18, 78, 14, 28, 28, 28, 32], size=8.4, aligns="LLLRRRRR", head_fill=True)
    billed = sum(x["billed"] for x in claims[2]["lines"])
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("DM4  The gait trainer and its support are not covered. CHIP Kids covers durable medical equipment that is "
           "primarily medical in nature. The records show the trainer is meant for outdoor walks and family "
           "outings; your child has an approved walker for daily mobility. Equipment used mainly for convenience "
           "or recreation is excluded (Member Handbook, page 41). The supplier may not bill you for it unless you "
           "agreed in writing before delivery.", 8.6)
    d.para("Appeals: you can ask us to review a denied service within 60 days of the date of this statement. Call "
           f"{f['ph']} or write to CHIP Kids Appeals, PO Box 2210, Macon, GA 31201. After our review you may ask "
           "for an independent external review. Your family's yearly cost-sharing cap is $340.00; you have paid "
           "$25.00.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claims[2]["no"]], claim_amount=m2(billed), service_dates=[iso(claims[2]["dos"])],
              denial_date=iso(stmt), provider=claims[2]["prov"],
              appeal_deadline=iso(stmt + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"insurer": ["CHIP Kids Program"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: waiver service authorization (approval)
def doc_waiver_auth(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Lakeshore County Developmental Disabilities Services"
    mcd, wid = f"{r.digits(9)}", f"MFW-{r.digits(5)}"
    auth = f"SA{r.digits(8)}"
    issued = f["base"] + dt.timedelta(days=r.randint(10, 40))
    start, end = issued + dt.timedelta(days=3), issued + dt.timedelta(days=3 + 89)
    amount = f"{r.randint(3400, 4900)}.00"
    old_den = issued - dt.timedelta(days=r.randint(50, 90))
    vendor = "Kestrel Pediatric Mobility Supply"
    d = Page("LCDDS form SA-3  |  copy to participant file", margins=(14, 14, 14))
    d.add_page()
    d.text_line("LAKESHORE COUNTY DEVELOPMENTAL DISABILITIES SERVICES", 12.5, "B", h=7)
    d.text_line("Medically Fragile Children's Waiver (HCBS 1915(c))  -  212 Harbor View Road, Duluth, MN 55802", 8.6,
                h=4.6)
    d.ln(4)
    d.text_line("SERVICE AUTHORIZATION NOTICE", 13, "B", h=7)
    d.text_line("This notice approves a waiver service. Keep it with your child's support plan.", 9, h=5)
    d.ln(2)
    d.boxes([("Authorization number", auth, 46), ("Date issued", fmt_date(issued, "slash"), 36),
             ("Participant", f["member"], 62), ("Date of birth", fmt_date(f["dob"], "slash"), 34)], h=12)
    d.boxes([("Medicaid ID", mcd, 46), ("Waiver case no.", wid, 36), ("Parent / legal representative", f["parent"], 62),
             ("Case manager", "J. Nakamura", 34)], h=12)
    d.boxes([("Service", "Specialized medical equipment", 64), ("Item", "Gait trainer E8000 + trunk support", 68),
             ("Units", "1", 14), ("Rate", "per quote", 32)], h=12)
    d.boxes([("Vendor", vendor, 70), ("Authorized amount", fmt_money(amount), 40),
             ("Service period begins", fmt_date(start, "slash"), 34), ("Ends", fmt_date(end, "slash"), 34)], h=12)
    d.ln(5)
    d.para("The waiver pays for specialized medical equipment that the Medicaid State Plan does not cover and that "
           "helps the participant live and take part in the community. The Medicaid program denied the gait "
           f"trainer on {fmt_date(old_den, 'slash')} as a convenience item; that denial is why the waiver can pay. "
           "The vendor must deliver the item within the service period and bill the waiver, not the family.", 9.5)
    d.para("If the item is not delivered by the end date, the authorization ends and the case manager must ask for "
           "a new one. This authorization does not change any other waiver service in the support plan.", 9.5)
    d.ln(4)
    d.text_line("Approved by: Waiver Services Coordinator ______________________    Vendor copy   Family copy", 9,
                h=6)
    t = truth("other", None, insurer=ins, member_id=mcd, member_name=f["member"], case_numbers=[auth],
              claim_amount=amount, service_dates=[iso(start, end)], denial_date=iso(issued), provider=vendor,
              alternates={"member_id": [wid], "claim_amount": [None], "service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: request for more information (not a denial)
def doc_info_request(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Harrowgate Community Health Plan"
    mcd = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    ref = f"{r.digits(3)}-{r.digits(7)}"
    recv = f["base"]
    letter = recv + dt.timedelta(days=r.randint(2, 5))
    due = letter + dt.timedelta(days=14)
    doctor, clinic = "Oriana K. Pemberton", "Fenwick Children's Rehabilitation Clinic"
    d = Page("Harrowgate Community Health Plan is a Medicaid managed care plan. Page {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Harrowgate Community Health Plan", 14, "B", h=7)
    d.text_line(f"Medicaid Managed Care  *  45 Lantern Way, Bangor, ME 04401  *  Member Services {f['ph']}", 8.5,
                h=4.6)
    d.ln(8)
    d.text_line(fmt_date(letter, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("We need more information before we can decide", 12, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from Dr. {doctor} at {clinic} for a standing frame "
           f"(E0641) for your child, {f['member']}, whose Medicaid ID is {mcd}. The reference number for this "
           f"request is {ref}.", 10)
    d.para("We have not made a decision yet. This letter is not a denial. To decide if the standing frame is "
           "medically necessary, we need the following from the doctor or therapist:", 10)
    for b in ["a physical therapy evaluation from the last 6 months, with standing tolerance and range of motion;",
              "the trial notes from using a standing frame in therapy or at school, if there was a trial;",
              "a description of where the frame will be used in the home and who will help your child into it."]:
        d.para("  -  " + b, 10, gap=1)
    d.ln(2)
    d.para(f"We have asked the doctor's office for these papers. Please help make sure they reach us by "
           f"{fmt_date(due, 'long')}. If we do not get them by then, we will decide using the information we "
           "already have, and we will send you a letter with our decision and your appeal rights.", 10)
    d.para(f"If you have questions, call Member Services at {f['ph']} (TTY 711). Your child's date of birth on file "
           f"is {fmt_date(f['dob'], 'slash')}.", 10)
    d.para("Sincerely,\n\nPrior Authorization Department", 10)
    t = truth("other", None, insurer=ins, member_id=mcd.replace(" ", ""), member_name=f["member"],
              case_numbers=[ref], denial_date=iso(letter), provider=doctor, alternates={"provider": [clinic]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal with a grey sidebar (rotated)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Alder & Finch Benefit Services"
    plan = "Tri-County Electrical Workers Health Fund"
    mid, grp = f"AF{r.digits(3)}-{r.digits(5)}", f"TCEW-{r.digits(3)}"
    claim, appeal = f"{r.digits(12)}", f"APL{r.digits(6)}"
    dos = f["base"] - dt.timedelta(days=r.randint(60, 90))
    dec = f["base"] + dt.timedelta(days=r.randint(5, 20))
    billed = float(r.randint(3900, 5600)) + r.choice([0, 0.5, 0.75])
    vendor = "Mobility Kids Supply Co."
    d = Page("Alder & Finch Benefit Services  -  appeal decision  -  {p}/{n}", margins=(70, 14, 14))
    d.add_page()
    d.set_fill_color(222, 222, 222)
    d.rect(0, 0, 60, d.h, style="F")
    y = 20
    for lab, val in [("Patient", f["member"]), ("Participant", f["parent"]), ("ID number", mid), ("Group", grp),
                     ("Claim", claim), ("Appeal", appeal), ("Date of service", fmt_date(dos, "iso")),
                     ("Amount billed", fmt_money(billed, "plain")), ("Decision date", fmt_date(dec, "iso")),
                     ("Supplier", vendor)]:
        d.set_xy(6, y)
        d.font(7, "B")
        d.cell(50, 3.5, lab.upper())
        d.set_xy(6, y + 3.8)
        d.font(9.2)
        d.multi_cell(50, 4.4, val)
        y = d.get_y() + 3.5
    d.set_xy(70, 16)
    d.text_line("Alder & Finch Benefit Services", 14, "B", h=7)
    d.set_x(70)
    d.text_line(f"Claims administrator for the {plan}", 8.5, h=4.6)
    d.set_x(70)
    d.text_line("31 Juniper Drive, Pueblo, CO 81003", 8.5, h=4.6)
    d.ln(8)
    d.text_line("FIRST-LEVEL APPEAL: DECISION", 12, "B", h=7)
    d.para(f"To {f['parent']}, on behalf of {f['member']}", 10)
    d.para("You appealed our denial of the claim for a pediatric gait trainer (E8000). A benefits analyst and a "
           "physical medicine physician who did not take part in the first decision reviewed the appeal, the "
           "physical therapy letter and the photos you sent.", 10)
    d.text_line("Decision: the denial is upheld.", 11, "B", h=7)
    d.para("The Fund covers durable medical equipment only when it is primarily medical and not for comfort or "
           "convenience (Plan Document, Article VI, section 6.3(k)). The therapy letter explains that the "
           "trainer would allow longer walks at the park and in the neighborhood. Your child already has a "
           "walker covered by the Fund in 2024 for walking at home and school. An added device for outdoor "
           "recreation is a convenience item and remains excluded.", 10)
    d.para("This is the Fund's final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter; the enclosed form explains how. You also have "
           "the right to bring a civil action under section 502(a) of ERISA.", 10)
    d.para("Questions: 1-555-" + r.digits(3) + "-" + r.digits(4) + ", weekdays 7:30 a.m. to 6 p.m. Mountain.", 9.5)
    d.para("Appeals Committee\nAlder & Finch Benefit Services", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(dec),
              provider=vendor, denial_alternates=["medical_necessity"],
              alternates={"insurer": [plan], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid MCO notice, prose (low res)
def doc_mco_notice(r: Rand) -> tuple[bytes, dict]:
    f = kid(r)
    ins = "Sunmeadow Medicaid Health Plan"
    mcd = f"SM{r.digits(9)}"
    notice_no = f"NABD-{r.digits(7)}"
    recv = f["base"]
    nd = recv + dt.timedelta(days=r.randint(6, 13))
    doctor = "Wendell P. Marchetti"
    d = Page("SMHP-NABD-2 (Rev. 01/2026)   Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Sunmeadow Medicaid Health Plan", 15, "B", h=7.5)
    d.text_line("2900 Old Mill Road, Fargo, ND 58102   Member Services " + f["ph"] + "   TTY 711", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(nd, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']},", 10)
    d.para(f"Dr. {doctor} asked Sunmeadow on {fmt_date(recv, 'long')} to approve a prone standing frame (E0641) "
           f"for your child {f['member']}. Your child's member ID is {mcd}. We have denied this request. The "
           f"number of this notice is {notice_no}; please use it if you call us.", 10)
    d.para("Why we made this decision: a standing frame can be medically necessary when standing at home is part of "
           "a treatment plan to protect the hips, bones or breathing. The records we received say your child "
           "stands in a frame for 45 minutes every school day and in weekly therapy, and the doctor's note does "
           "not describe a medical goal that these sessions do not already meet. A second frame for the home is "
           "therefore not medically necessary. A doctor who treats children reviewed this request.", 10)
    d.para("You have the right to ask for free copies of the records and the criteria we used (Sunmeadow DME "
           "guideline DME-114).", 10)
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You can ask Sunmeadow for an appeal within 60 days from the date on this notice. You can call us or "
           "write to Sunmeadow Appeals, PO Box 310, Fargo, ND 58107. If waiting 30 days could harm your child, ask "
           "for a fast appeal; we decide fast appeals within 72 hours.", 10)
    d.para("If you still disagree after our appeal decision, you can ask for a State Fair Hearing within 120 days "
           "of the date of our appeal decision letter. If this notice reduced or stopped a service you already "
           "get, you can keep the service during the appeal if you ask within 10 days; you may have to pay for it "
           "if you lose.", 10)
    d.para("Sincerely,\nUtilization Management, Sunmeadow Medicaid Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mcd, member_name=f["member"],
              case_numbers=[notice_no], denial_date=iso(nd), provider=doctor,
              appeal_deadline=iso(nd + dt.timedelta(days=60)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_epsdt_notice, "epsdt_notice", "born_digital"),
              (2, doc_chip_eob, "chip_eob", "scan_clean_300"),
              (3, doc_waiver_auth, "waiver_approval", "photocopy"),
              (4, doc_info_request, "info_request", "phone_photo"),
              (5, doc_upheld_appeal, "upheld_appeal", "rotated"),
              (6, doc_mco_notice, "mco_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
