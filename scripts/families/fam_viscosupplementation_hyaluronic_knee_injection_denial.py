"""Family 'viscosupplementation_hyaluronic_knee_injection_denial': plan and Medicare Advantage letters, EOBs and a
Spanish Medicare Summary Notice on hyaluronic acid (viscosupplement) knee injections: HCPCS J7321-J7329 (per-dose
or per-course hyaluronan products) with the arthrocentesis codes 20610 (major joint, without ultrasound guidance)
and 20611 (with ultrasound guidance, permanent recording and reporting), and 76942 (ultrasound guidance for needle
placement) billed beside them.

Issuers (all invented): Halvorsen Ridge Health Plan (commercial; pre-service denial, upheld appeal, an approval
faxed to the practice), Corbel Mutual Health (commercial EOBs), Aldermoor Health Plan (Medicare Advantage; Notice of
Denial of Payment), Medicare (Spanish "Resumen de Medicare" for Part B).
Reasons: no failed corticosteroid injections or conservative care (letter, upheld appeal), a repeat course within
6 months of the last one (EOB with three weekly injection dates, Spanish MSN), a non-preferred product (MA notice),
ultrasound guidance 76942 billed separately with 20611 (EOB, injection paid); one approval.
Decoys: the physical therapist (records reviewed, a paid PT claim on the MSN), the earlier course's dates, dates of
birth, NPIs, request-received dates, X-ray dates, phone and fax numbers, allowed / paid / you-owe amounts.
Seeds random.Random(234500 + i); name lists are this family's own.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "viscosupplementation_hyaluronic_knee_injection_denial"
LANG = "en"

FIRST = ["Augustin", "Saoirse", "Temperance", "Olumide", "Vesna", "Cormac", "Ludmila", "Jarrah", "Philippa",
         "Emeka", "Rosamund", "Hiroshi", "Annelise", "Bartosz", "Chiamaka", "Leopold"]
LAST = ["Haverford", "Nakashima-Reed", "Oyebanji", "Thistlewood", "Kaczmarek", "Lindqvist", "Moravec",
        "Pennington", "Abiodun", "Castellucci", "Drummond", "Eriksen", "Fairweather", "Gallagher-Ito", "Sorensen"]
FIRST_ES = ["Eustaquio", "Remedios", "Anacleto", "Consuelo", "Baltasar", "Inmaculada"]
LAST_ES = ["Villaseñor", "Arriaga", "Betancourt", "Cisneros", "Olivares", "Zepeda"]
STREETS = ["Hawthorn Bend", "Mill Pond Road", "Quarrystone Lane", "Westerly Court", "Amberleaf Drive",
           "Tannery Street", "Birchfield Way"]
CITIES = [("Missoula", "MT", "59801"), ("Terre Haute", "IN", "47802"), ("Dothan", "AL", "36301"),
          ("Grand Junction", "CO", "81501"), ("Rutland", "VT", "05701"), ("Jonesboro", "AR", "72401")]
CITIES_ES = [("El Paso", "TX", "79901"), ("Mayagüez", "PR", "00680"), ("Yakima", "WA", "98901")]
ORTHO_DOCS = ["Dr. Evander Castlemaine", "Dr. Nkechi Aldridge", "Dr. Ruslan Petrenko", "Dr. Marguerite Osei",
              "Dr. Fionnuala Breck", "Dr. Tadeo Valdespino"]
PTS = ["Gwendolyn Ashby, PT, DPT", "Tobiah Marchetti, PT", "Ifeoma Carrow, DPT", "Lars Engqvist, PT, DPT",
       "Paloma Reinholt, PT"]
PRACTICES = ["Ridgeline Orthopaedic & Sports Medicine", "Kettle Creek Bone and Joint Clinic",
             "Summit Pass Sports Medicine Associates", "Larchwood Orthopedic Specialists, P.A."]
THERAPY = ["Stridewell Physical Therapy", "Motion Harbor Rehab & PT", "Kinetica Physical Therapy Group"]

HALV, CORB, ALDR, MEDI = ("Halvorsen Ridge Health Plan", "Corbel Mutual Health", "Aldermoor Health Plan",
                          "Medicare")
ADDR = {HALV: ("PO Box 77210", "Missoula, MT 59807"), CORB: ("2290 Foundry Crossing", "Terre Haute, IN 47808"),
        ALDR: ("PO Box 5518", "Dothan, AL 36302")}
HA = {"J7321": "Hyaluronan, intra-articular, per dose (Hyalgan/Supartz/Visco-3)",
      "J7323": "Hyaluronan, intra-articular, per dose (Euflexxa)",
      "J7324": "Hyaluronan, intra-articular, per dose (Orthovisc)",
      "J7325": "Hyaluronan (hylan G-F 20), intra-articular, 1 mg",
      "J7327": "Hyaluronan, intra-articular, per dose (Monovisc)",
      "J7328": "Hyaluronan, intra-articular, 0.1 mg (Gelsyn-3)"}


class R(random.Random):
    def digits(self, n: int) -> str:
        return "".join(self.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def person(self, lang: str = "en"):
        first = self.choice(FIRST_ES if lang == "es" else FIRST)
        last = self.choice(LAST_ES if lang == "es" else LAST)
        mid = self.choice("ABCDEFGHJKLMNPRSTVW")
        return f"{first} {mid}. {last}", first, mid, last

    def address(self, lang: str = "en"):
        city, st, z = self.choice(CITIES_ES if lang == "es" else CITIES)
        return f"{self.randint(14, 9870)} {self.choice(STREETS)}", f"{city}, {st} {z}"

    def phone(self) -> str:
        return f"1-{self.choice(['800', '833', '844', '855', '866', '877', '888'])}-{self.digits(3)}-{self.digits(4)}"

    def local(self) -> str:
        return f"({self.randint(201, 989)}) {self.digits(3)}-{self.digits(4)}"

    def npi(self) -> str:
        return self.choice("12") + self.digits(9)

    def money(self, lo: int, hi: int) -> float:
        return round(self.randint(lo, hi) + self.choice([0, 0.5, 0.25, self.randint(1, 99) / 100]), 2)


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def mbi(r: R) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def pairs(d: Doc, rows, lw: float = 52, size: float = 9.8, h: float = 5.2, x: float | None = None) -> None:
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(lw, h, k + ("" if k.endswith(":") else ":"))
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def wtable(d: Doc, head, rows, widths, size: float = 7.6, aligns: str | None = None, row_h: float = 5.2) -> None:
    """A ruled table whose header cells wrap (the MSN's long column titles)."""
    aligns = aligns or "L" * len(widths)
    d.font(size - 0.4, "B")
    lh = size * 0.45
    n = max(len(d.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
    hh = n * lh + 1.5
    x0, y0 = d.get_x(), d.get_y()
    x = x0
    for h, w in zip(head, widths):
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.5, y0 + 0.6)
        d.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1, align=a)
        d.ln(row_h)
    d.ln(2)


def address_block(d: Doc, name: str, addr, size: float = 10.5) -> None:
    for ln in (name, *addr):
        d.text_line(ln, size)
    d.ln(4)


def letterhead(d: Doc, ins: str, ph: str) -> None:
    a = ADDR.get(ins, ("", ""))
    if ins == HALV:
        d.text_line("Halvorsen Ridge", 20, "B")
        d.text_line("HEALTH PLAN", 9, "B")
        d.text_line(f"{a[0]}, {a[1]}    Member Services {ph}    TTY 711", 8.5)
        d.rule(0.6, 1)
    elif ins == CORB:
        d.text_line("CORBEL MUTUAL HEALTH", 16, "B", align="C")
        d.text_line(f"{a[0]}  ·  {a[1]}  ·  {ph}", 8.5, align="C")
        d.rule(0.3, 1)
    elif ins == ALDR:
        d.text_line("Aldermoor", 19, "B")
        d.text_line(f"{ALDR}  -  Medicare Advantage (HMO-POS)", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {ph}, TTY 711, 8 a.m. - 8 p.m., 7 days a week", 8.5)
        d.rule(0.5, 1)
    d.ln(4)


def facts(i: int, lang: str = "en") -> dict:
    r = R(234500 + i)
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    dos = dd(dec, -r.randint(20, 50))
    return dict(r=r, lang=lang, dec=dec, dos=dos, member=r.person(lang), addr=r.address(lang),
                dob=dt.date(r.randint(1944, 1975), r.randint(1, 12), r.randint(1, 28)),
                prac=r.choice(PRACTICES), doc=r.choice(ORTHO_DOCS), pt=r.choice(PTS), ptclinic=r.choice(THERAPY),
                ph=r.phone(), fax=r.local(), pnpi=r.npi(), ptnpi=r.npi(), prph=r.local())


# ---------------------------------------------------------------- A: pre-service, no failed steroid injections
def doc_a(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Halvorsen Ridge Health Plan  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, HALV, f["ph"])
    m = f["member"]
    mid, grp, ref = f"HRP-{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}", f"UM-{r.digits(4)}-{r.digits(6)}"
    recv = dd(f["dec"], -r.randint(3, 8))
    planned = dd(f["dec"], r.randint(7, 21))
    xray = dd(recv, -r.randint(30, 120))
    d.text_line(fmt_date(f["dec"], "long"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination - Pre-Service Request", 12.5, "B")
    d.ln(2)
    pairs(d, [("Patient", m[0]), ("Member ID", mid), ("Group number", grp), ("Reference number", ref),
              ("Request received", fmt_date(recv, "long")), ("Requesting provider", f"{f['doc']}, {f['prac']}"),
              ("Service requested", "J7324 hyaluronan (Orthovisc) x 3 doses with 20610, left knee"),
              ("Planned first injection", fmt_date(planned, "long"))], lw=50)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"We reviewed a request from {f['prac']} for a course of three hyaluronic acid (viscosupplement) "
           "injections into your left knee. We are denying this request because it is not medically necessary "
           "under our coverage rules.")
    d.text_line("Why we made this decision", 11, "B")
    d.para("Our medical policy MP-ORTH-118 (Hyaluronic Acid Injections of the Knee) covers viscosupplementation "
           "for osteoarthritis of the knee when the pain has not improved after at least 3 months of conservative "
           "therapy (exercise or physical therapy, weight loss when appropriate, and pain medicine) AND after at "
           "least one intra-articular corticosteroid injection that did not give adequate relief.")
    d.para(f"The records we received include the knee X-ray of {fmt_date(xray, 'long')} and therapy notes from "
           f"{f['pt']} at {f['ptclinic']}. They show 8 weeks of physical therapy and no corticosteroid "
           "injection into this knee. Because a steroid injection has not been tried, the criteria are not met.")
    d.para("A doctor board-certified in orthopaedic surgery made this decision. Your doctor may call us at "
           f"{f['ph']} to discuss it with the reviewer.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You or someone you name to act for you may appeal. Your appeal must be received within 180 days of "
           f"the date of this notice. Mail it to Halvorsen Ridge Appeals, {ADDR[HALV][0]}, {ADDR[HALV][1]}, or "
           f"fax it to {f['fax']}. If waiting could seriously harm your health you may ask for an expedited "
           "appeal; we decide those within 72 hours. You may also have the right to an external review after "
           "our appeal decision.")
    d.para("Sincerely,\nUtilization Management\nHalvorsen Ridge Health Plan")
    t = truth("denial_letter", "medical_necessity", "en", insurer=HALV, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)), alternates={"provider": [f["doc"]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: EOB, repeat course within 6 months
def doc_b(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, CORB, f["ph"])
    m = f["member"]
    mid, grp, claim = f"CMH{r.digits(8)}", f"GRP {r.digits(5)}", f"{r.digits(3)}-{r.digits(8)}-{r.digits(2)}"
    dates = [dd(f["dos"], -14), dd(f["dos"], -7), f["dos"]]
    drug, inj = r.money(310, 420), r.money(185, 260)
    p0 = dd(dates[0], -r.randint(120, 140))
    prev = [p0, dd(p0, 7), dd(p0, 14)]
    total = round(3 * (drug + inj), 2)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    y = d.get_y()
    pairs(d, [("Statement date", fmt_date(f["dec"], "abbr")), ("Patient", m[0]), ("Member ID", mid),
              ("Group", grp)], lw=32, size=9)
    d.set_xy(18 + 98, y)
    pairs(d, [("Claim number", claim), ("Provider", f["prac"]), ("Rendering", f"{f['doc']}"),
              ("Patient DOB", fmt_date(f["dob"], "slash"))], lw=28, size=9, x=18 + 98)
    d.ln(4)
    rows = []
    for x in dates:
        rows.append([fmt_date(x, "slash"), "J7321", "Hyaluronan per dose, R knee", fmt_money(drug, "nosign"),
                     "0.00", "0.00", "0.00", "VX4"])
        rows.append([fmt_date(x, "slash"), "20610", "Arthrocentesis/injection, major joint", fmt_money(inj, "nosign"),
                     "0.00", "0.00", "0.00", "VX4"])
    rows.append(["*Claim total", "", "", fmt_money(total, "nosign"), "0.00", "0.00", "0.00", ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
            [24, 15, 60, 20, 17, 17, 16, 12], size=8.2, aligns="LLLRRRRL")
    d.text_line("VX4 - Repeat course within 6 months", 10, "B")
    d.para("Your plan covers a repeat course of hyaluronic acid injections into the same knee only when at least "
           "6 months have passed since the last injection of the previous course and that course reduced pain "
           "for at least 6 months. Our records show an earlier course in the right knee:", 9.5)
    d.table(["Earlier course", "Code", "Status"],
            [[fmt_date(p, "slash"), "J7321 / 20610", "Paid"] for p in prev], [40, 40, 30], size=8.5)
    d.para("Less than 6 months passed between the two courses, so this repeat course is not medically necessary "
           "and was not paid. Because this is a network provider, you do not owe the denied amount.", 9.5)
    d.text_line("Appeal rights", 10, "B")
    d.para("You may appeal this decision. Send a written appeal within 180 days of the date you receive this "
           f"statement to Corbel Mutual Health, Member Appeals, {ADDR[CORB][0]}, {ADDR[CORB][1]}, or call "
           f"{f['ph']}. Include a copy of this statement and any records that support your request.", 9.2)
    t = truth("eob", "medical_necessity", "en", insurer=CORB, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(x) for x in dates],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=None,
              alternates={"provider": [f["doc"]], "appeal_deadline": [iso(dd(f["dec"], 180))]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: MA notice of denial of payment, non-preferred
def doc_c(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Form CMS-10003-NDMCP   OMB Approval 0938-0829")
    d.add_page()
    letterhead(d, ALDR, f["ph"])
    m = f["member"]
    mid, claim = f"ALD{r.digits(9)}", f"C{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    drug, inj = r.money(980, 1350), r.money(160, 240)
    total = round(drug + inj, 2)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C")
    d.ln(3)
    pairs(d, [("Date", fmt_date(f["dec"], "dmy")), ("Member name", m[0]), ("Member number", mid),
              ("Plan", "Aldermoor Advantage Select (HMO-POS) H4471-012"), ("Claim number", claim)], lw=38)
    d.ln(3)
    d.para("Your request was denied. We have denied payment for the medical services/items listed below that you "
           "received:", 10)
    d.table(["Date of service", "Code", "Item or service", "Amount billed"],
            [[fmt_date(f["dos"], "dmy"), "J7327", "Hyaluronan, single-injection product, L knee", fmt_money(drug)],
             [fmt_date(f["dos"], "dmy"), "20610", "Injection, major joint, without ultrasound", fmt_money(inj)],
             ["*Total", "", "", fmt_money(total)]], [32, 18, 96, 28], size=9, aligns="LLLR")
    d.para(f"Provider: {f['prac']} ({f['doc']}, NPI {f['pnpi']}).", 9.5)
    d.text_line("Why did we deny payment?", 11, "B")
    d.para("Aldermoor covers hyaluronic acid knee injections with its preferred products: J7321 (Hyalgan, "
           "Supartz FX or Visco-3) and J7323 (Euflexxa). The product given, J7327, is not a preferred product. A "
           "non-preferred product is covered only when the member cannot use any preferred product, and your "
           "doctor did not ask for an exception before the injection. The injection code 20610 is denied "
           "because it was billed only with the non-preferred product.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Aldermoor Health Plan to review our decision by asking us for an appeal "
           "(reconsideration). Ask for an appeal within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.")
    d.para("Standard appeal: we will give you a written decision within 60 days after we get your appeal about a "
           "payment. Fast appeals are not available for payment denials.", 9.5)
    d.para(f"Mail or fax your appeal to Aldermoor Appeals and Grievances, {ADDR[ALDR][0]}, {ADDR[ALDR][1]}; fax "
           f"{f['fax']}. Your physical therapy notes from {f['pt']} were part of the records we reviewed.", 9.5)
    t = truth("denial_letter", "not_covered", "en", insurer=ALDR, member_id=mid, member_name=m[0],
              plan_id="H4471-012", case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 65)),
              alternates={"provider": [f["doc"]], "plan_id": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: EOB, 76942 billed with 20611 denied
def doc_d(f: dict):
    r = f["r"]
    d = Doc("Times", footer=None)
    d.add_page()
    letterhead(d, CORB, f["ph"])
    m = f["member"]
    sub = r.person()
    mid, grp, claim = f"CMH{r.digits(8)}", f"GRP {r.digits(5)}", f"{r.digits(3)}-{r.digits(8)}-{r.digits(2)}"
    drug, inj, us = r.money(36, 58), r.money(240, 330), r.money(150, 230)
    units = 48
    dl = round(drug * units, 2)
    total = round(dl + inj + us, 2)
    allow_d, allow_i = round(dl * 0.62, 2), round(inj * 0.55, 2)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line(f"Issued {fmt_date(f['dec'], 'iso')}   -   keep this statement for your records", 9)
    d.ln(2)
    d.boxes([("Subscriber", sub[0], 45), ("Patient", m[0], 45), ("Member ID", mid, 45), ("Group", grp, 39)])
    d.ln(1)
    d.boxes([("Claim number", claim, 55), ("Provider", f["prac"], 119)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "iso"), "J7325", f"Hylan G-F 20, {units} mg", fmt_money(dl, "nosign"),
             fmt_money(allow_d, "nosign"), fmt_money(allow_d, "nosign"), "0.00", ""],
            [fmt_date(f["dos"], "iso"), "20611", "Injection, major joint, w/ US guidance", fmt_money(inj, "nosign"),
             fmt_money(allow_i, "nosign"), fmt_money(round(allow_i - 40, 2), "nosign"), "40.00", "CP"],
            [fmt_date(f["dos"], "iso"), "76942", "Ultrasonic guidance, needle placement", fmt_money(us, "nosign"),
             "0.00", "0.00", "0.00", "B7"],
            ["*Total", "", "", fmt_money(total, "nosign"), fmt_money(allow_d + allow_i, "nosign"),
             fmt_money(round(allow_d + allow_i - 40, 2), "nosign"), "40.00", ""]]
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [22, 14, 60, 20, 19, 19, 18, 10], size=8.3, aligns="LLLRRRRL")
    d.text_line("Notes", 11, "B")
    d.para("CP - Specialist copay applied.", 9.5)
    d.para("B7 - Not separately payable. Code 20611 already includes ultrasound guidance with permanent recording "
           "and reporting, so ultrasound guidance (76942) billed on the same day for the same joint is part of the "
           "injection and is not paid separately (NCCI procedure-to-procedure edit). Your provider may not bill you "
           "for this line.", 9.5)
    d.para(f"Questions? Call {f['ph']}. To appeal the denied line, write to us within 180 days of the date you "
           f"receive this statement at Member Appeals, {ADDR[CORB][0]}, {ADDR[CORB][1]}. Referral on file from "
           f"{f['ptclinic']} ({f['pt']}, NPI {f['ptnpi']}).", 9.5)
    t = truth("eob", "coding_error", "en", insurer=CORB, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=None,
              alternates={"claim_amount": [m2(us)], "appeal_deadline": [iso(dd(f["dec"], 180))]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- E: upheld appeal, no failed steroid injection
def doc_e(f: dict):
    r = f["r"]
    d = Doc("Times", footer="Page {p} of {n}", header=None)
    d.add_page()
    letterhead(d, HALV, f["ph"])
    m = f["member"]
    mid, grp = f"HRP-{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}"
    apl, claim = f"APL-{r.digits(7)}", f"HR{r.digits(11)}"
    dates = [f["dos"], dd(f["dos"], 7), dd(f["dos"], 14)]
    per = r.money(420, 560)
    total = round(per * 3, 2)
    recv = dd(f["dec"], -r.randint(20, 28))
    d.text_line(fmt_date(f["dec"], "upper"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Appeal Decision - Denial Upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("ID number", mid), ("Group", grp), ("Appeal number", apl),
              ("Claim number", claim), ("Appeal received", fmt_date(recv, "upper")),
              ("Provider", f"{f['prac']}"),
              ("Services", "J7323 hyaluronan (Euflexxa) with 20610, right knee"),
              ("Dates of service", ", ".join(fmt_date(x, "upper") for x in dates)),
              ("Amount billed", fmt_money(total))], lw=42)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para("You asked us to reconsider our denial of the claim for three hyaluronic acid injections into your "
           "right knee. A board-certified orthopaedic surgeon who was not involved in the first decision reviewed "
           "your appeal, the claim, your doctor's letter and the therapy notes.")
    d.text_line("Decision: we are upholding our denial", 11, "B")
    d.para("Medical policy MP-ORTH-118 requires that at least one intra-articular corticosteroid injection in the "
           "same knee failed to give adequate relief before hyaluronic acid is used. The appeal includes a note "
           f"from {f['pt']}, the physical therapist, describing 12 weeks of therapy, but no record of a "
           "corticosteroid injection. The injections were not medically necessary under the policy and the "
           "claim remains denied.")
    d.text_line("What you can do next", 11, "B")
    d.para("You may ask for a second-level appeal. Your request must be made within 60 days of the date of this "
           "letter. You may also ask for an external review by an independent review organization within 4 "
           f"months of this letter. Call {f['ph']} for help.")
    d.para("Sincerely,\nGrievance and Appeals Unit\nHalvorsen Ridge Health Plan")
    t = truth("denial_letter", "medical_necessity", "en", insurer=HALV, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[apl, claim], claim_amount=m2(total),
              service_dates=[iso(x) for x in dates], denial_date=iso(f["dec"]), provider=f["prac"],
              appeal_deadline=iso(dd(f["dec"], 60)), alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- F: approval faxed to the practice
def doc_f(f: dict):
    r = f["r"]
    d = Doc("Courier", footer=None)
    d.add_page()
    m = f["member"]
    mid, grp, auth = f"HRP-{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}", f"AUTH{r.digits(8)}"
    start = dd(f["dec"], r.randint(5, 12))
    end = dd(start, 89)
    steroid = dd(f["dec"], -r.randint(70, 110))
    d.text_line("HALVORSEN RIDGE HEALTH PLAN - UTILIZATION MANAGEMENT", 11, "B")
    d.text_line(f"FAX TO: {f['prac']}   FAX {f['prph']}", 9)
    d.text_line(f"FROM: UM Department   PHONE {f['ph']}   FAX {f['fax']}", 9)
    d.text_line(f"DATE: {fmt_date(f['dec'], 'slash')}   PAGES: 1", 9)
    d.rule(0.5, 2)
    d.text_line("AUTHORIZATION APPROVED", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("DOB", fmt_date(f["dob"], "slash")),
              ("Authorization #", auth), ("Ordering physician", f"{f['doc']} NPI {f['pnpi']}"),
              ("Servicing provider", f["prac"])], lw=48, size=9.5)
    d.ln(2)
    d.table(["Code", "Description", "Units", "From", "Through"],
            [["J7321", "Hyaluronan per dose, L knee", "3", fmt_date(start, "slash"), fmt_date(end, "slash")],
             ["20610", "Injection, major joint", "3", fmt_date(start, "slash"), fmt_date(end, "slash")]],
            [22, 70, 16, 32, 32], size=9)
    d.para(f"Criteria met: knee osteoarthritis on X-ray, 3 months of therapy with {f['pt']} and a corticosteroid "
           f"injection on {fmt_date(steroid, 'slash')} without lasting relief. The approval covers one course of "
           "three weekly injections of a preferred product. A repeat course needs a new request no sooner than 6 "
           "months after the last injection.", 9.5)
    d.para("This approval is not a guarantee of payment. Benefits are subject to eligibility and plan terms on the "
           "date of service.", 9)
    d.para("CONFIDENTIAL: this fax contains protected health information for the named provider only.", 8)
    t = truth("other", None, "en", insurer=HALV, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=iso(f["dec"]), provider=f["prac"],
              alternates={"provider": [f["doc"]], "service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: Spanish MSN, repeat series within 6 months
def doc_g(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    m = f["member"]
    num = mbi(r)
    claim, ptclaim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", \
        f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    units = 48
    drug, inj = r.money(900, 1300), r.money(150, 220)
    total = round(drug + inj, 2)
    ptdate = dd(f["dos"], r.randint(3, 9))
    pt_amt = r.money(140, 220)
    prev = dd(f["dos"], -r.randint(110, 150))
    dl = dd(f["dec"], 120)
    d.text_line("Resumen de Medicare", 18, "B")
    d.text_line("para la Parte B (Seguro Médico)", 11)
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid", 8)
    d.ln(3)
    y = d.get_y()
    address_block(d, m[0], f["addr"], 9.5)
    d.set_xy(112, y)
    pairs(d, [("Fecha del aviso", fmt_date(f["dec"], "es")), ("Número de Medicare", num)], lw=36, size=9, x=112)
    d.set_xy(18, y + 26)
    d.text_line(f"Este aviso es para las reclamaciones procesadas desde el {fmt_date(dd(f['dec'], -90), 'es')} "
                f"hasta el {fmt_date(f['dec'], 'es')}.", 9)
    d.ln(2)
    d.text_line("¿Aprobó Medicare todos los servicios?", 11, "B")
    d.para("NO. Medicare denegó 2 servicios. Busque NO en la columna \"¿Se aprobó el servicio?\". Vea la última "
           "página para saber cómo apelar.", 9)
    d.text_line("Si no está de acuerdo con una decisión de cobertura, presente una apelación", 11, "B")
    d.para(f"Las apelaciones deben presentarse antes del {fmt_date(dl, 'es')}.", 9.5)
    d.text_line("Sus reclamaciones de la Parte B (Seguro Médico)", 12, "B")
    d.ln(1)
    pairs(d, [("Número de reclamación", claim), ("Proveedor", f"{f['prac']}, {f['prph']}"),
              ("Médico", f["doc"])], lw=44, size=9)
    d.ln(1)
    head = ["Servicio prestado y código de facturación", "¿Se aprobó el servicio?", "Cantidad cobrada por el proveedor",
            "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare", "Lo máximo que se le puede facturar",
            "Vea las notas"]
    w = [62, 18, 22, 22, 20, 22, 14]
    wtable(d, head, [[f"{fmt_date(f['dos'], 'slash')} Hialuronano (J7325 x {units})", "NO", fmt_money(drug),
                    "$0.00", "$0.00", "$0.00", "A"],
                   [f"{fmt_date(f['dos'], 'slash')} Inyección de rodilla (20610)", "NO", fmt_money(inj), "$0.00",
                    "$0.00", "$0.00", "A"],
                   ["*Total de esta reclamación", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            w, size=7.6, aligns="LCRRRRC")
    pairs(d, [("Número de reclamación", ptclaim), ("Proveedor", f"{f['ptclinic']}"), ("Terapeuta", f["pt"])],
          lw=44, size=9)
    ok = round(pt_amt * 0.6, 2)
    wtable(d, head, [[f"{fmt_date(ptdate, 'slash')} Ejercicio terapéutico (97110)", "Sí", fmt_money(pt_amt),
                    fmt_money(ok), fmt_money(round(ok * 0.8, 2)), fmt_money(round(ok * 0.2, 2)), ""]],
            w, size=7.6, aligns="LCRRRRC")
    d.text_line("Notas de las reclamaciones", 10, "B")
    d.para(f"A  Medicare no paga una nueva serie de inyecciones de ácido hialurónico en la misma rodilla antes de "
           f"6 meses desde la serie anterior ({fmt_date(prev, 'es')}). Usted no tiene que pagar este servicio a "
           "menos que haya firmado un Aviso Anticipado al Beneficiario (ABN).", 9)
    d.add_page()
    d.text_line("Cómo apelar una reclamación denegada", 12, "B")
    d.para(f"Si no está de acuerdo con una decisión de este aviso, puede apelar antes del {fmt_date(dl, 'es')}. "
           "1. Marque con un círculo los servicios con los que no está de acuerdo. 2. Explique por escrito por qué "
           "no está de acuerdo. 3. Escriba su nombre, teléfono y número de Medicare en esta página. 4. Envíe esta "
           "página a: Servicios de Medicare Sierra Clara, Redeterminaciones de la Parte B, PO Box 30418, "
           "El Paso, TX 79998.", 9.5)
    d.para("Llame al 1-800-MEDICARE (1-800-633-4227) si necesita ayuda. Los usuarios de TTY deben llamar al "
           "1-877-486-2048.", 9)
    t = truth("eob", "medical_necessity", "es", insurer=MEDI, member_id=num, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dl),
              alternates={"provider": [f["doc"]], "insurer": ["Servicios de Medicare Sierra Clara"]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_no_failed_steroid_injection", "born_digital", doc_a, "en"),
    ("bd_eob_repeat_course_within_6_months", "born_digital", doc_b, "en"),
    ("scan300_ma_nonpreferred_product_payment", "scan_clean_300", doc_c, "en"),
    ("lowres_eob_ultrasound_guidance_bundled", "scan_lowres_150", doc_d, "en"),
    ("copy_appeal_upheld_three_injections", "photocopy", doc_e, "en"),
    ("faxfine_um_approval_preferred_course", "fax_fine_g4", doc_f, "en"),
    ("rotated_msn_es_serie_repetida", "rotated", doc_g, "es"),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{suffix}", cond, [fn(facts(i, lang))]) for i, (suffix, cond, fn, lang) in enumerate(PLAN)]
