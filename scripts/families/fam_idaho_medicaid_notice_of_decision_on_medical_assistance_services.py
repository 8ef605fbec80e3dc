"""Family 'idaho_medicaid_notice_of_decision_on_medical_assistance_services': Idaho Department of Health and Welfare,
Division of Medicaid, notices of decision on a prior-authorized service, mirrored for structure and wording only
(notice date, participant, Medicaid ID, the service asked for, the decision and the reason, the right to appeal by
asking for a fair hearing within 28 days of the notice date). All people, numbers and providers are invented.

Files: a denial with a white-on-dark band and a label column; a denial told only in sentences with a fax header
line; a Spanish notice; a participant explanation of medical benefits with three claims (one denied); an approval
in a boxed grid; a two-page partial decision with a sidebar, running header and a hearing request form; and a
stack (a doctor's letter to the Department, a blank separator, the notice fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddd_famddd import Page, band, body_at, fdate, m2, money, out, plus, sidebar
from public_kit import truth

FAMILY = "idaho_medicaid_notice_of_decision_on_medical_assistance_services"
LANG = "en"
AG = "Idaho Department of Health and Welfare"
DIV = "Division of Medicaid"
ALT_INS = [DIV, "Idaho Medicaid", f"{AG}, {DIV}"]
ADDR = "PO Box 83720, Boise, ID 83720-0009"
FIRST = ["Wynona", "Thaddeus", "Roswitha", "Cormac", "Elowen", "Barnaby", "Ottilie", "Leander", "Saoirse", "Fitzgerald"]
LAST = ["Brightwater", "Quillfeather", "Ashgrove", "Pellington", "Stonebridge", "Marchbank", "Hollingsby", "Ravenhill"]
FIRST_ES = ["Anacleto", "Remedios", "Eustaquio", "Jacinta", "Florencio"]
LAST_ES = ["Ocampo", "Barragán", "Zepeda", "Urquidi", "Montoya"]
DOCS = [("Dr. Imogen Castellane", "Owyhee Ridge Orthopedics"), ("Dr. Bartholomew Kettering", "Salmon River Sleep Center"),
        ("Dr. Philippa Nakashima", "Teton Valley Rehabilitation"), ("Dr. Cassius Ferreira", "Snake River Dental Arts"),
        ("Dr. Honora Lindqvist", "Palouse Mobility & Seating"), ("Dr. Evander Okafor", "Bitterroot Spine Institute")]
RIGHTS = ("YOUR RIGHT TO APPEAL: If you do not agree with this decision, you may appeal by asking for a fair hearing. "
          "Your appeal must be received by the Department within 28 days of the date of this notice. Send it to the "
          f"Administrative Procedures Section, {ADDR}, or fax it to (208) 555-0163. If your health is at serious "
          "risk you may ask for an expedited hearing; a decision is then made within 72 hours. You may represent "
          "yourself or have a lawyer, relative, friend or other spokesperson speak for you.")


def person(r, es=False):
    f, l, m = r.choice(FIRST_ES if es else FIRST), r.choice(LAST_ES if es else LAST), r.choice("BCDEGHJKLMNPRSTW")
    return f"{f} {m}. {l}"


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def base(r, es=False):
    dec = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    return dict(dec=dec, name=person(r, es), mid=dig(r, 10), pa=f"PA{dig(r, 9)}", dob=dt.date(r.randint(1950, 2012),
                r.randint(1, 12), r.randint(1, 28)), npi=dig(r, 10), recv=plus(dec, -r.randint(4, 12)),
                plan=plus(dec, r.randint(10, 40)))


def common(f, prov, **kw):
    a = dict(insurer=AG, member_id=f["mid"], member_name=f["name"], denial_date=f["dec"].isoformat(), provider=prov)
    a.update(kw)
    return a


def alts(**kw):
    d = {"insurer": ALT_INS, "appeal_deadline": [None]}
    d.update(kw)
    return d


def addressee(p, f, lines):
    p.f(10)
    for ln in [f["name"].upper()] + lines:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


# 1. born digital: dark band, label column, hospital-grade knee brace / total knee denied as not necessary
def doc_band(r):
    f = base(r)
    clin, org = DOCS[0]
    ds = "long"
    p = Page(footer="Page {n} of {nb}", footer_left=f"Idaho Medicaid  |  {AG}  |  HW-0719 (rev. 03/25)")
    p.add_page()
    band(p, AG.upper(), f"{DIV}  ·  Medical Care Unit  ·  {ADDR}  ·  1-855-555-0128", h=17)
    p.line("NOTICE OF DECISION ON MEDICAL ASSISTANCE SERVICES", 12, "B")
    p.ln(2)
    addressee(p, f, ["1188 E Ponderosa St", "Nampa ID 83686"])
    p.pairs([("Notice Date", fdate(f["dec"], ds)), ("Participant", f["name"]), ("Medicaid ID Number", f["mid"]),
             ("Date of Birth", fdate(f["dob"], "slash")), ("Prior Authorization No.", f["pa"]),
             ("Service Requested", "Total knee arthroplasty, right (CPT 27447), outpatient surgery"),
             ("Requesting Provider", f"{clin}, {org}"), ("Provider NPI", f["npi"]),
             ("Request Received", fdate(f["recv"], ds)), ("Planned Date of Service", fdate(f["plan"], ds)),
             ("Decision", "DENIED")], label_w=52, size=9.5)
    p.ln(2)
    p.heading("Reason for this decision", 11, rule=True)
    p.para("The Department reviewed the records sent by your provider. The records do not show that you have tried "
           "and failed at least three months of conservative treatment (physical therapy, weight-bearing changes and "
           "injections), and the x-rays sent do not show the joint damage the medical criteria require. The service "
           "is not medically necessary as defined in IDAPA 16.03.09, Medicaid Basic Plan Benefits.", 9.5)
    p.heading("What you can do", 11, rule=True)
    p.para(RIGHTS, 9)
    p.para("Your provider may send a new request with additional records at any time. Questions: call Idaho Medicaid "
           "at 1-855-555-0128, Monday through Friday, 8 a.m. to 5 p.m. Mountain Time.", 9)
    t = truth("denial_letter", "medical_necessity", cases=[f["pa"]], service_dates=[f["plan"].isoformat()],
              appeal_deadline=plus(f["dec"], 28).isoformat(), alternates=alts(provider=[org]),
              **common(f, clin))
    return out(p), t


# 2. fax fine: told only in sentences, fax header line; power wheelchair
def doc_sentences(r):
    f = base(r)
    clin, org = DOCS[4]
    ds = "abbr"
    fl = (f"{fdate(f['dec'], 'slash')} 14:{r.randint(10, 59)}  FROM: IDHW MEDICAID PA UNIT  FAX (208) 555-0177  "
          f"TO: 12085550139  P. {{p}}/2")
    p = Page(fax_line=fl, footer=None, footer_left="Idaho Department of Health and Welfare - Division of Medicaid")
    p.add_page()
    p.line(AG, 13, "B")
    p.line(f"{DIV}  -  {ADDR}", 9)
    p.ln(6)
    p.line(fdate(f["dec"], ds), 10)
    p.ln(4)
    addressee(p, f, ["407 Riverbend Loop", "Twin Falls ID 83301"])
    p.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:")
    p.para(f"This letter is about the request that {clin} of {org} sent us for a power wheelchair with a power tilt "
           f"seat for you. We received the request on {fdate(f['recv'], ds)} and gave it prior authorization "
           f"number {f['pa']}. Your Medicaid ID number is {f['mid']}. The chair was to be delivered on "
           f"{fdate(f['plan'], ds)}.")
    p.para("We have decided not to approve the power wheelchair. The mobility evaluation shows that you are able to "
           "propel the manual wheelchair you already have inside your home, and it does not explain why a manual "
           "chair with a lighter frame would not meet your needs. Because of this, the power wheelchair is not "
           "medically necessary under IDAPA 16.03.09.")
    p.para("If you do not agree with this decision you have the right to appeal. Your appeal must be received "
           "within 28 days of the date of this notice. You can ask for a fair hearing in writing or by calling "
           "1-855-555-0128. Your supplier may also send a new request with a seating evaluation by a physical "
           "therapist. A copy of this letter was sent to your provider.")
    p.para("Sincerely,\nMedical Care Unit, Prior Authorization\nIdaho Medicaid")
    t = truth("denial_letter", "medical_necessity", cases=[f["pa"]], service_dates=[f["plan"].isoformat()],
              appeal_deadline=plus(f["dec"], 28).isoformat(), alternates=alts(provider=[org], service_dates=[[]]),
              **common(f, clin))
    return out(p), t


# 3. phone photo: Spanish notice, adult dental crown not a covered benefit
def doc_spanish(r):
    f = base(r, es=True)
    clin, org = DOCS[3]
    p = Page(footer="Página {n} de {nb}", footer_left="Idaho Medicaid - Departamento de Salud y Bienestar de Idaho")
    p.add_page()
    p.line(AG, 13, "B")
    p.line(f"{DIV} (División de Medicaid)  ·  {ADDR}", 8.5)
    p.ln(3)
    p.line("AVISO DE DECISIÓN SOBRE SERVICIOS DE ASISTENCIA MÉDICA", 12, "B")
    p.ln(2)
    addressee(p, f, ["2250 Calle Cottonwood Apt 4", "Caldwell ID 83605"])
    p.boxed_pairs([("Fecha del aviso", fdate(f["dec"], "es", "es")), ("Nombre del participante", f["name"]),
                   ("Número de Medicaid", f["mid"]), ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y")),
                   ("Número de autorización previa", f["pa"]),
                   ("Servicio solicitado", "Corona de porcelana sobre metal, diente 19 (D2752)"),
                   ("Proveedor que lo solicitó", f"{clin}, {org}"),
                   ("Fecha prevista del servicio", fdate(f["plan"], "es", "es")), ("Decisión", "NEGADO")],
                  label_w=62, size=9)
    p.heading("Motivo de la decisión", 11)
    p.para("Las coronas dentales para adultos no son un beneficio cubierto por el plan dental de Medicaid de Idaho "
           "para su grupo de elegibilidad. Solo se cubren servicios de emergencia y extracciones. Este servicio "
           "no es un beneficio cubierto.", 9.5)
    p.heading("Su derecho a apelar", 11)
    p.para("Si no está de acuerdo con esta decisión, puede apelar pidiendo una audiencia imparcial. El Departamento "
           "debe recibir su apelación dentro de 28 días a partir de la fecha de este aviso. Si su salud corre un "
           "riesgo grave, puede pedir una audiencia acelerada; se decide en 72 horas. Llame al 1-855-555-0128 "
           "(TTY 711) si necesita ayuda.", 9.5)
    t = truth("denial_letter", "not_covered", lang="es", cases=[f["pa"]], service_dates=[f["plan"].isoformat()],
              appeal_deadline=plus(f["dec"], 28).isoformat(), alternates=alts(provider=[org]), **common(f, clin))
    return out(p), t


# 4. scan 150: participant explanation of medical benefits, three claims, one denied (no prior authorization)
def doc_eomb(r):
    f = base(r)
    ds = "slash"
    claims = []
    provs = [("Boise Foothills Family Medicine", "Office visit"), ("Magic Valley Imaging", "MRI lumbar spine w/o dye"),
             ("Gem State Pharmacy Clinic", "Lab panel")]
    for i, (pv, svc) in enumerate(provs):
        dos = plus(f["dec"], -r.randint(20, 70))
        bill = round(r.randint(90, 400) + r.randint(0, 99) / 100, 2) if i != 1 else round(
            r.randint(1300, 2400) + 0.5, 2)
        claims.append(dict(icn=f"{r.randint(2, 9)}{dig(r, 12)}", prov=pv, svc=svc, dos=dos, bill=bill,
                           paid=0.0 if i == 1 else round(bill * 0.55, 2), code="N54" if i == 1 else "A01"))
    den = claims[1]
    p = Page(footer="Page {n} of {nb}", footer_left="Idaho Medicaid Participant EOMB")
    p.add_page()
    p.line(f"{AG.upper()}  -  {DIV.upper()}", 11, "B")
    p.line("EXPLANATION OF MEDICAL BENEFITS (EOMB) - THIS IS NOT A BILL", 10, "B")
    p.ln(3)
    addressee(p, f, ["96 W Sawtooth Ave", "Pocatello ID 83201"])
    p.pairs([("Statement Date", fdate(f["dec"], ds)), ("Participant", f["name"]), ("Medicaid ID", f["mid"]),
             ("Claims processed", f"{fdate(plus(f['dec'], -30), ds)} - {fdate(plus(f['dec'], -1), ds)}")],
            label_w=42, size=9.5)
    p.ln(2)
    rows = [[c["icn"], c["prov"], c["svc"], fdate(c["dos"], ds), money(c["bill"]), money(c["paid"]), c["code"]]
            for c in claims]
    p.table(["Internal Control Number (ICN)", "Provider", "Service", "Date of Service", "Amount Billed by Provider",
             "Medicaid Paid", "Remark Code"], rows, [30, 38, 32, 20, 22, 18, 14], size=8, head_h=12)
    p.heading("Remark codes", 10)
    p.para("A01  Paid according to the Idaho Medicaid fee schedule.\nN54  Denied. This service requires prior "
           "authorization and no prior authorization was on file for the date of service.", 8.5)
    p.para(f"Claims marked N54 were denied. You may appeal a denied claim by asking for a fair hearing; your appeal "
           f"must be received within 28 days of the date of this statement. A provider who accepts Medicaid may not "
           f"bill you for a denied service. Call 1-855-555-0128 with questions.", 8.5)
    t = truth("eob", "prior_authorization", cases=[den["icn"]], claim_amount=m2(den["bill"]),
              service_dates=[den["dos"].isoformat()], appeal_deadline=plus(f["dec"], 28).isoformat(),
              alternates=alts(), **common(f, den["prov"]))
    return out(p), t


# 5. rotated: approval in boxed grid (denies nothing)
def doc_approval(r):
    f = base(r)
    clin, org = DOCS[2]
    end = plus(f["plan"], 89)
    p = Page(footer="Page {n} of {nb}", footer_left="Idaho Medicaid")
    p.add_page()
    band(p, "Idaho Medicaid", f"{AG}  |  {DIV}", h=15)
    p.line("NOTICE OF DECISION ON MEDICAL ASSISTANCE SERVICES - APPROVAL", 11, "B")
    p.ln(2)
    addressee(p, f, ["3309 N Lemhi Dr", "Idaho Falls ID 83401"])
    p.boxed_pairs([("Notice date", fdate(f["dec"], "dmy")), ("Participant", f["name"]), ("Medicaid ID", f["mid"]),
                   ("Authorization number", f["pa"]), ("Provider", f"{org} ({clin})"), ("NPI", f["npi"]),
                   ("Service", "Outpatient physical therapy, 24 visits (97110, 97140)"),
                   ("Approved from", fdate(f["plan"], "dmy")), ("Approved through", fdate(end, "dmy")),
                   ("Decision", "APPROVED as requested")], label_w=50)
    p.para("Your provider's request has been approved. No action is needed from you. The approval is for the "
           "number of visits and dates shown above; your provider must ask again for visits after the last date. "
           "If this decision changes, you will get a new notice with your appeal rights.", 9.5)
    t = truth("other", None, cases=[f["pa"]], service_dates=[f"{f['plan'].isoformat()}/{end.isoformat()}"],
              unscored=["appeal_deadline"], alternates={"insurer": ALT_INS, "provider": [clin],
                                                        "service_dates": [[f["plan"].isoformat()]]},
              **common(f, org))
    return out(p), t


# 6. born digital, two pages: sidebar, running header, hearing request form; in-lab sleep study (setting)
def doc_two_page(r):
    f = base(r)
    clin, org = DOCS[1]
    ds = "iso"
    rh = f"Notice of Decision  ·  {f['name']}  ·  Medicaid ID {f['mid']}  ·  {fdate(f['dec'], ds)}"
    p = Page(run_head=rh, footer="Page {n} of {nb}", footer_left=f"{AG} · {DIV}")
    p.add_page()
    p.line(AG, 14, "B")
    p.line(f"{DIV}  ·  Bureau of Medical Care  ·  {ADDR}", 8.5)
    p.ln(3)
    p.line("NOTICE OF DECISION ON MEDICAL ASSISTANCE SERVICES", 12, "B")
    p.ln(3)
    x, y0, y1 = sidebar(p, [("Notice date", fdate(f["dec"], ds)), ("Participant", f["name"]),
                            ("Medicaid ID", f["mid"]), ("PA reference", f["pa"]), ("Date of birth", fdate(f["dob"], ds)),
                            ("Requested by", clin), ("Facility", org), ("Study date", fdate(f["plan"], ds)),
                            ("Received", fdate(f["recv"], ds))])
    body_at(p, x, y0 + 1, [
        "Dear Participant,",
        f"We reviewed the request for an attended overnight sleep study in a sleep laboratory (polysomnography, CPT "
        f"95810) for {fdate(f['plan'], ds)}.",
        "DECISION: The in-laboratory study is DENIED. A home sleep apnea test (CPT 95806) is APPROVED instead.",
        "WHY: Your records show symptoms of obstructive sleep apnea without heart failure, lung disease or another "
        "condition that would make a home test unreliable. Idaho Medicaid's sleep testing criteria allow the study "
        "in a laboratory setting only when a home test cannot be done or has failed. The home test can be done in "
        "the setting your needs allow.",
        "If the home test is not diagnostic, your provider may ask again for the laboratory study.",
    ])
    p.set_y(max(p.get_y(), y1) + 4)
    p.heading("Your appeal rights", 11, rule=True)
    p.para(RIGHTS, 9)
    p.add_page()
    p.heading("FAIR HEARING REQUEST", 12, rule=True)
    p.para("Complete this page and return it to the Administrative Procedures Section. Your request must be "
           "received within 28 days of the date of this notice. Keep a copy for your records.", 9.5)
    p.boxed_pairs([("Participant name", ""), ("Medicaid ID", ""), ("Telephone (daytime)", ""),
                   ("Decision you disagree with", ""), ("Why you disagree", ""), ("Representative (if any)", ""),
                   ("Signature / date", "")], label_w=60, h=9)
    p.para("Form HW-0721 Fair Hearing Request (rev. 01/25). Mail: Administrative Procedures Section, " + ADDR +
           ". Fax (208) 555-0163.", 8)
    t = truth("denial_letter", "level_of_care", cases=[f["pa"]], service_dates=[f["plan"].isoformat()],
              appeal_deadline=plus(f["dec"], 28).isoformat(), denial_alternates=["medical_necessity"],
              alternates=alts(provider=[org]), **common(f, clin))
    return out(p), t


# 7. stack: doctor's letter to the Department, blank, the Department's notice (fed upside down)
def doc_stack(r):
    f = base(r)
    clin, org = DOCS[5]
    ltr = plus(f["dec"], -r.randint(12, 20))
    f["recv"] = plus(ltr, 3)
    p = Page(footer=None, footer_left=f"{org} · 2140 Sherman Ave, Coeur d'Alene ID 83814 · Fax (208) 555-0190")
    p.add_page()
    p.line(org, 14, "B")
    p.line("Spine Surgery  ·  Pain Management", 9)
    p.ln(6)
    p.line(fdate(ltr, "upper"), 10)
    p.ln(3)
    p.para(f"{AG}\n{DIV}, Medical Care Unit - Prior Authorization\n{ADDR}", 10)
    p.line(f"RE: {f['name']}   Medicaid ID {f['mid']}   PA request {f['pa']}", 10, "B")
    p.ln(2)
    p.para("To the reviewing physician:")
    p.para(f"I am writing in support of the request for an anterior cervical discectomy and fusion at C5-6 for my "
           f"patient {f['name']}, planned for {fdate(f['plan'], 'upper')}. The patient has had eight months of "
           f"radiating arm pain and weakness. Physical therapy and two epidural injections gave only short relief, "
           f"and the MRI shows foraminal narrowing that matches the exam. I ask that the Department approve the "
           f"surgery as medically necessary.")
    p.para(f"Sincerely,\n\n{clin}, MD\nNPI {f['npi']}")
    t1 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], cases=[f["pa"]],
               service_dates=[f["plan"].isoformat()], denial_date=ltr.isoformat(), provider=clin,
               unscored=["insurer", "appeal_deadline"], alternates={"denial_date": [None], "provider": [org]})
    q = Page(footer="Page {n} of {nb}", footer_left="Idaho Medicaid  |  HW-0719")
    q.add_page()
    band(q, AG.upper(), f"{DIV}  ·  {ADDR}", h=15)
    q.line("NOTICE OF DECISION ON MEDICAL ASSISTANCE SERVICES", 12, "B")
    q.ln(2)
    q.pairs([("Date of Notice", fdate(f["dec"], "slash")), ("Participant", f["name"]), ("Medicaid ID", f["mid"]),
             ("PA Number", f["pa"]), ("Service", "Anterior cervical discectomy and fusion, C5-6 (22551)"),
             ("Requesting Provider", clin), ("Date Received", fdate(f["recv"], "slash")),
             ("Date of Service", fdate(f["plan"], "slash")), ("Decision", "Denied")], label_w=46, size=9.5)
    q.ln(2)
    q.heading("Reason", 11)
    q.para("The letter and records from your surgeon were reviewed by a physician consultant. The records do not "
           "include a recent neurological exam showing progressive weakness, and there is no record of a completed "
           "six-week course of supervised physical therapy. The surgery is not medically necessary at this time.", 9.5)
    q.para(RIGHTS, 9)
    t2 = truth("denial_letter", "medical_necessity", cases=[f["pa"]], service_dates=[f["plan"].isoformat()],
               appeal_deadline=plus(f["dec"], 28).isoformat(), alternates=alts(provider=[org]),
               **common(f, clin))
    return [(out(p), t1), (out(q), t2)]


def documents(rng) -> list[Item]:
    r = random.Random(350303)
    F = FAMILY
    return [
        Item(f"{F}_bd_knee_arthroplasty_band", "born_digital", [doc_band(r)]),
        Item(f"{F}_faxfine_wheelchair_sentences", "fax_fine_g4", [doc_sentences(r)]),
        Item(f"{F}_phone_aviso_corona_dental", "phone_photo", [doc_spanish(r)]),
        Item(f"{F}_lowres_eomb_three_claims", "scan_lowres_150", [doc_eomb(r)]),
        Item(f"{F}_rotated_pt_approval_grid", "rotated", [doc_approval(r)]),
        Item(f"{F}_bd_two_page_sleep_study_sidebar", "born_digital", [doc_two_page(r)]),
        Item(f"{F}_scan300_stack_surgeon_letter_notice", "scan_clean_300", doc_stack(r),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
