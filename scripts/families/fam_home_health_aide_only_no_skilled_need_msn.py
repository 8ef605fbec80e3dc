"""Family 'home_health_aide_only_no_skilled_need_msn': home health aide visits (G0156, revenue code 0571) refused by
Medicare or a Medicare Advantage plan because the patient had no skilled need (no nursing or therapy at the same
time) or was not homebound, next to the Medicaid personal care benefit that pays for the same help at home.

Documents: a two-page Part A Medicare Summary Notice with an earlier paid home health period and the aide-only period
denied (stated "must be filed by" date, open-enrollment dates as decoy); a standard-fax stack of a cover sheet and
two letters from one Medicare Advantage plan for a married couple (a CMS-10003 style denial of aide visits for one,
an approval of skilled nursing and aide visits for the other); the home health agency's statement (left remittance
column, visit dates, a change-of-care notice date as decoy); a phone photo of a Spanish payment-denial notice from a
Medicare Advantage plan in Puerto Rico (facts only in sentences); a state Medicaid personal care approval with
fair-hearing rights (not a denial); a sideways Medicare contractor redetermination upholding a homebound denial
(facts in sentences, QIC limit counted from receipt); a low-resolution Part C EOB with three claims, only the aide
claim denied.

All values invented (plans, agencies, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "home_health_aide_only_no_skilled_need_msn"
LANG = "en"
SEED = 318600
FD = "/usr/share/fonts/truetype/dejavu/"
ES_MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), face: str = "Sans", header: str | None = None):
        fam = {"Sans": "DejaVu", "Serif": "DjSerif", "Cond": "DjCond", "Mono": "DjMono"}[face]
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("DjSerif", "", FD + "DejaVuSerif.ttf")
        self.add_font("DjSerif", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("DjCond", "", FD + "DejaVuSansCondensed.ttf")
        self.add_font("DjCond", "B", FD + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("DjMono", "", FD + "DejaVuSansMono.ttf")
        self.add_font("DjMono", "B", FD + "DejaVuSansMono-Bold.ttf")
        self.base_font = fam


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + '0123456789')}{r.digits(1)}-{r.choice(a)}"
            f"{r.choice(a + '0123456789')}{r.digits(1)}-{r.choice(a)}{r.choice(a)}{r.digits(2)}")


def older(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang), ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1932, 1956), r.randint(1, 12), r.randint(1, 28)))


def visits(start: dt.date, n: int, step: tuple[int, int], r: Rand) -> list[dt.date]:
    out, d = [], start
    for _ in range(n):
        out.append(d)
        d = d + dt.timedelta(days=r.randint(*step))
    return out


# ---------------------------------------------------------------- 0: Part A MSN (born digital, 2 pages)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = older(r)
    m = mbi(r)
    agency = "Evergreen Hearth Home Health, LLC"
    p1s = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 20))
    p1e = p1s + dt.timedelta(days=29)
    p2s = p1e + dt.timedelta(days=1)
    p2e = p2s + dt.timedelta(days=29)
    notice = p2e + dt.timedelta(days=r.randint(25, 40))
    file_by = notice + dt.timedelta(days=120)
    c1, c2 = f"21{r.digits(3)}{r.digits(8)}", f"21{r.digits(3)}{r.digits(8)}"
    n_aide = r.randint(10, 14)
    aide = round(n_aide * r.choice([68.0, 72.5, 79.0]), 2)
    sn1 = float(r.randint(2300, 3100))
    aide1 = float(r.randint(520, 780))
    d = Page("{p}", margins=(16, 12, 16), header=f"{f['member'].upper()}   Medicare Number {m}   Page {{p}} of {{n}}")
    d.footer_fmt = "Page {p} of {n}"
    d.header_text = f"{f['member'].upper()}   Medicare Number {m}"
    d.add_page()
    d.font(17, "B")
    d.cell(0, 8, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    d.text_line("for Part A (Hospital Insurance)", 12, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.4,
                h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=4.9)
    d.set_y(y)
    d.set_x(112)
    d.set_line_width(0.4)
    d.rect(110, y - 1, 88, 31)
    for lab, val in [("Medicare Number", m), ("Date of This Notice", fmt_date(notice, "long")),
                     ("Claims Processed Between", f"{fmt_date(p1e, 'abbr')} - {fmt_date(notice - dt.timedelta(days=3), 'abbr')}")]:
        d.set_x(113)
        d.font(8.2)
        d.cell(0, 4.4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(113)
        d.font(10, "B")
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 34)
    d.font(11, "B")
    d.cell(90, 7, "Your Deductible Status")
    d.cell(0, 7, "Your Claims & Costs This Period", new_x="LMARGIN", new_y="NEXT")
    d.font(8.8)
    y = d.get_y()
    d.multi_cell(86, 4.5, "Your Part A deductible does not apply to home health services. You have no home health "
                 "copayment for covered visits.", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(112, y)
    d.multi_cell(86, 4.5, f"Did Medicare approve all services?  NO\nSee page 2 to see what was denied.\n"
                 f"Total you may be billed:  {fmt_money(aide)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_fill_color(232, 232, 232)
    d.font(10, "B")
    d.cell(0, 7, "  Be Informed", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para("Medicare's Open Enrollment runs October 15 - December 7. Review your coverage for next year. Call "
           "1-800-MEDICARE (1-800-633-4227) for help. Protect yourself from fraud: compare the dates on this notice "
           "with your own calendar of visits.", 8.8)
    d.para("Home health care is covered only when you are homebound and need skilled nursing care or therapy on an "
           "intermittent basis. Help with bathing and dressing alone (home health aide services) is not covered "
           "without a skilled need.", 8.8)
    d.add_page()
    d.text_line("Your Home Health Claims for Part A", 13, "B", h=7.5)
    d.ln(1)
    for claim, ps, pe, rows, note in [
            (c1, p1s, p1e, [("Skilled nursing visits (G0299 x 8)", sn1, 0.0, sn1, 0.0, ""),
                            ("Home health aide visits (G0156 x 8)", aide1, 0.0, aide1, 0.0, "")], ""),
            (c2, p2s, p2e, [(f"Home health aide visits (G0156 x {n_aide})", aide, aide, 0.0, aide, "A, B")], "")]:
        d.font(9.4, "B")
        d.cell(0, 5.5, f"{agency}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.8, f"Claim Number: {claim}   Dates of Service: {fmt_date(ps, 'slash')} - {fmt_date(pe, 'slash')}",
               new_x="LMARGIN", new_y="NEXT")
        trs = [[a, fmt_money(b), fmt_money(c), fmt_money(dd), fmt_money(e), g] for a, b, c, dd, e, g in rows]
        trs.append(["*Total for this claim", fmt_money(sum(x[1] for x in rows)), fmt_money(sum(x[2] for x in rows)),
                    fmt_money(sum(x[3] for x in rows)), fmt_money(sum(x[4] for x in rows)), ""])
        d.table(["Service Provided", "Provider Charged", "Non-covered", "Medicare Paid",
                 "May Be Billed", "Notes"], trs, [62, 29, 26, 26, 25, 12], size=8.2, aligns="LRRRRL",
                head_fill=True)
        d.ln(1)
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para("A  Medicare doesn't pay for home health aide visits unless you also need intermittent skilled nursing "
           "care, physical therapy, speech-language pathology services, or continuing occupational therapy. The plan "
           "of care for this period lists no skilled services.", 8.6)
    d.para("B  You may be billed because the agency gave you a written notice before these visits that Medicare "
           "probably would not pay.", 8.6)
    d.text_line("How to Handle Denials or File an Appeal", 10, "B", h=6)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(file_by, 'long')}. Circle the services you disagree with, explain why, and send this notice "
           "with your name, phone number and Medicare Number to: Medicare Claims Office, Jurisdiction HH+H, PO Box "
           "100238, Columbia, SC 29202.", 8.6)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=m, member_name=f["member"], case_numbers=[c2],
              claim_amount=m2(aide), service_dates=[iso(p2s, p2e)], denial_date=iso(notice), provider=agency,
              appeal_deadline=iso(file_by), type_alternates=["denial_letter"],
              denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: two letters for two members
PLAN = "Cascade Peak Health Plans, Inc."
PLAN_NAME = "Cascade Peak Medicare Advantage (HMO)"


def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829   H4417_IDN26_M", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cascade Peak Health Plans", 12, "B", h=6)
    d.text_line(f"{PLAN}  .  Medical Management  .  2200 Timberline Avenue, Bend, OR 97701  .  {f['ph']}", 8.2, h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(3)
    for lab, val in [("Date:", fmt_date(f["notice"], "long")), ("Member number:", f["mid1"]),
                     ("Name:", f["member"])]:
        d.font(10, "B")
        d.cell(38, 6, lab)
        d.font(10)
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your request was denied", 11, "B", h=6.5)
    d.para(f"We have denied the medical services/items listed below requested by you or your doctor: home health "
           f"aide visits (G0156), three visits a week from {fmt_date(f['s1'], 'long')} through "
           f"{fmt_date(f['e1'], 'long')}, requested by {f['agency']} (reference number {f['ref']}).", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("We denied the visits because Medicare rules, which your plan follows, cover home health aide services "
           "only when you also need skilled nursing or therapy. Your physical therapy ended on the date your "
           "therapist discharged you, and the new plan of care asks only for help with bathing and dressing. The "
           f"notes also show you drive to church and to the store each week, so you are not homebound. "
           f"{PLAN_NAME} Evidence of Coverage, Chapter 4, Section 2.1.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask us to review our denial. This is called a reconsideration. You must ask "
           "within 65 calendar days of the date listed at the top of this notice. If you ask for an appeal after "
           "65 days, you must explain why your appeal is late. We will decide a standard appeal within 30 days; "
           "if waiting could seriously harm your health, ask for a fast appeal and we will decide within 72 hours.",
           10)
    d.para(f"Call {f['ph']} or write to Appeals, Cascade Peak Health Plans, PO Box 9130, Bend, OR 97708. You may "
           "ask for a free copy of the guidelines we used.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=f["mid1"], member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[iso(f["s1"], f["e1"])], denial_date=iso(f["notice"]),
              provider=f["agency"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["medical_necessity", "eligibility"],
              alternates={"insurer": [PLAN_NAME, "Cascade Peak Health Plans"], "service_dates": [[iso(f["s1"])]]})
    return pdf_bytes(d), t


def doc_spouse_approval(r: Rand, f: dict) -> tuple[bytes, dict]:
    s = f["spouse"]
    auth = f"CP-HH-{r.digits(7)}"
    d = Page("Cascade Peak Medicare Advantage (HMO)  .  H4417_APR26_M", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cascade Peak Health Plans", 12, "B", h=6)
    d.text_line(f"{PLAN}  .  Medical Management  .  2200 Timberline Avenue, Bend, OR 97701  .  {f['ph']}", 8.2, h=4.6)
    d.ln(5)
    d.text_line("Notice of Approval", 14, "B", align="C", h=8)
    d.ln(3)
    for lab, val in [("Date:", fmt_date(f["notice"], "long")), ("Member number:", s["mid"]), ("Name:", s["member"])]:
        d.font(10, "B")
        d.cell(38, 6, lab)
        d.font(10)
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We approved the home health services that {f['agency']} asked for on your behalf after your hospital "
           f"stay. Approval number {auth} covers skilled nursing visits (G0299) twice a week and home health aide "
           f"visits (G0156) up to three times a week from {fmt_date(s['s'], 'long')} through "
           f"{fmt_date(s['e'], 'long')}.", 10)
    d.para("Your nurse will teach wound care and check your medicines; because you need skilled nursing and are "
           "homebound after surgery, the aide visits are covered while the nursing visits continue. You pay $0 "
           "for covered home health visits.", 10)
    d.para("Before the approval ends, the agency will tell us whether you still need care. If we later decide to "
           "stop or reduce these services, we will send you a notice that explains your appeal rights.", 10)
    t = truth("other", None, insurer=PLAN, member_id=s["mid"], member_name=s["member"], case_numbers=[auth],
              service_dates=[iso(s["s"], s["e"])], denial_date=iso(f["notice"]), provider=f["agency"],
              alternates={"insurer": [PLAN_NAME, "Cascade Peak Health Plans"], "service_dates": [[], [iso(s["s"])]]})
    return pdf_bytes(d), t


def item_couple(r: Rand) -> Item:
    f = older(r)
    spouse_first = r.choice(["Harriet", "Odette", "Ingrid", "Yolanda", "Naomi"])
    smid = r.choice("ABCDEFGHJKLMNPRSTVW")
    f["spouse"] = dict(member=f"{spouse_first} {smid}. {f['last']}", mid=f"{r.digits(9)}02")
    f["mid1"] = f"{f['spouse']['mid'][:9]}01"
    f["agency"] = "Fernhill Home Care Agency"
    f["ref"] = f"UM{r.digits(8)}"
    f["notice"] = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 60))
    f["s1"] = f["notice"] + dt.timedelta(days=r.randint(4, 9))
    f["e1"] = f["s1"] + dt.timedelta(days=55)
    f["spouse"]["s"] = f["notice"] + dt.timedelta(days=2)
    f["spouse"]["e"] = f["spouse"]["s"] + dt.timedelta(days=59)
    a = doc_idn(r, f)
    b = doc_spouse_approval(r, f)
    return Item(f"{FAMILY}_fax_two_members", "fax_standard_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 2: home health agency statement (photocopy)
def doc_agency_statement(r: Rand) -> tuple[bytes, dict]:
    f = older(r)
    m = mbi(r)
    agency = "Sweetgrass Home Health Services"
    start = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    vs = visits(start, 5, (2, 3), r)
    rate = r.choice([74.0, 81.5, 86.25])
    total = rate * len(vs)
    stmt = vs[-1] + dt.timedelta(days=r.randint(40, 55))
    hhccn = start - dt.timedelta(days=r.randint(1, 3))
    acct = f"SG{r.digits(6)}"
    icn = f"{r.digits(13)}"
    d = Page("Sweetgrass Home Health Services  .  statement", margins=(12, 12, 12), face="Cond")
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.rect(12, 12, 54, 150, style="F")
    d.set_xy(15, 16)
    d.font(11, "B")
    d.multi_cell(48, 5.5, "SWEETGRASS\nHOME HEALTH\nSERVICES", new_x="LMARGIN", new_y="NEXT")
    y = 40
    for lab, val in [("REMIT TO", "PO Box 2291\nSavannah, GA 31401"), ("ACCOUNT", acct),
                     ("STATEMENT DATE", fmt_date(stmt, "dmy")), ("AMOUNT DUE", fmt_money(total)),
                     ("QUESTIONS", f"(555) {r.digits(3)}-{r.digits(4)}\nMon-Fri 8-4")]:
        d.set_xy(15, y)
        d.font(7.4, "B")
        d.cell(48, 4, lab)
        d.set_xy(15, y + 4.5)
        d.font(9.4)
        d.multi_cell(48, 4.6, val)
        y += 20 if "\n" in val else 15
    d.set_xy(72, 16)
    d.set_left_margin(72)
    d.text_line("Statement of Account", 15, "B", h=8)
    d.text_line(f["member"], 10, h=5.2)
    for a in f["addr"]:
        d.text_line(a, 10, h=5.2)
    d.ln(3)
    d.text_line(f"Medicare Number: {m}        Date of birth: {fmt_date(f['dob'], 'dmy')}", 8.8, h=5)
    d.text_line(f"Medicare claim (ICN): {icn}", 8.8, h=5)
    d.ln(3)
    rows = [[fmt_date(v, "dmy"), "0571 / G0156", "Home health aide visit", fmt_money(rate)] for v in vs]
    rows.append(["", "", "Total charges", fmt_money(total)])
    rows.append(["", "", "Medicare payment (denied: no skilled service)", "0.00"])
    rows.append(["*Your balance", "", "", fmt_money(total)])
    d.table(["Visit date", "Rev / HCPCS", "Service", "Charge"], rows, [26, 26, 54, 22], size=8.6, aligns="LLLR",
            border_head="TB")
    d.para(f"Medicare denied these aide visits because no nurse or therapist was visiting during this time. On "
           f"{fmt_date(hhccn, 'dmy')} you signed a Home Health Change of Care Notice saying you wanted the aide visits "
           "and understood you might have to pay for them. You may still appeal Medicare's decision; the Medicare "
           "Summary Notice you received explains how.", 8.8)
    d.para("If Medicaid or another plan covers personal care for you, tell us and we will bill it. Payment plans "
           "are available.", 8.8)
    t = truth("other", None, member_id=m, member_name=f["member"], case_numbers=[icn], claim_amount=m2(total),
              service_dates=[iso(v) for v in vs], denial_date=iso(stmt), provider=agency, unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None], "service_dates": [[iso(vs[0], vs[-1])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish MA payment denial (phone photo)
def doc_es_denial(r: Rand) -> tuple[bytes, dict]:
    f = older(r, "es")
    ins = "Cemí Salud Advantage, Inc."
    mid = f"CS{r.digits(9)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    agency = "Cuidado en el Hogar del Turabo"
    s = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 50))
    e = s + dt.timedelta(days=r.randint(18, 26))
    billed = round(r.randint(9, 13) * 71.0, 2)
    notice = e + dt.timedelta(days=r.randint(24, 36))
    def es(d0: dt.date) -> str:
        return f"{d0.day} de {ES_MES[d0.month - 1]} de {d0.year}"
    d = Page("Formulario CMS-10003-NDMCP (español)  .  H7702_AVISO26_C", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cemí Salud Advantage", 15, "B", h=7.5)
    d.text_line(f"{ins}  .  Calle Betances 210, Caguas, PR 00725  .  Servicios al socio {f['ph']}", 8.2, h=4.6)
    d.ln(6)
    d.text_line("AVISO DE DENEGACIÓN DE PAGO", 13.5, "B", align="C", h=8)
    d.ln(2)
    d.text_line(f"Fecha: {es(notice)}", 10, h=6)
    d.text_line(f"Nombre: {f['member']}", 10, h=6)
    d.ln(2)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Hemos denegado el pago de las visitas de asistente de salud en el hogar (G0156) que {agency} le "
           f"brindó del {es(s)} al {es(e)}. La reclamación número {claim}, por un total facturado de "
           f"{fmt_money(billed)}, fue presentada bajo su número de socio {mid}.", 10)
    d.text_line("¿Por qué denegamos el pago?", 11, "B", h=6.5)
    d.para("Medicare, y por lo tanto su plan, paga las visitas de un asistente de salud en el hogar solamente "
           "cuando usted también necesita cuidado de enfermería especializada o terapia. Durante esas fechas no "
           "recibió ningún servicio especializado, y las notas de la agencia indican que usted salía de su casa "
           "sin ayuda. Evidencia de Cobertura, Capítulo 4.", 10)
    d.text_line("Usted tiene derecho a apelar", 11, "B", h=6.5)
    d.para("Puede pedirnos que revisemos esta decisión. Debe pedir la apelación dentro de 65 días calendario a "
           "partir de la fecha de este aviso. Si la pide más tarde, debe explicar por qué se atrasó. Envíe su "
           "petición a Apelaciones, Cemí Salud Advantage, Apartado 8810, Caguas, PR 00726, o llámenos.", 10)
    d.para("Este aviso no es una factura. La agencia no puede cobrarle más de lo permitido por su plan mientras "
           "su apelación esté pendiente.", 9.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(s, e)], denial_date=iso(notice),
              provider=agency, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["medical_necessity", "eligibility"],
              alternates={"insurer": ["Cemí Salud Advantage"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Medicaid personal care approval (scan)
def doc_pcs_approval(r: Rand) -> tuple[bytes, dict]:
    f = older(r)
    ins = "North Dakota Department of Human Services"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    notice_no = f"NOD-{r.digits(7)}"
    agency = "Bluebonnet Attendant Care"
    notice = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 60))
    s = notice + dt.timedelta(days=r.randint(7, 14))
    e = s + dt.timedelta(days=182)
    d = Page("Form DMA-PCS-4 (01/26)", margins=(18, 14, 18), face="Serif")
    d.add_page()
    d.text_line("North Dakota Department of Human Services", 12, "B", align="C", h=6.5)
    d.text_line("Division of Medical Assistance", 10, "B", align="C", h=5.5)
    d.text_line("600 East Boulevard Avenue, Bismarck, ND 58505", 8.6, align="C", h=5)
    d.ln(4)
    d.text_line("NOTICE OF DECISION - PERSONAL CARE SERVICES", 12.5, "B", align="C", h=7)
    d.ln(3)
    d.boxes([("Notice date", fmt_date(notice, "abbr"), 34), ("Notice number", notice_no, 38),
             ("Recipient", f["member"], 58), ("Medicaid number", mid, 44)], h=12)
    d.ln(4)
    d.para(f"Your request for personal care services is APPROVED. {agency} may provide up to 18 hours a week of help "
           "with bathing, dressing, meals and housework (T1019, 72 units a week) during the period below.", 10)
    d.table(["Service", "Provider", "Hrs/week", "Start", "End"],
            [["Personal care (T1019)", agency, "18", fmt_date(s, "abbr"), fmt_date(e, "abbr")]],
            [44, 52, 26, 26, 26], size=9, border_head="TB")
    d.para("You told us Medicare stopped paying for your home health aide because you no longer need nursing care. "
           "Medicaid personal care is a different benefit: it does not require a skilled need or that you stay at "
           "home. You do not need to do anything to start these services; the agency will call you.", 10)
    d.text_line("If you disagree with the number of hours", 10.5, "B", h=6)
    d.para("You may ask for a fair hearing within 90 days of the date of this notice by writing to the Appeals "
           "Supervisor at the address above. You may represent yourself or have a lawyer, relative, friend or "
           "other person speak for you. Legal aid may be able to help at no cost. (N.D. Admin. Code 75-02-02.)",
           9.6)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[notice_no], service_dates=[iso(s, e)], denial_date=iso(notice), provider=agency,
              alternates={"service_dates": [[], [iso(s)]], "case_numbers": [[]],
                          "insurer": ["Division of Medical Assistance", "Department of Human Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: MAC redetermination, homebound (rotated)
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    f = older(r)
    m = mbi(r)
    ins = "Northgate Government Benefit Services, LLC"
    agency = "Prairie Lantern Home Health Agency"
    s = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 40))
    e = s + dt.timedelta(days=29)
    icn, appeal = f"{r.digits(13)}", f"RD-{r.digits(2)}-{r.digits(6)}"
    billed = float(r.randint(2100, 3300)) + 0.40
    recv = e + dt.timedelta(days=r.randint(60, 80))
    dec = recv + dt.timedelta(days=r.randint(35, 55))
    d = Page("Northgate GBS  .  Home Health & Hospice Jurisdiction  .  page {p}", margins=(22, 16, 22), face="Serif")
    d.add_page()
    d.text_line("Northgate Government Benefit Services", 14, "B", h=7)
    d.text_line("A CMS-contracted Medicare Administrative Contractor  .  Home Health & Hospice Jurisdiction", 8.6, h=4.6)
    d.text_line("Redeterminations  .  PO Box 4480, Augusta, GA 30903", 8.6, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(dec, "iso"), 10, h=6)
    d.ln(2)
    for ln in [agency, "Attn: Appeals Coordinator", "1800 Sheyenne Street", "West Fargo, ND 58078"]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("MEDICARE REDETERMINATION NOTICE - UNFAVORABLE", 11.5, "B", h=7)
    d.ln(1)
    d.para(f"We received your request for a redetermination on {fmt_date(recv, 'iso')}. You appealed the denial of "
           f"Medicare claim {icn} for home health services given to {f['member']} (Medicare Number {m}) from "
           f"{fmt_date(s, 'iso')} through {fmt_date(e, 'iso')}, with total charges of {fmt_money(billed)}. Your appeal "
           f"number is {appeal}.", 10)
    d.text_line("Decision", 10.5, "B", h=6)
    d.para("The claim remains denied. Medicare pays for home health services only when the patient is confined to "
           "the home and needs skilled care. The face-to-face encounter note and the OASIS assessment show the "
           "patient walked without a device, drove to a weekly card game and needed no help leaving home. The only "
           "services given were home health aide visits (G0156); no skilled nursing or therapy was ordered for "
           "this period. Coverage criteria in 42 CFR 409.42 were not met.", 10)
    d.para("Because the agency gave the patient a valid advance notice, the patient may be billed for these "
           "services.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask a Qualified Independent Contractor (QIC) for a reconsideration. You must file within 180 "
           "days of receiving this notice; we presume you received it 5 days after the date above. The amount in "
           "controversy for a later hearing before an administrative law judge must be at least $190.00.", 10)
    d.para("Redetermination Unit\nNorthgate Government Benefit Services, LLC", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=m, member_name=f["member"],
              case_numbers=[icn, appeal], claim_amount=m2(billed), service_dates=[iso(s, e)], denial_date=iso(dec),
              provider=agency, denial_alternates=["medical_necessity", "eligibility"],
              alternates={"insurer": ["Medicare", "Northgate Government Benefit Services"],
                          "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Part C EOB, three claims (low-res scan)
def doc_part_c_eob(r: Rand) -> tuple[bytes, dict]:
    f = older(r)
    ins = "Larkspur Health, Inc."
    plan = "Larkspur Senior Advantage (PPO)"
    mid = f"LS{r.digits(8)}"
    month = dt.date(2026, r.randint(3, 5), 1)
    issued = dt.date(month.year, month.month + 1, r.randint(5, 12))
    agency = "Two Rivers Visiting Nurse Association"
    c1, c2, c3 = (f"{r.digits(11)}" for _ in range(3))
    v1 = month + dt.timedelta(days=r.randint(1, 5))
    sn = [month + dt.timedelta(days=x) for x in (2, 9)]
    aide = sorted(month + dt.timedelta(days=x) for x in r.sample(range(13, 27), 4))
    rate = r.choice([66.0, 70.0, 77.5])
    total = rate * len(aide)
    d = Page("Larkspur Senior Advantage (PPO)  -  Part C EOB  -  H8830  -  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.font(15, "B")
    d.cell(110, 8, "Larkspur Senior Advantage")
    d.font(9)
    d.cell(0, 8, fmt_date(issued, "slash"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  .  a Medicare Advantage PPO plan  .  {f['ph']}, 8 am - 8 pm", 8.2, h=4.6)
    d.ln(3)
    d.text_line(f"Your Explanation of Benefits for {month.strftime('%B %Y')}", 12, "B", h=7)
    d.text_line("This is not a bill. It explains the medical claims we processed last month.", 9, h=5)
    d.ln(2)
    d.table(["Member", "Member ID", "Plan", "Date mailed"],
            [[f["member"], mid, plan, fmt_date(issued, "slash")]], [50, 36, 62, 32], size=9, border_head="B")
    claims = [(c1, "Dr. Wendell A. Strand", [(v1, "99214 office visit", 210.0, 185.0, 20.0, "")]),
              (c2, agency, [(x, "G0299 skilled nursing visit", 168.0, 0.0, 0.0, "") for x in sn]),
              (c3, agency, [(x, "G0156 home health aide visit", rate, rate, 0.0, "HA") for x in aide])]
    for c, prov, ls in claims:
        d.font(8.8, "B")
        d.cell(0, 5.6, f"Claim {c}  .  {prov}", border="T", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for dd, desc, b, pd, you, note in ls:
            if note:
                rows.append([fmt_date(dd, "slash"), desc, fmt_money(b), "$0.00", "$0.00", fmt_money(b), note])
            else:
                rows.append([fmt_date(dd, "slash"), desc, fmt_money(b), fmt_money(b - you), fmt_money(b - you - 0),
                             fmt_money(you), ""])
        rows.append(["*Claim total", "", fmt_money(sum(x[2] for x in ls)), "", "", "", ""])
        d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You pay", "Note"], rows,
                [22, 62, 22, 22, 22, 20, 12], size=8, aligns="LLRRRRL", border_head="")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("HA  Denied. Home health aide visits are covered only while you also get skilled nursing or therapy. "
           f"Your skilled nursing visits ended on {fmt_date(sn[-1], 'slash')}; the aide visits after that date are "
           "not covered.", 8.4)
    d.para("If you disagree with a decision on this statement, you must ask for an appeal within 65 days of the date "
           "of this notice. Call Member Services or write to Larkspur Appeals, PO Box 1550, Boise, ID 83701.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[c3],
              claim_amount=m2(total), service_dates=[iso(x) for x in aide], denial_date=iso(issued), provider=agency,
              appeal_deadline=iso(issued + dt.timedelta(days=65)), denial_alternates=["medical_necessity"],
              alternates={"insurer": [plan, "Larkspur Senior Advantage"],
                          "service_dates": [[iso(aide[0], aide[-1])]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_two_periods", "born_digital"),
              (2, doc_agency_statement, "agency_statement", "photocopy"),
              (3, doc_es_denial, "es_aviso_pago", "phone_photo"),
              (4, doc_pcs_approval, "medicaid_pcs_approval", "scan_clean_300"),
              (5, doc_redetermination, "mac_redetermination", "rotated"),
              (6, doc_part_c_eob, "part_c_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_couple(Rand(SEED + 1)))
    return items
