"""Family 'psychiatric_emergency_hold_claim_denial': plan and Medicaid letters and EOBs on emergency psychiatric
evaluations and involuntary holds (72-hour holds, crisis stabilization units, psychiatric emergency rooms).

Issuers (all invented): Quillmont Health Plan (commercial; logo word "QUILLMONT" over a rule; letters, EOB, an appeal
decision), Sarrowfield Community Health Partners (Medicaid managed care plan; English and Spanish notices, EOB, an
upheld appeal), Pinecrest Mutual Benefit Plan (self-funded employer plan; right-aligned EOB). Contents: inpatient days
after the 72-hour hold denied as not medically necessary; a crisis stabilization unit's claim denied as out of
network; a Spanish Medicaid notice denying the ambulance from the crisis center to the psychiatric hospital; an
appeal decision paying a psychiatric emergency room visit as an emergency; a fax stack (cover, the Medicaid plan's
continued-stay denial, its EOB); a photocopied EOB paying the hold and denying the days after it for no notification;
a rotated upheld Medicaid appeal. Decoys: the evaluating psychiatrist, the police officer or deputy who brought the
member in (badge and report numbers), the sending emergency department, dates of birth, received dates, NPIs, the
fair-hearing and continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "psychiatric_emergency_hold_claim_denial"
LANG = "en"

QM, SF, PC = "Quillmont Health Plan", "Sarrowfield Community Health Partners", "Pinecrest Mutual Benefit Plan"
ADDR = {QM: ("PO Box 48813", "Tarrowby, OR 97999"), SF: ("3100 Sarrowfield Commons", "Elkmere, AZ 85999"),
        PC: ("77 Pinecrest Office Park, Suite 210", "Dunmore Falls, VT 05999")}
HOSPITALS = ["Ashgrove Psychiatric Hospital", "Lantern Ridge Behavioral Health Center",
             "Wexcombe Valley Psychiatric Institute", "Marrowdale Behavioral Hospital"]
CRISIS = ["Millbrook Crisis Stabilization Unit", "Harrowgate Psychiatric Emergency Services",
          "Tamberly County Crisis Recovery Center"]
AMBULANCE = ["Eldermoor Ambulance Service", "Fennick County Medical Transport"]
EDS = ["St. Wendolyn Medical Center", "Okonedo Regional Hospital", "Calvary Hill Community Hospital"]
DOCS = ["Dr. Anjali V. Rosenthal, MD", "Dr. Tobias K. Meriwether, DO", "Dr. Chiamaka L. Brandt, MD",
        "Dr. Haruto S. Lindqvist, MD"]
POLICE = ["Tarrowby Police Department", "Corliss County Sheriff's Office", "Elkmere Police Department"]
OFFICERS = ["Officer Renata Kowalewski", "Deputy Marcus Albee", "Officer Priya Halvorsen", "Deputy Sione Taufa"]
FIRST = ["Bartholomew", "Ifeoma", "Cressida", "Dashiell", "Nilufar", "Augustin", "Margarethe", "Kofi", "Saoirse",
         "Lysander", "Temperance", "Rashid"]
LAST = ["Ambrose-Kealoha", "Thistlewood", "Nwachukwu", "Vandermolen", "Castellanos", "Pryzbylski", "Hargreave",
        "Oyelowo", "Sundqvist", "Llewellyn"]
FIRST_ES = ["Evaristo", "Graciela", "Nicanor", "Leonor", "Baltasar"]
LAST_ES = ["Saldívar", "Echeverría", "Montemayor", "Urrutia", "Valenzuela"]
STREETS = ["Windlass Road", "Tern Hollow Lane", "Copperleaf Court", "Bramblegate Drive", "Ferrier Street"]


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


def facts(r: random.Random, ins: str, ds: str, lang: str = "en") -> dict:
    first, last = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 140))
    adm = notice - dt.timedelta(days=r.randint(25, 55))
    town = ADDR[ins][1]
    ids = {QM: ("QHP" + digits(r, 9), "QM-" + digits(r, 5), "Q" + digits(r, 11)),
           SF: ("SCH" + digits(r, 8), None, "SF" + digits(r, 10)),
           PC: (digits(r, 3) + "-" + digits(r, 6), "PMB" + digits(r, 4), "PC-" + digits(r, 9))}[ins]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", town), notice=notice, adm=adm,
                mid=ids[0], grp=ids[1], claim=ids[2], hosp=r.choice(HOSPITALS), crisis=r.choice(CRISIS),
                amb=r.choice(AMBULANCE), ed=r.choice(EDS), doc=r.choice(DOCS), police=r.choice(POLICE),
                officer=r.choice(OFFICERS), badge=digits(r, 4), report=f"{adm.year % 100}-{digits(r, 6)}",
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                mcaid=digits(r, 9), ref="UM-" + digits(r, 8))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == QM:
        d.text_line("QUILLMONT", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{QM}  |  {a[0]}  |  {a[1]}  |  Behavioral Health Line {f['ph']}", 8.5)
    elif ins == SF:
        d.text_line(SF, 15, "B")
        d.text_line("Medicaid managed care  |  Plan de atención administrada de Medicaid", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5)
    else:
        d.text_line(PC, 14, "B", align="R")
        d.text_line("Self-funded group health plan  -  claims administered by Pinecrest Benefit Services", 8.5,
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


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, provider,
           dated: bool = False, medicaid: bool = False, dalts=(), alts=None, type_alts=(), sign="Utilization "
           "Management", doc_type=None, fax: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if dated:
            d.para(f"If you disagree, your appeal must reach us by {D(f, dl)}. Write to the address above or call "
                   f"{f['ph']} (TTY 711). You may send medical records and a letter from your doctor.")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. Write to the "
                   f"address above or call {f['ph']} (TTY 711). You may send medical records and a letter from "
                   "your doctor.")
        d.para("If your situation is urgent, you or your doctor may ask for an expedited appeal; we decide those "
               "within 72 hours.", 9.5)
        if medicaid:
            d.para("If you want your services to continue during the appeal, you must ask within 10 days of the "
                   "date of this letter. If we keep our decision, you may ask for a State Fair Hearing within 120 "
                   "days of the date of our appeal decision.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth(doc_type or ("denial_letter" if denial else "other"), denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts),
              type_alternates=list(type_alts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days: int = 180, dalts=(),
        alts=None, header_extra=(), fax: str | None = None) -> tuple[bytes, dict]:
    """lines: (date text, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    meta = [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"])]
    if f["grp"]:
        meta.append(("Group", f["grp"]))
    meta.append(("Date of birth", D(f, f["dob"])))
    for k, v in meta:
        d.set_x(112)
        d.font(9, "B")
        d.cell(32, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {provider}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Claim total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Service dates", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [34, 13, 49, 20, 18, 18, 17, 11], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remarks", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Your appeal rights: if you disagree with how this claim was processed, you may appeal within {days} "
           f"days of the date of this statement. Call {f['ph']} (TTY 711) or write to the address above.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=iso(dl), alternates={k: v for k, v in (alts or {}).items() if v},
              denial_alternates=list(dalts))
    return pdf_bytes(d), t


def spanish(f: dict, amt: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.text_line("Traslado en ambulancia: pago denegado", 10.5, "B")
    d.ln(2)
    pairs(d, [("Afiliado:", f["name"]), ("Nº de afiliado:", f["mid"]), ("Nº de Medicaid:", f["mcaid"]),
              ("Número de reclamo:", f["claim"]), ("Proveedor:", f"{f['amb']}, NPI {f['npi']}"),
              ("Fecha del servicio:", D(f, f["adm"])),
              ("Servicio:", "A0428 Ambulancia BLS, no emergencia; A0425 millaje (18 millas)"),
              ("Monto facturado:", fmt_money(amt)), ("Fecha de nacimiento:", D(f, f["dob"]))], lw=48)
    d.para(f"Estimado(a) {f['first']} {f['last']}:")
    d.para(f"El {D(f, f['adm'])} usted fue evaluado(a) en {f['crisis']} por {f['doc']} y quedó bajo una retención "
           f"involuntaria de 72 horas. Ese mismo día {f['amb']} le trasladó en ambulancia a {f['hosp']}. El "
           f"informe de {f['police']} (informe {f['report']}) también figura en el expediente.")
    d.para("Qué decidimos: negamos el pago del traslado en ambulancia. Los registros muestran que usted estaba "
           "tranquilo(a), caminaba sin ayuda y no necesitaba oxígeno, monitoreo ni sujeción durante el viaje. Un "
           "traslado en ambulancia es médicamente necesario solo cuando otro medio de transporte pondría en peligro "
           "su salud. Por eso el servicio no era médicamente necesario. La estadía en el hospital no forma parte "
           "de esta decisión. El proveedor no puede cobrarle a usted este servicio.")
    dl = f["notice"] + dt.timedelta(days=60)
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llámenos al {f['ph']} (TTY 711) o escríbanos a la dirección de arriba. Si pide la apelación, puede "
           "solicitar que sus servicios continúen dentro de 10 días. Después de la apelación, puede pedir una "
           "audiencia imparcial estatal dentro de 120 días de nuestra decisión.")
    d.para(f"Atentamente,\nDepartamento de Reclamos\n{SF}", 10)
    t = truth("denial_letter", "medical_necessity", "es", insurer=SF, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["adm"])],
              denial_date=iso(f["notice"]), provider=f["amb"], appeal_deadline=iso(dl),
              alternates={"member_id": [f["mcaid"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(230500)

    # 1 born digital: commercial letter, inpatient days after the 72-hour hold not medically necessary
    f = facts(random.Random(230501), QM, "long")
    hold_end = f["adm"] + dt.timedelta(days=3)
    dis = f["adm"] + dt.timedelta(days=9)
    amt, denied_amt = 21870.00, 14580.00
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Claim number:", f["claim"]), ("Review reference:", f["ref"]),
            ("Facility:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Admitted:", D(f, f["adm"])), ("Discharged:", D(f, dis)),
            ("Total billed for the stay:", fmt_money(amt)),
            ("Days denied:", f"{D(f, hold_end)} through {D(f, dis)} ({fmt_money(denied_amt)})")]
    body = [f"{f['police']} ({f['officer']}, badge {f['badge']}) brought you to {f['ed']} on {D(f, f['adm'])}. "
            f"{f['doc']} evaluated you there and placed you on a 72-hour emergency hold, and you were admitted to "
            f"{f['hosp']}. We paid the first three days of the stay, the days of the emergency hold, as emergency "
            "care.",
            "We reviewed the records for the rest of the stay. After the hold ended you had no thoughts of harming "
            "yourself or others, you were taking your medicine and eating, and you were attending groups. Our "
            "psychiatrist reviewer found that inpatient care was not medically necessary after the hold. Your care "
            "could have continued in a partial hospitalization program. We denied the days listed above.",
            "This decision was made under the plan's Acute Inpatient Psychiatric Care criteria (BH-112)."]
    items.append(Item(f"{FAMILY}_bd_days_after_hold_not_necessary", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, amt=amt, denial="medical_necessity", days=180,
        cases=[f["claim"], f["ref"]], sdates=[iso(f["adm"], dis)], provider=f["hosp"], dalts=["level_of_care"],
        alts={"claim_amount": [m2(denied_amt)], "service_dates": [[iso(hold_end, dis)]],
              "case_numbers": [[f["claim"]]]})]))

    # 2 born digital: commercial EOB, crisis stabilization unit out of network
    f = facts(random.Random(230502), QM, "slash")
    d1 = f["adm"] + dt.timedelta(days=1)
    lines = [(f"{D(f, f['adm'])}", "S9484", "Crisis intervention, per hour (6)", 1140.00, 0, 0, 1140.00, "N7"),
             (f"{D(f, f['adm'])}-{D(f, d1)}", "S9485", "Crisis stabilization, per diem (2)", 2680.00, 0, 0,
              2680.00, "N7"),
             (f"{D(f, f['adm'])}", "90791", "Psychiatric diagnostic evaluation", 415.00, 0, 0, 415.00, "N7")]
    rem = [("N7", f"{f['crisis']} is not in your plan's network. Your plan (EPO) pays out-of-network providers only "
                  "for emergency services in a hospital emergency department. A crisis stabilization unit is not an "
                  "emergency department, so these services are not covered out of network. In-network crisis "
                  f"centers are listed at quillmont.example/bh. The unit's psychiatrist, {f['doc']}, billed "
                  "separately.")]
    items.append(Item(f"{FAMILY}_bd_eob_crisis_unit_out_of_network", "born_digital", [eob(
        f, f["crisis"], lines, rem, "We processed the claim below. It was not paid; see the remark.",
        "out_of_network", sdates=[iso(f["adm"], d1)],
        header_extra=[f"Brought in by {f['police']}, report {f['report']}"],
        alts={"service_dates": [[iso(f["adm"]), iso(d1)]]})]))

    # 3 scan 300, Spanish: Medicaid plan denies the ambulance to the psychiatric hospital
    f = facts(random.Random(230503), SF, "es", lang="es")
    items.append(Item(f"{FAMILY}_scan300_es_ambulance_to_psych_hospital", "scan_clean_300", [spanish(f, 1286.40)]))

    # 4 150 dpi: appeal decision, psychiatric emergency room paid as an emergency
    f = facts(random.Random(230504), QM, "abbr")
    amt = 3462.75
    appeal_no = "APL-" + digits(random.Random(230514), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Appeal number:", appeal_no), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['crisis']}, NPI {f['npi']}"), ("Date of service:", D(f, f["adm"])),
            ("Amount billed:", fmt_money(amt)), ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=19)))]
    body = [f"We received your appeal of our decision to deny the claim from {f['crisis']} as out of network. "
            f"On {D(f, f['adm'])} an officer of {f['police']} brought you to the psychiatric emergency room under an "
            f"emergency hold, and {f['doc']} evaluated you there.",
            "Decision: we have reversed our decision. A psychiatric emergency room is an emergency facility, and a "
            "person in a mental health crisis brought in on a hold has an emergency medical condition. Under your "
            "plan and federal law, emergency services are paid at the in-network cost share without regard to the "
            "network. We reprocessed the claim and paid it as emergency care; you owe only your emergency room "
            "copay of $150.00. An explanation of benefits will follow.",
            "Because we decided in your favor, you do not need to do anything more."]
    items.append(Item(f"{FAMILY}_lowres_appeal_psych_er_paid_as_emergency", "scan_lowres_150", [letter(
        f, "Appeal Decision: Overturned", rows, body, amt=amt, denial=None, days=0, cases=[appeal_no, f["claim"]],
        sdates=[iso(f["adm"])], provider=f["crisis"], sign="Appeals and Grievances",
        alts={"case_numbers": [[appeal_no]]})]))

    # 5 fax standard stack: cover, Medicaid plan's continued-stay denial, its EOB
    f = facts(random.Random(230505), SF, "dmy")
    hold_end = f["adm"] + dt.timedelta(days=3)
    dis = f["adm"] + dt.timedelta(days=7)
    per_diem = 1350.00
    rows = [("Member:", f["name"]), ("Plan member ID:", f["mid"]), ("Medicaid ID:", f["mcaid"]),
            ("Authorization request:", f["ref"]), ("Facility:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Admission date:", D(f, f["adm"])), ("Days reviewed:", f"{D(f, hold_end)} to {D(f, dis)}"),
            ("Request received:", D(f, hold_end - dt.timedelta(days=1)))]
    body = [f"{f['hosp']} asked us to approve more inpatient days after your 72-hour hold ended on "
            f"{D(f, hold_end)}. The hold was started at {f['ed']} by {f['doc']} after {f['police']} brought you in.",
            "We did not approve the extra days. Your records show you were stable and did not need 24-hour "
            "hospital care. You could be safely cared for at a lower level of care: our crisis residential program "
            "or intensive outpatient care. The days after the hold are denied because inpatient care was not the "
            "right setting for your needs."]
    fax = f"{D(f, f['notice'])} 09:41  {f['hosp'].upper()} UR DEPT  FAX {phone(r)}  P. 2"
    doc_a = letter(f, "Notice of Adverse Benefit Determination", rows, body, amt=None, denial="level_of_care",
                   days=60, cases=[f["ref"]], sdates=[iso(hold_end, dis)], provider=f["hosp"], medicaid=True,
                   dalts=["medical_necessity"], alts={"member_id": [f["mcaid"]]}, fax=fax)
    lines = [(f"{D(f, f['adm'])}-{D(f, hold_end)}", "0114", "Psych room & board, hold (3 days)", 3 * per_diem,
              3 * 1012.50, 3 * 1012.50, 0, ""),
             (f"{D(f, hold_end)}-{D(f, dis)}", "0114", "Psych room & board (4 days)", 4 * per_diem, 0, 0, 0, "L3"),
             (f"{D(f, f['adm'])}", "0450", "Emergency room", 1895.00, 1120.00, 1120.00, 0, "")]
    rem = [("L3", f"Days after the emergency hold were not approved (authorization request {f['ref']}). Inpatient "
                  "care was not the right level of care for these days. You do not owe for these days; the hospital "
                  "may not bill you.")]
    doc_b = eob(f, f["hosp"], lines, rem, "We processed the hospital claim below. Part of it was not paid.",
                "level_of_care", sdates=[iso(f["adm"], dis)], days=60, dalts=["medical_necessity"],
                alts={"member_id": [f["mcaid"]], "claim_amount": [m2(4 * per_diem)],
                      "service_dates": [[iso(hold_end, dis)]]},
                fax=f"{D(f, f['notice'])} 09:43  {f['hosp'].upper()} UR DEPT  FAX  P. 3")
    doc_b[1]["fields"]["group_number"] = None
    doc_b[1]["fields"]["case_numbers"] = [f["claim"]]
    items.append(Item(f"{FAMILY}_faxstd_stack_medicaid_continued_stay", "fax_standard_g4", [doc_a, doc_b],
                      separators=["cover", None]))

    # 6 photocopy: self-funded plan EOB, hold paid, days after it denied for no notification
    f = facts(random.Random(230506), PC, "short")
    hold_end = f["adm"] + dt.timedelta(days=3)
    dis = f["adm"] + dt.timedelta(days=6)
    lines = [(f"{D(f, f['adm'])}-{D(f, hold_end)}", "0124", "Psych inpatient, 72-hour hold", 4185.00, 3420.00,
              2736.00, 684.00, ""),
             (f"{D(f, hold_end)}-{D(f, dis)}", "0124", "Psych inpatient, voluntary days", 4185.00, 0, 0, 0, "PA9"),
             (f"{D(f, f['adm'])}", "90792", "Psychiatric evaluation with medical services", 520.00, 388.00,
              310.40, 77.60, "")]
    rem = [("PA9", "Emergency admissions do not need approval in advance, but when the emergency hold ends and the "
                   "patient stays as a voluntary admission, the hospital must notify the plan and obtain "
                   "authorization within 1 business day. No authorization was requested for these days. The "
                   "hospital may not bill the patient for days denied for missing authorization.")]
    items.append(Item(f"{FAMILY}_copy_eob_voluntary_days_no_authorization", "photocopy", [eob(
        f, f["hosp"], lines, rem, "This statement shows how your plan processed a hospital claim. One line was "
        "denied.", "prior_authorization", sdates=[iso(f["adm"], dis)], days=180,
        header_extra=[f"Evaluating psychiatrist: {f['doc']}   Sending facility: {f['ed']}"],
        alts={"claim_amount": ["4185.00"], "service_dates": [[iso(hold_end, dis)]]})]))

    # 7 rotated: Medicaid plan upholds its denial on appeal (next step a state fair hearing, no plan deadline)
    f = facts(random.Random(230507), SF, "iso")
    dis = f["adm"] + dt.timedelta(days=11)
    hold_end = f["adm"] + dt.timedelta(days=3)
    amt = 15840.00
    appeal_no = "SF-AP-" + digits(random.Random(230517), 6)
    rows = [("Member:", f["name"]), ("Plan member ID:", f["mid"]), ("Appeal number:", appeal_no),
            ("Claim number:", f["claim"]), ("Facility:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Stay:", f"{D(f, f['adm'])} to {D(f, dis)}"), ("Amount billed:", fmt_money(amt)),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"You appealed our denial of the inpatient days after your 72-hour hold at {f['hosp']}. A board-certified "
            f"psychiatrist who was not part of the first decision reviewed your records, the notes of {f['doc']}, "
            f"and the report from {f['police']}.",
            f"Decision: we uphold our denial. The days from {D(f, hold_end)} to {D(f, dis)} were not medically "
            "necessary: the records show no danger to yourself or others and no inability to care for yourself "
            "after the hold ended.",
            "You have finished the plan's appeal process. If you still disagree, you may ask for a State Fair "
            "Hearing within 120 days of the date of this letter. You may also ask for an external medical review. "
            f"Call {f['ph']} for help."]
    items.append(Item(f"{FAMILY}_rotated_medicaid_appeal_upheld", "rotated", [letter(
        f, "Notice of Appeal Resolution", rows, body, amt=amt, denial="medical_necessity", days=0,
        cases=[appeal_no, f["claim"]], sdates=[iso(f["adm"], dis)], provider=f["hosp"], sign="Appeals Unit",
        dalts=["level_of_care"], alts={"service_dates": [[iso(hold_end, dis)]], "case_numbers": [[appeal_no]]})]))
    return items
