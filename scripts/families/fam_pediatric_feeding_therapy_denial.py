"""Family 'pediatric_feeding_therapy_denial': plan and Medicaid letters and EOBs on feeding therapy for children
(92526 treatment of swallowing dysfunction and/or oral function for feeding, 97533 sensory integrative techniques,
92610 / 92523 feeding and swallowing evaluations).

Issuers (all invented): Thornbury Mutual Health (commercial PPO; logo word "THORNBURY" over a rule; a pre-service
letter, EOBs), Brackenridge Kids Health Plan (a Medicaid managed care plan for children; English and Spanish
notices, an approval faxed to the clinic, a partial approval), Ossington Employee Benefit Plan (self-funded employer
plan administered by Lydgate Benefit Services; right-aligned EOB). Contents: 24 visits of feeding therapy denied as
developmental (picky eating, no medical diagnosis) under the plan's developmental-delay exclusion; visits 21-23 of a
20-visit habilitative limit denied on an EOB; a Spanish Medicaid notice denying sensory integration as experimental;
a paid feeding evaluation EOB; an approval for 12 visits faxed to the clinic; a phone-photographed EOB paying 92526 and
denying 97533 as investigational; a rotated Medicaid notice approving 12 of 24 requested visits. The patient is the
child; the subscriber or parent is named beside it. Member IDs carry dependent suffixes (-02, -03, " 01"). Decoys:
the referring pediatric gastroenterologist, dates of birth, the subscriber, NPIs, request received dates, the
fair-hearing and continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_feeding_therapy_denial"
LANG = "en"

TM, BK, OS = "Thornbury Mutual Health", "Brackenridge Kids Health Plan", "Ossington Employee Benefit Plan"
ADDR = {TM: ("PO Box 61207", "Carrick Falls, MN 55999"), BK: ("410 Brackenridge Way, Suite 300", "Port Ellery, NM 87999"),
        OS: ("c/o Lydgate Benefit Services, 2 Lydgate Plaza", "Haverbrook, KS 66999")}
CLINICS = ["Little Sprouts Pediatric Therapy", "Tandem Kids Feeding & Speech Center", "Bramblewood Pediatric "
           "Rehabilitation", "Honeycomb Children's Therapy Clinic"]
THERAPISTS = ["Imogen Achterberg, MS, CCC-SLP", "Rowan Delacourt, OTR/L", "Yetunde Falade, MS, CCC-SLP",
              "Svetlana Marchetti, OTD, OTR/L"]
GIS = ["Dr. Caspian R. Whitlock, MD (Pediatric Gastroenterology)", "Dr. Nneka O. Haverford, MD (Pediatric "
       "Gastroenterology)", "Dr. Aurelio T. Bancroft, DO (Pediatric Gastroenterology)"]
PEDS = ["Dr. Philippa Strand, MD", "Dr. Emeka Lindgren, MD"]
KID_FIRST = ["Wren", "Mateus", "Ottilie", "Kiran", "Juniper", "Soren", "Amara", "Ezekiel", "Clementine", "Idris"]
KID_FIRST_ES = ["Valentina", "Santiago", "Ximena", "Emiliano", "Renata"]
PARENT_FIRST = ["Delphine", "Marcus", "Halima", "Torsten", "Priyanka", "Gareth", "Oluwaseun", "Beatrix"]
PARENT_FIRST_ES = ["Maricela", "Rigoberto", "Yesenia", "Anselmo"]
LAST = ["Okafor-Lindqvist", "Brennan", "Vasudevan", "Kowalczyk", "Ashworth", "Ferreira", "Nakashima", "Delgado-Roux",
        "Thorvaldsen", "Mbeki"]
LAST_ES = ["Castañeda", "Barrientos", "Olivares", "Quiñones"]
STREETS = ["Larkspur Court", "Quillfeather Road", "Stonebrook Lane", "Mariner Street", "Elderberry Drive"]


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
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str, lang: str = "en", k: int = 0) -> dict:
    es = lang == "es"
    lasts, kids, pars = (LAST_ES, KID_FIRST_ES, PARENT_FIRST_ES) if es else (LAST, KID_FIRST, PARENT_FIRST)
    last, kid, par = lasts[(3 * k) % len(lasts)], kids[(7 * k + 2) % len(kids)], pars[(5 * k + 1) % len(pars)]
    km, pm = r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    svc = notice - dt.timedelta(days=r.randint(20, 48))
    base = {TM: "TMH" + digits(r, 9), BK: digits(r, 10), OS: "OEB" + digits(r, 8)}[ins]
    suffix = r.choice(["02", "03"])
    mid = {TM: f"{base}-{suffix}", BK: f"{base}{suffix}", OS: f"{base}-{suffix}"}[ins]
    mid_print = f"{base} {suffix}" if ins == BK else mid
    grp = {TM: "TM-" + digits(r, 6), BK: None, OS: "OSS" + digits(r, 4)}[ins]
    return dict(ins=ins, ds=ds, name=f"{kid} {km}. {last}", kid=kid, last=last, parent=f"{par} {pm}. {last}",
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", ADDR[ins][1]), notice=notice, svc=svc,
                base=base, mid=mid, mid_print=mid_print, grp=grp, claim={TM: "C" + digits(r, 11), BK: "BK" + digits(r, 10),
                                                                         OS: digits(r, 4) + "-" + digits(r, 7)}[ins],
                clinic=CLINICS[k % len(CLINICS)], therapist=THERAPISTS[(k + 1) % len(THERAPISTS)], gi=GIS[k % len(GIS)], ped=r.choice(PEDS),
                dob=dt.date(r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                gi_npi=npi(r), ref="PA-" + digits(r, 8), mcaid=digits(r, 9))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == TM:
        d.text_line("THORNBURY", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{TM}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == BK:
        d.text_line(BK, 15, "B")
        d.text_line("A Medicaid and CHIP managed care plan  |  Un plan de atención administrada de Medicaid y CHIP", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5)
    else:
        d.text_line(OS, 14, "B", align="R")
        d.text_line("Self-funded group health plan  -  claims administered by Lydgate Benefit Services", 8.5,
                    align="R")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="R")
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict, es: bool = False) -> None:
    top = (f"Padre, madre o tutor de {f['kid']} {f['last']}" if es else
           f"To the parent or guardian of {f['kid']} {f['last']}")
    for ln in (f["parent"], top, *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, provider,
           dated: bool = False, medicaid: bool = False, dalts=(), alts=None, sign="Utilization Management",
           fax: str | None = None, to_clinic: bool = False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_clinic:
        for ln in (f["clinic"], f"Attn: {f['therapist']}", f"Fax {phone(random.Random(f['npi']))}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['parent']}, parent of the member", 9)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para("Dear Provider:" if to_clinic else f"Dear {f['parent'].split()[0]} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if dated:
            d.para(f"If you disagree, your appeal must reach us by {D(f, dl)}. You may appeal for your child, or the "
                   f"therapist or doctor may appeal with your written consent. Write to the address above or call "
                   f"{f['ph']} (TTY 711). You may send therapy notes and a letter from your child's doctor.")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. You may appeal "
                   f"for your child, or the therapist or doctor may appeal with your written consent. Write to the "
                   f"address above or call {f['ph']} (TTY 711).")
        d.para("If waiting could seriously harm your child's health, ask for a fast (expedited) appeal; we decide "
               "those within 72 hours.", 9.5)
        if medicaid:
            d.para("If you want services your child is already getting to continue during the appeal, you must ask "
                   "within 10 days of the date of this letter. If we keep our decision after the appeal, you may ask "
                   "for a State Fair Hearing within 120 days of the date of our appeal decision.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, lines, remarks, intro: str, denial, *, sdates, days: int | None = 180, dalts=(), alts=None,
        header_extra=()) -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(110, y0)
    meta = [("Statement date", D(f, f["notice"])), ("Subscriber", f["parent"]), ("Patient", f["name"]),
            ("Relationship", "Child"), ("Member ID", f["mid_print"])]
    if f["grp"]:
        meta.append(("Group no.", f["grp"]))
    meta.append(("Patient birth date", D(f, f["dob"])))
    for k, v in meta:
        d.set_x(110)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {f['clinic']}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[D(f, a), b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Claim total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [23, 13, 60, 20, 18, 18, 17, 11], size=7.8, aligns="LLLRRRRL", border_head="TB")
    if remarks:
        d.text_line("Remarks", 10, "B")
        for k, v in remarks:
            d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = None
    if days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.para(f"Your appeal rights: if you disagree with how this claim was processed, you may appeal within {days} "
               f"days of the date of this statement. Call {f['ph']} (TTY 711) or write to the address above.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=f["clinic"], appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def spanish(f: dict) -> tuple[bytes, dict]:
    """Medicaid plan notice: sensory integration (97533) denied as experimental."""
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f, es=True)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.text_line("Terapia de integración sensorial: solicitud denegada", 10.5, "B")
    d.ln(2)
    start = f["svc"] + dt.timedelta(days=45)
    pairs(d, [("Miembro (menor):", f["name"]), ("Nº de miembro:", f["mid_print"]), ("Nº de Medicaid:", f["mcaid"]),
              ("Padre/madre:", f["parent"]), ("Número de solicitud:", f["ref"]),
              ("Proveedor:", f"{f['clinic']}, NPI {f['npi']}"),
              ("Servicio:", "97533 Técnicas de integración sensorial, 24 sesiones"),
              ("Fecha de inicio pedida:", D(f, start)),
              ("Solicitud recibida:", D(f, f["notice"] - dt.timedelta(days=9))),
              ("Fecha de nacimiento:", D(f, f["dob"]))], lw=50)
    d.para(f"Estimado(a) {f['parent'].split()[0]} {f['last']}:")
    d.para(f"{f['clinic']} pidió aprobación para 24 sesiones de terapia de integración sensorial (código 97533) "
           f"para {f['kid']}, con la terapeuta {f['therapist']}. El pedido incluye una carta de "
           f"{f['gi']}, quien atiende a {f['kid']} por reflujo y rechazo a comer.")
    d.para("Qué decidimos: negamos la terapia de integración sensorial. Este servicio se considera experimental o "
           "en investigación: los estudios publicados no muestran que la integración sensorial mejore la "
           "alimentación de los niños. Nuestra política clínica CP-PED-044 no cubre tratamientos experimentales. "
           "Esta decisión no cambia la terapia de alimentación (92526) que ya está aprobada para su hijo(a).")
    dl = f["notice"] + dt.timedelta(days=60)
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llámenos al {f['ph']} (TTY 711) o escríbanos a la dirección de arriba. Si la salud de su hijo(a) está "
           "en peligro, pida una apelación rápida: decidimos en 72 horas. Después de la apelación, si no está de "
           "acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días de nuestra decisión.")
    d.para(f"Atentamente,\nDepartamento de Autorizaciones\n{BK}", 10)
    t = truth("denial_letter", "experimental", "es", insurer=BK, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["ref"]], service_dates=[iso(start)], denial_date=iso(f["notice"]),
              provider=f["clinic"], appeal_deadline=iso(dl),
              alternates={"member_id": [f["mcaid"], f["base"]], "service_dates": [[]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: commercial pre-service letter, 24 visits of feeding therapy denied as developmental
    f = facts(random.Random(238501), TM, "long", k=1)
    start = f["notice"] + dt.timedelta(days=14)
    rows = [("Patient:", f"{f['name']} (dependent)"), ("Subscriber:", f["parent"]), ("Member ID:", f["mid"]),
            ("Group number:", f["grp"]), ("Request number:", f["ref"]),
            ("Therapy provider:", f"{f['clinic']}, NPI {f['npi']}"),
            ("Service requested:", "92526 Feeding therapy, 24 visits (2 per week)"),
            ("Planned start date:", D(f, start)), ("Referred by:", f["gi"]),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"We reviewed the request from {f['clinic']} for feeding therapy for {f['kid']}. {f['gi']} referred "
            f"{f['kid']} after a visit on {D(f, f['svc'])}. The records say {f['kid']} eats a limited number of "
            "foods, is growing along the same percentile, and has no swallowing problem on the feeding evaluation.",
            "Why we denied it: your plan covers therapy to treat an illness or injury. It does not cover therapy for "
            "developmental delay or for learned behaviors such as selective or picky eating when there is no "
            "medical condition causing the problem (Certificate of Coverage, Section 7.4, Exclusions: Developmental "
            "and Educational Services). The records show a developmental feeding difference, not a medical "
            "condition, so feeding therapy is not covered for this request.",
            "If a new medical problem is found (for example, weight loss, aspiration or a swallowing study that is "
            "not normal), the therapist may send a new request."]
    items.append(Item(f"{FAMILY}_bd_developmental_not_medical", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination - Pre-service Request", rows, body, amt=None,
        denial="not_covered", days=180, cases=[f["ref"]], sdates=[iso(start)], provider=f["clinic"],
        dalts=["medical_necessity"], alts={"member_id": [f["base"]], "service_dates": [[]]})]))

    # 2 born digital: commercial EOB, visits 21-23 over the 20-visit habilitative limit
    f = facts(random.Random(238502), TM, "slash", k=2)
    ds = [f["svc"], f["svc"] + dt.timedelta(days=3), f["svc"] + dt.timedelta(days=7)]
    lines = [(x, "92526", f"Feeding therapy (visit {21 + i} of plan year)", 185.00, 0, 0, 185.00, "V20")
             for i, x in enumerate(ds)]
    rem = [("V20", "Your plan pays for up to 20 habilitative therapy visits (speech, occupational and feeding "
                   "therapy combined) each plan year. The patient has used all 20 visits for this plan year, so "
                   "these visits are not covered. Visits start again on January 1.")]
    items.append(Item(f"{FAMILY}_bd_eob_visits_over_limit", "born_digital", [eob(
        f, lines, rem, "We processed the claim below. It was not paid; see the remark.", "not_covered",
        sdates=[iso(x) for x in ds], dalts=["other"],
        header_extra=[f"Therapist: {f['therapist']}   Referring physician: {f['gi']}"],
        alts={"member_id": [f["base"]]})]))

    # 3 scan 300, Spanish: Medicaid plan denies sensory integration as experimental
    f = facts(random.Random(238503), BK, "es", lang="es", k=3)
    items.append(Item(f"{FAMILY}_scan300_es_medicaid_sensory_experimental", "scan_clean_300", [spanish(f)]))

    # 4 150 dpi: self-funded plan EOB, feeding evaluation paid
    f = facts(random.Random(238504), OS, "abbr", k=4)
    lines = [(f["svc"], "92610", "Eval of oral and pharyngeal swallowing", 312.00, 248.60, 198.88,
              49.72, ""),
             (f["svc"], "92523", "Eval of speech sound production", 265.50, 201.40, 161.12,
              40.28, "")]
    items.append(Item(f"{FAMILY}_lowres_eob_feeding_evaluation_paid", "scan_lowres_150", [eob(
        f, lines, [("", "Both services were paid at the in-network rate after your deductible. You owe the "
                        "coinsurance shown.")], "This statement shows how your plan processed a claim.", None,
        sdates=[iso(f["svc"])], header_extra=[f"Ordered by: {f['gi']}"],
        alts={"member_id": [f["base"]], "appeal_deadline": [None],
              "insurer": ["Lydgate Benefit Services"]})]))

    # 5 fax fine: Medicaid plan approves 12 visits of feeding therapy, faxed to the clinic
    f = facts(random.Random(238505), BK, "dmy", k=5)
    start = f["notice"] + dt.timedelta(days=3)
    end = start + dt.timedelta(days=89)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid_print"]), ("Medicaid ID:", f["mcaid"]),
            ("Authorization number:", f["ref"]), ("Provider:", f"{f['clinic']}, NPI {f['npi']}"),
            ("Service:", "92526 Treatment of swallowing dysfunction / oral function for feeding"),
            ("Visits approved:", "12"), ("Approved dates:", f"{D(f, start)} to {D(f, end)}"),
            ("Request received:", D(f, f["notice"] - dt.timedelta(days=4)))]
    body = [f"We approved your request for feeding therapy for {f['kid']} {f['last']}. {f['gi']} diagnosed "
            "oral-phase dysphagia with poor weight gain, and the feeding evaluation shows the child cannot chew "
            "age-appropriate foods safely. Feeding therapy is medically necessary.",
            "We approved 12 visits for the dates above. Please bill with the authorization number. If more visits "
            "are needed, send progress notes and a new request before the last approved date.",
            "This approval is not a guarantee of payment; the member must be eligible on the date of each visit."]
    fax = f"{D(f, f['notice'])} 14:07  FROM: {BK.upper()} UM  TO: {f['clinic'].upper()}  P. 1/1"
    items.append(Item(f"{FAMILY}_faxfine_medicaid_approved_12_visits", "fax_fine_g4", [letter(
        f, "Prior Authorization Approval", rows, body, amt=None, denial=None, days=0, cases=[f["ref"]],
        sdates=[iso(start, end)], provider=f["clinic"], fax=fax, to_clinic=True, sign="Utilization Management",
        alts={"member_id": [f["mcaid"], f["base"]], "service_dates": [[iso(start), iso(end)]]})]))

    # 6 phone photo: commercial EOB, 92526 paid and 97533 sensory integration denied as investigational
    f = facts(random.Random(238506), TM, "short", k=6)
    d2 = f["svc"] + dt.timedelta(days=7)
    lines = [(f["svc"], "92526", "Feeding therapy", 190.00, 142.00, 113.60, 28.40, ""),
             (f["svc"], "97533", "Sensory integrative techniques, 4 units", 348.00, 0, 0, 348.00, "X41"),
             (d2, "92526", "Feeding therapy", 190.00, 142.00, 113.60, 28.40, ""),
             (d2, "97533", "Sensory integrative techniques, 4 units", 348.00, 0, 0, 348.00, "X41")]
    rem = [("X41", "Sensory integration therapy is considered experimental/investigational for feeding disorders "
                   "under Thornbury medical policy MP-210 and is not covered. The feeding therapy on the same days "
                   "was paid.")]
    items.append(Item(f"{FAMILY}_phone_eob_sensory_integration_investigational", "phone_photo", [eob(
        f, lines, rem, "We processed the claim below. Some services were not paid.", "experimental",
        sdates=[iso(f["svc"]), iso(d2)], dalts=["not_covered"],
        alts={"member_id": [f["base"]], "claim_amount": [m2(2 * 348.00)]})]))

    # 7 rotated: Medicaid plan approves 12 of 24 requested visits (the rest not medically necessary)
    f = facts(random.Random(238507), BK, "iso", k=7)
    start = f["notice"] + dt.timedelta(days=7)
    end = start + dt.timedelta(days=181)
    rows = [("Member:", f["name"]), ("Plan member ID:", f["mid_print"]), ("Parent or guardian:", f["parent"]),
            ("Reference number:", f["ref"]), ("Provider:", f"{f['clinic']}, NPI {f['npi']}"),
            ("Service:", "92526 Feeding therapy"), ("Requested:", f"24 visits, {D(f, start)} to {D(f, end)}"),
            ("Approved:", "12 visits"), ("Denied:", "12 visits"), ("Date of birth:", D(f, f["dob"]))]
    body = [f"{f['clinic']} asked us to approve 24 visits of feeding therapy for {f['kid']}. We approved 12 visits "
            f"and denied 12 visits. The therapist, {f['therapist']}, and {f['gi']} sent records showing "
            f"{f['kid']} now eats purees and some soft solids and has gained weight.",
            "Why we denied part of the request: the records support therapy once a week, not twice a week. Twelve "
            "more visits at twice a week are not medically necessary at this time. After the 12 approved visits the "
            "therapist may send progress notes to ask for more."]
    items.append(Item(f"{FAMILY}_rotated_medicaid_12_of_24_visits", "rotated", [letter(
        f, "Notice of Adverse Benefit Determination (partial approval)", rows, body, amt=None,
        denial="medical_necessity", days=60, cases=[f["ref"]], sdates=[iso(start, end)], provider=f["clinic"],
        medicaid=True, alts={"member_id": [f["base"]], "service_dates": [[iso(start), iso(end)], [iso(start)]]})]))
    return items
