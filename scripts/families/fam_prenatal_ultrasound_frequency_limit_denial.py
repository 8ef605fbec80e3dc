"""Family 'prenatal_ultrasound_frequency_limit_denial': plan EOBs and letters, a utilization management fax and a
Spanish Medicaid managed care notice on obstetric ultrasounds (76801, 76805, 76811, 76815, 76817).

Issuers (all invented): Thistlemoor Health Plan (commercial; EOBs with a "routine ultrasounds this pregnancy"
panel, a utilization management fax), Larchbrook Mutual Health Insurance Company (letters: pre-service decision,
claim decision, appeal decision), Bahía Serena Plan de Salud (Medicaid managed care; a Spanish notice). Contents: a
third routine ultrasound (76805) denied over the two-per-pregnancy limit; a detailed anatomy scan (76811) denied
without a high-risk diagnosis (76805 approved instead); a maternal-fetal medicine consult with 76811 and 76817 paid;
a 3D keepsake ultrasound from an elective imaging studio excluded; an upheld appeal of a third routine scan (76815);
a second 76811 in one pregnancy denied by fax; a Spanish Medicaid notice denying a third routine ultrasound.
Decoys: the obstetrician (referring or ordering), estimated due dates, last menstrual period, earlier ultrasound
dates, dates of birth, NPIs, request-received dates, the obstetrician's paid visit, fair hearing time limits, phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "prenatal_ultrasound_frequency_limit_denial"
LANG = "en"

TM, LB, BS = "Thistlemoor Health Plan", "Larchbrook Mutual Health Insurance Company", "Bahía Serena Plan de Salud"
ADDR = {TM: ("PO Box 77120", "Wrexford, NE 68997"), LB: ("840 Cobblerow Parkway", "Haddon Ferry, VT 05991"),
        BS: ("2300 Avenida del Faro, Suite 410", "Puerto Almendro, TX 78599")}
CENTERS = ["Brightwater Women's Imaging", "Kestrel Point Prenatal Ultrasound", "Willowmere Radiology - Women's Center"]
MFM = ["Mossgate Maternal-Fetal Medicine Associates", "Alder Fen Perinatal Center", "Corrie Bay Maternal-Fetal Medicine"]
OBS = ["Dr. Ottoline Haverkamp", "Dr. Baraka Ndegwa-Soto", "Dr. Lisette Marchand", "Dr. Tomasz Weatherby",
       "Dr. Priyanka Venkataraman"]
STUDIO = "Little Lantern 3D Baby Imaging"
FIRST = ["Anjali", "Siobhan", "Thandiwe", "Mireille", "Yuki", "Rosalind", "Ngozi", "Katarzyna", "Leilani", "Farrah",
         "Ines", "Marguerite"]
LAST = ["Okonjo", "Brannigan", "Castellano", "Lindqvist", "Hakimi", "Pereira", "Drummond", "Vukovic", "Tremblay",
        "Asante", "Kowalski", "Nakashima"]
FIRST_ES = ["Yaretzi", "Marisela", "Rocío", "Anabel", "Xochitl"]
LAST_ES = ["Quiñones", "Barragán", "Ledesma", "Valenzuela", "Montoya"]
STREETS = ["Meadowsweet Lane", "Copperbeech Road", "Tern Harbor Drive", "Gable Street", "Hollins Ridge Court"]
TOWNS = ["Wrexford, NE 68997", "Haddon Ferry, VT 05991", "Marlow Springs, OK 73999", "Cutter's Bend, MI 49999"]
TOWNS_ES = ["Puerto Almendro, TX 78599", "San Elicio, TX 78598"]
DESC = {"76801": "US pregnant uterus, first trimester", "76805": "US pregnant uterus, after 1st trimester",
        "76811": "US pregnant uterus, detailed fetal anatomic exam", "76815": "US pregnant uterus, limited",
        "76817": "US pregnant uterus, transvaginal", "99243": "Office consultation, 30-44 min",
        "99213": "Office visit, established patient", "76376": "3D rendering with interpretation"}


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str, es: bool = False) -> dict:
    r = random.Random(seed)
    first, last = r.choice(FIRST_ES if es else FIRST), r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    if ins == TM:
        mid_, grp = "THP" + digits(r, 9), digits(r, 6)
    elif ins == LB:
        mid_, grp = "LBM-" + digits(r, 4) + "-" + digits(r, 5), "G-" + digits(r, 5)
    else:
        mid_, grp = "BS" + digits(r, 10), None
    edd = notice + dt.timedelta(days=r.randint(40, 150))
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS_ES if es else TOWNS)),
                notice=notice, mid=mid_, grp=grp, center=r.choice(CENTERS), mfm=r.choice(MFM), ob=r.choice(OBS),
                dob=dt.date(r.randint(1986, 2003), r.randint(1, 12), r.randint(1, 28)), edd=edd,
                lmp=edd - dt.timedelta(days=280), ph=phone(r), npi=npi(r), npi2=npi(r), claim=digits(r, 12))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 50, size: float = 10, x: float | None = None):
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def letterhead(d: Doc, f: dict, ins: str, sub: str = "") -> None:
    a = ADDR[ins]
    if ins == TM:
        y = d.get_y()
        d.set_fill_color(70, 70, 70)
        d.rect(d.l_margin, y, 9, 9, style="F")
        d.set_xy(d.l_margin + 12, y)
        d.font(17, "B")
        d.cell(90, 9, "THISTLEMOOR")
        d.set_xy(112, y)
        d.font(8.5)
        d.multi_cell(0, 4.1, f"{TM}\n{a[0]}, {a[1]}\nMember Services {f['ph']}  TTY 711", align="R",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 14)
        if sub:
            d.text_line(sub, 8.5, "B")
        d.rule(0.6, 2)
    elif ins == LB:
        d.text_line(LB, 14, "B", align="C")
        d.text_line(f"{a[0]}  |  {a[1]}  |  {f['ph']}", 9, align="C")
        d.rule(0.3, 1)
        d.rule(0.3, 1)
    else:
        d.text_line("BAHÍA SERENA", 16, "B")
        d.text_line("Plan de Salud  -  un plan de Medicaid administrado", 9)
        d.text_line(f"{a[0]}, {a[1]}  -  Servicios al Miembro {f['ph']} (TTY 711)", 8.5)
        d.rule(0.5, 1)
    d.ln(4)


# --------------------------------------------------------------------------------------------- Thistlemoor EOB
def tm_eob(f: dict, claims: list[dict], denied_ix: int | None, legend: list[tuple[str, str]], panel: list[str],
           denial: str | None, dalts: list[str], alts: dict | None = None, tfalts: list[str] | None = None
           ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Thistlemoor Health Plan  -  EOB  -  page {p} of {n}")
    d.add_page()
    letterhead(d, f, TM, "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(115, y0)
    pairs(d, [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
              ("Group no.", f["grp"]), ("Date of birth", D(f, f["dob"]))], lw=30, size=9, x=115)
    d.set_y(max(d.get_y(), y0 + 28) + 2)
    for c in claims:
        d.set_fill_color(232, 232, 232)
        d.font(9.5, "B")
        d.cell(0, 6.5, f" {c['prov']}  -  claim no. {c['claim']}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 5, f" {c['who']}   Received {D(f, c['recv'])}", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], DESC[ln[0]], fmt_money(ln[1]), fmt_money(ln[2]), fmt_money(ln[3]),
                 fmt_money(ln[4]), ln[5]] for ln in c["lines"]]
        rows.append(["*Claim total", "", "", fmt_money(sum(x[1] for x in c["lines"])),
                     fmt_money(sum(x[2] for x in c["lines"])), fmt_money(sum(x[3] for x in c["lines"])),
                     fmt_money(sum(x[4] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [21, 13, 58, 20, 19, 19, 18, 12], size=7.8, aligns="LLLRRRRL")
    d.set_draw_color(0)
    d.text_line("Routine ultrasounds this pregnancy", 9.5, "B")
    for p in panel:
        d.para(p, 8.8, gap=0.5)
    d.ln(2)
    d.text_line("Notes", 9.5, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Your right to appeal: if you disagree with how we processed a claim, you may appeal within 180 days of the "
           f"date of this statement. Write to Thistlemoor Appeals, {ADDR[TM][0]}, {ADDR[TM][1]}, or call {f['ph']}.",
           8.8)
    c = claims[denied_ix if denied_ix is not None else -1]
    t = truth("eob", denial, insurer=TM, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["claim"]], claim_amount=m2(sum(x[1] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates=alts or {}, denial_alternates=dalts, type_alternates=tfalts or [])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Larchbrook letters
def lb_letter(f: dict, title: str, rows: list[tuple[str, str]], body: list[tuple[str, str]], appeal: str,
              dl: dt.date | None, denial: str, dalts: list[str], cases: list[str], svc: list[str], provider: str,
              amount: float | None, alts: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer="LMHIC-UM-OB  Page {p} of {n}", header=f"{f['name']}  -  ID {f['mid']}")
    d.add_page()
    letterhead(d, f, LB)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    d.set_line_width(0.2)
    for k, v in rows:
        d.font(10, "B")
        d.cell(58, 6, " " + k, border="B")
        d.font(10)
        d.cell(0, 6, " " + v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear Ms. {f['last']}:", 11)
    for h, p in body:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    d.text_line("Your appeal rights", 11.5, "B")
    d.ln(1)
    d.para(appeal, 11)
    d.para("Sincerely,\n\nObstetric Imaging Review Unit\n" + LB, 11)
    t = truth("denial_letter", denial, insurer=LB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, claim_amount=None if amount is None else m2(amount), service_dates=svc,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- UM fax
def tm_um_fax(f: dict, ref: str, planned: dt.date) -> tuple[bytes, dict]:
    r = f["r"]
    ga = 280 - (f["edd"] - planned).days
    d = Doc("Courier", footer=None, margins=(16, 12, 16))
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'slash')} 14:22  FROM: THISTLEMOOR UM  {phone(r)}  TO: {f['mfm'].upper()}"
                "  P. 1/1", 7.5)
    d.ln(2)
    letterhead(d, f, TM, "UTILIZATION MANAGEMENT  -  PRIOR AUTHORIZATION DETERMINATION")
    d.font(10, "B")
    d.cell(0, 6, "NOTICE OF ADVERSE DETERMINATION (PROVIDER COPY)", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.boxes([("Determination date", D(f, f["notice"]), 45), ("UM reference", ref, 45),
             ("Request received", D(f, f["notice"] - dt.timedelta(days=3)), 45), ("Urgency", "Standard", 45)])
    d.boxes([("Member", f["name"], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 30),
             ("DOB", D(f, f["dob"]), 45)])
    d.boxes([("Requesting / servicing provider", f["mfm"], 90), ("Provider NPI", f["npi"], 40),
             ("Planned date of service", D(f, planned), 50)], value_size=9)
    d.boxes([("Ordering obstetrician", f["ob"], 70), ("OB NPI", f["npi2"], 40), ("EDD", D(f, f["edd"]), 35),
             ("GA at service", f"{ga // 7}w {ga % 7}d", 35)], value_size=9)
    d.boxes([("Procedure requested", "76811 x1  US pregnant uterus, detailed fetal anatomic exam (second)", 180)],
            value_size=9)
    d.ln(4)
    d.text_line("DETERMINATION: NOT APPROVED (76811)   /   APPROVED: 76816 x1 FOLLOW-UP", 10, "B")
    d.ln(2)
    d.para("RATIONALE: A detailed fetal anatomic examination (76811) is covered once per pregnancy, per Thistlemoor "
           "Obstetric Ultrasound Policy OB-114. This member had a 76811 examination on "
           f"{D(f, planned - dt.timedelta(days=61))} at {f['mfm']}. The request is to re-check fetal growth and the "
           "placental location. A repeat detailed anatomic survey is not medically necessary for this indication; a "
           "follow-up ultrasound (76816) answers the clinical question and has been approved under the same UM "
           "reference.", 9.5)
    d.para("PEER-TO-PEER: the ordering or servicing physician may call the reviewing obstetrician at "
           f"{phone(r)} within 5 business days.", 9.5)
    d.para("APPEAL: the member, or the provider on the member's behalf, may file an appeal within 180 days of the "
           "date of this notice. An expedited appeal is decided within 72 hours when waiting could seriously harm the "
           "health of the mother or the baby. A copy of this notice has been mailed to the member.", 9.5)
    d.para("Reviewer: Board-certified obstetrician-gynecologist, Thistlemoor Utilization Management", 9)
    t = truth("denial_letter", "medical_necessity", insurer=TM, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(f["notice"]),
              provider=f["mfm"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "prior_authorization"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Spanish Medicaid
def bs_aviso(f: dict, tcn: str, dos: dt.date, lines: list[tuple[str, str, float]], prior: list[dt.date]
             ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f, BS)
    d.text_line("Fecha de este aviso: " + D(f, f["notice"]), 10.5, "B")
    d.ln(3)
    addressee(d, f)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 13, "B")
    d.text_line("Reclamo de un servicio que ya recibió", 10)
    d.ln(3)
    tot = sum(x[2] for x in lines)
    rows = [("Miembro", f["name"]), ("Número de Medicaid", f["mid"]), ("Fecha de nacimiento", D(f, f["dob"])),
            ("Número de reclamo (TCN)", tcn), ("Fecha del servicio", D(f, dos)), ("Proveedor", f["center"]),
            ("Médico que ordenó", f"{f['ob']} (obstetra)"), ("Cantidad facturada", fmt_money(tot))]
    for k, v in rows:
        d.font(10, "B")
        d.cell(60, 6.2, " " + k, border=1)
        d.font(10)
        d.cell(0, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Código", "Servicio", "Facturado", "Pagado"],
            [[c, s, fmt_money(a), fmt_money(0)] for c, s, a in lines], [22, 100, 30, 28], size=9, aligns="LLRR")
    d.para(f"Estimada Sra. {f['last']}:", 10.5)
    d.text_line("Lo que decidimos", 11.5, "B")
    d.ln(1)
    d.para(f"Negamos el pago del reclamo de arriba. {f['center']} nos envió el reclamo por una ecografía obstétrica "
           "de rutina.", 10.5)
    d.text_line("Por qué", 11.5, "B")
    d.ln(1)
    d.para("Bahía Serena cubre dos ecografías obstétricas de rutina por embarazo. Ya pagamos dos para este embarazo, "
           f"el {D(f, prior[0])} y el {D(f, prior[1])}. Una tercera ecografía se cubre solo cuando el médico "
           "documenta un embarazo de alto riesgo o una complicación (por ejemplo, sangrado, crecimiento fetal "
           "restringido o placenta previa). El reclamo no tiene un diagnóstico de alto riesgo. Por eso, este servicio "
           "supera el límite del beneficio. El proveedor no le puede cobrar a usted por este servicio.", 10.5)
    d.text_line("Sus derechos de apelación", 11.5, "B")
    d.ln(1)
    d.para("Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Llame al "
           f"{f['ph']} o escriba a Apelaciones de Bahía Serena, {ADDR[BS][0]}, {ADDR[BS][1]}. Si su salud o la de "
           "su bebé corre peligro, pida una apelación acelerada (72 horas). Si no está de acuerdo con nuestra "
           "decisión sobre la apelación, puede pedir una audiencia imparcial estatal dentro de los 120 días a partir "
           "de la fecha de esa decisión.", 10.5)
    d.para(f"Atentamente,\nDepartamento de Reclamos\n{BS}", 10.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=BS, member_id=f["mid"], member_name=f["name"],
              case_numbers=[tcn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(f["notice"]),
              provider=f["center"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"], alternates={"insurer": ["Bahía Serena"]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(228500)

    # 1. Thistlemoor EOB: third routine ultrasound (76805) over the two-per-pregnancy limit (born digital)
    f = facts(228501, TM, "long")
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 35))
    p1, p2 = dos - dt.timedelta(days=r.randint(95, 110)), dos - dt.timedelta(days=r.randint(40, 55))
    visit = dict(prov=f["ob"], claim=digits(r, 12), who="Obstetrics - prenatal visit", recv=dos + dt.timedelta(days=3),
                 dos=dos - dt.timedelta(days=2), lines=[("99213", 165.00, 118.40, 98.40, 20.00, "")])
    us = dict(prov=f["center"], claim=f["claim"], who=f"Ordered by {f['ob']}", recv=dos + dt.timedelta(days=5),
              dos=dos, lines=[("76805", 412.00, 0.0, 0.0, 0.0, "UL2")])
    items.append(Item(f"{FAMILY}_bd_eob_third_routine_ultrasound_over_limit", "born_digital", [tm_eob(
        f, [visit, us], 1,
        [("UL2", "Routine obstetric ultrasound limit reached. The plan covers 2 routine obstetric ultrasounds per "
                 "pregnancy. More are covered with a diagnosis of a high-risk pregnancy or a complication, which this "
                 "claim did not include. You are not responsible for this amount (network provider).")],
        [f"{fmt_date(p1, 'slash')}  76801  {f['center']}  (1 of 2, paid)",
         f"{fmt_date(p2, 'slash')}  76805  {f['center']}  (2 of 2, paid)",
         f"Estimated due date on file: {D(f, f['edd'])}"],
        "not_covered", ["medical_necessity", "other"])]))

    # 2. Larchbrook: pre-service 76811 denied without a high-risk diagnosis; 76805 approved (born digital)
    f = facts(228502, LB, "slash")
    ref = "UM" + digits(r, 9)
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    f["edd"] = planned + dt.timedelta(days=r.randint(135, 145))
    items.append(Item(f"{FAMILY}_bd_letter_anatomy_scan_76811_no_high_risk", "born_digital", [lb_letter(
        f, "Prior Authorization Decision - Detailed Fetal Anatomy Ultrasound",
        [("Authorization request no.", ref), ("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
         ("Date of birth", D(f, f["dob"])), ("Service requested", "76811 Detailed fetal anatomic exam"),
         ("Requested by", f"{f['mfm']} (NPI {f['npi']})"), ("Referring obstetrician", f["ob"]),
         ("Planned date of service", D(f, planned)), ("Estimated due date", D(f, f["edd"])),
         ("Date request received", D(f, f["notice"] - dt.timedelta(days=2)))],
        [("Our decision",
          "We did not approve the detailed fetal anatomy ultrasound (CPT 76811). We approved a standard "
          "second-trimester ultrasound (CPT 76805) for the same date, under the same request number."),
         ("Why",
          "Under our Obstetric Ultrasound medical policy, a detailed anatomic examination is medically necessary "
          "when a pregnancy has a known or suspected fetal anomaly, or a high-risk condition such as pre-existing "
          "diabetes, a maternal age of 35 or older at delivery, a prior child with a structural anomaly, or an abnormal "
          "screening result. The request from the maternal-fetal medicine practice listed a routine anatomy survey "
          "(Z36.3) and no high-risk diagnosis. A standard anatomy ultrasound (76805) meets this need. If a problem is "
          "found on the standard ultrasound, the practice may ask again.")],
        "You or your provider may appeal this decision within 180 days of the date of this letter. Send your appeal "
        f"to Larchbrook Appeals, {ADDR[LB][0]}, {ADDR[LB][1]}, or call {f['ph']}. If waiting could seriously harm your "
        "health or your baby's, ask for an expedited appeal; we will decide within 72 hours.",
        f["notice"] + dt.timedelta(days=180), "medical_necessity", ["prior_authorization"], [ref], [iso(planned)],
        f["mfm"], None, {"service_dates": [[]]})]))

    # 3. Thistlemoor EOB: maternal-fetal medicine consult with 76811 and 76817 paid (scan 300)
    f = facts(228503, TM, "dmy")
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 30))
    mfm = dict(prov=f["mfm"], claim=f["claim"], who=f"Referred by {f['ob']}   Diagnosis O09.523, O24.111",
               recv=dos + dt.timedelta(days=4), dos=dos,
               lines=[("99243", 310.00, 221.75, 177.40, 44.35, ""), ("76811", 685.00, 402.10, 321.68, 80.42, ""),
                      ("76817", 240.00, 151.30, 121.04, 30.26, "")])
    items.append(Item(f"{FAMILY}_scan300_eob_mfm_consult_paid", "scan_clean_300", [tm_eob(
        f, [mfm], 0,
        [("--", "High-risk pregnancy: consultation and detailed ultrasound covered under Obstetric Ultrasound "
                "Policy OB-114. Your coinsurance (20%) applies.")],
        ["Detailed and transvaginal ultrasounds for a high-risk pregnancy do not count toward the routine limit.",
         f"Estimated due date on file: {D(f, f['edd'])}"],
        None, [], {"appeal_deadline": [None]}, ["other"])]))

    # 4. Larchbrook: 3D keepsake ultrasound from an elective studio excluded (photocopy)
    f = facts(228504, LB, "abbr")
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    claim = "LB" + digits(r, 10)
    l1, l2 = 129.00, 96.50
    dl = f["notice"] + dt.timedelta(days=180)
    items.append(Item(f"{FAMILY}_copy_letter_3d_keepsake_excluded", "photocopy", [lb_letter(
        f, "Claim Decision - Elective 3D/4D Ultrasound",
        [("Claim number", claim), ("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
         ("Provider", STUDIO), ("Date of service", D(f, dos)),
         ("Services billed", f"76805 {fmt_money(l1)}; 76376 {fmt_money(l2)}"),
         ("Total billed", fmt_money(l1 + l2)), ("Your obstetrician on file", f["ob"])],
        [("What we decided",
          f"We denied this claim. {STUDIO} billed an elective three- and four-dimensional ultrasound session "
          "(\"keepsake\" images and video) that was not ordered by your obstetrician."),
         ("Why",
          "Your certificate of coverage excludes ultrasounds done only to take pictures or to learn the baby's sex, "
          "and services that are not medically necessary to diagnose or treat an illness or a complication of "
          "pregnancy. Your routine obstetric ultrasounds are still covered when ordered by your obstetrician. Because "
          "the studio is not a network provider, it may bill you for this session.")],
        f"If you disagree, you may appeal. Your appeal must reach us by {D(f, dl)}. Write to Larchbrook Appeals, "
        f"{ADDR[LB][0]}, {ADDR[LB][1]}, and include this letter and any records from your obstetrician.",
        dl, "not_covered", ["medical_necessity"], [claim], [iso(dos)], STUDIO, l1 + l2, {})]))

    # 5. Larchbrook: first-level appeal upheld, third routine scan 76815 (150 dpi)
    f = facts(228505, LB, "iso")
    dos = f["notice"] - dt.timedelta(days=r.randint(60, 80))
    claim, apl = "LB" + digits(r, 10), "APL-" + digits(r, 7)
    amt = 287.00
    items.append(Item(f"{FAMILY}_lowres_appeal_upheld_third_routine_scan", "scan_lowres_150", [lb_letter(
        f, "Appeal Decision - Denial Upheld",
        [("Appeal number", apl), ("Original claim number", claim), ("Member", f["name"]), ("Member ID", f["mid"]),
         ("Group", f["grp"]), ("Provider", f["center"]), ("Date of service", D(f, dos)),
         ("Service", "76815 Limited obstetric ultrasound"), ("Amount billed", fmt_money(amt)),
         ("Appeal received", D(f, f["notice"] - dt.timedelta(days=24)))],
        [("Our decision",
          "We reviewed your appeal of our denial of the limited obstetric ultrasound above and are upholding the "
          "denial."),
         ("Why",
          "Your plan covers two routine obstetric ultrasounds per pregnancy. Two were paid for this pregnancy before "
          "the date of service. A board-certified obstetrician who was not part of the first decision reviewed the "
          f"records from {f['center']} and from your obstetrician, {f['ob']}. The ultrasound was ordered to check the "
          "baby's position at 36 weeks, which was confirmed by examination at the same visit, and no complication was "
          "documented. The third ultrasound is beyond the benefit limit.")],
        "You may ask for a second-level appeal within 60 days of the date of this letter. After that, you may ask for "
        "an external review by an independent review organization within 4 months of our final decision.",
        f["notice"] + dt.timedelta(days=60), "not_covered", ["medical_necessity"], [apl, claim], [iso(dos)],
        f["center"], amt, {"case_numbers": [[apl]]})]))

    # 6. Thistlemoor UM fax to the MFM practice: second 76811 denied, 76816 approved (fax fine)
    f = facts(228506, TM, "upper")
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    f["edd"] = planned + dt.timedelta(days=r.randint(70, 80))
    items.append(Item(f"{FAMILY}_faxf_um_second_detailed_scan_denied", "fax_fine_g4",
                      [tm_um_fax(f, "UM-" + digits(r, 8), planned)]))

    # 7. Bahía Serena Spanish Medicaid notice: third routine ultrasound denied (rotated)
    f = facts(228507, BS, "es", es=True)
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    prior = [dos - dt.timedelta(days=r.randint(100, 120)), dos - dt.timedelta(days=r.randint(45, 60))]
    items.append(Item(f"{FAMILY}_rot_es_medicaid_third_ultrasound", "rotated", [bs_aviso(
        f, digits(r, 16), dos, [("76805", "Ecografía obstétrica después del primer trimestre", 365.00)], prior)]))
    return items
