"""Family 'inferior_turbinate_reduction_nasal_obstruction_denial': invented commercial and self-funded plans refusing
radiofrequency reduction of the inferior turbinates (CPT 30802, 30140) for chronic nasal obstruction because a
trial of conservative treatment (intranasal steroid spray, saline, antihistamine) is not documented.

Cases: a pre-service adverse determination (label column); an ENT office statement with several visits of which
only the turbinate procedure was denied by the insurer (a provider's bill, nothing decided by a plan); an EOB with
three claims of which only the procedure claim is denied; a first-level appeal upheld told in prose only; a fax
stack of a cover sheet, the plan's provider-copy denial and the ENT's reconsideration request; the approval after
the steroid trial was documented (nothing denied); a TPA's determination with the facts in a right-hand panel.

All values invented: plans, clinics, people, IDs, amounts; phones 1-555. Decoys: dates of birth, NPIs, request
and appeal received dates, medical policy numbers, patient account numbers, other claims, 72-hour expedited and
external-review limits, authorization validity periods, allowed/paid amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "inferior_turbinate_reduction_nasal_obstruction_denial"
LANG = "en"
SEED = 346900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(228, 228, 228)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Osric", "Philippa", "Thaddeus", "Genevieve", "Lysander", "Henrietta", "Caspian", "Winifred", "Emrys",
         "Clementine"]
LAST = ["Ashgrove", "Blackwood-Tate", "Corriveau", "Delacroix", "Eastlake", "Farnsworth", "Haverford", "Kilbride",
        "Merriwether", "Stonebridge"]
CITIES = ["Wrenfield, OR 97999", "Cobble Point, VT 05999", "East Marlow, KS 66999", "Glenhaven, SC 29999"]
STREETS = ["Tallow Creek Road", "Minster Lane", "Osprey Bluff Drive", "Greyfriars Street", "Copperleaf Court"]
ENTS = ["Ingrid P. Valcourt", "Marcus E. Oyelowo-Finch", "Serafina L. Dunmore", "Rowan T. Achebe-Lund"]
PRACTICE = "Wrenfield Ear, Nose & Throat Associates"
PRACTICE2 = "Cobble Point Sinus and Allergy Center"


def base(r):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1960, 1998), r.randint(1, 12), r.randint(1, 28)))


CRITERIA = ("Medical Policy ENT-0419 (Inferior Turbinate Reduction) considers radiofrequency or submucous reduction "
            "of the inferior turbinates medically necessary only when nasal obstruction persists after at least "
            "four weeks of conservative treatment, including a topical intranasal corticosteroid spray, documented "
            "in the medical record.")


# ---------------------------------------------------------------- 0: pre-service adverse determination
def doc_preservice(r):
    f = base(r)
    plan = "Larkspur Valley Health Plan"
    doc = ENTS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(3, 8))
    surgery = f["notice"] + dt.timedelta(days=r.randint(12, 28))
    f.update(mid=pat(r, "LVH9999999-01"), grp=pat(r, "GRP-99999"), ref=pat(r, "UM26-999999"))
    d = Page(footer="Larkspur Valley Health Plan  -  UM notice ENT-AD  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Utilization Management, 2200 Heron Mill Parkway, Wrenfield, OR 97999",
                         f"Member Services {f['phone']}  (TTY 711)   UM fax 1-555-610-4471"], 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - REQUEST NOT APPROVED", 11.5, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Date of birth", fmt_date(f["dob"], "slash")), ("UM reference", f["ref"]),
           ("Requesting provider", f"Dr. {doc}, MD  ({PRACTICE})"), ("Provider NPI", f["npi"]),
           ("Service requested", "Radiofrequency reduction, inferior turbinates, bilateral (CPT 30802)"),
           ("Planned date of service", fmt_date(surgery, "slash")), ("Request received", fmt_date(req, "slash")),
           ("Setting", "Office-based procedure")], w=50, size=9.4)
    paras(d, [
        "#Why we did not approve this request",
        "Your doctor asked us to approve a procedure to shrink the inferior turbinates inside your nose to treat "
        "nasal blockage. " + CRITERIA,
        "The records we received describe nasal congestion for about two years and enlarged turbinates on exam. "
        "They do not show that you used a prescription steroid nasal spray for at least four weeks, or how your "
        "symptoms responded. Because this information is missing, the request does not meet our criteria and is "
        "not medically necessary at this time. This decision was made by a board-certified otolaryngologist.",
        "Your doctor may send new records at any time, including notes showing a steroid spray trial, and ask us "
        "to review the request again. Your doctor may also call 1-555-610-4400 to discuss this decision with the "
        "reviewer (peer-to-peer).",
        "#Your right to appeal",
        "You or someone you name may appeal within 180 days of the date of this letter. Write to Larkspur Valley "
        "Appeals, PO Box 7720, Wrenfield, OR 97999, or fax 1-555-610-4490. If waiting could seriously harm your "
        "health, ask for an expedited appeal; we decide those within 72 hours. You may also have the right to an "
        "independent external review after the appeal, which must be requested within four months.",
        "Sincerely,",
        "Utilization Management Department"], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[surgery.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: ENT office statement, several visits, one denied
def doc_statement(r):
    f = base(r)
    plan = "Larkspur Valley Health Plan"
    doc = ENTS[1]
    stmt = f["notice"]
    v1 = stmt - dt.timedelta(days=r.randint(95, 110))
    v2 = v1 + dt.timedelta(days=r.randint(20, 30))
    v3 = v2 + dt.timedelta(days=r.randint(14, 21))
    v4 = v3 + dt.timedelta(days=r.randint(14, 20))
    acct = pat(r, "WENT-999999")
    mid = pat(r, "LVH9999999-02")
    icn = pat(r, "9999999999999")
    proc = fee(r, 2400, 3600)
    rows_raw = [
        (v1, "99204", "New patient visit, comprehensive", fee(r, 310, 380), "Ins paid", 0.70),
        (v2, "31231", "Nasal endoscopy, diagnostic", fee(r, 420, 560), "Ins paid", 0.65),
        (v3, "30802", "RF ablation inferior turbinates, bilat", proc, "DENIED", 0.0),
        (v4, "99213", "Post-procedure visit", fee(r, 150, 210), "Ins paid", 0.72),
    ]
    ds, ms = "mdy_nopad", "nosign"
    d = Page(footer="Questions about this statement? Billing office 1-555-318-2044, Monday-Friday 8 a.m.-5 p.m.")
    d.add_page()
    letterhead(d, PRACTICE, ["455 Alder Commons, Suite 210, Wrenfield, OR 97999",
                             "Tax ID 99-9999999  |  wrenfieldent.example"], 1)
    d.text_line("PATIENT ACCOUNT STATEMENT", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(stmt, ds), 34), ("Account no.", acct, 36), ("Patient", f["member"], 56),
             ("Amount due", fmt_money(proc + 45, "plain"), 34)], h=11)
    d.ln(3)
    kv(d, [("Guarantor:", f["member"]), ("Primary insurance:", f"{plan}  ID {mid}"),
           ("Physician:", f"{doc}, MD"), ("Date of birth:", fmt_date(f["dob"], "slash"))], w=38, size=9.2)
    rows = []
    for day, code, desc, ch, status, pct in rows_raw:
        ins = round(ch * pct, 2)
        yours = ch if status == "DENIED" else 15.0
        adj = 0.0 if status == "DENIED" else round(ch - ins - yours, 2)
        rows.append([fmt_date(day, ds), code, desc, fmt_money(ch, ms), fmt_money(ins if pct else 0, ms),
                     fmt_money(adj, ms), fmt_money(yours, ms), status])
    d.table(["Date", "CPT", "Description", "Charge", "Insurance", "Adjust.", "Your part", "Status"], rows,
            [20, 13, 60, 20, 20, 18, 20, 15], size=7.7, aligns="LLLRRRRL")
    paras(d, [
        f"Insurance update: {plan} denied the {fmt_date(v3, 'long')} procedure charge (insurance claim "
        f"{icn}), stating that a trial of nasal steroid spray was not documented before the procedure. Dr. "
        f"{doc.split()[-1]}'s office has sent a records request to support an appeal. Until the appeal is decided "
        "the charge is shown as your responsibility; no payment is due on that line for 60 days.",
        "Copays of $15.00 apply to the office visits. Please pay the copay balance by the due date on the coupon "
        "below. We accept cards, checks and payment plans."], size=9.2)
    d.ln(2)
    d.rule(0.3, 3)
    d.text_line(f"Return this portion   Account {acct}   Pay by {fmt_date(stmt + dt.timedelta(days=25), ds)}", 9)
    t = truth("other", None, insurer=None, member_id=mid, member_name=f["member"], case_numbers=[icn],
              claim_amount=f"{proc:.2f}", service_dates=[v3.isoformat()], denial_date=stmt.isoformat(),
              provider=PRACTICE, unscored=["insurer", "group_number"],
              alternates={"provider": [doc], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, three claims, one denied
def doc_eob(r):
    f = base(r)
    plan = "Bramblecrest Mutual Insurance Company"
    doc = ENTS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    d_visit = dos - dt.timedelta(days=r.randint(30, 45))
    d_ct = d_visit + dt.timedelta(days=r.randint(5, 12))
    f.update(mid=pat(r, "BMI-999-99-9999"), grp=pat(r, "99999A"))
    claims = [
        (pat(r, "26A9999999"), d_visit, PRACTICE2, "99203 Office visit, new patient", fee(r, 240, 320), "paid"),
        (pat(r, "26A9999999"), d_ct, "Glenhaven Imaging Center", "70486 CT maxillofacial w/o contrast",
         fee(r, 780, 1150), "paid"),
        (pat(r, "26A9999999"), dos, PRACTICE2, "30802 Turbinate reduction, radiofrequency", fee(r, 2600, 3900),
         "denied"),
    ]
    ds, ms = "abbr", "plain"
    d = Page(footer="Bramblecrest Mutual - Explanation of Benefits - THIS IS NOT A BILL - page {p}")
    d.add_page()
    letterhead(d, plan, ["Member Claims, PO Box 6605, Cobble Point, VT 05999",
                         f"Questions: {f['phone']}  |  bramblecrest.example/member"], 2)
    d.text_line("Explanation of Benefits", 14, "B")
    kv(d, [("Statement date", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("ID number", f["mid"]),
           ("Group", f["grp"]), ("Claims received", f"{fmt_date(d_visit + dt.timedelta(days=4), ds)} to "
                                                    f"{fmt_date(dos + dt.timedelta(days=6), ds)}")],
       w=38, size=9.3)
    denied = None
    for claim, day, prov, svc, ch, st in claims:
        d.text_line(f"Claim {claim}   {prov}", 9.4, "B")
        if st == "paid":
            al = round(ch * 0.6, 2)
            row = [fmt_date(day, ds), svc, fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al - 30, ms),
                   fmt_money(30, ms), "—"]
        else:
            denied = (claim, day, ch)
            row = [fmt_date(day, ds), svc, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms),
                   fmt_money(ch, ms), "MN7"]
        d.table(["Date of service", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Remark"], [row],
                [26, 62, 20, 20, 20, 20, 14], size=7.8, aligns="LLRRRRL")
    paras(d, [
        "#Remark codes",
        "MN7  Not medically necessary. Turbinate reduction is covered only after a documented trial of at least "
        "4 weeks of conservative treatment, including a steroid nasal spray; the records sent with this claim do "
        "not show one. Because your doctor is in network, you may only be billed if you agreed in writing before "
        "the service to pay for it.",
        "#If you disagree",
        "You can appeal any claim on this statement within 180 days from the date of this statement. Call the "
        "number above or write to Bramblecrest Appeals, PO Box 6610, Cobble Point, VT 05999. Urgent appeals are "
        "decided within 72 hours. After an appeal you may ask for an external review within 4 months."], size=8.9)
    claim, day, ch = denied
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{ch:.2f}",
              service_dates=[day.isoformat()], denial_date=f["notice"].isoformat(), provider=PRACTICE2,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: first-level appeal upheld, prose only
def doc_upheld(r):
    f = base(r)
    plan = "Larkspur Valley Health Plan"
    doc = ENTS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(70, 100))
    received = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    claim, appeal = pat(r, "LV99999999999"), pat(r, "AP-26-99999")
    f.update(mid=pat(r, "LVH9999999-01"))
    ch = fee(r, 2900, 4100)
    d = Page(footer="Larkspur Valley Health Plan, Appeals and Grievances, PO Box 7720, Wrenfield, OR 97999")
    d.add_page()
    letterhead(d, plan, ["Appeals and Grievances", f"{f['phone']}"], 1)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"Thank you for your letter, which we received on {fmt_date(received, 'long')}. You asked us to reconsider "
        f"our denial of claim number {claim} for the radiofrequency reduction of your inferior turbinates that "
        f"Dr. {doc} performed at {PRACTICE2} on {fmt_date(dos, 'long')}. The charges on that claim were "
        f"{fmt_money(ch)}. We filed your request as appeal {appeal} under member ID {f['mid']}.",
        "A board-certified otolaryngologist who took no part in the first decision reviewed your letter, the office "
        "notes from the last twelve months and the operative note. The notes mention that you tried an "
        "over-the-counter decongestant spray for a few days and saline rinses. They do not show that a steroid "
        "nasal spray was prescribed or used for at least four weeks before the procedure, which our medical "
        "policy requires before turbinate reduction is considered medically necessary.",
        "For this reason the reviewer agreed with the original decision, and the denial of the claim is upheld. "
        "Your doctor is in our network and may not bill you for this service unless you agreed in writing, before "
        "the procedure, to pay for it yourself.",
        "If you still disagree, you may ask for a second-level appeal within 60 days of the date of this letter, "
        "by writing to the address below or calling us. You may send any records that show a steroid spray trial. "
        "You may also ask an independent review organization for an external review within four months of "
        "receiving this letter, and you may ask us for free copies of every document we used.",
        "Sincerely,",
        "Appeals Coordinator"], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [PRACTICE2], "case_numbers": [[appeal], [claim]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: provider-copy denial + ENT reconsideration
def doc_stack(r):
    f = base(r)
    plan = "Thornquist Health Insurance Co."
    doc = ENTS[0]
    surgery = f["notice"] + dt.timedelta(days=r.randint(10, 24))
    req = f["notice"] - dt.timedelta(days=r.randint(2, 6))
    case = pat(r, "PA-999999-AA")
    f.update(mid=pat(r, "TQ999999999"), grp=pat(r, "999-9999"))
    ds = "dmy"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Prior Authorization Unit  -  Fax 1-555-730-9812  -  Phone 1-555-730-9800",
                         "88 Chalcedony Way, East Marlow, KS 66999"], 0)
    d.text_line("PROVIDER COPY - ADVERSE DETERMINATION", 12, "B")
    d.ln(1)
    d.boxes([("Date", fmt_date(f["notice"], ds), 32), ("Case", case, 38), ("Member ID", f["mid"], 38),
             ("Group", f["grp"], 30), ("Received", fmt_date(req, ds), 36)], h=11)
    d.ln(3)
    kv(d, [("To:", f"Dr. {doc}, {PRACTICE}"), ("Fax:", "1-555-318-2090"), ("Member:", f["member"]),
           ("DOB:", fmt_date(f["dob"], ds)), ("Procedure:", "30140 Submucous resection inferior turbinate, 30802"),
           ("Requested DOS:", fmt_date(surgery, ds)), ("Place of service:", "22 - outpatient hospital")], w=36)
    paras(d, [
        "Determination: NOT CERTIFIED. Criteria for inferior turbinate reduction were not met. The clinical "
        "information submitted does not document failure of at least 4 weeks of intranasal corticosteroid "
        "therapy, or a contraindication to it. Please submit office notes documenting the trial (drug, dates, "
        "response) for reconsideration.",
        "Appeal rights: the member or the provider acting for the member may appeal within 180 days of the date of "
        "this notice. A copy of this notice has been mailed to the member. Peer-to-peer discussion: call "
        "1-555-730-9850 within 14 days.",
        "Reviewer: Medical Director, Otolaryngology."], size=9.5)
    t1 = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[case], service_dates=[surgery.isoformat()],
               denial_date=f["notice"].isoformat(), provider=doc,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [PRACTICE], "service_dates": [[]]})
    pdf1 = pdf_bytes(d)
    sent = f["notice"] + dt.timedelta(days=r.randint(3, 6))
    start = f["notice"] - dt.timedelta(days=r.randint(60, 75))
    d = Page()
    d.add_page()
    letterhead(d, PRACTICE, ["455 Alder Commons, Suite 210, Wrenfield, OR 97999",
                             "Phone 1-555-318-2000   Fax 1-555-318-2090"], 2)
    d.text_line(fmt_date(sent, "iso"), 10)
    d.ln(2)
    d.text_line(f"To: {plan}, Prior Authorization Unit (fax 1-555-730-9812)", 10)
    d.text_line(f"Re: Request for reconsideration, case {case}", 10, "B")
    d.ln(2)
    paras(d, [
        f"Patient: {f['member']}   ID: {f['mid']}   DOB: {fmt_date(f['dob'], ds)}",
        f"We ask that you reconsider the adverse determination dated {fmt_date(f['notice'], ds)}. The enclosed "
        f"office notes show that the patient was prescribed fluticasone propionate 50 mcg, two sprays each "
        f"nostril daily, on {fmt_date(start, 'long')} and used it for eight weeks together with saline irrigation "
        "and cetirizine, without relief of bilateral nasal obstruction (NOSE score 75). Nasal endoscopy shows "
        "bilateral inferior turbinate hypertrophy that does not shrink adequately with decongestant.",
        f"The procedure remains scheduled for {fmt_date(surgery, 'long')}. Please fax your decision to "
        "1-555-318-2090.",
        f"Dr. {doc}, MD, Otolaryngology   NPI {f['npi']}",
        "Enclosures: office notes (6 pages), medication list, endoscopy report"], size=9.8)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[case],
               service_dates=[surgery.isoformat()], denial_date=sent.isoformat(), provider=doc,
               unscored=["insurer", "group_number"], alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: approval after the steroid trial (nothing denied)
def doc_approval(r):
    f = base(r)
    plan = "Larkspur Valley Health Plan"
    doc = ENTS[1]
    surgery = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    valid_to = surgery + dt.timedelta(days=60)
    auth = pat(r, "A99999999")
    f.update(mid=pat(r, "LVH9999999-03"), grp=pat(r, "GRP-99999"))
    ds = "upper"
    d = Page(footer="This approval is not a guarantee of payment. Benefits depend on eligibility on the date of service.")
    d.add_page()
    letterhead(d, plan, ["Utilization Management, 2200 Heron Mill Parkway, Wrenfield, OR 97999",
                         f"Member Services {f['phone']}"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your request has been approved", 13, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization no.:", auth),
           ("Service:", "CPT 30802 radiofrequency turbinate reduction (1 unit)"),
           ("Provider:", f"{doc}, MD - {PRACTICE}"), ("Date of service:", fmt_date(surgery, ds)),
           ("Approved through:", fmt_date(valid_to, ds))], w=42)
    paras(d, [
        "Good news. We reviewed the new office notes your doctor sent, which document an eight-week trial of a "
        "steroid nasal spray, and approved the procedure. Your usual office-surgery cost share applies "
        "(20% coinsurance after deductible).",
        "If the date of service changes to a date after the approval period, your doctor must ask us to extend "
        "the authorization. Keep this letter for your records."], size=10)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[surgery.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, alternates={"provider": [PRACTICE],
                                        "service_dates": [[iso_span(surgery, valid_to)], []]})
    return pdf_bytes(d), t


def iso_span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


# ---------------------------------------------------------------- 6: TPA determination, facts in a right-hand panel
def doc_tpa(r):
    f = base(r)
    tpa = "Pellucid Benefit Administrators, Inc."
    emp = "Harrowgate Regional Transit Employees' Health Plan"
    doc = ENTS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    claim = pat(r, "9999-AA-99999")
    f.update(mid=pat(r, "HRT99999999"), grp=pat(r, "HRT-99"))
    lines = [("30802", "Turbinate RF reduction", fee(r, 2500, 3400)), ("31231", "Diagnostic nasal endoscopy",
                                                                       fee(r, 380, 520))]
    total = round(sum(x[2] for x in lines), 2)
    by = f["notice"] + dt.timedelta(days=180)
    ds, ms = "dmy", "space"
    d = Page(footer="Pellucid Benefit Administrators processes claims for the plan and does not insure its benefits.")
    d.add_page()
    letterhead(d, tpa, [f"Third-party administrator for the {emp}", "PO Box 3319, Glenhaven, SC 29999"], 0)
    top = d.get_y()
    # right-hand panel with the claim facts
    x = 134
    d.set_xy(x, top)
    d.set_fill_color(236, 236, 236)
    panel = [("NOTICE DATE", fmt_date(f["notice"], ds).upper()), ("PATIENT", f["member"]), ("MEMBER ID", f["mid"]),
             ("GROUP", f["grp"]), ("CLAIM", claim), ("DATE OF SERVICE", fmt_date(dos, ds).upper()),
             ("BILLED", fmt_money(total, ms)), ("APPEAL BY", fmt_date(by, ds).upper()),
             ("CUSTOMER SERVICE", f["phone"])]
    for k, v in panel:
        d.set_x(x)
        d.font(7, "B")
        d.cell(62, 4, k, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_x(x)
        d.font(9.5)
        d.cell(62, 5.5, v, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(18, top)
    left_w = 110
    for s in (f["member"], *f["addr"]):
        d.set_x(18)
        d.font(10)
        d.cell(left_w, 5, s, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_x(18)
    d.font(12, "B")
    d.cell(left_w, 6, "Claim Determination", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for p in [
        f"We reviewed the claim from {PRACTICE2} for services Dr. {doc} provided to you. The plan will not pay "
        "for the turbinate reduction or the endoscopy done with it.",
        "Reason: the plan's medical criteria require a documented trial of conservative care, such as a "
        "prescription steroid nasal spray for 4 weeks or more, before turbinate reduction. The claim and the "
        "records requested from the provider do not show this trial, so the service is not medically necessary "
        "under the plan.",
        "You may appeal this decision. Your written appeal must reach us by the date shown in the panel on the "
        "right. Include your claim number and any records showing the treatment you tried. An urgent appeal "
        "is decided within 72 hours.",
        "You may have the right to bring a civil action under ERISA section 502(a) after your appeal."]:
        d.set_x(18)
        d.font(9.6)
        d.multi_cell(left_w, 4.7, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_y(max(d.get_y(), top + 110))
    d.table(["Date", "Code", "Service", "Billed", "Plan pays", "Reason"],
            [[fmt_date(dos, ds).upper(), c, desc, fmt_money(ch, ms), fmt_money(0, ms), "N115"]
             for c, desc, ch in lines] + [["*Total", "", "", fmt_money(total, ms), fmt_money(0, ms), ""]],
            [28, 16, 60, 28, 26, 18], size=8.6, aligns="LLLRRL")
    t = truth("denial_letter", "medical_necessity", insurer=tpa, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=by.isoformat(), alternates={"insurer": [emp], "provider": [PRACTICE2]},
              type_alternates=["eob"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_rf_reduction_not_approved", "born_digital", doc_preservice, None),
    ("scan300_ent_office_statement_one_visit_denied", "scan_clean_300", doc_statement, None),
    ("lowres_eob_three_claims_turbinate_denied", "scan_lowres_150", doc_eob, None),
    ("copy_first_appeal_upheld_prose", "photocopy", doc_upheld, None),
    ("faxstd_stack_cover_provider_denial_reconsideration", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_authorization_approved_after_steroid_trial", "phone_photo", doc_approval, None),
    ("rotated_tpa_determination_side_panel", "rotated", doc_tpa, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
