"""An invented university student health insurance plan: Quenby Hall Collegiate Insurance Company insures the Student
Health Insurance Plan of Calder Ridge University (plan CRU-SHIP-2526, policy QH-30418, policy year August 2025 to
August 2026). The campus Student Health Center sees students first and refers them to off-campus specialists; a
student with other insurance may waive the plan for a term. Papers go to students, to parents (an EOB mailed to a
parent's address, letters to a parent the student named on a release) and to providers. CPT codes appear as
themselves; the insurer, university, health centre, every provider, billing service, person, number, address and
time limit are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_provider_copy_dermatology_no_shc_referral: a provider-copy claim determination on a standard fax, short
  captions left of, above and under their boxes ("Dt of Notice", "Ref/ICN", "Mbr #", "Stdnt ID", "Svc Dt(s)",
  "Amt Billed", "SHC Referral #: NONE ON FILE"), the billing service as payee beside the rendering dermatologist,
  three lines refused under R41 explained only in a legend (no referral from the health centre: prior_authorization).
- born_digital_waived_spring_term_urgent_care_to_student_cc_parent: a letter with a facts box beside the text: the
  student waived the plan for spring, so an urgent care visit is not covered (eligibility); doctor only in
  sentences; waiver confirmation number and the parent's plan as decoys; deadline "by <date>".
- photocopy_eob_mailed_to_parent_intercollegiate_soccer_therapy: a photocopied EOB mailed to a parent (parent's name
  beside the student's), three claims with subtotals, the physical therapy claim (three visits) refused under X7
  because the knee was hurt in an intercollegiate match (not_covered; only in the legend).
- phone_es_carta_a_la_madre_psiquiatra_fuera_de_red: a photographed two-column Spanish letter to a mother: two
  spring-break visits to a psychiatrist near home outside the network (out_of_network); "US$ 1.234,50"-style total
  in the text, US form in the table.
- rotated_health_center_statement_paid_by_ship: the Student Health Center's statement after the plan paid, fed
  sideways (denies nothing).
- lowres_two_nights_paid_as_observation: a 150 dpi letter with captions under boxes: a two-night concussion stay paid
  as observation, not inpatient (level_of_care); "You have 180 days to ask for an appeal" with nothing to count
  from (null).
- clean_stack_second_knee_mri_not_needed_duplex_then_prp_to_parent_sideways: a second knee MRI asked for before the
  service refused as not needed (medical_necessity; facts box, a health-centre referral number beside the request
  number), its blank duplex back, then sideways a letter to a parent refusing a platelet-rich plasma injection as
  unproven (experimental; amount only in a sentence, the billing service's invoice as decoy).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST_ES, LAST_ES
from kit_roundea_famec import EASheet, people
from public_kit import FIRST, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "university_student_health_insurance_waiver_referral_parent_letters"
LANG = "en"
SEED = 355002
INS = "Quenby Hall Collegiate Insurance Company"
ALT = ["Quenby Hall Collegiate", "Quenby Hall", "Calder Ridge University Student Health Insurance Plan",
       "Quenby Hall Collegiate Insurance"]
UNI = "Calder Ridge University"
SHC = "Calder Ridge University Student Health Center"
PLAN = "CRU-SHIP-2526"
GROUP = "QH-30418"
DERM = "Vantmoor Dermatology Associates"
BILL = "Sorrel Gap Medical Billing"
URG = "Oxbow Lantern Urgent Care"
PT = "Stillwater Fork Sports Therapy"
HOSP = "Kingfisher Bend Regional Hospital"
ORTHO = "Ashby Gate Orthopaedics"
SPORTS = "Wyecliff Sports Medicine"
PSY = "Clínica Nogalito de Salud Mental"


def mid(rng):
    return f"QHC{digits(rng, 9)}"


def sid(rng):
    return f"0{digits(rng, 7)}"


def clm(rng):
    return f"QH{digits(rng, 10)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def fd(d: dt.date, style: str) -> str:
    extra = {"wk": d.strftime("%A, %B %-d, %Y"), "dbY": d.strftime("%d-%b-%Y"), "dBY": d.strftime("%-d %B %Y")}
    return extra.get(style) or fdate(d, style)


def lastfirst(name: str) -> str:
    first, mi, last = name.split()
    return f"{last.upper()}, {first.upper()} {mi.rstrip('.')}"


def kin(rng, student: str, avoid: set[str]) -> str:
    """A parent: another first name, the student's last name."""
    last = student.split()[-1]
    first = rng.choice([f for f in FIRST if f not in avoid and f != student.split()[0]])
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def home(rng, state="any"):
    if state == "TX":
        return [f"{rng.randint(100, 9800)} Calle Del Norte", f"Laredo, TX 780{rng.randint(40, 46)}"]
    city, st, z = rng.choice([("Wichita", "KS", "672"), ("Omaha", "NE", "681"), ("Boise", "ID", "837"),
                              ("Tulsa", "OK", "741"), ("Albuquerque", "NM", "871"), ("Cheyenne", "WY", "820")])
    return [f"{rng.randint(100, 9800)} {rng.choice(['Larkspur Ln', 'W Alder St', 'Prairie Rose Ct', 'Bluestem Dr'])}",
            f"{city}, {st} {z}{rng.randint(10, 99)}"]


