"""Family 'kyphoplasty_vertebral_augmentation_denial': plan and Medicare Advantage letters and EOBs on kyphoplasty
and vertebroplasty (22513, 22514, 22515, 22510).

Issuers (all invented): Halvorsen Bay Health Plan (commercial; big word mark over a rule; pre-service letter, EOB,
appeal decision, paid EOB), Larchfield Health Plans (Medicare Advantage, "Larchfield Senior Advantage (HMO)"; boxed
integrated-denial-style notices in English and Spanish, an approval, a monthly-style EOB). Contents: kyphoplasty
denied with no MRI showing an acute fracture (pre-service letter, and post-service on an MA EOB); a third level in one
session denied on an EOB; vertebroplasty denied in Spanish for fewer than 6 weeks of conservative care; a fax stack
(cover, an MA notice denying the inpatient admission with the procedure approved outpatient, the outpatient
approval); an upheld appeal on fewer than 6 weeks of conservative care; a rotated paid EOB for a vertebroplasty.
Decoys: the primary care doctor, dates of birth, fracture/fall dates, X-ray dates, request-received dates, NPIs,
bone density scores, phone numbers, expedited and IRE time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "kyphoplasty_vertebral_augmentation_denial"
LANG = "en"

HB, LF = "Halvorsen Bay Health Plan", "Larchfield Health Plans"
LF_PLAN = "Larchfield Senior Advantage (HMO)"
ADDR = {HB: ("PO Box 60417", "Kettering Sound, WA 98999"), LF: ("1450 Larchfield Parkway", "Ossining Gap, PA 19999")}
PRACTICES = ["Wrenfield Interventional Radiology", "Castlemere Spine & Pain Institute",
             "Ravensholt Vertebral Care Associates"]
HOSPITALS = ["Aldergrove Regional Hospital", "Thornbury Memorial Medical Center", "St. Ebbe's Community Hospital"]
PCPS = ["Dr. Oluwaseun T. Marchbanks, MD", "Dr. Ingeborg L. Farrant, DO", "Dr. Rajesh P. Whitcombe, MD",
        "Dr. Concepción A. Delahaye, MD"]
FIRST = ["Wilhelmina", "Cornelius", "Adaeze", "Florentyna", "Thaddeus", "Ngozi", "Ottoline", "Bertrand", "Sigrun",
         "Hamish", "Perpetua", "Leopold"]
LAST = ["Auchinleck", "Fairweather", "Okonjo-Hale", "Brightwell", "Zelinski", "Ravenscroft", "Mbeki-Stone",
        "Haverford", "Lindqvist", "Throckmorton"]
FIRST_ES = ["Eulalia", "Anacleto", "Remedios", "Fulgencio", "Consuelo"]
LAST_ES = ["Barrientos", "Echevarría", "Larrañaga", "Cifuentes", "Olmedo"]
STREETS = ["Heron Bluff Road", "Copperbeech Lane", "Marlstone Court", "Gannet Way", "Wickham Terrace"]


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
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%d %b %Y").upper()}[s]


def facts(r: random.Random, ins: str, ds: str, lang: str = "en") -> dict:
    first, last = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    ids = {HB: ("HBH" + digits(r, 9), "HB-" + digits(r, 5), digits(r, 12)),
           LF: ("LSA" + digits(r, 8), None, "LF" + digits(r, 10))}[ins]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(["Kettering Sound, WA 98901",
                                                                              "Maple Ferry, PA 19102",
                                                                              "Dunmoor, OR 97402"])),
                notice=notice, mid=ids[0], grp=ids[1], claim=ids[2], prac=r.choice(PRACTICES),
                hosp=r.choice(HOSPITALS), pcp=r.choice(PCPS), npi=npi(r), pcp_npi=npi(r), ph=phone(r),
                dob=dt.date(r.randint(1936, 1962), r.randint(1, 12), r.randint(1, 28)),
                ref=("UM-" if ins == HB else "LF-PA-") + digits(r, 8), tscore=f"-{r.randint(25, 39) / 10:.1f}")


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == HB:
        d.text_line("HALVORSEN BAY", 21, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{HB}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    else:
        d.text_line(LF, 15, "B", align="R")
        d.text_line(f"{LF_PLAN}  -  a Medicare Advantage plan", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']}  (TTY 711)", 8.5, align="R")
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


def fax_line(d: Doc, fax: str | None) -> None:
    if fax:
        d.text_line(fax, 8)
        d.ln(2)


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, provider,
           dated: bool = False, dalts=(), alts=None, type_alts=(), sign="Utilization Management",
           doc_type=None, fax: str | None = None, second_level: bool = False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    fax_line(d, fax)
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
        d.text_line("How to appeal" if not second_level else "Second-level appeal", 11, "B")
        d.ln(1)
        if dated:
            d.para(f"If you disagree, your written appeal must reach us by {D(f, dl)}. Send it to the address "
                   f"above or call {f['ph']}. You may include X-rays, MRI reports and a letter from your doctor.")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. Send it to the "
                   f"address above or call {f['ph']}. You may include X-rays, MRI reports and a letter from your "
                   "doctor.")
        d.para("If waiting could seriously harm your health, you or your doctor may ask for an expedited appeal; "
               "we answer those within 72 hours. You may also have the right to an external review by an "
               "independent review organization within 4 months after a final internal decision.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth(doc_type or ("denial_letter" if denial else "other"), denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts),
              type_alternates=list(type_alts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days: int = 180, dalts=(),
        alts=None, header_extra=(), ms: str = "plain") -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS" if f["ins"] == HB else "Your Explanation of Benefits (EOB)", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    meta = [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"])]
    if f["grp"]:
        meta.append(("Group", f["grp"]))
    else:
        meta.append(("Plan", LF_PLAN))
    meta.append(("Date of birth", D(f, f["dob"])))
    for k, v in meta:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
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
    rows = [[a, b, c, fmt_money(e, ms), fmt_money(g, ms), fmt_money(h, ms), fmt_money(i, ms), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[k] for x in lines) for k in (3, 4, 5, 6)]
    rows.append(["*Claim total", "", "", *[fmt_money(v, ms) for v in tot], ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [24, 14, 52, 21, 20, 20, 19, 10], size=8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Remarks", 10.5, "B")
    d.ln(1)
    for code, text in remarks:
        d.para(f"{code}: {text}", 9)
    dl = None
    if denial and days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your appeal rights", 10.5, "B")
        d.ln(1)
        d.para(f"If you disagree with how we processed this claim, you may appeal within {days} days of the date of "
               f"this statement. Call {f['ph']} or write to {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def ma_notice(f: dict, rows, decision: list[str], *, cases, sdates, provider, denial, dalts=(), alts=None,
              fax: str | None = None) -> tuple[bytes, dict]:
    """An integrated-denial-style Medicare Advantage notice: boxed header, 'Why we denied', 65-day appeal."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    fax_line(d, fax)
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", align="C")
    d.ln(3)
    d.boxes([("Date", D(f, f["notice"]), 40), ("Member number", f["mid"], 50), ("Name", f["name"], 86)])
    d.boxes([("Case number", f["ref"], 50), ("Requesting provider", provider, 126)])
    d.ln(3)
    pairs(d, rows, lw=50)
    d.text_line("What we decided", 11.5, "B")
    d.ln(1)
    for p in decision:
        d.para(p)
    dl = f["notice"] + dt.timedelta(days=65)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    d.ln(1)
    d.para("You have the right to ask Larchfield Health Plans to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a "
           f"good reason for missing the deadline. Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.")
    d.para("Ask for a fast appeal if you or your doctor believe that waiting 30 days could seriously harm your "
           "health; we decide fast appeals within 72 hours. If we say no again, your case goes to an Independent "
           "Review Entity.", 9.5)
    d.para(f"Sincerely,\nMedical Management\n{LF}", 10)
    t = truth("denial_letter", denial, insurer=LF, member_id=f["mid"], member_name=f["name"], case_numbers=cases,
              service_dates=sdates, denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def spanish(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    d.text_line(LF, 15, "B", align="R")
    d.text_line(f"{LF_PLAN}  -  un plan Medicare Advantage", 9, align="R")
    d.text_line(f"{ADDR[LF][0]}, {ADDR[LF][1]}  |  {f['ph']}  (TTY 711)", 8.5, align="R")
    d.ln(6)
    d.text_line("Aviso de denegación de cobertura médica", 14, "B", align="C")
    d.ln(3)
    d.boxes([("Fecha", D(f, f["notice"]), 44), ("Número de miembro", f["mid"], 50), ("Nombre", f["name"], 82)])
    d.boxes([("Número de caso", f["ref"], 50), ("Proveedor solicitante", f["hosp"], 126)])
    d.ln(3)
    planned = f["planned"]
    pairs(d, [("Servicio solicitado:", "22510 Vertebroplastia percutánea, T9 (un nivel)"),
              ("Fecha programada:", D(f, planned)),
              ("Médico de atención primaria:", f"{f['pcp']} (NPI {f['pcp_npi']})"),
              ("Fecha de la fractura:", D(f, f["fx"])),
              ("Solicitud recibida:", D(f, f["notice"] - dt.timedelta(days=4))),
              ("Fecha de nacimiento:", D(f, f["dob"]))], lw=58)
    d.text_line("Lo que decidimos", 11.5, "B")
    d.ln(1)
    d.para(f"Denegamos la vertebroplastia solicitada por el departamento de radiología intervencionista de "
           f"{f['hosp']}. Según los registros, la fractura por compresión de T9 ocurrió el {D(f, f['fx'])}, hace "
           "menos de 6 semanas. Nuestras normas de cobertura piden por lo menos 6 semanas de tratamiento "
           "conservador (medicamentos para el dolor, corsé y fisioterapia) sin mejoría antes de la vertebroplastia, "
           "salvo dolor incapacitante que requiera hospitalización. Los registros de su médico de atención "
           "primaria muestran que el dolor está mejorando con el tratamiento. Por eso el servicio no es "
           "médicamente necesario en este momento. Su médico puede volver a solicitarlo si el dolor no mejora.")
    dl = f["notice"] + dt.timedelta(days=65)
    d.text_line("Usted tiene derecho a apelar nuestra decisión", 11.5, "B")
    d.ln(1)
    d.para("Puede pedirnos que revisemos nuestra decisión solicitando una apelación dentro de 65 días a partir "
           f"de la fecha de este aviso. Llame al {f['ph']} (TTY 711). Si usted o su médico creen que esperar 30 "
           "días podría dañar gravemente su salud, pida una apelación rápida; la decidimos en 72 horas.")
    d.para(f"Atentamente,\nAdministración Médica\n{LF}", 10)
    t = truth("denial_letter", "medical_necessity", "es", insurer=LF, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["ref"]], service_dates=[iso(planned)], denial_date=iso(f["notice"]),
              provider=f["hosp"], appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def approval(f: dict, auth: str, planned: dt.date, fax: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    fax_line(d, fax)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    d.text_line("Prior Authorization Approval - Outpatient Procedure", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member number:", f["mid"]), ("Authorization number:", auth),
              ("Approved service:", "22514 Kyphoplasty, lumbar, L1 (one level)"),
              ("Setting:", "Hospital outpatient / observation up to 23 hours"),
              ("Facility:", f"{f['hosp']}, NPI {f['npi']}"), ("Approved date of service:", D(f, planned)),
              ("Valid through:", D(f, planned + dt.timedelta(days=30)))], lw=54)
    d.para(f"This confirms that {LF} approved the kyphoplasty listed above as an outpatient procedure. The "
           "inpatient admission requested with it was not approved; a separate notice explains that decision and "
           f"your appeal rights. Your primary care provider, {f['pcp']}, has a copy of this letter.")
    d.para("Outpatient surgery cost share: $250 copay per procedure. Bring your member ID card.", 9.5)
    d.para(f"Medical Management\n{LF}", 10)
    t = truth("other", None, insurer=LF, member_id=f["mid"], member_name=f["name"], case_numbers=[auth],
              service_dates=[iso(planned)], denial_date=iso(f["notice"]), provider=f["hosp"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: commercial pre-service denial, no MRI showing an acute fracture
    f = facts(random.Random(236501), HB, "long")
    planned = f["notice"] + dt.timedelta(days=12)
    xray = f["notice"] - dt.timedelta(days=20)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Reference number:", f["ref"]),
            ("Procedure requested:", "22513 Percutaneous vertebral augmentation (kyphoplasty), thoracic, T12"),
            ("Requesting provider:", f"{f['prac']}, NPI {f['npi']}"), ("Planned date:", D(f, planned)),
            ("Primary care physician:", f"{f['pcp']}"), ("Request received:", D(f, f["notice"] - dt.timedelta(days=3))),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"{f['prac']} asked us to approve a kyphoplasty of the T12 vertebra. We reviewed the request, the "
            f"office notes, and the X-ray report of {D(f, xray)} ordered by your primary care physician.",
            "We cannot approve this procedure. Our medical policy (Vertebral Augmentation, MP-SP-044) covers "
            "kyphoplasty for a painful osteoporotic compression fracture only when an MRI (or a bone scan when MRI "
            "cannot be done) shows bone marrow edema, meaning the fracture is acute or has not healed. The records "
            "include only plain X-rays, which show a wedge deformity of T12 of unknown age. Without an MRI showing "
            "an acute fracture, the procedure is not medically necessary.",
            "Your doctor may send a new request with an MRI report. A physician reviewer (orthopedic surgery) made "
            "this decision; your doctor may call the peer-to-peer line at " + f["ph"] + " to discuss it."]
    items.append(Item(f"{FAMILY}_bd_no_mri_acute_fracture", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination - Prior Authorization", rows, body, amt=None,
        denial="medical_necessity", days=180, cases=[f["ref"]], sdates=[iso(planned)], provider=f["prac"])]))

    # 2 born digital: commercial EOB, third level in one session denied
    f = facts(random.Random(236502), HB, "slash")
    dos = f["notice"] - dt.timedelta(days=33)
    lines = [(D(f, dos), "22513", "Kyphoplasty, thoracic, T11", 6840.00, 3912.40, 3129.92, 782.48, ""),
             (D(f, dos), "22515", "Each addl. level, T12", 3275.00, 1866.10, 1492.88, 373.22, ""),
             (D(f, dos), "22515", "Each addl. level, L1", 3275.00, 0, 0, 0, "K3")]
    rem = [("K3", "The plan covers vertebral augmentation of no more than two vertebral levels in one session "
                  "(Medical Policy MP-SP-044). The third level was not medically necessary in the same session. "
                  "You do not owe this amount; the provider may not bill you for it.")]
    items.append(Item(f"{FAMILY}_bd_eob_third_level_denied", "born_digital", [eob(
        f, f["prac"], lines, rem, "We processed the claim below. One level of the procedure was denied.",
        "medical_necessity", sdates=[iso(dos)], dalts=["not_covered"],
        header_extra=[f"Referred by: {f['pcp']} (primary care), NPI {f['pcp_npi']}"],
        alts={"claim_amount": ["3275.00"]})]))

    # 3 scan 300, Spanish: MA vertebroplasty, fewer than 6 weeks of conservative care
    f = facts(random.Random(236503), LF, "es", lang="es")
    f["planned"] = f["notice"] + dt.timedelta(days=9)
    f["fx"] = f["notice"] - dt.timedelta(days=24)
    items.append(Item(f"{FAMILY}_scan300_es_ma_conservative_care", "scan_clean_300", [spanish(f)]))

    # 4 fax fine stack: cover, MA notice inpatient admission denied (procedure approved outpatient), approval
    f = facts(random.Random(236504), LF, "dmy")
    planned = f["notice"] + dt.timedelta(days=8)
    adm_end = planned + dt.timedelta(days=2)
    auth = "AUTH-" + digits(random.Random(236514), 9)
    rows = [("Service requested:", "Inpatient admission, 2 days, for 22514 kyphoplasty, lumbar, L1"),
            ("Planned admission:", f"{D(f, planned)} to {D(f, adm_end)}"),
            ("Facility:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Primary care provider:", f"{f['pcp']}"), ("Date of birth:", D(f, f["dob"])),
            ("Bone density T-score:", f["tscore"])]
    dec = [f"We denied the inpatient admission that {f['hosp']} requested. The kyphoplasty itself is approved, "
           f"but as an outpatient procedure (authorization {auth}). Your records show you walk with a cane, live "
           "with your daughter, and have no heart or lung problems that need hospital monitoring after "
           "anesthesia. Single-level kyphoplasty is usually done with a same-day discharge or a short stay in "
           "observation. An inpatient stay is not the right level of care for you.",
           "If your condition changes after the procedure and you need to stay, the hospital can ask us again."]
    fax = f"{D(f, f['notice'])} 14:07  FROM: LARCHFIELD MED MGMT  TO: {f['hosp'].upper()} PRE-ADMIT  P. "
    doc_a = ma_notice(f, rows, dec, cases=[f["ref"]], sdates=[iso(planned, adm_end)], provider=f["hosp"],
                      denial="level_of_care", dalts=["medical_necessity"],
                      alts={"service_dates": [[iso(planned)]], "case_numbers": [[f["ref"], auth]]}, fax=fax + "2")
    doc_b = approval(f, auth, planned, fax + "3")
    items.append(Item(f"{FAMILY}_faxfine_stack_inpatient_denied_outpatient_ok", "fax_fine_g4", [doc_a, doc_b],
                      separators=["cover", None]))

    # 5 150 dpi: MA EOB, lumbar kyphoplasty without an MRI showing an acute fracture
    f = facts(random.Random(236505), LF, "abbr")
    dos = f["notice"] - dt.timedelta(days=41)
    visit = dos - dt.timedelta(days=16)
    lines = [(D(f, visit), "99203", "Office visit, new patient", 265.00, 172.35, 132.35, 40.00, ""),
             (D(f, dos), "22514", "Kyphoplasty, lumbar, L2", 7125.50, 0, 0, 0, "M12"),
             (D(f, dos), "20225", "Bone biopsy, vertebral body", 910.00, 0, 0, 0, "M12")]
    rem = [("M12", "Kyphoplasty is covered when an MRI or bone scan shows that the fracture is acute or not "
                   "healed. The MRI in the records (done at Harbrook Imaging) shows an old, healed fracture of L2 "
                   "with no edema. The procedure and the biopsy done with it were not medically necessary. The "
                   "provider cannot bill you for these lines unless you signed a notice before the service.")]
    items.append(Item(f"{FAMILY}_lowres_ma_eob_no_acute_fracture", "scan_lowres_150", [eob(
        f, f["prac"], lines, rem, "Here is how we processed a claim from your provider. Two services were denied.",
        "medical_necessity", sdates=[iso(dos)], days=65, ms="nosign",
        header_extra=[f"Your primary care provider: {f['pcp']}"],
        alts={"claim_amount": ["8035.50"], "service_dates": [[iso(visit), iso(dos)]]})]))

    # 6 photocopy: commercial appeal upheld, fewer than 6 weeks of conservative care
    f = facts(random.Random(236506), HB, "iso")
    dos = f["notice"] - dt.timedelta(days=62)
    fall = dos - dt.timedelta(days=19)
    amt = 9486.00
    appeal_no = "HB-APL-" + digits(random.Random(236516), 6)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Appeal number:", appeal_no), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['prac']}, NPI {f['npi']}"), ("Date of service:", D(f, dos)),
            ("Procedure:", "22513 Kyphoplasty, thoracic, T8"), ("Amount billed:", fmt_money(amt)),
            ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=22)))]
    body = [f"You appealed our denial of the kyphoplasty done by {f['prac']}. A board-certified physician in "
            "physical medicine and rehabilitation, who was not part of the first decision, reviewed the appeal, "
            f"the procedure note, and the records of your primary care physician, {f['pcp']}.",
            f"Decision: we uphold our denial. Your fall was on {D(f, fall)} and the procedure was done "
            f"{(dos - fall).days} days later. The plan's policy requires at least 6 weeks of conservative care "
            "(pain medicine, bracing, activity change) that did not relieve the pain, unless the pain required a "
            "hospital stay. The records show your pain was being treated at home and was improving. The procedure "
            "was not medically necessary at that time."]
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_conservative_care", "photocopy", [letter(
        f, "Appeal Decision - Denial Upheld", rows, body, amt=amt, denial="medical_necessity", days=60,
        cases=[appeal_no, f["claim"]], sdates=[iso(dos)], provider=f["prac"], sign="Appeals Department",
        second_level=True, alts={"case_numbers": [[appeal_no]]})]))

    # 7 rotated: commercial EOB, vertebroplasty paid
    f = facts(random.Random(236507), HB, "upper")
    dos = f["notice"] - dt.timedelta(days=27)
    lines = [(D(f, dos), "22510", "Vertebroplasty, T6", 4960.00, 2871.55, 2297.24, 574.31, ""),
             (D(f, dos), "20225", "Bone biopsy, vertebral body", 812.00, 468.20, 374.56, 93.64, "")]
    rem = [("--", "Approved under authorization on file. Deductible met for the plan year; 20% coinsurance applies. "
                  f"Your primary care physician, {f['pcp']}, received a copy of the procedure report.")]
    items.append(Item(f"{FAMILY}_rotated_eob_vertebroplasty_paid", "rotated", [eob(
        f, f["hosp"], lines, rem, "We processed the claim below. Your share is shown in the You owe column.", None,
        sdates=[iso(dos)], header_extra=[f"Primary care physician on file: {f['pcp']}"],
        alts={}, dalts=())]))
    return items
