"""Family 'plasmapheresis_plasma_exchange_neurology_denial': therapeutic plasma exchange (CPT 36514, with albumin
replacement P9047) for myasthenia gravis and CIDP, refused as not medically necessary (IVIG not tried first), over
the number of sessions in a course, or given as an inpatient when the outpatient apheresis unit would do (level of
care).

Documents: a prose pre-service letter refusing TPE for generalized myasthenia gravis because IVIG was not tried;
a fine-fax stack of a cover sheet, the plan's concurrent review determination faxed to the hospital's case
management (inpatient days not certified, TPE can be done as an outpatient) and the hospital's itemized bill; an
EOB with three claims (neurology visit paid, sessions 1-5 paid, sessions 6-7 denied over the course limit); a
photocopied two-column upheld appeal for CIDP (grey sidebar); a phone photo of an approval of outpatient TPE; a
Medicaid MCO notice of adverse benefit determination in ruled boxes approving part of a maintenance request and
denying the rest; a paid outpatient TPE EOB fed sideways.

Decoys: DOB, request received dates, admission/discharge days that were certified, NPIs, hospital account
numbers, medical policy numbers, form numbers, paid claims and their amounts, plan-paid/you-owe amounts,
expedited (72-hour), peer-to-peer, fair hearing and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "plasmapheresis_plasma_exchange_neurology_denial"
LANG = "en"
SEED = 287500
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
    start = dt.date(2026, 1, 20) + D(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), start=start,
                dob=dt.date(r.randint(1948, 1999), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi())


# ---------------------------------------------------------------- 0: prose pre-service letter, IVIG first (born digital)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tarrow Creek Health Plan, Inc."
    mid, grp = f"TCH{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}"
    ref = f"PA{r.digits(2)}-{r.digits(7)}"
    doc = "Odette R. Kessler, MD"
    recv = f["start"] - D(days=r.randint(12, 18))
    notice = recv + D(days=r.randint(3, 6))
    planned = f["start"]
    d = Page("Tarrow Creek Health Plan  -  UM-TPE-2  -  page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Tarrow Creek", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"{ins}  ·  Utilization Management  ·  PO Box 7730, Juniper Flats, OR 97045  ·  {f['ph']}", 8.3, h=4.5)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.3)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from your neurologist, {doc}, of Ashgrove Neurology "
           f"Associates, for therapeutic plasma exchange (plasmapheresis, CPT 36514), five exchanges with albumin "
           f"replacement, to be given at the Pelham Ridge Hospital apheresis unit. The treatment was planned to "
           f"begin on {fmt_date(planned, 'long')}. We have reviewed this request under our medical policy "
           "MP-NEU-0412 (Therapeutic Apheresis) and it is not approved.", 10.3)
    d.para("The reason is that the records we received describe generalized myasthenia gravis that is getting "
           "worse slowly, without trouble breathing or swallowing. For this situation, the policy covers plasma "
           "exchange after a course of intravenous immune globulin (IVIG) has been tried and has not worked, or "
           "when IVIG cannot be used. The records do not show that IVIG was tried or that there is a reason it "
           "cannot be given. For these reasons plasma exchange is not medically necessary for you at this time. "
           "A board-certified neurologist reviewed this request.", 10.3)
    d.para(f"Your reference number for this request is {ref}. Please use it whenever you call or write to us "
           f"about this decision. Your member ID is {mid} and your group number is {grp}.", 10.3)
    d.para("If your doctor sends records showing that IVIG was tried, or why it cannot be used, we will review "
           "the request again. Your doctor may also ask to talk with the reviewing neurologist (peer-to-peer "
           "review) within 14 days of this letter.", 10.3)
    d.text_line("If you disagree with this decision", 10.5, "B", h=6.5)
    d.para("You or someone you name to act for you may file an appeal within 180 days of the date of this letter. "
           "Write to Tarrow Creek Health Plan, Appeals, PO Box 7734, Juniper Flats, OR 97045, or fax "
           f"{phone(r)}. If waiting could seriously harm your health, ask for an expedited appeal; we will decide "
           "within 72 hours. After our final decision you may ask for an independent external review within four "
           "months. You may ask for free copies of the policy and records we used.", 10.3)
    d.para(f"Sincerely,\n\nLeticia W. Dubois, RN\nUtilization Management\n\ncc: {doc} (NPI {f['npi']})", 10.3)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["prior_authorization"],
              alternates={"service_dates": [[]], "insurer": ["Tarrow Creek Health Plan"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: concurrent review + itemized bill
def doc_concurrent_fax(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("QUILLFIELD HEALTH INSURANCE COMPANY", 13.5, "B", h=7)
    d.text_line(f"Utilization Management - Concurrent Review   Fax {phone(r)}   Phone {f['ph']}", 8.6, h=4.6)
    d.rule(0.8, 3)
    d.text_line("CONCURRENT REVIEW DETERMINATION - INPATIENT", 12, "B", h=7)
    d.text_line("Confidential: for the facility's case management department", 8.5, h=4.6)
    d.ln(2)
    x0, y0 = d.l_margin, d.get_y()
    left = [("To:", f["hosp"]), ("Attn:", "Case Management, Priya N. Holloway, RN"),
            ("Date of determination:", fmt_date(f["det"], "slash")), ("Review number:", f["rev"]),
            ("Attending physician:", f["doc"])]
    right = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
             ("Date of birth:", fmt_date(f["dob"], "slash")), ("Admission date:", fmt_date(f["adm"], "slash"))]
    for i, (lab, val) in enumerate(left):
        d.set_xy(x0, y0 + i * 5.2)
        d.font(8.8, "B")
        d.cell(42, 5.2, lab)
        d.font(8.8)
        d.cell(66, 5.2, val)
    for i, (lab, val) in enumerate(right):
        d.set_xy(x0 + 114, y0 + i * 5.2)
        d.font(8.8, "B")
        d.cell(32, 5.2, lab)
        d.font(8.8)
        d.cell(40, 5.2, val)
    d.set_xy(x0, y0 + 5 * 5.2 + 4)
    d.text_line("Diagnosis: G61.81 chronic inflammatory demyelinating polyneuropathy     Procedure: 36514 x 5", 8.8,
                h=5)
    d.ln(2)
    rows = [[fmt_date(f["adm"], "slash"), "Inpatient, acute", "1", "CERTIFIED"],
            [f"{fmt_date(f['d1'], 'slash')} - {fmt_date(f['d2'], 'slash')}", "Inpatient, acute",
             str((f["d2"] - f["d1"]).days + 1), "NOT CERTIFIED"],
            ["", "Outpatient apheresis (36514)", "per session", "Approved if moved"]]
    d.table(["Days under review", "Level of care requested", "Days", "Decision"], rows, [58, 62, 24, 38], size=8.8,
            border_head="TB", head_fill=True)
    d.text_line("Reason for determination", 10, "B", h=6)
    d.para(f"The first day of the admission was certified for starting plasma exchange and observing the first "
           f"exchange. From {fmt_date(f['d1'], 'slash')} the member was stable: walking with a walker, no "
           "breathing or swallowing problems, normal vital signs, and the exchanges went without complication. "
           "The remaining exchanges every other day can be given safely in the hospital's outpatient apheresis "
           "unit. Continued acute inpatient stay does not meet InterQual-type acute criteria; the inpatient level "
           "of care is not medically necessary. The plasma exchange itself is covered at the outpatient level.",
           9.2)
    d.para("Peer-to-peer: the attending physician may call the physician reviewer within 1 business day. "
           "Expedited appeal: decided within 72 hours of the request.", 9.2)
    d.para("Standard appeal: the member, the facility or the attending physician may appeal within 180 days of "
           "the date of this notice. A written notice has also been mailed to the member. Send appeals to "
           "Quillfield Appeals, PO Box 3390, Ridgewater, MN 55802.", 9.2)
    d.para("Reviewer: Ezra T. Underhill, MD (neurology).  This determination is not a guarantee of payment.", 8.6)
    t = truth("denial_letter", "level_of_care", insurer="Quillfield Health Insurance Company", group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[f["rev"]],
              service_dates=[iso(f["d1"], f["d2"])], denial_date=iso(f["det"]), provider=f["hosp"],
              appeal_deadline=iso(f["det"] + D(days=180)), denial_alternates=["medical_necessity"],
              alternates={"provider": [f["doc"]], "service_dates": [[iso(f["adm"], f["d2"])]]})
    return pdf_bytes(d), t


def doc_itemized_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["d2"] + D(days=r.randint(24, 36))
    acct = f"{r.digits(9)}"
    items = []
    nights = (f["d2"] - f["adm"]).days + 1
    items.append((iso(f["adm"]), "0120", "", "Room & board semi-private", nights, 3180.00))
    day = f["adm"]
    k = 0
    while day <= f["d2"] and k < 3:
        items.append((iso(day), "0391", "36514", "Therapeutic apheresis, plasma", 1, 4275.00))
        items.append((iso(day), "0636", "P9047", "Albumin 25%, 50 mL", 8, 96.50))
        day += D(days=2)
        k += 1
    items.append((iso(f["adm"]), "0300", "85610", "Prothrombin time", 1, 58.00))
    items.append((iso(f["adm"]), "0300", "82310", "Calcium, total", 2, 41.25))
    items.append((iso(f["adm"]), "0360", "36556", "Central venous catheter insertion", 1, 2940.00))
    rows, tot = [], 0.0
    for dd, rev, cpt, desc, q, unit in items:
        amt = round(q * unit, 2)
        tot += amt
        rows.append([fmt_date(dt.date.fromisoformat(dd), "slash"), rev, cpt, desc, str(q), fmt_money(unit, "nosign"),
                     fmt_money(amt, "nosign")])
    tot = round(tot, 2)
    d = Page(f"{f['hosp']}  ·  Itemized statement  ·  Page {{p}} of {{n}}", margins=(12, 12, 12))
    d.add_page()
    d.text_line(f["hosp"].upper(), 14, "B", h=7)
    d.text_line(f"Patient Financial Services  ·  1400 Kestrel Avenue, Duluth, MN 55802  ·  {phone(r)}", 8.4, h=4.5)
    d.ln(3)
    d.text_line("ITEMIZED STATEMENT OF CHARGES", 11.5, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(bill, "abbr"), 36), ("Patient", f["member"], 52),
             ("Account no.", acct, 30), ("Admitted", fmt_date(f["adm"], "abbr"), 36),
             ("Discharged", fmt_date(f["d2"], "abbr"), 37.9)])
    d.boxes([("Primary insurance", "Quillfield Health Insurance Company", 84), ("Policy / member no.", f["mid"], 50),
             ("Insurer review no.", f["rev"], 57.9)])
    d.ln(3)
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Unit", "Amount"], rows,
            [24, 13, 20, 70, 11, 24, 29.9], size=8.2, aligns="LLLLRRR")
    d.kv([("Total charges", fmt_money(tot)), ("Insurance payments", "0.00"),
          ("Insurance status", "Claim pending - inpatient days after day 1 not certified by insurer"),
          ("Amount due from patient", "0.00 at this time")], lw=48, size=9)
    d.ln(3)
    d.para("This itemized statement is sent at your request. It is not a bill. If your insurer denies part of "
           "this stay, we will send a statement of the amount you owe. Questions: call Patient Financial "
           f"Services. Attending: {f['doc']}. Facility NPI {r.npi()}.", 8.6)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["rev"]],
              claim_amount=m2(tot), service_dates=[iso(f["adm"], f["d2"])], denial_date=iso(bill),
              provider=f["hosp"], unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(hosp="Saint Ives Regional Medical Center", doc="Wendell J. Prescott, MD", mid=f"QH{r.digits(10)}",
             grp=f"{r.digits(5)}", rev=f"CR-{r.digits(8)}")
    f["adm"] = f["start"]
    f["d1"] = f["adm"] + D(days=1)
    f["d2"] = f["adm"] + D(days=r.randint(4, 5))
    f["det"] = f["d1"] + D(days=1)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_concurrent_fax(r, f), doc_itemized_bill(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: EOB with three claims, sessions 6-7 denied
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Mutual Benefit Association"
    mid, grp = f"LMB {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(1)}{r.digits(5)}"
    hosp = "Fenwick Valley Hospital Outpatient Apheresis"
    neuro = "Harborview Neurology Group"
    sess = [f["start"] + D(days=2 * i) for i in range(7)]
    stmt = sess[-1] + D(days=r.randint(24, 33))
    c0, c1, c2 = (f"{r.digits(3)}{r.letters(1)}{r.digits(7)}" for _ in range(3))
    rate = float(r.randint(3600, 4400))
    alb = float(r.randint(520, 780))
    ov = float(r.randint(280, 420))
    d = Page("Larkspur Mutual  ·  Explanation of Benefits  ·  THIS IS NOT A BILL  ·  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("LARKSPUR MUTUAL", 17, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 2210, Fargo, ND 58102  ·  Member Services {f['ph']}", 8.3, h=4.5)
    d.rule(0.6, 3)
    y = d.get_y()
    d.text_line("Explanation of Benefits", 12.5, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.8)
    d.set_y(y)
    d.kv([("Statement date", fmt_date(stmt, "abbr")), ("Member", f["member"]), ("Member number", mid),
          ("Group", grp), ("Claims in this statement", "3")], lw=44, size=8.8, h=4.8, x=110)
    d.ln(6)

    def claim_block(no, prov, rows, note):
        d.set_fill_color(235, 235, 235)
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {no}   ·   {prov}   ·   {note}", fill=True, new_x="LMARGIN", new_y="NEXT")
        tb = 0.0
        out = []
        for dd, code, desc, billed, allowed, paid, owe, rm in rows:
            out.append([fmt_date(dd, "slash"), code, desc, fmt_money(billed, "nosign"), fmt_money(allowed, "nosign"),
                        fmt_money(paid, "nosign"), fmt_money(owe, "nosign"), rm])
            tb += billed
        out.append(["*Claim total", "", "", fmt_money(tb, "nosign"), fmt_money(sum(x[4] for x in rows), "nosign"),
                    fmt_money(sum(x[5] for x in rows), "nosign"), fmt_money(sum(x[6] for x in rows), "nosign"), ""])
        d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Plan paid", "You owe", "Rmk"], out,
                [24, 15, 56, 21, 20, 21, 20, 14.9], size=7.8, aligns="LLLRRRRL")
        return tb

    a_ov = round(ov * 0.62, 2)
    claim_block(c0, neuro, [(f["start"] - D(days=9), "99215", "Office visit, established", ov, a_ov,
                             round(a_ov - 40, 2), 40.0, "")], "processed")
    rows1 = []
    for s in sess[:5]:
        a1, a2 = round(rate * 0.55, 2), round(alb * 0.6, 2)
        rows1.append((s, "36514", "Plasma exchange", rate, a1, round(a1 * 0.8, 2), round(a1 * 0.2, 2), ""))
        rows1.append((s, "P9047", "Albumin replacement", alb, a2, round(a2 * 0.8, 2), round(a2 * 0.2, 2), ""))
    claim_block(c1, hosp, rows1, "processed")
    rows2 = []
    for s in sess[5:]:
        rows2.append((s, "36514", "Plasma exchange", rate, 0.0, 0.0, rate, "PX5"))
        rows2.append((s, "P9047", "Albumin replacement", alb, 0.0, 0.0, alb, "PX5"))
    billed = claim_block(c2, hosp, rows2, "denied")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para("PX5  Your plan covers a course of up to five plasma exchanges for an acute flare of myasthenia gravis "
           "(medical policy NEU-221). Exchanges beyond five in the same course are not considered medically "
           "necessary unless the records show a partial response and a plan for more. We did not receive records "
           "showing this. The provider may send records for review.", 8.4)
    d.text_line("Appeals", 9.5, "B", h=5.5)
    d.para("You have the right to appeal within 180 days of the date of this statement. Write to Larkspur Mutual "
           "Appeals, PO Box 2214, Fargo, ND 58102. Urgent appeals are decided within 72 hours. You may ask for an "
           f"external review after our final decision. Provider NPI {f['npi']}.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(s) for s in sess[5:]],
              denial_date=iso(stmt), provider=hosp, appeal_deadline=iso(stmt + D(days=180)),
              denial_alternates=["not_covered"], alternates={"insurer": ["Larkspur Mutual"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: upheld appeal, CIDP, two columns with sidebar
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Bay Health Partners"
    mid, grp = f"{r.letters(3)}{r.digits(8)}", f"GB-{r.digits(4)}"
    appeal, claim = f"APL-{r.digits(7)}", f"{r.digits(12)}"
    center = "Brightwater Infusion & Apheresis Center"
    doc = "Kwame S. Oduya, MD"
    sess = [f["start"] + D(days=2 * i) for i in range(3)]
    billed = round(3 * float(r.randint(3900, 4600)) + 3 * float(r.randint(500, 700)), 2)
    recv = sess[-1] + D(days=r.randint(60, 80))
    notice = recv + D(days=r.randint(20, 28))
    d = Page("Granite Bay Health Partners - Appeal decision - Page {p} of {n}", margins=(12, 14, 12))
    d.add_page()
    d.text_line("Granite Bay Health Partners", 16, "B", h=8)
    d.text_line(f"Member Appeals  ·  80 Quarry Street, Erie, PA 16501  ·  {f['ph']}", 8.4, h=4.5)
    d.rule(0.5, 4)
    y0 = d.get_y()
    d.set_fill_color(228, 228, 228)
    d.rect(12, y0, 56, 118, style="F")
    yy = y0 + 3
    for lab, val in [("APPEAL NUMBER", appeal), ("CLAIM NUMBER", claim), ("MEMBER", f["member"]),
                     ("MEMBER ID", mid), ("GROUP", grp), ("APPEAL RECEIVED", fmt_date(recv, "long")),
                     ("SERVICE", "36514 plasma exchange x 3"), ("AMOUNT BILLED", fmt_money(billed)),
                     ("TREATING PHYSICIAN", doc), ("DECISION", "UPHELD")]:
        d.set_xy(15, yy)
        d.font(6.8, "B")
        d.cell(50, 3.5, lab)
        d.set_xy(15, yy + 3.6)
        d.font(9)
        d.cell(50, 5, val)
        yy += 11.2
    d.set_left_margin(74)
    d.set_xy(74, y0)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Decision on your appeal", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You appealed our denial of three plasma exchange treatments given at {center} on "
           f"{fmt_date(sess[0], 'long')}, {fmt_date(sess[1], 'long')} and {fmt_date(sess[2], 'long')}, ordered by "
           f"{doc} for chronic inflammatory demyelinating polyneuropathy (CIDP). A neurologist who was not part of "
           "the first decision reviewed your appeal, your records and the letter your doctor sent.", 10)
    d.para("We are upholding our decision. Our policy covers plasma exchange for CIDP when intravenous immune "
           "globulin (IVIG) or steroids have been tried and did not help, or cannot be used. Your records show "
           "that IVIG was recommended but not started; no reason that it could not be given is documented. The "
           "plasma exchange was therefore not medically necessary under the policy.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. If your situation is urgent, an expedited "
           "external review can be decided within 72 hours. You also have the right to bring a civil action "
           "under ERISA section 502(a).", 10)
    d.para("Sincerely,\nAppeals and Grievances Unit\nGranite Bay Health Partners", 10)
    d.set_left_margin(12)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(s) for s in sess], denial_date=iso(notice), provider=center,
              alternates={"case_numbers": [[appeal]], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval of outpatient TPE (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Redwater Community Health Plan"
    mid = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}-{r.digits(2)}"
    auth = f"A{r.digits(9)}"
    doc = "Mei L. Nakamura, DO"
    notice = f["start"] - D(days=r.randint(2, 4))
    end = f["start"] + D(days=13)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("REDWATER COMMUNITY HEALTH PLAN", 13, "B", h=7)
    d.text_line(f"Prior Authorization Department  |  {f['ph']}  |  Fax {phone(r)}", 8.6, h=4.6)
    d.ln(8)
    d.text_line("AUTHORIZATION APPROVAL", 12, "B", h=7)
    d.ln(2)
    d.kv([("Date", fmt_date(notice, "iso")), ("Member", f["member"]), ("Member ID", mid),
          ("Date of birth", fmt_date(f["dob"], "iso")), ("Authorization #", auth), ("Requesting provider", doc),
          ("Service", "36514 therapeutic apheresis, plasma - 5 sessions"), ("Setting", "Outpatient hospital"),
          ("Approved dates", f"{fmt_date(f['start'], 'iso')} through {fmt_date(end, 'iso')}")], lw=46, size=9.8,
         h=5.6)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("Good news: we approved the plasma exchange your doctor asked for to treat your myasthenia gravis "
           "flare. Five sessions are approved in the outpatient setting for the dates above. If your doctor "
           "thinks more sessions are needed, your doctor must ask us before the approved dates end.", 10)
    d.para("This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the "
           "date you get the service. Your usual copay or coinsurance applies.", 10)
    d.para("Questions? Call Member Services at the number above, Monday through Friday, 8 a.m. to 6 p.m.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["start"], end)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid MCO notice in ruled boxes
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health (Medicaid)"
    mid = f"{r.digits(9)}{r.letters(1)}"
    notice_no = f"NABD-{r.digits(6)}"
    doc = "Sunita G. Abernathy, MD"
    notice = f["start"] - D(days=r.randint(3, 6))
    s7 = f["start"] + D(days=28)
    s12 = s7 + D(days=34)
    d = Page("PLH-NABD-0326  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Prairie Lantern Health", 15, "B", h=7.5)
    d.text_line("Medicaid Managed Care Plan  ·  Member Services " + f["ph"], 8.4, h=4.5)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Notice date", fmt_date(notice, "long"), 46), ("Notice number", notice_no, 42),
             ("Member name", f["member"], 55), ("Medicaid ID", mid, 44.9)], h=12)
    d.boxes([("Requesting provider", doc, 70), ("Service requested", "36514 plasma exchange, 12 sessions", 74),
             ("Date received", fmt_date(notice - D(days=5), "long"), 43.9)], h=12)
    d.boxes([("Decision", "Partly approved: 6 sessions approved, 6 sessions denied", 110),
             ("Denied sessions", f"{fmt_date(s7, 'mdy_nopad')} - {fmt_date(s12, 'mdy_nopad')}", 77.9)], h=12)
    d.ln(4)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Your doctor asked for 12 plasma exchange sessions over about 9 weeks to keep your myasthenia gravis "
           "under control. Our clinical guideline allows up to 6 sessions in a 30-day period while the doctor "
           "checks how well the treatment works. We approved sessions 1 to 6. Sessions 7 to 12, planned for "
           f"{fmt_date(s7, 'mdy_nopad')} through {fmt_date(s12, 'mdy_nopad')}, are denied as not medically "
           "necessary now. Your doctor can ask again with notes on how you responded to the first 6 sessions.",
           9.4)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You can ask Prairie Lantern Health for an appeal within 60 days of the date of this notice. Call "
           "Member Services or write to Appeals, PO Box 1120, Pueblo, CO 81003. If you want your services to "
           "continue while you appeal, you must ask within 10 days. If waiting 30 days could harm your health, "
           "ask for a fast appeal (72 hours). After the appeal, you can ask for a State Fair Hearing within 120 "
           "days of the appeal decision.", 9.4)
    d.para("Language help and free aids are available. Call Member Services (TTY 711).", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer="Prairie Lantern Health", member_id=mid,
              member_name=f["member"], case_numbers=[notice_no], service_dates=[iso(s7, s12)],
              denial_date=iso(notice), provider=doc, appeal_deadline=iso(notice + D(days=60)),
              denial_alternates=["not_covered"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid outpatient TPE EOB (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Insurance"
    mid, grp, plan = f"CPL{r.digits(8)}", f"{r.digits(7)}", f"CHI-{r.digits(4)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    hosp = "Lantern Way Medical Center"
    sess = [f["start"] + D(days=2 * i) for i in range(5)]
    stmt = sess[-1] + D(days=r.randint(18, 30))
    rate = float(r.randint(3300, 4100))
    rows, tb, tp = [], 0.0, 0.0
    for s in sess:
        a = round(rate * 0.5, 2)
        rows.append([fmt_date(s, "dmy"), "36514", fmt_money(rate, "usd"), fmt_money(a, "usd"),
                     fmt_money(round(a * 0.9, 2), "usd"), fmt_money(round(a * 0.1, 2), "usd")])
        tb += rate
        tp += round(a * 0.9, 2)
    rows.append(["*TOTAL", "", fmt_money(tb, "usd"), "", fmt_money(tp, "usd"), ""])
    d = Page("Copperline Health Insurance - EOB - {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Copperline Health Insurance", 15, "B", h=7.5)
    d.text_line("Explanation of Benefits  -  This is not a bill", 10, h=5.5)
    d.ln(3)
    d.kv([("Issued", fmt_date(stmt, "dmy")), ("Patient", f["member"]), ("ID", mid), ("Group", grp),
          ("Plan ID", plan), ("Claim", claim), ("Provider", hosp), ("Received", fmt_date(sess[-1] + D(days=6), "dmy"))],
         lw=30, size=9.4, h=5.2)
    d.ln(4)
    d.table(["Date", "Service", "Billed", "Allowed", "Paid", "Patient share"], rows, [28, 20, 34, 34, 34, 30],
            size=8.8, aligns="LLRRRR", head_fill=True)
    d.para(f"We paid this claim. Your share is your 10% coinsurance. {hosp} is in your network and may not bill "
           "you more than your share. Your deductible for the year has been met.", 9.4)
    d.para("Questions or disagree? Call us at " + f["ph"] + ". You may appeal within 180 days after you receive "
           "this notice.", 9)
    t = truth("eob", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tb), service_dates=[iso(s) for s in sess],
              denial_date=iso(stmt), provider=hosp, type_alternates=["other"], alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"),
              (2, doc_three_claim_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_upheld_appeal, "upheld_appeal", "photocopy"), (4, doc_approval, "approval", "phone_photo"),
              (5, doc_medicaid, "medicaid_notice", "scan_lowres_150"), (6, doc_paid_eob, "paid_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
