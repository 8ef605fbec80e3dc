"""Family 'septoplasty_rhinoplasty_functional_vs_cosmetic_denial': plan letters, EOBs, a utilization management fax
and an appeal decision on nasal surgery: septoplasty (30520), rhinoplasty (30410) and turbinate reduction (30140).

Issuers (all invented): Marrowfield Health Plan (commercial; boxed letters, EOB, approval, appeal decision),
Seguros de Salud Alborada / Alborada Health Insurance (Spanish letter), Kestrel Ridge Employee Health Plan
(self-funded employer plan, claims administered by a named TPA; EOB and claim letter). Contents: the rhinoplasty
denied as cosmetic with the septoplasty approved (pre-service), the turbinate reduction bundled into the septoplasty
on an EOB, no photographs or nasal endoscopy documented (Spanish letter and a UM fax to the ENT practice), the
surgeon's rhinoplasty claim denied as cosmetic after surgery, an approval after records of breathing obstruction,
an upheld appeal on the rhinoplasty. Decoys: the allergist who treated the member's rhinitis, the anesthesiologist,
NPIs, dates of birth, request-received dates, the date of the nasal endoscopy, CT dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "septoplasty_rhinoplasty_functional_vs_cosmetic_denial"
LANG = "en"

MF, AL, KR = "Marrowfield Health Plan", "Seguros de Salud Alborada", "Kestrel Ridge Employee Health Plan"
AL_EN = "Alborada Health Insurance"
TPA = "Pellingham Benefit Services"
ADDR = {MF: ("PO Box 40512", "Castlebrook, KY 40999"), AL: ("Apartado 7713, Calle Corozal 88", "Bayamón, PR 00959"),
        KR: ("c/o Pellingham Benefit Services, 1200 Pellingham Pkwy", "Larkspur Falls, MN 55999")}
ENT = ["Haverleigh Ear, Nose & Throat Associates", "Sandoval Facial Plastic & Reconstructive Surgery",
       "Otorrinolaringología Costa Norte"]
ASC = ["Brookmere Surgery Center", "Dunmore Park Ambulatory Surgery Center"]
SURGEONS = ["Dr. Oluwaseun P. Harrowgate", "Dr. Ingeborg L. Sandoval", "Dr. Rafael T. Quiroga-Lind"]
ALLERGISTS = ["Dr. Ifeoma T. Lindqvist, MD (Allergy & Asthma Center)", "Dr. Barnaby K. Oyelowo, MD (allergist)",
              "Dra. Noemí A. Castellví (alergista)"]
ANESTH = ["Dr. Tobias R. Weatherall, MD", "Dr. Sunniva H. Achebe, MD"]
FIRST = ["Philippa", "Anwar", "Rosalind", "Tadeusz", "Wilhelmina", "Kofi", "Annika", "Leopold", "Priyanka",
         "Cormac", "Zainab", "Evander"]
LAST = ["Thistlewood", "Okonkwo", "Vandermeer", "Ashdown", "Castellanos", "Lindgren", "Mwangi", "Pennington",
        "Radcliffe", "Yoshimura"]
FIRST_ES = ["Wilfredo", "Yaritza", "Eleuterio", "Maritza", "Gumersindo"]
LAST_ES = ["Rosario", "Echevarría", "Laboy", "Cintrón", "Maldonado"]
STREETS = ["Tanner Mill Road", "Foxglove Lane", "Wickham Court", "Orchard Hill Drive", "Calle Flamboyán"]


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
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    ids = {MF: ("MFH" + digits(r, 8), "MF-" + digits(r, 6)), AL: ("ALB-" + digits(r, 9), "G" + digits(r, 5)),
           KR: ("KR" + digits(r, 4) + "-" + digits(r, 3), "KREHP-" + digits(r, 3))}[ins]
    town = ["Castlebrook, KY 40999", "Larkspur Falls, MN 55999", "Ferndale Cross, OR 97999"] if lang == "en" else \
        ["Bayamón, PR 00959", "Toa Alta, PR 00953"]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(town)), notice=notice,
                svc=notice - dt.timedelta(days=r.randint(20, 55)), plan=notice + dt.timedelta(days=r.randint(12, 30)),
                recv=notice - dt.timedelta(days=r.randint(2, 7)), mid=ids[0], grp=ids[1],
                claim=digits(r, 3) + "-" + digits(r, 8), ref="NS" + digits(r, 8), ent=r.choice(ENT[:2]),
                surgeon=r.choice(SURGEONS[:2]), asc=r.choice(ASC), allergist=r.choice(ALLERGISTS[:2]),
                anesth=r.choice(ANESTH), npi=npi(r), npi2=npi(r), ph=phone(r),
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == MF:
        d.text_line("MARROWFIELD", 20, "B")
        d.text_line("Health Plan", 11, "I")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Member Services {f['ph']}", 8.5)
        d.rule(0.6, 1)
    elif ins == AL:
        d.text_line(AL, 15, "B", align="C")
        d.text_line(f"({AL_EN})  {a[0]}, {a[1]}", 8.5, align="C")
        d.text_line(f"Servicios al Asegurado {f['ph']} (TTY 711)", 8.5, align="C")
        d.rule(0.4, 1)
    else:
        d.text_line(KR, 13.5, "B", align="R")
        d.text_line(f"Claims administered by {TPA}", 8.5, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']}", 8.5, align="R")
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


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", box: bool = False,
           lines=None, fax: str | None = None, to_provider: bool = False, lang: str = "en",
           unscored=()) -> tuple[bytes, dict]:
    """appeal: None, 'days' (within N days of this letter), 'dated' (received by a date), 'second' (second-level
    appeal within N days)."""
    es = lang == "es"
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_provider:
        for ln in (f"To: {f['surgeon']}, {f['ent']}", f"Fax: {phone(random.Random(f['npi2']))}",
                   f"Re: member {f['name']}"):
            d.text_line(ln, 10)
        d.ln(4)
    else:
        for ln in (f["name"], *f["addr"]):
            d.text_line(ln, 10.5)
        d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    (boxed if box else pairs)(d, rows)
    if lines:
        head, rws, widths = lines
        d.table(head, rws, widths, size=8, aligns="LLLRRL", border_head="TB")
    if to_provider:
        d.para(f"Dear {f['surgeon']}:")
    else:
        d.para(f"Estimado(a) {f['first']} {f['last']}:" if es else f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if es:
            d.para(f"Si no está de acuerdo con esta decisión, puede apelar dentro de {days} días a partir de la "
                   f"fecha de esta carta. Llame al {f['ph']} o escriba a la dirección de arriba. Su médico puede "
                   "apelar por usted.")
            d.para("Si su salud corre grave peligro, puede pedir una apelación acelerada; la contestamos en 72 "
                   "horas.", 9.5)
        elif appeal == "days":
            d.para(f"If you disagree with this decision, you may file an appeal within {days} days of the date of "
                   f"this letter. Call {f['ph']} or write to the address above. Your surgeon may appeal for you.")
        elif appeal == "dated":
            d.para(f"To appeal, send a written request that we receive by {D(f, dl)}. The member, or the treating "
                   f"surgeon with the member's written consent, may appeal. Questions: {f['ph']}.")
        else:
            d.para(f"You may ask for a second-level appeal within {days} days of the date of this letter. A "
                   "different reviewer who took no part in this decision will decide it. After the second level you "
                   "may ask for an independent external review within 4 months.")
        if appeal != "second" and not es:
            d.para("If waiting could seriously harm your health, ask for an expedited appeal; we decide those "
                   "within 72 hours.", 9.5)
    d.para(f"{'Atentamente' if es else 'Sincerely'},\n{sign}\n{f['ins']}", 10)
    alts = dict(alts or {})
    if f["ins"] == KR:
        alts.setdefault("insurer", [TPA])
    if f["ins"] == AL:
        alts.setdefault("insurer", [AL_EN])
    t = truth("denial_letter" if denial else "other", denial, lang, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts),
              unscored=list(unscored))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=()) -> tuple[bytes, dict]:
    """lines: (date text, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    for k, v in zip(["Date issued", "Patient", "Employee ID" if f["ins"] == KR else "Member ID", "Group no.",
                     "Patient DOB"], [D(f, f["notice"]), f["name"], f["mid"], f["grp"], D(f, f["dob"])]):
        d.set_x(112)
        d.font(9, "B")
        d.cell(36, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim # {f['claim']}   Provider: {provider}   NPI {f['npi']}", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Claim totals", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Date of service", "Code", "Description", "Charged", "Allowed", "Plan paid", "Your share", "Note"],
            rows, [26, 13, 57, 20, 18, 19, 18, 9], size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Appeals: if you think we processed this claim incorrectly, you may appeal within {days} days of the date "
           f"of this statement. Call {f['ph']} or write to the address above.", 9)
    alts = dict(alts or {})
    if f["ins"] == KR:
        alts.setdefault("insurer", [TPA])
    t = truth("eob", denial, "en", insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: pre-service, rhinoplasty denied as cosmetic, septoplasty approved
    f = facts(random.Random(243501), MF, "long")
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference no.", f["ref"]),
            ("Date request received", D(f, f["recv"])),
            ("Requesting surgeon", f"{f['surgeon']}, {f['ent']}"),
            ("Facility", f"{f['asc']} (outpatient)"), ("Planned surgery date", D(f, f["plan"])),
            ("30520 Septoplasty", "APPROVED"), ("30410 Rhinoplasty, primary", "DENIED - cosmetic")]
    body = [f"{f['ent']} asked us to approve a septoplasty and a rhinoplasty on the same day. We approve the "
            "septoplasty (30520): the records show a deviated septum blocking the right nasal airway and three months "
            "of nasal steroid spray that did not help.",
            "We do not approve the rhinoplasty (30410). Our medical policy MP-ENT-112 covers rhinoplasty only to "
            "correct a nasal obstruction that a septoplasty alone will not fix (for example, a collapse of the nasal "
            "valve seen on exam) or a deformity from injury or a birth defect. The records describe a dorsal hump "
            "and a wide nasal tip and the patient's wish to change the shape of the nose. That is a cosmetic "
            "procedure, and cosmetic surgery is excluded under your plan.",
            f"The note from {f['allergist']} about seasonal allergic rhinitis was reviewed; allergy treatment is not "
            "affected by this decision."]
    items.append(Item(f"{FAMILY}_bd_rhinoplasty_cosmetic_septoplasty_approved", "born_digital", [letter(
        f, "Prior Authorization Decision - Nasal Surgery", rows, body, denial="not_covered", appeal="days", days=180,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["ent"], box=True, dalts=["medical_necessity"],
        alts={"provider": [f["surgeon"]]})]))

    # 2 born digital: self-funded plan EOB, turbinate reduction bundled into the septoplasty
    f = facts(random.Random(243502), KR, "slash")
    lines = [(D(f, f["svc"]), "30520", "Septoplasty or submucous resection", 4260.00, 2180.00, 1744.00, 436.00, ""),
             (D(f, f["svc"]), "30140", "Submucous resection inferior turbinate", 1875.00, 0, 0, 0, "T4"),
             (D(f, f["svc"]), "31231", "Nasal endoscopy, diagnostic", 410.00, 0, 0, 0, "T4")]
    rem = [("T4", "Included in the septoplasty billed the same day by the same surgeon on the same side. These "
                  "lines are not paid separately under the plan's correct coding edits. The provider may not bill "
                  "you for them.")]
    items.append(Item(f"{FAMILY}_bd_eob_turbinate_reduction_bundled", "born_digital", [eob(
        f, f["ent"], lines, rem, "This explains how your plan processed a claim. Two lines were not paid.",
        "coding_error", sdates=[iso(f["svc"])], dalts=["not_covered"],
        header_extra=[f"Surgeon: {f['surgeon']}   Place of service: {f['asc']}   Anesthesia: {f['anesth']}"],
        alts={"claim_amount": ["2285.00"], "provider": [f["surgeon"]]})]))

    # 3 scan 300, Spanish letter: no photographs or nasal endoscopy documented
    f = facts(random.Random(243503), AL, "es", lang="es")
    ent, surgeon = ENT[2], SURGEONS[2]
    f.update(ent=ent, surgeon=surgeon, allergist=ALLERGISTS[2])
    rows = [("Asegurado:", f["name"]), ("Nº de asegurado:", f["mid"]), ("Grupo:", f["grp"]),
            ("Número de caso:", f["ref"]), ("Solicitud recibida:", D(f, f["recv"])),
            ("Proveedor:", f"{ent} ({surgeon})"), ("Servicios:", "30520 Septoplastia; 30410 Rinoplastia"),
            ("Fecha programada:", D(f, f["plan"])), ("Decisión:", "DENEGADO")]
    body = [f"Recibimos la solicitud de {ent} para una septoplastia y una rinoplastia. Nuestra política cubre estas "
            "cirugías cuando hay una obstrucción nasal documentada: un examen con endoscopia nasal o fotografías "
            "que muestren la desviación del tabique o el colapso de la válvula nasal, y al menos 4 semanas de "
            "tratamiento médico sin mejoría.",
            "La solicitud no incluye fotografías ni el informe de una endoscopia nasal. Sin esa documentación no "
            "podemos confirmar que la cirugía sea médicamente necesaria, por lo que la denegamos. Si su médico envía "
            "esos documentos, revisaremos la solicitud de nuevo.",
            f"La carta de {f['allergist']} sobre su rinitis alérgica no sustituye el examen del cirujano."]
    items.append(Item(f"{FAMILY}_scan300_es_letter_no_photos_endoscopy", "scan_clean_300", [letter(
        f, "Aviso de determinación adversa de beneficios", rows, body, denial="medical_necessity", appeal="days",
        days=60, cases=[f["ref"]], sdates=[iso(f["plan"])], provider=ent, lang="es",
        dalts=["prior_authorization"], alts={"provider": [surgeon]}, sign="Departamento de Revisión Médica")]))

    # 4 150 dpi: post-service letter, the surgeon's rhinoplasty claim denied as cosmetic (septoplasty line paid)
    f = facts(random.Random(243504), KR, "abbr")
    ln = [("30520", "Septoplasty", 3940.00, "Paid"), ("30410", "Rhinoplasty, primary", 6850.00, "Denied C2"),
          ("30465", "Repair nasal vestibular stenosis", 2120.00, "Denied C2")]
    amt = sum(x[2] for x in ln)
    rows = [("Patient:", f["name"]), ("Employee ID:", f["mid"]), ("Group:", f["grp"]), ("Claim number:", f["claim"]),
            ("Surgeon:", f"{f['surgeon']}, {f['ent']}"), ("Surgery date:", D(f, f["svc"])),
            ("Total charges:", fmt_money(amt))]
    lt = (["Code", "Description", "", "Charged", "Status", ""],
          [[a, b, "", fmt_money(c), s, ""] for a, b, c, s in ln], [18, 70, 10, 30, 30, 10])
    body = [f"{TPA}, on behalf of the plan, processed the claim from {f['ent']}. The septoplasty was paid. The "
            "rhinoplasty and the vestibular stenosis repair were denied (code C2): the operative report and the "
            "photographs describe reshaping of the nasal tip and dorsum, and the plan excludes surgery done mainly "
            "to change appearance. The pre-operative exam documented no nasal valve collapse.",
            f"The anesthesia claim from {f['anesth']} was processed separately."]
    items.append(Item(f"{FAMILY}_lowres_letter_rhinoplasty_claim_cosmetic", "scan_lowres_150", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, denial="not_covered", appeal="days", days=180,
        cases=[f["claim"]], sdates=[iso(f["svc"])], provider=f["ent"], amt=amt, lines=lt,
        dalts=["medical_necessity"], alts={"provider": [f["surgeon"]], "claim_amount": ["8970.00"]},
        sign=f"Claims Review, {TPA}")]))

    # 5 fax standard: UM fax to the ENT practice, no nasal endoscopy documented for the turbinates and septum
    f = facts(random.Random(243505), MF, "dmy")
    fax = f"{D(f, f['notice'])} 09:14  MARROWFIELD UM  FAX {phone(random.Random(243515))}  PAGE 1 OF 1"
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Auth request #:", f["ref"]),
            ("Received:", D(f, f["recv"])), ("Member DOB:", D(f, f["dob"])),
            ("Procedures:", "30520 Septoplasty; 30140 Turbinate reduction, bilateral"),
            ("Scheduled:", D(f, f["plan"])), ("Determination:", "NOT APPROVED - documentation")]
    body = ["The request does not meet medical policy MP-ENT-112. The policy requires a nasal endoscopy or anterior "
            "rhinoscopy report describing the septal deviation or turbinate hypertrophy, and a trial of at least 4 "
            "weeks of intranasal steroids. The request included only a CT of the sinuses and an office note; no "
            "endoscopy findings and no photographs were sent.",
            f"Allergy testing by {f['allergist']} does not document the anatomy. Please resubmit with the endoscopy "
            f"report; a peer-to-peer call can be scheduled at {f['ph']}."]
    items.append(Item(f"{FAMILY}_faxstd_um_no_endoscopy_documented", "fax_standard_g4", [letter(
        f, "Utilization Review Determination", rows, body, denial="medical_necessity", appeal="dated", days=60,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["ent"], fax=fax, to_provider=True,
        dalts=["prior_authorization"], alts={"provider": [f["surgeon"]]},
        sign="Utilization Management, Surgical Review")]))

    # 6 phone photo: approval after records of breathing obstruction
    f = facts(random.Random(243506), MF, "short")
    prior = "NS" + digits(random.Random(243516), 8)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Authorization number:", f["ref"]), ("Earlier request:", prior),
            ("Surgeon:", f"{f['surgeon']}, {f['ent']}"), ("Facility:", f["asc"]),
            ("Approved:", "30520 Septoplasty; 30410 Rhinoplasty (functional)"),
            ("Surgery date:", D(f, f["plan"]))]
    body = [f"We have approved the surgery. We first could not approve it (request {prior}) because the records "
            f"did not show a breathing obstruction. {f['ent']} has now sent a nasal endoscopy report showing collapse "
            "of the internal nasal valve on deep breathing, photographs, and notes of 8 weeks of nasal steroid "
            "spray without relief. The rhinoplasty is needed to open the airway and is approved as functional.",
            "This approval is valid for 90 days from the surgery date above at an in-network facility. You pay your "
            "usual outpatient surgery cost share."]
    items.append(Item(f"{FAMILY}_phone_approval_after_obstruction_records", "phone_photo", [letter(
        f, "Approval of Requested Services", rows, body, denial=None, appeal=None,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["ent"], box=True,
        alts={"provider": [f["surgeon"]], "case_numbers": [[f["ref"], prior]]})]))

    # 7 rotated: first-level appeal upheld, rhinoplasty cosmetic; second-level appeal within 60 days
    f = facts(random.Random(243507), MF, "iso")
    amt = 7425.00
    appeal_no = "APL-" + digits(random.Random(243517), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['ent']}, NPI {f['npi']}"),
            ("Date of surgery:", D(f, f["svc"])), ("Amount billed:", fmt_money(amt)),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"You appealed our denial of the rhinoplasty (30410) that {f['surgeon']} of {f['ent']} performed on "
            f"{D(f, f['svc'])}. A board-certified otolaryngologist who took no part in the first decision reviewed "
            f"the appeal, the operative report, and a letter from {f['allergist']}.",
            "Decision: we uphold the denial. The septoplasty done the same day was paid. The records show no nasal "
            "valve collapse and no injury; the rhinoplasty reshaped the nasal dorsum and tip. Surgery to change the "
            "appearance of the nose is cosmetic and excluded under your plan."]
    items.append(Item(f"{FAMILY}_rotated_appeal_rhinoplasty_upheld", "rotated", [letter(
        f, "Appeal Decision", rows, body, denial="not_covered", appeal="second", days=60,
        cases=[appeal_no, f["claim"]], sdates=[iso(f["svc"])], provider=f["ent"], amt=amt, sign="Appeals Unit",
        dalts=["medical_necessity"], alts={"case_numbers": [[appeal_no]], "provider": [f["surgeon"]]})]))
    return items
