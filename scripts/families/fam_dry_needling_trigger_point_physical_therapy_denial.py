"""Family 'dry_needling_trigger_point_physical_therapy_denial': plan EOBs and letters on physical therapy visits
billed with dry needling (20560 one or two muscles, 20561 three or more muscles) and trigger point injections
(20552).

Issuers (all invented): Ostrander Mutual Health (commercial EOBs with a grey bar per claim; one denies dry needling
as experimental, one, photographed by phone, pays a physiatrist's needling and trigger point injections), Kestrelmoor
Health Plan (serif letters: dry needling not a covered physical therapy service; a photocopied appeal decision that
upholds an experimental denial), Aseguradora Ribera Salud (a Spanish EOB: dry needling bundled into the therapy
visit), Tallowbrook Benefit Administrators (a third-party administrator's letter for a self-funded plan: visits over
the 25-visit annual limit), Lindqvist Musculoskeletal Review (a utilization review fax to the clinic: visits
approved, dry needling not approved). Decoys: the referring physician (name and NPI), dates of birth, received
dates, paid claims of other providers, phone numbers, visits counted toward the limit, the clinic's account number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dry_needling_trigger_point_physical_therapy_denial"
LANG = "en"

OM, KH, RS, TB, LQ = ("Ostrander Mutual Health", "Kestrelmoor Health Plan", "Aseguradora Ribera Salud",
                      "Tallowbrook Benefit Administrators", "Lindqvist Musculoskeletal Review")
ADDR = {OM: ("PO Box 71832", "Carrow Bend, OR 97989"), KH: ("4410 Saltmarsh Parkway", "Dunholme, NC 27999"),
        RS: ("Apartado 30918", "Caguas, PR 00725"), TB: ("880 Tanner Mill Road, Suite 210", "Wexcombe, OH 45999"),
        LQ: ("1201 Gantry Square", "Pellham Cross, MN 55999")}
CLINICS = ["Northreach Physical Therapy", "Cedar Lattice Sports & Spine PT", "Ironfield Movement Clinic",
           "Blue Heron Physical Therapy & Wellness", "Quarry Hill Rehab Partners", "Saltgrass Orthopedic Therapy"]
CLINICS_ES = ["Centro de Terapia Física Los Almendros", "Fisioterapia Vega Alta"]
REFERRERS = ["Dr. Oluwaseun Abernethy-Rios", "Dr. Katrin Vasilakis", "Dr. Emeric Thistlewood", "Dr. Priyanka Halloran",
             "Dr. Tobiah Mensah-Clarke"]
PHYSIATRISTS = ["Dr. Linnea Okafor-Brandt, MD (Physical Medicine & Rehabilitation)",
                "Dr. Casimir Wetherby, DO (Physical Medicine & Rehabilitation)"]
FIRST = ["Aldous", "Brielle", "Caspian", "Dagny", "Evander", "Fiammetta", "Gareth", "Honora", "Ignatius", "Juno",
         "Kofi", "Linnea", "Mordecai", "Nanami", "Orla", "Piers"]
LAST = ["Ashworth", "Brannigan", "Castellanos", "Drummond", "Eriksen", "Fitzwilliam", "Gallagher", "Hargreave",
        "Iyengar", "Jankowski", "Kowalski", "Lachance", "Mbeki", "Nordqvist"]
FIRST_ES = ["Anselmo", "Brígida", "Celestino", "Dulce", "Evaristo", "Fermina"]
LAST_ES = ["Alvarado", "Betancourt", "Colón", "Delgado", "Escobar", "Feliciano"]
STREETS = ["Wickerbasket Lane", "Gullhaven Road", "Orchard Terrace", "Pinfold Street", "Mossbank Avenue"]
TOWNS = ["Carrow Bend, OR 97989", "Dunholme, NC 27999", "Wexcombe, OH 45999", "Pellham Cross, MN 55999"]
DESC = {"97161": "PT evaluation, low complexity", "97162": "PT evaluation, moderate complexity",
        "97110": "Therapeutic exercise, each 15 min", "97140": "Manual therapy, each 15 min",
        "97530": "Therapeutic activities, each 15 min", "97112": "Neuromuscular re-education, 15 min",
        "20560": "Dry needling, 1-2 muscles", "20561": "Dry needling, 3 or more muscles",
        "20552": "Trigger point injection, 1-2 muscles", "99213": "Office visit, established patient",
        "J3301": "Triamcinolone acetonide, per 10 mg"}
DESC_ES = {"97110": "Ejercicio terapéutico, 15 min", "97140": "Terapia manual, 15 min",
           "97530": "Actividades terapéuticas, 15 min", "20561": "Punción seca, 3 o más músculos",
           "20560": "Punción seca, 1-2 músculos"}


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str, es: bool = False) -> dict:
    r = random.Random(seed)
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    mid_ = {OM: "OMH" + digits(r, 9), KH: "K" + digits(r, 8) + "-01", RS: "RSA" + digits(r, 8),
            TB: digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4), LQ: "K" + digits(r, 8) + "-01"}[ins]
    grp = {OM: "OM" + digits(r, 6), KH: digits(r, 5), RS: "G-" + digits(r, 4), TB: "TBA-" + digits(r, 4),
           LQ: digits(r, 5)}[ins]
    # visits: 3 to 5 dates spread over the weeks before the notice
    n = r.randint(3, 5)
    first_visit = notice - dt.timedelta(days=r.randint(45, 70))
    visits, d = [], first_visit
    for _ in range(n):
        visits.append(d)
        d += dt.timedelta(days=r.choice([3, 4, 7, 7]))
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, clinic=r.choice(CLINICS_ES if es else CLINICS), ref=r.choice(REFERRERS),
                dob=dt.date(r.randint(1958, 2002), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), claim=digits(r, 12), visits=visits)


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5, k)
        d.font(size)
        d.multi_cell(0 if x is None else 200 - x - lw, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def claim_lines(f: dict, codes_per_visit: list[tuple[str, float, float, str]], r: random.Random):
    """Lines (date, code, billed, paid, remark) for every visit date."""
    out = []
    for v in f["visits"]:
        for code, billed, paid, rem in codes_per_visit:
            out.append((v, code, billed, paid, rem))
    return out


# ------------------------------------------------------------------------------------------- Ostrander EOBs
def om_eob(f: dict, claims: list[dict], denied_ix: int | None, legend: list[tuple[str, str]], denial: str | None,
           dalts: list[str], alts: dict, pay_ix: int | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Ostrander Mutual Health - EOB - page {p} of {n}")
    d.add_page()
    y = d.get_y()
    d.font(20, "B")
    d.cell(100, 10, "OSTRANDER", new_x="LMARGIN", new_y="NEXT")
    d.text_line("MUTUAL HEALTH", 9, "B")
    d.set_xy(112, y)
    d.font(8.5)
    d.multi_cell(0, 4.2, f"{OM}\n{ADDR[OM][0]}\n{ADDR[OM][1]}\nMember services {f['ph']}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    pairs(d, [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
              ("Group number", f["grp"]), ("Patient birth date", D(f, f["dob"]))], lw=36, size=9, x=110)
    d.set_y(max(d.get_y(), y0 + 30) + 2)
    for c in claims:
        d.set_fill_color(215, 215, 215)
        d.font(9, "B")
        d.cell(0, 6, f" {c['prov']}  -  Claim # {c['claim']}  -  Received {D(f, c['recv'])}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        if c.get("referrer"):
            d.text_line(f"Referred by: {c['referrer']} (NPI {f['npi']})", 8.5)
        rows = [[D(f, ln[0]), ln[1], DESC[ln[1]], fmt_money(ln[2]), fmt_money(ln[3]),
                 fmt_money(ln[2] - ln[3]), ln[4]] for ln in c["lines"]]
        tb = sum(x[2] for x in c["lines"])
        tp = sum(x[3] for x in c["lines"])
        rows.append(["*Claim total", "", "", fmt_money(tb), fmt_money(tp), "", ""])
        d.table(["Date of service", "Code", "Service", "Billed", "Plan paid", "Not paid", "Note"], rows,
                [25, 14, 60, 22, 22, 20, 13], size=8, aligns="LLLRRRL", border_head="B")
    d.text_line("Notes", 10, "B")
    for k, v in legend:
        d.para(f"{k} - {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    if denial:
        d.para("If you disagree with how this claim was processed, you may file an appeal within 180 days of the "
               f"statement date. Write to Ostrander Appeals, {ADDR[OM][0]}, {ADDR[OM][1]}, or call {f['ph']}.", 9)
    else:
        d.para("You have the right to appeal any decision on this statement within 180 days of receiving it. Call "
               f"{f['ph']} for help.", 9)
    c = claims[denied_ix if denied_ix is not None else pay_ix]
    t = truth("eob", denial, insurer=OM, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=sorted({iso(x[0]) for x in c["lines"]}), denial_date=iso(f["notice"]),
              provider=c["prov"], appeal_deadline=iso(dl) if denial else None, alternates=alts,
              denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Kestrelmoor letters
def kh_letter(f: dict, title: str, facts_rows: list[tuple[str, str]], body: list[tuple[str, str]], appeal: str,
              denial: str, dalts: list[str], cases: list[str], amt: float | None, svc: list[str],
              dl: dt.date | None, alts: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer="KHP-CLM-114  Page {p} of {n}", header=f"{f['name']}  |  ID {f['mid']}")
    d.add_page()
    d.text_line("Kestrelmoor", 22, "B", align="C")
    d.text_line("H E A L T H   P L A N", 9, align="C")
    d.text_line(f"{ADDR[KH][0]} - {ADDR[KH][1]} - {f['ph']}", 8.5, align="C")
    d.rule(0.3, 4)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    d.set_line_width(0.2)
    for k, v in facts_rows:
        d.font(10, "B")
        d.cell(58, 6, " " + k, border=1)
        d.font(10)
        d.cell(0, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    for h, p in body:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    d.text_line("Your right to appeal", 11.5, "B")
    d.ln(1)
    d.para(appeal, 11)
    d.para("If you have questions, call Member Services at the number above (TTY 711). Language assistance is "
           "available at no cost.", 10)
    d.para(f"Sincerely,\nClaims Review Unit\n{KH}", 11)
    t = truth("denial_letter", denial, insurer=KH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, claim_amount=None if amt is None else m2(amt), service_dates=svc,
              denial_date=iso(f["notice"]), provider=f["clinic"], appeal_deadline=None if dl is None else iso(dl),
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Spanish EOB
def rs_eob(f: dict, lines: list, other: dict, dalts: list[str]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Aseguradora Ribera Salud - Página {p} de {n}")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 9, "  RIBERA SALUD", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{RS}  |  {ADDR[RS][0]}, {ADDR[RS][1]}  |  Servicio al cliente {f['ph']}", 8.5)
    d.ln(4)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 14, "B")
    d.text_line("ESTO NO ES UNA FACTURA", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    pairs(d, [("Fecha de emisión:", D(f, f["notice"])), ("Paciente:", f["name"]), ("Núm. de socio:", f["mid"]),
              ("Grupo:", f["grp"]), ("Fecha de nacimiento:", D(f, f["dob"]))], lw=40, size=9, x=108)
    d.set_y(max(d.get_y(), y0 + 30) + 2)
    # the paid claim of the referring physician first (decoy)
    for c in (other, dict(prov=f["clinic"], claim=f["claim"], recv=f["visits"][-1] + dt.timedelta(days=5),
                          lines=lines)):
        d.font(9, "B")
        d.cell(0, 6, f"Proveedor: {c['prov']}   Reclamación: {c['claim']}   Recibida: {D(f, c['recv'])}",
               border="B", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, ln[0]), ln[1], c.get("desc", DESC_ES).get(ln[1], ""), fmt_money(ln[2], "nosign"),
                 fmt_money(ln[3], "nosign"), ln[4]] for ln in c["lines"]]
        rows.append(["*Total", "", "", fmt_money(sum(x[2] for x in c["lines"]), "nosign"),
                     fmt_money(sum(x[3] for x in c["lines"]), "nosign"), ""])
        d.table(["Fecha de servicio", "Código", "Descripción", "Facturado $", "Pagado $", "Nota"], rows,
                [28, 15, 62, 25, 25, 20], size=8, aligns="LLLRRL")
    d.text_line("Notas", 10, "B")
    d.para("PS7 - La punción seca (20560/20561) facturada el mismo día que la terapia física forma parte de la visita "
           "de terapia y no se paga por separado (servicio incluido). El proveedor no puede cobrarle este cargo.",
           8.8, gap=1)
    d.ln(2)
    d.para("Si no está de acuerdo con esta decisión, puede apelar dentro de los 180 días a partir de la fecha de "
           f"emisión de esta explicación. Escriba a {RS}, Unidad de Apelaciones, {ADDR[RS][0]}, {ADDR[RS][1]}.", 9)
    tb = sum(x[2] for x in lines)
    den = sum(x[2] for x in lines if x[4])
    t = truth("eob", "coding_error", lang="es", insurer=RS, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(tb),
              service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(f["notice"]), provider=f["clinic"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates={"claim_amount": [m2(den)]},
              denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- TPA letter
def tb_letter(f: dict, lines: list, used: int, limit: int, dalts: list[str]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer=None)
    d.add_page()
    d.font(13, "B")
    d.cell(0, 7, "TALLOWBROOK", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Benefit Administrators, LLC", 9)
    d.text_line(f"{ADDR[TB][0]}  *  {ADDR[TB][1]}  *  {f['ph']}", 8.5)
    d.text_line("Claims administrator for the Harrowgate Foundry Employee Health Benefit Plan (self-funded)", 8.5)
    d.ln(6)
    d.text_line(f"Date: {D(f, f['notice'])}", 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("RE: Physical therapy claim - benefit maximum reached", 11.5, "B")
    d.ln(2)
    pairs(d, [("Participant:", f["name"]), ("ID number:", f["mid"]), ("Plan/group:", f["grp"]),
              ("Claim number:", f["claim"]), ("Provider:", f["clinic"]),
              ("Referring physician:", f"{f['ref']}, NPI {f['npi']}")], lw=44, size=10)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"Your plan covers up to {limit} outpatient physical therapy visits each calendar year, combined with "
           f"occupational and chiropractic therapy. Our records show {used} visits paid this year before the visits "
           "listed below. The visits below go over the annual maximum and are not covered. Dry needling billed at "
           "those visits is also denied as part of the visit.", 10.5)
    rows = [[D(f, ln[0]), ln[1], DESC[ln[1]], fmt_money(ln[2])] for ln in lines]
    tb = sum(x[2] for x in lines)
    rows.append(["*Total billed", "", "", fmt_money(tb)])
    d.table(["Visit date", "CPT", "Description", "Charge"], rows, [30, 18, 80, 28], size=9, aligns="LLLR",
            border_head="TB")
    d.para("Visits that count toward the maximum include visits paid under your deductible. The maximum does not "
           "apply to therapy given while you are an inpatient in a hospital.", 10)
    d.text_line("Appeal rights", 11, "B")
    d.ln(1)
    d.para("You or your authorized representative may appeal this decision within 180 days after you receive this "
           "letter. Send your written appeal and any records to the address above, attention Appeals. You may "
           "request copies of documents relevant to your claim free of charge. You may also have the right to bring "
           "a civil action under section 502(a) of ERISA after the appeal.", 10)
    d.para(f"Claims Department\n{TB}", 10.5)
    t = truth("denial_letter", "not_covered", insurer=TB, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(tb),
              service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(f["notice"]), provider=f["clinic"],
              appeal_deadline=None, denial_alternates=dalts,
              alternates={"appeal_deadline": [iso(f["notice"] + dt.timedelta(days=180))]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- UR fax
def lq_fax(f: dict, req: dt.date, start: dt.date, end: dt.date, case: str) -> tuple[bytes, dict]:
    d = Doc("Courier", footer=None)
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'slash')} 10:42  LINDQVIST MSK REVIEW  FAX {phone(f['r'])}  P.1/1", 8)
    d.ln(2)
    d.text_line("LINDQVIST MUSCULOSKELETAL REVIEW", 14, "B")
    d.text_line(f"{ADDR[LQ][0]}, {ADDR[LQ][1]}", 9)
    d.text_line(f"Utilization management for {KH}", 9)
    d.ln(4)
    d.text_line("PROVIDER NOTIFICATION - OUTPATIENT THERAPY REVIEW", 11, "B")
    d.ln(2)
    rows = [("TO", f["clinic"]), ("ATTN", "Authorization coordinator"), ("DATE", D(f, f["notice"])),
            ("CASE ID", case), ("MEMBER", f["name"]), ("MEMBER ID", f["mid"]), ("DOB", D(f, f["dob"])),
            ("REQUEST RECEIVED", D(f, req)), ("REFERRING MD", f"{f['ref']}  NPI {f['npi']}"),
            ("DIAGNOSIS", "M79.18 Myalgia, other site; M54.2 Cervicalgia"),
            ("DATES REQUESTED", f"{D(f, start)} - {D(f, end)}")]
    for k, v in rows:
        d.font(9.5)
        d.cell(46, 5, k)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["CODE", "SERVICE", "UNITS REQ", "DECISION"],
            [["97110", "Therapeutic exercise", "16", "APPROVED 16"], ["97140", "Manual therapy", "8", "APPROVED 8"],
             ["20561", "Dry needling 3+ muscles", "8", "NOT APPROVED"]],
            [22, 70, 30, 50], size=9, border_head="TB")
    d.para("RATIONALE: Dry needling (trigger point dry needling, CPT 20560/20561) is considered experimental and "
           "investigational under medical policy MP-PT-031. Published evidence does not show that it improves "
           "long-term pain or function compared with standard therapy. The therapy visits above are approved for "
           "the dates requested.", 9.5)
    d.para("APPEAL: The member, or the provider on the member's behalf, may appeal within 60 days of the date of this "
           f"notice. Fax appeals to {phone(f['r'])}. A peer-to-peer discussion with the reviewing physical therapist "
           f"consultant may be requested at {f['ph']} within 14 days.", 9.5)
    d.para("A copy of this decision has been mailed to the member.", 9)
    t = truth("denial_letter", "experimental", insurer=LQ, member_id=f["mid"], group_number=None,
              member_name=f["name"], case_numbers=[case], service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=f["clinic"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              alternates={"service_dates": [[iso(start)], []], "insurer": [KH]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(227500)

    # 1. Ostrander EOB: dry needling denied as experimental; PT lines paid; referring physician's paid visit above
    f = facts(227501, OM, "slash")
    lines = claim_lines(f, [("97110", 142.00, 88.40, ""), ("97140", 118.00, 71.15, ""),
                            ("20561", 165.00, 0.0, "X41")], r)
    lines[0] = (lines[0][0], "97162", 265.00, 170.00, "")
    ref_claim = dict(prov=f["ref"], claim=digits(r, 12), recv=f["visits"][0] - dt.timedelta(days=4),
                     lines=[(f["visits"][0] - dt.timedelta(days=9), "99213", 185.00, 121.30, "")])
    pt = dict(prov=f["clinic"], claim=f["claim"], recv=f["visits"][-1] + dt.timedelta(days=6), lines=lines,
              referrer=f["ref"])
    den = m2(sum(x[2] for x in lines if x[4]))
    items.append(Item(f"{FAMILY}_bd_eob_dry_needling_experimental", "born_digital", [om_eob(
        f, [ref_claim, pt], 1,
        [("X41", "Dry needling (CPT 20560, 20561) is experimental/investigational under your plan and is not covered. "
                 "See your benefit booklet, General Exclusions. Your provider may bill you for this service.")],
        "experimental", ["not_covered"], {"claim_amount": [den]})]))

    # 2. Kestrelmoor: dry needling is not a covered physical therapy service (born digital)
    f = facts(227502, KH, "long")
    lines = [(v, "20560", 95.00) for v in f["visits"]]
    amt = sum(x[2] for x in lines)
    dl = f["notice"] + dt.timedelta(days=180)
    items.append(Item(f"{FAMILY}_bd_plan_not_covered_pt_service", "born_digital", [kh_letter(
        f, "Notice of Claim Denial",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
         ("Provider", f["clinic"]), ("Ordered by", f["ref"]),
         ("Service", "20560 dry needling, 1 or 2 muscles"),
         ("Dates of service", ", ".join(fmt_date(v, "slash") for v in f["visits"])),
         ("Amount billed", fmt_money(amt))],
        [("What we decided",
          f"We denied the dry needling charges billed by {f['clinic']}. The therapy exercise and manual therapy "
          "billed on the same days were processed on a separate claim and paid."),
         ("Why",
          "Your plan covers physical therapy services that a licensed physical therapist gives to restore function. "
          "Your plan's list of covered rehabilitation services does not include dry needling or other procedures "
          "that insert needles, which the plan covers only as acupuncture under an acupuncture rider. Your group "
          "does not have the acupuncture rider. Dry needling is therefore not a covered benefit under your plan "
          "(Evidence of Coverage, section 7.4, Rehabilitation Services).")],
        f"You may appeal this decision. Your appeal must reach us by {fmt_date(dl, 'long')}. Send it to Kestrelmoor "
        f"Appeals, {ADDR[KH][0]}, {ADDR[KH][1]}. Include this letter and any information you want us to consider.",
        "not_covered", ["experimental"], [f["claim"]], amt, [iso(v) for v in f["visits"]], dl, {})]))

    # 3. Spanish EOB: dry needling bundled into the therapy visit (scan 300)
    f = facts(227503, RS, "es_abbr", es=True)
    lines = []
    for v in f["visits"]:
        lines += [(v, "97110", 120.00, 74.80, ""), (v, "97530", 110.00, 68.25, ""), (v, "20561", 150.00, 0.0, "PS7")]
    other = dict(prov=f["ref"], claim=digits(r, 12), recv=f["visits"][0] - dt.timedelta(days=3),
                 lines=[(f["visits"][0] - dt.timedelta(days=12), "99213", 140.00, 98.00, "")],
                 desc={"99213": "Visita de oficina"})
    items.append(Item(f"{FAMILY}_scan300_es_eob_bundled_into_visit", "scan_clean_300",
                      [rs_eob(f, lines, other, ["not_covered"])]))

    # 4. Tallowbrook: visits over the annual limit (150 dpi)
    f = facts(227504, TB, "abbr")
    lines = []
    for v in f["visits"][:3]:
        lines += [(v, "97110", 135.00), (v, "97140", 115.00), (v, "20560", 90.00)]
    f["visits"] = f["visits"][:3]
    items.append(Item(f"{FAMILY}_lowres_tpa_visits_over_annual_limit", "scan_lowres_150",
                      [tb_letter(f, lines, 25, 25, ["other"])]))

    # 5. Kestrelmoor appeal upheld: dry needling experimental (photocopy)
    f = facts(227505, KH, "dmy")
    apl = "APL-" + digits(r, 7)
    lines = [(v, "20561", 140.00) for v in f["visits"]]
    amt = sum(x[2] for x in lines)
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_experimental", "photocopy", [kh_letter(
        f, "Appeal Decision - Denial Upheld",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", apl),
         ("Original claim", f["claim"]), ("Provider", f["clinic"]),
         ("Service", "20561 dry needling, 3 or more muscles"),
         ("Dates of service", ", ".join(D(f, v) for v in f["visits"])),
         ("Amount in dispute", fmt_money(amt)), ("Appeal received", D(f, f["notice"] - dt.timedelta(days=24)))],
        [("Our decision",
          f"You appealed our denial of dry needling given by {f['clinic']}. A physical medicine and rehabilitation "
          "physician who was not involved in the first decision reviewed your appeal, the therapy notes, and the "
          f"letter from {f['ref']}, who referred you for therapy. We are upholding the denial."),
         ("Reason",
          "Under medical policy KHP-MP-212, dry needling for myofascial pain is experimental and investigational. "
          "Studies do not show that it improves pain or function beyond exercise and manual therapy over the long "
          "term. The letter of support did not include new published evidence.")],
        "This was your first-level appeal. You may ask for a second-level appeal within 60 days of the date of this "
        "letter. After that, you may ask for an external review by an independent review organization within 4 "
        "months.", "experimental", ["not_covered"], [apl, f["claim"]], amt, [iso(v) for v in f["visits"]],
        f["notice"] + dt.timedelta(days=60), {"case_numbers": [[apl]]})]))

    # 6. Ostrander EOB paid: needling and trigger point injections by a physiatrist (phone photo)
    f = facts(227506, OM, "iso")
    doc = r.choice(PHYSIATRISTS)
    prov = doc.split(",")[0].replace("Dr. ", "")
    lines = [(f["visits"][0], "99213", 190.00, 126.45, ""), (f["visits"][0], "20552", 210.00, 139.70, ""),
             (f["visits"][0], "J3301", 18.00, 11.20, ""), (f["visits"][1], "20560", 120.00, 79.85, ""),
             (f["visits"][2], "20552", 210.00, 139.70, "")]
    md_ref = f["ref"]
    md = dict(prov=prov + ", MD" if "MD" in doc else prov + ", DO", claim=f["claim"],
              recv=f["visits"][2] + dt.timedelta(days=7), lines=lines, referrer=md_ref)
    pdf, t = om_eob(f, [md], None,
                    [("--", "Dry needling and trigger point injections performed by a physician are covered under "
                            "your medical benefit. Physician office services: your copay applies.")],
                    None, [], {"appeal_deadline": [iso(f["notice"] + dt.timedelta(days=180))]}, pay_ix=0)
    items.append(Item(f"{FAMILY}_phone_eob_physiatrist_needling_paid", "phone_photo", [(pdf, t)]))

    # 7. Lindqvist UR fax to the clinic: visits approved, dry needling not approved (fax fine)
    f = facts(227507, LQ, "slash")
    start = f["notice"] + dt.timedelta(days=2)
    end = start + dt.timedelta(days=41)
    items.append(Item(f"{FAMILY}_faxf_ur_visits_approved_needling_denied", "fax_fine_g4",
                      [lq_fax(f, f["notice"] - dt.timedelta(days=3), start, end, "LMR-" + digits(r, 8))]))
    return items
