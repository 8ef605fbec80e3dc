"""Family 'dental_general_anesthesia_child_denial': medical-plan and Medicaid letters and EOBs about the facility and
anesthesia for a child's dental rehabilitation under general anesthesia (CPT 41899 unlisted dentoalveolar procedure
for the operating room, CDT D9222/D9223 deep sedation/general anesthesia, anesthesia CPT 00170 intraoral
procedures). Reasons: the dental plan is responsible for the dental anesthesia (the medical plan pays only the
facility when the dental carrier has denied first), the child is over the plan's age limit (through age 6 / under
8), behaviour management in the chair was not documented; one approval and one Spanish Medicaid notice. All values
invented.

Issuers: Marrowfield Health Plan (logo word "MARROWFIELD" over a rule, commercial letters), Sablewood Mutual Health
Insurance Company (EOB statements, ruled boxes), Quillmont Community Care (Medicaid managed care, return-address
block; English and Spanish). Decoys: the pediatric dentist and NPI, the parent/subscriber and subscriber ID line, the
child's date of birth, the request-received date, the dental plan's name, phone numbers, plan paid / you owe.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "dental_general_anesthesia_child_denial"
LANG = "en"
MF, SW, QC = "Marrowfield Health Plan", "Sablewood Mutual Health Insurance Company", "Quillmont Community Care"
ADDR = {MF: ("PO Box 48190", "Tamsworth, OH 43950"), SW: ("2710 Farrier Road", "Glenrock, WY 82637"),
        QC: ("1455 Ravelston Avenue, Suite 210", "Kettering Falls, NM 87031")}
FACILITIES = ["Larkspur Children's Surgery Center", "Ostrander Pediatric Surgery Center",
              "Fenmore Regional Hospital", "Bellhaven Children's Hospital"]
DENTISTS = ["Anjali Varghese, DDS", "Tomasz Wielgosz, DMD", "Folasade Adeyemi, DDS", "Renata Castellanos, DDS",
            "Haruto Ishikawa, DMD"]
KID_FIRST = ["Amara", "Nikolai", "Thi", "Emeka", "Saoirse", "Leilani", "Dmitri", "Aiyana", "Rashid", "Ingeborg",
             "Kofi", "Mirela"]
KID_FIRST_ES = ["Ximena", "Santiago", "Valentina", "Mateo", "Yaretzi"]
PARENT_FIRST = ["Chidinma", "Pavel", "Lan", "Gwendolyn", "Olumide", "Siobhan", "Tavita", "Yusuf"]
PARENT_FIRST_ES = ["Rosario", "Everardo", "Maricela", "Leonel"]
LASTS = ["Nwachukwu", "Trinh", "Kowalewski", "Halloran", "Haddad", "Lindqvist", "Okafor", "Fa'alogo", "Brankovic",
         "Esterhuizen"]
LASTS_ES = ["Olvera", "Cisneros", "Barragán", "Quiñones"]
CODES = [("41899", "Unlisted procedure, dentoalveolar structures (operating room)"),
         ("00170", "Anesthesia for intraoral procedures"),
         ("D9222", "Deep sedation/general anesthesia, first 15 minutes"),
         ("D9223", "Deep sedation/general anesthesia, each subsequent 15 minutes")]


def person(r: random.Random, first: list[str], last: str) -> str:
    return f"{r.choice(first)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('045678')}{r.choice('05678')}-555-{digits(r, 4)}"


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str) -> dict:
    es = kind == "es"
    last = r.choice(LASTS_ES if es else LASTS)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    pre = kind in ("dental_plan", "behaviour", "approved", "es")
    surg = notice + dt.timedelta(days=r.randint(12, 30)) if pre else notice - dt.timedelta(days=r.randint(20, 45))
    age = 8 if kind in ("age", "es") else r.randint(3, 5)
    dob = surg.replace(year=surg.year - age, day=min(surg.day, 28)) - dt.timedelta(days=r.randint(5, 300))
    units = r.choice([4, 5, 6])
    lines = [("41899", CODES[0][1], round(r.randint(2100, 3900) + r.choice([0, 0.5, 0.25]), 2), 1),
             ("00170", CODES[1][1], round(r.randint(620, 1150) + r.choice([0, 0.75, 0.4]), 2), units)]
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, lang="es" if es else "en", notice=notice, surg=surg, dob=dob,
             age=age, child=person(r, KID_FIRST_ES if es else KID_FIRST, last),
             parent=person(r, PARENT_FIRST_ES if es else PARENT_FIRST, last),
             street=f"{r.randint(14, 9800)} {r.choice(['Wickham Lane', 'Tannery Road', 'Calle Mirasol', 'Orchard Bend'])}",
             city=r.choice(["Alder Springs, OH 43011", "Sheridan Flats, WY 82801", "Corrales Viejo, NM 87048"]),
             facility=r.choice(FACILITIES), dentist=r.choice(DENTISTS), fnpi="1" + digits(r, 9),
             dnpi="1" + digits(r, 9), received=notice - dt.timedelta(days=r.randint(3, 9)),
             ph=phone(r), fax=phone(r), lines=lines, units=units,
             total=round(sum(x[2] for x in lines), 2),
             dental_plan=r.choice(["Brookmere Dental Network", "Tallowfield Dental Benefits"]))
    if ins == MF:
        f.update(mid="MHP" + digits(r, 9), grp="G-" + digits(r, 5), ref="PA-" + digits(r, 8))
    elif ins == SW:
        f.update(mid="SW" + digits(r, 3) + "-" + digits(r, 5) + "-02", grp=digits(r, 6), claim="26" + digits(r, 9),
                 sub_id="SW" + digits(r, 3) + "-" + digits(r, 5) + "-00")
    else:
        f.update(mid=digits(r, 10), grp=None, ref="QCC-" + digits(r, 7), medicaid="NM" + digits(r, 9))
    return f


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def usd(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == MF:
        d.text_line("MARROWFIELD", 24, "B")
        d.rule(0.9, 1.5)
        d.text_line(f"{MF}  |  Utilization Management  |  {a[0]}, {a[1]}  |  {f['ph']}", 8)
    elif ins == SW:
        d.text_line(SW, 14, "B")
        d.text_line(f"{a[0]}, {a[1]}   Customer Service {f['ph']}", 8.5)
    else:
        d.text_line(QC, 13, "B")
        d.text_line("Un plan de salud de Medicaid" if f["lang"] == "es" else "A Medicaid managed care health plan", 8.5)
        for ln in a:
            d.text_line(ln, 9)
        d.text_line(("Servicios al Miembro " if f["lang"] == "es" else "Member Services ") + f["ph"] + "  TTY 711", 9)
    d.ln(5)


def kv(d: Doc, rows: list[tuple[str, str]], w1: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w1, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


REASON = {
    "dental_plan": ("Your plan covers general anesthesia and the facility for dental care only after the dental "
                    "carrier has reviewed the anesthesia. Deep sedation/general anesthesia (D9222/D9223) given for "
                    "dental treatment is a dental benefit, and {dp} is responsible for it. Please send the "
                    "anesthesia request to {dp} first; if it denies the anesthesia, your dentist may send us that "
                    "denial with a new request for the operating room (41899)."),
    "behaviour": ("Our dental anesthesia guideline (UM-DA-07) requires records showing that behaviour management was "
                  "tried in the dental chair and failed (for example tell-show-do, protective stabilization or "
                  "nitrous oxide), or a medical condition that makes in-office treatment unsafe. The records sent "
                  "describe the treatment plan but do not document any attempt at in-office behaviour management. "
                  "General anesthesia in a facility is therefore not medically necessary for {first} at this time."),
}


def letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    k, first = f["kind"], f["child"].split()[0]
    d.text_line(fd(f, f["notice"]), 10.5)
    d.ln(3)
    d.text_line(f"Parent or guardian of {f['child']}" if f["ins"] == QC else f["parent"], 10.5)
    for ln in (f["street"], f["city"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    title = {"approved": "Approval of Facility and Anesthesia for Dental Treatment",
             "dental_plan": "Notice of Denial: Facility and Anesthesia for Dental Treatment",
             "behaviour": "Notice of Adverse Benefit Determination"}[k]
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Patient:", f["child"]), ("Date of birth:", fd(f, f["dob"])), ("Member ID:", f["mid"])]
    if f["ins"] == MF:
        rows += [("Subscriber:", f["parent"]), ("Group number:", f["grp"]), ("Reference number:", f["ref"])]
    else:
        rows += [("Medicaid ID:", f["medicaid"]), ("Case number:", f["ref"])]
    rows += [("Facility (requesting):", f"{f['facility']}  NPI {f['fnpi']}"),
             ("Pediatric dentist:", f"Dr. {f['dentist']}  NPI {f['dnpi']}"),
             ("Services requested:", "41899 operating room; 00170 / D9222-D9223 general anesthesia"),
             ("Planned surgery date:", fd(f, f["surg"])), ("Request received:", fd(f, f["received"]))]
    kv(d, rows, 48, 9.5)
    if k == "approved":
        d.para(f"We approved the request from {f['facility']} for dental treatment of {first} under general "
               f"anesthesia on {fd(f, f['surg'])}. The approval covers the operating room (41899) and the "
               "anesthesia (00170) for one date of service and is valid for 60 days. The records show that "
               "treatment in the dental chair was tried twice and stopped because of the child's behaviour.")
        d.para(f"The dental work itself (fillings, crowns, extractions) is billed by Dr. {f['dentist']} to the "
               "child's dental plan. Your usual outpatient surgery cost sharing applies. Authorization number: "
               f"{f['ref']}.")
        d.para(f"Questions? Call {f['ph']}.")
        return
    d.text_line("What we decided", 11, "B")
    d.para(f"We denied the request for the facility and general anesthesia for {first}'s dental treatment planned "
           f"for {fd(f, f['surg'])}. " + REASON[k].format(dp=f["dental_plan"], first=first))
    d.text_line("Your right to appeal", 11, "B")
    if f["ins"] == MF:
        d.para("You, your child's dentist or the facility may appeal. Send your appeal within 180 days of the date "
               f"of this letter to {MF} Appeals, {ADDR[MF][0]}, {ADDR[MF][1]}, or fax {f['fax']}. If waiting "
               "could seriously harm your child's health, ask for an expedited appeal; we decide those within 72 "
               "hours. You may also ask for an external review after the internal appeal.")
    else:
        dl = f["notice"] + dt.timedelta(days=60)
        d.para(f"You may ask for a plan appeal. We must receive it by {fd(f, dl)}. To keep getting services while "
               "your appeal is decided, ask within 10 days. After the plan appeal you may ask for a State Fair "
               f"Hearing within 120 days of our appeal decision. Call {f['ph']} or write to the address above.")


def letter_es(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    first = f["child"].split()[0]
    d.text_line(fmt_date(f["notice"], "es"), 10.5)
    d.ln(3)
    for ln in (f"Padre, madre o tutor de {f['child']}", f["street"], f["city"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.ln(2)
    kv(d, [("Paciente:", f["child"]), ("Fecha de nacimiento:", fmt_date(f["dob"], "es")),
           ("Número de miembro:", f["mid"]), ("Número de caso:", f["ref"]),
           ("Centro de cirugía:", f"{f['facility']}  NPI {f['fnpi']}"),
           ("Dentista pediátrico:", f"Dr. {f['dentist']}"),
           ("Fecha de la cirugía:", fmt_date(f["surg"], "es")),
           ("Fecha de recibo:", fmt_date(f["received"], "es"))], 48, 9.5)
    d.text_line("Lo que decidimos", 11, "B")
    d.para(f"Negamos la solicitud de {f['facility']} para usar el quirófano (41899) y la anestesia general "
           f"(00170, D9222/D9223) para el tratamiento dental de {first}. Nuestro plan cubre la anestesia general "
           "para tratamiento dental en un centro quirúrgico solo para niños menores de 7 años o con una condición "
           f"médica o de conducta documentada. {first} tiene {f['age']} años y los expedientes no muestran que se "
           "haya intentado el tratamiento en el consultorio. Por eso el servicio no es médicamente necesario.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para("Puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este aviso. Si necesita "
           "seguir recibiendo servicios, pídalo dentro de 10 días. Después de la apelación puede pedir una "
           f"audiencia imparcial estatal dentro de 120 días. Llame al {f['ph']} (TTY 711).")


def eob(d: Doc, f: dict) -> None:
    """Sablewood EOB: ruled boxes, a claim table, reason codes."""
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fd(f, f["notice"]), 40), ("Subscriber", f["parent"], 62),
             ("Subscriber ID", f["sub_id"], 40), ("Group no.", f["grp"], 34)])
    d.boxes([("Patient", f["child"], 62), ("Patient ID", f["mid"], 40), ("Claim number", f["claim"], 46),
             ("Patient DOB", fd(f, f["dob"]), 28)])
    d.boxes([("Provider", f["facility"], 110), ("Provider NPI", f["fnpi"], 36), ("Received", fd(f, f["received"]), 30)])
    d.ln(4)
    code = "A7" if f["kind"] == "age" else "C2"
    rows = [[fd(f, f["surg"]), c, desc[:44], str(u), usd(f, ch), usd(f, 0), usd(f, 0), usd(f, ch), code]
            for c, desc, ch, u in f["lines"]]
    rows.append(["*Claim total", "", "", "", usd(f, f["total"]), usd(f, 0), usd(f, 0), usd(f, f["total"]), ""])
    d.table(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Plan paid", "Not covered", "Rsn"],
            rows, [22, 13, 62, 10, 19, 16, 16, 19, 8], 7.6, "LLLRRRRRL")
    d.text_line("Reason codes", 10, "B")
    if f["kind"] == "age":
        d.para(f"A7  Facility and anesthesia charges for dental treatment are covered only for members under age 7 "
               f"(benefit booklet, Dental Services, item 4). The patient was {f['age']} years old on the date of "
               "service. This service is not a covered benefit for this member.", 9)
    else:
        d.para(f"C2  Anesthesia and facility charges for dental care must be submitted to the member's dental "
               f"plan first. Our records show dental coverage with {f['dental_plan']}. Send us that plan's "
               "explanation of benefits and we will review the claim again as the secondary payer.", 9)
        d.para("Note: the dental treatment itself was billed separately by the treating dentist and is not part of "
               "this claim.", 9)
    d.text_line("Summary", 10, "B")
    kv(d, [("Amount billed", usd(f, f["total"])), ("Plan paid", usd(f, 0)), ("Deductible applied", usd(f, 0)),
           ("You may owe the provider", usd(f, f["total"]))], 60, 9)
    d.text_line("Appeal rights", 10, "B")
    d.para("If you disagree with how we handled this claim, you may file an appeal within 180 days of the date of "
           f"this statement. Write to Sablewood Appeals Unit, {ADDR[SW][0]}, {ADDR[SW][1]}, or call {f['ph']}. "
           "You may have the right to an external review after our final decision.", 8.8)


def build(f: dict) -> bytes:
    d = Doc("DejaVu" if f["lang"] == "es" else "Helvetica", footer="Page {p} of {n}" if f["ins"] == SW else None)
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    if f["kind"] == "es":
        letter_es(d, f)
    elif f["ins"] == SW:
        eob(d, f)
    else:
        letter(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, ins = f["kind"], f["ins"]
    alts: dict = {}
    if ins == SW:
        common = dict(insurer=SW, group_number=f["grp"], member_id=f["mid"], member_name=f["child"],
                      case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}", service_dates=[f["surg"].isoformat()],
                      denial_date=f["notice"].isoformat(), provider=f["facility"],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
        alts["member_id"] = [f["sub_id"]]
        if k == "age":
            return truth("eob", "not_covered", alternates=alts, denial_alternates=["eligibility"], **common)
        return truth("eob", "other", alternates=alts, denial_alternates=["not_covered"], **common)
    days = 180 if ins == MF else 60
    common = dict(insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["child"],
                  case_numbers=[f["ref"]], service_dates=[f["surg"].isoformat()],
                  denial_date=f["notice"].isoformat(), provider=f["facility"],
                  appeal_deadline=(f["notice"] + dt.timedelta(days=days)).isoformat())
    if ins == QC and k != "es":
        alts["member_id"] = [f["medicaid"]]
    if k == "approved":
        common["appeal_deadline"] = None
        return truth("other", None, alternates=alts, **common)
    if k == "es":
        return truth("denial_letter", "medical_necessity", "es", alternates=alts, denial_alternates=["not_covered"],
                     **common)
    if k == "dental_plan":
        return truth("denial_letter", "other", alternates=alts, denial_alternates=["not_covered"], **common)
    return truth("denial_letter", "medical_necessity", alternates=alts, **common)


# (stem suffix, condition, kind, issuer, date style, money style)
PLAN = [
    ("bd_letter_dental_plan_responsible", "born_digital", "dental_plan", MF, "long", "plain"),
    ("bd_eob_child_over_age_limit", "born_digital", "age", SW, "slash", "plain"),
    ("scan300_medicaid_behaviour_not_documented", "scan_clean_300", "behaviour", QC, "abbr", "plain"),
    ("lowres_approval_operating_room_anesthesia", "scan_lowres_150", "approved", MF, "iso", "plain"),
    ("copy_eob_bill_dental_plan_first", "photocopy", "cob", SW, "dmy", "nosign"),
    ("faxstd_spanish_medicaid_age_limit", "fax_standard_g4", "es", QC, "es", "plain"),
    ("phone_letter_behaviour_management_not_tried", "phone_photo", "behaviour", MF, "mdy_nopad", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(173500 + i), kind, ins, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
