"""Family 'gene_therapy_sma_onasemnogene_prior_auth_denial': plan, Medicaid and specialty-pharmacy letters and an EOB
on a one-time gene therapy for spinal muscular atrophy (onasemnogene abeparvovec, HCPCS J3399).

Issuers (all invented): Farrowdale Health Plan (logo word "FARROWDALE" over a rule; pre-service letters),
Tallowmere Specialty Rx (the plan's specialty pharmacy, letterhead "for members of Farrowdale Health Plan"),
Plan de Salud Comunitaria Alameda (Medicaid managed care plan; Spanish notice), Kestrelwood Community Care
(Medicaid managed care plan; English appeal resolution), Ashgrove Mutual Health Insurance Company (centred name;
EOB and a single-case agreement approval). Contents: pre-service denial, child over the labelled age (under 2 years);
specialty-pharmacy denial after nusinersen loading doses with a quoted cost; Spanish Medicaid notice, child over
2 years; faxed letter to the neuromuscular center, anti-AAV9 antibody titre not documented; 150 dpi approval under a
single-case agreement with an out-of-network center; phone photo of an EOB denying the hospital's infusion claim as
out of network (the pediatric neurologist's paid visit as a decoy claim); rotated Medicaid appeal resolution upheld
(over age and weight; only a state fair hearing left). Decoys: the parent/subscriber and the subscriber's ID, the
pediatric neurologist (sentences, a label, a paid claim), dates of birth, request received dates, lab dates,
NPIs, phone numbers, the 72-hour, 120-day fair hearing and 10-day continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "gene_therapy_sma_onasemnogene_prior_auth_denial"
LANG = "en"

FH, TS, PA, KC, AM = ("Farrowdale Health Plan", "Tallowmere Specialty Rx", "Plan de Salud Comunitaria Alameda",
                      "Kestrelwood Community Care", "Ashgrove Mutual Health Insurance Company")
ADDR = {FH: ("PO Box 40219", "Marlow Heath, OR 97399"), TS: ("77 Quenby Commerce Drive, Suite 210", "Ledbury, KY 40399"),
        PA: ("Apartado 5521", "Santa Ana, CA 92799"), KC: ("1800 Wrenfield Boulevard", "Calder Falls, MI 49999"),
        AM: ("3300 Ashgrove Plaza, 14th Floor", "Pennick, IA 50399")}
CENTERS = ["Harrowgate Children's Neuromuscular Center", "Lindqvist Pediatric Neuromuscular Clinic",
           "St. Brannoc Children's Hospital", "Mireval Children's Medical Center"]
CENTERS_ES = ["Centro Neuromuscular Pediátrico Los Arcos", "Hospital Infantil San Rafael del Valle"]
NEUROS = ["Dr. Oluwaseun Hartigan", "Dr. Ilse Marquardt-Nwosu", "Dr. Tomasz Achebe", "Dr. Priya Venkataraman-Hale",
          "Dr. Rosalind Okwuosa"]
NEUROS_ES = ["Dra. Mariela Cienfuegos", "Dr. Anselmo Urdaneta"]
CHILD = ["Amara", "Eliska", "Mateus", "Noor", "Kaito", "Zainab", "Oskar", "Leilani", "Tobiah", "Saoirse", "Ifeoma",
         "Rafferty"]
CHILD_ES = ["Valentina", "Santiago", "Ximena", "Emiliano", "Renata"]
PARENT = ["Halima", "Dariusz", "Yesenia", "Corwin", "Mirela", "Tunde", "Annika", "Bashir"]
PARENT_ES = ["Yadira", "Rogelio", "Marisela", "Ezequiel"]
LAST = ["Okonkwo-Reyes", "Brandvold", "Castellanos", "Nakashima", "Abernethy", "Demir", "Fitzalan", "Moyo",
        "Szymanski", "Haddadin"]
LAST_ES = ["Garrido", "Echeverría", "Valdivia", "Roldán", "Orozco"]
STREETS = ["Wren Hollow Lane", "Coppice Road", "Millbank Court", "Heron Flats Drive", "Calle Almendro"]
TOWNS = ["Marlow Heath, OR 97399", "Ledbury, KY 40399", "Calder Falls, MI 49999", "Pennick, IA 50399"]
TOWNS_ES = ["Santa Ana, CA 92799", "Anaheim, CA 92899"]
DRUG = "J3399 Onasemnogene abeparvovec-xioi, per treatment, up to 5x10^15 vector genomes"
DRUG_ES = "J3399 Onasemnogén abeparvovec (terapia génica), una dosis"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str, months: int, es: bool = False) -> dict:
    last = r.choice(LAST_ES if es else LAST)
    cf, pf = r.choice(CHILD_ES if es else CHILD), r.choice(PARENT_ES if es else PARENT)
    cm, pm = r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    dob = notice - dt.timedelta(days=int(months * 30.44) + r.randint(0, 20))
    base = {FH: "FHP" + digits(r, 8), TS: "FHP" + digits(r, 8), PA: "ALM" + digits(r, 9),
            KC: "KCC" + digits(r, 9), AM: "AMH" + digits(r, 7)}[ins]
    suffix = r.randint(2, 4)
    medicaid = ins in (PA, KC)
    mid = base if medicaid else f"{base}-{suffix:02d}"
    sub_id = None if medicaid else f"{base}-01"
    grp = None if medicaid else ("G-" + digits(r, 6) if ins != AM else "AM" + digits(r, 5))
    case = {FH: f"PA-{notice.strftime('%y')}{digits(r, 7)}", TS: "TSR" + digits(r, 9),
            PA: f"NOA-{digits(r, 4)}-{digits(r, 5)}", KC: f"KC-APL-{digits(r, 7)}", AM: "AMC" + digits(r, 10)}[ins]
    return dict(r=r, ins=ins, ds=ds, es=es, child=f"{cf} {cm}. {last}", cfirst=cf, last=last,
                parent=f"{pf} {pm}. {last}", pfirst=pf, notice=notice, dob=dob, mid=mid, sub_id=sub_id, grp=grp,
                case=case, center=r.choice(CENTERS_ES if es else CENTERS), neuro=r.choice(NEUROS_ES if es else NEUROS),
                ph=phone(r), npi=npi(r), npi2=npi(r), received=notice - dt.timedelta(days=r.randint(3, 9)),
                infusion=notice + dt.timedelta(days=r.randint(10, 28)),
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS_ES if es else TOWNS)),
                weight=round(r.uniform(9.2, 12.8), 1), months=months)


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, ins: str | None = None) -> None:
    ins = ins or f["ins"]
    a = ADDR[ins]
    if ins == FH:
        d.text_line("FARROWDALE", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{FH}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']} (TTY 711)", 8.5)
    elif ins == TS:
        d.text_line(TS, 15, "B")
        d.text_line(f"Specialty pharmacy services for members of {FH}", 9)
        d.text_line(f"{a[0]}, {a[1]}   Phone {f['ph']}", 9)
    elif ins == PA:
        d.text_line(PA, 14, "B")
        d.text_line("Un plan de atención administrada de Medi-Cal", 9)
        d.text_line(f"{a[0]}, {a[1]}   Servicios para Miembros {f['ph']} (TTY 711)", 9)
    elif ins == KC:
        d.text_line("A Medicaid health plan", 8.5, align="R")
        d.text_line(KC, 15, "B", align="R")
        d.text_line(f"{a[0]}, {a[1]}", 9, align="R")
    else:
        d.text_line(AM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 56, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def to_parent(d: Doc, f: dict, es: bool = False) -> None:
    d.text_line(("Para los padres de " if es else "To the parent or guardian of ") + f["child"], 10.5)
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def member_rows(f: dict) -> list[tuple[str, str | None]]:
    return [("Member (patient):", f["child"]), ("Member ID:", f["mid"]), ("Date of birth:", D(f, f["dob"])),
            ("Subscriber:", f["parent"]), ("Subscriber ID:", f["sub_id"]), ("Group number:", f["grp"])]


def t_common(f: dict, ins: str, **kw) -> dict:
    return dict(insurer=ins, member_id=f["mid"], group_number=f["grp"], member_name=f["child"],
                denial_date=iso(f["notice"]), **kw)


def plan_letter(f: dict, reason: str, denial: str, dalts: list[str], *, ins: str | None = None,
                amount: float | None = None, how: str = "days", to_center: bool = False, fax: str | None = None,
                title: str = "Notice of Denial: Prior Authorization Request") -> tuple[bytes, dict]:
    ins = ins or f["ins"]
    d = Doc("Helvetica", footer="Page {p} of {n}", header=f"{f['child']}  -  {f['case']}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f, ins)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_center:
        for ln in (f["center"], "Attn: Gene Therapy Coordinator", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['parent']} (parent), {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        to_parent(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = member_rows(f) + [
        ("Reference number:", f["case"]), ("Medication:", DRUG),
        ("Planned infusion date:", D(f, f["infusion"])),
        ("Treating center:", f"{f['center']} (NPI {f['npi']})"),
        ("Prescriber:", f"{f['neuro']}, pediatric neurology"),
        ("Request received:", D(f, f["received"]))]
    if amount is not None:
        rows.append(("Quoted cost of therapy:", fmt_money(amount)))
    pairs(d, rows)
    d.para(f"Dear {f['pfirst']} {f['last']}:" if not to_center else "Dear Gene Therapy Coordinator:")
    d.para(f"We reviewed the request from {f['neuro']} for a one-time infusion of onasemnogene abeparvovec for "
           f"{f['cfirst']} at {f['center']}. We looked at the genetic test report, the neurology notes, the "
           "motor function scores and the lab results sent with the request.")
    d.text_line("What we decided and why", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("We used our medical policy RX-GT-014, Gene Therapy for Spinal Muscular Atrophy, and the FDA-approved "
           "prescribing information. You may ask for a free copy of the policy and of the records we used.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    if how == "date":
        dl = f["notice"] + dt.timedelta(days=60)
        sent = f"Your appeal must be received by {D(f, dl)}."
    else:
        dl = f["notice"] + dt.timedelta(days=180)
        sent = "You may appeal within 180 days of the date of this letter."
    d.para(sent + " Send a letter, or call us, with any records you want us to consider. If waiting could "
           "seriously harm your child's health, ask for an expedited appeal; we will decide within 72 hours. "
           f"Call {f['ph']} (TTY 711) with questions.")
    d.para("After our final appeal decision you may ask for an external review by an independent review "
           "organization within 4 months of that decision.", 9.5)
    d.para(f"Sincerely,\nPharmacy Medical Director\n{ins}", 10)
    t = truth("denial_letter", denial, **t_common(f, ins, case_numbers=[f["case"]],
              claim_amount=None if amount is None else m2(amount), service_dates=[iso(f["infusion"])],
              provider=f["center"], appeal_deadline=iso(dl)), denial_alternates=dalts,
              alternates={"claim_amount": [None]} if amount is not None else {})
    if ins == TS:
        t["alternates"]["insurer"] = [FH]
    return pdf_bytes(d), t


def medicaid_es(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f, PA)
    d.text_line(fmt_date(f["notice"], "es"), 10.5)
    d.ln(4)
    to_parent(d, f, es=True)
    d.text_line("AVISO DE ACCIÓN", 14, "B")
    d.text_line("Sobre su solicitud de tratamiento", 11)
    d.ln(2)
    pairs(d, [("Miembro (paciente):", f["child"]), ("Número de identificación:", f["mid"]),
              ("Fecha de nacimiento:", fmt_date(f["dob"], "es")), ("Padre o tutor:", f["parent"]),
              ("Número de aviso:", f["case"]), ("Medicamento:", DRUG_ES),
              ("Fecha prevista de infusión:", fmt_date(f["infusion"], "es")),
              ("Centro de tratamiento:", f["center"]), ("Médico que lo pidió:", f"{f['neuro']}, neurología pediátrica"),
              ("Fecha en que recibimos la solicitud:", fmt_date(f["received"], "es"))], lw=72)
    d.para(f"Estimado/a {f['pfirst']} {f['last']}:")
    d.para(f"{PA} ha NEGADO la solicitud de onasemnogén abeparvovec para {f['cfirst']}. La información de "
           f"prescripción aprobada por la FDA indica este medicamento para pacientes menores de 2 años. Hoy "
           f"{f['cfirst']} tiene {f['months'] // 12} años y {f['months'] % 12} meses. "
           "Por eso, el servicio no es médicamente necesario según los criterios de Medi-Cal y de nuestro plan "
           "(Título 22, Código de Reglamentos de California, sección 51303).")
    d.text_line("Si no está de acuerdo", 11, "B")
    d.ln(1)
    d.para("Puede pedir una apelación al plan dentro de 60 días de la fecha de este aviso. Llame a Servicios para "
           f"Miembros al {f['ph']} o escríbanos a la dirección de arriba. Si la salud de su hijo/a corre peligro, "
           "pida una apelación rápida; le daremos una respuesta en 72 horas.")
    d.para("Después de la apelación, si el plan mantiene la decisión, puede pedir una audiencia estatal (State "
           "Hearing) dentro de 120 días de la fecha de la carta de resolución de la apelación. Si ya recibe este "
           "servicio, pida la apelación dentro de 10 días para seguir recibiéndolo.", 9.5)
    d.para(f"Atentamente,\nDirector Médico\n{PA}", 10)
    t = truth("denial_letter", "medical_necessity", "es", **t_common(f, PA, case_numbers=[f["case"]],
              claim_amount=None, service_dates=[iso(f["infusion"])], provider=f["center"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60))), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def sca_approval(f: dict, auth: str, sca: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, AM)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    to_parent(d, f)
    d.text_line("Your gene therapy request is approved", 13, "B")
    d.ln(2)
    pairs(d, member_rows(f) + [("Authorization number:", auth), ("Single-case agreement no.:", sca),
                               ("Medication:", DRUG), ("Approved infusion date:", D(f, f["infusion"])),
                               ("Approved center:", f["center"]), ("Prescriber:", f["neuro"]),
                               ("Approval valid through:", D(f, f["infusion"] + dt.timedelta(days=60)))])
    d.para(f"Dear {f['pfirst']} {f['last']}:")
    d.para(f"We approved one infusion of onasemnogene abeparvovec for {f['cfirst']}. {f['center']} is not in "
           "our network, and no network center within 200 miles gives this therapy. We signed a single-case "
           "agreement with the center so that the infusion, the hospital stay and the follow-up visits for 12 "
           "weeks are paid at the in-network level. Your in-network deductible and coinsurance apply.")
    d.para(f"The anti-AAV9 antibody titre of 1:25 and the genetic report (two copies of SMN2) meet our policy. "
           "The approval is for one lifetime dose only.")
    d.para(f"Questions? Call our Care Coordination team at {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{AM}", 10)
    t = truth("other", None, **t_common(f, AM, case_numbers=[auth, sca], claim_amount=None,
              service_dates=[iso(f["infusion"])], provider=f["center"], appeal_deadline=None),
              alternates={"case_numbers": [[auth]]})
    return pdf_bytes(d), t


def eob(f: dict, claims: list[dict], denied_ix: int, legend, denial: str, dalts: list[str]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, AM)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["child"]), ("Member ID", f["mid"]),
                 ("Subscriber", f["parent"]), ("Group no.", f["grp"]), ("Patient birth date", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 32) + 3)
    d.para("Here is how we processed the claims below. Services we did not pay carry a remark code.", 9.5)
    for c in claims:
        d.font(10, "B")
        d.multi_cell(0, 5.5, f"Claim {c['claim']}  -  {c['prov']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["Claim total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [21, 13, 54, 27, 19, 19, 17, 12], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remarks", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("You may appeal this decision within 180 days of the date of this statement. Send your appeal to "
           "the address above with any records you want us to consider.", 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday - Friday, 8 a.m. - 6 p.m.", 9)
    c = claims[denied_ix]
    t = truth("eob", denial, **t_common(f, AM, case_numbers=[c["claim"]],
              claim_amount=m2(sum(x[2] for x in c["lines"])), service_dates=[iso(c["dos"])], provider=c["prov"],
              appeal_deadline=iso(dl)), denial_alternates=dalts)
    return pdf_bytes(d), t


def appeal_resolution(f: dict, orig: str, weight: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, KC)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    to_parent(d, f)
    d.text_line("Notice of Appeal Resolution", 13, "B")
    d.text_line("Your appeal was DENIED", 11, "B")
    d.ln(2)
    pairs(d, [("Member:", f["child"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", D(f, f["dob"])),
              ("Parent/guardian:", f["parent"]), ("Appeal number:", f["case"]), ("Original request number:", orig),
              ("Service:", DRUG), ("Requested infusion date:", D(f, f["infusion"])),
              ("Treating hospital:", f["center"]), ("Prescriber:", f["neuro"]),
              ("Appeal received:", D(f, f["received"] - dt.timedelta(days=20)))])
    d.para(f"Dear {f['pfirst']} {f['last']}:")
    d.para(f"You appealed our decision not to approve onasemnogene abeparvovec for {f['cfirst']}. A pediatric "
           "neurologist who did not make the first decision reviewed the appeal, including the letter of medical "
           f"necessity from {f['neuro']}. {f['cfirst']} is {f['months'] // 12} years {f['months'] % 12} months old and "
           f"weighs {weight} kg. The FDA-approved use is for children less than 2 years old, and the product "
           "comes only in kits for a body weight up to 21 kg. The studies did not include older, heavier children. "
           "We uphold the denial: the infusion is not medically necessary under the state's Medicaid criteria.")
    d.text_line("Your right to a State Fair Hearing", 11, "B")
    d.ln(1)
    d.para("You have finished our appeal process. If you disagree, you may ask for a State Fair Hearing within 120 "
           "days of the date of this notice. To keep getting a service you already receive, ask within 10 days. "
           f"Call the Medicaid Hearings Office or our Member Services at {f['ph']} (TTY 711) for help.")
    d.para(f"Sincerely,\nAppeals and Grievances\n{KC}", 10)
    t = truth("denial_letter", "medical_necessity", **t_common(f, KC, case_numbers=[f["case"], orig],
              claim_amount=None, service_dates=[iso(f["infusion"])], provider=f["center"], appeal_deadline=None),
              denial_alternates=["not_covered"], alternates={"case_numbers": [[f["case"]]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(222500)

    f = facts(random.Random(222501), FH, "long", 27)
    reason = (f"The prescribing information approves onasemnogene abeparvovec for children with spinal muscular "
              f"atrophy who are less than 2 years old. Today {f['cfirst']} is "
              f"{f['months']} months old. Our policy covers the therapy only within the approved age, so the "
              "request does not meet our criteria and is not medically necessary.")
    items.append(Item(f"{FAMILY}_bd_plan_child_over_labelled_age", "born_digital",
                      [plan_letter(f, reason, "medical_necessity", ["not_covered"])]))

    f = facts(random.Random(222502), TS, "slash", 14)
    load = f["notice"] - dt.timedelta(days=r.randint(40, 70))
    reason = (f"The records show that {f['cfirst']} started nusinersen (Spinraza) on {D(f, load)} and has had the "
              "loading doses, with the next maintenance dose scheduled. Our plan does not cover onasemnogene "
              "abeparvovec for a member who is being treated with nusinersen or risdiplam, and there is no report "
              "of a lack of response to nusinersen. The request is denied as not medically necessary.")
    items.append(Item(f"{FAMILY}_bd_specialty_rx_prior_nusinersen", "born_digital",
                      [plan_letter(f, reason, "medical_necessity", ["not_covered"], amount=2125000.00, how="date",
                                   title="Specialty Medication Request Not Approved")]))

    f = facts(random.Random(222503), PA, "es", 29, es=True)
    items.append(Item(f"{FAMILY}_scan300_es_medicaid_over_two_years", "scan_clean_300", [medicaid_es(f)]))

    f = facts(random.Random(222504), AM, "iso", 9)
    items.append(Item(f"{FAMILY}_lowres_approved_single_case_agreement", "scan_lowres_150",
                      [sca_approval(f, "AUTH-" + digits(r, 8), "SCA-" + digits(r, 6))]))

    f = facts(random.Random(222505), FH, "abbr", 7)
    lab = f["received"] - dt.timedelta(days=r.randint(10, 25))
    reason = ("Before the infusion our policy needs a baseline anti-AAV9 antibody titre of 1:50 or less, measured "
              "with an ELISA binding assay, along with liver function tests, platelet count and troponin I. The "
              f"lab report dated {D(f, lab)} lists the liver panel and platelet count only; the anti-AAV9 antibody "
              "result was not sent and is not in the records. Without it we cannot confirm the therapy is safe "
              "and medically necessary, so we denied the request. Send the titre result with a new request or an "
              "appeal.")
    head = f"{fmt_date(f['notice'], 'slash')} 14:07  FARROWDALE PHARM UM  FAX {phone(r)}  P. 1/2"
    items.append(Item(f"{FAMILY}_faxstd_antibody_titre_not_documented", "fax_standard_g4",
                      [plan_letter(f, reason, "medical_necessity", ["other", "prior_authorization"],
                                   to_center=True, fax=head)]))

    f = facts(random.Random(222506), AM, "dmy", 11)
    f["dos"] = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    visit = dict(claim="AMC" + digits(r, 10), prov=f"{f['neuro']}, Pediatric Neurology Associates", npi=f["npi2"],
                 dos=f["dos"] - dt.timedelta(days=r.randint(20, 40)),
                 lines=[("99215", "Office visit, established, high complexity", 412.00, 236.18, 206.18, 30.00, ""),
                        ("95870", "Needle EMG, limited study", 365.00, 188.40, 188.40, 0.00, "")])
    hosp = dict(claim=f["case"], prov=f["center"], npi=f["npi"], dos=f["dos"],
                lines=[("J3399", "Onasemnogene abeparvovec-xioi, 1 kit", 2210000.00, 0.0, 0.0, 0.0, "N4"),
                       ("96365", "IV infusion, initial hour", 1240.00, 0.0, 0.0, 0.0, "N4"),
                       ("0120", "Room and board, pediatric, 1 day", 6850.00, 0.0, 0.0, 0.0, "N4")])
    legend = [("N4", f"{f['center']} is not in your plan's network. Your plan covers gene therapy only at a "
                     "network Center of Excellence unless we approve an exception before the infusion. No "
                     "exception or single-case agreement was on file. The hospital may bill you for these charges.")]
    items.append(Item(f"{FAMILY}_phone_eob_out_of_network_infusion_center", "phone_photo",
                      [eob(f, [visit, hosp], 1, legend, "out_of_network", [])]))

    f = facts(random.Random(222507), KC, "upper", 41)
    items.append(Item(f"{FAMILY}_rotated_medicaid_appeal_upheld_age_weight", "rotated",
                      [appeal_resolution(f, f"KC-PA-{digits(r, 7)}", 17.6)]))
    return items
