"""Family 'locum_tenens_unenrolled_rendering_provider_claim_denial': a clinic's regular doctor is away and a locum
tenens physician sees the patients; the claims name the locum as rendering provider (or carry the Q6 modifier)
and the plan refuses them because the locum was not credentialed/enrolled with the plan on the date of service.

Documents: a provider-facing remittance advice with three patients (two paid, one refused CO-B7 "provider not
certified/eligible"); a member EOB with three claims (regular doctor and lab paid, the locum's visit refused, member
held harmless); a standard-fax notice to the clinic's billing office (two visits of one patient, Q6 not accepted,
provider dispute within 60 days); a photocopied EPO member letter in prose (locum not a participating provider);
a phone photo of a provider dispute decision upheld (credentialing effective after the dates of service, not
retroactive); a sideways adjusted EOB paying the claim after enrollment was made retroactive (nothing denied);
a low-resolution stack of a Spanish Medicaid plan notice to the member and the clinic's statement (nothing due).

Decoys: DOB, NPIs, tax IDs, patient account numbers, check/EFT numbers, received and credentialing dates, the
other patients' and other visits' claims, processing periods, 72-hour and external-review limits, provider manual
sections, form numbers. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "locum_tenens_unenrolled_rendering_provider_claim_denial"
LANG = "en"
SEED = 334700
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LOCUMS = ["Dr. Cornelius V. Ashdown", "Dr. Farah N. Qureshi", "Dr. Anders P. Lindqvist", "Dr. Yvonne T. Mbeki",
          "Dr. Rafael O. Castellanos", "Dr. Helga M. Sorensen", "Dr. Tobias J. Whitcombe"]
REGULARS = ["Dr. Miriam E. Halvorsen", "Dr. Julian R. Ostrowski", "Dr. Priya K. Venkataraman",
            "Dr. Bernard L. Quimby", "Dr. Leonor A. Batista"]
CLINICS = [("Ridgeline Family Medicine", "410 Juniper Drive, Pueblo, CO 81003"),
           ("Tall Pines Rural Health Clinic", "88 Old Mill Road, Bangor, ME 04401"),
           ("Quarry Street Internal Medicine", "1212 Quarry Street, Erie, PA 16501"),
           ("Harbor View Primary Care", "77 Harbor View Road, Bellingham, WA 98225"),
           ("Clínica Familiar Las Palmas", "2300 Calle Loma, Laredo, TX 78040"),
           ("Prairie Bend Medical Group", "15 Fenwick Avenue, Fargo, ND 58102"),
           ("Sycamore Court Pediatrics & Adults", "9 Sycamore Court, Macon, GA 31201")]
STAFFING = ["Summit Locum Staffing", "Meridian Locum Partners", "Keystone Interim Physicians"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16), orientation="P"):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.2, x=None, h=5):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand, i: int, lang: str = "en") -> dict:
    name, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    clinic, caddr = CLINICS[i % len(CLINICS)]
    return dict(name=name, first=first, mid=mid, last=last, addr=r.address(lang), dos=dos, ph=r.phone(),
                npi=r.npi(), gnpi=r.npi(), locum=LOCUMS[i % len(LOCUMS)], regular=REGULARS[i % len(REGULARS)],
                clinic=clinic, caddr=caddr, staffing=STAFFING[i % len(STAFFING)],
                dob=dt.date(r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(4, 12)), acct=f"{r.digits(7)}")


def bare(doc: str) -> str:
    """'Dr. Farah N. Qureshi' -> 'Farah N. Qureshi'."""
    return doc.replace("Dr. ", "")


def lastfirst(name: str) -> str:
    p = name.split()
    return f"{p[-1]}, {p[0]} {p[1].rstrip('.')}".upper()


# ---------------------------------------------------------------- 0: provider remittance advice, 3 patients (bd)
def doc_remittance(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 0)
    ins = "Northfork Health Plan"
    paid_date = f["recv"] + dt.timedelta(days=r.randint(14, 24))
    eft = f"EFT{r.digits(9)}"
    d = Page("Northfork Health Plan  ·  Provider Remittance Advice  ·  Page {p} of {n}", margins=(12, 12, 12),
             orientation="L")
    d.add_page()
    d.text_line("NORTHFORK HEALTH PLAN", 15, "B", h=7)
    d.text_line(f"Provider Services {f['ph']}  ·  PO Box 2290, Pueblo, CO 81003  ·  Payer ID 73119", 8.4, h=4.6)
    d.ln(2)
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B", h=7)
    d.boxes([("Remittance date", fmt_date(paid_date, "slash"), 38), ("Payee", f["clinic"], 70),
             ("Payee NPI", f["gnpi"], 32), ("Tax ID", f"{r.digits(2)}-{r.digits(7)}", 30),
             ("EFT trace number", eft, 42), ("Payment amount", "see totals", 40)])
    d.ln(4)
    others = [r.person() for _ in range(2)]
    rows, total_paid = [], 0.0
    claims = []
    for k, (pname, *_x) in enumerate([others[0], (f["name"],), others[1]]):
        denied = k == 1
        mid = f"NFH{r.digits(8)}"
        icn = f"{r.digits(4)}{r.digits(3)}{r.digits(6)}"
        acct = f"{r.digits(7)}"
        dos = f["dos"] if denied else f["dos"] - dt.timedelta(days=r.randint(2, 20))
        rend = f["locum"] if denied else f["regular"]
        lines = [("99214" + ("" if not denied else ""), float(r.randint(168, 232))),
                 (r.choice(["36415", "81002", "93000"]), float(r.randint(22, 60)))]
        if denied:
            lines = [("99215", float(r.randint(240, 310))), ("93000", float(r.randint(55, 80))),
                     ("36415", float(r.randint(18, 30)))]
        billed = sum(a for _, a in lines)
        claims.append((pname, mid, icn, acct, dos, rend, lines, billed, denied))
    d.font(8.2)
    for pname, mid, icn, acct, dos, rend, lines, billed, denied in claims:
        d.font(8.4, "B")
        d.cell(0, 5.4, f"PATIENT: {lastfirst(pname)}    MEMBER ID: {mid}    PATIENT ACCT #: {acct}    "
                       f"ICN: {icn}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.2)
        d.cell(0, 4.8, f"Rendering provider: {bare(rend)}, MD  (NPI {r.npi()})    Claim received "
                       f"{fmt_date(f['recv'], 'slash')}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, amt in lines:
            if denied:
                rows.append([fmt_date(dos, "slash"), code, "1", fmt_money(amt, "nosign"), "0.00", "0.00", "0.00",
                             "0.00", "CO-B7", "N570"])
            else:
                allowed = round(amt * 0.71, 2)
                coins = round(allowed * 0.2, 2)
                rows.append([fmt_date(dos, "slash"), code, "1", fmt_money(amt, "nosign"), m2(allowed), "0.00",
                             m2(coins), m2(allowed - coins), "CO-45", ""])
                total_paid += allowed - coins
        paid = "0.00" if denied else m2(sum(round(a * 0.71, 2) - round(round(a * 0.71, 2) * 0.2, 2)
                                           for _, a in lines))
        rows.append(["*Claim total", "", "", fmt_money(billed, "nosign"), "", "", "", paid, "", ""])
        d.table(["Service date", "Proc", "Units", "Billed", "Allowed", "Deduct", "Coins", "Paid", "Adj", "Remark"],
                rows, [28, 20, 14, 26, 26, 22, 22, 26, 22, 20], size=8.2, aligns="LLRRRRRRLL", row_h=4.8)
    d.text_line(f"Total paid this remittance: {fmt_money(total_paid)}", 9.5, "B", h=6)
    d.ln(1)
    d.text_line("Adjustment and remark codes", 9.2, "B", h=5.4)
    d.para("CO-45  Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.  "
           "CO-B7  This provider was not certified/eligible to be paid for this procedure/service on this date of "
           "service.  N570  Missing/incomplete/invalid credentialing data. Northfork note: the rendering "
           "practitioner has no approved credentialing record with Northfork for the date of service; locum "
           "tenens physicians must be credentialed before they treat Northfork members. The member may not be "
           "billed for services denied CO-B7.", 8)
    d.para("To dispute a denial, send a written request for reconsideration within 90 days of the remittance "
           "date with the ICN and supporting documents to Provider Disputes, PO Box 2295, Pueblo, CO 81003.", 8)
    pname, mid, icn, acct, dos, rend, lines, billed, _ = claims[1]
    t = truth("eob", "other", insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[icn],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(paid_date),
              provider=f"{bare(rend)}, MD", appeal_deadline=iso(paid_date + dt.timedelta(days=90)),
              denial_alternates=["out_of_network"], alternates={"provider": [f["clinic"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: member EOB, 3 claims, locum one refused
def doc_member_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 1)
    ins = "Cascadia Crest Health"
    mid, grp = f"CCH-{r.digits(3)}-{r.digits(4)}", f"{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    d = Page("Cascadia Crest Health  ·  Explanation of Benefits  ·  This is not a bill  ·  {p}/{n}",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("Cascadia Crest Health", 17, "B", h=8)
    d.text_line(f"Member Services {f['ph']} (TTY 711)  ·  PO Box 8812, Bellingham, WA 98225", 8.4, h=4.6)
    d.ln(3)
    d.set_x(118)
    d.font(9, "B")
    d.cell(0, 5, "EXPLANATION OF BENEFITS", new_x="LMARGIN", new_y="NEXT")
    y = d.get_y()
    for ln in [f["name"].upper(), *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "long")), ("Member ID", mid), ("Group no.", grp),
           ("Claims processed", f"{fmt_date(f['dos'] - dt.timedelta(days=30), 'short')} to "
                                f"{fmt_date(stmt - dt.timedelta(days=2), 'short')}")], lw=32, size=8.8, x=118, h=4.8)
    d.ln(6)
    visit = f["dos"] - dt.timedelta(days=r.randint(15, 28))
    c1, c2, c3 = (f"{r.digits(11)}" for _ in range(3))
    v1, lab = float(r.randint(150, 210)), float(r.randint(40, 90))
    l1, l2 = float(r.randint(190, 260)), float(r.randint(30, 60))
    bills = [(c1, visit, f["regular"], [("Office visit 99213", v1)], False),
             (c2, visit, "Cascade Reference Laboratory", [("Lipid panel 80061", lab)], False),
             (c3, f["dos"], f["locum"], [("Office visit 99214", l1), ("Urinalysis 81003", l2)], True)]
    for c, dd, prov, lines, denied in bills:
        d.set_fill_color(230, 230, 230)
        d.font(8.8, "B")
        d.cell(0, 6, f"  Claim {c}   ·   {prov}   ·   {fmt_date(dd, 'slash')}", fill=True, new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for svc, amt in lines:
            if denied:
                rows.append([svc, fmt_money(amt), "$0.00", "$0.00", "$0.00", "LT4"])
            else:
                al = round(amt * 0.66, 2)
                rows.append([svc, fmt_money(amt), fmt_money(al), fmt_money(al - 25 if al > 60 else al * 0.8),
                             fmt_money(25 if al > 60 else al * 0.2), ""])
        tot = sum(a for _, a in lines)
        rows.append(["*Claim total", fmt_money(tot), "", "", "$0.00" if denied else "", ""])
        d.table(["Service", "Amount billed", "Allowed", "Plan paid", "Your share", "Code"], rows,
                [62, 28, 24, 24, 24, 18], size=8.4, aligns="LRRRRL")
    d.text_line("What the codes mean", 9.5, "B", h=5.5)
    d.para(f"LT4  The doctor who treated you, {f['locum']}, was filling in for your regular doctor as a temporary "
           f"(locum tenens) physician at {f['clinic']} and was not credentialed with Cascadia Crest on the date of "
           "service. We cannot pay claims for care given by a practitioner who has not completed our "
           "credentialing. Because the clinic is a network provider, you are not responsible for this amount.", 8.6)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You may file an appeal within 180 days of the date of this statement. If waiting could seriously harm "
           "your health, ask for an urgent appeal; we decide those within 72 hours. After our final decision you "
           "may ask for an independent external review within 4 months.", 8.6)
    d.para(f"Year-to-date deductible met: $500.00 of $1,500.00. Clinic account number {f['acct']}.", 8.2)
    t = truth("eob", "other", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[c3], claim_amount=m2(l1 + l2), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["locum"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["out_of_network"], alternates={"provider": [f["clinic"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: notice to the clinic (fax standard)
def doc_provider_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 2)
    ins = "Pinecrest Community Health Plan"
    mid = f"{r.digits(9)}P"
    claim = f"PC{r.digits(2)}-{r.digits(7)}"
    d2 = f["dos"] + dt.timedelta(days=r.randint(7, 14))
    notice = d2 + dt.timedelta(days=r.randint(16, 30))
    a1, a2 = float(r.randint(160, 230)), float(r.randint(160, 230))
    up = lambda x: x.strftime("%d-%b-%Y").upper()  # noqa: E731
    d = Page(f"PCHP-PRV-118 (rev. 09/2025)   Claim {claim}   page {{p}} of {{n}}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Pinecrest Community Health Plan", 14, "B", h=7)
    d.text_line(f"Provider Network Operations  ·  Fax 1-555-{r.digits(3)}-{r.digits(4)}  ·  {f['ph']}", 8.4, h=4.8)
    d.rule(0.5, 4)
    d.text_line(up(notice), 10, h=6)
    d.ln(1)
    for ln in [f"{f['clinic']} - Billing Office", f"Attn: {f['regular']}", f["caddr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("NOTICE OF CLAIM DENIAL - RENDERING PRACTITIONER NOT CREDENTIALED", 11, "B", h=7)
    kv(d, [("Member", f["name"]), ("Member ID", mid), ("Date of birth", up(f["dob"])), ("Claim number", claim),
           ("Billing NPI", f["gnpi"]), ("Received", up(f["recv"]))], lw=38, size=9.4, h=5.4)
    d.ln(3)
    rows = [[up(f["dos"]), "99214-Q6", f"{bare(f['regular'])} (billed)", fmt_money(a1)],
            [up(d2), "99213-Q6", f"{bare(f['regular'])} (billed)", fmt_money(a2)],
            ["*Total billed", "", "", fmt_money(a1 + a2)]]
    d.table(["Date of service", "Code", "Billing practitioner", "Charge"], rows, [36, 28, 80, 30], size=9,
            aligns="LLLR")
    d.para(f"These visits were billed under {f['regular']} with modifier Q6, stating that {f['locum']} of "
           f"{f['staffing']} provided the services as a locum tenens physician. Pinecrest does not accept modifier "
           "Q6 on commercial or Medicaid claims. Under section 4.7 of the Pinecrest Provider Manual, every "
           "practitioner who treats Pinecrest members, including a temporary or locum tenens physician, must be "
           "credentialed and loaded to the group's contract before the date of service. Our records show no "
           f"credentialing application for {f['locum']}. The claim is denied; the member may not be billed.", 9.6)
    d.para("You may submit a provider dispute within 60 days of the date of this notice, with the locum tenens "
           "agreement and proof that credentialing was requested. Corrected claims are not disputes and must be "
           "sent within the timely filing limit of 180 days from the date of service.", 9.6)
    t = truth("denial_letter", "other", insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(a1 + a2), service_dates=[iso(f["dos"]), iso(d2)], denial_date=iso(notice),
              provider=f["locum"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["out_of_network", "coding_error"],
              alternates={"provider": [f["regular"], f["clinic"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: EPO member letter in prose (photocopy)
def doc_member_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 3)
    ins = "Larkspur Health Insurance Company"
    mid, grp = f"LK{r.digits(10)}", f"EPO-{r.digits(5)}"
    claim = f"{r.digits(3)}-{r.digits(3)}-{r.digits(5)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(12, 26))
    amt = float(r.randint(210, 480)) + 0.4
    d = Page("Larkspur Health Insurance Company  ·  Larkspur Select EPO", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Larkspur", 20, "B", h=9)
    d.text_line("Health Insurance Company", 10, h=5)
    d.text_line(f"Claims Review  ·  PO Box 1180, Bellingham, WA 98225  ·  {f['ph']}", 8.2, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.text_line(f"Group: {grp}", 9.5, h=5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have reviewed claim number {claim} from {f['clinic']} for your visit on "
           f"{fmt_date(f['dos'], 'long')}. The clinic billed {fmt_money(amt)} for this visit. We are not able to "
           f"pay this claim.", 10.5)
    d.para(f"Your regular doctor, {f['regular']}, was away that day, and you were seen by {f['locum']}, a "
           f"temporary (locum tenens) physician placed by {f['staffing']}. {f['locum']} was not a participating "
           f"provider in the Larkspur Select EPO network on {fmt_date(f['dos'], 'long')}. Your EPO plan covers care "
           "only from participating providers, except for emergency care, and the visit was not an emergency.",
           10.5)
    d.para(f"Because {f['clinic']} is in our network, its agreement with us does not allow it to bill you more "
           "than your normal copay for this visit. If you receive a bill, please call us.", 10.5)
    d.para(f"If you disagree with this decision, you may appeal within 180 days of the date of this letter. Please "
           f"include your member number, {mid}, and the claim number. An urgent appeal is decided within 72 hours. "
           "You may also ask for an external review after our final decision.", 10.5)
    d.para("Sincerely,\nLarkspur Claims Review\nForm LHIC-CR-27", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["locum"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["other"], alternates={"provider": [f["clinic"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: provider dispute upheld (phone photo)
def doc_dispute_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 5)
    ins = "Tamarack Health Partners"
    mid = f"T{r.digits(8)}"
    claim, disp = f"{r.digits(12)}", f"PD-{r.digits(6)}"
    decided = f["recv"] + dt.timedelta(days=r.randint(50, 70))
    cred = f["dos"] + dt.timedelta(days=r.randint(20, 40))
    amt = float(r.randint(300, 700)) + 0.25
    d = Page("Tamarack Health Partners  ·  Provider Dispute Resolution", margins=(20, 16, 20))
    d.add_page()
    d.text_line("TAMARACK HEALTH PARTNERS", 14, "B", h=7)
    d.text_line(f"Provider Dispute Resolution Unit · 500 Lantern Way, Fargo, ND 58102 · {f['ph']}", 8.4, h=5)
    d.ln(5)
    d.text_line(fmt_date(decided, "abbr"), 10, h=6)
    d.text_line(f"{f['clinic']}, {f['caddr']}", 9.6, h=5)
    d.ln(3)
    d.text_line("PROVIDER DISPUTE DECISION - LEVEL 1", 12, "B", h=7)
    d.table(["Dispute no.", "Claim no.", "Patient", "Member ID", "Service date", "Billed"],
            [[disp, claim, f["name"], mid, fmt_date(f["dos"], "abbr"), fmt_money(amt)]],
            [24, 32, 40, 24, 26, 24], size=8.4)
    d.text_line("Decision: the original denial is upheld.", 10.5, "B", h=6.5)
    d.para(f"You asked us to pay this claim for services by {f['locum']}, who worked at your clinic as a locum "
           f"tenens physician through {f['staffing']}. Our credentialing committee approved "
           f"{f['locum']} with an effective date of {fmt_date(cred, 'abbr')}. The date of service was before that "
           "date. Tamarack credentialing is not retroactive (Provider Agreement, Attachment C, section 2.3), so the "
           "practitioner was not eligible to be paid on the date of service. Denial code B7 stands.", 9.8)
    d.para("You may request a Level 2 dispute within 30 days of the date of this letter. The member is held "
           "harmless and may not be billed. Reviewer: Provider Relations Committee.", 9.6)
    t = truth("denial_letter", "other", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[disp, claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=f["locum"], appeal_deadline=iso(decided + dt.timedelta(days=30)),
              denial_alternates=["out_of_network", "eligibility"],
              alternates={"provider": [f["clinic"]], "case_numbers": [[disp]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: adjusted claim paid (rotated)
def doc_adjusted_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 6)
    ins = "Bramblewood Mutual Health"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    orig, adj = f"{r.digits(10)}", f"{r.digits(10)}A1"
    issued = f["dos"] + dt.timedelta(days=r.randint(60, 90))
    lines = [("99204 New patient visit", float(r.randint(260, 340))), ("90471 Immunization admin", 32.0),
             ("90715 Tdap vaccine", float(r.randint(58, 74)))]
    total = sum(a for _, a in lines)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Bramblewood Mutual Health", 15, "B", h=7.5)
    d.text_line("Explanation of Benefits - Adjusted Claim", 10.5, h=6)
    d.rule(0.4, 3)
    kv(d, [("Date issued:", fmt_date(issued, "iso")), ("Patient:", f["name"]), ("Member number:", mid),
           ("Claim number:", adj), ("Replaces claim:", orig), ("Provider:", f["locum"]),
           ("Location:", f["clinic"])], lw=38, size=9.4)
    d.ln(2)
    rows = []
    for svc, a in lines:
        al = round(a * 0.78, 2)
        rows.append([fmt_date(f["dos"], "iso"), svc, fmt_money(a), fmt_money(al), fmt_money(al), "$0.00"])
    rows.append(["*Total", "", fmt_money(total), "", "", "$0.00"])
    d.table(["Date", "Service", "Charged", "Allowed", "Paid", "You owe"], rows, [26, 60, 24, 24, 24, 22],
            size=8.6, aligns="LLRRRR")
    d.para(f"We reprocessed this claim because {f['locum']} has now been enrolled as a participating provider "
           f"with an effective date that covers {fmt_date(f['dos'], 'iso')}. The earlier processing of claim "
           f"{orig} is reversed. Payment was sent to {f['clinic']}. You owe nothing for this visit.", 9.2)
    d.para(f"Questions? Call {f['ph']}. If you disagree with how this claim was processed you may appeal within "
           "180 days after you receive this statement.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["name"],
              case_numbers=[adj, orig], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(issued), provider=f["locum"], type_alternates=["other"],
              alternates={"case_numbers": [[adj]], "provider": [f["clinic"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: stack: Spanish member notice + statement
def doc_es_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Plan de Salud Arboleda"
    mid = f"ARB{r.digits(8)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(14, 25))
    f["notice"] = notice
    d = Page("Plan de Salud Arboleda · Medicaid administrado · página {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Plan de Salud Arboleda", 15, "B", h=7.5)
    d.text_line(f"Servicios al Afiliado {f['ph']} · Apartado 4410, Laredo, TX 78040", 8.4, h=5)
    d.ln(5)
    d.text_line(f"Laredo, {fmt_date(notice, 'es')}", 10, h=6)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line("AVISO DE DENEGACIÓN DE PAGO", 12, "B", h=7)
    kv(d, [("Nº de afiliado:", mid), ("Número de reclamación:", f["claim"]),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es_abbr")), ("Fecha del servicio:", fmt_date(f["dos"], "es")),
           ("Monto facturado:", fmt_money(f["amt"]))], lw=52, size=9.6, h=5.4)
    d.ln(3)
    d.para(f"La {f['clinic']} nos envió una reclamación por su consulta. El médico que la atendió, "
           f"{f['locum']}, trabajaba como médico suplente (locum tenens) y no estaba inscrito en Medicaid de Texas "
           "ni acreditado con nuestro plan en la fecha del servicio. No podemos pagar servicios de un proveedor "
           "que no está inscrito. Usted no tiene que pagar esta cuenta: la clínica no puede cobrarle.", 10)
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación acelerada (72 horas). Después de la apelación puede pedir una "
           "audiencia imparcial estatal dentro de 120 días. Formulario ARB-NA-04.", 10)
    t = truth("denial_letter", "other", lang="es", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(f["amt"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["locum"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["out_of_network", "eligibility"], alternates={"provider": [f["clinic"]]})
    return pdf_bytes(d), t


def doc_clinic_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["clinic"], 15, "B", h=7)
    d.text_line(f"{f['caddr']}  ·  Billing {r.phone()}  ·  Group NPI {f['gnpi']}", 8.5, h=5)
    d.rule(0.5, 3)
    d.text_line("PATIENT STATEMENT", 12, "B", align="R", h=7)
    kv(d, [("Statement date", fmt_date(bill, "slash")), ("Account number", f["acct"]), ("Patient", f["name"]),
           ("Provider", f["locum"])], lw=36, size=9.2)
    d.ln(3)
    rows = [[fmt_date(f["dos"], "slash"), "99213", "Office visit", fmt_money(f["amt"] - 24.0, "nosign")],
            [fmt_date(f["dos"], "slash"), "87880", "Rapid strep test", "24.00"],
            [fmt_date(f["notice"], "slash"), "", "Plan de Salud Arboleda: not paid, provider enrollment", "0.00"],
            [fmt_date(bill, "slash"), "", "Administrative adjustment (credentialing)",
             "-" + fmt_money(f["amt"], "nosign")],
            ["*Amount due", "", "", "0.00"]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 110, 28], size=8.8, aligns="LLLR")
    d.para(f"Total charges for this visit were {fmt_money(f['amt'])}. Your plan did not pay because our temporary "
           "physician's enrollment was not complete. This is our error: we have removed the charges and you owe "
           "nothing. Please keep this statement for your records.", 9.2)
    t = truth("other", None, member_name=f["name"], case_numbers=[], claim_amount=m2(f["amt"]),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=f["locum"], unscored=["insurer"],
              alternates={"provider": [f["clinic"]], "claim_amount": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r, 4, "es")
    f.update(claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", amt=float(r.randint(130, 190)) + 24.0)
    return Item(f"{FAMILY}_lowres_stack_es_notice_statement", "scan_lowres_150",
                [doc_es_notice(r, f), doc_clinic_statement(r, f)], separators=["duplex", None])


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_remittance, "bd_remittance", "born_digital"),
              (1, doc_member_eob, "scan_member_eob", "scan_clean_300"),
              (2, doc_provider_notice, "faxs_provider_notice", "fax_standard_g4"),
              (3, doc_member_letter, "copy_epo_letter", "photocopy"),
              (5, doc_dispute_upheld, "photo_dispute_upheld", "phone_photo"),
              (6, doc_adjusted_paid, "rot_adjusted_paid", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.append(item_stack(Rand(SEED + 4)))
    return items
