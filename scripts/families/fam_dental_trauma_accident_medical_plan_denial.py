"""Family 'dental_trauma_accident_medical_plan_denial': invented medical-plan EOBs, letters and a dental office
statement on injury to sound natural teeth after an accident, billed to the patient's medical (not dental) plan.

Cases: a medical EOB denying a dentist's trauma claim because a tooth broken while eating is not an accidental
injury and dental care is excluded; a Spanish EOB denying a crown placed more than 12 months after the accident; a
TPA letter holding a claim because the patient's auto insurance (personal injury protection) pays first; a paid EOB
under the accidental dental injury benefit (no denial); a faxed predetermination denial of an implant after a fall
(implants excluded, the accident benefit covers repair only); the dental practice's statement after the medical plan
denied the claim; an appeal decision upholding a denial because the teeth were not sound before the injury.

Layouts are invented, modelled loosely on published medical-plan EOBs, ERISA denial letters, plan documents'
accidental dental injury provisions and dental office statements. All values invented: plans, administrators,
dentists, practices, people, IDs, amounts; phones 1-555. Decoys: accident / injury dates next to service dates,
auto insurer claim and policy numbers, dates of birth, NPIs and dental licence numbers, tooth numbers, patient
account numbers, allowed/paid/you-owe amounts, subscriber next to the dependent patient.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "dental_trauma_accident_medical_plan_denial"
LANG = "en"
SEED = 262600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, 0.75]), 2)


def header_band(d, name, sub, right):
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.font(8.3)
    d.cell(110, 5, sub)
    d.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def plain_head(d, name, lines, center=False):
    d.text_line(name, 14, "B", "C" if center else "L")
    for s in lines:
        d.text_line(s, 8.5, "", "C" if center else "L")
    d.rule(0.4, 4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


FIRST = ["Perpetua", "Lazarus", "Clementine", "Hollis", "Araminta", "Barnaby", "Isolde", "Cormac", "Tamsin",
         "Leopold"]
LAST = ["Fenwright", "Ostrowski", "Gallifrey", "Mbeki-Lund", "Harrowgate", "Ventimiglia", "Crabtree", "Solvang",
        "Eckhart", "Pimentel"]
FIRST_ES = ["Rigoberto", "Ximena", "Teodoro", "Marisela", "Baltasar"]
LAST_ES = ["Ocampo", "Valdivieso", "Zúñiga", "Arellano", "Cienfuegos"]
CITIES = ["Granite Bluff, NH 03099", "Otter Springs, FL 32099", "Wexley, MO 63099", "Lowbridge, SC 29099",
          "Calder Point, OR 97099"]
CITIES_ES = ["Kissimmee Oeste, FL 34799", "San Benito Viejo, TX 78599"]
STREETS = ["Brackenridge Road", "Lamplighter Lane", "Gull Rock Way", "Orchard Hill Drive", "Pewter Street"]
DENTISTS = [("Dr. Philippa N. Arkwright, DDS", "Granite Bluff Family & Emergency Dentistry"),
            ("Dr. Emeric S. Toussaint, DMD", "Lowbridge Endodontic Specialists"),
            ("Dr. Valentina M. Orozco, DDS", "Clínica Dental Sonrisa Clara"),
            ("Dr. Declan W. Fairweather, DDS, MS", "Calder Point Oral & Maxillofacial Surgery"),
            ("Dr. Rosalind J. Abernethy, DMD", "Wexley Smile Studio")]
ER = ["Granite Bluff Memorial Hospital", "Otter Springs Regional Medical Center", "Wexley Community Hospital"]
CDT = {"D0140": "Limited oral evaluation - problem focused", "D0220": "Intraoral periapical, first film",
       "D0230": "Intraoral periapical, each add'l film", "D7270": "Tooth reimplantation/stabilization",
       "D3310": "Endodontic therapy, anterior tooth", "D2740": "Crown - porcelain/ceramic",
       "D2950": "Core buildup incl. any pins", "D6010": "Surgical placement of implant body",
       "D6058": "Abutment supported porcelain/ceramic crown", "D7140": "Extraction, erupted tooth",
       "D9110": "Palliative (emergency) treatment"}


def person(r, lang="en"):
    if lang == "es":
        return f"{r.choice(FIRST_ES)} {r.choice(MI)}. {r.choice(LAST_ES)}"
    return f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}"


def base(r, lang="en"):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    return dict(notice=notice, member=person(r, lang),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if lang == "es" else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
                tooth=r.choice(["8", "9", "7", "10"]))


def lines_of(r, spec):
    """spec: list of (date, code, tooth) -> list of dicts with a charge."""
    return [dict(dos=d0, code=c, tooth=t, desc=CDT[c], ch=fee(r, *{"D0140": (85, 140), "D0220": (32, 48),
                 "D0230": (26, 40), "D7270": (640, 980), "D3310": (980, 1350), "D2740": (1250, 1690),
                 "D2950": (290, 410), "D6010": (2100, 2900), "D6058": (1600, 2100), "D7140": (190, 320),
                 "D9110": (120, 190)}[c])) for d0, c, t in spec]


# ---------------------------------------------------------------- 0: medical EOB, broken while eating (not accident)
def doc_eob_chewing(r):
    f = base(r)
    plan = "Quillfeather Health Insurance Co."
    dent, prac = DENTISTS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(24, 34))
    d2 = dos + dt.timedelta(days=r.randint(7, 12))
    injury = dos - dt.timedelta(days=1)
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D0140", ""), (dos, "D0220", t), (dos, "D9110", t), (d2, "D3310", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "Q99999999999")
    mid, grp = pat(r, "QHX999999999"), pat(r, "99999")
    ds, ms = "upper", "plain"
    d = Page()
    d.add_page()
    header_band(d, plan, "Medical Claims, PO Box 11870, Granite Bluff, NH 03099",
                f"Member Services {f['phone']}")
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    d.boxes([("Date issued", fmt_date(f["notice"], ds), 36), ("Member", f["member"], 62),
             ("Member ID", mid, 42), ("Group no.", grp, 36)])
    d.boxes([("Claim no.", claim, 48), ("Billed by", prac, 128)])
    d.boxes([("Treating dentist", dent, 78), ("Date of injury (reported)", fmt_date(injury, ds), 50),
             ("Date of birth", fmt_date(f["dob"], "slash"), 48)])
    d.ln(4)
    rows = [[fmt_date(x["dos"], ds), x["code"], x["tooth"] or "-", x["desc"][:36], fmt_money(x["ch"], ms),
             fmt_money(0, ms), fmt_money(0, ms), fmt_money(x["ch"], ms), "DX7"] for x in lines]
    rows.append(["*Totals", "", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(total, ms), ""])
    d.table(["Date of service", "CDT", "Tooth", "Service", "Charge", "Allowed", "Paid", "You owe", "Code"], rows,
            [24, 13, 11, 54, 19, 16, 14, 18, 11], size=7.4, aligns="LLLLRRRRL")
    paras(d, [
        "#Explanation of codes",
        "DX7  Dental services are not covered under this medical plan. The plan's Accidental Dental Injury benefit "
        "pays for repair of sound natural teeth injured by an external blow or force. Damage caused by chewing or "
        f"biting, even on a hard object, is not an accidental injury. The claim states that tooth #{t} fractured "
        "while the patient was eating. Check whether a dental plan covers this service.",
        "#Appeal rights",
        "If you disagree, you may request an appeal within 180 days of the date of this notice. Send your request "
        "and any records to Quillfeather Appeals Unit, PO Box 11899, Granite Bluff, NH 03099, or fax "
        "1-555-214-9031. You have the right to request, free of charge, the plan provisions used for this decision."],
        size=8.8)
    tr = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat(), d2.isoformat()],
               denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates={"provider": [prac]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 1: Spanish EOB, crown after the 12-month window
def doc_es_window(r):
    f = base(r, "es")
    plan = "Aseguradora Solana de Salud, S.A."
    dent, prac = DENTISTS[2]
    injury = f["notice"] - dt.timedelta(days=r.randint(430, 470))
    dos = f["notice"] - dt.timedelta(days=r.randint(28, 35))
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D2950", t), (dos, "D2740", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "SOL-9999-999999")
    mid, grp = pat(r, "AS99999999"), pat(r, "GR-99999")
    ds, ms = "es_abbr", "plain"
    d = Page(footer="Aseguradora Solana de Salud  -  Explicación de beneficios  -  página {p} de {n}")
    d.add_page()
    plain_head(d, plan, ["Reclamaciones médicas, Apartado 4410, Kissimmee Oeste, FL 34799",
                         f"Servicio al cliente {f['phone']}  (TTY 711)"], center=True)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B", "C")
    d.text_line("Esto no es una factura", 9, "", "C")
    d.ln(3)
    kv(d, [("Fecha del aviso:", fmt_date(f["notice"], "es")), ("Paciente:", f["member"]),
           ("Número de afiliado:", mid), ("Número de grupo:", grp), ("Número de reclamación:", claim),
           ("Dentista que atendió:", f"{dent} - {prac}"), ("Fecha del accidente:", fmt_date(injury, "es")),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=50, size=9.3)
    es_desc = {"D2950": "Reconstrucción del muñón", "D2740": "Corona de porcelana/cerámica"}
    rows = [[fmt_date(x["dos"], ds), x["code"], t, es_desc[x["code"]], fmt_money(x["ch"], ms), fmt_money(0, ms),
             fmt_money(0, ms), fmt_money(x["ch"], ms), "A12"] for x in lines]
    rows.append(["*Total", "", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(total, ms), ""])
    d.table(["Fecha serv.", "Código", "Diente", "Servicio", "Cargo", "Permitido", "Pagado", "Usted debe", "Nota"],
            rows, [22, 15, 13, 50, 20, 18, 16, 20, 10], size=7.5, aligns="LLLLRRRRL")
    paras(d, [
        "#Nota A12",
        "Su plan médico no cubre servicios dentales, salvo el beneficio por lesión accidental de dientes naturales "
        "sanos. Ese beneficio cubre el tratamiento que se termina dentro de los 12 meses siguientes a la fecha del "
        "accidente. La corona se colocó más de 12 meses después del accidente indicado arriba, por lo que el "
        "servicio no está cubierto. Usted es responsable de estos cargos.",
        "#Sus derechos de apelación",
        "Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este aviso. "
        "Escriba a Apelaciones, Aseguradora Solana de Salud, Apartado 4460, Kissimmee Oeste, FL 34799. Puede pedir "
        "sin costo copias de los documentos usados para esta decisión. Después de la apelación interna puede pedir "
        "una revisión externa independiente."], size=9)
    tr = truth("eob", "not_covered", lang="es", insurer=plan, member_id=mid, group_number=grp,
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates={"provider": [prac]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 2: TPA letter, auto PIP pays first
def doc_auto_first(r):
    f = base(r)
    tpa, plan = "Highbury Benefit Administrators", "Corran Logistics Employee Health Plan"
    dent, prac = DENTISTS[4]
    injury = f["notice"] - dt.timedelta(days=r.randint(45, 60))
    dos = injury + dt.timedelta(days=r.randint(1, 3))
    d2 = dos + dt.timedelta(days=r.randint(10, 16))
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D0140", ""), (dos, "D0230", t), (dos, "D7270", t), (d2, "D3310", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "HBA99999999")
    auto_claim, auto_pol = pat(r, "99-A9999-999"), pat(r, "PAP 999 999 999")
    mid, grp = pat(r, "CLX9999999"), pat(r, "CORR-9999")
    sub = f"{r.choice(FIRST)} {r.choice(MI)}. {f['member'].split()[-1]}"
    ds = "abbr"
    d = Page(footer="Highbury Benefit Administrators is the claims administrator for the Corran Logistics Employee "
                    "Health Plan and does not insure its benefits.")
    d.add_page()
    plain_head(d, tpa, ["1900 Millrace Plaza, Suite 400, Wexley, MO 63099",
                        f"Participant services {f['phone']}  |  Fax 1-555-866-3012"])
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, sub, f["addr"])
    d.text_line("Your claim is denied: other coverage must pay first", 12, "B")
    d.ln(1)
    kv(d, [("Plan:", plan), ("Participant:", sub), ("Patient:", f["member"]), ("Participant ID:", mid),
           ("Group number:", grp), ("Claim number:", claim), ("Provider:", f"{dent}, {prac}"),
           ("Date of accident:", fmt_date(injury, ds)), ("Auto insurer claim:", f"{auto_claim} (Pinebrook Auto "
                                                                                 "Casualty Co.)"),
           ("Total charges:", fmt_money(total, "usd"))], w=44, size=9.3)
    d.table(["Service date", "Code", "Tooth", "Description", "Charge"],
            [[fmt_date(x["dos"], ds), x["code"], x["tooth"] or "-", x["desc"], fmt_money(x["ch"], "usd")]
             for x in lines], [28, 16, 14, 90, 28], size=8.4, aligns="LLLLR")
    paras(d, [
        f"Dear {sub.split()[0]} {sub.split()[-1]},",
        f"We received a claim from {prac} for dental treatment of {f['member'].split()[0]} after a motor vehicle "
        "accident. The accident questionnaire you returned shows that the injury happened in a car accident and that "
        f"the vehicle is insured by Pinebrook Auto Casualty Co. under policy {auto_pol}, which includes personal "
        "injury protection (PIP).",
        "Under the Plan's coordination of benefits and third-party liability provisions (Summary Plan "
        "Description, section 9.3), automobile coverage, including PIP and medical payments coverage, pays "
        "before this Plan. We have denied the claim until the auto insurer has processed it. Please ask the "
        "provider to send us the auto insurer's payment or denial statement, or a letter showing your PIP "
        "benefits are used up, and we will review the claim again under the Accidental Dental Injury benefit.",
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send a written request to "
        "Highbury Appeals, 1900 Millrace Plaza, Suite 400, Wexley, MO 63099. You may submit comments and records "
        "and ask for copies of the documents relevant to your claim free of charge. You also have the right to "
        "bring a civil action under section 502(a) of ERISA after the appeal."], size=9.4)
    tr = truth("denial_letter", "other", insurer=tpa, member_id=mid, group_number=grp, member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat(), d2.isoformat()],
               denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"insurer": [plan], "provider": [prac]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 3: paid EOB, accidental dental injury benefit
def doc_paid(r):
    f = base(r)
    plan = "Pellham Mutual Health"
    dent, prac = DENTISTS[3]
    injury = f["notice"] - dt.timedelta(days=r.randint(40, 55))
    dos = injury
    d2 = dos + dt.timedelta(days=r.randint(14, 21))
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D9110", t), (dos, "D0220", t), (dos, "D7270", t), (d2, "D3310", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "PMH9999999999")
    mid, grp = pat(r, "PM-99999-99"), pat(r, "999999")
    ds, ms = "iso", "nosign"
    d = Page()
    d.add_page()
    header_band(d, plan, "PO Box 2240, Calder Point, OR 97099", f"Call us: {f['phone']}")
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line(f"Statement date: {fmt_date(f['notice'], ds)}", 9.5)
    d.ln(2)
    kv(d, [("Patient name", f["member"]), ("ID number", mid), ("Group", grp), ("Claim", claim),
           ("Provider", f"{dent} ({prac})"), ("Provider NPI", f["npi"]), ("Accident date", fmt_date(injury, ds)),
           ("Benefit applied", "Accidental Dental Injury - sound natural teeth")], w=40, size=9.2)
    rows, al_t, pd_t = [], 0.0, 0.0
    for x in lines:
        al = round(x["ch"] * 0.71, 2)
        pd = round(al * 0.8, 2)
        al_t, pd_t = al_t + al, pd_t + pd
        rows.append([fmt_date(x["dos"], ds), x["code"], t, fmt_money(x["ch"], ms), fmt_money(al, ms),
                     fmt_money(pd, ms), fmt_money(al - pd, ms)])
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(al_t, ms), fmt_money(pd_t, ms),
                 fmt_money(al_t - pd_t, ms)])
    d.table(["Service date", "Procedure", "Tooth", "Amount charged", "Allowed amount", "Plan payment",
             "Your coinsurance"], rows, [26, 22, 14, 30, 30, 28, 30], size=8.2, aligns="LLLRRRR")
    paras(d, [
        "This claim was paid under your medical plan's Accidental Dental Injury benefit. The records show an "
        f"injury to tooth #{t}, a sound natural tooth, from a fall, and the treatment began within 72 hours of the "
        "accident and will be completed within 12 months. Further treatment of this tooth, such as a crown, is "
        "covered only if completed within 12 months of the accident date.",
        "Deductible for 2026: $750.00 met. Coinsurance: 20% after deductible.",
        "If you have questions or disagree with this decision, you may appeal within 180 days of the date of this "
        "statement. Call the number above."], size=9.2)
    tr = truth("eob", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat(), d2.isoformat()],
               denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [prac], "appeal_deadline": [None]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 4: faxed predetermination denial, implant
def doc_implant(r):
    f = base(r)
    plan = "Vantor Health Plan of the Carolinas"
    dent, prac = DENTISTS[1]
    injury = f["notice"] - dt.timedelta(days=r.randint(60, 90))
    planned = f["notice"] + dt.timedelta(days=r.randint(18, 30))
    req = f["notice"] - dt.timedelta(days=r.randint(6, 12))
    t = f["tooth"]
    ref = pat(r, "PD-99999-AA")
    mid, grp = pat(r, "VHC999999999"), pat(r, "99999A")
    ch1, ch2 = fee(r, 2100, 2900), fee(r, 1600, 2100)
    total = round(ch1 + ch2, 2)
    d = Page(footer="Vantor Health Plan of the Carolinas  |  Predetermination Services  |  Page {p} of {n}")
    d.add_page()
    plain_head(d, plan, ["Predetermination Services, 77 Tidewater Court, Lowbridge, SC 29099",
                         f"Phone {f['phone']}   Fax 1-555-923-4410"])
    d.text_line(f"Date: {fmt_date(f['notice'], 'long')}", 11)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Predetermination of Benefits - Not Covered", 13, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member #:", mid), ("Group #:", grp), ("Reference #:", ref),
           ("Requesting dentist:", f"{dent}, {prac}"), ("Date of injury:", fmt_date(injury, "long")),
           ("Request received:", fmt_date(req, "long")), ("Proposed date:", fmt_date(planned, "long"))],
       w=48, size=10.5)
    d.table(["Code", f"Proposed service (tooth #{t})", "Estimated charge"],
            [["D6010", CDT["D6010"], fmt_money(ch1)], ["D6058", CDT["D6058"], fmt_money(ch2)],
             ["*Total", "", fmt_money(total)]], [24, 110, 40], size=10, aligns="LLR")
    paras(d, [
        f"We reviewed the predetermination request from {dent} for a dental implant and implant crown to replace "
        f"tooth #{t}, which was knocked out in a fall. Dental implants and implant-supported crowns are excluded "
        "under your medical plan, including after an accident (Evidence of Coverage, Exclusions, item 14). The "
        "Accidental Injury to Teeth benefit covers the initial repair of sound natural teeth, such as "
        "reimplantation, splinting, root canal treatment and a crown, completed within 12 months. The proposed "
        "services are not covered.",
        "This is a predetermination. No claim has been processed.",
        "You may appeal within 180 days of the date of this letter by writing to Vantor Appeals, 77 Tidewater "
        "Court, Lowbridge, SC 29099."], size=10.5)
    tr = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, group_number=grp,
               member_name=f["member"], case_numbers=[ref], claim_amount=f"{total:.2f}",
               service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [prac], "service_dates": [[]], "claim_amount": [None]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 5: dental office statement after the denial
def doc_statement(r):
    f = base(r)
    dent, prac = DENTISTS[4]
    ins = "Larkspur Health Assurance"
    injury = f["notice"] - dt.timedelta(days=r.randint(70, 90))
    dos = injury + dt.timedelta(days=r.randint(0, 2))
    d2 = dos + dt.timedelta(days=r.randint(9, 14))
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D0140", ""), (dos, "D0220", t), (dos, "D7140", t), (d2, "D9110", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    acct = pat(r, "99999")
    ins_claim = pat(r, "LHA9999999999")
    mid = pat(r, "LKH999999999")
    ds = "slash"
    d = Page()
    d.add_page()
    d.text_line(prac, 15, "B")
    d.text_line(f"{dent}  |  2218 Gristmill Road, Wexley, MO 63099  |  Office 1-555-388-1120", 8.5)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B", "R")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 40), ("Account no.", acct, 30),
             ("Amount due", fmt_money(total, "plain"), 40), ("Pay by", fmt_date(f["notice"] + dt.timedelta(days=30),
                                                                                ds), 40)])
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    kv(d, [("Patient:", f["member"]), ("Insurance on file:", f"{ins} (medical)"), ("Insurance ID:", mid),
           ("Insurance claim #:", ins_claim), ("Date of injury:", fmt_date(injury, ds))], w=44, size=9.5)
    rows = [[fmt_date(x["dos"], ds), x["code"], x["tooth"] or "", x["desc"], fmt_money(x["ch"], "plain")]
            for x in lines]
    rows.append(["", "", "", f"Insurance denied {fmt_date(f['notice'] - dt.timedelta(days=12), ds)}",
                 fmt_money(0, "plain")])
    rows.append(["*Balance due", "", "", "", fmt_money(total, "plain")])
    d.table(["Date", "Code", "Tooth", "Description", "Amount"], rows, [26, 18, 14, 90, 28], size=8.6,
            aligns="LLLLR")
    paras(d, [
        "#Message from our office",
        f"We billed your medical insurance, {ins}, for the emergency treatment after your accident. Your plan "
        "denied the claim as a dental service not covered under the medical plan. The full balance is now your "
        "responsibility. If you have dental insurance, please bring us the card and we will file the claim. You "
        "may also appeal the decision with your medical plan; we can send you the records.",
        "We accept payment plans. Please call our billing office at 1-555-388-1120 with questions."], size=9.5)
    tr = truth("other", None, insurer=None, member_id=mid, member_name=f["member"], case_numbers=[ins_claim],
               claim_amount=f"{total:.2f}", service_dates=[dos.isoformat(), d2.isoformat()],
               denial_date=f["notice"].isoformat(), provider=prac, unscored=["insurer"],
               alternates={"provider": [dent], "case_numbers": [[]]})
    return pdf_bytes(d), tr


# ---------------------------------------------------------------- 6: appeal upheld, teeth not sound before injury
def doc_upheld(r):
    f = base(r)
    plan = "Ardenne Health Partners"
    dent, prac = DENTISTS[1]
    injury = f["notice"] - dt.timedelta(days=r.randint(120, 150))
    dos = injury + dt.timedelta(days=r.randint(2, 5))
    t = f["tooth"]
    lines = lines_of(r, [(dos, "D3310", t), (dos, "D2950", t)])
    total = round(sum(x["ch"] for x in lines), 2)
    claim, appeal = pat(r, "AHP-9999999"), pat(r, "GRV99999")
    mid, grp = pat(r, "AHP99999999"), pat(r, "99-9999")
    received = f["notice"] - dt.timedelta(days=r.randint(20, 26))
    ds = "abbr"
    d = Page(footer="Ardenne Health Partners - Appeals and Grievances - {p}")
    d.add_page()
    header_band(d, plan, "Appeals and Grievances, 3100 Larch Street, Otter Springs, FL 32099",
                f"{f['phone']}  |  fax 1-555-472-6630")
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Appeal Decision: Original Denial Upheld", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", mid), ("Group", grp), ("Appeal ID", appeal),
           ("Claim ID", claim), ("Rendering dentist", f"{dent}, {prac}"), ("Injury date on claim",
                                                                          fmt_date(injury, ds)),
           ("Appeal received", fmt_date(received, ds)), ("Amount billed", fmt_money(total, "bare"))], w=44, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        f"You appealed our denial of root canal treatment and a core buildup on tooth #{t}, performed on "
        f"{fmt_date(dos, 'long')}, which you told us was injured when you were struck by a ball. A dentist "
        "consultant who did not take part in the first decision reviewed the appeal, the X-rays and the dental "
        "records.",
        "#Decision",
        "We uphold the denial. The Accidental Dental Injury benefit covers injury to sound natural teeth only. A "
        "sound natural tooth is one that is free of active decay, has not had a root canal and is not weakened by "
        "a large filling or crown. The X-rays taken before the injury show a large restoration and decay under it "
        f"on tooth #{t}. The tooth was not a sound natural tooth, so the treatment falls under the plan's general "
        "dental exclusion and is not covered.",
        "#Next steps",
        "You have used all internal appeals. You may request an external review by an independent review "
        "organization within 4 months of receiving this letter. You may also bring a civil action under ERISA "
        "section 502(a). Call us if you would like copies of your claim file at no charge."], size=9.5)
    tr = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, group_number=grp,
               member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=dent,
               appeal_deadline=None, alternates={"provider": [prac], "case_numbers": [[appeal]]})
    return pdf_bytes(d), tr


PLAN = [
    ("bd_eob_tooth_broke_eating_not_accident", "born_digital", doc_eob_chewing, None),
    ("scan300_eob_es_corona_fuera_de_12_meses", "scan_clean_300", doc_es_window, None),
    ("lowres_tpa_letter_auto_pip_pays_first", "scan_lowres_150", doc_auto_first, None),
    ("copy_paid_eob_accidental_injury_benefit", "photocopy", doc_paid, None),
    ("faxstd_predetermination_implant_excluded", "fax_standard_g4", doc_implant, None),
    ("photo_dental_office_statement_after_denial", "phone_photo", doc_statement, None),
    ("rotated_appeal_upheld_not_sound_natural_tooth", "rotated", doc_upheld, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
