"""Family 'medicaid_assisted_living_waiver_room_and_board_exclusion_notice': a state Medicaid home and
community-based services (HCBS, 1915(c)-style) waiver pays the personal care and assisted living services of a
resident of an assisted living residence but, by federal rule (42 CFR 441.310(a)(2)), never the room and board:
the state's Notice of Action approves personal care hours and denies room and board; the managed care plan's
notices and EOB refuse room and board lines; the residence's invoice bills room and board to the resident.

Structure follows public state Medicaid notices of action (Case name / Case number / Date of notice, "What we
decided", "The rule we used", fair hearing rights and continued benefits) and managed care Notices of Adverse
Benefit Determination / Notices of Appeal Resolution. The state, agency, plan and residence are fictional.

Documents: the state's Notice of Action (born digital); the Spanish "Aviso de acción" (phone photo); the
residence's monthly invoice (150 dpi, nothing denied); the plan's member EOB with three claims, the room and
board claim refused (scan 300); a standard fax stack (cover, the plan's adverse determination, a blank page, the
plan's authorization of personal care hours); the plan's appeal resolution upholding (sideways; only the state
fair hearing remains, so no appeal deadline); the state's claim notice to the residence in prose (photocopy).

Decoys: DOB, assessment dates, level-of-care scores, patient liability, SSI amounts, provider IDs, invoice and
resident account numbers, 10-day continued benefits, 90/120-day fair hearing, 72-hour expedited limits, form
numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_assisted_living_waiver_room_and_board_exclusion_notice"
LANG = "en"
SEED = 335800
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
STATE = "Lakeshore Department of Health and Human Services"
STATE_ES = "Departamento de Salud y Servicios Humanos de Lakeshore"
PROGRAM = "Community Choices Waiver"
MCO = "Heartwood Community Care Plan"
RESIDENCES = ["Maple Terrace Assisted Living", "Willow Bend Senior Residence", "Cedar Knoll Assisted Living",
              "Harborlight Residential Care"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 15, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    start = dt.date(2026, r.randint(2, 6), 1)
    end = (start + dt.timedelta(days=200)).replace(day=1) - dt.timedelta(days=1)
    return dict(member=member, first=first, last=last, mid_init=mid, addr=r.address(lang), start=start, end=end,
                ph=f"1-555-{r.digits(3)}-{r.digits(4)}", dob=dt.date(r.randint(1930, 1958), r.randint(1, 12),
                r.randint(1, 28)), res=r.choice(RESIDENCES), mcaid=f"{r.digits(3)}{r.letters(1)}{r.digits(6)}",
                case=f"C-{r.digits(8)}", hours=r.choice([14, 17.5, 21, 24.5, 28]),
                rb=float(r.randint(1180, 2150)), pid=f"{r.digits(9)}")


def kv(d: Page, rows: list[tuple[str, str]], lw: float = 52, size: float = 10, h: float = 5.6):
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def state_head(d: Page, es: bool = False):
    d.text_line(STATE_ES if es else STATE, 13, "B", h=7)
    d.text_line(("División de Servicios a Largo Plazo" if es else "Division of Long-Term Services and Supports")
                + "  ·  PO Box 7720, Duluth, MN 55802", 8.5, h=5)
    d.rule(0.8, 4)


# ------------------------------------------------------------------ 0: state Notice of Action (born digital)
def doc_noa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    notice = f["start"] - dt.timedelta(days=r.randint(8, 16))
    assess = notice - dt.timedelta(days=r.randint(10, 25))
    nno = f"NOA-{r.digits(7)}"
    d = Page("LDHHS-NOA-214 (01/26)   Notice of Action   Page {p} of {n}")
    d.add_page()
    state_head(d)
    d.text_line("NOTICE OF ACTION", 15, "B", align="C", h=8)
    d.text_line(f"{PROGRAM} - Home and Community-Based Services", 10, align="C", h=6)
    d.ln(3)
    kv(d, [("Date of notice:", fmt_date(notice, "long")), ("Case name:", f["member"]),
           ("Case number:", f["case"]), ("Notice number:", nno), ("Medicaid ID:", f["mcaid"]),
           ("Date of birth:", fmt_date(f["dob"], "long")), ("Provider:", f["res"]),
           ("Assessment date:", fmt_date(assess, "long"))], lw=44)
    d.text_line("What we decided", 11.5, "B", h=7)
    d.table(["Service", "Decision", "Amount", "Dates"],
            [["Personal care (assisted living)", "APPROVED", f"{f['hours']} hours/week",
              f"{fmt_date(f['start'], 'slash')} - {fmt_date(f['end'], 'slash')}"],
             ["Room and board", "DENIED", "-", f"{fmt_date(f['start'], 'slash')} - {fmt_date(f['end'], 'slash')}"]],
            [62, 28, 34, 56], size=9)
    d.para(f"Why: Your request to have the {PROGRAM} pay the room and board charges at {f['res']} is denied. "
           "Room and board is not a covered waiver service. Medicaid waiver funds may pay for personal care and "
           "other services in an assisted living setting, but not for rent, utilities or meals. You are "
           "responsible for room and board from your own income.", 10)
    d.para("The rules we used: 42 CFR 441.310(a)(2); Lakeshore Admin. Code 18-410.6.", 10)
    d.text_line("Your right to a fair hearing", 11.5, "B", h=7)
    d.para(f"If you disagree, you may ask for a state fair hearing. You must ask within 90 days of the date of this "
           f"notice. If you ask within 10 days, your current services will continue until the hearing decision. "
           f"Call {f['ph']} or write to the Office of Administrative Hearings.", 10)
    t = truth("denial_letter", "not_covered", insurer=STATE, member_id=f["mcaid"], member_name=f["member"],
              case_numbers=[f["case"], nno], service_dates=[iso(f["start"], f["end"])], denial_date=iso(notice),
              provider=f["res"], alternates={"service_dates": [[]], "case_numbers": [[f["case"]], [nno]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: Spanish Aviso de accion (phone photo)
def doc_aviso(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    notice = f["start"] - dt.timedelta(days=r.randint(8, 16))
    nno = f"NOA-{r.digits(7)}"
    d = Page("LDHHS-NOA-214S (01/26)   Aviso de acción   Página {p}")
    d.add_page()
    state_head(d, es=True)
    d.text_line("AVISO DE ACCIÓN", 15, "B", align="C", h=8)
    d.text_line(f"Programa {PROGRAM} (servicios en el hogar y la comunidad)", 10, align="C", h=6)
    d.ln(3)
    kv(d, [("Fecha del aviso:", fmt_date(notice, "es")), ("Nombre del caso:", f["member"]),
           ("Número de caso:", f["case"]), ("Nº de Medicaid:", f["mcaid"]),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es")), ("Proveedor:", f["res"])], lw=48)
    d.para(f"Lo que decidimos: Aprobamos {f['hours']} horas por semana de cuidado personal del "
           f"{fmt_date(f['start'], 'es')} al {fmt_date(f['end'], 'es')}. Negamos su solicitud de que el programa "
           f"pague el alojamiento y la comida (room and board) en {f['res']} durante ese mismo período.", 10.5)
    d.para("Por qué: El alojamiento y la comida no son un servicio cubierto por la exención de Medicaid. Los "
           "fondos de la exención pagan el cuidado personal, pero no el alquiler, los servicios públicos ni las "
           "comidas. Usted paga el alojamiento y la comida con sus propios ingresos. Regla: 42 CFR 441.310(a)(2).",
           10.5)
    d.text_line("Su derecho a una audiencia imparcial", 11.5, "B", h=7)
    d.para(f"Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la "
           f"fecha de este aviso. Si la pide dentro de 10 días, sus servicios continuarán. Llame al {f['ph']}. "
           f"Aviso número {nno}.", 10.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=STATE_ES, member_id=f["mcaid"],
              member_name=f["member"], case_numbers=[f["case"], nno], service_dates=[iso(f["start"], f["end"])],
              denial_date=iso(notice), provider=f["res"],
              alternates={"insurer": [STATE], "service_dates": [[]], "case_numbers": [[f["case"]], [nno]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2: residence invoice (150 dpi)
def doc_invoice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    m1 = f["start"] + dt.timedelta(days=31 * r.randint(1, 3))
    m1 = m1.replace(day=1)
    m2_ = (m1 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    inv = f["start"] - dt.timedelta(days=0) if False else m1 - dt.timedelta(days=r.randint(3, 6))
    acct = f"RES-{r.digits(5)}"
    invno = f"INV {r.digits(6)}"
    care = round(f["hours"] * 4.33 * 24.5, 2)
    liab = float(r.randint(140, 420))
    rows = [[fmt_date(m1, "iso"), "Room and board (private pay - not a Medicaid waiver service)", fmt_money(f["rb"], "space")],
            [fmt_date(m1, "iso"), f"Patient liability toward waiver services", fmt_money(liab, "space")],
            [fmt_date(m1, "iso"), f"Personal care {f['hours']} h/wk - billed to {MCO}", "$ 0.00"]]
    total = round(f["rb"] + liab, 2)
    d = Page(f"{f['res']}  ·  Resident Accounts  ·  {f['ph']}", margins=(18, 16, 18))
    d.add_page()
    d.text_line(f["res"], 16, "B", h=8)
    d.text_line(f"{f['addr'][0]}, {f['addr'][1]}", 9, h=5)
    d.ln(4)
    d.text_line("RESIDENT INVOICE", 12, "B", h=7)
    kv(d, [("Invoice", invno), ("Invoice date", fmt_date(inv, "iso")), ("Resident", f["member"]),
           ("Resident account", acct), ("Billing period", f"{fmt_date(m1, 'iso')} to {fmt_date(m2_, 'iso')}"),
           ("Medicaid ID", f["mcaid"]), ("Payment due", fmt_date(m1 + dt.timedelta(days=9), "iso"))],
       lw=40, size=9.5, h=5.3)
    d.table(["Date", "Description", "Amount"], rows, [30, 120, 30], size=8.8, aligns="LLR")
    d.text_line(f"TOTAL DUE FROM RESIDENT  {fmt_money(total, 'space')}", 10.5, "B", align="R", h=7)
    d.para(f"Your Medicaid waiver approves your personal care hours but does not pay room and board. Room and board "
           f"and your patient liability are due from you each month. Questions: call {f['ph']}.", 9)
    t = truth("other", None, member_id=f["mcaid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(m1, m2_)], denial_date=iso(inv), provider=f["res"], unscored=["insurer"],
              alternates={"claim_amount": [None, m2(f["rb"])], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: MCO member EOB, three claims
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    m1 = f["start"].replace(day=1)
    m2_ = (m1 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    stmt = m2_ + dt.timedelta(days=r.randint(20, 35))
    pc = round(f["hours"] * 4.33 * 26.0, 2)
    nurse = float(r.randint(180, 320))
    cl = [f"{r.digits(4)}-{r.digits(6)}" for _ in range(3)]
    grp = f"LDHHS-{r.digits(3)}"
    d = Page(f"{MCO}  ·  Member Explanation of Benefits  ·  page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(MCO, 15, "B", h=7)
    d.text_line("A Lakeshore Medicaid Long-Term Care plan", 9, h=5)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B", h=6)
    kv(d, [("Date issued", fmt_date(stmt, "slash")), ("Member", f["member"]), ("Member ID", f["mcaid"]),
           ("Plan number", grp), ("Care coordinator", "Nadia R. Ellsworth, RN"),
           ("Claims paid between", f"{fmt_date(m1, 'slash')} and {fmt_date(stmt, 'slash')}")], lw=46, size=9.5,
       h=5.2)
    w = [22, 20, 56, 48, 20, 22]
    head = ["Claim", "Dates", "Provider", "Service", "Billed", "Status"]
    rows = [[cl[0], f"{fmt_date(m1, 'slash')}", f["res"], f"T1019 Personal care {f['hours']}h/wk",
             fmt_money(pc, "nosign"), "PAID"],
            [cl[1], fmt_date(m1 + dt.timedelta(days=r.randint(3, 20)), "slash"), "Northwind Home Nursing",
             "T1001 Nursing assessment", fmt_money(nurse, "nosign"), "PAID"],
            [cl[2], fmt_date(m1, "slash"), f["res"], "Room and board, monthly", fmt_money(f["rb"], "nosign"),
             "DENIED (RB1)"]]
    d.table(head, rows, w, size=8, aligns="LLLLRL")
    d.text_line(f"Claim {cl[2]}: service period {fmt_date(m1, 'slash')} through {fmt_date(m2_, 'slash')}", 8.8, h=5)
    d.ln(2)
    d.text_line("Remark codes", 10, "B", h=6)
    d.para("RB1  Room and board is excluded from Medicaid home and community-based waiver services. The plan cannot "
           "pay rent, meals or utilities in a residential setting. This is a service the plan does not cover.", 9)
    dl = stmt + dt.timedelta(days=60)
    d.para(f"You may appeal a denied claim within 60 days of the date on this EOB. Expedited appeals are decided "
           f"within 72 hours. After the plan's appeal you may ask for a state fair hearing within 120 days. "
           f"Member Services {f['ph']} (TTY 711).", 9)
    t = truth("eob", "not_covered", insurer=MCO, group_number=grp, member_id=f["mcaid"], member_name=f["member"],
              case_numbers=[cl[2]], claim_amount=m2(f["rb"]), service_dates=[iso(m1, m2_)],
              denial_date=iso(stmt), provider=f["res"], appeal_deadline=iso(dl),
              alternates={"service_dates": [[iso(m1)]], "group_number": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: fax stack: NABD + approval
def item_stack(r: Rand) -> Item:
    f = base(r)
    notice = f["start"] - dt.timedelta(days=r.randint(5, 12))
    recv = notice - dt.timedelta(days=r.randint(6, 12))
    sr = f"SR{r.digits(8)}"
    up = lambda x: fmt_date(x, "dmy").upper()  # noqa: E731
    d = Page(f"{MCO}  NABD-LTC-07  Pg {{p}}")
    d.add_page()
    d.text_line(MCO.upper(), 13, "B", h=7)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    d.rule(0.5, 3)
    kv(d, [("NOTICE DATE", up(notice)), ("MEMBER", f["member"]), ("MEMBER ID", f["mcaid"]),
           ("DATE OF BIRTH", up(f["dob"])), ("SERVICE REQUEST", sr), ("REQUEST RECEIVED", up(recv)),
           ("REQUESTED BY", f["res"]), ("SERVICE", "Room and board, assisted living residence"),
           ("DATES REQUESTED", f"{up(f['start'])} TO {up(f['end'])}")], lw=50, size=9.5, h=5.2)
    d.para("We denied this request. Room and board is not a covered benefit of the Community Choices Waiver or of "
           "this plan (42 CFR 441.310(a)(2)). Your personal care hours are decided in a separate notice.", 10)
    d.para("APPEAL: You or your representative may ask the plan for an appeal within 60 days of the date of this "
           "notice. If you need a fast decision, ask for an expedited appeal (72 hours). You must finish the "
           "plan's appeal before asking for a state fair hearing (120 days after our appeal decision).", 10)
    a = (pdf_bytes(d), truth("denial_letter", "not_covered", insurer=MCO, member_id=f["mcaid"],
                             member_name=f["member"], case_numbers=[sr], service_dates=[iso(f["start"], f["end"])],
                             denial_date=iso(notice), provider=f["res"],
                             appeal_deadline=iso(notice + dt.timedelta(days=60)),
                             alternates={"service_dates": [[]]}))
    appr = notice + dt.timedelta(days=1)
    sr2 = f"SR{r.digits(8)}"
    e = Page(f"{MCO}  SA-LTC-02  Pg {{p}}")
    e.add_page()
    e.text_line(MCO.upper(), 13, "B", h=7)
    e.text_line("SERVICE AUTHORIZATION NOTICE", 11.5, "B", h=7)
    e.rule(0.5, 3)
    kv(e, [("DATE", up(appr)), ("MEMBER", f["member"]), ("MEMBER ID", f["mcaid"]), ("AUTHORIZATION", sr2),
           ("PROVIDER", f["res"])], lw=50, size=9.5, h=5.2)
    e.table(["Service", "Units", "From", "To"],
            [["T1019 Personal care services", f"{f['hours']} hours/week", up(f["start"]), up(f["end"])],
             ["T1001 Nursing assessment", "1 visit / 6 months", up(f["start"]), up(f["end"])]],
            [70, 40, 35, 35], size=9)
    e.para("These services are approved. This notice does not deny anything. If your needs change, call your care "
           f"coordinator at {f['ph']}.", 10)
    b = (pdf_bytes(e), truth("other", None, insurer=MCO, member_id=f["mcaid"], member_name=f["member"],
                             case_numbers=[sr2], service_dates=[iso(f["start"], f["end"])], denial_date=iso(appr),
                             provider=f["res"], alternates={"service_dates": [[]]}))
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [a, b], separators=["cover", "blank"])


# ------------------------------------------------------------------ 5: MCO appeal resolution upheld (rotated)
def doc_nar(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    denied = f["start"] - dt.timedelta(days=r.randint(5, 12))
    decided = denied + dt.timedelta(days=r.randint(25, 40))
    app = f"AP-{r.digits(6)}"
    sr = f"SR{r.digits(8)}"
    dmy = lambda x: x.strftime("%-d %b %Y")  # noqa: E731
    d = Page(header=f"{f['member']} / {f['mcaid']}", foot="Notice of Appeal Resolution - page {p}",
             margins=(22, 18, 22))
    d.add_page()
    d.text_line(MCO, 16, "B", h=8)
    d.text_line("Appeals Unit  ·  240 Lantern Way, Fargo, ND 58102", 9, h=5)
    d.ln(6)
    d.text_line(dmy(decided), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B", h=7)
    d.text_line(f"Member ID {f['mcaid']}   Appeal received {dmy(denied + dt.timedelta(days=r.randint(4, 9)))}", 9.5, h=6)
    d.para(f"Dear {f['first']} {f['last']}: We received your appeal {app} of our {dmy(denied)} decision on service "
           f"request {sr}, which denied room and board at {f['res']} from {dmy(f['start'])} to {dmy(f['end'])}.",
           10.5)
    d.para("Our decision: we uphold the denial. Federal rules do not allow Medicaid waiver services to include room "
           "and board, so the plan cannot cover it. Your personal care hours are not changed by this decision.",
           10.5)
    d.para("You have finished the plan's appeal process. If you still disagree, you may ask for a state fair hearing "
           "within 120 days of the date of this notice. To keep your services while you wait, ask within 10 days. "
           f"Free legal help: {f['ph']}.", 10.5)
    d.para("Sincerely,\nHeartwood Appeals Unit", 10.5)
    t = truth("denial_letter", "not_covered", insurer=MCO, member_id=f["mcaid"], member_name=f["member"],
              case_numbers=[app, sr], service_dates=[iso(f["start"], f["end"])], denial_date=iso(decided),
              provider=f["res"], alternates={"service_dates": [[]], "case_numbers": [[app]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: state claim notice to residence (photocopy)
def doc_provider(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    m1 = f["start"]
    m2_ = (m1 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    notice = m2_ + dt.timedelta(days=r.randint(15, 30))
    icn = f"{r.digits(2)}{r.digits(3)}{r.digits(8)}"
    billed = round(f["rb"] + float(r.randint(600, 1100)), 2)
    d = Page("LDHHS-PRV-31  Provider Claim Notice", margins=(22, 18, 22))
    d.add_page()
    state_head(d)
    d.ln(3)
    d.para(fmt_date(notice, "abbr"), 10.5)
    d.para(f"{f['res']}\nAttn: Billing\nMedicaid provider ID {f['pid']}", 10.5)
    d.para(f"Re: claim {icn}", 10.5, gap=3)
    d.para(f"The Medicaid claim with internal control number {icn} that you submitted for {f['member']} "
           f"(Medicaid ID {f['mcaid']}) for {fmt_date(m1, 'abbr')} through {fmt_date(m2_, 'abbr')}, billed at "
           f"{fmt_money(billed)}, has been denied. The claim combined assisted living services with the resident's "
           f"monthly room and board charge on one line under procedure code T2031.", 10.5)
    d.para("Room and board is not a covered service of the Community Choices Waiver. Bill only the waiver "
           "services, at the approved units, and collect room and board from the resident. A corrected claim may "
           "be submitted within 365 days of the service date.", 10.5)
    d.para("If you believe this decision is wrong, you may ask for an administrative review within 30 days of the "
           "date of this notice. Provider services: " + f["ph"] + ".", 10.5)
    d.para("Medicaid Claims Unit", 10.5)
    t = truth("denial_letter", "not_covered", insurer=STATE, member_id=f["mcaid"], member_name=f["member"],
              case_numbers=[icn], claim_amount=m2(billed), service_dates=[iso(m1, m2_)], denial_date=iso(notice),
              provider=f["res"], appeal_deadline=iso(notice + dt.timedelta(days=30)),
              denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_noa, "bd_notice_of_action", "born_digital"),
              (1, doc_aviso, "aviso_es_photo", "phone_photo"),
              (2, doc_invoice, "residence_invoice", "scan_lowres_150"),
              (3, doc_eob, "three_claim_eob", "scan_clean_300"),
              (5, doc_nar, "appeal_resolution", "rotated"),
              (6, doc_provider, "provider_claim_notice", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(4, item_stack(Rand(SEED + 4)))
    return items
