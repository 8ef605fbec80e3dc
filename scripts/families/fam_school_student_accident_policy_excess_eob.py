"""Family 'school_student_accident_policy_excess_eob': EOBs and letters from school, college athletic and youth sports
accident insurers whose policies pay in excess of the family's primary health plan.

Issuers (all invented): Bramblecote Mutual Insurance Company - Student Accident Division (K-12 school district
policies; logo word over a rule; one Spanish letter), Copperline Sports Accident Insurance Company (youth leagues;
centred name under a parent line; a claim form and its reply), Aldergate Collegiate Benefits, Inc. (administrator of a
college's intercollegiate athletics accident plan; return-address block). Policyholders: Hollowmere Unified School
District, Saltillo Creek Independent School District, Westbrook Valley Youth Soccer League, Pinehaven Little League,
Marrowby College Department of Athletics.

Contents: claim denied until the primary plan's EOB is sent (EOB), heat exhaustion at practice denied as an illness
not an accident (letter; Spanish letter for an asthma attack in gym class), the balance after the primary plan paid
(EOB), a skateboarding injury off campus outside school-sponsored activities (letter), a parent's claim form with the
insurer's reply (proof of loss filed after one year) as a fax stack, charges the primary HMO denied for no referral not
paid by the excess policy (letter). Decoys: the injury / accident date, the primary plan's name and ID, the coach or
athletic trainer, date of birth, NPIs, primary plan payments, deductible.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "school_student_accident_policy_excess_eob"
LANG = "en"

BC, CL, AG = ("Bramblecote Mutual Insurance Company", "Copperline Sports Accident Insurance Company",
              "Aldergate Collegiate Benefits, Inc.")
ADDR = {BC: ("PO Box 41870", "Fennimore Bluff, NE 68999"), CL: ("2250 Stockbridge Parkway", "Quillan, MO 65899"),
        AG: ("PO Box 7004", "Harcastle, VT 05899")}
FIRST = ["Ayodele", "Finnegan", "Marisol", "Takumi", "Saoirse", "Dmitri", "Imani", "Rasmus", "Valentina", "Kai",
         "Zainab", "Bastian", "Liliana", "Tobiah"]
LAST = ["Okwuosa", "Brannigan", "Delacroix", "Hakobyan", "Lindgren", "Mwangi", "Castellano", "Petrakis", "Runeberg",
        "Sato-Whitfield", "Abernethy", "Quarshie", "Vukovic", "Ellingboe"]
FIRST_ES = ["Itzel", "Joaquín", "Ximena", "Emiliano", "Guadalupe", "Santiago"]
LAST_ES = ["Villarreal", "Cárdenas", "Zepeda", "Olvera", "Treviño", "Maldonado"]
STREETS = ["Gristmill Road", "Plover Court", "Sandhill Avenue", "Tamarind Way", "Kestrel Lane"]
TOWNS = ["Fennimore Bluff, NE 68999", "Quillan, MO 65899", "Harcastle, VT 05899", "Ostler Springs, KS 66999"]
CLINICS = ["Brightwater Urgent Care", "Summit Ridge Orthopedics & Sports Medicine", "Ravensmoor Children's Hospital",
           "Kettle Creek Medical Center", "Larchmont Pediatric Associates"]
PRIMARY = ["Halcyon Health PPO", "Ferncliff HMO Select", "Meridale Family Health Plan"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('05678')}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str, holder: str, lang: str = "en") -> dict:
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    pfirst, plast = r.choice(FIRST_ES if lang == "es" else FIRST), last
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    injury = notice - dt.timedelta(days=r.randint(40, 80))
    sv = [injury + dt.timedelta(days=1), injury + dt.timedelta(days=r.randint(8, 14))]
    pol = {BC: "SA-" + digits(r, 6), CL: "CSA " + digits(r, 4) + "-" + digits(r, 2), AG: "MCA-" + digits(r, 5)}[ins]
    claim = {BC: "BM" + digits(r, 9), CL: f"CL-{notice.strftime('%y')}-{digits(r, 6)}", AG: "A" + digits(r, 8)}[ins]
    sid = {BC: digits(r, 7), CL: "P" + digits(r, 6), AG: "M" + digits(r, 8)}[ins]
    return dict(r=r, ins=ins, ds=ds, holder=holder, name=f"{first} {mid}. {last}", first=first, last=last,
                parent=f"{pfirst} {plast}", addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)),
                notice=notice, injury=injury, sv=sv, pol=pol, claim=claim, sid=sid, clinic=r.choice(CLINICS),
                primary=r.choice(PRIMARY), prim_id=r.choice("XYZ") + digits(r, 9), ph=phone(r), npi=npi(r),
                dob=dt.date(2026 - r.randint(9, 19), r.randint(1, 12), r.randint(1, 28)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, es: bool = False) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == BC:
        d.text_line("BRAMBLECOTE", 21, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{BC}  -  {'División de Accidentes Estudiantiles' if es else 'Student Accident Division'}", 9)
        d.text_line(f"{a[0]}, {a[1]}", 8.5)
    elif ins == CL:
        d.text_line("Youth & Amateur Sports Programs", 8, align="C")
        d.text_line(CL, 13.5, "B", align="C")
        d.text_line(f"{a[0]}  |  {a[1]}  |  Claims {f['ph']}", 8.5, align="C")
    else:
        d.text_line(AG, 13, "B")
        d.text_line("Plan administrator, Marrowby College Intercollegiate Athletics Accident Plan", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def to_parent(d: Doc, f: dict, es: bool = False) -> None:
    d.text_line(("Padre/madre/tutor de " if es else "Parent/guardian of ") + f["name"], 10.5)
    d.text_line(f["parent"], 10.5)
    for ln in f["addr"]:
        d.text_line(ln, 10.5)
    d.ln(5)


def lines(f: dict, spec: list[tuple[int, str, str, float]]) -> list[tuple[dt.date, str, str, float]]:
    return [(f["sv"][i], code, desc, amt) for i, code, desc, amt in spec]


def common(f: dict, ls: list, **kw) -> dict:
    base = dict(insurer=f["ins"], group_number=f["pol"].replace(" ", ""), member_id=f["sid"], member_name=f["name"],
                case_numbers=[f["claim"]], claim_amount=m2(sum(x[3] for x in ls)),
                service_dates=[iso(x[0]) for x in ls], denial_date=iso(f["notice"]), provider=f["clinic"])
    base.update(kw)
    return base


# ----------------------------------------------------------------------------------------------- EOBs
def eob(f: dict, ls: list, kind: str) -> tuple[bytes, dict]:
    """kind: 'pending' (primary EOB needed) or 'paid' (balance after primary)."""
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - STUDENT ACCIDENT" if f["ins"] == BC else "ATHLETIC ACCIDENT CLAIM STATEMENT",
                13.5, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    y0 = d.get_y()
    to_parent(d, f)
    d.set_xy(110, y0)
    for k, v in [("Date issued", D(f, f["notice"])), ("Insured student", f["name"]), ("Student ID", f["sid"]),
                 ("Policyholder", f["holder"]), ("Policy number", f["pol"]), ("Claim number", f["claim"]),
                 ("Date of accident", D(f, f["injury"]))]:
        d.set_x(110)
        d.font(8.8, "B")
        d.cell(31, 4.8, k)
        d.font(8.8)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 30) + 4)
    d.text_line(f"Provider: {f['clinic']}  (NPI {f['npi']})", 10, "B")
    d.ln(1)
    total = sum(x[3] for x in ls)
    dl = None
    if kind == "pending":
        rows = [[D(f, x[0]), x[1], x[2], fmt_money(x[3]), "0.00", "0.00", "PE"] for x in ls]
        rows.append(["*Total", "", "", fmt_money(total), "0.00", "0.00", ""])
        d.table(["Date of service", "Code", "Description", "Charge", "Covered", "Paid", "Note"], rows,
                [26, 16, 66, 22, 18, 18, 12], size=8.4, aligns="LLLRRRL", border_head="TB")
        by = f["notice"] + dt.timedelta(days=90)
        d.text_line("Note PE", 10, "B")
        d.para("This policy pays benefits in excess of any other valid and collectible health coverage. Your student "
               "was reported to have other coverage, so we cannot pay until we receive the Explanation of Benefits "
               "(EOB) from that plan for these services. Please send a copy of the primary plan's EOB, showing what it "
               f"paid and what it denied, by {D(f, by)}. If there is no other coverage, sign and return the enclosed "
               "No Other Insurance statement instead. We will then reprocess this claim.", 9.2)
        d.para("Right to review: if you disagree with how this claim was handled, you may ask for a review within "
               "180 days of the date of this statement. Write to the Claims Review Unit at the address above.", 9.2)
        dl = f["notice"] + dt.timedelta(days=180)
        t = truth("eob", "other", plan_id=None, appeal_deadline=iso(dl), unscored=["plan_id"],
                  alternates={"appeal_deadline": [iso(by)]}, **common(f, ls))
    else:
        rows, tot = [], [0.0] * 5
        ded = 100.00
        for i, x in enumerate(ls):
            allowed = round(x[3] * 0.64, 2)
            pp = round(allowed * 0.8, 2)
            bal = round(x[3] - pp, 2)
            ded_i = ded if i == 0 else 0.0
            paid = round(bal - ded_i, 2)
            vals = [x[3], pp, bal, ded_i, paid]
            tot = [a + b for a, b in zip(tot, vals)]
            rows.append([D(f, x[0]), x[1], x[2]] + [fmt_money(v, "nosign") for v in vals])
        rows.append(["*Totals", "", ""] + [fmt_money(v, "nosign") for v in tot])
        d.table(["Service date", "CPT", "Service", "Billed", "Primary paid", "Balance", "Deductible", "We paid"],
                rows, [22, 13, 52, 19, 21, 19, 19, 17], size=8, aligns="LLLRRRRR", border_head="TB")
        d.para(f"Primary plan: {f['primary']} (ID {f['prim_id']}); its EOB was received and used for this claim. "
               f"This plan paid the balance left after the primary plan, less the {fmt_money(ded)} per-injury "
               f"deductible. Payment of {fmt_money(tot[4])} was sent to {f['clinic']}. You may owe the provider "
               f"{fmt_money(ded)}.", 9.2)
        d.para("Benefits for this injury end 104 weeks after the date of the accident. If you disagree with this "
               "statement, you may request a review within 180 days of the date of this statement.", 9.2)
        t = truth("eob", None, plan_id=None, appeal_deadline=None, unscored=["plan_id"], type_alternates=["other"],
                  alternates={"appeal_deadline": [iso(f["notice"] + dt.timedelta(days=180))]}, **common(f, ls))
    d.para(f"Questions: {f['ph']}, Monday-Friday 8:00-5:00 Central.", 9)
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------------------------- letters
def letter(f: dict, ls: list, title: str, body: list[str], denial: str, how: str, alts: dict | None = None,
           dalts: list | None = None, fax: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Times" if f["ins"] != CL else "Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    to_parent(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, [("Student:", f"{f['name']}   (date of birth {D(f, f['dob'])})"), ("Student / insured ID:", f["sid"]),
              ("Policyholder:", f["holder"]), ("Policy no.:", f["pol"]), ("Claim no.:", f["claim"]),
              ("Date of injury:", D(f, f["injury"])),
              ("Dates of service:", ", ".join(D(f, x) for x in sorted({y[0] for y in ls}))),
              ("Provider:", f["clinic"]), ("Amount billed:", fmt_money(sum(x[3] for x in ls)))], lw=46, size=10.5)
    d.para(f"Dear {f['parent']}:", 11)
    for b in body:
        d.para(b, 11)
    if how == "date":
        dl = f["notice"] + dt.timedelta(days=60)
        d.para(f"If you disagree, you may appeal in writing. Your appeal must be received by {D(f, dl)}. Include the "
               "claim number and any statement from the coach, school nurse or doctor that you want us to consider.",
               11)
    else:
        dl = f["notice"] + dt.timedelta(days=int(how))
        d.para(f"If you disagree, you may appeal in writing within {how} days of the date of this letter. Include the "
               "claim number and any statement from the coach, school nurse or doctor that you want us to consider.",
               11)
    d.para(f"Questions? Call {f['ph']}.\n\nClaims Department, {f['ins']}", 11)
    t = truth("denial_letter", denial, plan_id=None, appeal_deadline=iso(dl), unscored=["plan_id"],
              alternates=alts or {}, denial_alternates=dalts or [], **common(f, ls))
    return pdf_bytes(d), t


def carta_es(f: dict, ls: list) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f, es=True)
    d.text_line(fmt_date(f["notice"], "es"), 11)
    d.ln(4)
    to_parent(d, f, es=True)
    d.text_line("Aviso de reclamación denegada", 13, "B")
    d.ln(2)
    total = sum(x[3] for x in ls)
    pairs(d, [("Estudiante:", f["name"]), ("Nº de estudiante:", f["sid"]), ("Titular de la póliza:", f["holder"]),
              ("Nº de póliza:", f["pol"]), ("Nº de reclamación:", f["claim"]),
              ("Fecha del incidente:", fmt_date(f["injury"], "es")),
              ("Fecha(s) de servicio:", " y ".join(fmt_date(x[0], "es") for x in ls)),
              ("Proveedor:", f["clinic"]), ("Monto facturado:", fmt_money(total))], lw=50, size=10.5)
    d.para(f"Estimado(a) {f['parent']}:", 11)
    d.para(f"Recibimos la reclamación de {f['clinic']} por la atención de {f['first']} después de la crisis de asma "
           f"que tuvo durante la clase de educación física el {fmt_date(f['injury'], 'es')}. La enfermera escolar "
           "informó que no hubo caída, golpe ni otra lesión.", 11)
    d.para("Decisión: la reclamación fue negada. Esta póliza de accidentes estudiantiles cubre solamente lesiones "
           "causadas por un accidente. Una crisis de asma es una enfermedad, no una lesión accidental, y las "
           "enfermedades no están cubiertas (Póliza, Definiciones: \"Lesión\" y Exclusión 7). Envíe esta "
           "reclamación a su plan de salud principal.", 11)
    dl = f["notice"] + dt.timedelta(days=60)
    d.para("Si no está de acuerdo, puede apelar por escrito dentro de 60 días a partir de la fecha de esta carta. "
           f"Llame al {f['ph']} si tiene preguntas. Hablamos español.", 11)
    d.para(f"Departamento de Reclamaciones\n{BC}", 11)
    t = truth("denial_letter", "not_covered", lang="es", plan_id=None, appeal_deadline=iso(dl), unscored=["plan_id"],
              denial_alternates=["other"], **common(f, ls))
    return pdf_bytes(d), t


def claim_form(f: dict, ls: list, signed: dt.date) -> tuple[bytes, dict]:
    """The parent's filled claim form (Copperline's printed form)."""
    d = Doc("Helvetica", footer="CSA-CF-3 (rev. 2024)")
    d.add_page()
    d.text_line(f"RECEIVED BY FAX {fmt_date(signed + dt.timedelta(days=1), 'slash')}  COPPERLINE CLAIMS", 8)
    d.ln(2)
    d.text_line(CL, 12, "B", align="C")
    d.text_line("SPORTS ACCIDENT CLAIM FORM", 14, "B", align="C")
    d.text_line("Part A to be completed by the league official; Part B by the parent or guardian", 8.5, align="C")
    d.ln(3)
    d.text_line("PART A - LEAGUE / ORGANIZATION", 10, "B")
    d.boxes([("Name of league / policyholder", f["holder"], 100), ("Policy number", f["pol"], 40),
             ("Claim no. (office use)", "", 40)])
    d.boxes([("Date of accident", D(f, f["injury"]), 45), ("Activity", "Baseball - scheduled game", 70),
             ("League official", "Coach R. Delgado-Finch", 65)])
    d.ln(3)
    d.text_line("PART B - PARENT / GUARDIAN", 10, "B")
    d.boxes([("Injured participant", f["name"], 75), ("Participant no.", f["sid"], 45),
             ("Date of birth", D(f, f["dob"]), 60)])
    d.boxes([("Parent / guardian", f["parent"], 75), ("Address", f"{f['addr'][0]}, {f['addr'][1]}", 105)])
    d.boxes([("Other insurance (plan / ID)", f"{f['primary']} / {f['prim_id']}", 110),
             ("Primary EOB attached?", "Yes", 70)])
    d.ln(2)
    d.font(9, "B")
    d.cell(0, 5, "How did the accident happen?", new_x="LMARGIN", new_y="NEXT")
    d.para(f"{f['first']} was hit on the wrist by a pitch during the game and the wrist swelled. We went to "
           f"{f['clinic']}. Sorry this is late, we did not know about the league insurance until the coach told us.",
           9.5)
    d.table(["Date of service", "Provider", "Treatment", "Charges"],
            [[D(f, x[0]), f["clinic"], x[2], fmt_money(x[3])] for x in ls]
            + [["*Total charges", "", "", fmt_money(sum(x[3] for x in ls))]],
            [30, 70, 50, 30], size=9, aligns="LLLR", border_head="TB")
    d.para("I certify that the information is true. I authorize release of medical information to the company.", 8.5)
    d.boxes([("Signature of parent / guardian", f["parent"], 110), ("Date signed", D(f, signed), 70)], h=12)
    t = truth("other", None, plan_id=None, appeal_deadline=None, unscored=["plan_id"],
              **common(f, ls, case_numbers=[], denial_date=iso(signed)))
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []

    f = facts(random.Random(210511), BC, "slash", "Hollowmere Unified School District")
    ls = lines(f, [(0, "99284", "Emergency dept visit, moderate-high", 1285.00), (0, "73610", "X-ray ankle, 3 views",
                   342.00), (1, "29515", "Short leg splint", 218.50)])
    items.append(Item(f"{FAMILY}_bd_eob_primary_eob_required", "born_digital", [eob(f, ls, "pending")]))

    f = facts(random.Random(210512), CL, "long", "Westbrook Valley Youth Soccer League")
    f["sv"][0] = f["injury"]
    ls = lines(f, [(0, "99283", "Emergency visit", 1064.00), (0, "96360", "IV hydration, first hour", 486.00)])
    items.append(Item(f"{FAMILY}_bd_heat_exhaustion_illness_not_accident", "born_digital", [letter(
        f, ls, "Claim Denied - Not an Accidental Injury",
        [f"{f['first']} was treated at {f['clinic']} for heat exhaustion after a summer practice on "
         f"{D(f, f['injury'])}. The coach's report says {f['first']} became dizzy and nauseated on a hot afternoon; "
         "no fall, collision or other accident was reported.",
         "The policy pays for loss resulting from an Injury, defined as bodily injury caused by an accident "
         "occurring while the policy is in force and while participating in a covered activity. Heat exhaustion, "
         "heat stroke, dehydration and other conditions that are not caused by an accident are a Sickness. The "
         "policy does not cover Sickness (Exclusion 3). Please submit these charges to your primary health plan."],
        "not_covered", "60", dalts=["other"])]))

    f = facts(random.Random(210513), AG, "abbr", "Marrowby College Department of Athletics")
    ls = lines(f, [(0, "99213", "Office visit, established", 265.00), (0, "73130", "X-ray hand, 3 views", 198.00),
                   (1, "26600", "Closed treatment metacarpal fracture", 1140.00)])
    items.append(Item(f"{FAMILY}_scan300_college_balance_after_primary_paid", "scan_clean_300", [eob(f, ls, "paid")]))

    f = facts(random.Random(210514), BC, "iso", "Hollowmere Unified School District")
    ls = lines(f, [(0, "99203", "New patient visit", 310.00), (0, "73110", "X-ray wrist", 224.00),
                   (1, "25600", "Closed treatment distal radius fracture", 1675.00)])
    items.append(Item(f"{FAMILY}_lowres_skatepark_not_school_activity", "scan_lowres_150", [letter(
        f, ls, "Notice of Claim Denial",
        [f"We reviewed the accident report for the injury on {D(f, f['injury'])}. It says {f['first']} fell while "
         "skateboarding at the Millrace Skate Park on a Saturday. The activity was not sponsored or supervised by "
         "the school.",
         f"The school-time accident policy issued to {f['holder']} covers injuries that happen while the student "
         "attends school during regular school hours, travels directly to or from school, or takes part in an "
         "activity sponsored and supervised by the school. Injuries during other activities are not covered. We "
         "cannot pay this claim."],
        "not_covered", "date", dalts=["eligibility"])]))

    # fax stack: parent's claim form + Copperline's reply (proof of loss more than a year after the accident)
    f = facts(random.Random(210515), CL, "dmy", "Pinehaven Little League")
    f["injury"] = dt.date(2024, f["r"].randint(4, 6), f["r"].randint(1, 28))
    f["sv"] = [f["injury"], f["injury"] + dt.timedelta(days=9)]
    ls = lines(f, [(0, "99214", "Urgent care visit + x-ray", 412.00), (1, "29125", "Splint, forearm", 196.00)])
    signed = f["notice"] - dt.timedelta(days=f["r"].randint(10, 18))
    fax = f"FAX  {fmt_date(f['notice'], 'slash')} 10:02  FROM COPPERLINE CLAIMS  TO {f['parent'].upper()}  PAGE 3 OF 3"
    reply = letter(
        f, ls, "Claim Determination",
        [f"We received the claim form you signed on {D(f, signed)} for {f['first']}'s injury on "
         f"{D(f, f['injury'])} during a {f['holder']} game.",
         "The policy requires written proof of loss within 90 days after the date of the loss. If it was not "
         "reasonably possible to give proof within that time, the claim is not reduced or denied as long as proof "
         "is given as soon as reasonably possible, and in no event later than one year from the time proof is "
         "otherwise required (Policy, Claim Provisions). Your claim was received more than one year after that "
         "date, so we must deny it as not filed on time."],
        "timely_filing", "60", fax=fax)
    items.append(Item(f"{FAMILY}_faxf_stack_parent_claim_form_and_late_reply", "fax_fine_g4",
                      [claim_form(f, ls, signed), reply], separators=["cover", None]))

    f = facts(random.Random(210516), BC, "es", "Saltillo Creek Independent School District", lang="es")
    f["sv"] = [f["injury"]]
    ls = lines(f, [(0, "99284", "Sala de emergencias", 1490.00), (0, "94640", "Tratamiento con nebulizador", 188.00)])
    items.append(Item(f"{FAMILY}_phone_es_asthma_illness_not_accident", "phone_photo", [carta_es(f, ls)]))

    f = facts(random.Random(210517), AG, "upper", "Marrowby College Department of Athletics")
    ls = lines(f, [(0, "70551", "MRI knee without contrast", 2350.00), (1, "99244", "Orthopedic consultation",
                   420.00)])
    f["primary"] = "Ferncliff HMO Select"
    items.append(Item(f"{FAMILY}_rot_primary_hmo_no_referral_excess_denied", "rotated", [letter(
        f, ls, "Claim Denied - Primary Plan Rules Not Followed",
        [f"We received the Explanation of Benefits from {f['primary']} (member ID {f['prim_id']}). It shows these "
         f"charges were denied by the primary plan because {f['first']} did not have a referral from the primary "
         "care physician before seeing " + f["clinic"] + ".",
         "The Intercollegiate Athletics Accident Plan pays only in excess of the primary plan. It does not pay "
         "charges that the primary plan denied because its rules were not followed (referral, precertification or "
         "network rules). The athletic trainer's report of the injury at practice is on file. Ask "
         f"{f['primary']} whether it will reconsider with a retroactive referral, and send us its new EOB."],
        "other", "180", dalts=["not_covered"])]))
    return items