def campus(rng):
    return [f"{rng.choice(['Halvorsen Hall', 'Pike Hall', 'Ellery Commons'])}, Room {rng.randint(101, 480)}",
            f"Calder Ridge, CO 805{rng.randint(10, 39)}"]


def es_money(v: float) -> str:
    return "US$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _head(p: EASheet, rng, unit="Student Health Insurance Plan", line1: str | None = None):
    p.logo_head(INS, "QH", [line1 or f"{unit} for {UNI}",
                            f"Claims Office, PO Box {rng.randint(2100, 9800)}, Denver, CO 80217-{digits(rng, 4)}  |  "
                            f"Student line {phone(rng)}  |  TTY 711"], size=12.5)


def faxstd_derm(rng):
    student, derm, tech = people(rng, 3)
    d1 = dt.date(2026, 2, rng.randint(2, 12))
    d2 = plus(d1, 14)
    nd = plus(d2, rng.randint(18, 28))
    m, c = mid(rng), clm(rng)
    lines = [(d1, "99204", "New pt visit", amount(rng, 215, 260)),
             (d2, "99213", "Est pt visit", amount(rng, 120, 150)),
             (d2, "11102", "Tangential biopsy", amount(rng, 150, 190))]
    total = round(sum(x[3] for x in lines), 2)
    fax = f"{fd(nd, 'short')} 07:{rng.randint(10, 59)} QHCIC CLAIMS {phone(rng, '303')} P.{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Student Health Insurance Plan")
    p.title_bar("CLAIM DETERMINATION - PROVIDER COPY", "QH-CD-7 (08/2025)")
    p.capform([
        [("Dt of Notice", fd(nd, "slash"), "L"), ("Ref/ICN", c, "L", 1.1),
         ("Pt Acct", f"VDA-{digits(rng, 6)}", "B", 0.8)],
        [("Mbr #", m, "A"), ("Stdnt ID", sid(rng), "B", 0.7), ("Pt Name", lastfirst(student), "A", 1.5)],
        [("Rendering", f"Dr. {derm}", "A", 1.2), ("Practice", DERM, "A", 1.4), ("Rndr NPI", npi(rng), "B", 0.8)],
        [("Payee", BILL, "B", 1.3), ("Payee TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", "B", 0.8),
         ("SHC Referral #", "NONE ON FILE", "L", 1.3)],
        [("Svc Dt(s)", f"{fd(d1, 'short')}, {fd(d2, 'short')}", "L", 1.3), ("Amt Billed", money(total), "B", 0.8),
         ("Grp #", GROUP, "A", 0.8)],
    ], cap=6.2, size=9.6, h=7.2, cap_w=20)
    rows = [[fd(d, "short"), code, desc, money(b, "nosign"), "0.00", "0.00", money(b, "nosign"), "R41"]
            for d, code, desc, b in lines]
    rows.append(["", "", "Claim total", money(total, "nosign"), "0.00", "0.00", money(total, "nosign"), ""])
    p.table(["Svc Dt", "CPT", "Desc", "Billed", "Allowed", "Paid", "Pt Resp", "Rsn"], rows,
            [22, 17, 45, 22, 20, 18, 22, 17.9], size=8.8, aligns=["L", "L", "L", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.msgbox("Reason codes",
             "R41: the Student Health Center has no referral on file for this student for these dates. Under this "
             "plan an off-campus specialist is paid only after the Student Health Center sends the student; "
             "emergencies are the exception. If the Center did refer the student, send the referral with a "
             "reconsideration request.", 9.2)
    p.para("Reconsideration requests: within 180 days of Dt of Notice. Provider line "
           f"{phone(rng, '303')}. Processed by {tech}.", 9.2)
    t = truth("eob", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=student, cases=[c],
              claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=derm, appeal_deadline=plus(nd, 180).isoformat(), type_alternates=["denial_letter"],
              alternates={"insurer": ALT, "provider": [DERM]})
    return out(p), t


def born_waiver(rng):
    student, doc, sig = people(rng, 3)
    father = kin(rng, student, {doc.split()[0], sig.split()[0]})
    filed = dt.date(2026, 1, rng.randint(8, 15))
    approved = plus(filed, rng.randint(3, 8))
    visit = dt.date(2026, 2, rng.randint(9, 26))
    nd = plus(visit, rng.randint(22, 30))
    dl = plus(nd, 60)
    m, c = mid(rng), clm(rng)
    lines = [("99214", "Urgent care visit", amount(rng, 165, 210)), ("73110", "X-ray, wrist", amount(rng, 95, 130)),
             ("29125", "Forearm splint", amount(rng, 60, 90))]
    total = round(sum(x[2] for x in lines), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "wk"), 10)
    for ln in [student, *campus(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_box(
        [("Student", student), ("Member no. (fall 2025)", m), ("Student ID", sid(rng)), ("Plan", PLAN),
         ("Spring 2026", "Waived - approved " + fd(approved, "slash")),
         ("Waiver confirmation", f"WV-26-{digits(rng, 5)}"),
         ("Other coverage named", "Copperleaf Basin Health Plan (parent's employer)"), ("Claim no.", c)],
        [f"Dear {student}:",
         f"On {fd(filed, 'long')} you told {UNI} that you have other health insurance through a parent's "
         "job and asked to waive the Student Health Insurance Plan for the spring 2026 term. The university "
         "approved the waiver, so your coverage under this plan stopped when the fall term's coverage ran out on "
         f"{fd(dt.date(2026, 1, 11), 'long')}.",
         f"On {fd(visit, 'long')} Dr. {doc} at {URG} treated your sprained wrist, and the urgent care sent us "
         "the bill shown below. You were not on this plan that day, so we cannot pay it. Please give the bill "
         "and this letter to Copperleaf Basin Health Plan.",
         f"If you think the waiver was recorded by mistake, write to us by {fd(dl, 'long')}. The university's "
         "insurance office can check what you filed."],
        side_title="About this letter", side_w=62, size=9.6)
    rows = [[fd(visit, "slash"), code, desc, money(b, "nosign"), "0.00", "0.00", money(b, "nosign")]
            for code, desc, b in lines]
    rows.append(["", "", "Total", money(total, "nosign"), "0.00", "0.00", money(total, "nosign")])
    p.table(["Svc date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"], rows,
            [24, 16, 52, 22, 20, 22, 23.9], size=8.8, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Sincerely,\n{sig}\nEnrollment and Eligibility, Student Health Insurance Plan", 9.6)
    p.para(f"cc: {father} (parent, at the home address on file)", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN, member_id=m, member_name=student,
              cases=[c], claim_amount=m2(total), service_dates=[visit.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [URG]})
    return out(p), t


def photocopy_eob(rng):
    student, ther, np_ = people(rng, 3)
    mother = kin(rng, student, {ther.split()[0], np_.split()[0]})
    sd = dt.date(2026, 4, rng.randint(8, 20))
    m = mid(rng)
    lab = plus(sd, -rng.randint(30, 40))
    pts = [plus(sd, -rng.randint(24, 28)), plus(sd, -rng.randint(18, 21)), plus(sd, -rng.randint(11, 14))]
    ug = plus(sd, -rng.randint(5, 9))
    c1, c2, c3 = clm(rng), clm(rng), clm(rng)
    b_lab = amount(rng, 70, 95)
    a_lab = round(b_lab * 0.7, 2)
    pt_lines = [[fd(d, "slash"), "97110", b, 0.0, 0.0, b, "X7"] for d, b in
                zip(pts, [amount(rng, 120, 150) for _ in pts])]
    b_ug = amount(rng, 150, 190)
    a_ug = round(b_ug * 0.8, 2)
    claims = [
        {"first": [c1, f"Student Health Center ({np_}, NP)"],
         "lines": [[fd(lab, "slash"), "86308", b_lab, a_lab, a_lab, 0.0, "P1"]]},
        {"first": [c2, f"{ther}, PT"], "lines": pt_lines},
        {"first": [c3, URG], "lines": [[fd(ug, "slash"), "99213", b_ug, a_ug, round(a_ug - 35, 2), 35.0, "C3"]]},
    ]
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "This is not a bill. Keep it for your records.")
    p.addr_pair("Mailed to", [mother, *home(rng)], "Insured student", [student, f"Student ID {sid(rng)}",
                                                                         f"Member no. {m}"], size=9.4)
    p.grid([[("STATEMENT DATE", fd(sd, "abbr")), ("PLAN", PLAN), ("POLICY (GROUP) NO.", GROUP),
             ("POLICY YEAR", "08/15/2025 - 08/14/2026")]], size=8.8)
    sub = p.claims_table(["Claim no.", "Provider", "Svc date", "Code", "Billed", "Allowed", "Plan paid",
                          "You owe", "Rmk"], claims, [24, 66, 18, 12, 16, 16, 16, 15, 10.9],
                         sub_label="Claim total", size=7.4)
    billed_pt = round(sum(x[2] for x in pt_lines), 2)
    p.para(f"**Remarks.** P1: paid in full at the Student Health Center; nothing is owed. C3: your office visit "
           f"copay. X7: the notes from {PT} say the knee was hurt in a Calder Ridge University intercollegiate "
           "soccer match. This plan does not pay for injuries from intercollegiate sports; the university's "
           "Athletics Department carries its own accident coverage for its teams. Send the therapy bills to the "
           "Athletics Department's insurer.", 8.4)
    p.para("Questions about a claim, or disagree? Write or call within 180 days of the date of this statement. "
           f"Student line {phone(rng)}. This statement was mailed to the parent named above at the student's "
           "request.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=student,
              cases=[c2], claim_amount=m2(billed_pt), service_dates=[d.isoformat() for d in pts],
              denial_date=sd.isoformat(), provider=ther, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PT]})
    return out(p), t


def phone_es(rng):
    last = rng.choice(LAST_ES)
    student = f"{rng.choice(FIRST_ES)} {rng.choice('ABCDEFGHJLMNPRS')}. {last}"
    mother = f"{rng.choice(['Rocío', 'Maribel', 'Araceli', 'Norma'])} {rng.choice('ABCDEFGHJLMNPRS')}. {last}"
    psy, sig = people(rng, 2)
    v1 = dt.date(2026, 3, rng.randint(9, 11))
    v2 = plus(v1, 4)
    nd = plus(v2, rng.randint(20, 30))
    m, c = mid(rng), clm(rng)
    b1, b2 = amount(rng, 380, 460), amount(rng, 230, 290)
    total = round(b1 + b2, 2)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, line1=f"Plan de Seguro Médico Estudiantil de {UNI}")
    p.para(fdate(nd, "long", "es"), 9.8)
    for ln in [f"Sra. {mother}", *home(rng, "TX")]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("Estudiante asegurado(a)", student), ("Núm. de miembro", m), ("Reclamo", c),
               ("Núm. de estudiante", sid(rng))], 8.6)
    p.heading("Sobre las consultas de su hijo(a) en las vacaciones de marzo", 11.5)
    p.two_cols(
        [("Por qué le escribimos a usted",
          f"{student} firmó una autorización para que le enviemos a usted las cartas del plan. La autorización "
          f"número AUT-{digits(rng, 6)} sigue vigente."),
         ("Lo que pasó",
          f"El {fdate(v1, 'long', 'es')} y el {fdate(v2, 'long', 'es')}, el Dr. {psy}, de la {PSY} en Laredo, "
          "atendió a su hijo(a), que estaba en casa por las vacaciones de primavera, en consultas programadas. "
          f"La clínica nos cobró {es_money(total)} por las dos "
          "consultas."),
         ("Lo que decidimos",
          f"No pagamos estas consultas. La {PSY} no tiene contrato con la red del plan. Fuera de la red, el plan "
          "paga solo emergencias, y estas eran citas hechas con anticipación.")],
        [("Lo que puede hacer",
          "El plan tiene psiquiatras de la red que atienden por video en todo el país. Llame al número de abajo "
          "y le damos nombres. Si alguna de las consultas fue por una emergencia, envíenos las notas de la "
          "clínica."),
         ("Si no está de acuerdo",
          "Puede apelar dentro de 180 días de la fecha de esta carta. Las apelaciones urgentes se deciden en 72 "
          "horas."),
         ("Llámenos", f"{phone(rng)} (TTY 711), lunes a viernes.")], size=9.0)
    p.table(["Fecha", "Servicio", "Cobrado", "Pagó el plan", "Le toca pagar"],
            [[fd(v1, "slash"), "90792 Evaluación", money(b1), "$0.00", money(b1)],
             [fd(v2, "slash"), "99214 Consulta", money(b2), "$0.00", money(b2)],
             ["", "Total", money(total), "$0.00", money(total)]], [30, 52, 33, 33, 34], size=8.6,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Atentamente,\n{sig}\nServicios al Estudiante", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=student, cases=[c],
              claim_amount=m2(total), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=psy, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [PSY]})
    return out(p), t


