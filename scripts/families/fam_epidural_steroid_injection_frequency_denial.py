"""Family 'epidural_steroid_injection_frequency_denial': plan and pain benefit manager letters, EOBs and a Medicare
Summary Notice on lumbar and cervical epidural steroid injections (CPT 62321 cervical/thoracic interlaminar with
imaging guidance, 62323 lumbar/sacral interlaminar with imaging guidance, 64483 transforaminal lumbar/sacral single
level, 64484 each additional level).

Issuers (all invented): Wrenfield Health Partners (commercial plan; post-service letter and an approval),
SpineAxis Benefit Management (pain/spine benefit manager writing for Wrenfield; pre-service denial), Tessaly Health
Plan (Medicare Advantage; statement EOB and a Notice of Denial of Medical Coverage in the CMS-10003 shape),
Medicare (a Part B Medicare Summary Notice), Plan de Salud Arboleda Azul (Spanish EOB).
Reasons: more than four sessions in 12 months (letter and MSN), a repeat injection without 50% pain relief
documented (EOB, Spanish EOB), no imaging guidance documented, no 4 weeks of conservative care; one approval.
Decoys: the ordering spine surgeon, the earlier injection dates (a history table), date of birth, NPIs, the
request-received date, phone/fax numbers, the MRI date, the allowed and member-owed amounts.
Seeds random.Random(213500 + i); name lists are this family's own.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "epidural_steroid_injection_frequency_denial"
LANG = "en"

FIRST = ["Oluwaseun", "Margit", "Thaddeus", "Priyanka", "Casimir", "Leilani", "Bartholomew", "Ngozi", "Henrike",
         "Dashiell", "Soraya", "Evander", "Yevgenia", "Lachlan", "Fumiko", "Reginald"]
LAST = ["Achebe-Lund", "Fenwright", "Kowalewski", "Thornbury", "Matsuda", "Okonjo", "Rasmussen", "Delahaye",
        "Bhattacharya", "Quennell", "Stavros", "Holmqvist", "Adeyemi", "Castellanos", "Wyndham", "Petrakis"]
FIRST_ES = ["Maricela", "Anselmo", "Rocío", "Fulgencio", "Yadira", "Teodoro"]
LAST_ES = ["Barragán", "Echeverría", "Valdivia", "Quiñones", "Sepúlveda", "Arredondo"]
STREETS = ["Wickham Terrace", "Loganberry Lane", "Foundry Road", "Tamarind Court", "Bellweather Ave",
           "Cobblestone Way", "Ridgemont Drive"]
CITIES = [("Corvallis", "OR", "97330"), ("Muncie", "IN", "47303"), ("Florence", "SC", "29501"),
          ("Kearney", "NE", "68847"), ("Casper", "WY", "82601"), ("Augusta", "ME", "04330")]
CITIES_ES = [("Brownsville", "TX", "78520"), ("Kissimmee", "FL", "34741"), ("Ponce", "PR", "00716")]
PAIN_DOCS = ["Dr. Ruairi Castellane", "Dr. Adaeze Molyneux", "Dr. Tomasz Wierzbicki", "Dr. Imelda Santangelo",
             "Dr. Kofi Ansah-Whitby", "Dr. Svetlana Orlov"]
SURGEONS = ["Dr. Hollis Brandvold", "Dr. Zainab Al-Mansouri", "Dr. Corwin Ashgrove", "Dr. Lucinda Ferreira-Poole",
            "Dr. Magnus Thorvaldsen", "Dr. Perpetua Nwosu"]

WREN, SPAX, TESS, MEDI, ARB = ("Wrenfield Health Partners", "SpineAxis Benefit Management",
                               "Tessaly Health Plan", "Medicare", "Plan de Salud Arboleda Azul")
ADDR = {WREN: ("PO Box 40817", "Corvallis, OR 97339"), SPAX: ("1180 Larkspur Commons, Suite 300", "Muncie, IN 47304"),
        TESS: ("PO Box 9921", "Florence, SC 29502"), ARB: ("Apartado 3307", "Ponce, PR 00732")}
PRACTICES = ["Northbridge Spine & Pain Institute", "Kestrel Ridge Ambulatory Surgery Center",
             "Ostrander Interventional Pain Associates", "Foxhollow Pain Medicine, P.C."]
CODES = {"62321": "Injection(s), cervical/thoracic epidural, interlaminar, with imaging guidance",
         "62323": "Injection(s), lumbar/sacral epidural, interlaminar, with imaging guidance",
         "64483": "Transforaminal epidural injection, lumbar/sacral, single level, with imaging guidance",
         "64484": "Transforaminal epidural injection, lumbar/sacral, each additional level",
         "77003": "Fluoroscopic guidance for spine injection"}
CODES_ES = {"64483": "Inyección epidural transforaminal, lumbar/sacra, un nivel, con guía por imagen",
            "64484": "Inyección epidural transforaminal, cada nivel adicional"}


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


def address_block(d: Doc, name: str, addr, size: float = 10.5) -> None:
    for ln in (name.upper() if size < 10 else name, *addr):
        d.text_line(ln, size)
    d.ln(4)


def letterhead(d: Doc, ins: str, ph: str, sub: str = "") -> None:
    a = ADDR.get(ins, ("", ""))
    if ins == WREN:
        d.text_line("WRENFIELD", 22, "B")
        d.text_line("HEALTH PARTNERS", 9, "B")
        d.rule(0.7, 1.5)
        d.text_line(f"{a[0]}  |  {a[1]}  |  Member Services {ph}", 8.5)
    elif ins == SPAX:
        d.text_line(SPAX, 15, "B")
        d.text_line(sub or f"Spine and pain utilization management on behalf of {WREN}", 8.5)
        d.text_line(f"{a[0]}, {a[1]}   Tel {ph}", 8.5)
        d.rule(0.3, 1)
    elif ins == TESS:
        d.text_line("Tessaly", 20, "B")
        d.text_line(f"{TESS} (HMO)  -  Medicare Advantage", 9)
        d.text_line(f"{a[0]}, {a[1]}   {ph} (TTY 711)", 8.5)
        d.rule(0.5, 1)
    elif ins == ARB:
        d.text_line(ARB, 15, "B")
        d.text_line(f"{a[0]}, {a[1]}  ·  Servicios al Afiliado {ph}", 8.5)
        d.rule(0.5, 1)
    d.ln(4)


def facts(i: int, lang: str = "en") -> dict:
    r = R(213500 + i)
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    dos = dd(dec, -r.randint(18, 45))
    return dict(r=r, lang=lang, dec=dec, dos=dos, member=r.person(lang), addr=r.address(lang),
                dob=dt.date(r.randint(1941, 1988), r.randint(1, 12), r.randint(1, 28)),
                prac=r.choice(PRACTICES), pain=r.choice(PAIN_DOCS), surg=r.choice(SURGEONS), ph=r.phone(),
                fax=r.local(), pnpi=r.npi(), snpi=r.npi(), prph=r.local())


# ---------------------------------------------------------------- A: letter, fifth session in 12 months
def doc_a(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Wrenfield Health Partners  -  page {p} of {n}")
    d.add_page()
    letterhead(d, WREN, f["ph"])
    m = f["member"]
    mid, grp, claim = f"WHP{r.digits(9)}", f"G-{r.digits(5)}", f"{r.digits(4)}-{r.digits(7)}"
    prior = sorted({dd(f["dos"], -k) for k in (r.randint(300, 330), r.randint(230, 270), r.randint(150, 190),
                                                  r.randint(60, 100))})
    total = r.money(1450, 2300)
    d.text_line(fmt_date(f["dec"], "long"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Claim denial - epidural steroid injection", 12.5, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Group number", grp), ("Claim number", claim),
              ("Date of service", fmt_date(f["dos"], "long")), ("Procedure", "62323 - lumbar interlaminar epidural"),
              ("Amount billed", fmt_money(total)), ("Provider", f"{f['prac']} ({f['pain']})"),
              ("Referred by", f"{f['surg']}, orthopedic spine surgery")])
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"We reviewed the claim from {f['prac']} for the lumbar epidural steroid injection you received on "
           f"{fmt_date(f['dos'], 'long')}. We are not able to pay this claim.")
    d.text_line("Why we denied this claim", 11, "B")
    d.para("Our medical policy MP-7.01.44 (Epidural Steroid Injections for Back and Neck Pain) covers no more than "
           "four epidural injection sessions in a rolling 12-month period, for all spinal regions combined. Our "
           "records show four sessions already paid in the 12 months before this date of service:")
    d.table(["Session", "Date of service", "Code", "Status"],
            [[str(k + 1), fmt_date(p, "slash"), "62323" if k % 2 == 0 else "64483", "Paid"]
             for k, p in enumerate(prior)] + [["5", fmt_date(f["dos"], "slash"), "62323", "Denied"]],
            [22, 40, 26, 30], size=9)
    d.para("A fifth session within 12 months is not medically necessary under this policy. The reviewer was a "
           "board-certified anesthesiologist with pain medicine training.")
    d.text_line("If you disagree", 11, "B")
    d.para("You or your provider may appeal. Send your written appeal within 180 days of the date of this letter "
           f"to Wrenfield Appeals, {ADDR[WREN][0]}, {ADDR[WREN][1]}, or fax {f['fax']}. You may ask for the policy "
           "and the documents we used free of charge. If your health is in serious danger you may ask for an "
           "urgent appeal; we answer those within 72 hours.")
    d.para("You may owe the provider for this service only if your provider's contract allows it. Providers in "
           "our network may not bill you for services denied as not medically necessary.")
    d.para("Sincerely,\nClaims Review Department\nWrenfield Health Partners")
    t = truth("denial_letter", "medical_necessity", "en", insurer=WREN, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)),
              alternates={"provider": [f["pain"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: MA EOB, repeat without 50% relief
def doc_b(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, TESS, f["ph"])
    m = f["member"]
    mid, claim = f"T{r.digits(8)}01", f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    l1, l2 = r.money(1100, 1650), r.money(520, 780)
    total = round(l1 + l2, 2)
    prev = dd(f["dos"], -r.randint(21, 40))
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    x = d.get_x()
    y = d.get_y()
    pairs(d, [("Statement date", fmt_date(f["dec"], "slash")), ("Member", m[0]), ("Member ID", mid),
              ("Plan", "Tessaly Advantage Core (HMO) H6617-004")], lw=36, size=9)
    d.set_xy(x + 105, y)
    pairs(d, [("Claim number", claim), ("Provider", f["prac"]), ("Rendering", f["pain"]),
              ("NPI", f["pnpi"])], lw=28, size=9, x=x + 105)
    d.ln(4)
    d.table(["Date(s)", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"], "slash"), "64483", "Transforaminal ESI L4-L5", fmt_money(l1, "nosign"), "0.00",
              "0.00", "0.00", "N21"],
             [fmt_date(f["dos"], "slash"), "64484", "Each additional level L5-S1", fmt_money(l2, "nosign"), "0.00",
              "0.00", "0.00", "N21"],
             ["*Claim total", "", "", fmt_money(total, "nosign"), "0.00", "0.00", "0.00", ""]],
            [24, 14, 56, 22, 18, 18, 16, 12], size=8.3, aligns="LLLRRRRL")
    d.text_line("Note N21", 10, "B")
    d.para(f"A repeat epidural steroid injection is covered only when the prior injection (here on "
           f"{fmt_date(prev, 'slash')}) gave at least 50% pain relief for at least 6 weeks, documented in the "
           "record. The records sent show 20-30% relief lasting about two weeks. The repeat injection is not "
           "medically necessary. A network provider cannot bill you for this denied service.", 9.5)
    d.text_line("Your deductible and out-of-pocket totals", 10, "B")
    d.para(f"Plan year 2026 medical deductible: {fmt_money(r.money(150, 240))} of {fmt_money(257)} met. "
           f"Maximum out-of-pocket: {fmt_money(r.money(900, 2500))} of {fmt_money(5900)} met.", 9)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with our decision, you can ask for a reconsideration. You must ask within 65 days of "
           f"the date of this statement. Call {f['ph']} or write to Tessaly Appeals and Grievances, "
           f"{ADDR[TESS][0]}, {ADDR[TESS][1]}. The order for this injection came from {f['surg']} "
           f"(NPI {f['snpi']}).", 9.5)
    t = truth("eob", "medical_necessity", "en", insurer=TESS, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 65)),
              plan_id="H6617-004", alternates={"provider": [f["pain"]], "plan_id": [None]},
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: RBM pre-service, no imaging guidance
def doc_c(f: dict):
    r = f["r"]
    d = Doc("Times", footer=None)
    d.add_page()
    letterhead(d, SPAX, f["ph"])
    m = f["member"]
    mid, grp = f"WHP{r.digits(9)}", f"G-{r.digits(5)}"
    req, case = f"SAX-{r.digits(8)}", f"UM{r.digits(7)}"
    recv = dd(f["dec"], -r.randint(2, 6))
    planned = dd(f["dec"], r.randint(6, 20))
    d.boxes([("Date of notice", fmt_date(f["dec"], "abbr"), 45), ("Request number", req, 50),
             ("Case ID", case, 45), ("Request received", fmt_date(recv, "abbr"), 40)])
    d.ln(4)
    address_block(d, m[0], f["addr"])
    d.text_line("Adverse Determination - Pre-Service Request", 12.5, "B")
    d.ln(2)
    pairs(d, [("Patient", m[0]), ("Date of birth", fmt_date(f["dob"], "slash")), ("Wrenfield member ID", mid),
              ("Group", grp), ("Requesting provider", f"{f['pain']}, {f['prac']}"),
              ("Service requested", "62321 Cervical interlaminar epidural steroid injection, C6-C7"),
              ("Planned date of service", fmt_date(planned, "abbr"))], lw=55)
    d.ln(3)
    d.para(f"SpineAxis Benefit Management reviews spine and pain procedures for {WREN}. We reviewed the request "
           f"from {f['prac']} and we cannot approve it.")
    d.text_line("Reason for the decision", 11, "B")
    d.para("The procedure plan describes a cervical epidural injection by loss of resistance without fluoroscopic "
           "or CT guidance and without contrast confirmation. Our guideline SAX-SP-112 requires that cervical "
           "epidural steroid injections be done under imaging guidance with contrast. An injection without "
           "imaging guidance is not medically necessary and is not covered. Your doctor may send a new request "
           "that includes fluoroscopic guidance.")
    d.para(f"The MRI of {fmt_date(dd(recv, -r.randint(40, 90)), 'abbr')} and the referral from {f['surg']} "
           "were reviewed.", 10)
    d.text_line("How to appeal", 11, "B")
    d.para("You, your representative, or your doctor may ask Wrenfield for an appeal within 180 days of the date "
           f"of this notice. Send it to {WREN} Appeals, {ADDR[WREN][0]}, {ADDR[WREN][1]}. Your doctor may also "
           f"ask for a peer-to-peer discussion by calling {f['ph']} within 14 days.")
    d.para("Physician reviewer: Dr. Ignatius Falkenrath, Physical Medicine and Rehabilitation", 9.5)
    t = truth("denial_letter", "medical_necessity", "en", insurer=SPAX, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[req, case], service_dates=[iso(planned)], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)),
              alternates={"insurer": [WREN], "provider": [f["pain"]], "case_numbers": [[req], [case]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: MA Notice of Denial, no conservative care
def doc_d(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Form CMS-10003-NDMCP")
    d.add_page()
    letterhead(d, TESS, f["ph"])
    m = f["member"]
    mid = f"T{r.digits(8)}01"
    ref = f"OD-{r.digits(4)}-{r.digits(5)}"
    planned = dd(f["dec"], r.randint(5, 15))
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", align="C")
    d.ln(3)
    pairs(d, [("Date", fmt_date(f["dec"], "dmy")), ("Name", m[0]), ("Member number", mid),
              ("Reference number", ref)], lw=40)
    d.ln(3)
    d.para(f"Your request was denied. We have denied the medical services/items listed below requested by you or "
           f"your doctor: Lumbar transforaminal epidural steroid injection, L5-S1 (64483), with {f['prac']}, "
           f"planned for {fmt_date(planned, 'dmy')}.")
    d.text_line("Why did we deny your request?", 11, "B")
    d.para("We denied the medical services/items listed above because our coverage rules for epidural steroid "
           "injections require that your back pain and leg pain have not improved after at least 4 weeks of "
           "conservative care, such as physical therapy, a home exercise program or anti-inflammatory medicine. "
           f"The notes from {f['pain']} and from {f['surg']} say your pain started about 10 days before the "
           "visit and that no physical therapy or medicine has been tried yet. You may ask again after 4 weeks "
           "of conservative care.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Tessaly Health Plan to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have "
           "a good reason for missing the deadline.")
    d.text_line("There are 2 kinds of appeals", 11, "B")
    d.para("Standard appeal - We'll give you a written decision on a standard appeal within 30 days after we get "
           "your appeal. Fast appeal - We'll give you a decision on a fast appeal within 72 hours after we get your "
           "appeal. You can ask for a fast appeal if you or your doctor believe that your health could be seriously "
           "harmed by waiting up to 30 days.")
    d.para(f"How to ask for an appeal: mail or fax your request to {TESS} Appeals, {ADDR[TESS][0]}, "
           f"{ADDR[TESS][1]}; fax {f['fax']}. Call {f['ph']}, TTY 711, 8 a.m. to 8 p.m., 7 days a week.", 9.5)
    t = truth("denial_letter", "medical_necessity", "en", insurer=TESS, member_id=mid, member_name=m[0],
              case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(f["dec"]), provider=f["prac"],
              appeal_deadline=iso(dd(f["dec"], 65)), alternates={"provider": [f["pain"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- E: approval
def doc_e(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer=None)
    d.add_page()
    letterhead(d, WREN, f["ph"])
    m = f["member"]
    mid, grp, auth = f"WHP{r.digits(9)}", f"G-{r.digits(5)}", f"PA{r.digits(9)}"
    planned = dd(f["dec"], r.randint(4, 12))
    valid_to = dd(f["dec"], 60)
    d.text_line(fmt_date(f["dec"], "slash"))
    d.ln(2)
    address_block(d, m[0], f["addr"])
    d.text_line("Your request is approved", 13, "B")
    d.ln(2)
    d.boxes([("Member ID", mid, 50), ("Group", grp, 32), ("Authorization number", auth, 52),
             ("Patient DOB", fmt_date(f["dob"], "slash"), 40)])
    d.ln(4)
    d.para(f"Dear {m[1]} {m[3]}: Good news. We approved the request from {f['prac']} for a lumbar interlaminar "
           f"epidural steroid injection (62323) at L4-L5 with fluoroscopic guidance. The injection is scheduled "
           f"for {fmt_date(planned, 'slash')}.")
    d.table(["Service", "Code", "Units", "Approved from", "Approved through"],
            [["Lumbar ESI, interlaminar", "62323", "1", fmt_date(f["dec"], "slash"), fmt_date(valid_to, "slash")]],
            [60, 20, 16, 40, 40], size=9)
    d.para("The records show six weeks of physical therapy and medicine without relief and an MRI with a "
           f"disc herniation at L4-L5, as described by your spine surgeon, {f['surg']}. This approval counts "
           "as one of the four injection sessions allowed in 12 months.")
    d.para("Approval is not a guarantee of payment; benefits depend on your eligibility and plan terms on the "
           f"date of service. Questions? Call Member Services at {f['ph']}.")
    d.para("Utilization Management, Wrenfield Health Partners")
    t = truth("other", None, "en", insurer=WREN, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[auth], service_dates=[iso(planned)], denial_date=iso(f["dec"]), provider=f["prac"],
              alternates={"service_dates": [[iso(f["dec"], valid_to)], [iso(planned), iso(f["dec"], valid_to)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- F: Medicare Summary Notice
def doc_f(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    m = f["member"]
    num = mbi(r)
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    billed = r.money(1300, 2100)
    prd_from = dd(f["dec"], -92)
    dl = dd(f["dec"], 120)
    d.text_line("Medicare Summary Notice", 18, "B")
    d.text_line("for Part B (Medical Insurance)", 11)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.ln(3)
    y = d.get_y()
    address_block(d, m[0], f["addr"], 9.5)
    d.set_xy(115, y)
    pairs(d, [("Notice Date", fmt_date(f["dec"], "long")), ("Medicare Number", f"XXXXXXX{num[-4:]}")], lw=32, size=9, x=115)
    d.set_xy(18, y + 26)
    d.text_line(f"This notice is for claims processed from {fmt_date(prd_from, 'long')} to "
                f"{fmt_date(f['dec'], 'long')}.", 9)
    d.ln(2)
    d.text_line("Your Deductible Status", 11, "B")
    d.para(f"Your deductible is what you must pay for most health services before Medicare begins to pay. "
           f"Part B Deductible: You have now met {fmt_money(257)} of your {fmt_money(257)} deductible for 2026.", 9)
    d.text_line("Did Medicare Approve All Services?", 11, "B")
    d.para("NO. Medicare denied 1 service. Look for NO in the \"Service Approved?\" column on page 2. See the "
           "last page for how to handle a denied claim.", 9)
    d.text_line("If you disagree with a coverage decision, file an appeal", 11, "B")
    d.para(f"Mark the services you disagree with on the last page and send it to the address shown. "
           f"File an appeal by {fmt_date(dl, 'long')}.", 9.5)
    d.para(f"Call 1-800-MEDICARE (1-800-633-4227) for help. Medicare Number on your card: {num}.", 9)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    pairs(d, [("Claim number", claim), ("Provider", f"{f['prac']}, {f['prph']}"),
              ("Referred by", f"{f['surg']}"), ("Service provided by", f["pain"])], lw=40, size=9)
    d.ln(2)
    d.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes Below"],
            [[f"{fmt_date(f['dos'], 'slash')} Lumbar epidural injection (62323)", "NO", fmt_money(billed),
              "$0.00", "$0.00", "$0.00", "A"],
             ["*Total for this claim", "", fmt_money(billed), "$0.00", "$0.00", "$0.00", ""]],
            [62, 18, 22, 22, 20, 22, 14], size=7.8, aligns="LCRRRRC")
    d.text_line("Notes for Claims Above", 10, "B")
    d.para("A  Medicare won't pay for this service because it is more than the number of epidural steroid "
           "injection sessions covered in a 12-month period (4 sessions, all regions of the spine combined), "
           "under the local coverage determination for epidural steroid injections for pain management. "
           "Your provider must not bill you unless you signed an Advance Beneficiary Notice (ABN).", 9)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 12, "B")
    d.para(f"If you disagree with a coverage or payment decision on this notice, you can file an appeal by "
           f"{fmt_date(dl, 'long')}. Follow these steps: 1. Circle the service(s) you disagree with. 2. Explain "
           f"in writing why you disagree. 3. Write your name, phone number and Medicare Number on this page. "
           f"4. Send this page to: Ashcombe Plains Medicare Services, Part B Redeterminations, PO Box 61072, "
           f"Kearney, NE 68848.", 9.5)
    d.para("Your name: ______________________   Your phone number: (___) ___-______", 9.5)
    d.para("Your Medicare Number: ___________________", 9.5)
    t = truth("eob", "medical_necessity", "en", insurer=MEDI, member_id=num, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dl),
              alternates={"provider": [f["pain"]], "insurer": ["Ashcombe Plains Medicare Services"]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: Spanish EOB, repeat without 50% relief
def doc_g(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, ARB, f["ph"])
    m = f["member"]
    mid, grp, claim = f"AAZ-{r.digits(8)}", f"{r.digits(6)}", f"R{r.digits(10)}"
    l1, l2 = r.money(980, 1500), r.money(410, 700)
    total = round(l1 + l2, 2)
    prev = dd(f["dos"], -r.randint(28, 45))
    d.text_line("Explicación de Beneficios (EOB)", 15, "B")
    d.text_line("Esto no es una factura.", 9)
    d.ln(2)
    pairs(d, [("Fecha de la explicación", fmt_date(f["dec"], "es")), ("Afiliado(a)", m[0]),
              ("Número de afiliado", mid), ("Grupo", grp), ("Número de reclamación", claim),
              ("Proveedor", f"{f['prac']} - {f['pain']}"),
              ("Fecha de nacimiento", fmt_date(f["dob"], "slash"))], lw=58, size=9.5)
    d.ln(3)
    rows = [[fmt_date(f["dos"], "slash"), "64483", CODES_ES["64483"][:44], fmt_money(l1), "$0.00", "DN7"],
            [fmt_date(f["dos"], "slash"), "64484", CODES_ES["64484"][:44], fmt_money(l2), "$0.00", "DN7"],
            ["*Total", "", "", fmt_money(total), "$0.00", ""]]
    d.table(["Fecha", "Código", "Descripción", "Facturado", "Pagado", "Nota"], rows, [24, 16, 80, 24, 20, 12],
            size=8.3, aligns="LLLRRL")
    d.text_line("DN7 - Motivo de la denegación", 10.5, "B")
    d.para(f"Una inyección epidural de esteroides repetida solo se cubre si la inyección anterior (del "
           f"{fmt_date(prev, 'es')}) produjo un alivio del dolor de al menos 50% durante 6 semanas o más, y ese "
           "alivio está documentado en el expediente. El expediente no documenta ese alivio. Por eso, la inyección "
           "repetida no es médicamente necesaria y no se pagó. Un proveedor de la red no le puede cobrar este "
           "servicio.", 9.5)
    d.text_line("Su derecho a apelar", 10.5, "B")
    d.para("Si no está de acuerdo, puede presentar una apelación por escrito dentro de 180 días a partir de la "
           f"fecha de esta explicación. Envíela a {ARB}, Unidad de Apelaciones, {ADDR[ARB][0]}, {ADDR[ARB][1]}, o "
           f"llame al {f['ph']}. La orden de la inyección vino del cirujano de columna {f['surg']}.", 9.5)
    t = truth("eob", "medical_necessity", "es", insurer=ARB, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)),
              alternates={"provider": [f["pain"]]}, type_alternates=["denial_letter"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_letter_fifth_session_in_12_months", "born_digital", doc_a, "en"),
    ("bd_ma_eob_repeat_without_50pct_relief", "born_digital", doc_b, "en"),
    ("scan300_rbm_cervical_no_imaging_guidance", "scan_clean_300", doc_c, "en"),
    ("lowres_ma_notice_no_conservative_care", "scan_lowres_150", doc_d, "en"),
    ("copy_approval_lumbar_interlaminar", "photocopy", doc_e, "en"),
    ("faxstd_msn_session_limit", "fax_standard_g4", doc_f, "en"),
    ("rotated_spanish_eob_sin_alivio", "rotated", doc_g, "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, fn, lang) in enumerate(PLAN):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [fn(facts(i, lang))]))
    return items
