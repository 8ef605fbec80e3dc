"""Family 'pediatric_dental_space_maintainer_frequency_denial': space maintainers for children (D1510 fixed
unilateral, D1516 fixed bilateral maxillary, D1575 distal shoe) and their recementation (D1551, D1553) refused over
a once-per-lifetime frequency limit, an age limit, a missing tooth chart / radiograph, or as included in the
placement fee; seen from dental plans, a state Medicaid dental program (Spanish) and the children's dental office.

Documents: a dental EOB with two claims (sealants paid, D1510 denied over frequency); a fine-fax stack of a cover
sheet, a dental plan letter asking for the missing tooth chart (claim denied, records not received) and the
pediatric dental office's statement; a Spanish Medicaid dental notice of action (distal shoe over the age limit);
a provider-copy letter refusing a recementation done within six months of placement (two columns, grey sidebar);
an upheld appeal for a bilateral maintainer (photo); a paid dental EOB (nothing denied), fed sideways; a two-page
pre-treatment estimate letter with a running header refusing D1510 for a 15-year-old.

Decoys: the subscriber parent, child DOB, tooth numbers, NPIs, license numbers, office account numbers, paid
claims, plan-paid / you-owe amounts, fair-hearing, aid-continuing and external-review limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_dental_space_maintainer_frequency_denial"
LANG = "en"
SEED = 293500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OFFICES = ["Little Harbor Pediatric Dentistry", "Bright Sprout Children's Dental", "Cedar Knoll Kids Dental Group"]
DESC = {"D1510": "Space maintainer, fixed, unilateral, per quadrant", "D1516": "Space maintainer, fixed, bilateral, maxillary",
        "D1575": "Distal shoe space maintainer, fixed, unilateral", "D1551": "Re-cement/re-bond bilateral SM, maxillary",
        "D1553": "Re-cement/re-bond unilateral SM, per quadrant", "D1351": "Sealant, per tooth",
        "D0120": "Periodic oral evaluation", "D1120": "Prophylaxis, child", "D0272": "Bitewings, two radiographic images",
        "D0220": "Periapical, first radiographic image", "D1206": "Topical fluoride varnish"}


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16), orientation="P"):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"({r.choice(['555', '555'])}) {r.digits(3)}-{r.digits(4)}"


def kid(r: Rand, lang="en") -> dict:
    child, first, mid, last = r.person(lang)
    pfirst = r.choice(["Gabriel", "Renata", "Simone", "Darnell", "Priya", "Owen"] if lang == "en"
                      else ["Rosalba", "Ernesto", "Maribel", "Fausto"])
    parent = f"{pfirst} {r.choice('ABCDEFGHJKLMNPRST')}. {last}"
    dob = dt.date(r.randint(2014, 2020), r.randint(1, 12), r.randint(1, 28))
    dos = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 150))
    return dict(child=child, first=first, last=last, parent=parent, dob=dob, dos=dos, addr=r.address(lang),
                npi=r.npi(), ph=ph(r))


def lines(r: Rand, codes: list[tuple[str, str]]) -> list[dict]:
    fee = {"D1510": (310, 420), "D1516": (520, 690), "D1575": (330, 460), "D1551": (95, 140), "D1553": (80, 120),
           "D1351": (52, 68), "D0120": (58, 72), "D1120": (78, 96), "D0272": (62, 80), "D0220": (31, 40),
           "D1206": (36, 48)}
    return [dict(code=c, tooth=t, billed=float(r.randint(*fee[c]))) for c, t in codes]


# ------------------------------------------------------------------ 0: dental EOB, two claims, sealants paid
def doc_eob_two(r: Rand):
    f = kid(r)
    ins = "Tidewater Dental Benefits Company"
    sid, grp = f"TDB{r.digits(8)}", f"{r.digits(6)}-{r.digits(3)}"
    c1, c2 = f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"
    office = OFFICES[0]
    dentist = "Dr. Marguerite Oyelaran, DDS"
    d0 = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    issued = f["dos"] + dt.timedelta(days=r.randint(14, 26))
    l1 = lines(r, [("D1351", "3"), ("D1351", "14"), ("D1351", "19"), ("D1351", "30")])
    for x in l1:
        x.update(allowed=round(x["billed"] * 0.8, 2))
        x.update(paid=x["allowed"], owe=0.0, note="")
    l2 = lines(r, [("D1510", "K"), ("D0220", "")])
    l2[0].update(allowed=0.0, paid=0.0, owe=l2[0]["billed"], note="F12")
    l2[1].update(allowed=round(l2[1]["billed"] * 0.8, 2))
    l2[1].update(paid=l2[1]["allowed"], owe=0.0, note="")
    billed2 = sum(x["billed"] for x in l2)
    prior = dt.date(2024, r.randint(2, 11), r.randint(1, 28))
    d = Page("Tidewater Dental Benefits  *  Dental Explanation of Benefits  *  Not a bill  *  {p} of {n}")
    d.add_page()
    d.text_line("TIDEWATER DENTAL", 18, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 77014, Norfolk Point, VA 23501  |  Member line {f['ph']}", 8.2, h=4.4)
    d.rule(0.8, 3)
    d.text_line("Dental Explanation of Benefits", 13, "B", h=7)
    d.ln(1)
    d.boxes([("Issue date", fmt_date(issued, "abbr"), 34), ("Subscriber", f["parent"], 50),
             ("Subscriber ID", sid, 40), ("Group", grp, 34), ("Patient", f["child"], 46)], h=12)
    d.boxes([("Patient DOB", fmt_date(f["dob"], "slash"), 34), ("Relationship", "Child", 30),
             ("Treating office", office, 90), ("Network", "PPO participating", 50)], h=12)
    d.ln(4)
    for c, dd, ll, head in [(c1, d0, l1, "preventive - paid"), (c2, f["dos"], l2, "space maintainer")]:
        d.font(9.2, "B")
        d.cell(0, 5.6, f"Claim {c}   {office}   {dentist}   ({head})", new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(dd, "slash"), x["code"], x["tooth"], DESC[x["code"]][:38], fmt_money(x["billed"]),
                 fmt_money(x["allowed"]), fmt_money(x["paid"]), fmt_money(x["owe"]), x["note"]] for x in ll]
        rows.append(["*Claim total", "", "", "", fmt_money(sum(x["billed"] for x in ll)),
                     fmt_money(sum(x["allowed"] for x in ll)), fmt_money(sum(x["paid"] for x in ll)),
                     fmt_money(sum(x["owe"] for x in ll)), ""])
        d.table(["Date", "Code", "Tooth", "Description", "Submitted", "Allowed", "Plan pays", "You owe", "Note"],
                rows, [21, 13, 12, 62, 20, 18, 19, 17, 10], size=7.7, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.6, "B", h=5.5)
    d.para(f"F12  Frequency limitation. A fixed unilateral space maintainer is a benefit once per quadrant per "
           f"lifetime. Our records show a space maintainer for this quadrant (tooth K area) was paid on "
           f"{fmt_date(prior, 'slash')}. The charge is the patient's responsibility unless the office agrees "
           "otherwise.", 8.5)
    d.para("If you disagree with this decision you may request a review in writing within 180 days after you "
           "receive this explanation. Include the claim number and any x-rays or chart notes. Office NPI "
           f"{f['npi']}.", 8.5)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=sid, member_name=f["child"],
              case_numbers=[c2], claim_amount=m2(billed2), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=office, alternates={"provider": ["Marguerite Oyelaran"],
                                           "claim_amount": [m2(l2[0]["billed"])]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: missing tooth chart + statement
def doc_chart_letter(r: Rand, f: dict):
    ins = "Beacon Shore Dental Plan"
    notice = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    f["notice"] = notice
    d = Page("Beacon Shore Dental Plan - Claims Correspondence - page {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Beacon Shore Dental Plan", 15, "B", h=7)
    d.text_line(f"Claims Correspondence Unit  *  1450 Breakwater Ave, Gull Harbor, RI 02840  *  {f['ph']}", 8.6,
                h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Subscriber ID: {f['sid']}     Group: {f['grp']}\nPatient: {f['child']}     Claim: {f['claim']}", 10, gap=4)
    d.para(f"Dear {f['parent']}:", 10)
    d.para(f"We received a claim from {f['office']} for a distal shoe space maintainer (D1575) and a fixed "
           f"unilateral space maintainer (D1510) placed for {f['child']} on {fmt_date(f['dos'], 'long')}. The "
           f"total submitted was {fmt_money(f['billed'])}.", 10)
    d.para("We cannot pay this claim at this time. Space maintainers are covered only to hold the space of a "
           "primary tooth lost early, and we need the tooth chart and a current radiograph showing which tooth is "
           "missing and that the permanent tooth has not erupted. The office did not send a tooth chart or an "
           "x-ray with the claim, and did not answer our request for them. The claim is denied because the "
           "records we need were not received.", 10)
    d.para("The office may send the chart and radiograph and ask us to reconsider; no appeal is needed for that. "
           "If you disagree with this decision, you or the office may appeal within 180 days of the date of this "
           "letter by writing to Appeals, Beacon Shore Dental Plan, at the address above.", 10)
    d.para("Sincerely,\nDental Claims Review", 10)
    t = truth("denial_letter", "other", insurer=ins, group_number=f["grp"], member_id=f["sid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["office"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_office_statement(r: Rand, f: dict):
    stmt = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"{r.digits(5)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  " + f["office"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Pediatric dentistry  |  88 Tern Street, Gull Harbor, RI 02840  |  Office {ph(r)}", 8.4, h=5)
    d.ln(3)
    y = d.get_y()
    d.text_line("Responsible party", 8, "B", h=4.4)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Statement", fmt_date(stmt, "slash")), ("Account", acct), ("Patient", f["child"]),
                     ("Balance", fmt_money(f["billed"]))]:
        d.set_x(120)
        d.font(8.6, "B")
        d.cell(26, 5, lab)
        d.font(9.2)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [[fmt_date(f["dos"], "slash"), x["code"], x["tooth"], DESC[x["code"]], fmt_money(x["billed"])]
            for x in f["lines"]]
    rows.append([fmt_date(f["notice"], "slash"), "", "", f"Beacon Shore claim {f['claim']} - denied, records", "0.00"])
    rows.append(["*Balance", "", "", "", fmt_money(f["billed"])])
    d.table(["Date", "Code", "Tooth", "Description", "Amount"], rows, [24, 16, 14, 100, 28], size=8.6,
            aligns="LLLLR", head_fill=True)
    d.para("Your dental plan asked for a tooth chart and x-ray for this claim. We have sent them and asked the plan "
           "to reconsider. You do not need to pay now; we will send a new statement after the plan answers.", 9)
    d.para(f"Treating dentist: Dr. Anselm Pemberton, DDS.  Office NPI {f['npi']}.  Patient DOB "
           f"{fmt_date(f['dob'], 'slash')}.", 8.4)
    t = truth("other", None, member_id=None, member_name=f["child"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["office"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": ["Anselm Pemberton"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = kid(r)
    f.update(sid=f"BSD-{r.digits(4)}-{r.digits(4)}", grp=f"{r.letters(2)}{r.digits(4)}",
             claim=f"{r.digits(2)}-{r.digits(7)}", office=OFFICES[2])
    f["lines"] = lines(r, [("D1575", "S"), ("D1510", "L")])
    f["billed"] = sum(x["billed"] for x in f["lines"])
    a = doc_chart_letter(r, f)
    b = doc_office_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------------ 2: Spanish Medicaid dental notice (age)
def doc_es_medicaid(r: Rand):
    f = kid(r, "es")
    f["dob"] = dt.date(2016, r.randint(1, 12), r.randint(1, 28))
    ins = "Programa Dental de Medicaid de Nuevo Sol"
    agency = "Departamento de Salud y Servicios Humanos de Nuevo Sol"
    mid = f"{r.digits(9)}{r.letters(1)}"
    notice_no = f"NA-{r.digits(2)}-{r.digits(6)}"
    case = f"{r.digits(8)}"
    dnote = f["dos"] + dt.timedelta(days=r.randint(10, 20))
    ln = lines(r, [("D1575", "T")])[0]
    d = Page("Programa Dental de Medicaid  -  Aviso de acción  -  página {p} de {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line(agency, 12.5, "B", h=6.5)
    d.text_line(ins + "  ·  Apartado 2210, Las Cruces, NM 88001  ·  Tel. " + f["ph"], 8.6, h=4.6)
    d.rule(0.6, 3)
    d.text_line("AVISO DE ACCIÓN: DENEGACIÓN DE SERVICIO DENTAL", 12, "B", h=7)
    d.ln(1)
    d.boxes([("Fecha del aviso", fmt_date(dnote, "es"), 46), ("Número de aviso", notice_no, 42),
             ("Núm. de caso del hogar", case, 40), ("ID de Medicaid", mid, 48)], h=12)
    d.boxes([("Beneficiario(a)", f["child"], 60), ("Padre/madre o tutor", f["parent"], 60),
             ("Fecha de nacimiento", fmt_date(f["dob"], "es_abbr"), 56)], h=12)
    d.ln(4)
    d.para(f"Estimado(a) {f['parent']}:", 10)
    d.para(f"El consultorio {OFFICES[1]} pidió aprobación para colocar un mantenedor de espacio de zapata distal "
           f"(código D1575, diente T) a {f['child']}, con fecha de servicio planeada del {fmt_date(f['dos'], 'es')}. "
           f"El cargo pedido es de {fmt_money(ln['billed'])}.", 10)
    d.para("Hemos negado este servicio. El mantenedor de zapata distal es un beneficio solo para niños menores de "
           "8 años, antes de que salga el primer molar permanente. Según la fecha de nacimiento, el niño o la niña "
           "tiene más de 8 años y el molar permanente ya salió. Base legal: Código Administrativo de Nuevo Sol, "
           "sección 8.310.7.12.", 10)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede pedir una apelación al Programa dentro de 60 días a partir de la fecha de este aviso. Si quiere "
           "una audiencia imparcial estatal, debe pedirla dentro de 90 días. Si pide la apelación dentro de 10 "
           "días, puede seguir recibiendo los servicios que ya tiene mientras se decide. Puede pedir una apelación "
           "acelerada (72 horas) si la demora pone en peligro la salud.", 9.6)
    d.para(f"NPI del consultorio: {f['npi']}.  Formulario MAD-DEN-602.", 8.4)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[notice_no], claim_amount=m2(ln["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dnote), provider=OFFICES[1], appeal_deadline=iso(dnote + dt.timedelta(days=60)),
              alternates={"insurer": [agency], "service_dates": [[]], "claim_amount": [None]},
              denial_alternates=["eligibility", "medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: recementation included (provider copy, 2 col)
def doc_recement(r: Rand):
    f = kid(r)
    ins = "Northgate Family Dental Insurance"
    sid, grp = f"NFD{r.digits(9)}", f"{r.digits(5)}"
    claim = f"{r.digits(11)}"
    placed = f["dos"] - dt.timedelta(days=r.randint(60, 150))
    notice = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    ln = lines(r, [("D1551", "")])[0]
    office = OFFICES[1]
    dentist = "Dr. Colin R. Fairchild"
    d = Page("Northgate Family Dental Insurance  |  Provider remittance letter  |  {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Northgate Family Dental Insurance", 15, "B", h=7.5)
    d.text_line(f"Provider Relations  |  PO Box 3340, Lake Orrin, MN 55802  |  Fax {ph(r)}", 8.4, h=4.6)
    d.rule(0.5, 3)
    y0 = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(12, y0, 58, 120, style="F")
    yy = y0 + 3
    for lab, val in [("Date", fmt_date(notice, "dmy")), ("Patient", f["child"]), ("Subscriber", f["parent"]),
                     ("Member ID", sid), ("Group", grp), ("Claim no.", claim), ("Billed", fmt_money(ln["billed"])),
                     ("Provider NPI", f["npi"]), ("Patient DOB", fmt_date(f["dob"], "dmy"))]:
        d.set_xy(15, yy)
        d.font(6.8, "B")
        d.cell(50, 3.5, lab.upper())
        d.set_xy(15, yy + 3.8)
        d.font(9.2)
        d.cell(52, 5, val)
        yy += 12.5
    d.set_xy(76, y0 + 2)
    d.set_left_margin(76)
    d.para(f"{office}\nAttn: {dentist}\n614 Juniper Drive\nDuluth, MN 55802", 10, gap=5)
    d.text_line("CLAIM DETERMINATION - RECEMENTATION", 11, "B", h=6.5)
    d.para(f"We processed your claim for re-cementing a bilateral maxillary space maintainer (D1551) on "
           f"{fmt_date(f['dos'], 'dmy')}. The space maintainer was placed by your office on "
           f"{fmt_date(placed, 'dmy')}.", 9.8)
    d.para("Recementation of a space maintainer by the same dentist or office within 6 months of placement is "
           "part of the placement fee and is not paid separately. The charge is disallowed; under your network "
           "agreement you may not bill the member or the subscriber for it.", 9.8)
    d.para("To request reconsideration, write to Provider Appeals within 90 days of the date of this letter and "
           "include the chart notes. Questions: Provider Relations at the address above.", 9.8)
    d.set_left_margin(12)
    d.set_y(max(d.get_y(), y0 + 124))
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=sid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(ln["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=office, appeal_deadline=iso(notice + dt.timedelta(days=90)),
              alternates={"provider": ["Colin R. Fairchild"]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: upheld appeal, bilateral maintainer (photo)
def doc_upheld(r: Rand):
    f = kid(r)
    ins = "Cobalt Ridge Dental Services, Inc."
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"CR-{r.digits(5)}"
    claim, appeal = f"{r.digits(10)}", f"APL{r.digits(7)}"
    recv = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    notice = recv + dt.timedelta(days=r.randint(20, 28))
    ln = lines(r, [("D1516", "")])[0]
    office = OFFICES[0]
    prev = dt.date(2023, r.randint(1, 12), r.randint(1, 28))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Cobalt Ridge Dental", 16, "B", h=7.5)
    d.text_line("Cobalt Ridge Dental Services, Inc.  ·  Member Appeals  ·  20 Quarry Street, Pueblo, CO 81003", 8.8, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln_ in [f["parent"], *f["addr"]]:
        d.text_line(ln_, 10, h=5)
    d.ln(5)
    d.text_line("Appeal decision: denial upheld", 11.5, "B", h=7)
    d.para(f"Member: {f['child']}    Member ID: {mid}    Group: {grp}\nAppeal number: {appeal}    Claim number: "
           f"{claim}", 9.8, gap=4)
    d.para(f"Dear {f['parent']}:", 10)
    d.para(f"On {fmt_date(recv, 'long')} we received your appeal of our denial of a fixed bilateral maxillary space "
           f"maintainer (D1516, {fmt_money(ln['billed'])}) placed by {office} on {fmt_date(f['dos'], 'long')}.",
           10)
    d.para(f"A dentist consultant who was not part of the first decision reviewed the appeal. Your plan covers one "
           f"bilateral space maintainer per arch per lifetime. A bilateral maxillary maintainer for your child was "
           f"paid on {fmt_date(prev, 'long')}. The letter from the office says the first appliance was lost, but "
           "the plan does not cover replacement of a lost appliance. The denial is upheld.", 10)
    d.para("This is the final decision of our internal appeal process. You may ask for an external review by the "
           "state Division of Insurance within 4 months after you receive this letter. Urgent requests are decided "
           "within 72 hours.", 10)
    d.para("Member Appeals Team\nCobalt Ridge Dental", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[appeal, claim], claim_amount=m2(ln["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=office,
              alternates={"case_numbers": [[appeal]], "insurer": ["Cobalt Ridge Dental"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid dental EOB (nothing denied), sideways
def doc_paid(r: Rand):
    f = kid(r)
    ins = "Prairie Lantern Dental Co."
    sid, grp = f"PL{r.digits(10)}", f"{r.digits(4)}"
    claim = f"{r.digits(3)}-{r.digits(3)}-{r.digits(5)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(12, 24))
    office = OFFICES[2]
    ll = lines(r, [("D0120", ""), ("D1120", ""), ("D0272", ""), ("D1510", "A")])
    for x in ll:
        x["allowed"] = round(x["billed"] * 0.85, 2)
        x["paid"] = round(x["allowed"] * (1 if x["code"] != "D1510" else 0.8), 2)
        x["owe"] = round(x["allowed"] - x["paid"], 2)
    billed = sum(x["billed"] for x in ll)
    d = Page("Prairie Lantern Dental Co.  -  Benefit Statement", margins=(14, 12, 14), orientation="L")
    d.add_page()
    d.text_line("Prairie Lantern Dental Co.", 15, "B", h=7)
    d.text_line(f"Benefit Statement  -  this is not a bill  -  1212 Fenwick Avenue, Fargo, ND 58102  -  {f['ph']}", 8.6, h=4.6)
    d.rule(0.5, 3)
    for lab, val in [("Statement date", fmt_date(issued, "iso")), ("Covered person", f["child"]),
                     ("Employee", f["parent"]), ("ID", sid), ("Group", grp), ("Claim", claim),
                     ("Dentist", office)]:
        d.font(9, "B")
        d.cell(34, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "iso"), x["code"], x["tooth"] or "-", DESC[x["code"]], fmt_money(x["billed"], "nosign"),
             fmt_money(x["allowed"], "nosign"), fmt_money(x["paid"], "nosign"), fmt_money(x["owe"], "nosign")]
            for x in ll]
    rows.append(["*Totals", "", "", "", fmt_money(billed, "nosign"), fmt_money(sum(x["allowed"] for x in ll), "nosign"),
                 fmt_money(sum(x["paid"] for x in ll), "nosign"), fmt_money(sum(x["owe"] for x in ll), "nosign")])
    d.table(["Service date", "ADA code", "Tooth", "Procedure", "Charged", "Allowed", "Paid to dentist", "Your share"],
            rows, [28, 20, 14, 96, 26, 26, 30, 26], size=8.6, aligns="LLLLRRRR", head_fill=True)
    d.para("Preventive and diagnostic services are paid at 100%. The space maintainer is a basic service paid at 80% "
           "after the deductible (met). Space maintainers remaining this lifetime for this quadrant: 0.", 8.8)
    d.para("Questions about this statement? Call member services. You have the right to ask for a review within 180 "
           f"days after you receive this statement. Dentist NPI {f['npi']}.", 8.8)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=sid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=office, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: two-page predetermination, age limit
def doc_predet(r: Rand):
    f = kid(r)
    f["dob"] = dt.date(2010, r.randint(6, 12), r.randint(1, 28))
    ins = "Keystone Harbor Dental Plan"
    mid, grp = f"KHD-{r.digits(7)}", f"{r.digits(3)}{r.letters(1)}{r.digits(2)}"
    ref = f"PD{r.digits(8)}"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 100))
    planned = notice + dt.timedelta(days=r.randint(20, 40))
    recv = notice - dt.timedelta(days=r.randint(5, 10))
    ln = lines(r, [("D1510", "30")])[0]
    dentist = "Dr. Sunita K. Marchetti"
    office = OFFICES[1]
    d = Page("Page {p} of {n}", header=f"Keystone Harbor Dental Plan  |  {f['child']}  |  Reference {ref}",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("KEYSTONE HARBOR DENTAL PLAN", 14, "B", h=7)
    d.text_line(f"Pre-Treatment Review  ·  PO Box 550, Erie, PA 16501  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(f"Date: {fmt_date(notice, 'mdy_nopad')}", 10, h=6)
    d.ln(2)
    for ln_ in [f["parent"], *f["addr"]]:
        d.text_line(ln_, 10, h=5)
    d.ln(4)
    d.text_line("Pre-treatment estimate: not approved", 12, "B", h=7)
    for lab, val in [("Reference no.", ref), ("Patient", f"{f['child']} (DOB {fmt_date(f['dob'], 'mdy_nopad')})"),
                     ("Member ID", mid), ("Group", grp), ("Dentist", f"{dentist}, {office}"),
                     ("Procedure", "D1510 space maintainer, fixed unilateral (tooth 30 area)"),
                     ("Estimated fee", fmt_money(ln["billed"])), ("Proposed date", fmt_date(planned, "mdy_nopad")),
                     ("Request received", fmt_date(recv, "mdy_nopad"))]:
        d.font(9.6, "B")
        d.cell(42, 5.4, lab)
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['parent']}:", 10)
    d.para("We reviewed the pre-treatment estimate your child's dentist sent us. Under your plan, space maintainers "
           "are a benefit only for covered children under age 14 (Dental Benefit Summary, Limitations, item 9). "
           "The patient is older than 14, so this procedure is not a covered benefit. This estimate is not a "
           "guarantee of payment for any other service.", 10)
    d.para("Our dental consultant also noted that by this age the permanent second premolar is usually erupting, "
           "and the dentist may wish to discuss other options with you.", 10)
    d.add_page()
    d.text_line("Your appeal rights", 11, "B", h=6.5)
    d.para("If you do not agree, you or the dentist may appeal. We must receive your written appeal within 180 days "
           "of the date of this letter. Send it to Appeals, Keystone Harbor Dental Plan, PO Box 552, Erie, PA 16501, "
           "or fax it. Include the reference number above and any records you want us to consider.", 10)
    d.para("You may ask for free copies of the documents and the guideline we used. If your plan is governed by "
           "ERISA, you may have the right to bring a civil action under section 502(a) after your appeal. For help, "
           "contact the Pennsylvania Insurance Department consumer services.", 10)
    d.para(f"Dentist NPI: {f['npi']}.  Form KHD-PTE-11.", 8.6)
    d.para("Pre-Treatment Review Unit\nKeystone Harbor Dental Plan", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[ref], claim_amount=m2(ln["billed"]), service_dates=[iso(planned)],
              denial_date=iso(notice), provider="Sunita K. Marchetti",
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [office], "service_dates": [[]], "claim_amount": [None]},
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob_two, "eob_sealants_paid", "born_digital"),
              (2, doc_es_medicaid, "es_medicaid_notice", "scan_lowres_150"),
              (3, doc_recement, "recement_provider", "photocopy"),
              (4, doc_upheld, "upheld_appeal", "phone_photo"),
              (5, doc_paid, "paid_eob", "rotated"),
              (6, doc_predet, "predet_age", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
