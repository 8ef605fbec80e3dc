"""Family 'biofeedback_neurofeedback_experimental_denial': invented plans' letters, EOBs and a provider remittance
denying biofeedback (CPT 90901) and EEG neurofeedback (90875/90876) as experimental / investigational for ADHD,
anxiety or headache, while pelvic-floor biofeedback (90912/90913) for urinary incontinence is paid.

Halvorsen Ridge Health Plan (commercial; two letter layouts, two EOB layouts, a provider remittance advice and a
Spanish "Explicación de Beneficios") and Penhallow Behavioral Health Partners (the behavioral health organization
that reviews mental-health services for Halvorsen Ridge; one letter on its own letterhead) are invented, and so are
every clinic, therapist, referring physician and member. Kinds: a pre-service denial of 20 neurofeedback sessions
for ADHD (teen patient, parent subscriber); an EOB that pays pelvic-floor biofeedback for stress incontinence and
denies 90901 biofeedback for tension-type headache on the same claim (partly paid); a remittance to the clinic with
one paid pelvic-floor claim and one denied neurofeedback claim for anxiety; a post-service letter denying four
biofeedback sessions for migraine (deadline printed as a date); a Spanish EOB denying neurofeedback for anxiety; the
behavioral health organization's pre-service denial of 12 more neurofeedback sessions for anxiety with a
peer-to-peer offer; an EOB denying biofeedback for chronic headache. Decoys: dates of birth, the referring
physician, NPIs and tax IDs, request-received / claim-received dates, the medical-policy number, the subscriber,
the other patient's claim on the remittance, allowed / paid / you-owe amounts, the peer-to-peer "call by" date.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "biofeedback_neurofeedback_experimental_denial"
LANG = "en"
HR = "Halvorsen Ridge Health Plan"
PB = "Penhallow Behavioral Health Partners"
CLINICS = [("Quillfeather Neurofeedback Center", "Marguerite Okafor-Lund, PhD, BCN"),
           ("Ashgrove Pelvic Health & Biofeedback", "Rasmus Adeyemi-Hale, PT, DPT"),
           ("Stonebrook Integrative Therapy Clinic", "Ines Harkavy-Moreau, LCSW, BCB")]
REFERRERS = ["Dr. Benedikt Osei-Whitlock, MD", "Dr. Parveen Castellanos, MD", "Dr. Lucan Thistlewood, DO",
             "Dr. Yuki Abernethy-Rao, MD"]
TEEN = ["Soren", "Amaya", "Caspian", "Noemi", "Tariq", "Wrenna"]
DESC = {"90901": "Biofeedback training, any modality", "90912": "Pelvic floor biofeedback, initial 15 min",
        "90913": "Pelvic floor biofeedback, each addl 15 min", "90875": "Psychophysiological therapy w/ biofeedback, 30 min",
        "90876": "Psychophysiological therapy w/ biofeedback, 45 min", "99213": "Office visit, established"}
DESC_ES = {"90876": "Terapia psicofisiológica con biorretroalimentación (EEG), 45 min",
           "90875": "Terapia psicofisiológica con biorretroalimentación (EEG), 30 min"}
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "adhd_pre": ("denial_letter", "experimental", []),
    "partial_eob": ("eob", "experimental", []),
    "remit": ("eob", "experimental", []),
    "migraine_post": ("denial_letter", "experimental", []),
    "es_eob": ("eob", "experimental", []),
    "pb_anxiety": ("denial_letter", "experimental", []),
    "headache_eob": ("eob", "experimental", []),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(178500 + i)
    es = kind == "es_eob"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    clinic, therapist = CLINICS[1] if kind in ("partial_eob",) else r.choice([CLINICS[0], CLINICS[2]])
    member = r.person("es" if es else "en")
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             name=member[0], first=member[1], last=member[3], addr=list(r.address("es" if es else "en")),
             dob=dt.date(r.randint(1961, 1999), r.randint(1, 12), r.randint(1, 28)), clinic=clinic,
             therapist=therapist, therapist_name=therapist.split(",")[0], ref_md=r.choice(REFERRERS),
             npi=r.npi(), ref_npi=r.npi(), tin=f"{r.digits(2)}-{r.digits(7)}", ph=r.phone(), fax=r.phone(),
             mid=r.choice(["HRH", "HR"]) + r.digits(9), group=f"{r.digits(6)}-{r.choice(['A', 'B', 'C'])}{r.digits(2)}",
             policy=f"BH-{r.randint(100, 180)}.{r.randint(10, 40)}", received=notice - dt.timedelta(days=r.randint(6, 14)))
    if kind == "adhd_pre":  # a teen patient; the parent is the subscriber
        teen = f"{r.choice(TEEN)} {r.choice('ABCDEGJKLMRT')}. {member[3]}"
        f.update(sub=member[0], name=teen, first=teen.split()[0],
                 dob=notice - dt.timedelta(days=365 * 14 + r.randint(0, 500)))
    if kind in ("adhd_pre", "pb_anxiety"):
        f["start"] = notice + dt.timedelta(days=r.randint(9, 21))
        f["ref"] = ("UM" + r.digits(9)) if kind == "adhd_pre" else ("PBH-" + r.digits(7))
        f["authreq"] = "AR" + r.digits(8)
        f["p2p_by"] = notice + dt.timedelta(days=14)
        f["prior_sessions"] = 10
        return f
    f["claim"] = (r.choice(["26", "27"]) + r.digits(11)) if kind != "remit" else ("ICN " + r.digits(13))
    f["claim"] = f["claim"].replace("ICN ", "")
    svc0 = notice - dt.timedelta(days=r.randint(40, 75))
    weekly = [svc0 + dt.timedelta(days=7 * k) for k in range(4)]
    lines = []  # (date, code, units, billed, paid?)
    if kind == "partial_eob":
        for d in weekly[:2]:
            lines.append((d, "90912", 1, 145.00, True))
            lines.append((d, "90913", 2, 162.00, True))
        for d in weekly[2:]:
            lines.append((d, "90901", 1, 118.00, False))
    elif kind == "remit":
        code = "90875"
        amt = float(r.choice([135, 142, 150]))
        for d in weekly[:3]:
            lines.append((d, code, 1, amt, False))
        other = r.person()
        f["other_name"], f["other_mid"] = other, "HRH" + r.digits(9)
        f["other_claim"] = r.digits(13)
        f["other_lines"] = [(weekly[0] + dt.timedelta(days=2), "90912", 1, 145.00),
                            (weekly[0] + dt.timedelta(days=2), "90913", 2, 162.00)]
    elif kind == "migraine_post":
        amt = float(r.choice([110, 124, 132.5]))
        for d in weekly:
            lines.append((d, "90901", 1, amt, False))
    elif kind == "es_eob":
        amt = float(r.choice([175, 190, 210]))
        for d in weekly[:3]:
            lines.append((d, "90876", 1, amt, False))
    else:  # headache_eob
        amt = float(r.choice([98, 115, 121.25]))
        for d in weekly[:2]:
            lines.append((d, "90901", 1, amt, False))
    f["lines"] = lines
    f["billed"] = round(sum(x[3] for x in lines), 2)
    f["denied_billed"] = round(sum(x[3] for x in lines if not x[4]), 2)
    f["received"] = weekly[-1] + dt.timedelta(days=r.randint(3, 8))
    return f


def hr_head(d: Doc, f: dict, style: int) -> None:
    if style == 0:
        d.text_line(HR, 17, "B", h=8)
        d.text_line("Utilization Management  |  1440 Stavanger Way, Suite 600, Sioux Falls, SD 57104", 8.5, h=4.5)
        d.rule(0.6, 5)
        d.text_line(f["fd"](f["notice"]), 10.5, h=5)
    else:
        d.text_line("HALVORSEN RIDGE", 20, "B", align="C", h=9)
        d.text_line("H E A L T H   P L A N", 9, align="C", h=4.5)
        d.text_line("Claims Review  -  PO Box 88410  -  Sioux Falls, SD 57109", 8.5, align="C", h=4.5)
        d.ln(4)
        d.text_line("Date of this letter: " + f["fd"](f["notice"]), 10.5, align="R", h=5)
    d.ln(2)
    addressee = f.get("sub") or f["name"]
    for ln in [addressee, *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)


def rows_block(d: Doc, rows: list, w: float = 52, size: float = 9.6) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 4.9, k + ":")
        d.font(size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def appeal_para(d: Doc, f: dict, phrase: str, size: float = 9.8) -> None:
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    d.para(f"{phrase} Send your appeal to {HR}, Appeals Unit, PO Box 88415, Sioux Falls, SD 57109, fax {f['fax']}, "
           f"or call Member Services at {f['ph']} (TTY 711). Include a copy of this letter and any records you want us "
           "to consider. If waiting could seriously harm your health, you may ask for an expedited appeal, decided "
           "within 72 hours. After our final decision you may ask for an external review by an independent review "
           "organization within 4 months.", size)


def adhd_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="HRHP-UM-BFB  {p}/{n}")
    d.add_page()
    hr_head(d, f, 0)
    d.text_line("Notice of Adverse Benefit Determination (Pre-Service)", 12.5, "B", h=7)
    d.ln(1)
    rows_block(d, [("Patient", f["name"]), ("Patient date of birth", fd(f["dob"])), ("Subscriber", f["sub"]),
                   ("Member ID", f["mid"]), ("Group number", f["group"]), ("Reference number", f["ref"]),
                   ("Requesting provider", f"{f['clinic']} ({f['therapist_name']})"), ("Provider NPI", f["npi"]),
                   ("Referring physician", f["ref_md"]),
                   ("Service requested", "90876 EEG neurofeedback, 20 sessions"),
                   ("Planned start date", fd(f["start"])), ("Request received", fd(f["received"]))])
    d.para(f"Dear {f['sub'].split()[0]} {f['last']}:", 10.5)
    d.para(f"We reviewed the request from {f['clinic']} for 20 sessions of EEG neurofeedback (CPT 90876) to treat "
           f"attention-deficit/hyperactivity disorder (ADHD) for {f['first']}. Our medical policy {f['policy']}, "
           "Biofeedback and Neurofeedback, considers EEG neurofeedback experimental and investigational for ADHD. "
           "Published studies have not shown that it improves attention or behavior as well as established "
           "treatment, and the results of blinded trials are mixed. Because the service is experimental and "
           "investigational, it is excluded from coverage under your plan and the request is denied.", 10)
    d.para("This decision does not affect other care for ADHD, such as medication management or behavioral "
           f"therapy, which {f['ref_md']} may continue to provide.", 10)
    appeal_para(d, f, "You or someone acting for you may ask for an appeal within 180 days of the date of this "
                "letter.")
    d.para(f"Sincerely,\nDr. Annika Roskilde-Mbeki, MD\nMedical Director, {HR}", 10)
    d.para(f"cc: {f['clinic']}; {f['ref_md']}", 8.5)
    return pdf_bytes(d)


def migraine_letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="Page {p} of {n}    Form HR-CD-22")
    d.add_page()
    hr_head(d, f, 1)
    d.text_line("Claim Denial - Explanation of Our Decision", 13, "B", h=7)
    d.ln(1)
    rows_block(d, [("Member", f["name"]), ("Date of birth", fd(f["dob"])), ("Member number", f["mid"]),
                   ("Group", f["group"]), ("Claim no.", f["claim"]), ("Billed by", f["clinic"]),
                   ("Therapist", f["therapist"]), ("Tax ID", f["tin"]), ("Claim received", fd(f["received"])),
                   ("Ordered by", f["ref_md"])], w=44, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11.5)
    d.para(f"We have processed the claim from {f['clinic']} for biofeedback sessions to treat migraine headache. "
           "The claim is denied. Under medical policy "
           f"{f['policy']}, biofeedback training (CPT 90901) for the treatment of migraine is considered "
           "investigational: the evidence does not show a lasting benefit compared with standard preventive care. "
           "Services that are experimental or investigational are not covered by your plan.", 11)
    d.table(["Date of service", "CPT", "Description", "Units", "Billed"],
            [[fd(x[0]), x[1], DESC[x[1]], str(x[2]), mo(x[3])] for x in f["lines"]]
            + [["*Total billed", "", "", "", mo(f["billed"])]], [32, 16, 78, 14, 30], size=10, aligns="LLLRR")
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Your right to appeal", 12, "B", h=6)
    d.para(f"Your appeal must be received by {fd(dl)}. Send it to {HR}, Appeals Unit, PO Box 88415, Sioux Falls, "
           f"SD 57109, or fax it to {f['fax']}. For questions call {f['ph']}. You may include a letter from your doctor "
           "and any medical records that support your request.", 11)
    d.para("You may owe the provider for these services only if you agreed in writing before the services to pay for "
           "care that your plan does not cover.", 10.5)
    d.para(f"Claims Review Department\n{HR}", 11)
    return pdf_bytes(d)


def pb_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="PBHP-NABD-3  page {p} of {n}")
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.rect(0, 0, d.w, 28, style="F")
    d.set_y(8)
    d.text_line(PB, 16, "B", h=8)
    d.text_line(f"Behavioral health services for members of {HR}  -  2 Corvallis Row, Fargo, ND 58103", 8.5, h=4.5)
    d.ln(8)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("NOTICE OF DENIAL OF BEHAVIORAL HEALTH SERVICES", 12, "B", h=7)
    rows_block(d, [("Member", f"{f['name']}  (DOB {fd(f['dob'])})"), ("Identification no.", f["mid"]),
                   ("Employer group", f["group"]), ("Case ID", f["ref"]), ("Authorization request #", f["authreq"]),
                   ("Treating provider", f"{f['therapist']}, {f['clinic']}"), ("Provider NPI", f["npi"]),
                   ("Service", "90875 neurofeedback, 12 additional sessions"),
                   ("Requested start date", fd(f["start"])), ("Received", fd(f["received"]))], w=50)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"{PB} reviews outpatient mental health services for {HR}. Your therapist asked us to approve 12 more "
           f"sessions of EEG neurofeedback for generalized anxiety disorder, after the {f['prior_sessions']} sessions "
           "you paid for yourself. We denied the request. EEG neurofeedback for anxiety disorders is experimental "
           "and investigational under our clinical criteria: there is not enough evidence from controlled studies "
           "that it works. Your plan does not cover experimental or investigational services. Psychotherapy "
           "and medication management for anxiety remain covered.", 10)
    d.text_line("Talk with our reviewer", 10.8, "B", h=6)
    d.para(f"Your therapist may discuss this decision with the reviewing psychiatrist in a peer-to-peer call. The "
           f"call must be scheduled by {fd(f['p2p_by'])} at {f['ph']}, option 3.", 10)
    d.text_line("How to appeal", 10.8, "B", h=6)
    d.para("You may appeal this decision within 180 calendar days of the date of this notice. Write to "
           f"{PB}, Appeals, PO Box 2741, Fargo, ND 58108, or call {f['ph']}. If your health would be seriously "
           "harmed by waiting, ask for an expedited appeal (72 hours). External review is available after the "
           "appeal.", 10)
    d.para("Sincerely,\nDr. Kofi Lindqvist-Arroyo, MD, Psychiatrist Reviewer", 10)
    return pdf_bytes(d)


def eob_a(f: dict) -> bytes:
    """Partly paid EOB (shaded claim table, plain labels)."""
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="This is not a bill.   Page {p} of {n}")
    d.add_page()
    d.text_line(HR.upper(), 15, "B", h=7)
    d.text_line(f"Member Services {f['ph']}  -  halvorsenridge.example", 8.5, h=4.5)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line(f"Statement date: {fd(f['notice'])}", 10, h=5.5)
    d.ln(1)
    rows_block(d, [("Member", f"{f['name']}   (DOB {fd(f['dob'])})"), ("Member ID", f["mid"]), ("Group", f["group"]),
                   ("Claim number", f["claim"]), ("Provider", f["clinic"]), ("Rendering therapist", f["therapist"]),
                   ("Referred by", f["ref_md"]), ("Claim received", fd(f["received"]))])
    rows, allowed_t, paid_t, owe_t = [], 0.0, 0.0, 0.0
    for dd, code, units, amt, ok in f["lines"]:
        allowed = round(amt * 0.78, 2) if ok else 0.0
        paid = round(allowed * 0.8, 2)
        owe = round(allowed - paid, 2) if ok else 0.0
        allowed_t, paid_t, owe_t = allowed_t + allowed, paid_t + paid, owe_t + owe
        rows.append([fd(dd), code, str(units), mo(amt), mo(allowed), mo(paid), mo(owe), "" if ok else "X7"])
    rows.append(["*Claim total", "", "", mo(f["billed"]), mo(allowed_t), mo(paid_t), mo(owe_t), ""])
    d.table(["Date of service", "Code", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [28, 16, 12, 24, 24, 24, 22, 12], size=8, aligns="LLRRRRRL", head_fill=True)
    d.para("Pelvic floor biofeedback (90912, 90913) for stress urinary incontinence was paid at 80% after your "
           "deductible.", 9.4)
    d.para("X7: Biofeedback (90901) for tension-type headache is considered experimental/investigational under "
           f"medical policy {f['policy']} and is not covered. The plan paid nothing for these lines. You do not owe "
           "more than the amount shown under You owe unless you agreed in writing to pay for non-covered care.", 9.4)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para("If you disagree with how we processed this claim, you may appeal within 180 days of the date of this "
           f"statement. Write to {HR}, Appeals Unit, PO Box 88415, Sioux Falls, SD 57109 or call {f['ph']}.", 9.2)
    return pdf_bytes(d)


def eob_b(f: dict) -> bytes:
    """Denied EOB in ruled boxes (rotated capture)."""
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="Keep for your records  -  {p}/{n}")
    d.add_page()
    d.text_line("Halvorsen Ridge", 18, "B", h=8)
    d.text_line("Health Plan  |  Explanation of Benefits for Services You Received", 9.5, h=5)
    d.ln(3)
    d.boxes([("Date of statement", fd(f["notice"]), 40), ("Patient", f["name"], 62), ("Identification no.", f["mid"], 44),
             ("Group", f["group"], 32)])
    d.ln(1.5)
    d.boxes([("Claim #", f["claim"], 46), ("Provider", f["clinic"], 90), ("Received", fd(f["received"]), 42)])
    d.ln(1.5)
    d.boxes([("Therapist", f["therapist"], 90), ("Referring physician", f["ref_md"], 88)])
    d.ln(4)
    rows = [[fd(x[0]), x[1], DESC[x[1]][:34], str(x[2]), mo(x[3]), mo(0), mo(x[3]), "E55"] for x in f["lines"]]
    rows.append(["*Total", "", "", "", mo(f["billed"]), mo(0), mo(f["billed"]), ""])
    d.table(["Service date", "Code", "Description", "Qty", "Charged", "Paid", "Not covered", "Rsn"], rows,
            [26, 14, 60, 10, 22, 16, 22, 10], size=7.8, aligns="LLLRRRRL")
    d.text_line("Reason codes", 10, "B", h=5.5)
    d.para("E55: Biofeedback for chronic daily headache is experimental or investigational. Your plan does not cover "
           "experimental or investigational services. (Pelvic floor biofeedback for incontinence is covered.)", 9.4)
    d.text_line("Appeals", 10, "B", h=5.5)
    d.para(f"You may appeal within 180 days of the date of this statement. Call {f['ph']} or write to {HR}, Appeals "
           "Unit, PO Box 88415, Sioux Falls, SD 57109.", 9.2)
    return pdf_bytes(d)


def es_eob(f: dict) -> bytes:
    fd, mo = (lambda x: fmt_date(x, "es")), f["mo"]
    d = Doc("DejaVu", footer="Esto no es una factura.  Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.text_line(HR, 15, "B", h=7)
    d.text_line(f"Servicios al Miembro {f['ph']}  (TTY 711)", 8.5, h=4.5)
    d.ln(3)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B", h=7)
    d.text_line(f"Fecha de la explicación: {fd(f['notice'])}", 10, h=5.5)
    d.ln(1)
    rows_block(d, [("Paciente", f["name"]), ("Fecha de nacimiento", fd(f["dob"])), ("Nº de miembro", f["mid"]),
                   ("Grupo", f["group"]), ("Número de reclamación", f["claim"]), ("Proveedor", f["clinic"]),
                   ("Terapeuta", f["therapist"]), ("Médico que lo refirió", f["ref_md"]),
                   ("Reclamación recibida", fd(f["received"]))], w=56, size=9.2)
    rows = [[fmt_date(x[0], "es_abbr"), x[1], str(x[2]), mo(x[3]), mo(0), mo(x[3]), "EX1"] for x in f["lines"]]
    rows.append(["*Total", "", "", mo(f["billed"]), mo(0), mo(f["billed"]), ""])
    d.table(["Fecha del servicio", "Código", "Uds.", "Monto facturado", "Pagado", "No cubierto", "Nota"], rows,
            [30, 16, 12, 32, 22, 26, 12], size=8, aligns="LLRRRRL", head_fill=True)
    d.para(f"EX1: {DESC_ES['90876']}. La biorretroalimentación por EEG (neurofeedback) para el trastorno de ansiedad "
           "se considera experimental o de investigación según nuestra política médica "
           f"{f['policy']}. Su plan no cubre servicios experimentales o de investigación. El plan no pagó nada.", 9.2)
    d.text_line("Sus derechos de apelación", 10, "B", h=5.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación. Escriba a "
           f"{HR}, Unidad de Apelaciones, PO Box 88415, Sioux Falls, SD 57109, o llame al {f['ph']}.", 9.2)
    return pdf_bytes(d)


def remittance(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Courier", footer="HRHP PROVIDER REMITTANCE   PAGE {p} OF {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line(HR.upper(), 13, "B", h=6)
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B", h=6)
    d.ln(2)
    for ln in [f"PAYEE: {f['clinic'].upper()}", f"PAYEE NPI: {f['npi']}    TAX ID: {f['tin']}",
               f"REMIT DATE: {fd(f['notice'])}    CHECK/EFT NO: EFT{f['tin'][:2]}{f['npi'][3:9]}",
               f"TOTAL PAID THIS REMIT: {mo(round(0.62 * sum(x[3] for x in f['other_lines']), 2))}"]:
        d.text_line(ln, 9, h=4.6)
    d.ln(3)
    head = ["SERV DATE", "CPT", "UNITS", "BILLED", "ALLOWED", "PAID", "CARC"]
    widths = [30, 18, 16, 30, 30, 30, 20]
    on, om = f["other_name"], f["other_mid"]
    d.text_line(f"PATIENT: {on[3].upper()}, {on[1].upper()} {on[2]}   MEMBER ID: {om}   ICN: {f['other_claim']}", 8.6,
                "B", h=5)
    rows = [[fd(x[0]), x[1], str(x[2]), mo(x[3], ), mo(round(x[3] * 0.62, 2)), mo(round(x[3] * 0.62, 2)), ""]
            for x in f["other_lines"]]
    tot = sum(x[3] for x in f["other_lines"])
    rows.append(["*CLAIM TOTAL", "", "", mo(tot), mo(round(tot * 0.62, 2)), mo(round(tot * 0.62, 2)), ""])
    d.table(head, rows, widths, size=8.4, aligns="LLRRRRL")
    d.text_line(f"PATIENT: {f['last'].upper()}, {f['first'].upper()} {f['name'].split()[1][0]}   MEMBER ID: {f['mid']}"
                f"   GROUP: {f['group']}   ICN: {f['claim']}", 8.6, "B", h=5)
    rows = [[fd(x[0]), x[1], str(x[2]), mo(x[3]), mo(0), mo(0), "55"] for x in f["lines"]]
    rows.append(["*CLAIM TOTAL", "", "", mo(f["billed"]), mo(0), mo(0), ""])
    d.table(head, rows, widths, size=8.4, aligns="LLRRRRL")
    d.text_line("ADJUSTMENT REASON CODES", 9.5, "B", h=5)
    d.para("55 - PROCEDURE/TREATMENT/DRUG IS DEEMED EXPERIMENTAL/INVESTIGATIONAL BY THE PAYER. NEUROFEEDBACK (90875) "
           f"FOR ANXIETY DISORDER IS INVESTIGATIONAL UNDER POLICY {f['policy']}. MEMBER MAY BE BILLED ONLY WITH A SIGNED "
           "WAIVER.", 8.6)
    d.para("PROVIDER APPEALS: A REQUEST FOR RECONSIDERATION MUST BE FILED WITHIN 90 DAYS OF THE DATE OF THIS "
           f"REMITTANCE. PROVIDER SERVICES {f['ph']}. MAIL: {HR.upper()}, PROVIDER DISPUTES, PO BOX 88420, SIOUX "
           "FALLS, SD 57109.", 8.6)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    lang = "es" if f["es"] else "en"
    ins = PB if k == "pb_anxiety" else HR
    alts: dict = {}
    if k in ("adhd_pre", "pb_anxiety"):
        cases = [f["ref"]] if k == "adhd_pre" else [f["ref"], f["authreq"]]
        alts["provider"] = [f["therapist_name"]]
        if k == "pb_anxiety":
            alts["insurer"] = [HR]
            alts["provider"] = [f["clinic"]]
        return truth(doc_type, denial, lang, insurer=ins, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=cases, service_dates=[iso(f["start"])],
                     denial_date=iso(f["notice"]),
                     provider=f["therapist_name"] if k == "pb_anxiety" else f["clinic"],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates=alts,
                     denial_alternates=dalts)
    days = 90 if k == "remit" else 180
    denied_dates = sorted({iso(x[0]) for x in f["lines"] if not x[4]})
    if k == "partial_eob":
        alts["claim_amount"] = [m2(f["denied_billed"])]
        alts["service_dates"] = [sorted({iso(x[0]) for x in f["lines"]})]
    if k != "remit":
        alts["provider"] = [f["therapist_name"]]
    return truth(doc_type, denial, lang, insurer=ins, group_number=f["group"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=denied_dates, denial_date=iso(f["notice"]), provider=f["clinic"],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=days)), alternates=alts,
                 denial_alternates=dalts)


# (stem suffix, condition, kind, date style, money style)
PLAN_ROWS = [
    ("bd_neurofeedback_adhd_preservice", "born_digital", "adhd_pre", "long", "plain"),
    ("bd_eob_pelvic_floor_paid_headache_denied", "born_digital", "partial_eob", "slash", "plain"),
    ("scan300_remittance_neurofeedback_anxiety", "scan_clean_300", "remit", "slash", "nosign"),
    ("lowres_letter_biofeedback_migraine", "scan_lowres_150", "migraine_post", "abbr", "plain"),
    ("copy_es_eob_neurofeedback_ansiedad", "photocopy", "es_eob", "es", "plain"),
    ("phone_bho_neurofeedback_anxiety_p2p", "phone_photo", "pb_anxiety", "iso", "plain"),
    ("rotated_eob_biofeedback_headache", "rotated", "headache_eob", "dmy", "nosign"),
]
BUILD = {"adhd_pre": adhd_letter, "partial_eob": eob_a, "remit": remittance, "migraine_post": migraine_letter,
         "es_eob": es_eob, "pb_anxiety": pb_letter, "headache_eob": eob_b}


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), make_truth(f))]))
    return items
