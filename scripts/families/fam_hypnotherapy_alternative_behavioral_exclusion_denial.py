"""Family 'hypnotherapy_alternative_behavioral_exclusion_denial': hypnotherapy (90880), EMDR given by an
unlicensed trauma coach and smoking-cessation hypnosis refused under the plan's alternative / behavioral training
exclusions, while ordinary psychotherapy by a licensed clinician is paid.

Documents: a standard-fax stack of two TPA letters to two members of one household (the subscriber's
smoking-cessation hypnosis; the teenager's hypnotherapy for test anxiety); a superbill reimbursement denial with a
key-value header; a low-resolution EOB with two psychotherapy claims paid and the EMDR coach's claim denied; a
photocopied grievance resolution letter upholding the exclusion; a phone photo of a state Medicaid notice of
action (fair hearing rights); a sideways overturned appeal for EMDR given by a licensed social worker; a scanned
EOB with psychotherapy paid and nothing denied.

Decoys: DOB, received dates, NPIs, license numbers, superbill invoice numbers, paid claims, plan-paid / you-owe,
form numbers, 72-hour, 90-day fair hearing and 10-day continuation limits. All values invented.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hypnotherapy_alternative_behavioral_exclusion_denial"
LANG = "en"
SEED = 297600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, margins=(18, 14, 18), header=None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"888-{r.digits(3)}-{r.digits(4)}"


def kv(d: Page, rows, lw=42, size=9.4, x=None, vw=0):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(vw, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    m, first, mid, last = r.person()
    dos = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 150))
    return dict(m=m, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1958, 1998), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=ph(r))


# ------------------------------------------------------------------ 0: standard-fax stack, two TPA letters
TPA = "Meridian Lakes Benefit Services"
PLAN = "Calloway County Schools Employee Benefit Plan"


def tpa_letter(r: Rand, f: dict, who: str, patient: str, dates: list, code: str, what: str, why: str,
               amount: float, claim: str):
    notice = f["notice"]
    d = Page("MLBS-ADV-2 (01/26)   Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("Meridian Lakes", 16, "B", h=7)
    d.text_line("BENEFIT SERVICES", 9, "B", h=5)
    d.text_line(f"Claims administrator for the {PLAN}", 8.6, h=4.6)
    d.text_line(f"PO Box 7710, Bowling Ridge, KY 42101  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(6)
    y = d.get_y()
    for ln in [who, *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    kv(d, [("Date:", fmt_date(notice, "wlong")), ("Claim:", claim), ("ID:", f["mid"]), ("Group:", f["grp"])],
       lw=16, size=9.2, x=112)
    d.ln(8)
    d.text_line(f"Explanation of a claim denial for {patient}", 11, "B", h=6.5)
    d.ln(1)
    d.para(f"Dear {who.split()[0]}:", 10)
    d.para(f"The plan received a claim for {what} ({code}) provided to {patient} on "
           f"{' and '.join(fmt_date(x, 'long') for x in dates)}. The provider billed {fmt_money(amount)}. "
           f"The plan will not pay this claim. {why}", 10)
    d.para("The plan document (Section 9, General Exclusions) excludes hypnosis and hypnotherapy for any "
           "purpose, and behavioral training or coaching that is not psychotherapy by a licensed mental health "
           "professional. Counseling for smoking cessation is covered through the plan's tobacco cessation "
           "program at no cost.", 10)
    d.text_line("Your appeal rights", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter by writing to Meridian Lakes Benefit "
           "Services, Appeals, at the address above. You may send comments, documents and records, and you may "
           "ask for copies of the plan provisions used. Urgent appeals are answered within 72 hours. After the "
           "appeal, you may have the right to sue under ERISA section 502(a).", 10)
    d.para("Sincerely,\nClaims Appeals Coordinator, Meridian Lakes Benefit Services", 10)
    return d


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"MLB{r.digits(7)}", grp=f"CCS-{r.digits(4)}")
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    teen = f"{r.choice(['Ezra', 'Odette', 'Colin'])} {r.choice('FJRT')}. {f['last']}"
    hyp = f"Lakeview Clinical Hypnosis, {r.choice(['Ingrid', 'Sunita'])} Fairchild, CHt"
    d1 = [f["dos"]]
    a1 = float(r.randint(250, 420))
    c1 = f"{r.digits(9)}"
    l1 = tpa_letter(r, f, f["m"], f["m"], d1, "S9453", "a smoking cessation hypnosis session",
                    f"The provider, {hyp}, is a certified hypnotist, not a licensed provider, and hypnosis is "
                    "excluded.", a1, c1)
    t1 = truth("denial_letter", "not_covered", insurer=TPA, group_number=f["grp"], member_id=f["mid"],
               member_name=f["m"], case_numbers=[c1], claim_amount=m2(a1), service_dates=[iso(x) for x in d1],
               denial_date=iso(f["notice"]), provider=hyp.split(",")[0],
               appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
               alternates={"insurer": [PLAN], "provider": [hyp.split(", ")[1].replace(" CHt", "")]})
    d2 = [f["dos"] + dt.timedelta(days=3), f["dos"] + dt.timedelta(days=10)]
    a2 = float(r.randint(140, 190) * 2)
    c2 = f"{r.digits(9)}"
    prov2 = "Dr. Rufus K. Abernathy"
    l2 = tpa_letter(r, f, f["m"], teen, d2, "90880", "hypnotherapy for test anxiety",
                    f"The sessions were billed by {prov2}, a licensed psychologist, but hypnotherapy is excluded "
                    "even when a licensed provider gives it.", a2, c2)
    t2 = truth("denial_letter", "not_covered", insurer=TPA, group_number=f["grp"], member_id=f["mid"],
               member_name=teen, case_numbers=[c2], claim_amount=m2(a2), service_dates=[iso(x) for x in d2],
               denial_date=iso(f["notice"]), provider=prov2.replace("Dr. ", ""),
               appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates={"insurer": [PLAN]})
    return Item(f"{FAMILY}_fax_two_members", "fax_standard_g4", [(pdf_bytes(l1), t1), (pdf_bytes(l2), t2)])


# ------------------------------------------------------------------ 1: superbill reimbursement denial (born digital)
def doc_superbill(r: Rand):
    f = base(r)
    ins = "Copperline Health Insurance Company"
    mid, grp, plan = f"{r.letters(3)}{r.digits(9)}", f"{r.digits(6)}", "Copperline Open Access Plus"
    ref = f"RMB-{r.digits(4)}-{r.digits(5)}"
    inv = f"SB{r.digits(5)}"
    dates = [f["dos"] + dt.timedelta(days=7 * i) for i in range(4)]
    fee = float(r.randint(150, 210))
    total = fee * len(dates)
    recv = dates[-1] + dt.timedelta(days=r.randint(10, 20))
    notice = recv + dt.timedelta(days=r.randint(12, 20))
    therapist = f"Beatriz {r.choice('LMN')}. Oduya, LMFT"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Copperline Health", 15, "B", h=7)
    d.text_line("Copperline Health Insurance Company  ·  Member Reimbursement Unit", 9.5, h=5)
    d.rule(0.5, 3)
    d.text_line("MEMBER REIMBURSEMENT DECISION", 12, "B", h=7)
    kv(d, [("Decision date", fmt_date(notice, "abbr")), ("Member name", f["m"]), ("Member ID", mid),
           ("Group number", grp), ("Plan", plan), ("Request number", ref), ("Superbill invoice", inv),
           ("Request received", fmt_date(recv, "abbr")), ("Rendering clinician", therapist),
           ("Clinician NPI", f["npi"])], lw=46, size=9.2)
    d.ln(3)
    rows = [[fmt_date(x, "slash"), "90837", "Psychotherapy 60 min", "F41.1", fmt_money(fee), "covered"]
            for x in dates[:1]]
    rows += [[fmt_date(x, "slash"), "90880", "Hypnotherapy", "F41.1", fmt_money(fee), "excluded"]
             for x in dates[1:]]
    d.table(["Date", "CPT", "Service on superbill", "Dx", "Charge", "Result"], rows, [28, 18, 60, 18, 26, 30],
            size=8.6, aligns="LLLLRL")
    paid = round(fee * 0.6, 2)
    d.para(f"Your superbill totals {fmt_money(total)}. We reimbursed {fmt_money(paid)} for the psychotherapy "
           f"session on {fmt_date(dates[0], 'slash')} at the out-of-network level (check mailed separately). We "
           "denied the three hypnotherapy sessions listed above: hypnosis and hypnotherapy are not covered "
           "benefits under your plan (Certificate of Coverage, Exclusions, item 31), whether or not the "
           "clinician is licensed.", 9.6)
    d.para("If you disagree you may file an appeal within 180 days of the date of this decision. Send a copy "
           "of this notice with your letter to Copperline Appeals, PO Box 5511, Sandia Mesa, NM 87123. "
           f"Questions: {f['ph']}.", 9.6)
    denied = fee * 3
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=None, group_number=grp, member_id=mid,
              member_name=f["m"], case_numbers=[ref], claim_amount=m2(total),
              service_dates=[iso(x) for x in dates[1:]], denial_date=iso(notice),
              provider=therapist.replace(", LMFT", ""), appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(denied)], "service_dates": [[iso(x) for x in dates]],
                          "case_numbers": [[ref, inv]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2: EOB, psychotherapy paid, EMDR coach denied
def doc_eob(r: Rand):
    f = base(r)
    ins = "Allegheny Crest Health"
    mid, grp = f"ACH {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}-{r.digits(3)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 34))
    claims = []
    for k in range(3):
        claims.append(dict(no=f"{r.digits(2)}-{r.digits(8)}", dos=f["dos"] - dt.timedelta(days=14 * (2 - k)) if k < 2
                           else f["dos"]))
    psy = "Greer Counseling Associates"
    coach = "Pathways Trauma Coaching LLC"
    claims[0].update(prov=psy, code="90834", desc="Psychotherapy, 45 minutes", billed=float(r.randint(140, 180)))
    claims[1].update(prov=psy, code="90834", desc="Psychotherapy, 45 minutes", billed=claims[0]["billed"])
    claims[2].update(prov=coach, code="90837", desc="EMDR session (billed as 90837)", units=3,
                     billed=float(r.randint(180, 240) * 3))
    claims[2]["dates"] = [f["dos"], f["dos"] + dt.timedelta(days=7), f["dos"] + dt.timedelta(days=14)]
    stmt = claims[2]["dates"][-1] + dt.timedelta(days=r.randint(20, 30))
    d = Page("Allegheny Crest Health · Explanation of Benefits · {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("ALLEGHENY CREST HEALTH", 15, "B", h=7)
    d.text_line(f"Your Explanation of Benefits · This is not a bill · Behavioral Health line {f['ph']}", 8.6, h=5)
    d.ln(2)
    d.boxes([("Date prepared", fmt_date(stmt, "long"), 44), ("For", f["m"], 52), ("Member ID", mid, 44),
             ("Group", grp, 28), ("Claims", "3", 20)])
    d.ln(4)
    rows = []
    for c in claims:
        if "dates" in c:
            for x in c["dates"]:
                rows.append([c["no"], fmt_date(x, "slash"), c["prov"][:26], "90837", fmt_money(c["billed"] / 3),
                             "0.00", "0.00", fmt_money(c["billed"] / 3), "B7"])
        else:
            a = round(c["billed"] * 0.72, 2)
            rows.append([c["no"], fmt_date(c["dos"], "slash"), c["prov"][:26], c["code"], fmt_money(c["billed"]),
                         fmt_money(a), fmt_money(a - 25), "25.00", ""])
    d.table(["Claim", "Date", "Provider", "Code", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
            [26, 21, 44, 13, 19, 19, 18, 18, 10], size=7.7, aligns="LLLLRRRRL", head_fill=True)
    total = claims[2]["billed"]
    d.para(f"Claim {claims[2]['no']} from {coach}, total billed {fmt_money(total)}: denied.", 8.8)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("B7  Services by this provider are not covered. The plan covers psychotherapy, including EMDR, only "
           "when given by a licensed mental health professional (psychiatrist, psychologist, LCSW, LPC, LMFT). "
           "A trauma coach or life coach is not a licensed provider type under your plan.", 8.4)
    d.para("You may appeal this decision within 180 days from the date you receive this statement. Call the "
           "number above or write to Allegheny Crest Health Appeals, PO Box 1430, Altoona Springs, PA 16603.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["m"], case_numbers=[claims[2]["no"]], claim_amount=m2(total),
              service_dates=[iso(x) for x in claims[2]["dates"]], denial_date=iso(stmt), provider=coach,
              denial_alternates=["other", "out_of_network"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: grievance resolution (photocopy)
def doc_grievance(r: Rand):
    f = base(r)
    ins = "Bayfront Community Health Plan"
    mid = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    grv, claim = f"GRV{r.digits(7)}", f"{r.digits(11)}"
    prov = "Tidewater Quit Smoking Hypnosis Center"
    dos = f["dos"]
    amt = float(r.randint(300, 500))
    recv = dos + dt.timedelta(days=r.randint(40, 60))
    dec = recv + dt.timedelta(days=r.randint(20, 28))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Bayfront Community Health Plan", 14, "B", align="C", h=7)
    d.text_line("Grievance and Appeals Department · 300 Wharf Street, Port Kessler, MD 21201", 8.6, align="C",
                h=5)
    d.ln(8)
    d.text_line(fmt_date(dec, "dmy"), 10.5, h=6)
    d.ln(2)
    for ln in [f["m"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.para(f"RE: Grievance {grv} / claim {claim} / member {mid}", 10.5, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'dmy')} you filed a grievance about our refusal to pay {prov} for a "
           f"smoking cessation hypnosis program on {fmt_date(dos, 'dmy')}, billed at {fmt_money(amt)}. You told "
           "us the program helped you stop smoking and that it cost less than nicotine replacement.", 10.5)
    d.para("Resolution: we reviewed your grievance and the plan's Evidence of Coverage. Hypnosis for smoking "
           "cessation is listed as an excluded alternative treatment (EOC chapter 4, section B, item 12). The "
           "original decision stands, and the claim remains denied. We are glad you quit smoking. Your plan "
           "covers tobacco cessation counseling (99406, 99407) and FDA-approved cessation drugs at no cost.", 10.5)
    d.para("If you are not satisfied, you may ask for a second-level review within 60 days of the date of this "
           "letter, or contact the Maryland Insurance Administration. An expedited review is available within "
           "72 hours when your health is at risk.", 10.5)
    d.para("Sincerely,\nGrievance Coordinator", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["m"],
              case_numbers=[grv, claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(dec),
              provider=prov, appeal_deadline=iso(dec + dt.timedelta(days=60)), type_alternates=["other"],
              alternates={"case_numbers": [[grv]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: state Medicaid notice of action (phone photo)
def doc_medicaid(r: Rand):
    f = base(r)
    mid = f"{r.digits(10)}"
    notice_no = f"NA-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(4, 9))
    prov = "Dr. Jasper N. Winslow"
    d = Page("DHS-MA-1130 (Rev. 09/25)", margins=(14, 12, 14))
    d.add_page()
    d.font(9, "B")
    d.cell(95, 5, "STATE DEPARTMENT OF HUMAN SERVICES")
    d.font(9)
    d.cell(0, 5, f"Notice date: {fmt_date(notice, 'mdy_nopad')}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Medical Assistance Program", 9, h=5)
    d.ln(3)
    d.text_line("NOTICE OF ACTION - SERVICE DENIED", 13, "B", h=8)
    d.ln(1)
    colx = 110
    y = d.get_y()
    kv(d, [("Recipient:", f["m"]), ("Recipient ID:", mid), ("Notice no.:", notice_no)], lw=28, size=9.2, vw=70)
    d.set_y(y)
    kv(d, [("Provider:", prov), ("Provider ID:", f["npi"]), ("Service:", "90880 x 8")], lw=26, size=9.2,
       x=colx, vw=60)
    d.ln(4)
    d.rule(0.3, 3)
    d.para(f"ACTION: The request from your provider for 8 sessions of medical hypnotherapy (90880) for chronic "
           f"pain, starting {fmt_date(f['dos'], 'mdy_nopad')}, is DENIED.", 9.8)
    d.para("REASON: Hypnotherapy is not a service covered by the Medical Assistance Program. Medical Assistance "
           "covers psychotherapy by enrolled licensed practitioners and pain management services listed in the "
           "fee schedule.", 9.8)
    d.para("LEGAL BASIS: 55 Pa. Code 1101.59 (noncompensable services); State Plan Attachment 3.1-A.", 9.8)
    d.text_line("YOUR RIGHT TO A FAIR HEARING", 10.5, "B", h=6)
    d.para("If you disagree, you may ask for a fair hearing. Your request must be received within 30 days of the "
           "date of this notice. If you ask within 10 days, your services may continue until the hearing "
           "decision. You may bring a lawyer, relative or friend to help you.", 9.8)
    t = truth("denial_letter", "not_covered", insurer="State Department of Human Services", member_id=mid,
              member_name=f["m"], case_numbers=[notice_no], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prov.replace("Dr. ", ""),
              alternates={"insurer": ["Medical Assistance Program"],
                          "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: overturned appeal, EMDR by LCSW (rotated)
def doc_overturned(r: Rand):
    f = base(r)
    ins = "Northwind Health Cooperative"
    mid, grp = f"NW{r.digits(8)}", f"{r.digits(4)}"
    appeal, claim = f"A-{r.digits(8)}", f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    dates = [f["dos"], f["dos"] + dt.timedelta(days=7)]
    amt = float(r.randint(150, 200)) * 2
    dec = dates[-1] + dt.timedelta(days=r.randint(55, 75))
    prov = "Naomi G. Szabo, LCSW"
    d = Page("Northwind Health Cooperative - appeal decision", margins=(20, 16, 20))
    d.add_page()
    d.text_line("NORTHWIND", 18, "B", h=8)
    d.text_line("Health Cooperative · Member Appeals", 9, h=5)
    d.ln(5)
    d.boxes([("Letter date", fmt_date(dec, "iso"), 34), ("Member", f["m"], 56), ("Member no.", mid, 36),
             ("Group", grp, 20), ("Appeal", appeal, 30)])
    d.ln(5)
    d.text_line("Your appeal has been approved", 12.5, "B", h=7)
    d.para(f"We first denied claim {claim} because the EMDR therapy you received on {fmt_date(dates[0], 'iso')} "
           f"and {fmt_date(dates[1], 'iso')} was coded as hypnotherapy. With your appeal, {prov} sent "
           "session notes and a corrected claim showing trauma-focused psychotherapy with EMDR (90837) by a "
           "licensed clinical social worker. EMDR given as part of psychotherapy by a licensed provider is "
           "covered.", 10)
    d.para(f"We have reversed our decision. The corrected claim for {fmt_money(amt)} will be reprocessed and "
           "paid under your outpatient mental health benefit within 30 days. You will receive a new Explanation "
           "of Benefits.", 10)
    d.para("Hypnotherapy (90880) itself remains excluded under your plan. Questions? Call Member Services at "
           f"{f['ph']}.", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["m"],
              case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(x) for x in dates],
              denial_date=iso(dec), provider=prov.replace(", LCSW", ""),
              alternates={"case_numbers": [[appeal], [claim]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: paid EOB, psychotherapy (scan)
def doc_paid(r: Rand):
    f = base(r)
    ins = "Juniper State Health Benefits"
    mid, grp = f"J{r.digits(8)}", f"SEHP-{r.digits(3)}"
    claim = f"{r.digits(13)}"
    dates = [f["dos"] + dt.timedelta(days=7 * i) for i in range(3)]
    fee = float(r.randint(130, 175))
    billed = fee * 3
    stmt = dates[-1] + dt.timedelta(days=r.randint(15, 25))
    prov = "Kwame E. Lomax, PhD"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Juniper State Health Benefits", 14, "B", h=7)
    d.text_line("Statement of Claims Processed", 10, h=5.5)
    d.rule(0.4, 3)
    kv(d, [("Statement date", fmt_date(stmt, "abbr")), ("Member", f["m"]), ("ID", mid), ("Group", grp),
           ("Claim", claim), ("Provider", prov + "  (in network)")], lw=36, size=9.4)
    d.ln(3)
    rows = [[fmt_date(x, "abbr"), "90837", "Psychotherapy, 60 min", fmt_money(fee), fmt_money(fee * 0.8),
             fmt_money(fee * 0.8 - 20), "20.00"] for x in dates]
    rows.append(["*Total", "", "", fmt_money(billed), fmt_money(billed * 0.8), fmt_money(billed * 0.8 - 60),
                 "60.00"])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Copay"], rows,
            [30, 16, 50, 22, 22, 22, 18], size=8.6, aligns="LLLRRRR")
    d.para("All services on this claim were paid. Your mental health office visit copay is $20.00. "
           "Mental health parity: your plan applies the same copay to mental health and medical office visits.",
           9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["m"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(x) for x in dates], denial_date=iso(stmt),
              provider=prov.replace(", PhD", ""), type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng) -> list:
    r = Rand(rng.randint(0, 2 ** 31))
    return [item_stack(r),
            Item(f"{FAMILY}_superbill_denial", "born_digital", [doc_superbill(r)]),
            Item(f"{FAMILY}_eob_emdr_coach", "scan_lowres_150", [doc_eob(r)]),
            Item(f"{FAMILY}_grievance", "photocopy", [doc_grievance(r)]),
            Item(f"{FAMILY}_medicaid_notice", "phone_photo", [doc_medicaid(r)]),
            Item(f"{FAMILY}_overturned_appeal", "rotated", [doc_overturned(r)]),
            Item(f"{FAMILY}_paid_eob", "scan_clean_300", [doc_paid(r)])]
