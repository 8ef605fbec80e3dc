"""Family 'hearing_aid_medicaid_child_replacement_denial': an invented state Medicaid agency's notices and remittance
advice, and an invented Medicaid managed care plan's notices and provider letter, about a child's hearing aids
(HCPCS V5050-V5261 aids, V5264 earmolds, V5266 batteries, L8690 bone-anchored hearing device).

Brackenmoor Health Care Authority ("STATE OF BRACKENMOOR" over the agency; a Notice of Action on a prior
authorization request whose only route is the State Fair Hearing, and a remittance advice to the hearing center) and
Corrowan Community Health Plan (Medicaid MCO; "Notice of Adverse Benefit Determination" in English and Spanish, a
claim denial letter, an approval, a letter to the hearing center faxed behind a cover sheet) are invented, and so
are every child, parent, audiologist, hearing center and ENT. Kinds: replacement before the 5-year replacement
period; a lost aid replaced without a police or loss report; a bone-anchored device (L8690) fitted without prior
approval; batteries over the quantity limit; earmolds and an aid replaced early (Spanish); one approval of a
replacement for an aid damaged beyond repair. Decoys: the parent (addressee), the child's date of birth, the ENT who
gave medical clearance, the current aids' dispense date and the 5-year eligibility date, request received date,
NPIs, notice numbers, the State Fair Hearing limit and the 10-day continuation limit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hearing_aid_medicaid_child_replacement_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
ST = "Brackenmoor Health Care Authority"
MCO = "Corrowan Community Health Plan"
CENTERS = [("Ardvale Pediatric Hearing Center", "Maeve O. Tsosie-Grant, AuD"),
           ("Glenholt Audiology & Hearing Aids", "Rashid K. Vandermeer, AuD"),
           ("Lisburne Children's Hearing Clinic", "Ayesha T. Brannigan, AuD, CCC-A"),
           ("Vellmar Hearing Services", "Tomasz J. Achebe, AuD")]
ENTS = ["Dr. Ngozi Falkenrath, MD (Otolaryngology)", "Dr. Henrik Oyelowo-Marsh, MD (Pediatric ENT)",
        "Dr. Camila Strathearn, DO (Otolaryngology)", "Dr. Vikram Delacourt, MD (ENT)"]
KIDS_EN = [("Amara", "Oyelaran-Pike"), ("Tobias", "Kowalski"), ("Leilani", "Bjornstad"), ("Darius", "Nakashima"),
           ("Priya", "Holmgren"), ("Elias", "Mbeki-Carr"), ("Soren", "Abiodun-Lake")]
KIDS_ES = [("Valentina", "Quiñones"), ("Mateo", "Arredondo"), ("Ximena", "Villaseñor")]
PARENTS_EN = ["Chidinma", "Rolf", "Marisa", "Keoni", "Anneliese", "Jamal"]
PARENTS_ES = ["Rosaura", "Esteban", "Marisela"]
AIDS = {"V5261": ("Hearing aid, digital, binaural, behind the ear", 2, 3180.00),
        "V5257": ("Hearing aid, digital, monaural, behind the ear", 1, 1645.00),
        "V5050": ("Hearing aid, monaural, in the ear", 1, 1290.00),
        "V5264": ("Ear mold/insert, not disposable, any type", 2, 96.00),
        "V5266": ("Battery for use in hearing device", 48, 1.15),
        "L8690": ("Auditory osseointegrated device, internal and external parts", 1, 4875.00)}
STREETS = ["Peat Moss Lane", "Harrow Road", "Tollgate Street", "Calle del Puente", "Whinberry Court"]
TOWNS = ["Ashcombe, BK 60217", "Marlow Ferry, BK 60388", "Dunmore Falls, BK 60452", "Kestle, BK 60131"]
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "mco_early": ("denial_letter", "not_covered", ["medical_necessity", "other"]),
    "st_lost": ("denial_letter", "other", ["not_covered"]),
    "mco_baha": ("denial_letter", "prior_authorization", []),
    "mco_ok": ("other", None, []),
    "es_early": ("denial_letter", "not_covered", ["medical_necessity", "other"]),
    "mco_batt": ("denial_letter", "not_covered", ["other"]),
    "st_ra": ("eob", "not_covered", ["other"]),
}


class Page(Doc):
    def __init__(self, font: str = "DejaVu"):
        super().__init__(font, footer="Page {p} of {n}", margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(179500 + i)
    es = kind.startswith("es_")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    kid = (KIDS_ES if es else KIDS_EN)[i % 3 if es else i % len(KIDS_EN)]
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    parent_first = (PARENTS_ES if es else PARENTS_EN)[i % 3 if es else i % len(PARENTS_EN)]
    center, aud = CENTERS[i % len(CENTERS)]
    state = kind.startswith("st_")
    codes = {"mco_early": ["V5261", "V5264"], "st_lost": ["V5257"], "mco_baha": ["L8690"],
             "mco_ok": ["V5261", "V5264"], "es_early": ["V5261", "V5264"], "mco_batt": ["V5266"],
             "st_ra": ["V5261"]}[kind]
    svc = notice - dt.timedelta(days=r.randint(20, 55)) if kind in ("mco_baha", "mco_batt", "st_ra") else \
        notice + dt.timedelta(days=r.randint(10, 30))
    lines = []
    for c in codes:
        desc, qty, unit = AIDS[c]
        if c == "V5266" and kind == "mco_batt":
            qty = 96
        lines.append(dict(code=c, desc=desc, qty=qty, billed=round(unit * qty + r.choice([0, 0, 12.5]), 2)))
    total = round(sum(x["billed"] for x in lines), 2)
    prev = dt.date(svc.year - r.randint(2, 3), r.randint(1, 12), r.randint(1, 28))
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             child=f"{kid[0]} {mid}. {kid[1]}", kfirst=kid[0], klast=kid[1], kmid=mid,
             parent=f"{parent_first} {kid[1]}", addr=[f"{r.randint(12, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)],
             dob=dt.date(r.randint(2012, 2021), r.randint(1, 12), r.randint(1, 28)), center=center, aud=aud,
             ent=ENTS[i % len(ENTS)], npi=r.npi(), ent_npi=r.npi(), ph=r.phone(), fax=r.phone(),
             medicaid="BM" + r.digits(9), plan_mid="CCP" + r.digits(8), insurer=ST if state else MCO,
             received=notice - dt.timedelta(days=r.randint(9, 21)), svc=svc, lines=lines, total=total,
             prev=prev, elig=dt.date(prev.year + 5, prev.month, prev.day),
             ref=f"UM-{r.digits(2)}{r.letters(1)}{r.digits(6)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(7)}",
             notice_no=f"NOA-{r.digits(7)}", sar="PA" + r.digits(10), icn=r.digits(13),
             ra_no=r.digits(8), check=r.digits(9), other_kid=("Harlan", "Szczepanik", "R"),
             other_mid="BM" + r.digits(9), other_icn=r.digits(13), other_billed=round(1645.0 + r.randint(0, 90), 2),
             prov_no="BMP" + r.digits(6), report_by=notice + dt.timedelta(days=30))
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["insurer"] == ST:
        d.text_line("STATE OF BRACKENMOOR", 9, "B", "C")
        d.text_line(ST, 14, "B", "C")
        d.text_line("Medical Assistance Program  |  Hearing Services Unit  |  PO Box 7710, Ashcombe, BK 60214", 8, "", "C")
        d.text_line(f"Phone {f['ph']}   Fax {f['fax']}", 8, "", "C")
        d.rule(0.6, 4)
    else:
        d.text_line("CORROWAN", 22, "B")
        d.text_line("Community Health Plan  ·  a Brackenmoor Medicaid managed care plan", 9)
        d.rule(0.8, 1)
        d.text_line(f"{MCO}, 2200 Keel Street, Ashcombe, BK 60219  ·  Member Services {f['ph']} (TTY 711)", 7.5)
        d.ln(5)


def grid(d: Page, rows: list[tuple[str, str]], lw: float = 58) -> None:
    for k, v in rows:
        d.font(8.5, "B")
        d.cell(lw, 6, " " + k, border=1)
        d.font(9.5)
        d.cell(0, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def items_table(d: Page, f: dict, with_money: bool, es: bool = False) -> None:
    head = (["Código", "Descripción", "Cant.", "Monto facturado"] if es else
            ["HCPCS", "Description", "Qty", "Billed"])
    rows = [[x["code"], x["desc"][:58], str(x["qty"]), f["mo"](x["billed"]) if with_money else "-"]
            for x in f["lines"]]
    if with_money and len(f["lines"]) > 1:
        rows.append(["*Total" if not es else "*Total", "", "", f["mo"](f["total"])])
    d.table(head, rows, [20, 110, 14, 32], 8.5, "LLRR", head_fill=True)


def mco_notice(d: Page, f: dict) -> None:
    """Member notice (NABD) to the parent: pre-service replacement denied, or approved."""
    es, fd, kind = f["es"], f["fd"], f["kind"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10)
    d.ln(2)
    for ln in ((f"Al padre, madre o tutor de {f['child']}" if es else f"To the parent or guardian of {f['child']}"),
               f["parent"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    if kind == "mco_ok":
        d.text_line("Notice of Approval: Hearing Aid Replacement", 13, "B")
    elif es:
        d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    else:
        d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    if es:
        rows = [("Fecha de este aviso", fd(f["notice"])), ("Miembro (niño/a)", f["child"]),
                ("Fecha de nacimiento", fd(f["dob"])), ("Nº de miembro del plan", f["plan_mid"]),
                ("Nº de Medicaid", f["medicaid"]), ("Número de referencia", f["ref"]),
                ("Proveedor que solicita", f"{f['center']} (NPI {f['npi']})"), ("Audióloga/o", f["aud"]),
                ("Solicitud recibida", fd(f["received"])), ("Fecha de adaptación solicitada", fd(f["svc"]))]
    else:
        rows = [("Member (child)", f["child"]), ("Date of birth", fd(f["dob"])), ("Plan member ID", f["plan_mid"]),
                ("Medicaid ID", f["medicaid"]), ("Reference #", f["ref"]),
                ("Requested by", f"{f['center']} (NPI {f['npi']})"), ("Audiologist", f["aud"]),
                ("Medical clearance", f["ent"]), ("Request received", fd(f["received"])),
                ("Requested fitting date", fd(f["svc"]))]
    grid(d, rows)
    items_table(d, f, False, es)
    if es:
        d.text_line("Qué decidimos:  [X] Negado   [ ] Aprobado en parte   [ ] Aprobado", 10, "B")
        d.ln(1)
        d.para(f"Negamos la solicitud de audífonos nuevos para {f['kfirst']}. Los audífonos actuales se entregaron "
               f"el {fd(f['prev'])}. Medicaid de Brackenmoor cubre el reemplazo de audífonos una vez cada 5 años; "
               f"{f['kfirst']} podrá recibir audífonos nuevos a partir del {fd(f['elig'])}. Los registros no "
               "muestran un cambio en la audición ni que los audífonos no se puedan reparar. Los moldes (V5264) se "
               "niegan porque van con los audífonos negados. Regla: Manual de Medicaid, sección 14.3.", 9.5)
        d.text_line("Sus derechos de apelación", 11, "B")
        d.para(f"Si no está de acuerdo, puede pedir una apelación a {MCO}. Debe pedirla dentro de 60 días a partir "
               f"de la fecha de este aviso. Llame al {f['ph']} o escriba a Appeals, 2200 Keel Street, Ashcombe, "
               "BK 60219. Si la salud de su hijo/a está en grave peligro, puede pedir una apelación rápida; "
               "decidiremos en 72 horas.", 9.5)
        d.para("Si después de la apelación seguimos negando, puede pedir una audiencia imparcial estatal dentro de "
               "120 días a partir de la fecha de nuestra decisión de apelación. Para seguir recibiendo un servicio "
               "que ya recibe, pida la apelación dentro de 10 días a partir de la fecha de este aviso.", 9.5)
        return
    if kind == "mco_ok":
        d.text_line("What we decided:  [ ] Denied   [ ] Partly approved   [X] Approved", 10, "B")
        d.ln(1)
        d.para(f"We approved new hearing aids and earmolds for {f['kfirst']}. The current aids were dispensed on "
               f"{fd(f['prev'])}, before the usual 5-year replacement date of {fd(f['elig'])}, but "
               f"{f['aud']} sent the manufacturer's statement that both aids are damaged beyond repair and out of "
               "warranty. Replacement is covered early when an aid cannot be repaired. Authorization number: "
               f"{f['ref']}. This approval is good for 90 days.", 9.5)
        d.para(f"Please take this notice to {f['center']} for the fitting. You do not need to do anything else. "
               f"Questions? Call Member Services at {f['ph']}.", 9.5)
        return
    d.text_line("What we decided:  [X] Denied   [ ] Partly approved   [ ] Approved", 10, "B")
    d.ln(1)
    d.para(f"We denied the request for new hearing aids for {f['kfirst']}. The current aids were dispensed on "
           f"{fd(f['prev'])}. Brackenmoor Medicaid covers replacement hearing aids once every 5 years; "
           f"{f['kfirst']} can get new aids on or after {fd(f['elig'])}. The audiology records do not show a change "
           "in hearing that the current aids cannot be adjusted for, or that the aids cannot be repaired. The "
           "earmolds (V5264) are denied because they go with the denied aids. Rule: Brackenmoor Medicaid Provider "
           "Manual, Hearing Services, section 14.3.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you disagree, you can ask {MCO} for an appeal. You must ask within 60 days of the date of this "
           f"notice. Call {f['ph']} or write to Appeals Unit, 2200 Keel Street, Ashcombe, BK 60219. If waiting "
           "could seriously harm your child's health, ask for a fast appeal; we decide fast appeals within 72 "
           "hours.", 9.5)
    d.para("State Fair Hearing: if we still deny after your appeal, you can ask for a State Fair Hearing within "
           "120 days of the date of our appeal decision. To keep getting a service your child already gets while "
           "the appeal is decided, you must ask within 10 days of the date of this notice.", 9.5)


def mco_claim_letter(d: Page, f: dict) -> None:
    """Post-service claim denial to the parent: bone-anchored device without prior approval."""
    fd = f["fd"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10)
    d.ln(2)
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.font(10, "B")
    d.multi_cell(0, 5, f"RE: Claim for {f['child']} (Member ID {f['plan_mid']})\n"
                 f"Claim number: {f['claim']}    Date of service: {fd(f['svc'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['parent']}:", 10)
    d.para(f"{f['center']} sent us a claim for a bone-anchored hearing device fitted for your child {f['child']} "
           f"on {fd(f['svc'])}. The surgery was done by {f['ent']}; the claim we are writing about is the hearing "
           "center's claim for the device.", 10)
    items_table(d, f, True)
    d.para(f"We did not pay this claim. The amount billed was {f['mo'](f['total'])}; the plan paid "
           f"{f['mo'](0)}. A bone-anchored hearing device (L8690) needs prior approval from {MCO} before it is "
           "provided, and we have no request or approval on file for this device. The hearing center may not bill "
           "you for this service.", 10)
    d.text_line("How to appeal", 11, "B")
    d.para(f"You or the provider, with your written permission, can appeal. Your appeal must reach us within 60 "
           f"days of the date of this letter. Send it to {MCO} Appeals, 2200 Keel Street, Ashcombe, BK 60219, or "
           f"fax {f['fax']}. Fast appeals (72 hours) are for urgent care only. After our appeal decision you may "
           "ask for a State Fair Hearing within 120 days.", 10)
    d.ln(2)
    d.text_line("Utilization Management Department", 10)
    d.text_line(MCO, 10)


def mco_provider_letter(d: Page, f: dict) -> None:
    """Letter to the hearing center: batteries over the quantity limit."""
    fd = f["fd"]
    d.add_page()
    letterhead(d, f)
    d.text_line("PROVIDER CLAIM DETERMINATION", 12, "B")
    d.ln(1)
    for k, v in (("Date", fd(f["notice"])), ("To", f"{f['center']}, Billing Office"),
                 ("Provider NPI", f["npi"]), ("Patient", f["child"]), ("Member ID", f["plan_mid"]),
                 ("Medicaid ID", f["medicaid"]), ("Patient DOB", fd(f["dob"])), ("Claim no.", f["claim"]),
                 ("Dispense date", fd(f["svc"]))):
        d.font(9, "B")
        d.cell(40, 5.4, k + ":")
        d.font(9.5)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    items_table(d, f, True)
    d.para(f"The claim above for hearing aid batteries (V5266) was denied. {MCO} covers up to 48 batteries per "
           f"6 months for a child with binaural hearing aids. The claim bills 96 batteries dispensed on "
           f"{fd(f['svc'])}, and 48 batteries were already paid for this period, so the quantity is over the "
           "benefit limit. Denial code Q48. Do not bill the member or the parent for the denied batteries.", 9.5)
    d.para("Provider appeal: send a written appeal with the dispensing log within 90 days of the date of this letter "
           f"to Provider Appeals, {MCO}, 2200 Keel Street, Ashcombe, BK 60219, or fax {f['fax']}.", 9.5)
    d.ln(2)
    d.text_line("Claims Review Unit", 9.5)


def state_notice(d: Page, f: dict) -> None:
    """State Notice of Action on a PA request: lost aid, no police or loss report."""
    fd = f["fd"]
    d.add_page()
    letterhead(d, f)
    d.text_line("NOTICE OF ACTION", 14, "B", "C")
    d.text_line("Prior Authorization Request - Hearing Aid Replacement", 10, "", "C")
    d.ln(3)
    for ln in (f"{f['parent']}, parent of {f['child']}", *f["addr"]):
        d.text_line(ln, 10)
    d.ln(3)
    grid(d, [("Date of notice", fd(f["notice"])), ("Recipient", f["child"]), ("Recipient ID", f["medicaid"]),
             ("Date of birth", fd(f["dob"])), ("Prior Authorization #", f["sar"]), ("Notice no.", f["notice_no"]),
             ("Provider", f"{f['center']}  NPI {f['npi']}"), ("Provider Medicaid no.", f["prov_no"]),
             ("Audiologist", f["aud"]), ("Date requested", fd(f["svc"]))], 52)
    items_table(d, f, False)
    d.text_line("Action:  [X] Denied   [ ] Reduced   [ ] Terminated", 10, "B")
    d.ln(1)
    d.para(f"The request says {f['kfirst']}'s right hearing aid, dispensed {fd(f['prev'])}, was lost. Brackenmoor "
           "Medicaid pays to replace a lost hearing aid before the 5-year replacement period only when the request "
           "includes a police report or a signed loss report and the manufacturer's loss-and-damage warranty has "
           "been used. No police report or loss report was sent with this request. You may ask the provider to send "
           f"a new request with the report; if we receive it by {fd(f['report_by'])} we will review it again. "
           "Rule: BHCA Rule 410-129-0220(3).", 9.5)
    d.text_line("Your right to a State Fair Hearing", 11, "B")
    d.para("If you disagree, you can ask for a State Fair Hearing. We must receive your request within 90 days of "
           f"the date of this notice. Call {f['ph']} or mail the enclosed form BHCA-443. If you are now getting a "
           "service that this notice ends or reduces, you can keep it during the hearing if you ask within 10 days "
           "of the date of this notice. Free legal help: 1-800-555-0148.", 9.5)


def state_ra(d: Page, f: dict) -> None:
    """State remittance advice to the hearing center: another child's paid claim first, the subject denied."""
    fd = f["fd"]
    d.add_page()
    d.base_font = "Mono"
    d.text_line("STATE OF BRACKENMOOR - " + ST.upper(), 9)
    d.text_line("MEDICAL ASSISTANCE PROGRAM          REMITTANCE ADVICE", 9)
    d.ln(2)
    for a, b in (("PAYEE", f["center"].upper()), ("PROVIDER NO.", f["prov_no"]), ("PAYEE NPI", f["npi"]),
                 ("RA NUMBER", f["ra_no"]), ("RA DATE", fd(f["notice"])), ("CHECK/EFT NO.", f["check"])):
        d.font(8.5)
        d.cell(40, 4.6, a)
        d.cell(0, 4.6, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    ok_dt = f["svc"] - dt.timedelta(days=6)
    ok, sub = f["other_kid"], f
    d.table(["RECIPIENT", "MEDICAID ID", "ICN", "SERV DATE", "PROC", "UNITS", "BILLED", "PAID", "EOB"],
            [[f"{ok[1].upper()}, {ok[0].upper()} {ok[2]}", f["other_mid"], f["other_icn"], fd(ok_dt), "V5257", "1",
              f["mo"](f["other_billed"]), f["mo"](f["other_billed"] - 210), "000"],
             [f"{sub['klast'].upper()}, {sub['kfirst'].upper()} {sub['kmid']}", f["medicaid"], f["icn"],
              fd(f["svc"]), "V5261", "2", f["mo"](f["total"]), f["mo"](0), "4471"]],
            [36, 25, 30, 20, 12, 10, 19, 17, 11], 7, "LLLLLRRRL")
    d.font(8)
    d.multi_cell(0, 4.2, f"CLAIM TOTALS  BILLED {f['mo'](f['other_billed'] + f['total'])}   PAID "
                 f"{f['mo'](f['other_billed'] - 210)}\n"
                 f"RENDERING AUDIOLOGIST ICN {f['icn']}: {f['aud'].upper()}\n"
                 f"ORDERING/CLEARANCE PHYSICIAN: {f['ent'].upper()}  NPI {f['ent_npi']}\n"
                 f"PRIOR HEARING AID DISPENSED {fd(f['prev'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("EOB CODE MESSAGES", 9)
    d.font(8)
    d.multi_cell(0, 4.2, "000  PAID AS BILLED OR AT THE MAXIMUM ALLOWABLE.\n"
                 "4471 REPLACEMENT HEARING AID WITHIN 5 YEARS OF THE LAST HEARING AID PAID FOR THIS RECIPIENT. "
                 "REPLACEMENT BEFORE 5 YEARS REQUIRES PRIOR AUTHORIZATION SHOWING THE AID CANNOT BE REPAIRED OR "
                 "A SIGNIFICANT CHANGE IN HEARING.", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.multi_cell(0, 4.2, "A PROVIDER MAY REQUEST RECONSIDERATION OF A DENIED CLAIM WITHIN 90 DAYS OF THE RA DATE. "
                 f"SEND FORM BHCA-RC2 TO PROVIDER SERVICES, PO BOX 7710, ASHCOMBE, BK 60214. QUESTIONS {f['ph']}.",
                 new_x="LMARGIN", new_y="NEXT")
    d.base_font = "DejaVu"


BUILD = {"mco_early": mco_notice, "es_early": mco_notice, "mco_ok": mco_notice, "mco_baha": mco_claim_letter,
         "mco_batt": mco_provider_letter, "st_lost": state_notice, "st_ra": state_ra}


def build(f: dict) -> bytes:
    d = Page()
    BUILD[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    dtype, den, dalt = KINDS[k]
    n = f["notice"]
    alts: dict = {"provider": [f["aud"].split(",")[0]]}
    common = dict(insurer=f["insurer"], member_name=f["child"], denial_date=iso(n), provider=f["center"])
    if k.startswith("st_"):
        common["member_id"] = f["medicaid"]
    else:
        common["member_id"] = f["plan_mid"]
        alts["member_id"] = [f["medicaid"]]
    if k in ("mco_early", "es_early", "mco_ok"):
        common.update(case_numbers=[f["ref"]], service_dates=[iso(f["svc"])])
        if k != "mco_ok":
            common["appeal_deadline"] = iso(n + dt.timedelta(days=60))
        alts["service_dates"] = [[]]
    elif k == "mco_baha":
        common.update(case_numbers=[f["claim"]], service_dates=[iso(f["svc"])], claim_amount=m2(f["total"]),
                      appeal_deadline=iso(n + dt.timedelta(days=60)))
    elif k == "mco_batt":
        common.update(case_numbers=[f["claim"]], service_dates=[iso(f["svc"])], claim_amount=m2(f["total"]),
                      appeal_deadline=iso(n + dt.timedelta(days=90)))
    elif k == "st_lost":
        common.update(case_numbers=[f["sar"]], service_dates=[iso(f["svc"])])
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=90))]
        alts["service_dates"] = [[]]
    elif k == "st_ra":
        common.update(case_numbers=[f["icn"]], service_dates=[iso(f["svc"])], claim_amount=m2(f["total"]),
                      appeal_deadline=iso(n + dt.timedelta(days=90)))
    type_alt = ["eob"] if k == "mco_batt" else []
    return truth(dtype, den, "es" if f["es"] else "en", alternates=alts, denial_alternates=dalt,
                 type_alternates=type_alt, **common)


# (stem suffix, condition, kind, date style, money style, separators)
PLAN = [
    ("bd_mco_notice_binaural_replacement_before_5_years", "born_digital", "mco_early", "long", "plain", None),
    ("bd_state_notice_lost_aid_no_police_report", "born_digital", "st_lost", "slash", "plain", None),
    ("scan300_mco_claim_baha_l8690_no_prior_approval", "scan_clean_300", "mco_baha", "abbr", "plain", None),
    ("lowres_mco_approval_aids_damaged_beyond_repair", "scan_lowres_150", "mco_ok", "iso", "plain", None),
    ("copy_es_aviso_reemplazo_antes_de_5_anos", "photocopy", "es_early", "es", "plain", None),
    ("faxstd_cover_provider_letter_batteries_over_limit", "fax_standard_g4", "mco_batt", "dmy", "nosign", ["cover"]),
    ("phone_state_ra_replacement_within_5_years", "phone_photo", "st_ra", "mdy_nopad", "nosign", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms, seps) in enumerate(PLAN):
        f = facts(i, kind, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
