"""Family 'coronary_calcium_score_ct_screening_denial': plan letters, EOBs and radiology-benefit-manager (RBM)
notices on a coronary artery calcium score CT (CPT 75571, "CT heart without contrast with quantitative evaluation of
coronary calcium") and a coronary CT angiography (CPT 75574, "CT angiography of heart, coronary arteries and bypass
grafts, with contrast"): the calcium score excluded as a screening test in a member without symptoms (letter, EOB
beside a paid cardiology visit, an upheld appeal), a CCTA denied for a low pre-test probability of coronary disease
(RBM pre-service notice; EOB on a phone photo) or because a stress test was done weeks before with no new symptoms, and
a CCTA approved for intermediate-risk chest pain. All values invented.

Issuers: Kallavesi Health Plan (logo word "KALLAVESI" over a rule), Haukivesi Mutual Health Insurance Company
(parent line above the centred name), Keitele Imaging Management, Inc. (RBM writing for Haukivesi; boxed form).
Imaging centers (the provider): Oulujoki Heart & Vascular Imaging, Kitee Diagnostic Imaging Center, LLC. Decoys:
the ordering cardiologist and NPIs, date of birth, request received date, the earlier stress test date, the paid
office-visit claim, guideline numbers, the 72-hour and external-review time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "coronary_calcium_score_ct_screening_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

# name base of round BI / fambia: patients of varied origins, Finnish lake and town names for organisations
FIRST = ["Siosaia", "Marguerite", "Teodor", "Ruslana", "Kalani", "Emeka", "Ilse", "Tomasz", "Priyanka", "Anahera",
         "Gunnar", "Zainab", "Rosario", "Dmitri", "Hollis", "Yuki"]
LAST = ["Fifita", "Okafor", "Halvorsen", "Moroz", "Akana", "Nwosu", "Vanderveen", "Zielinski", "Deshmukh",
        "Tipene", "Brannigan", "Al-Masri", "Castellanos", "Lindqvist", "Pruitt", "Takahashi"]
FIRST_ES = ["Eustaquio", "Remedios", "Nicanor", "Altagracia", "Wilfredo", "Consuelo"]
LAST_ES = ["Bermúdez", "Oquendo", "Santana", "Villanueva", "Caraballo", "Echevarría"]
CLIN_FIRST = ["Aurelio", "Birgitta", "Chinedu", "Delphine", "Farrukh", "Genevieve", "Haruto", "Leilani"]
CLIN_LAST = ["Ostrowski", "Mbeki", "Rautio", "Fairweather", "Quist", "Esposito", "Karimov", "Ballard"]
STREETS = ["Lakeshore Drive", "Birch Hollow Road", "Pine Ridge Court", "Ferry Street", "Cranberry Lane",
           "Millpond Avenue", "Aspen Way"]
CITIES = [("Marquette", "MI", "49855"), ("Ely", "MN", "55731"), ("Hancock", "MI", "49930"),
          ("Astoria", "OR", "97103"), ("New York Mills", "MN", "56567"), ("Fitchburg", "MA", "01420")]
CITIES_ES = [("Kissimmee", "FL", "34741"), ("Edinburg", "TX", "78539"), ("Bayamón", "PR", "00961")]


def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def clinician(r: random.Random) -> str:
    return f"{r.choice(CLIN_FIRST)} {r.choice('BCDFGHKLMNPRSTW')}. {r.choice(CLIN_LAST)}"


def address(r: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{r.randint(15, 9860)} {r.choice(STREETS)}", f"{city}, {st} {z}"


def mixed(r: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "usd": f"USD {g}", "space": f"$ {g}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}"


def tollfree(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


class Page(Doc):
    def __init__(self, footer: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)

    def para(self, text: str, size: float = 10.5, gap: float = 2.5, w: float = 0, align: str = "L"):
        """A paragraph; **bold** spans are set in bold."""
        self.font(size)
        self.multi_cell(w, size * 0.48, text, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(gap)

    def pairs(self, rows, label_w: float = 50, size: float = 9.8, h: float = 5.2):
        for k, v in rows:
            self.font(size, "B")
            self.cell(label_w, h, k + ":")
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def ruled_boxes(self, rows, label_w: float = 62, size: float = 9.2, h: float = 6.4):
        w = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            self.font(size, "B")
            self.cell(label_w, h, " " + k, border=1)
            self.font(size)
            self.cell(w - label_w, h, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


# ---------------------------------------------------------------- this family

KA, HA, KE = "Kallavesi Health Plan", "Haukivesi Mutual Health Insurance Company", "Keitele Imaging Management, Inc."
ADDR = {KA: ("PO Box 4410", "Marquette, MI 49855"), HA: ("1800 Harbor Point Boulevard", "Duluth, MN 55802"),
        KE: ("PO Box 61207", "Hancock, MI 49930")}
CENTERS = {"Oulujoki Heart & Vascular Imaging": ("2215 Lakeshore Drive, Suite 140", "Marquette, MI 49855"),
           "Kitee Diagnostic Imaging Center, LLC": ("77 Ferry Street", "Astoria, OR 97103")}
CAC = ("75571", "CT heart without contrast, quantitative evaluation of coronary calcium")
CCTA = ("75574", "CT angiography, coronary arteries and grafts, with contrast")
CONTRAST = ("Q9967", "Low osmolar contrast material, 300-399 mg/ml iodine, per ml")
OV = ("99214", "Office/outpatient visit, established patient, moderate")


def facts(r: random.Random, ins: str, kind: str, ds: str) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    dos = days(notice, -r.randint(20, 48))
    center = r.choice(sorted(CENTERS))
    m = person(r)
    f = dict(ins=ins, kind=kind, ds=ds, notice=notice, dos=dos, member=m, addr=address(r), center=center,
             cnpi=npi(r), card=clinician(r), card_npi=npi(r), ph=tollfree(r), fax=phone(r),
             dob=dt.date(r.randint(1958, 1988), r.randint(1, 12), r.randint(1, 28)),
             mid=mixed(r, "KHP" + "999999999") if ins == KA else mixed(r, "HMU-9999-99999"),
             grp=mixed(r, "99999") if ins == KA else mixed(r, "G-A99999"),
             claim=mixed(r, "99A99999999") if ins == KA else mixed(r, "9999-999999-99"),
             received=days(dos, r.randint(5, 12)))
    if kind in ("cac_letter", "cac_eob", "cac_appeal"):
        f["lines"] = [(CAC, money(r, 98, 260))]
    else:
        f["lines"] = [(CCTA, money(r, 780, 1650)), (CONTRAST, money(r, 45, 120))]
    f["total"] = round(sum(x[1] for x in f["lines"]), 2)
    return f


def letterhead(d: Page, ins: str, ph: str) -> None:
    a = ADDR[ins]
    if ins == KA:
        d.text_line("KALLAVESI", 24, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{KA}  |  {a[0]}, {a[1]}  |  Member Services {ph} (TTY 711)", 8.2)
    elif ins == HA:
        d.text_line("A member of the Haukivesi Financial family", 7.8, "", "C")
        d.text_line(HA, 14.5, "B", "C")
        d.text_line(f"{a[0]}  ·  {a[1]}  ·  {ph}", 8.5, "", "C")
    else:
        d.text_line("KEITELE IMAGING MANAGEMENT, INC.", 13, "B")
        d.text_line("Radiology benefit management for Haukivesi Mutual Health Insurance Company", 8.5)
        d.text_line(f"{a[0]}, {a[1]}   Phone {ph}   Fax {phone(random.Random(a[0]))}", 8.5)
    d.ln(5)


def addressee(d: Page, f: dict) -> None:
    d.text_line(fdate(f["notice"], f["ds"]), 10.2)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.2)
    d.ln(4)


def line_table(d: Page, f: dict, extra_col: str | None = None) -> None:
    rows = [[c, desc, usd(v)] for (c, desc), v in f["lines"]]
    rows.append(["*Total billed", "", usd(f["total"])])
    d.table(["CPT/HCPCS", "Description", "Billed"], rows, [26, 118, 30], size=8.8, aligns="LLR")


# ---- A: Kallavesi letter, calcium score excluded as screening
def doc_cac_letter(f: dict) -> bytes:
    d = Page(footer="KHP-DN-75571   Page {p} of {n}")
    d.add_page()
    letterhead(d, KA, f["ph"])
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Notice of Claim Denial", 13.5, "B")
    d.ln(2)
    d.pairs([("Member", m[0]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Date of birth", fdate(f["dob"], ds)),
             ("Claim number", f["claim"]), ("Date of service", fdate(f["dos"], ds)),
             ("Imaging center", f"{f['center']} (NPI {f['cnpi']})"),
             ("Ordered by", f"Dr. {f['card']}, cardiology (NPI {f['card_npi']})"),
             ("Amount billed", usd(f["total"])), ("Claim received", fdate(f["received"], ds))])
    d.ln(3)
    line_table(d, f)
    d.text_line("What we decided", 11, "B")
    d.para(f"We will not pay for the coronary artery calcium score CT (CPT 75571) you had at {f['center']} on "
           f"{fdate(f['dos'], ds)}. You owe the imaging center for this service unless the decision is changed on "
           "appeal.")
    d.text_line("Why", 11, "B")
    d.para(f"The order from Dr. {f['card']} lists a family history of early heart disease and high "
           "cholesterol. These are risk factors, not symptoms. A calcium score done to look for heart disease in "
           "a person who has no chest pain, shortness of breath or other heart symptoms is a screening test. Your "
           "Certificate of Coverage, Section 6.3 (Exclusions), excludes screening tests except the preventive "
           "services listed in Section 4.1, and coronary calcium scoring is not on that list.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("If you disagree, you or someone you name to act for you may file an appeal. Send it within 180 days "
           "of the date of this letter to Kallavesi Health Plan, Appeals Unit, PO Box 4415, Marquette, MI 49855. "
           "Include this letter and any records from your doctor. If your health would be in serious danger by "
           "waiting, ask for an urgent appeal; we answer urgent appeals within 72 hours. After our final decision you "
           "may ask for an external review by an independent reviewer within 4 months.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.")
    return pdf_bytes(d)


# ---- B: Keitele RBM pre-service denial, CCTA with a low pre-test probability
def doc_rbm_low(f: dict) -> bytes:
    d = Page(footer="Keitele Imaging Management, Inc.  |  CARD-LTR-07  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, KE, f["ph"])
    ds, m = f["ds"], f["member"]
    d.text_line("ADVANCED IMAGING PRIOR AUTHORIZATION - DETERMINATION NOTICE", 12, "B")
    d.ln(2)
    d.ruled_boxes([("Date of notice", fdate(f["notice"], ds)), ("Request ID", f["req"]),
                   ("Health plan", HA), ("Member name", m[0]), ("Member ID", f["mid"]),
                   ("Group number", f["grp"]), ("Date of birth", fdate(f["dob"], ds)),
                   ("Procedure requested", "75574  CT angiography, coronary arteries (CCTA)"),
                   ("Requested date of service", fdate(f["dos"], ds)),
                   ("Request received", fdate(f["received"], ds)),
                   ("Ordering provider", f"Dr. {f['card']}, Cardiology  NPI {f['card_npi']}"),
                   ("Rendering facility", f"{f['center']}  NPI {f['cnpi']}"),
                   ("Determination", "NOT APPROVED - not medically necessary")])
    d.text_line(f"Dear {m[1]} {m[3]}:", 10.2)
    d.ln(1)
    d.para(f"Keitele Imaging Management reviews advanced imaging requests for {HA}. Dr. {f['card']} asked us to "
           "approve a coronary CT angiography. We reviewed the request and the office notes sent with it, and a "
           "cardiologist reviewer decided the test is not medically necessary.")
    d.para(f"Reason: The notes describe brief, sharp chest pain that changes with breathing and position in a "
           f"{2026 - f['dob'].year - 1}-year-old with no diabetes and a normal ECG. With these findings the pre-test "
           "probability of coronary artery disease is low (under 15 percent). Keitele Cardiac Imaging Guideline "
           "CI-4.2 supports coronary CT angiography for stable chest pain when the pre-test probability is "
           "intermediate, not low. Your doctor may consider other causes of the pain first.")
    d.para(f"Your doctor may talk with our reviewer (peer-to-peer) by calling {f['ph']} within 14 days.")
    d.text_line("How to appeal", 10.8, "B")
    d.para("You or your doctor may appeal this decision within 60 days of the date of this notice. Write to "
           f"Keitele Imaging Management, Attn: Appeals, {ADDR[KE][0]}, {ADDR[KE][1]}, or call {f['ph']}. If "
           "waiting could seriously harm your health, ask for an expedited appeal; we decide those within 72 hours. "
           "You may also have the right to an external review after the appeal.")
    d.para(f"cc: Dr. {f['card']};  {f['center']}", 8.5)
    return pdf_bytes(d)


# ---- C: Haukivesi EOB, paid cardiology visit and calcium score denied as screening
def doc_cac_eob(f: dict) -> bytes:
    d = Page(footer="Haukivesi Mutual  ·  EOB  ·  Page {p} of {n}")
    d.add_page()
    letterhead(d, HA, f["ph"])
    ds, m = f["ds"], f["member"]
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", "C")
    d.text_line("THIS IS NOT A BILL", 9, "B", "C")
    d.ln(3)
    y = d.get_y()
    d.pairs([("Statement date", fdate(f["notice"], ds)), ("Member", m[0]), ("Member ID", f["mid"]),
             ("Group", f["grp"])], label_w=34, size=9.2)
    d.set_xy(112, y)
    d.font(8.8)
    d.multi_cell(86, 4.6, f"{m[0]}\n{f['addr'][0]}\n{f['addr'][1]}\nDate of birth {fdate(f['dob'], ds)}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    ov_claim, ov_amt = f["ov_claim"], f["ov_amt"]
    paid = round(ov_amt * 0.62, 2)
    d.text_line(f"Claim {ov_claim}   Provider: {f['card']}, MD - Lakeland Heart Specialists   "
                f"Processed {fdate(days(f['notice'], -3), ds)}", 8.6, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fdate(f["ov_date"], ds), f"{OV[0]} Office visit", usd(ov_amt), usd(round(ov_amt * 0.72, 2)),
              usd(paid), usd(round(ov_amt * 0.72 - paid, 2)), "-"]],
            [26, 42, 24, 24, 24, 22, 12], size=8.2, aligns="LLRRRRC")
    (c, desc), v = f["lines"][0]
    d.text_line(f"Claim {f['claim']}   Provider: {f['center']}   Processed {fdate(days(f['notice'], -2), ds)}",
                8.6, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fdate(f["dos"], ds), f"{c} Calcium score CT", usd(v), "0.00", "0.00", usd(v), "S31"],
             ["*Claim total", "", usd(f["total"]), "0.00", "0.00", usd(f["total"]), ""]],
            [26, 42, 24, 24, 24, 22, 12], size=8.2, aligns="LLRRRRC")
    d.ln(1)
    d.text_line("Explanation of codes", 10, "B")
    d.para("S31 - Coronary artery calcium scoring (CPT 75571) is a screening test when there are no heart "
           "symptoms. Screening tests not listed as preventive care are excluded from your plan (Member "
           "Handbook, Exclusions, item 41). This service is not covered.", 9)
    d.text_line("Your appeal rights", 10, "B")
    d.para(f"You may appeal a denied claim within 180 days of the date of this statement. Mail your appeal to "
           f"{HA}, Appeals Department, {ADDR[HA][0]}, {ADDR[HA][1]}, or call {f['ph']}. An urgent appeal is "
           "decided within 72 hours. You may also contact your state insurance department.", 9)
    return pdf_bytes(d)


# ---- D: Keitele approval, CCTA for intermediate-risk chest pain
def doc_rbm_approve(f: dict) -> bytes:
    d = Page(footer="Keitele Imaging Management, Inc.  |  CARD-APR-02")
    d.add_page()
    letterhead(d, KE, f["ph"])
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Your imaging request is approved", 13.5, "B")
    d.ln(2)
    d.pairs([("Authorization number", f["req"]), ("Health plan", HA), ("Member", m[0]), ("Member ID", f["mid"]),
             ("Group number", f["grp"]), ("Approved procedure", "CPT 75574 - coronary CT angiography"),
             ("Scheduled date", fdate(f["dos"], ds)),
             ("Authorization valid", f"{fdate(f['dos'], ds)} through {fdate(days(f['dos'], 60), ds)}"),
             ("Facility", f["center"]), ("Ordering cardiologist", f"Dr. {f['card']}")], label_w=48)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}: We approved the coronary CT angiography Dr. {f['card']} asked for. The notes describe "
           "chest pressure with exertion over the last two months, high blood pressure and a smoking history; the "
           "pre-test probability of coronary artery disease is intermediate, and Keitele Cardiac Imaging Guideline "
           "CI-4.2 supports CCTA for stable chest pain at intermediate risk.")
    d.para(f"The test must be done at {f['center']} within the dates above. This approval is not a guarantee of "
           "payment; your benefits, deductible and coinsurance still apply when the claim is processed. If the "
           "date or the facility changes, your doctor's office must call us at " + f["ph"] + ".")
    return pdf_bytes(d)


# ---- E: Kallavesi letter, CCTA claim denied after a recent stress test
def doc_ccta_stress(f: dict) -> bytes:
    d = Page(footer="Kallavesi Health Plan  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, KA, f["ph"])
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    dl = days(f["notice"], 180)
    d.para(f"**RE: {m[0]}  |  ID {f['mid']}  |  Group {f['grp']}  |  Claim {f['claim']}**", 10.2)
    d.para(f"Dear {m[1]} {m[3]},", 10.2)
    d.para(f"We reviewed the claim from {f['center']} for the coronary CT angiography you had on "
           f"{fdate(f['dos'], ds)}. The charges were {usd(f['total'])} (CPT 75574 and contrast Q9967). We are "
           "denying this claim because it was not medically necessary.")
    d.para(f"Our nurse and a board-certified cardiologist read the records from Dr. {f['card']}. You had a nuclear "
           f"stress test on {fdate(f['stress'], ds)} at another facility, and it was normal. The records do not "
           "show new or worse symptoms after that test. Kallavesi medical policy MP-214 (Cardiac Imaging) covers a "
           "CCTA within 90 days after a stress test only when the stress test result was unclear or the symptoms "
           "changed. Neither is documented.")
    line_table(d, f)
    d.text_line("If you disagree", 11, "B")
    d.para(f"You may appeal. Your appeal must be received by {fdate(dl, ds)}. Send it with any new records to "
           f"Kallavesi Health Plan, Appeals Unit, PO Box 4415, Marquette, MI 49855, or fax {f['fax']}. We will "
           "decide within 30 days. For urgent care, an expedited appeal is decided within 72 hours.")
    d.para(f"Sincerely,\nUtilization Management, {KA}", 10)
    return pdf_bytes(d)


# ---- F: Kallavesi EOB (phone photo), CCTA with a low pre-test probability
def doc_ccta_eob(f: dict) -> bytes:
    d = Page(footer="KHP EOB 2026  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, KA, f["ph"])
    ds, m = f["ds"], f["member"]
    d.text_line("Explanation of Benefits - this is not a bill", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fdate(f["notice"], ds), 38), ("Member", m[0], 52), ("Member ID", f["mid"], 44),
             ("Group", f["grp"], 40)])
    d.ln(3)
    d.boxes([("Claim number", f["claim"], 38), ("Provider", f["center"], 96), ("Date received", fdate(f["received"], ds), 40)])
    d.ln(4)
    rows = [[fdate(f["dos"], ds), c, desc[:34], usd(v), "0.00", "0.00", usd(v), "N12"] for (c, desc), v in f["lines"]]
    rows.append(["*Totals", "", "", usd(f["total"]), "0.00", "0.00", usd(f["total"]), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Your share", "Note"], rows,
            [22, 14, 54, 20, 16, 14, 20, 10], size=7.8, aligns="LLLRRRRC")
    d.text_line("Note N12", 10, "B")
    d.para(f"Not medically necessary. Records from the ordering cardiologist, Dr. {f['card']}, describe chest pain "
           "with a low pre-test probability of coronary artery disease. Coronary CT angiography is covered for "
           "intermediate pre-test probability (Kallavesi policy MP-214).", 9)
    d.text_line("Appeals", 10, "B")
    d.para(f"You have the right to appeal within 180 days of the date of this statement. Call {f['ph']} or write to "
           "Appeals Unit, PO Box 4415, Marquette, MI 49855.", 9)
    return pdf_bytes(d)


# ---- G: Haukivesi appeal decision upholding the calcium score denial
def doc_cac_appeal(f: dict) -> bytes:
    d = Page(footer="Haukivesi Mutual Health Insurance Company  ·  Appeals  ·  Page {p} of {n}")
    d.add_page()
    letterhead(d, HA, f["ph"])
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Appeal Decision: Denial Upheld", 13.5, "B")
    d.ln(1)
    d.pairs([("Appeal number", f["appeal"]), ("Original claim", f["claim"]), ("Patient", m[0]),
             ("Member ID", f["mid"]), ("Group", f["grp"]), ("Service", "75571 Coronary calcium score CT"),
             ("Date of service", fdate(f["dos"], ds)), ("Provider", f["center"]),
             ("Amount billed", usd(f["total"], "nosign")), ("Appeal received", fdate(f["received"], ds))],
            label_w=42)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}: You asked us to review our denial of the coronary calcium score CT. Dr. "
           f"{f['card']} wrote that the score helped decide whether you should start a statin. We understand why the "
           "test was ordered. A cardiologist who was not part of the first decision reviewed your appeal.")
    d.para("Decision: we are upholding the denial. The records show no chest pain or other heart symptoms before "
           "the scan. Under your plan, a test done to screen for disease in a person without symptoms is covered "
           "only when it is listed as a preventive service, and coronary calcium scoring is not listed. The plan "
           "excludes it as a screening service.")
    d.para("This was your first-level appeal. You may ask for a second-level appeal within 60 days of the date of "
           "this letter. After the second level, you may ask for an independent external review within 4 months.")
    d.para(f"Appeals Department, {HA}", 10)
    return pdf_bytes(d)


BUILD = {"cac_letter": doc_cac_letter, "rbm_low": doc_rbm_low, "cac_eob": doc_cac_eob,
         "rbm_approve": doc_rbm_approve, "ccta_stress": doc_ccta_stress, "ccta_eob": doc_ccta_eob,
         "cac_appeal": doc_cac_appeal}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ins = KE if k in ("rbm_low", "rbm_approve") else f["ins"]
    alts: dict = {}
    common = dict(insurer=ins, member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
                  denial_date=iso(f["notice"]), provider=f["center"])
    if ins == KE:
        alts["insurer"] = [HA]
        alts["provider"] = [f"Dr. {f['card']}"]
        common.update(case_numbers=[f["req"]], claim_amount=None)
    if k == "rbm_approve":
        alts["service_dates"] = [[iso(f["dos"], days(f["dos"], 60))]]
        return truth("other", None, alternates=alts, **common)
    if k == "cac_appeal":
        common["case_numbers"] = [f["appeal"], f["claim"]]
        alts["case_numbers"] = [[f["appeal"]]]
    dl = {"cac_letter": 180, "rbm_low": 60, "cac_eob": 180, "ccta_stress": 180, "ccta_eob": 180, "cac_appeal": 60}[k]
    common["appeal_deadline"] = iso(days(f["notice"], dl))
    doc_type = "eob" if k in ("cac_eob", "ccta_eob") else "denial_letter"
    if k.startswith("cac"):
        return truth(doc_type, "not_covered", alternates=alts, denial_alternates=["medical_necessity"], **common)
    return truth(doc_type, "medical_necessity", alternates=alts, **common)


# (stem suffix, condition, kind, insurer, date style)
PLAN = [
    ("bd_calcium_score_screening_exclusion_letter", "born_digital", "cac_letter", KA, "long"),
    ("bd_rbm_ccta_low_pretest_probability", "born_digital", "rbm_low", HA, "slash"),
    ("scan300_eob_calcium_score_beside_paid_visit", "scan_clean_300", "cac_eob", HA, "dmy"),
    ("lowres_rbm_ccta_approved_intermediate_risk", "scan_lowres_150", "rbm_approve", HA, "abbr"),
    ("copy_ccta_after_recent_stress_test", "photocopy", "ccta_stress", KA, "iso"),
    ("phone_eob_ccta_low_pretest", "phone_photo", "ccta_eob", KA, "upper"),
    ("rotated_appeal_upheld_calcium_screening", "rotated", "cac_appeal", HA, "dlong"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        r = random.Random(209500 + i)
        f = facts(r, ins, kind, ds)
        f["req"] = mixed(r, "KIM99999999")
        f["appeal"] = mixed(r, "APL-26-99999")
        f["stress"] = days(f["dos"], -r.randint(18, 40))
        f["ov_claim"] = mixed(r, "9999-999999-99")
        f["ov_amt"] = money(r, 160, 290)
        f["ov_date"] = days(f["dos"], -r.randint(9, 30))
        if kind == "cac_appeal":
            f["received"] = days(f["notice"], -r.randint(20, 35))
            f["dos"] = days(f["notice"], -r.randint(110, 150))
        if kind in ("rbm_low", "rbm_approve"):
            f["received"] = days(f["notice"], -r.randint(1, 3))
            f["dos"] = days(f["notice"], r.randint(7, 21))
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), make_truth(f))]))
    return items