def rotated_statement(rng):
    student, np_ = people(rng, 2)
    v = dt.date(2026, 3, rng.randint(2, 20))
    sd = plus(v, rng.randint(28, 36))
    m = mid(rng)
    items = [("99213", "Clinic visit", amount(rng, 95, 120)), ("87880", "Rapid strep test", amount(rng, 25, 35)),
             ("87070", "Throat culture", amount(rng, 30, 45))]
    tot = round(sum(x[2] for x in items), 2)
    paid = round(tot * 0.72, 2)
    adj = round(tot - paid, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SHC, "SHC", [f"Insurance Billing Office  |  {rng.randint(100, 900)} Quad Walk, Calder Ridge, CO "
                             f"805{rng.randint(10, 39)}  |  {phone(rng, '719')}"], box="STATEMENT", size=11.5)
    p.addr_pair("Student", [student, *campus(rng)], "Account",
                [f"SHC acct {digits(rng, 7)}", f"Seen by {np_}, NP", f"Insurance ID {m}", f"Policy/Grp {GROUP}"])
    p.grid([[("STATEMENT DATE", fd(sd, "dBY")), ("INSURANCE", "Calder Ridge SHIP (Quenby Hall)"),
             ("POSTED TO STUDENT ACCOUNT", "$0.00")]], size=8.6)
    rows = [[fd(v, "slash"), code, desc, money(b, "nosign"), ""] for code, desc, b in items]
    rows += [["", "", "Total charges", money(tot, "nosign"), ""],
             [fd(plus(sd, -9), "slash"), "", "Student Health Insurance Plan payment", "", money(paid, "nosign")],
             [fd(plus(sd, -9), "slash"), "", "Contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE", "$0.00", ""]]
    p.table(["Date", "Code", "Description", "Charges", "Payments / adj."], rows, [24, 18, 82, 24, 31.9],
            size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your Student Health Insurance Plan paid this visit. Nothing has been posted to your student account "
           "and you owe nothing. Visits at the Student Health Center have no copay under the plan.", 9)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=student, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=np_, unscored=["insurer"],
              alternates={"provider": [SHC]})
    return out(p), t


