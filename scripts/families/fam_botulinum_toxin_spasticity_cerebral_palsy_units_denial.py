"""Family 'botulinum_toxin_spasticity_cerebral_palsy_units_denial': onabotulinumtoxinA (J0585, per unit) with
chemodenervation of one extremity (64642) and each additional extremity (64643) for spasticity in cerebral palsy,
refused in part because the units exceed the plan's limit per session or the sessions are closer than 12 weeks.

Documents: a commercial plan's pre-service prose letter (interval under 12 weeks, facts only in sentences); a
low-resolution scan stack of a multi-line EOB with partial payment (units over 400 denied, the office visit and the
injection codes paid) + the blank back of its sheet + the neurology clinic's statement; a photocopied Spanish
Medicaid managed care notice approving fewer units than asked; a sideways upheld appeal with a two-column header;
a phone photo of a paid EOB for an earlier session (nothing denied); a standard-fax specialty pharmacy notice that
a shipment is on hold (not a denial); a Medicare Advantage CMS-10003 style notice of denial of payment.

Decoys: the previous injection dates, the earliest date a new session may be given, DOBs, NPIs, Rx numbers,
account numbers, per-unit prices, allowed/paid amounts, the paid claim, 72-hour, fair-hearing, continuation and
external-review limits, medical policy and form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "botulinum_toxin_spasticity_cerebral_palsy_units_denial"
LANG = "en"
SEED = 310600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def patient(r: Rand, lang: str = "en", adult: bool = False) -> dict:
    member, first, mid, last = r.person(lang)
    pfirst = r.choice([x for x in FIRST if x != first])
    y = r.randint(1988, 2000) if adult else r.randint(2010, 2019)
    dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
    dos = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 110))
    return dict(member=member, first=first, last=last, parent=f"{pfirst} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}",
                pfirst=pfirst, addr=r.address(lang), dob=dob, dos=dos, npi=r.npi(), ph=phone(r))


def session(r: Rand, units: int, extra: int = 1, rate: float | None = None) -> list[dict]:
    rate = rate or r.choice([7.85, 8.4, 9.1, 9.65])
    out = [dict(code="J0585", desc="OnabotulinumtoxinA, per unit", units=units, billed=round(units * rate, 2)),
           dict(code="64642", desc="Chemodenervation, one extremity, 1-4 muscles", units=1,
                billed=float(r.randint(420, 610)))]
    if extra:
        out.append(dict(code="64643", desc="Chemodenervation, each add'l extremity, 1-4", units=extra,
                        billed=float(r.randint(260, 380) * extra)))
    out.append(dict(code="95874", desc="Needle EMG guidance for chemodenervation", units=1,
                    billed=float(r.randint(180, 290))))
    return out


def kv(d: Page, rows, lw: float = 40, size: float = 9.2, x: float | None = None, h: float = 5, sep: str = ""):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab + sep)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: pre-service prose letter, interval < 12 weeks
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = patient(r)
    ins = "Copperline Health Insurance Company"
    mid, grp = f"CHI{r.digits(8)}", f"{r.digits(5)}"
    ref = f"{r.digits(4)}-{r.letters(2)}-{r.digits(5)}"
    planned = f["dos"]
    last = planned - dt.timedelta(days=r.choice([56, 63, 70, 77]))
    sent = planned - dt.timedelta(days=r.randint(8, 14))
    doctor, clinic = "Marisol V. Quintero", "Tanaka Pediatric Neurology Associates"
    d = Page("Copperline Health  |  CL-UM-117  |  Page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("COPPERLINE HEALTH", 15, "B", h=7)
    d.text_line(f"{ins}  ·  Clinical Review  ·  PO Box 9012, Lubbock, TX 79401", 8.4, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(sent, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['pfirst']} {f['last']},", 10)
    d.para(f"This letter is about your child {f['member']}, who is covered under your plan with member ID {mid} in "
           f"group {grp}. On behalf of {f['first']}, Dr. {doctor} of {clinic} asked us to approve botulinum toxin "
           f"injections (J0585, 240 units, with 64642 and 64643) for leg spasticity, planned for "
           f"{fmt_date(planned, 'long')}. We gave this request reference number {ref}.", 10)
    d.para(f"We cannot approve this request. {f['first']}'s last injections were given on "
           f"{fmt_date(last, 'long')}, {(planned - last).days // 7} weeks before the planned date. Our medical "
           "policy for botulinum toxins (CP.MP.2231) considers repeat treatment of the same condition medically "
           "necessary no more often than every 12 weeks, because the effect of the drug lasts about three months "
           "and earlier doses raise the risk of antibodies and weakness. The doctor's notes do not show a reason "
           "to treat earlier.", 10)
    d.para(f"This does not stop treatment. The doctor may ask again for injections on or after "
           f"{fmt_date(last + dt.timedelta(days=84), 'long')}, and we expect to approve a request that meets the "
           "policy.", 10)
    d.para("If you disagree, you can appeal within 180 days of the date of this letter. Write to Copperline Appeals, "
           "PO Box 9015, Lubbock, TX 79401, or call Member Services at " + f["ph"] + ". If waiting could "
           "seriously harm your child's health, you or the doctor can ask for an expedited appeal, decided within "
           "72 hours. After the appeal you may ask for an external review within four months. You can ask for "
           "free copies of the policy and the records we used.", 10)
    d.para("Sincerely,\n\nH. Greer, MD\nMedical Director, Copperline Health", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(sent),
              provider=doctor, appeal_deadline=iso(sent + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"provider": [clinic], "insurer": ["Copperline Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: multi-line EOB + blank back + statement
def doc_partial_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Lindenfield Mutual Health"
    d = Page("Lindenfield Mutual Health  -  Explanation of Benefits  -  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Lindenfield Mutual Health", 16, "B", h=8)
    d.text_line(f"PO Box 77, Duluth, MN 55802   ·   {f['ph']}   ·   THIS IS NOT A BILL", 8.4, h=4.6)
    d.rule(0.5, 3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Processed", fmt_date(f["stmt"], "mdy_nopad")), ("For", f["member"]), ("ID", f["mid"]),
           ("Group", f["grp"]), ("Subscriber", f["parent"])], lw=24, size=8.8, x=120, h=5, sep=":")
    d.ln(5)
    rows = []
    tb = 0.0
    for c in f["claims"]:
        rows.append([f"*Claim {c['no']}  -  {c['prov']}", "", "", "", "", "", "", "", ""])
        for x in c["lines"]:
            rows.append([fmt_date(c["dos"], "mdy_nopad"), x["code"], str(x["units"]), fmt_money(x["billed"], "nosign"),
                         fmt_money(x["denied"], "nosign"), fmt_money(x["allowed"], "nosign"),
                         fmt_money(x["paid"], "nosign"), fmt_money(x["owe"], "nosign"), x.get("rmk", "")])
        rows.append(["", "", "Total", fmt_money(sum(x["billed"] for x in c["lines"]), "nosign"), "", "", "", "", ""])
    d.table(["Service date", "Code", "Units", "Billed", "Not covered", "Allowed", "Paid", "Your share", "Remark"],
            rows, [28, 16, 12, 24, 24, 24, 22, 22, 14], size=8.1, aligns="LLRRRRRRL", head_fill=True)
    d.text_line("Remarks", 9.5, "B", h=5.5)
    d.para(f"U40  Your plan allows up to 400 units of botulinum toxin per treatment session for all muscles "
           f"combined. {f['claims'][1]['lines'][0]['units']} units were billed; the units above 400 are not "
           "covered. The network provider may not bill you for the denied units.", 8.6)
    d.para("Want to appeal? Send a written request within 180 days after you receive this statement to "
           "Lindenfield Appeals, PO Box 79, Duluth, MN 55802. Your deductible is met for 2026.", 8.6)
    c = f["claims"][1]
    billed = sum(x["billed"] for x in c["lines"])
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(billed),
              service_dates=[iso(c["dos"])], denial_date=iso(f["stmt"]), provider=c["prov"],
              denial_alternates=["medical_necessity"], alternates={"claim_amount": [m2(c["lines"][0]["billed"])]})
    return pdf_bytes(d), t


def doc_clinic_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    c = f["claims"][1]
    sd = f["stmt"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"{r.digits(6)}"
    charges = sum(x["billed"] for x in f["claims"][0]["lines"]) + sum(x["billed"] for x in c["lines"])
    paid = sum(x["paid"] for cl in f["claims"] for x in cl["lines"])
    adj = sum(x["billed"] - x["allowed"] - x["denied"] for cl in f["claims"] for x in cl["lines"])
    hold = sum(x["denied"] for x in c["lines"])
    share = sum(x["owe"] for cl in f["claims"] for x in cl["lines"])
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.font(8)
    d.cell(0, 4, "- - - - - - - - - - - - - - - - - - - - fold and return the top part with your payment - - - - - -"
           " - - - - - - - - - - - - - - - -", new_x="LMARGIN", new_y="NEXT", align="C")
    d.boxes([("Account", acct, 34), ("Statement date", fmt_date(sd, "abbr"), 40), ("Please pay", fmt_money(share), 34),
             ("Amount enclosed", "", 40), ("Due", "on receipt", 30)])
    d.ln(6)
    d.rule(0.8, 4)
    d.text_line(c["prov"], 14, "B", h=7)
    d.text_line(f"Spasticity & Movement Clinic  ·  500 Sycamore Court, Duluth, MN 55802  ·  Billing {phone(r)}",
                8.6, h=4.6)
    d.ln(4)
    kv(d, [("Patient", f["member"]), ("Guarantor", f["parent"]), ("Insurance", f"Lindenfield Mutual Health  {f['mid']}")],
       lw=28, size=9.2)
    d.ln(3)
    rows = []
    for cl in f["claims"]:
        for x in cl["lines"]:
            rows.append([fmt_date(cl["dos"], "abbr"), x["code"], x["desc"][:44], str(x["units"]),
                         fmt_money(x["billed"], "nosign")])
    rows += [["*Total charges", "", "", "", fmt_money(charges, "nosign")],
             ["", "", "Insurance payments (Lindenfield)", "", "-" + fmt_money(paid, "nosign")],
             ["", "", "Contractual adjustments", "", "-" + fmt_money(adj, "nosign")],
             ["", "", "Units over plan limit - on hold, not billed to you", "", "-" + fmt_money(hold, "nosign")],
             ["*Your balance", "", "", "", fmt_money(share, "nosign")]]
    d.table(["Date", "Code", "Description", "Units", "Amount"], rows, [28, 16, 100, 14, 24], size=8.5,
            aligns="LLLRR")
    d.para(f"Lindenfield paid part of the injection visit on {fmt_date(c['dos'], 'abbr')} (insurance claim "
           f"{c['no']}). We are appealing the units over the plan's 400-unit limit; you will not be billed for "
           "them. Your balance is your copay and coinsurance for the visit.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[c["no"]],
              claim_amount=m2(charges), service_dates=[iso(c["dos"])], denial_date=iso(sd), provider=c["prov"],
              unscored=["insurer"], alternates={"case_numbers": [[]],
                                                "claim_amount": [m2(sum(x["billed"] for x in c["lines"]))]})
    return pdf_bytes(d), t


def pay(lines, ratio, coins, limit=None):
    """Allowed/paid/your share per line; the J0585 units above `limit` are denied (remark U40, not your share)."""
    for x in lines:
        x["denied"] = 0.0
        if limit and x["code"] == "J0585" and x["units"] > limit:
            x["denied"] = round(x["billed"] * (1 - limit / x["units"]), 2)
            x["rmk"] = "U40"
        a = round((x["billed"] - x["denied"]) * ratio, 2)
        x.update(allowed=a, paid=round(a * (1 - coins), 2), owe=round(a * coins, 2))


def item_stack(r: Rand) -> Item:
    f = patient(r)
    f.update(mid=f"LMH{r.digits(9)}", grp=f"G{r.digits(6)}", stmt=f["dos"] + dt.timedelta(days=r.randint(18, 30)))
    prov = "Strand Neurology Clinic"
    visit = [dict(code="99215", desc="Office visit, established, high", units=1, billed=float(r.randint(290, 360)))]
    inj = session(r, r.choice([500, 550, 600]), extra=2)
    pay(visit, 0.64, 0.1)
    pay(inj, 0.64, 0.1, limit=400)
    f["claims"] = [dict(no=f"{r.digits(3)}{r.letters(2)}{r.digits(7)}", prov=prov, dos=f["dos"], lines=visit),
                   dict(no=f"{r.digits(3)}{r.letters(2)}{r.digits(7)}", prov=prov, dos=f["dos"], lines=inj)]
    eob = doc_partial_eob(r, f)
    st = doc_clinic_statement(r, f)
    return Item(f"{FAMILY}_eob_statement_stack", "scan_lowres_150", [eob, st], separators=["duplex", None])


# ---------------------------------------------------------------- 2: Spanish Medicaid MCO notice (photocopy)
def doc_es_notice(r: Rand) -> tuple[bytes, dict]:
    f = patient(r, "es")
    ins = "Salud Primavera Plan de Medicaid"
    mcd = f"{r.digits(10)}"
    sol = f"SP-{r.digits(7)}"
    planned = f["dos"]
    nd = planned - dt.timedelta(days=r.randint(7, 12))
    doctor = "Itzel R. Benítez"
    asked, ok = r.choice([(500, 300), (450, 300), (600, 400)])
    d = Page("SPMP-AVISO-04 (01/2026)  ·  Página {p} de {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Salud Primavera", 16, "B", h=8)
    d.text_line(f"{ins}  ·  1200 Calle Fenwick, Laredo, TX 78040  ·  Servicios al Miembro {f['ph']}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(nd, "es"), 10, h=6)
    d.ln(2)
    for ln in [f"Padre, madre o tutor de {f['member']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", h=7)
    d.para(f"La Dra. {doctor} nos pidió aprobar inyecciones de toxina botulínica para su hijo o hija, "
           f"{f['member']}, número de Medicaid {mcd}, programadas para el {fmt_date(planned, 'es')}. El número de "
           f"esta solicitud es {sol}.", 10)
    d.set_fill_color(235, 235, 235)
    d.table(["Servicio", "Lo que se pidió", "Lo que aprobamos", "Lo que negamos"],
            [["J0585 toxina botulínica (unidades)", str(asked), str(ok), str(asked - ok)],
             ["64642 / 64643 aplicación", "3 extremidades", "3 extremidades", "-"]], [62, 34, 36, 34], size=8.8,
            head_fill=True)
    d.text_line("¿Por qué negamos parte de la solicitud?", 10.5, "B", h=6)
    d.para(f"Para un niño que pesa {r.randint(24, 38)} kg, la dosis total segura según la guía clínica del plan es "
           f"de hasta {ok} unidades por sesión. La dosis pedida es más alta y el expediente no explica por qué se "
           f"necesita. Por eso, las unidades por encima de {ok} no son médicamente necesarias. Un neurólogo "
           "pediátrico revisó esta solicitud.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede pedir una apelación a Salud Primavera dentro de 60 días a partir de la fecha de este aviso. "
           "Llame a Servicios al Miembro o escriba a Apelaciones, Apartado 55, Laredo, TX 78042. Si esperar puede "
           "poner en peligro la salud de su hijo, pida una apelación rápida (72 horas).", 10)
    d.para("Si no está de acuerdo con la decisión de la apelación, puede pedir una audiencia imparcial estatal "
           "dentro de 120 días de la fecha de esa decisión. Si este aviso redujo un servicio que ya recibe, puede "
           "pedir que continúe durante la apelación si la pide dentro de 10 días.", 10)
    d.para("Tiene derecho a recibir gratis copias de los documentos y criterios usados.  Atentamente,\n"
           "Departamento de Autorizaciones, Salud Primavera", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mcd, member_name=f["member"],
              case_numbers=[sol], service_dates=[iso(planned)], denial_date=iso(nd), provider=doctor,
              appeal_deadline=iso(nd + dt.timedelta(days=60)), denial_alternates=["not_covered"],
              alternates={"insurer": ["Salud Primavera"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: upheld appeal, two-column header (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = patient(r)
    ins = "Granite Arch Health"
    mid, grp = f"GAH-{r.digits(4)}-{r.digits(4)}", f"{r.digits(4)}{r.letters(1)}"
    claim, appeal = f"{r.digits(10)}", f"GA-APP-{r.digits(5)}"
    dos = f["dos"] - dt.timedelta(days=r.randint(70, 100))
    prev = dos - dt.timedelta(days=r.choice([63, 70, 75]))
    dec = f["dos"] + dt.timedelta(days=r.randint(0, 15))
    lines = session(r, 300, extra=1)
    billed = sum(x["billed"] for x in lines)
    prov = "Lomax Children's Rehabilitation Physicians"
    d = Page("Granite Arch Health  ·  Appeals & Grievances  ·  {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("GRANITE ARCH HEALTH", 15, "B", h=7)
    d.text_line("Appeals & Grievances Department  ·  18 Lantern Way, Pueblo, CO 81003", 8.6, h=4.6)
    d.rule(0.4, 4)
    y = d.get_y()
    kv(d, [("Enrollee", f["member"]), ("Enrollee no.", mid), ("Employer group", grp), ("Claim no.", claim)],
       lw=30, size=9, h=5.2)
    y2 = d.get_y()
    d.set_y(y)
    kv(d, [("Appeal no.", appeal), ("Decision date", fmt_date(dec, "abbr")), ("Service date", fmt_date(dos, "abbr")),
           ("Billed", fmt_money(billed, "plain"))], lw=30, size=9, x=110, h=5.2)
    d.set_y(max(y2, d.get_y()) + 4)
    d.text_line(f"To: {f['parent']}, parent of the enrollee", 9.5, h=5.5)
    d.ln(2)
    d.text_line("We upheld our decision", 12, "B", h=7)
    d.para(f"You asked us to reconsider the denied claim from {prov} for botulinum toxin injections to "
           f"{f['first']}'s legs and right arm (J0585 x 300 units, 64642, 64643, 95874).", 10)
    d.para(f"The previous injections were billed for {fmt_date(prev, 'abbr')}. The injections under appeal were "
           f"given {(dos - prev).days} days later. Our clinical policy allows one treatment session every 12 weeks "
           "(84 days) unless the records show an unusual need, such as a surgery that required earlier treatment. "
           "A board-certified physical medicine and rehabilitation physician reviewed the records and the letter "
           "from the clinic. The records show a planned school-break schedule, not a medical reason to treat early. "
           "The services are not medically necessary as billed, and the denial stands.", 10)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the address "
           "above. You may also ask for an external review by an independent review organization within four "
           "months of receiving our final decision. The clinic agreed not to bill you while an appeal is open.",
           10)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'abbr')}.  Rendering NPI {f['npi']}.", 8.6)
    d.para("Appeals & Grievances\nGranite Arch Health", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(dec), provider=prov,
              appeal_deadline=iso(dec + dt.timedelta(days=60)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: paid EOB for an earlier session (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = patient(r, adult=True)
    ins = "Oakhurst Health Partners"
    mid, grp, claim = f"OHP{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}", f"{r.digits(2)}-{r.digits(9)}"
    dos = f["dos"] - dt.timedelta(days=r.randint(20, 50))
    stmt = dos + dt.timedelta(days=r.randint(15, 28))
    lines = session(r, 350, extra=1)
    for x in lines:
        a = round(x["billed"] * 0.7, 2)
        x.update(allowed=a, paid=round(a * 0.8, 2), owe=round(a * 0.2, 2))
    billed = sum(x["billed"] for x in lines)
    prov = "Holloway Spasticity Center"
    d = Page("Oakhurst Health Partners - your claim summary - {p}/{n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Oakhurst Health Partners", 15, "B", h=7)
    d.text_line("Claim summary  ·  This is not a bill", 10, h=6)
    d.ln(3)
    for lab, val in [("Summary date", fmt_date(stmt, "long")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Claim", claim), ("Treating provider", prov), ("Network", "In network")]:
        d.font(9.5)
        d.cell(44, 5.6, lab, border="B")
        d.font(9.5, "B")
        d.cell(0, 5.6, "|  " + val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [[fmt_date(dos, "long"), x["code"], str(x["units"]), fmt_money(x["billed"]), fmt_money(x["allowed"]),
             fmt_money(x["paid"]), fmt_money(x["owe"])] for x in lines]
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(sum(x["allowed"] for x in lines)),
                 fmt_money(sum(x["paid"] for x in lines)), fmt_money(sum(x["owe"] for x in lines))])
    d.table(["Date of service", "Code", "Units", "Charged", "Allowed", "We paid", "You owe"], rows,
            [36, 18, 14, 28, 28, 26, 24], size=8.6, aligns="LLRRRRR")
    d.para("All services on this claim were covered. The 350 units are within your plan's limit of 400 units per "
           "session, and the session was more than 12 weeks after your last treatment. Your 20% coinsurance "
           "applies.", 9.2)
    d.para("Questions or think we made a mistake? Call " + f["ph"] + " within 180 days after you receive this "
           "summary.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=prov, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: specialty pharmacy hold notice (std fax)
def doc_pharmacy_hold(r: Rand) -> tuple[bytes, dict]:
    f = patient(r)
    pharm = "Vantage Specialty Pharmacy"
    mid = f"CHI{r.digits(8)}"
    rx = f"RX {r.digits(7)}"
    sent = f["dos"] - dt.timedelta(days=r.randint(6, 10))
    expired = sent - dt.timedelta(days=r.randint(3, 9))
    appt = f["dos"]
    doctor = "Colin B. Ibarra"
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("VANTAGE SPECIALTY PHARMACY", 15, "B", h=7)
    d.text_line(f"Patient Care Team  ·  4100 Harbor View Road, Yuma, AZ 85364  ·  {phone(r)}  ·  fax {phone(r)}", 8.4,
                h=4.6)
    d.rule(0.8, 4)
    d.text_line("SHIPMENT ON HOLD", 14, "B", h=8)
    kv(d, [("Date sent", fmt_date(sent, "dmy")), ("Patient", f["member"]), ("Patient DOB", fmt_date(f["dob"], "dmy")),
           ("Prescription", rx + "  onabotulinumtoxinA 200-unit vial x 2"),
           ("Prescriber", f"Dr. {doctor}"), ("Insurance", f"Copperline Health Insurance Company  {mid}"),
           ("Clinic appointment", fmt_date(appt, "dmy"))], lw=50, size=9.4, h=5.6, sep=" .......")
    d.ln(3)
    d.para("We have not shipped this medication to the clinic yet. Your insurance authorization for this drug ended "
           f"on {fmt_date(expired, 'dmy')}. This is not a denial: we have asked the prescriber's office to send "
           "a renewal request to your plan. As soon as the plan approves it, we will ship the vials so they "
           "arrive before the appointment.", 10)
    d.para("You do not need to do anything now. If the appointment is moved, call us so we can change the "
           "delivery date. If the renewal is not approved before the appointment, the clinic may need to "
           "reschedule.", 10)
    d.para("Estimated copay once approved: $0.00 under your manufacturer savings card (sample amount only; your "
           "actual cost depends on your plan).", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], denial_date=iso(sent), provider=pharm,
              unscored=["insurer"], alternates={"provider": [doctor, None], "service_dates": [[iso(appt)]],
                                                "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: MA notice of denial of payment (CMS-10003 style)
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = patient(r, adult=True)
    ins = "Silverline Health Plans"
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    mid = f"SLV{r.digits(9)}"
    claim = f"{r.digits(13)}"
    dos = f["dos"] - dt.timedelta(days=r.randint(30, 50))
    prev = dos - dt.timedelta(days=r.choice([49, 56, 63]))
    nd = dos + dt.timedelta(days=r.randint(20, 35))
    lines = session(r, 400, extra=2)
    billed = sum(x["billed"] for x in lines)
    prov = "Nakamura Physical Medicine Group"
    d = Page("CMS-10003-NDMCP (Exp. 08/31/2026)   H4871_NDP26_C   {p}/{n}", margins=(18, 14, 18),
             header=f"{f['member']}  ·  Member ID {mid}  ·  Notice of Denial of Payment")
    d.add_page()
    d.text_line("Silverline Medicare Advantage (HMO)", 13, "B", h=7)
    d.text_line(f"{ins}  ·  PO Box 6601, Bellingham, WA 98225  ·  {f['ph']} (TTY 711)", 8.4, h=4.6)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B", h=8)
    kv(d, [("Date", fmt_date(nd, "slash")), ("Name", f["member"]), ("Member number", mid),
           ("Medicare number", mbi)], lw=34, size=9.5, h=5.4)
    d.ln(3)
    d.text_line("Your request was denied", 11, "B", h=6.5)
    d.para(f"We have denied payment for the botulinum toxin injections you received from {prov} on "
           f"{fmt_date(dos, 'long')} (400 units of J0585 with 64642, two units of 64643 and 95874), billed at "
           f"{fmt_money(billed)} on claim {claim}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para(f"Medicare covers repeat botulinum toxin treatment for spasticity when at least 12 weeks have passed "
           f"since the last treatment. Your last treatment was on {fmt_date(prev, 'long')}, "
           f"{(dos - prev).days} days before these injections. The records do not show why an earlier session was "
           "needed. Because of this, the injections were not medically necessary. You do not owe the provider for "
           "these services unless you were told in writing before the service that we would not pay.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Silverline to review our decision by asking us for an appeal. Ask for an "
           "appeal within 65 days of the date of this notice. We can give you more time if you have a good reason "
           "for missing the deadline. Payment appeals are standard appeals; fast (72-hour) appeals are only for "
           "care you have not received.", 10)
    d.add_page()
    d.text_line("How to ask for an appeal", 11, "B", h=6.5)
    d.para("Write to Silverline Appeals, PO Box 6605, Bellingham, WA 98225, or fax " + phone(r) + ". Include "
           "your name, member number and the claim number. You, your doctor or your representative can ask. If we "
           "do not decide in your favor, your appeal will be sent to an Independent Review Entity automatically.",
           10)
    d.para("Get help and more information: Silverline Member Services " + f["ph"] + ", 8 a.m. to 8 p.m., seven days "
           "a week from October 1 to March 31. Medicare: 1-800-MEDICARE. Your State Health Insurance Assistance "
           "Program offers free counseling.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=prov, appeal_deadline=iso(nd + dt.timedelta(days=65)), denial_alternates=["not_covered"],
              alternates={"insurer": ["Silverline Medicare Advantage"], "member_id": [mbi]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"),
              (2, doc_es_notice, "es_medicaid_notice", "photocopy"),
              (3, doc_upheld, "upheld_appeal", "rotated"),
              (4, doc_paid_eob, "paid_eob", "phone_photo"),
              (5, doc_pharmacy_hold, "pharmacy_hold", "fax_standard_g4"),
              (6, doc_ma_notice, "ma_payment_notice", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
