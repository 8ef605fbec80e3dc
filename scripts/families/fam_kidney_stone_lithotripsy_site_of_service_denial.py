"""Family 'kidney_stone_lithotripsy_site_of_service_denial': plan letters, EOBs and a utilization management fax on
shock wave lithotripsy (50590) and ureteroscopy with laser lithotripsy (52356) for kidney and ureteral stones.

Issuers (all invented): Tollcrest Health Plan (commercial; letters with a boxed summary, a UM fax, an appeal
decision), Plan de Salud Cordillera / Cordillera Health Plan (Spanish EOB), Ashbury Falls Employee Benefit Plan
(self-funded employer plan; EOBs and a letter, claims administered by a named TPA). Contents: lithotripsy in the
hospital outpatient department denied when an in-network ambulatory surgery center was available; the stent removal
(52310) billed the same day as the ureteroscopy bundled; a second lithotripsy session within 30 days denied (Spanish
EOB, and an upheld appeal with external review only); an emergency ureteroscopy paid; a UM fax denying the hospital
site and approving the surgery center; a post-service hospital claim denied for the site. Decoys: the emergency
physician, the lithotripsy partnership's mobile unit number, the ASC named as the alternative site, NPIs, dates of
birth, request-received dates, the first session's date, stone sizes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "kidney_stone_lithotripsy_site_of_service_denial"
LANG = "en"

TC, CO, AF = "Tollcrest Health Plan", "Plan de Salud Cordillera", "Ashbury Falls Employee Benefit Plan"
CO_EN = "Cordillera Health Plan"
TPA = "Quenby Benefit Administrators"
ADDR = {TC: ("PO Box 31877", "Hadley Crossing, OH 43999"), CO: ("Apartado 9021, Ave. Los Pinos 410", "Mayagüez, PR 00999"),
        AF: ("c/o Quenby Benefit Administrators, 600 Quenby Way", "Rushmere, WI 53999")}
UROLOGY = ["Fennimore Urology Associates", "Calderwood Stone & Urology Clinic", "Westerhall Urology Partners"]
HOSPITALS = ["Brackwater General Hospital", "Oakhurst Valley Medical Center", "Hospital San Telmo de Cabo Verde"]
ASCS = ["Harrowby Ambulatory Surgery Center", "Linthwaite Surgery Center", "Pembury Outpatient Surgery Center"]
LITHO = ["Stonebridge Mobile Lithotripsy Partners, LP", "Litotricia del Oeste, LP"]
UROLOGISTS = ["Dr. Anneliese M. Okafor", "Dr. Timur R. Gallagher", "Dr. Priyamvada S. Holt"]
ER_DOCS = ["Dr. Kaveh R. Montrose, MD", "Dr. Solveig A. Mbeki, DO", "Dr. Dariusz L. Fairweather, MD"]
FIRST = ["Marguerite", "Obadiah", "Tamsin", "Vikram", "Clementine", "Fitzgerald", "Henrietta", "Chukwudi", "Ottilie",
         "Bartholomew", "Nkechi", "Lorcan"]
LAST = ["Pendergast", "Oyinlola", "Kristiansen", "Hawthorne", "Delacourt", "Mirzaev", "Brightmore", "Castellano",
        "Wetherby", "Achterberg"]
FIRST_ES = ["Eusebio", "Maricela", "Anacleto", "Rosaura", "Fermín"]
LAST_ES = ["Quiñones", "Betancourt", "Arizmendi", "Colón", "Villafañe"]
STREETS = ["Gristmill Road", "Heron Pond Lane", "Coachman Court", "Ridgeback Drive", "Calle Almendro"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if s == "esdmy":
        return d.strftime("%d/%m/%Y")
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str, lang: str = "en") -> dict:
    first, last = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 140))
    ids = {TC: ("TCH" + digits(r, 9), "TC-" + digits(r, 5)), CO: ("CDA" + digits(r, 8), "GR-" + digits(r, 4)),
           AF: ("AF" + digits(r, 3) + "-" + digits(r, 5), "AFEB" + digits(r, 3))}[ins]
    town = ["Hadley Crossing, OH 43999", "Rushmere, WI 53999", "Cobb Hollow, IN 46999"] if lang == "en" else \
        ["Mayagüez, PR 00999", "Aguada, PR 00998"]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(town)), notice=notice,
                svc=notice - dt.timedelta(days=r.randint(20, 50)), plan=notice + dt.timedelta(days=r.randint(10, 24)),
                recv=notice - dt.timedelta(days=r.randint(2, 6)), mid=ids[0], grp=ids[1],
                claim=digits(r, 4) + "-" + digits(r, 7), ref="SOS-" + digits(r, 7), uro=r.choice(UROLOGY),
                urologist=r.choice(UROLOGISTS), hosp=r.choice(HOSPITALS[:2]), asc=r.choice(ASCS),
                er=r.choice(ER_DOCS), npi=npi(r), npi2=npi(r), ph=phone(r), stone=f"{r.randint(6, 14)} mm",
                dob=dt.date(r.randint(1950, 2001), r.randint(1, 12), r.randint(1, 28)))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == TC:
        d.text_line("Tollcrest", 22, "B")
        d.text_line(f"{TC}  |  {a[0]}  |  {a[1]}  |  {f['ph']}", 8.5)
        d.rule(0.8, 1)
    elif ins == CO:
        d.text_line(CO, 15, "B", align="C")
        d.text_line(f"({CO_EN})  {a[0]}, {a[1]}", 8.5, align="C")
        d.text_line(f"Servicios al Afiliado {f['ph']} (TTY 711)", 8.5, align="C")
        d.rule(0.4, 1)
    else:
        d.text_line(AF, 13.5, "B", align="R")
        d.text_line(f"Claims administrator: {TPA}", 8.5, align="R")
        d.text_line(f"{a[0]}, {a[1]}  -  {f['ph']}", 8.5, align="R")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 54, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def boxed(d: Doc, rows, lw: float = 58) -> None:
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(lw, 6.4, " " + k, border=1)
        d.font(9.5)
        d.cell(w - lw, 6.4, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", box: bool = False,
           lines=None, fax: str | None = None, to_provider: bool = False) -> tuple[bytes, dict]:
    """appeal: None, 'days' (within N days of this letter), 'dated' (received by a date), 'external' (only external
    review remains)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_provider:
        for ln in (f"To: {f['urologist']}, {f['uro']}", f"Fax: {phone(random.Random(f['npi2']))}",
                   f"Member: {f['name']}"):
            d.text_line(ln, 10)
        d.ln(4)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    (boxed if box else pairs)(d, rows)
    if lines:
        head, rws, widths = lines
        d.table(head, rws, widths, size=8, aligns="LLLRRL", border_head="TB")
    d.para(f"Dear {f['urologist']}:" if to_provider else f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Appeal rights", 11, "B")
        d.ln(1)
        if appeal == "days":
            dl = f["notice"] + dt.timedelta(days=days)
            d.para(f"If you disagree with this decision, you may file an appeal within {days} days of the date of "
                   f"this letter. Call {f['ph']} or write to the address above. Your doctor may appeal for you.")
        elif appeal == "dated":
            dl = f["notice"] + dt.timedelta(days=days)
            d.para(f"To appeal, send us a written request. We must receive it by {D(f, dl)}. The member or the "
                   f"treating provider, with the member's consent, may appeal. Call {f['ph']} with questions.")
        else:
            d.para("This is our final internal decision. You have used all internal appeals. You may ask for an "
                   "independent external review within 4 months of the date you receive this letter; see the "
                   f"enclosed form or call {f['ph']}.")
        if appeal != "external":
            d.para("If your condition is urgent, you may ask for an expedited appeal; we answer those within 72 "
                   "hours.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    alts = dict(alts or {})
    if f["ins"] == AF:
        alts.setdefault("insurer", [TPA])
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=(), lang="en", paid=False) -> tuple[bytes, dict]:
    """lines: (date text, code, description, billed, allowed, paid, you owe, remark)."""
    es = lang == "es"
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    lab = (["Fecha del estado", "Paciente", "Nº de afiliado", "Grupo", "Fecha de nacimiento"] if es else
           ["Statement date", "Patient", "Member ID", "Group", "Date of birth"])
    for k, v in zip(lab, [D(f, f["notice"]), f["name"], f["mid"], f["grp"], D(f, f["dob"])]):
        d.set_x(112)
        d.font(9, "B")
        d.cell(36, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"{'Reclamación' if es else 'Claim'} {f['claim']}  -  {provider}  (NPI {f['npi']})",
           new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*" + ("Total de la reclamación" if es else "Claim total"), "", "", *[fmt_money(v) for v in tot],
                 ""])
    head = (["Fechas", "Código", "Servicio", "Facturado", "Permitido", "Pagó el plan", "Usted debe", "Nota"] if es
            else ["Service dates", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"])
    widths = [37, 13, 47, 19, 17, 19, 17, 10] if es else [30, 13, 53, 20, 18, 19, 17, 10]
    d.table(head, rows, widths, size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notas" if es else "Remarks", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    if es:
        d.para(f"Sus derechos de apelación: si no está de acuerdo con esta decisión, puede apelar dentro de {days} "
               f"días a partir de la fecha de esta explicación de beneficios. Llame al {f['ph']} (TTY 711) o "
               "escriba a la dirección de arriba.", 9)
    else:
        d.para(f"Your appeal rights: if you disagree with how this claim was processed, you may appeal within {days} "
               f"days of the date of this statement. Call {f['ph']} or write to the address above.", 9)
    alts = dict(alts or {})
    if paid:
        alts.setdefault("appeal_deadline", [iso(dl)])
    if f["ins"] == AF:
        alts.setdefault("insurer", [TPA])
    t = truth("eob", denial, lang, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if paid else iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: pre-service letter, lithotripsy in the hospital outpatient department denied (ASC available)
    f = facts(random.Random(237601), TC, "long")
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference number", f["ref"]),
            ("Request received", D(f, f["recv"])),
            ("Service", "50590 Lithotripsy, extracorporeal shock wave (ESWL)"),
            ("Requested setting", f"Hospital outpatient department, {f['hosp']}"),
            ("Requesting provider", f"{f['uro']} ({f['urologist']}), NPI {f['npi']}"),
            ("Planned date of service", D(f, f["plan"]))]
    body = [f"We reviewed a request from {f['uro']} for shock wave lithotripsy of a {f['stone']} left kidney stone "
            f"at the outpatient department of {f['hosp']}. We approve the lithotripsy itself, but not in the "
            "hospital outpatient setting.",
            "Our site-of-service policy (UM-SOS-07) covers lithotripsy in a hospital outpatient department only "
            "when the member needs the hospital because of a serious heart or lung condition, a bleeding disorder, "
            "or when no in-network ambulatory surgery center within 30 miles can do the procedure. None of these "
            f"applies. {f['asc']}, an in-network surgery center 11 miles from your home, performs lithotripsy with "
            "the same urologist. The hospital outpatient setting is therefore denied.",
            f"If the procedure is scheduled at {f['asc']}, no new request is needed; we have noted the approval "
            "for that setting under the same reference number."]
    items.append(Item(f"{FAMILY}_bd_hospital_outpatient_site_denied", "born_digital", [letter(
        f, "Site of Service Determination", rows, body, denial="level_of_care", appeal="days", days=180,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["uro"], box=True, dalts=["medical_necessity"],
        alts={"provider": [f["hosp"], f["urologist"]]})]))

    # 2 born digital: self-funded plan EOB, stent removal billed the same day as the ureteroscopy bundled
    f = facts(random.Random(237602), AF, "slash")
    lines = [(D(f, f["svc"]), "52356", "Cystourethroscopy, ureteroscopy, laser lithotripsy, stent", 3980.00,
              2410.00, 1928.00, 482.00, ""),
             (D(f, f["svc"]), "52310", "Cystourethroscopy with removal of ureteral stent", 865.00, 0, 0, 0, "B7"),
             (D(f, f["svc"]), "74420", "Urography, retrograde, with imaging", 340.00, 196.00, 156.80, 39.20, "")]
    rem = [("B7", "The removal of a ureteral stent on the same day as the ureteroscopy is part of the main "
                  "procedure (52356 includes placing and managing the stent). It is not paid separately. The "
                  "provider may not bill you for this line.")]
    items.append(Item(f"{FAMILY}_bd_eob_stent_removal_bundled", "born_digital", [eob(
        f, f["uro"], lines, rem, "This statement shows how your plan paid a claim. One line was denied.",
        "coding_error", sdates=[iso(f["svc"])], dalts=["not_covered"],
        header_extra=[f"Rendering urologist: {f['urologist']}   Place of service: {f['asc']}"],
        alts={"claim_amount": ["865.00"], "provider": [f["urologist"]]})]))

    # 3 scan 300, Spanish EOB: a second lithotripsy session within 30 days denied
    f = facts(random.Random(237603), CO, "es", lang="es")
    first = f["svc"] - dt.timedelta(days=17)
    lit = LITHO[1]
    lines = [(D(f, f["svc"]), "50590", "Litotricia extracorpórea (ESWL), 2.ª sesión",
              4150.00, 0, 0, 0, "L30"),
             (D(f, f["svc"]), "76000", "Fluoroscopia, hasta 1 hora", 285.00, 0, 0, 0, "L30")]
    rem = [("L30", f"Esta es una segunda sesión de litotricia en el mismo riñón dentro de 30 días de la primera "
                   f"({D(f, first)}). El plan cubre una segunda sesión dentro de 30 días solo si una radiografía o "
                   "tomografía después de la primera sesión muestra un fragmento de 5 mm o más que no pasó. Los "
                   "registros no incluyen ese estudio. Por eso la segunda sesión no es médicamente necesaria. El "
                   "proveedor no puede cobrarle estos servicios.")]
    items.append(Item(f"{FAMILY}_scan300_es_eob_second_session_30_days", "scan_clean_300", [eob(
        f, lit, lines, rem, "Procesamos la reclamación a continuación. No se pagó; vea la nota L30.",
        "medical_necessity", sdates=[iso(f["svc"])], lang="es", dalts=["not_covered"],
        header_extra=[f"Unidad móvil LT-{digits(random.Random(237613), 3)}  -  Urólogo: {f['urologist']}"],
        alts={"insurer": [CO_EN]})]))

    # 4 150 dpi: EOB, emergency ureteroscopy paid (admitted through the ED)
    f = facts(random.Random(237604), TC, "abbr")
    lines = [(D(f, f["svc"]), "0450", "Emergency room", 2260.00, 1315.00, 1165.00, 150.00, "E1"),
             (D(f, f["svc"]), "0360", "Operating room: 52356 ureteroscopy, laser", 7840.00, 4420.00, 4420.00, 0, "E1"),
             (D(f, f["svc"]), "0350", "CT scan, abdomen/pelvis, no contrast", 1985.00, 612.00, 612.00, 0, "E1")]
    rem = [("E1", f"Emergency services. Paid at your in-network benefit level. You were seen in the emergency "
                  f"department by {f['er']} (billed separately) for an obstructing {f['stone']} stone with fever, "
                  "and the urologist performed an emergency ureteroscopy the same day. No prior authorization or "
                  "site-of-service review is needed for emergency care.")]
    items.append(Item(f"{FAMILY}_lowres_eob_emergency_ureteroscopy_paid", "scan_lowres_150", [eob(
        f, f["hosp"], lines, rem, "We paid the claim below. You owe only your emergency room copay.", None,
        sdates=[iso(f["svc"])], paid=True)]))

    # 5 fax fine: UM fax to the urology practice, hospital outpatient ureteroscopy denied, ASC approved
    f = facts(random.Random(237605), TC, "dmy")
    fax = f"{D(f, f['notice'])} 11:52  TOLLCREST UM  FAX {phone(random.Random(237615))}  P. 1/1"
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization request:", f["ref"]),
            ("Received:", D(f, f["recv"])), ("Procedure:", "52356 Ureteroscopy with laser lithotripsy and stent"),
            ("Requested place of service:", f"22 - On-campus hospital outpatient, {f['hosp']}"),
            ("Scheduled:", D(f, f["plan"])), ("Decision:", "Hospital outpatient DENIED; ASC (POS 24) APPROVED")]
    body = [f"The procedure is approved at an ambulatory surgery center. The hospital outpatient setting is not "
            f"approved: the member is 52 years old, has no heart, lung or bleeding condition that requires a "
            f"hospital, and {f['asc']} is in network and 9 miles away. Site-of-service criteria UM-SOS-07 are not met "
            "for the hospital setting.",
            "If the case moves to the surgery center, please send the new facility's NPI; the approval stays under "
            "the same authorization request number. A peer-to-peer discussion is available within 5 business days "
            f"at {f['ph']}."]
    items.append(Item(f"{FAMILY}_faxfine_um_hospital_site_denied_asc_approved", "fax_fine_g4", [letter(
        f, "Utilization Review Determination", rows, body, denial="level_of_care", appeal="dated", days=60,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["uro"], fax=fax, to_provider=True,
        dalts=["medical_necessity"], alts={"provider": [f["hosp"], f["urologist"]]},
        sign="Utilization Management, Outpatient Surgical Review")]))

    # 6 phone photo: self-funded plan's post-service letter, hospital outpatient lithotripsy claim denied
    f = facts(random.Random(237606), AF, "short")
    amt_lines = [("0790", "Lithotripsy, facility (50590)", 6420.00), ("0370", "Anesthesia, facility", 1180.00),
                 ("0250", "Pharmacy", 212.40)]
    amt = sum(x[2] for x in amt_lines)
    rows = [("Patient:", f["name"]), ("Employee ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Claim number:", f["claim"]), ("Facility:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Date of service:", D(f, f["svc"])), ("Total billed:", fmt_money(amt))]
    lt = (["Rev.", "Description", "", "Billed", "Paid", "Code"],
          [[a, b, "", fmt_money(c), "$0.00", "SOS1"] for a, b, c in amt_lines], [18, 70, 10, 30, 25, 18])
    body = [f"{TPA}, on behalf of the plan, denied the hospital's claim for shock wave lithotripsy done in its "
            "outpatient department. The plan pays for planned lithotripsy in a hospital outpatient department only "
            "after a site-of-service review shows the hospital setting is needed. No review was requested, and "
            f"in-network surgery centers near you (such as {f['asc']}) offer the procedure. The urologist's own bill "
            f"from {f['uro']} was paid separately and is not part of this decision.",
            "Because you used a network hospital, the hospital may not bill you for more than your share would have "
            "been at a surgery center. Call us if you receive a bill."]
    items.append(Item(f"{FAMILY}_phone_letter_hospital_claim_site_denied", "phone_photo", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, denial="level_of_care", appeal="days", days=180,
        cases=[f["claim"]], sdates=[iso(f["svc"])], provider=f["hosp"], amt=amt, lines=lt,
        dalts=["medical_necessity", "prior_authorization"], sign=f"Claims Review, {TPA}")]))

    # 7 rotated: final appeal upheld on a second lithotripsy session within 30 days (external review only)
    f = facts(random.Random(237607), TC, "iso")
    first = f["svc"] - dt.timedelta(days=21)
    amt = 4610.00
    appeal_no = "TCA-" + digits(random.Random(237617), 7)
    lit = LITHO[0]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Claim number:", f["claim"]), ("Provider:", f"{lit}, NPI {f['npi']}"),
            ("Date of service:", D(f, f["svc"])), ("First session:", D(f, first)), ("Amount billed:", fmt_money(amt)),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"You appealed our denial of the second shock wave lithotripsy session done by {lit} on "
            f"{D(f, f['svc'])}, 21 days after the first session. A board-certified urologist who was not part of "
            "the first decision reviewed the appeal, including the letter from "
            f"{f['urologist']} of {f['uro']}.",
            "Decision: we uphold the denial. A repeat session within 30 days is covered when imaging after the first "
            "session shows a remaining fragment of 5 mm or larger. The X-ray sent with the appeal was taken before "
            "the first session, so it does not show what remained afterwards. The second session was not medically "
            "necessary under the plan's policy."]
    items.append(Item(f"{FAMILY}_rotated_final_appeal_second_session_upheld", "rotated", [letter(
        f, "Final Internal Appeal Decision", rows, body, denial="medical_necessity", appeal="external",
        cases=[appeal_no, f["claim"]], sdates=[iso(f["svc"])], provider=lit, amt=amt, sign="Appeals Department",
        dalts=["not_covered"], alts={"case_numbers": [[appeal_no]]})]))
    return items
