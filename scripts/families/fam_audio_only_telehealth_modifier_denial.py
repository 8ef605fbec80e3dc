"""Family 'audio_only_telehealth_modifier_denial': invented commercial, Medicare, Medicaid managed-care and Medicare
Advantage statements on audio-only (telephone) visits billed with modifier 93 or FQ and place of service 10, denied
or downcoded because the plan pays the service only with real-time video, because the audio-only modifier is
missing, or because the patient is not an established patient of the practice.

Statement-heavy: a commercial EOB with two claims (a paid video visit and a denied audio-only visit); a Medicare
Summary Notice paying an in-person visit and denying a telephone visit; a Medicaid managed-care member claim
statement denying an audio-only visit billed with POS 10 but without modifier 93; a behavioral health EOB paying an
audio-only psychotherapy session billed with FQ (nothing denied); a faxed stack (cover sheet, the plan's claim
denial letter for a new patient seen by telephone, the practice's statement of account); a commercial EOB that
reprocessed an audio-only 99215 at the audio-only code's lower rate (downcoded); a Medicare Advantage notice of
denial of payment for an audio-only visit for a service not on the plan's audio-only list.

Layouts are invented, modelled loosely on commercial EOBs, CMS Medicare Summary Notices, the CMS-10003 notice of
denial of payment and state Medicaid managed-care statements. All values invented: plans, practices, clinicians,
people, IDs, amounts; phones 1-555. Decoys: paid claims beside denied ones, dates of birth, NPIs, referring
clinicians, patient account numbers, received dates, claims-processed spans, allowed/paid/you-owe amounts, policy
and form numbers, the date of the last in-person visit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "audio_only_telehealth_modifier_denial"
LANG = "en"
SEED = 269500
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def two_col(d, left, right, wl=36, wr=36, size=9):
    """Two label/value columns side by side (a statement header)."""
    half = (d.w - d.l_margin - d.r_margin) / 2
    for i in range(max(len(left), len(right))):
        for j, (rows, w) in enumerate(((left, wl), (right, wr))):
            if i < len(rows):
                a, b = rows[i]
                d.font(size, "B")
                d.cell(w, size * 0.55, a)
                d.font(size)
                d.cell(half - w, size * 0.55, b)
            else:
                d.cell(half, size * 0.55, "")
        d.ln(size * 0.55)
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Cordelia", "Thaddeus", "Philomena", "Lysander", "Genevieve", "Osric", "Marguerite", "Caspian", "Eudora",
         "Leopold", "Verity", "Alaric"]
LAST = ["Brightwater", "Okafor-Lane", "Whitcombe", "Delacroix", "Fennimore", "Yarborough", "Castellane",
        "Threlkeld", "Mbeki-Rowe", "Ashcombe", "Penhallow", "Garroway"]
CITIES = ["Millbrook Heights, KS 66999", "Corran Ferry, OR 97399", "Tamsin Lake, MI 49999", "Ostwick, VT 05899"]
STREETS = ["Hawthorn Rise", "Cobbler's Row", "Lindenfield Avenue", "Marsh Gate Road", "Ember Hill Court"]
PRACTICES = ["Kestrel Valley Family Medicine, PC", "Larkspur Internal Medicine Group",
             "Driftwood Community Health Center", "Saltcote Behavioral Health Associates",
             "Halyard Primary Care Partners", "Wrenfield Endocrine & Diabetes Care"]
DOCTORS = ["Dr. Ingram P. Solberg, MD", "Dr. Nadia R. Featherstone, DO", "Dr. Tobias L. Achterberg, MD",
           "Priya V. Haldane, LCSW", "Dr. Matthias E. Corwen, MD", "Dr. Aurelie S. Bramwell, MD"]
REFERRERS = ["Dr. Quentin A. Marlowe", "Dr. Beatrix H. Osei", "Dr. Emrys T. Calloway"]


def base(r):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1944, 1999), r.randint(1, 12), r.randint(1, 28)), ref=r.choice(REFERRERS))


# ---------------------------------------------------------------- 0: commercial EOB, two claims, video required
def doc_commercial_two_claims(r):
    f = base(r)
    plan = "Brackenridge Health Assurance Company"
    prac, doc = PRACTICES[0], DOCTORS[0]
    dos_paid = f["notice"] - dt.timedelta(days=r.randint(40, 55))
    dos = f["notice"] - dt.timedelta(days=r.randint(14, 30))
    c_paid, claim = pat(r, "99A9999999999"), pat(r, "99A9999999999")
    mid, grp = pat(r, "BHA999999999"), pat(r, "099999")
    acct = pat(r, "KV-999999")
    ch_paid, ch = fee(r, 130, 190), fee(r, 190, 260)
    al_paid = round(ch_paid * 0.61, 2)
    copay = 25.0
    ds, ms = "slash", "plain"
    d = Page(footer="Brackenridge Health Assurance Company  -  Explanation of Benefits  -  Page {p} of {n}")
    d.add_page()
    d.text_line("BRACKENRIDGE", 19, "B")
    d.text_line("Health Assurance Company", 10)
    d.text_line(f"PO Box 60418, Ostwick, VT 05899   |   Customer Service {f['phone']}   |   TTY 711", 8.2)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS", 13.5, "B")
    d.text_line("This is not a bill. It shows how we processed claims for the member below.", 9)
    d.ln(2)
    two_col(d, [("Statement date", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member ID", mid),
                ("Group number", grp)],
            [("Plan", "Brackenridge Choice PPO"), ("Date of birth", fmt_date(f["dob"], ds)),
             ("Patient account", acct), ("Claims listed", "2")], wl=34, wr=30)
    address_block(d, f["member"], f["addr"])
    head = ["Service date", "Service", "POS", "Billed", "Allowed", "Plan paid", "You owe", "Remark"]
    widths = [21, 60, 10, 19, 19, 18, 17, 14]
    d.text_line(f"Claim {c_paid}  -  {prac}  -  rendering: {doc}", 9.4, "B")
    d.table(head, [[fmt_date(dos_paid, ds), "Office visit, est. (99213-95) video", "10", fmt_money(ch_paid, ms),
                    fmt_money(al_paid, ms), fmt_money(al_paid - copay, ms), fmt_money(copay, ms), "P1"]],
            widths, size=7.8, aligns="LLLRRRRL")
    d.text_line(f"Claim {claim}  -  {prac}  -  rendering: {doc}", 9.4, "B")
    d.table(head, [[fmt_date(dos, ds), "Office visit, est. (99214-93) audio only", "10", fmt_money(ch, ms),
                    fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms), "T41"],
                   ["*Claim total", "", "", fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms),
                    ""]], widths, size=7.8, aligns="LLLRRRRL")
    paras(d, [
        "#Remark codes",
        "P1  Paid at your telehealth (video) benefit. Your office visit copay applies.",
        "T41  Not covered. This visit was billed as audio-only (modifier 93, place of service 10). Your plan covers "
        "telehealth office visits only when they are delivered by real-time audio and video. Audio-only visits are "
        "covered only for behavioral health services. Because your provider is in our network, you owe nothing "
        "for this service; the provider may not bill you for it.",
        "#If you disagree",
        "You have the right to appeal. You or your authorized representative must file an appeal within 180 days "
        "of the statement date shown above. Write to Brackenridge Appeals, PO Box 60422, Ostwick, VT 05899, or "
        "call Customer Service. Include the claim number and any records you want us to review. You may ask for "
        "copies of the plan documents used in this decision free of charge. After our final decision you may ask "
        "for an external review.",
        "Policy BHA-PPO-26-118. Your provider's NPI on this claim: " + f["npi"] + "."], size=8.7)
    t = truth("eob", "not_covered", insurer=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicare Summary Notice, telephone visit
def doc_msn(r):
    f = base(r)
    prac, doc = PRACTICES[1], DOCTORS[1]
    visit = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 35))
    mbi = pat(r, "9AA9-AA9-AA99")
    c1, c2 = pat(r, "99-2699-9999-999"), pat(r, "99-2699-9999-999")
    v_ch, ch = fee(r, 160, 230), fee(r, 140, 210)
    v_ap = round(v_ch * 0.55, 2)
    span0 = f["notice"] - dt.timedelta(days=90)
    deadline = f["notice"] + dt.timedelta(days=120)
    ds = "long"
    d = Page(footer="Medicare Summary Notice for Part B  |  Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.8)
    d.rule(0.6, 4)
    kv(d, [("Notice for", f["member"]), ("Medicare Number", mbi), ("Date of This Notice", fmt_date(f["notice"], ds)),
           ("Claims Processed Between", f"{fmt_date(span0, ds)} - {fmt_date(f['notice'] - dt.timedelta(days=3), ds)}")],
       w=52)
    address_block(d, f["member"], f["addr"])
    d.set_fill_color(232, 232, 232)
    d.font(11, "B")
    d.cell(0, 8, "  Your Claims & Costs This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Did Medicare Approve All Services?", "NO  -  see the claim details below"),
           ("Number of Services Medicare Denied", "1"),
           ("Total You May Be Billed", fmt_money(round(v_ap * 0.2, 2))),
           ("Your Deductible", "You have met your Part B deductible for 2026.")], w=78, size=9.4)
    d.font(11, "B")
    d.cell(0, 8, "  If you disagree with a coverage decision", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    paras(d, [f"Appeals must be filed by {fmt_date(deadline, ds)}. See the back page for how to ask for a "
              "redetermination."], size=9.4)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    head = ["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
            "Max You May Be Billed", "See Notes"]
    widths = [58, 18, 28, 28, 34, 14]
    d.text_line(f"{prac}, Claim number {c1}", 9.2, "B")
    d.text_line(f"Service date {fmt_date(visit, ds)}   Seen in the office by {doc}", 9)
    d.table(head, [["Office visit, est. patient (99214)", "Yes", fmt_money(v_ch), fmt_money(v_ap),
                    fmt_money(round(v_ap * 0.2, 2)), ""]], widths, size=7.6, aligns="LLRRRL")
    d.text_line(f"{prac}, Claim number {c2}", 9.2, "B")
    d.text_line(f"Service date {fmt_date(dos, ds)}   Telephone visit, place of service 10", 9)
    d.table(head, [["Audio-only visit, est. patient (99213-93)", "No", fmt_money(ch), "$0.00", "$0.00", "A, B"]],
            widths, size=7.6, aligns="LLRRRL")
    paras(d, [
        "#Notes for Your Claims",
        "A  Medicare does not pay for this service when it is given by telephone only. Medicare pays for audio-only "
        "visits for mental and behavioral health care, and for other visits only when you cannot use video or do "
        "not agree to video. Your provider's records for this visit do not say that video was not possible.",
        "B  You are not responsible for this charge. If you paid your provider for this service, you should get a "
        "refund.",
        "#How to Handle Denied Claims or File an Appeal",
        "If you disagree with a coverage decision, circle the service(s) you disagree with on this notice, explain "
        "in writing why you disagree, and send this notice with your explanation to: Medicare Part B Claims, "
        "Tollgate Medicare Services, PO Box 7302, Corran Ferry, OR 97399. You must file by the date above.",
        "Get help: State Health Insurance Assistance Program (SHIP), 1-555-318-5120. Report fraud: 1-800-MEDICARE "
        "(1-555-633-4227)."], size=9)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=deadline.isoformat(),
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Tollgate Medicare Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Medicaid MCO member claim statement, no modifier
def doc_medicaid_no_modifier(r):
    f = base(r)
    org, product = "Cinderford Community Health Plan", "Cinderford Medicaid Managed Care"
    prac, doc = PRACTICES[2], DOCTORS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    received = dos + dt.timedelta(days=r.randint(4, 12))
    claim = pat(r, "9999999999999")
    mid = pat(r, "99999999A")
    acct = pat(r, "DCH99999")
    ch = fee(r, 110, 170)
    ds, ms = "dmy", "nosign"
    d = Page(footer="Cinderford Community Health Plan - Member Claim Statement - {p}/{n}")
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.font(13, "B")
    d.cell(0, 9, "  CINDERFORD COMMUNITY HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"  {product}  -  88 Cobbler's Row, Tamsin Lake, MI 49999  -  Member line {f['phone']}", 8.2)
    d.ln(4)
    d.text_line("MEMBER CLAIM STATEMENT", 12, "B", "C")
    d.text_line("Keep this for your records. This is not a bill.", 9, "", "C")
    d.ln(3)
    d.boxes([("Enrollee name", f["member"], 62), ("Medicaid ID", mid, 44), ("Statement issued", fmt_date(f["notice"], ds), 40),
             ("Page", "1 of 1", 34)], h=12)
    d.boxes([("Claim reference", claim, 62), ("Billing provider", prac, 118)], h=12)
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    d.table(["From", "To", "Proc", "Mod", "POS", "Charge", "Paid", "Status", "Reason"],
            [[fmt_date(dos, ds), fmt_date(dos, ds), "99213", "--", "10", fmt_money(ch, ms), "0.00", "DENIED",
              "4 / N822"],
             ["*Totals", "", "", "", "", fmt_money(ch, ms), "0.00", "", ""]],
            [22, 22, 14, 12, 11, 22, 18, 20, 22], size=8, aligns="LLLLLRRLL", head_fill=True)
    paras(d, [
        "#What the reason codes mean",
        "4 / N822  The procedure code is inconsistent with the modifier used, or a required modifier is missing. "
        "The claim shows place of service 10 (telehealth in the patient's home) but the provider's own claim note "
        "says the visit was by telephone only. An audio-only visit must be billed with modifier 93 (or FQ at a "
        "health center). The provider may send a corrected claim. You do not owe anything for this visit.",
        f"Treating provider: {doc}.  Claim received {fmt_date(received, ds)}.  Provider account {acct}.",
        "#Your appeal rights",
        "If you do not agree with this decision, you can ask for an appeal within 60 days of the date on this "
        "statement. Call Member Services or write to Cinderford Appeals Unit, PO Box 3340, Tamsin Lake, MI "
        "49999. After the appeal you may ask for a State Fair Hearing within 120 days of the appeal decision.",
        "Interpreter services are free. Llame al " + f["phone"] + " si necesita ayuda en español."], size=8.8)
    t = truth("eob", "coding_error", insurer=org, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prac, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"insurer": [product], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: behavioral health EOB, audio-only FQ, paid
def doc_paid_bh(r):
    f = base(r)
    org = "Harrowfield Mutual Health Plans"
    prac, doc = PRACTICES[3], DOCTORS[3]
    sub = person(r, FIRST, LAST)
    dos1 = f["notice"] - dt.timedelta(days=r.randint(24, 34))
    dos2 = dos1 + dt.timedelta(days=7)
    claim = pat(r, "HM99999999-9")
    mid, grp = pat(r, "HMH-99999-99"), pat(r, "G999999")
    ch1 = fee(r, 150, 190)
    ch = round(ch1 * 2, 2)
    al = round(ch1 * 0.72, 2)
    ds, ms = "abbr", "usd"
    d = Page(footer="Harrowfield Mutual Health Plans | EOB | {p} of {n}")
    d.add_page()
    d.text_line("Harrowfield Mutual Health Plans", 15, "B")
    d.text_line(f"Behavioral Health Claims  |  PO Box 11820, Millbrook Heights, KS 66999  |  {f['phone']}", 8.4)
    d.rule(0.4, 4)
    d.text_line("Your Explanation of Benefits", 13, "B")
    d.ln(1)
    kv(d, [("Date issued:", fmt_date(f["notice"], ds)), ("Subscriber:", sub), ("Patient:", f["member"]),
           ("ID number:", mid), ("Group:", grp), ("Claim:", claim), ("Provider:", f"{doc}, {prac}"),
           ("Network status:", "In network")], w=34, size=9.3)
    rows = [[fmt_date(x, ds), "Psychotherapy 45 min, 90834-FQ, POS 10", fmt_money(ch1, ms),
             fmt_money(al, ms), fmt_money(al - 15, ms), fmt_money(15, ms)] for x in (dos1, dos2)]
    rows.append(["*Claim total", "", fmt_money(ch, ms), fmt_money(al * 2, ms), fmt_money(al * 2 - 30, ms),
                 fmt_money(30, ms)])
    d.table(["Date", "What was done", "Billed", "Plan allowance", "Plan paid", "Your share"], rows,
            [22, 62, 24, 26, 22, 22], size=7.8, aligns="LLRRRR")
    paras(d, [
        "#About this claim",
        "Your plan covers therapy sessions by telephone (audio-only) the same as in-person sessions. Your provider "
        "billed modifier FQ to show the session was audio-only, and the sessions were paid at your outpatient "
        "mental health copay of USD 15.00 per visit.",
        "Your share goes toward your out-of-pocket maximum of USD 4,500.00. You have met USD 610.00 so far this "
        "plan year.",
        "#Questions or disagreement",
        "If you think we made a mistake, call us. You can also appeal within 180 days of the date this statement "
        "was issued by writing to Harrowfield Appeals, PO Box 11826, Millbrook Heights, KS 66999.",
        "Mental health parity: your plan covers mental health care on the same terms as medical care."], size=9)
    t = truth("eob", None, insurer=org, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos1.isoformat(), dos2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), type_alternates=["other"],
              alternates={"provider": [prac, "Priya V. Haldane"], "appeal_deadline": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4a: claim denial letter, not established patient
def doc_new_patient_letter(r):
    f = base(r)
    org = "Quillon Health Insurance Company"
    prac, doc = PRACTICES[4], DOCTORS[4]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 34))
    claim = pat(r, "Q9999-999999")
    ref = pat(r, "CS-26-999999")
    mid, grp = pat(r, "QHI999999999"), pat(r, "99-9999")
    ch = fee(r, 230, 320)
    ds, ms = "mdy_nopad", "plain"
    d = Page(footer="Quillon Health Insurance Company  -  page {p} of {n}")
    d.add_page()
    d.text_line("Quillon Health Insurance Company", 15, "B")
    d.text_line(f"Claims Department  |  1400 Ember Hill Court, Corran Ferry, OR 97399  |  {f['phone']}", 8.6)
    d.rule(0.5, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Re: Claim denied - audio-only visit", 11.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group:", grp), ("Claim number:", claim),
           ("Reference:", ref), ("Provider:", f"{doc}, {prac}"), ("Date of service:", fmt_date(dos, ds)),
           ("Service billed:", "99204-93, new patient visit, audio-only (POS 10)"),
           ("Amount billed:", fmt_money(ch, ms))], w=38, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We received a claim from your provider for a visit done by telephone only. We are writing to tell you that "
        "we cannot pay this claim.",
        "#Why we denied the claim",
        "Your plan covers audio-only visits only for established patients, meaning patients who had an in-person or "
        "video visit with the same provider or practice in the past 12 months. Our records show no earlier visit "
        "with this practice, and the claim was billed as a new patient visit. A first visit must be in person or by "
        "real-time video. (Certificate of Coverage, Section 4.12, Telehealth Services.)",
        "You can ask your provider whether a video visit is possible for future care. If you had a visit with this "
        "provider in the past 12 months that we do not know about, your provider can send us a corrected claim.",
        "#Your right to appeal",
        "If you disagree, you can file an appeal within 180 days of the date of this letter. Send it to Quillon "
        "Appeals, PO Box 2288, Corran Ferry, OR 97399, or fax 1-555-460-7719. We will decide within 30 days. "
        "You also have the right to request an external review after you finish our appeal process.",
        "Sincerely,", "Claims Review Unit, Quillon Health Insurance Company"], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=org, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim, ref], claim_amount=f"{ch:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["eligibility", "other"],
              alternates={"provider": [prac, "Matthias E. Corwen"], "case_numbers": [[claim]]})
    return pdf_bytes(d), t, dict(f=f, org=org, prac=prac, doc=doc, dos=dos, claim=claim, mid=mid, ch=ch)


# ---------------------------------------------------------------- 4b: practice statement of account (a bill)
def doc_practice_statement(r, prev):
    f = prev["f"]
    prac, doc = prev["prac"], prev["doc"]
    stmt = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    acct = pat(r, "99999999")
    due = stmt + dt.timedelta(days=30)
    ds, ms = "iso", "plain"
    d = Page()
    d.add_page()
    d.text_line("Halyard Primary Care Partners", 14, "B")
    d.text_line(f"2217 Lindenfield Avenue, Corran Ferry, OR 97399  |  Billing office {ph(r)}", 8.6)
    d.rule(0.4, 4)
    d.text_line("STATEMENT OF ACCOUNT", 12.5, "B", "R")
    d.ln(2)
    two_col(d, [("Statement date", fmt_date(stmt, ds)), ("Account no.", acct), ("Guarantor", f["member"])],
            [("Patient", f["member"]), ("Insurance", prev["org"]), ("Policy ID", prev["mid"])], wl=32, wr=26)
    address_block(d, f["member"], f["addr"])
    d.table(["Date", "Description", "Provider", "Charges", "Ins. paid", "Adjust.", "Balance"],
            [[fmt_date(prev["dos"], ds), "99204-93 new patient telephone visit", "Corwen", fmt_money(prev["ch"], ms),
              fmt_money(0, ms), fmt_money(0, ms), fmt_money(prev["ch"], ms)],
             [fmt_date(f["notice"], ds), f"Ins. claim {prev['claim']} denied", "", "", fmt_money(0, ms), "", ""],
             ["*Amount due", "", "", "", "", "", fmt_money(prev["ch"], ms)]],
            [24, 62, 20, 20, 18, 16, 20], size=8, aligns="LLLRRRR")
    paras(d, [
        f"Please pay by {fmt_date(due, ds)}.",
        "Your insurance company denied this visit because it was a first visit done by telephone. We are sorry for "
        "the trouble. If you believe your insurance should pay, you may appeal to your insurance company; call us "
        "and we will put your account on hold for 45 days while you do.",
        f"Your visit was with {doc}. Payment plans and financial assistance are available. Pay online at our "
        "patient portal or mail the stub below with your check.",
        "- - - - - - - - - - - - - - - - - - - - - - detach and return - - - - - - - - - - - - - - - - - - - - - -",
        f"Account {acct}     Amount due {fmt_money(prev['ch'], ms)}     Amount enclosed ____________"], size=9.2)
    t = truth("other", None, member_id=prev["mid"], member_name=f["member"], case_numbers=[prev["claim"]],
              claim_amount=f"{prev['ch']:.2f}", service_dates=[prev["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider="Halyard Primary Care Partners", unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["not_covered"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": [doc]})
    return pdf_bytes(d), t


def doc_stack(r):
    pdf, t, prev = doc_new_patient_letter(r)
    return [(pdf, t), doc_practice_statement(r, prev)]


# ---------------------------------------------------------------- 5: commercial EOB, audio-only 99215 downcoded
def doc_downcoded(r):
    f = base(r)
    plan = "Ravensworth Health Cooperative"
    prac, doc = PRACTICES[5], DOCTORS[5]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    claim = pat(r, "RHC-999999999")
    mid, grp = pat(r, "RW9999999"), pat(r, "99999")
    ch = fee(r, 260, 340)
    al = round(r.randint(58, 74) + 0.35, 2)
    ds, ms = "wlong", "space"
    d = Page(footer="Ravensworth Health Cooperative  -  Claim Summary")
    d.add_page()
    d.text_line("Ravensworth Health Cooperative", 14.5, "B", "C")
    d.text_line(f"Member Services {f['phone']}  -  PO Box 740, Millbrook Heights, KS 66999", 8.4, "", "C")
    d.rule(0.4, 3)
    d.text_line("CLAIM SUMMARY (Explanation of Benefits)", 12, "B")
    d.text_line(f"Processed on {fmt_date(f['notice'], ds)}", 9.5)
    d.ln(2)
    kv(d, [("Patient", f["member"]), ("Member number", mid), ("Group", grp), ("Claim no.", claim),
           ("Billed by", prac), ("Clinician", doc), ("Visit type", "Telephone (audio-only), place of service 10")],
       w=36, size=9.3)
    d.table(["Date", "Billed code", "Paid as", "Charge", "Allowed", "Not allowed", "Plan paid", "You pay"],
            [[fmt_date(dos, "slash"), "99215-93", "98015", fmt_money(ch, ms), fmt_money(al, ms),
              fmt_money(ch - al, ms), fmt_money(al - 10, ms), fmt_money(10, ms)]],
            [22, 22, 18, 22, 22, 24, 22, 18], size=8, aligns="LLLRRRRR")
    paras(d, [
        "#Why this claim was paid differently",
        "RC-77  Your provider billed an office visit of the highest level (99215) with modifier 93 for a visit done "
        "by telephone. Audio-only visits are paid under the audio-only visit codes (98012-98015) at the "
        "audio-only rate. We processed this line as 98015. The difference between the charge and the allowed "
        "amount is not payable, and an in-network provider may not bill you for it.",
        "#Appeal rights",
        "You may appeal this decision within 180 days of the date this claim was processed. Mail your appeal to "
        "Ravensworth Member Appeals, PO Box 744, Millbrook Heights, KS 66999, or call Member Services. You may "
        "ask for the coding rule used, free of charge."], size=9)
    t = truth("eob", "coding_error", insurer=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: MA notice of denial of payment
def doc_ma_payment_denial(r):
    f = base(r)
    org, product = "Ashgrove Senior Health Plan, Inc.", "Ashgrove Advantage Plus (HMO)"
    prac, doc = PRACTICES[5], DOCTORS[5]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    claim = pat(r, "99999999999A")
    mid = pat(r, "AS999999999")
    lines = [("97802-93", "Medical nutrition therapy, initial, 15 min x4", fee(r, 140, 190)),
             ("G0108-93", "Diabetes self-management training, 30 min x2", fee(r, 90, 130))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "upper", "plain"
    d = Page(footer="Y0766_NDP26_C  |  Form CMS-10003-NDMCP (model)  |  Page {p} of {n}")
    d.add_page()
    d.text_line("ASHGROVE SENIOR HEALTH PLAN", 14, "B")
    d.text_line(f"{product}  -  500 Marsh Gate Road, Ostwick, VT 05899  -  {f['phone']}, TTY 711", 8.2)
    d.rule(0.5, 4)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", "C")
    d.ln(2)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Member name:", f["member"]), ("Member number:", mid),
           ("Claim number:", claim), ("Provider:", f"{prac} ({doc})"), ("Date of service:", fmt_date(dos, ds))],
       w=36, size=9.4)
    d.table(["Code", "Service", "Amount billed"], [[c, s, fmt_money(a, ms)] for c, s, a in lines] +
            [["*Total", "", fmt_money(total, ms)]], [26, 110, 30], size=8.6, aligns="LLR")
    paras(d, [
        "#We have denied payment for the services listed above",
        "Your provider billed these services as audio-only telehealth (modifier 93, place of service 10). Our plan "
        "pays audio-only telehealth only for the services on our audio-only list, which includes behavioral health "
        "and some follow-up visits. Medical nutrition therapy and diabetes self-management training are covered "
        "in person or by two-way video, not by telephone alone. Because your provider is in our network, you "
        "are not responsible for these charges.",
        "#If you disagree with our decision, you have the right to appeal",
        "You must ask for a reconsideration within 65 days of the date of this notice. We can give you more "
        "time if you have a good reason for missing the deadline. Write to Ashgrove Appeals Department, PO Box "
        "9144, Ostwick, VT 05899, or fax 1-555-732-6650.",
        "Who may request an appeal? You or someone you name to act for you (your representative). Your doctor may "
        "also request a payment appeal if he or she signs a waiver of liability.",
        "#Get help and more information",
        f"Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. You can also contact "
        "the State Health Insurance Assistance Program at 1-555-318-5120. Your last in-person visit with this "
        "provider was on " + fmt_date(dos - dt.timedelta(days=r.randint(60, 120)), "slash") + ".",
        "Ashgrove Senior Health Plan, Inc. is an HMO plan with a Medicare contract. Enrollment in Ashgrove "
        "Advantage Plus depends on contract renewal."], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "provider": [doc, "Aurelie S. Bramwell"]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_commercial_eob_video_paid_audio_denied", "born_digital", doc_commercial_two_claims, None),
    ("scan300_msn_telephone_visit_not_covered", "scan_clean_300", doc_msn, None),
    ("lowres_medicaid_statement_modifier_93_missing", "scan_lowres_150", doc_medicaid_no_modifier, None),
    ("copy_bh_eob_audio_only_fq_paid", "photocopy", doc_paid_bh, None),
    ("faxstd_stack_cover_new_patient_denial_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_claim_summary_99215_downcoded", "phone_photo", doc_downcoded, None),
    ("rotated_ma_denial_of_payment_mnt_by_phone", "rotated", doc_ma_payment_denial, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
