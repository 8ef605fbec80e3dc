"""Family 'ect_electroconvulsive_therapy_level_of_care_denial': behavioural health manager and plan letters and
EOBs on electroconvulsive therapy (90870) and its anesthesia (00104). Written at first sight; all values invented.

Issuers: Corran Behavioral Health (behavioural health manager "for Ardtornish Health Plan"; letters, an approval and
a Spanish letter), Ardtornish Health Plan (EOBs with ruled boxes and a line table), Morvern Mutual Insurance Company
(EOB "MORVERN MUTUAL" with a claim table and remark codes).
Reasons: the inpatient admission for ECT denied with outpatient ECT approved (level of care), maintenance ECT beyond
12 sessions denied (Spanish letter, fax stack letter + EOB, photocopied EOB), the anesthesia claim denied because the
ECT authorization number was missing, an approval after a failed medication trial was documented.
Decoys: the anesthesiologist, the outpatient psychiatrist, dates of birth, request-received dates, NPIs, phone
numbers, allowed/paid amounts, the authorization number of an earlier course.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "ect_electroconvulsive_therapy_level_of_care_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CO, AR, MO = "Corran Behavioral Health", "Ardtornish Health Plan", "Morvern Mutual Insurance Company"
HOSP = ["Glenfinnan Psychiatric Hospital", "Lochaline Regional Medical Center - Behavioral Health Pavilion",
        "Strontian Neuropsychiatric Institute"]
PSY = ["Dr. Folasade T. Adebayo, MD", "Dr. Rasmus K. Lindqvist, DO", "Dr. Priya V. Raghunathan, MD"]
ANES = ["Dr. Wojciech P. Nowicki, MD", "Dr. Carmen L. Echeverria, MD", "Dr. Kofi A. Mensah, MD"]
MED = [("Sertraline", "200 mg"), ("Venlafaxine XR", "225 mg"), ("Lithium augmentation", "900 mg"),
       ("Aripiprazole augmentation", "10 mg"), ("Nortriptyline", "100 mg")]


def D(f, d):
    return fmt_date(d, f["ds"]) if f["ds"] != "dmy1" else d.strftime("%-d %b %Y")


def facts(i, kind, ins, ds, ms, lang="en"):
    r = Rand(245500 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, notice=notice, name=r.person(lang)[0],
             addr=r.address(lang), dob=dt.date(r.randint(1950, 1998), r.randint(1, 12), r.randint(1, 28)),
             mid=("MMI" if ins == MO else "ATH") + r.digits(9), group=r.digits(5) + "-" + r.letters(2),
             hosp=r.choice(HOSP), psy=r.choice(PSY), anes=r.choice(ANES), npi=r.npi(), anpi=r.npi(),
             ph=r.phone(), fax=r.phone(), cph=r.phone(), received=notice - dt.timedelta(days=r.randint(2, 6)),
             ref={CO: "CBH-" + r.digits(7), AR: "AHP" + r.digits(10), MO: r.digits(3) + "-" + r.digits(8)}[ins],
             oldauth="UM" + r.digits(8), auth="UM" + r.digits(8), meds=r.sample(MED, 2))
    f["start"] = notice + dt.timedelta(days=r.randint(3, 12))
    if kind in ("anes_eob", "maint_eob", "inpt_eob", "maint_stack"):
        n = {"anes_eob": 3, "maint_eob": 4, "inpt_eob": 1, "maint_stack": 3}[kind]
        first = notice - dt.timedelta(days=r.randint(30, 50))
        step = 2 if kind == "anes_eob" else 14
        lines = []
        if kind == "inpt_eob":
            adm = first
            dis = adm + dt.timedelta(days=r.randint(8, 12))
            f["adm"], f["dis"] = adm, dis
            days = (dis - adm).days
            lines.append(dict(date=adm, end=dis, code="0114", desc=f"Room and board, psychiatric ({days} days)",
                              units=days, ch=round(days * (r.randint(1450, 1900) + 0.0), 2), denied=True))
            for k in range(3):
                dd = adm + dt.timedelta(days=1 + 2 * k)
                lines.append(dict(date=dd, end=None, code="90870", desc="Electroconvulsive therapy", units=1,
                                  ch=float(r.randint(980, 1300)) + 0.5, denied=False))
        else:
            for k in range(n):
                dd = first + dt.timedelta(days=step * k)
                if kind == "anes_eob":
                    lines.append(dict(date=dd, end=None, code="00104", desc="Anesthesia for ECT", units=5,
                                      ch=float(r.randint(610, 840)), denied=True))
                else:
                    lines.append(dict(date=dd, end=None, code="90870", desc="Electroconvulsive therapy, maint.",
                                      units=1, ch=float(r.randint(980, 1300)) + 0.25,
                                      denied=(kind == "maint_stack" or k >= 2)))
        f["lines"] = lines
        f["total"] = round(sum(x["ch"] for x in lines), 2)
        f["denied_total"] = round(sum(x["ch"] for x in lines if x["denied"]), 2)
    return f


def head(d, f):
    if f["ins"] == CO:
        d.text_line(CO, 17, "B", h=8)
        d.text_line(f"Behavioral health services for {AR} members" if f["lang"] == "en"
                    else f"Servicios de salud mental para afiliados de {AR}", 9, h=4.5)
        d.text_line(f"Care Management  |  PO Box 2290, Macon, GA 31208  |  {f['ph']}  |  Fax {f['fax']}", 8, h=4.5)
        d.rule(0.6, 5)
    elif f["ins"] == AR:
        d.text_line(AR, 16, "B", align="R", h=8)
        d.text_line("Claims  -  1440 Juniper Drive, Duluth, MN 55802", 8.5, align="R", h=4.5)
        d.text_line(f"Member Services {f['ph']}  -  TTY 711", 8.5, align="R", h=4.5)
        d.ln(6)
    else:
        d.text_line("MORVERN MUTUAL", 22, "B", h=10)
        d.rule(1.0, 1.5)
        d.text_line(f"{MO}  -  77 Sycamore Court, Pueblo, CO 81003  -  {f['ph']}", 8, h=4.5)
        d.ln(4)


def pairs(d, rows, w=50, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.4, k)
        d.font(size)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addr(d, f):
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def appeal(days):
    return (f"You have the right to appeal. Your appeal must be received within {days} days of the date of this "
            "letter. You, your doctor or someone you name may file it in writing or by phone. If waiting could "
            "seriously harm your health, ask for an expedited appeal; we answer within 72 hours. After our final "
            "decision you may request an external review by an independent review organization.")


def inpt_letter(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    d.text_line("Notice of Adverse Benefit Determination - Level of Care", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
              ("Date of birth:", D(f, f["dob"])), ("Case number:", f["ref"]),
              ("Request received:", D(f, f["received"])), ("Facility:", f["hosp"]),
              ("Attending psychiatrist:", f"{f['psy']} (NPI {f['npi']})"),
              ("Requested:", "Inpatient psychiatric admission for an acute course of ECT (90870)"),
              ("Planned admission:", D(f, f["start"]))])
    d.para(f"Dear {f['name']}: {f['hosp']} asked us to approve an inpatient admission so that you could start a "
           "course of electroconvulsive therapy (ECT). We reviewed the records with a board-certified "
           "psychiatrist. You are eating and drinking, you are not at risk of harming yourself, you have a family "
           "member who can drive you and stay with you after each treatment, and you have no medical problem that "
           "needs monitoring overnight.", 10)
    d.font(10, "B")
    d.cell(0, 6, "Our decision", new_x="LMARGIN", new_y="NEXT")
    d.para("The inpatient admission is denied: an inpatient level of care is not needed. ECT itself is approved "
           "in the outpatient setting: up to 12 outpatient ECT sessions (90870) with anesthesia (00104) at "
           f"{f['hosp']}, authorization {f['auth']}. The hospital should schedule the treatments as outpatient "
           "visits, usually three times a week.", 10)
    d.para(appeal(180), 9.5)
    d.para(f"Sincerely,\nDr. Anneliese M. Brandt, Physician Reviewer (Psychiatry)\n{CO}", 10)
    d.text_line(f"cc: {f['hosp']}; {f['psy']}", 8)


def maint_letter_es(d, f):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Afiliado:", f["name"]), ("Núm. de identificación:", f["mid"]), ("Grupo:", f["group"]),
              ("Fecha de nacimiento:", D(f, f["dob"])), ("Número de caso:", f["ref"]),
              ("Proveedor:", f["hosp"]), ("Psiquiatra tratante:", f"{f['psy']}"),
              ("Servicio:", "TEC de mantenimiento (90870), sesiones 13 a 18"),
              ("Fecha de inicio solicitada:", D(f, f["start"]))], 56)
    d.para(f"Estimado(a) {f['name']}: {f['hosp']} nos pidió aprobar seis sesiones más de terapia "
           "electroconvulsiva (TEC) de mantenimiento. Usted ya recibió 12 sesiones de mantenimiento aprobadas con la "
           f"autorización {f['oldauth']}. Nuestra guía clínica cubre más de 12 sesiones de mantenimiento solo cuando "
           "el expediente muestra una recaída al espaciar las sesiones o una escala de depresión actualizada. No "
           "recibimos esa información.", 10)
    d.para("Por eso negamos las sesiones 13 a 18 por no ser médicamente necesarias. Su médico puede enviar "
           "una escala de depresión reciente y notas de evolución con una apelación.", 10)
    d.para("Usted tiene derecho a apelar. Debemos recibir su apelación dentro de los 180 días a partir de la "
           "fecha de esta carta. Si esperar pudiera dañar gravemente su salud, pida una apelación acelerada "
           "(respondemos en 72 horas). Después de nuestra decisión final puede pedir una revisión externa.", 9.5)
    d.para(f"Atentamente,\nDepartamento de Gestión de la Atención\n{CO}\nLlame al {f['ph']} (TTY 711)", 10)


def approval(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    d.text_line("Your ECT request is approved", 13, "B", h=7)
    d.ln(2)
    f["end"] = f["start"] + dt.timedelta(days=41)
    pairs(d, [("Member", f["name"]), ("ID", f["mid"]), ("Authorization no.", f["ref"]),
              ("Provider", f["hosp"]), ("Treating psychiatrist", f["psy"]),
              ("Approved services", "ECT 90870 and anesthesia 00104, outpatient, 12 sessions"),
              ("Approved from", f"{D(f, f['start'])} to {D(f, f['end'])}")], 46)
    d.para("We first asked for more records because the request did not show a medication trial. The records "
           "received on " + D(f, f["received"]) + " document these trials during the current episode:", 10)
    d.table(["Medication", "Dose", "Weeks", "Result"],
            [[m, dose, str(8 + k * 2), "No response" if k == 0 else "Stopped - side effects"]
             for k, (m, dose) in enumerate(f["meds"])], [60, 30, 20, 60], 9)
    d.para("A failed medication trial is documented, so ECT is medically necessary and is approved. Anesthesia "
           f"claims must show the authorization number {f['ref']}. This approval is not a guarantee of payment.", 10)
    d.para(f"Sincerely,\nCare Management\n{CO}", 10)


def eob(d, f):
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    prov = f["hosp"]
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Patient", f["name"], 62), ("Member ID", f["mid"], 42),
             ("Group", f["group"], 36)])
    d.boxes([("Claim no.", f["ref"], 46), ("Billing provider", prov, 134)])
    d.ln(3)
    if f["kind"] == "anes_eob":
        d.text_line(f"Rendering anesthesiologist: {f['anes']}  NPI {f['anpi']}", 8.5)
    else:
        d.text_line(f"Referring psychiatrist: {f['psy']}  NPI {f['npi']}", 8.5)
    d.ln(2)
    mo = lambda v: fmt_money(v, f["ms"])  # noqa: E731
    rows = []
    code = {"anes_eob": "N54", "maint_eob": "M12", "inpt_eob": "L07", "maint_stack": "M12"}[f["kind"]]
    for x in f["lines"]:
        al = 0 if x["denied"] else round(x["ch"] * 0.58, 2)
        dt_s = D(f, x["date"]) + (" - " + D(f, x["end"]) if x["end"] else "")
        rows.append([dt_s, x["code"], x["desc"], str(x["units"]), mo(x["ch"]), mo(al), mo(round(al * 0.8, 2)),
                     code if x["denied"] else "PD"])
    rows.append(["*Total", "", "", "", mo(f["total"]), "", "", ""])
    wd = 34 if f["kind"] == "inpt_eob" else 22
    d.table(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Paid", "Note"], rows,
            [wd, 13, 58 - (wd - 22), 11, 22, 20, 20, 12], 7.6, "LLLRRRRL")
    if f["kind"] == "anes_eob":
        d.para(f"N54 - Denied. Anesthesia for ECT (00104) needs the authorization number of the approved ECT "
               "course on the claim. No authorization number was reported, and we could not match these services "
               "to an approved course. The provider may send a corrected claim with the authorization number.", 9)
    elif f["kind"] == "inpt_eob":
        d.para("L07 - Inpatient days denied. The inpatient level of care was not authorized; ECT was approved as an "
               "outpatient service only. The ECT treatments are paid at the outpatient rate.", 9)
        d.para("PD - Paid.", 9)
    else:
        d.para(f"M12 - Maintenance ECT beyond 12 sessions in a 12-month period is not covered without a new "
               f"review. Sessions 1-12 were approved under authorization {f['oldauth']}.", 9)
        if f["kind"] == "maint_eob":
            d.para("PD - Paid.", 9)
    d.para(f"Appeals: if you disagree, write to us within 180 days of the date of this statement. Call {f['ph']} "
           "for help.", 9)


def maint_letter(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    dates = [x["date"] for x in f["lines"]]
    d.text_line(f"RE: Maintenance ECT - case {f['ref']}", 11, "B")
    d.ln(3)
    d.para(f"Dear {f['name']},", 10)
    d.para(f"{f['hosp']} billed us for maintenance electroconvulsive therapy (90870) on "
           + ", ".join(D(f, x) for x in dates) + f", {fmt_money(f['total'], f['ms'])} in all. These would be "
           f"sessions 13, 14 and 15 of maintenance ECT. Your plan covers 12 maintenance sessions in a 12-month "
           f"period (authorization {f['oldauth']}); more sessions need a new review that shows why continued "
           "treatment is needed. No review was requested, so the sessions are denied as not medically necessary.",
           10)
    d.para(f"Member ID {f['mid']}  -  Group {f['group']}  -  Outpatient psychiatrist on file: {f['psy']}", 9)
    d.para(appeal(180), 9.5)
    d.para(f"Sincerely,\nClaims Review\n{AR}", 10)


def cover(f):
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["hosp"], 14, "B", h=8)
    d.text_line(f"Patient Financial Services  -  Tel {f['cph']}", 9, h=5)
    d.rule(0.8, 6)
    d.text_line("FAX", 30, "B", h=15)
    for k, v in [("To", f"{f['psy']} - office"), ("From", "Billing / denials"),
                 ("Date", D(f, f["notice"] + dt.timedelta(days=4))), ("Pages", "3 including cover"),
                 ("Re", "Maintenance ECT denial - please send progress notes")]:
        d.font(12, "B")
        d.cell(28, 9, k + ":")
        d.font(12)
        d.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("Attached: the plan's letter and EOB. We need a depression rating scale and progress notes for an "
           "appeal. CONFIDENTIAL health information.", 11)
    return pdf_bytes(d)


def build(f, fn):
    d = Doc("DejaVu", footer="Page {p} of {n}", header=f"{f['name']}  -  {f['mid']}")
    d.add_font("DejaVu", "B", BOLD)
    fn(d, f)
    return pdf_bytes(d)


def t_for(f, which):
    k = f["kind"]
    alts = {}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["name"], denial_date=iso(f["notice"]),
                  provider=f["hosp"], group_number=f["group"], case_numbers=[f["ref"]])
    if f["ins"] == CO:
        alts["insurer"] = [AR]
    dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
    if k == "inpt":
        alts["provider"] = [f["psy"]]
        alts["case_numbers"] = [[f["ref"], f["auth"]]]
        return truth("denial_letter", "level_of_care", service_dates=[iso(f["start"])], appeal_deadline=dl,
                     alternates=alts, **common)
    if k == "maint_es":
        alts["provider"] = [f["psy"]]
        return truth("denial_letter", "medical_necessity", "es", service_dates=[iso(f["start"])],
                     appeal_deadline=dl, alternates=alts, denial_alternates=["not_covered"], **common)
    if k == "approval":
        common.pop("group_number")
        alts["service_dates"] = [[iso(f["start"])]]
        alts["provider"] = [f["psy"]]
        return truth("other", None, service_dates=[iso(f["start"], f["end"])], alternates=alts, **common)
    den = [iso(x["date"], x["end"]) for x in f["lines"] if x["denied"]]
    alld = [iso(x["date"], x["end"]) for x in f["lines"]]
    tot = f"{f['total']:.2f}"
    if k == "maint_stack" and which == "letter":
        common.pop("group_number")
        common["group_number"] = f["group"]
        return truth("denial_letter", "medical_necessity", claim_amount=tot, service_dates=den, appeal_deadline=dl,
                     alternates=alts, denial_alternates=["not_covered"], **common)
    if k == "anes_eob":
        alts["provider"] = [f["anes"]]
        return truth("eob", "prior_authorization", claim_amount=tot, service_dates=den, appeal_deadline=dl,
                     alternates=alts, denial_alternates=["coding_error", "other"], **common)
    if k == "inpt_eob":
        alts["service_dates"] = [alld]
        alts["claim_amount"] = [f"{f['denied_total']:.2f}"]
        return truth("eob", "level_of_care", claim_amount=tot, service_dates=den, appeal_deadline=dl,
                     alternates=alts, **common)
    if k == "maint_eob":
        alts["service_dates"] = [alld]
        alts["claim_amount"] = [f"{f['denied_total']:.2f}"]
    return truth("eob", "medical_necessity", claim_amount=tot, service_dates=den, appeal_deadline=dl,
                 alternates=alts, denial_alternates=["not_covered"], **common)


PLAN = [
    ("bd_inpatient_admission_denied_outpatient_approved", "born_digital", "inpt", CO, "long", "plain"),
    ("bd_eob_anesthesia_no_ect_auth_number", "born_digital", "anes_eob", AR, "slash", "plain"),
    ("scan300_es_maintenance_beyond_12", "scan_clean_300", "maint_es", CO, "es", "plain"),
    ("lowres_approval_failed_medication_trial", "scan_lowres_150", "approval", CO, "iso", "plain"),
    ("faxstd_cover_maintenance_letter_and_eob", "fax_standard_g4", "maint_stack", AR, "abbr", "plain"),
    ("copy_eob_maintenance_sessions_13_14", "photocopy", "maint_eob", MO, "dmy1", "nosign"),
    ("phone_eob_inpatient_days_denied", "phone_photo", "inpt_eob", MO, "slash", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, ds, ms) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, "es" if kind == "maint_es" else "en")
        if kind == "maint_stack":
            letter = build(f, maint_letter)
            tl = t_for(f, "letter")
            e = build(f, eob)
            te = t_for(f, "eob")
            items.append(Item(f"{FAMILY}_{suf}", cond, [(letter, tl), (e, te)], separators=[cover(f), None]))
            continue
        fn = {"inpt": inpt_letter, "maint_es": maint_letter_es, "approval": approval, "anes_eob": eob,
              "maint_eob": eob, "inpt_eob": eob}[kind]
        pdf = build(f, fn)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf, t_for(f, None))]))
    return items