def lowres_observation(rng):
    student, att, sig = people(rng, 3)
    parent = kin(rng, student, {att.split()[0], sig.split()[0]})
    a = dt.date(2026, 3, rng.randint(3, 12))
    b = plus(a, 2)
    nd = plus(b, rng.randint(30, 40))
    m, c = mid(rng), clm(rng)
    billed = amount(rng, 14200, 16800)
    allowed = amount(rng, 3900, 4600)
    paid = round(allowed - 250, 2)
    owe = 250.0
    p = EASheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Utilization Review")
    for ln in [student, *campus(rng)]:
        p.line(ln, 10.4)
    p.ln(3)
    p.boxed_under([("Date of this letter", fd(nd, "long")), ("Member no.", m), ("Claim no.", c)], size=10.2,
                  cap=6.6, h=8)
    p.boxed_under([("Admitted", fd(a, "slash")), ("Discharged", fd(b, "slash")),
                   ("Hospital acct", f"KB{digits(rng, 8)}")], size=10.2, cap=6.6, h=8)
    p.para(f"Dear {student}:", 10.4)
    p.para(f"You stayed at {HOSP} from {fd(a, 'long').replace(', 2026', '')} through {fd(b, 'long')} after a "
           f"fall from your bicycle, under the care of Dr. {att}. The hospital billed the stay as an inpatient "
           "admission.", 10.4)
    p.para("Our nurse reviewer and a physician read the hospital records. Your head scans were normal, and for "
           "two days the staff checked on you every few hours; no surgery or other treatment was given. Care "
           "like that is watching a patient to see whether a hospital stay is needed, and this plan pays it as "
           "outpatient observation, not as an inpatient stay. We paid the hospital at the observation rate.",
           10.4)
    p.table(["Billed", "Allowed (observation)", "Plan paid", "You owe"],
            [[money(billed), money(allowed), money(paid), money(owe)]], [40, 46, 40, 40], size=9.8,
            aligns=["R"] * 4)
    p.para("You have 180 days to ask for an appeal. Urgent appeals are decided within 72 hours. Your parent, "
           f"{parent}, may act for you if you send us the signed release.", 10.4)
    p.para(f"Sincerely,\n{sig}\nUtilization Review", 10.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=student, cases=[c],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    student, orth, rev, sig = people(rng, 4)
    first_mri = dt.date(2026, 1, rng.randint(20, 31))
    planned = dt.date(2026, 4, rng.randint(20, 28))
    nd = plus(planned, -rng.randint(7, 10))
    m, req = mid(rng), f"PR-26-{digits(rng, 5)}"
    ref = f"SHC-R{digits(rng, 5)}"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.para(fd(nd, "abbr"), 10)
    for ln in [student, *campus(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_box(
        [("Member", student), ("Member no.", m), ("Plan / policy", f"{PLAN} / {GROUP}"), ("Request no.", req),
         ("Planned date", fd(planned, "slash")), ("Asked for by", f"Dr. {orth}, {ORTHO}"),
         ("Health Center referral", f"{ref} (on file)")],
        [f"Dear {student}:",
         f"Dr. {orth} of {ORTHO} asked us to approve a second MRI of your left knee (CPT 73721), planned for "
         f"{fd(planned, 'long')}. The Student Health Center referred you to Dr. {orth.split()[-1]}.",
         f"Our reviewer, {rev}, RN, and a sports medicine physician read the notes. The first MRI, on "
         f"{fd(first_mri, 'long')}, found a partial ligament tear. Since then the therapy notes show the knee "
         "steadier each month and the swelling gone. Nothing in them points to a new injury or to a question "
         "that a second scan would answer, so the scan is not needed now.",
         "If the knee gets worse, Dr. " + orth.split()[-1] + " can ask again with the new notes."],
        side_title="Request facts", side_w=62, size=9.6)
    p.para("You may appeal within 180 days from the date at the top of this letter. Urgent appeals: 72 hours. "
           f"Call {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Sincerely,\n{sig}, MD\nMedical Director", 9.6)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
                         member_name=student, cases=[req], service_dates=[planned.isoformat()],
                         denial_date=nd.isoformat(), provider=orth, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [ORTHO], "case_numbers": [[req, ref]]}))
    student2, doc2, sig2 = people(rng, 3)
    parent2 = kin(rng, student2, {doc2.split()[0], sig2.split()[0]})
    v = dt.date(2026, 4, rng.randint(2, 20))
    nd2 = plus(v, rng.randint(24, 32))
    dl2 = plus(nd2, 90)
    m2_, c2 = mid(rng), clm(rng)
    billed = amount(rng, 780, 980)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fd(nd2, "dBY"), 10)
    for ln in [parent2, *home(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.para(f"Re: {student2} (student)  -  Member no. {m2_}  -  Claim {c2}  -  "
           f"{BILL} invoice INV-{digits(rng, 6)}", 9.6)
    q.ln(1)
    q.para(f"Dear {parent2}:", 10)
    q.para(f"{student2} asked us to send you our letters about this claim. On {fd(v, 'long')} Dr. {doc2} at "
           f"{SPORTS} gave {student2.split()[0]} a platelet-rich plasma injection in the right elbow. "
           f"{BILL}, which bills for the practice, sent us a claim for {money(billed)}.", 10)
    q.para("We will not pay for it. Injections of a patient's own platelets for tendon pain have not been shown, "
           "in studies good enough for us to rely on, to work better than the usual care, and this plan does "
           "not pay for treatments whose benefit is still unproven.", 10)
    q.para(f"You or {student2.split()[0]} may appeal by {fd(dl2, 'long')}. Send any studies or notes you want us "
           f"to read. Call {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims Review", 10)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=INS, member_id=m2_, member_name=student2, cases=[c2],
                         claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=doc2, appeal_deadline=dl2.isoformat(),
                         alternates={"insurer": ALT, "provider": [SPORTS]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_dermatology_no_shc_referral", "fax_standard_g4", [faxstd_derm(r)]),
        Item(F + "born_digital_waived_spring_term_urgent_care_to_student_cc_parent", "born_digital",
             [born_waiver(r)]),
        Item(F + "photocopy_eob_mailed_to_parent_intercollegiate_soccer_therapy", "photocopy", [photocopy_eob(r)]),
        Item(F + "phone_es_carta_a_la_madre_psiquiatra_fuera_de_red", "phone_photo", [phone_es(r)]),
        Item(F + "rotated_health_center_statement_paid_by_ship", "rotated", [rotated_statement(r)]),
        Item(F + "lowres_two_nights_paid_as_observation", "scan_lowres_150", [lowres_observation(r)]),
        Item(F + "clean_stack_second_knee_mri_not_needed_duplex_then_prp_to_parent_sideways", "scan_clean_300",
             clean_stack(r), separators=["duplex", None], turns={(1, 0): 90}),
    ]
