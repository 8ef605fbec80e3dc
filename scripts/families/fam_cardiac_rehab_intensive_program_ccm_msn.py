"""Family 'cardiac_rehab_intensive_program_ccm_msn': intensive cardiac rehabilitation (G0422 with exercise,
G0423 without exercise, per one-hour session) in hospital outpatient programs, with Medicare's limit of 72
sessions: sessions beyond the 72nd refused on Medicare Summary Notices (English and Spanish), by a Medicare
Advantage plan before the sessions, and on a contractor redetermination; around them a cardiologist's chronic care
management (99490) claim paid, a Medigap crossover statement, the hospital's rehab statement, a plan's request for
records (not a denial) and an approval of extra sessions after a new heart attack.

Documents: a two-page Part B MSN (CCM claim paid, the hospital's sessions 73-80 refused, stated filing date); a
scanned stack of a Medigap crossover statement, the blank back of its sheet and the hospital's rehab statement; a
phone photo of a Spanish MSN; a sideways MA approval of 24 more sessions; a low-resolution MA "Notice of Denial of
Medical Coverage" (facts in sentences); a photocopied contractor redetermination upholding the limit (facts in
sentences); a standard-fax request for records that decides nothing yet.

All insurers, hospitals, people and identifiers are invented (Medicare is the program name only).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cardiac_rehab_intensive_program_ccm_msn"
LANG = "en"
SEED = 325600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), face="sans", header=None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        reg, bold = {"sans": (None, BOLD), "serif": (SERIF, SERIF_B), "cond": (COND, COND_B),
                     "mono": (MONO, MONO_B)}[face]
        if reg:
            self.fonts.pop("dejavu", None)
            self.add_font("DejaVu", "", reg)
        self.add_font("DejaVu", "B", bold)

    def kv(self, rows, lw=40, size=9.2, x=None, h=5):
        for lab, val in rows:
            if x is not None:
                self.set_x(x)
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    s = (r.choice("123456789") + r.choice(a) + r.choice(a + "0123456789") + r.digits(1) + r.choice(a)
         + r.choice(a + "0123456789") + r.digits(1) + r.choice(a) + r.choice(a) + r.digits(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def weekdays(start: dt.date, n: int, step: int = 1) -> list[dt.date]:
    """n session days on Mondays, Wednesdays and Fridays from start."""
    out, d = [], start
    while len(out) < n:
        if d.weekday() in (0, 2, 4):
            out.append(d)
        d += dt.timedelta(days=step)
    return out


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    start = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    return dict(member=member, first=first, last=last, addr=r.address(lang), start=start,
                dob=dt.date(r.randint(1940, 1959), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


# ------------------------------------------------------------------ 0: English Part B MSN, two pages
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    num = mbi(r)
    hosp = "Carrow Bay Regional Hospital"
    prog = "HeartStrong Intensive Cardiac Rehab"
    cardio = f"{r.person()[0]}, MD"
    days = weekdays(f["start"], 4)
    ccm = days[0] - dt.timedelta(days=r.randint(10, 20))
    notice = days[-1] + dt.timedelta(days=r.randint(24, 34))
    by = notice + dt.timedelta(days=120)
    claim_h, claim_c = r.digits(13), r.digits(13)
    rate = float(r.randint(148, 196))
    ccm_b = float(r.randint(88, 130))
    billed = rate * 2 * len(days)
    d = Page("Medicare Summary Notice  ·  " + f["member"] + "  ·  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(232, 232, 232)
    d.rect(14, 12, 58, 96, style="F")
    d.set_xy(17, 15)
    for lab, val in [("Your Medicare number", num), ("Date of this notice", fmt_date(notice, "abbr")),
                     ("Claims processed", f"{fmt_date(notice - dt.timedelta(days=90), 'abbr')} to"),
                     ("", fmt_date(notice, "abbr")), ("Questions?", "1-800-MEDICARE"), ("TTY", "1-877-486-2048")]:
        d.set_x(17)
        if lab:
            d.font(7.2, "B")
            d.cell(52, 4, lab.upper(), new_x="LMARGIN", new_y="NEXT")
            d.set_x(17)
        d.font(9.6)
        d.cell(52, 5.6, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.set_xy(78, 14)
    d.font(15, "B")
    d.multi_cell(120, 7, "Medicare Summary Notice\nfor Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    d.set_x(78)
    d.font(8.4)
    d.multi_cell(120, 4.4, "The Official Summary of Your Medicare Claims from the Centers for Medicare & "
                 "Medicaid Services. THIS IS NOT A BILL.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(40)
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.set_x(78)
        d.font(10)
        d.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_y(70)
    d.set_x(78)
    d.font(11, "B")
    d.cell(0, 6, "Your providers this period", new_x="LMARGIN", new_y="NEXT")
    for nm, when, ok in [(cardio, fmt_date(ccm, "slash"), "Yes"),
                         (hosp, f"{fmt_date(days[0], 'slash')} - {fmt_date(days[-1], 'slash')}", "NO")]:
        d.set_x(78)
        d.font(9)
        d.cell(60, 5.2, nm)
        d.cell(46, 5.2, when)
        d.cell(0, 5.2, f"Approved all? {ok}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(114)
    d.text_line("Be Informed!", 11, "B", h=6)
    d.para("Cardiac rehabilitation: Medicare Part B covers up to 72 one-hour sessions of intensive cardiac "
           "rehabilitation, up to 6 sessions a day, within 18 weeks. Ask the program how many sessions you have "
           "used. Sample only: if a session costs $150.00, your 20% coinsurance would be $30.00.", 9)
    d.para("Chronic care management helps you manage two or more long-term conditions between visits.", 9)
    d.add_page()
    d.text_line("Your Claims for Part B", 12.5, "B", h=7)
    d.font(9.2, "B")
    d.cell(0, 5.4, f"{cardio}   ·   Claim {claim_c}", border="B", new_x="LMARGIN", new_y="NEXT")
    d.table(["Date", "Service", "Charged", "Approved", "Medicare paid", "You may be billed", "See note"],
            [[fmt_date(ccm, "slash"), "99490 Chronic care management, first 20 min", fmt_money(ccm_b),
              fmt_money(ccm_b * 0.55), fmt_money(ccm_b * 0.55 * 0.8), fmt_money(ccm_b * 0.55 * 0.2), ""]],
            [20, 70, 20, 20, 22, 22, 12], size=7.8, aligns="LLRRRRL")
    d.font(9.2, "B")
    d.cell(0, 5.4, f"{hosp} - {prog}   ·   Claim {claim_h}", border="B", new_x="LMARGIN", new_y="NEXT")
    rows = [[fmt_date(x, "slash"), "G0422 x2 Intensive cardiac rehab w/ exercise", fmt_money(rate * 2), "$0.00",
             "$0.00", fmt_money(rate * 2), "C"] for x in days]
    rows.append(["*Claim total", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""])
    d.table(["Date", "Service", "Charged", "Approved", "Medicare paid", "You may be billed", "See note"], rows,
            [20, 70, 20, 20, 22, 22, 12], size=7.8, aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para(f"C  Medicare paid for 72 sessions of intensive cardiac rehabilitation that started on "
           f"{fmt_date(f['start'] - dt.timedelta(days=120), 'long')}. These sessions are over the limit, so "
           "Medicare will not pay for them. You were given a notice before these sessions that Medicare probably "
           "would not pay, so you may be billed.", 8.8)
    d.text_line("How to File an Appeal", 10, "B", h=6)
    d.para(f"If you disagree with any claims decision on this notice, your appeal must be filed by "
           f"{fmt_date(by, 'long')}. Circle the services you disagree with and explain why on this page, sign it, "
           "and send it to the Medicare contractor at the address below.", 8.8)
    d.para("Medicare Part B Claims Office, Jurisdiction L, PO Box 8817, Erie, PA 16501", 8.4)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=f["member"],
              case_numbers=[claim_h], claim_amount=m2(billed), service_dates=[iso(x) for x in days],
              denial_date=iso(notice), provider=hosp, appeal_deadline=iso(by),
              denial_alternates=["medical_necessity"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "service_dates": [[iso(days[0], days[-1])]],
                          "provider": [f"{hosp} - {prog}", prog]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: Medigap crossover + hospital statement
def doc_crossover(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Marrowstone Life & Casualty Company"
    d = Page("Marrowstone Life & Casualty  -  Medicare Supplement Claim Statement  -  {p}/{n}", margins=(15, 13, 15),
             face="cond")
    d.add_page()
    d.text_line("MARROWSTONE", 19, "B", h=8.5)
    d.text_line("Life & Casualty Company  ·  Medicare Supplement Plan G  ·  PO Box 2271, Yuma, AZ 85364", 8.6, h=4.6)
    d.rule(0.8, 3)
    d.text_line("MEDICARE SUPPLEMENT CLAIM STATEMENT", 12, "B", h=6.5)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    d.kv([("Statement date:", fmt_date(f["xdate"], "long")), ("Insured:", f["member"]), ("Insured ID:", f["xid"]),
          ("Policy form:", "MLC-MS-G-2019"), ("Medicare no.:", f["mbi"])], lw=32, size=8.8, x=112, h=5)
    d.ln(4)
    d.para("Your Medicare claims were sent to us automatically by Medicare (crossover). Below is what we paid after "
           "Medicare.", 8.8)
    for c, icn, dates, mp, st, note in [(f["xc1"], f["icn1"], f["paid_days"], True, "Paid", ""),
                                        (f["xc2"], f["icn2"], f["days"], False, "Not paid", "M72")]:
        d.set_fill_color(210, 210, 210)
        d.font(8.6, "B")
        d.cell(0, 5.6, f" Supplement claim {c}   Medicare ICN {icn}   {f['hosp']}   {st}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in dates:
            ch = f["rate"] * 2
            appr = round(ch * 0.52, 2) if mp else 0.0
            rows.append([fmt_date(x, "slash"), "G0422", "2", fmt_money(ch), fmt_money(appr),
                         fmt_money(appr * 0.8), fmt_money(appr * 0.2), "$0.00", note])
        tot = f["rate"] * 2 * len(dates)
        rows.append(["*Total", "", "", fmt_money(tot), "", "", "", "", ""])
        d.table(["Date", "Code", "Units", "Charge", "Medicare approved", "Medicare paid", "We paid", "You owe",
                 "Note"], rows, [22, 16, 12, 22, 28, 24, 22, 18, 14], size=7.7, aligns="LLRRRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("M72  Medicare did not approve these sessions (over the 72-session limit for intensive cardiac "
           "rehabilitation). A Medicare supplement pays only its share of services Medicare approves, so we paid "
           "nothing. If Medicare later approves them on appeal, we will pay our share without a new claim.", 8.6)
    d.para("If you think we processed this claim incorrectly, you may ask us for a review within 60 days of the date "
           f"of this statement. Call {f['ph']}. To disagree with Medicare's decision, follow the appeal steps on your "
           "Medicare Summary Notice.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, member_id=f["xid"], member_name=f["member"],
              case_numbers=[f["xc2"]], claim_amount=m2(f["rate"] * 2 * len(f["days"])),
              service_dates=[iso(x) for x in f["days"]], denial_date=iso(f["xdate"]), provider=f["hosp"],
              appeal_deadline=iso(f["xdate"] + dt.timedelta(days=60)),
              denial_alternates=["other", "medical_necessity"],
              alternates={"case_numbers": [[f["xc2"], f["icn2"]]], "member_id": [f["mbi"]],
                          "service_dates": [[iso(f["days"][0], f["days"][-1])]],
                          "insurer": ["Marrowstone Life & Casualty"]})
    return pdf_bytes(d), t


def doc_hosp_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["xdate"] + dt.timedelta(days=r.randint(8, 15))
    acct = f"{r.digits(8)}"
    tot = f["rate"] * 2 * len(f["days"])
    d = Page(None, margins=(18, 14, 18), face="serif")
    d.add_page()
    d.text_line(f["hosp"], 14, "B", align="C", h=7)
    d.text_line("Patient Financial Services  ·  600 Old Mill Road, Bangor, ME 04401", 8.8, align="C", h=4.8)
    d.ln(4)
    d.text_line("Statement for Cardiac Rehabilitation Services", 11.5, "B", align="C", h=6.5)
    d.ln(3)
    d.kv([("Patient", f["member"]), ("Guarantor account", acct), ("Statement prepared", fmt_date(sd, "abbr")),
          ("Medicare ID on file", f["mbi"]), ("Supplement", f"Marrowstone Life & Casualty, ID {f['xid']}")],
         lw=46, size=9.4, h=5.4)
    d.ln(3)
    rows = [["", "", "Previous balance (earlier sessions, paid in full)", "$0.00"]]
    for i, x in enumerate(f["days"]):
        rows.append([fmt_date(x, "abbr"), "G0422 x 2", f"Intensive cardiac rehab, sessions {73 + 2 * i}-{74 + 2 * i}",
                     fmt_money(f["rate"] * 2)])
    rows += [["", "", "Medicare: not approved (session limit)", "$0.00"],
             ["", "", "Marrowstone supplement: not paid", "$0.00"],
             ["*Amount you owe", "", "", fmt_money(tot)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [32, 26, 90, 30], size=8.8, aligns="LLLR")
    d.para(f"You signed an Advance Beneficiary Notice before these sessions, so you are responsible for them. If you "
           f"appeal to Medicare, call us at {phone(r)} and we will hold your account while the appeal is decided. "
           "Ask us about our financial assistance policy and interest-free payment plans.", 9.4)
    d.para("This is a statement of your account, not an insurance decision.", 8.8)
    t = truth("other", None, member_id=f["mbi"], member_name=f["member"], claim_amount=m2(tot),
              service_dates=[iso(x) for x in f["days"]], denial_date=iso(sd), provider=f["hosp"],
              unscored=["insurer"], alternates={"member_id": [f["xid"], None],
                                                "service_dates": [[iso(f["days"][0], f["days"][-1])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mbi=mbi(r), xid=f"MLC{r.digits(9)}", hosp="Penobscot Heights Medical Center", ph=phone(r),
             rate=float(r.randint(150, 190)) + 0.5)
    f["paid_days"] = weekdays(f["start"], 3)
    f["days"] = weekdays(f["paid_days"][-1] + dt.timedelta(days=1), 3)
    f["xdate"] = f["days"][-1] + dt.timedelta(days=r.randint(30, 40))
    f.update(xc1=f"X{r.digits(10)}", xc2=f"X{r.digits(10)}", icn1=r.digits(13), icn2=r.digits(13))
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_crossover(r, f), doc_hosp_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------------ 2: Spanish MSN (phone photo)
def doc_es_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    num = mbi(r)
    hosp = "Hospital Metodista de Santa Ana"
    days = weekdays(f["start"], 3)
    notice = days[-1] + dt.timedelta(days=r.randint(25, 35))
    by = notice + dt.timedelta(days=120)
    claim = r.digits(13)
    rate = float(r.randint(140, 180)) + 0.25
    billed = rate * 3 * len(days)
    d = Page("Resumen de Medicare  -  Página {p} de {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Resumen de Medicare (MSN) para la Parte B (Seguro Médico)", 13, "B", h=7)
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid", 8.2, h=4.4)
    d.text_line("ESTO NO ES UNA FACTURA", 9, "B", h=5)
    d.ln(3)
    d.boxes([("Nombre", f["member"], 56), ("Número de Medicare", num, 42), ("Fecha de este aviso",
             fmt_date(notice, "es"), 50), ("Servicio al cliente", "1-800-633-4227", 36)], h=12, value_size=9.4)
    d.ln(4)
    d.text_line(f"{hosp}  ·  Número de reclamación {claim}", 9.6, "B", h=6)
    rows = [[fmt_date(x, "es_abbr"), "G0423 x3 Rehabilitación cardíaca intensiva sin ejercicio",
             fmt_money(rate * 3), "$0.00", "$0.00", fmt_money(rate * 3), "A"] for x in days]
    rows.append(["*Total", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""])
    d.table(["Fecha", "Servicio", "Cobrado", "Aprobado", "Pagado", "Puede deber", "Nota"], rows,
            [22, 74, 18, 16, 16, 22, 12], size=7.4, aligns="LLRRRRL")
    d.text_line("Notas", 10, "B", h=6)
    d.para("A  Medicare paga hasta 72 sesiones de rehabilitación cardíaca intensiva. Usted ya recibió las 72 "
           "sesiones, por lo que Medicare no paga estas sesiones adicionales.", 9)
    d.text_line("Cómo presentar una apelación", 10, "B", h=6)
    d.para(f"Si no está de acuerdo con alguna decisión de este aviso, debe presentar su apelación a más tardar el "
           f"{fmt_date(by, 'es')}. Marque los servicios, explique por qué no está de acuerdo, firme esta página y "
           "envíela al contratista de Medicare: Apartado 4120, Santa Ana, CA 92701.", 9)
    d.para("¡Infórmese! El período de inscripción abierta va del 15 de octubre al 7 de diciembre.", 8.6)
    t = truth("eob", "not_covered", lang="es", insurer="Medicare", member_id=num, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in days],
              denial_date=iso(notice), provider=hosp, appeal_deadline=iso(by),
              denial_alternates=["medical_necessity"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centros de Servicios de Medicare y Medicaid"],
                          "service_dates": [[iso(days[0], days[-1])]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: MA approval of extra sessions (rotated)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tidewell Senior Advantage"
    mid = f"TSA{r.digits(9)}"
    auth = f"AUTH-{r.digits(4)}-{r.letters(2)}{r.digits(3)}"
    hosp = "Lakemont Memorial Hospital"
    cardio = r.person()[0]
    dec = f["start"] + dt.timedelta(days=r.randint(2, 8))
    beg = dec + dt.timedelta(days=r.randint(5, 10))
    end = beg + dt.timedelta(days=83)
    mi = dec - dt.timedelta(days=r.randint(20, 35))
    d = Page("Tidewell Senior Advantage (HMO)   H7702_APV26   Page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Tidewell", 22, "B", h=9)
    d.text_line(f"Senior Advantage (HMO)   ·   Utilization Management   ·   {phone(r)}", 8.8, h=4.8)
    d.ln(6)
    d.text_line("Good news: your request is approved", 13, "B", h=7)
    d.ln(2)
    d.set_fill_color(240, 240, 240)
    y = d.get_y()
    d.rect(20, y, 176, 44, style="F")
    d.set_xy(24, y + 3)
    d.kv([("Decision date", fmt_date(dec, "dmy")), ("Member", f["member"]), ("Member ID", mid),
          ("Authorization", auth), ("Program", f"Intensive cardiac rehabilitation, {hosp}"),
          ("Approved", f"24 sessions (G0422), {fmt_date(beg, 'dmy')} through {fmt_date(end, 'dmy')}")],
         lw=38, size=9.2, x=24, h=6.4)
    d.set_y(y + 48)
    d.para(f"Dear {f['first']} {f['last']}: Dr. {cardio} asked us to cover more intensive cardiac rehabilitation "
           f"sessions after your new heart attack on {fmt_date(mi, 'long')}. You had already used the 72 sessions "
           "from your earlier course. Because you had a new qualifying event, your plan covers a new course, and we "
           "have approved the sessions above.", 10)
    d.para("Your share is the outpatient rehabilitation copay of $15.00 per day. Sessions after the end date or "
           "beyond 24 will need a new request. This approval is not a guarantee of payment if you are not a member "
           "on the date of service.", 10)
    d.para("Keep this letter. Show it to the rehabilitation staff at your first session.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(beg, end)], denial_date=iso(dec), provider=hosp,
              alternates={"service_dates": [[], [iso(beg)]], "provider": [cardio], "case_numbers": [[]],
                          "insurer": ["Tidewell Senior Advantage (HMO)", "Tidewell"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: MA IDN pre-service denial (low-res)
def doc_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillmark Health Advantage"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    ref = f"UM{r.digits(9)}"
    hosp = "Sallow Creek Medical Center"
    cardio = r.person()[0]
    notice = f["start"] + dt.timedelta(days=r.randint(0, 10))
    plan_d = notice + dt.timedelta(days=r.randint(4, 9))
    d = Page("Form CMS-10003-NDMCP   OMB Approval 0938-0829   Y0552_IDN_2026", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Quillmark Health Advantage", 13, "B", align="R", h=6.5)
    d.text_line(f"Member Services {phone(r)}  ·  TTY 711", 8.6, align="R", h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", h=7.5)
    d.ln(1)
    d.text_line(f"Date: {fmt_date(notice, 'mdy_nopad')}", 10, h=6)
    d.text_line(f"Name: {f['member']}        Member number: {mid}", 10, h=6)
    d.ln(3)
    d.para(f"We have denied the medical services listed below that you or your doctor asked for. Your doctor, "
           f"{cardio}, asked us on your behalf to cover 12 more sessions of intensive cardiac rehabilitation "
           f"(G0422) at {hosp}, to begin on {fmt_date(plan_d, 'long')}. Our reference number for this request is "
           f"{ref}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("Medicare covers up to 72 one-hour sessions of intensive cardiac rehabilitation for one qualifying "
           "event. Your records show you completed 72 sessions and have not had a new heart attack, heart surgery, "
           "or other new qualifying event since. Additional sessions are not a covered benefit under Medicare "
           "rules or Chapter 4 of your Evidence of Coverage. You may continue a home exercise program at no cost.",
           10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("Ask for an appeal within 65 calendar days of the date of this notice. If you think waiting 30 days for a "
           "standard decision could seriously harm your health, ask for a fast appeal, which we decide within 72 "
           "hours. Send a written appeal to Quillmark Appeals, PO Box 9014, Fargo, ND 58102.", 10)
    d.para(f"Your date of birth on our records: {fmt_date(f['dob'], 'mdy_nopad')}. Requesting physician NPI "
           f"{f['npi']}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(plan_d)], denial_date=iso(notice), provider=hosp,
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["medical_necessity"],
              alternates={"provider": [cardio], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: contractor redetermination (photocopy)
def doc_redet(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Medicare Services"
    num = mbi(r)
    icn, app = r.digits(13), f"R{r.digits(2)}-{r.digits(7)}"
    hosp = "Duluth Lakeside Hospital"
    days = weekdays(f["start"], 2)
    dec = days[-1] + dt.timedelta(days=r.randint(110, 140))
    billed = float(r.randint(160, 200)) * 2 * 2 * len(days) / 2
    d = Page(None, margins=(22, 18, 22), face="serif")
    d.add_page()
    d.text_line("HARROWGATE MEDICARE SERVICES", 12.5, "B", h=6.5)
    d.text_line("Part A and Part B Medicare Administrative Contractor  ·  Jurisdiction 6  ·  Redeterminations", 8.4,
                h=4.6)
    d.ln(6)
    d.text_line(fmt_date(dec, "long"), 10.5, h=6)
    d.ln(1)
    for ln in [hosp, "Cardiac Rehabilitation Billing", "14 Juniper Drive", "Duluth, MN 55802"]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line("Medicare Appeal Decision - Redetermination", 11.5, "B", h=6.5)
    d.ln(1)
    d.para(f"This letter answers the request for redetermination number {app} that your facility filed for "
           f"{f['member']} (Medicare number {num}). The request concerns claim {icn} for intensive cardiac "
           f"rehabilitation sessions (G0422) on {fmt_date(days[0], 'long')} and {fmt_date(days[1], 'long')}, "
           f"billed at {fmt_money(billed)}.", 10.5)
    d.text_line("Our decision is unfavorable.", 10.5, "B", h=6.5)
    d.para("Medicare covers intensive cardiac rehabilitation for up to 72 one-hour sessions. Our records show 72 "
           "sessions already paid for this beneficiary's course, which followed coronary bypass surgery. The "
           "records you sent describe continued benefit from exercise, but do not show a new qualifying event "
           "that would start a new course. Sessions beyond 72 for the same event are not covered. The beneficiary "
           "signed an Advance Beneficiary Notice, so the beneficiary is liable for the charges.", 10.5)
    d.text_line("What to do if you disagree", 10.5, "B", h=6.5)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor within 180 days of receiving "
           "this letter. Send the enclosed form and any new records.", 10.5)
    d.para("Sincerely,\n\nRedetermination Unit\nHarrowgate Medicare Services", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=num, member_name=f["member"],
              case_numbers=[icn, app], claim_amount=m2(billed), service_dates=[iso(x) for x in days],
              denial_date=iso(dec), provider=hosp, denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Medicare"], "case_numbers": [[app]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: MA request for records (standard fax)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brackenfield Medicare Advantage Plans"
    mid = f"BMA-{r.digits(8)}"
    req = f"{r.digits(2)}{r.letters(1)}{r.digits(7)}"
    hosp = "Macon Piedmont Heart Institute"
    dt_l = f["start"] + dt.timedelta(days=r.randint(1, 6))
    first = dt_l + dt.timedelta(days=r.randint(7, 12))
    due = dt_l + dt.timedelta(days=14)
    d = Page("Brackenfield Medicare Advantage Plans · Clinical Review · page {p}", margins=(18, 14, 18), face="mono")
    d.add_page()
    d.text_line("BRACKENFIELD MEDICARE ADVANTAGE PLANS", 12, "B", h=6.5)
    d.text_line(f"Clinical Review Department   Fax {phone(r)}", 8.6, h=4.6)
    d.rule(0.4, 3)
    d.text_line("REQUEST FOR ADDITIONAL INFORMATION", 11.5, "B", h=6.5)
    d.text_line("THIS IS NOT A DENIAL", 10, "B", h=5.5)
    d.ln(2)
    d.kv([("LETTER DATE ...", fmt_date(dt_l, "slash")), ("MEMBER .......", f["member"]),
          ("MEMBER NO. ....", mid), ("REQUEST NO. ...", req), ("FACILITY .....", hosp),
          ("SERVICE ......", "G0422 intensive cardiac rehab, 36 sessions"),
          ("FIRST SESSION ..", fmt_date(first, "slash"))], lw=44, size=9, h=5.4)
    d.ln(3)
    d.para("We received a request to cover more intensive cardiac rehabilitation sessions. We have not made a "
           "decision. To decide, we need the cardiologist's notes showing the new cardiac event (for example a "
           "hospital discharge summary after a heart attack or heart surgery) and a count of sessions already used.",
           9.2)
    d.para(f"Please send the records by {fmt_date(due, 'slash')}. We are taking up to 14 extra days to decide so "
           "that we can review them. If we do not receive them, we will decide using the information we have.", 9.2)
    d.para("You do not need to appeal now. If we later deny the request, you will get a written notice that explains "
           "your appeal rights. Questions: call Member Services, 8 a.m. to 8 p.m. (October 1 - March 31: seven "
           "days a week).", 9.2)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[req],
              service_dates=[iso(first)], denial_date=iso(dt_l), provider=hosp,
              alternates={"service_dates": [[]], "case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn", "born_digital"), (2, doc_es_msn, "es_msn", "phone_photo"),
              (3, doc_approval, "approval", "rotated"), (4, doc_idn, "idn", "scan_lowres_150"),
              (5, doc_redet, "redetermination", "photocopy"), (6, doc_hold, "records_request", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
