"""Family 'inpatient_admission_downgraded_to_observation_letter': invented commercial and Medicare Advantage plan
letters, an EOB and a hospital notice on an inpatient stay paid as outpatient observation: the two-midnight
expectation was not met, the admission did not meet the plan's inpatient criteria (InterQual-style), a
peer-to-peer discussion is offered to the attending physician; the member's outpatient cost sharing is higher than
the inpatient copay; appeal deadlines (180 days commercial, 65 days Medicare Advantage) and the fast (72-hour)
appeal option; one decision overturned after the peer-to-peer; one Spanish letter.

Thornbury Health Alliance (commercial, employer groups) and Calloway Health Plans (Medicare Advantage HMO) are
invented, and so are the hospitals, attending physicians (decoys), members and numbers.
Decoys: attending physician and medical director, date of birth, clinical records received date, the
peer-to-peer request window, the 72-hour fast appeal, hospital account number, NPI, material ID, plan-year
deductible, the inpatient copay the member would have paid.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "inpatient_admission_downgraded_to_observation_letter"
LANG = "en"
PLANS = {"TH": ("Thornbury Health Alliance", "Thornbury Choice POS 2000", "400 Ridgeline Parkway, Louisville, KY 40223"),
         "CA": ("Calloway Health Plans", "Calloway Senior Advantage (HMO)", "PO Box 7713, Tempe, AZ 85281")}
HOSPITALS = ["St. Brigid Regional Medical Center", "Kestrel Valley Hospital", "Harrowgate Memorial Hospital"]
ATTENDING = ["Dr. Oluwaseun Marchbanks, MD", "Dr. Ilse Fontaine-Reyes, DO", "Dr. Tomasz Kiraly, MD",
             "Dr. Priyanka Wetherell, MD"]
MEDDIR = ["Dr. Conrad Aalders, MD", "Dr. Yewande Castellane, MD"]
FIRST = ["Augustin", "Marguerite", "Obadiah", "Svetlana", "Thandiwe", "Fergus", "Rosalind", "Hamid", "Ludmila"]
LAST = ["Brackett", "Okafor", "Lindgren", "Moreau", "Haverford", "Sadowski", "Achterberg", "Quennell", "Baptiste"]
FIRST_ES = ["Rigoberto", "Consuelo", "Eusebio", "Marisela", "Anacleto"]
LAST_ES = ["Echeverría", "Bustamante", "Carvajal", "Olmedo", "Villarreal"]
DX = ["chest pain, rule out acute coronary syndrome", "syncope", "cellulitis of the left lower leg",
      "community-acquired pneumonia", "atrial fibrillation with rapid ventricular response"]


def facts(i: int, plan: str, ds: str, lang: str = "en") -> dict:
    r = Rand(190500 + i)
    ins, prod, addr = PLANS[plan]
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    admit = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    nights = r.choice([1, 1, 2])
    f = dict(plan=plan, ins=ins, prod=prod, ins_addr=addr, name=f"{first} {mid}. {last}", first=first, last=last,
             addr=list(r.address("es" if lang == "es" else "en")),
             mid=("THA" if plan == "TH" else "CHP") + r.digits(8) + ("-01" if plan == "TH" and i % 2 else ""),
             grp=r.digits(6) + "-" + r.letters(2), hosp=HOSPITALS[i % 3], att=r.choice(ATTENDING),
             md=r.choice(MEDDIR), npi=r.npi(), ph=r.phone(), fax=r.phone(), admit=admit,
             disch=admit + dt.timedelta(days=nights), dx=r.choice(DX),
             ref=r.choice(["UM", "IP-", "CR"]) + r.digits(9), claim=r.digits(4) + "-" + r.digits(7),
             acct="HA" + r.digits(8), fd=lambda x: fmt_date(x, ds))
    f["dob"] = dt.date(r.randint(1938, 1960) if plan == "CA" else r.randint(1962, 1990), r.randint(1, 12),
                       r.randint(1, 28))
    f["notice"] = f["disch"] + dt.timedelta(days=r.randint(6, 30))
    f["recvd"] = f["notice"] - dt.timedelta(days=r.randint(2, 5))
    f["billed"] = f"{r.randint(96, 340) * 100 + r.randint(0, 99)}.{r.choice(['00', '40', '65', '18'])}"
    f["obs_hours"] = 18 + 24 * (nights - 1) + r.randint(2, 10)
    return f


def money(v) -> str:
    return "${:,.2f}".format(float(v))


def kv(d: Doc, rows, w=55, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k + ":")
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head(d: Doc, f: dict):
    d.add_page()
    d.text_line(f["ins"], 16, "B", h=8)
    d.text_line(f"{f['prod']}  -  {f['ins_addr']}", 8.5, h=4.5)
    d.text_line(f"Member Services {f['ph']} (TTY 711)  -  Utilization Management fax {f['fax']}", 8.5, h=4.5)
    d.rule(0.6, 4)


def addressee(d: Doc, f: dict, size=10.5):
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, size, h=5)
    d.ln(4)


# -- commercial letter: inpatient criteria not met, peer-to-peer offered ------------------------------------------
def letter_criteria(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{f['ins']}  |  UM-LOC-07  |  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination: Level of Care", 12.5, "B", h=7)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Date of birth", fd(f["dob"])), ("Reference number", f["ref"]),
           ("Facility", f"{f['hosp']} (NPI {f['npi']})"), ("Attending physician", f["att"]),
           ("Admission date", fd(f["admit"])), ("Discharge date", fd(f["disch"])),
           ("Clinical records received", fd(f["recvd"]))])
    d.para(f"Dear {f['first']} {f['last']}: {f['hosp']} asked us to approve your stay from {fd(f['admit'])} to "
           f"{fd(f['disch'])} as an inpatient admission for {f['dx']}. A nurse reviewer and our medical director, "
           f"{f['md']}, compared the hospital's records with our inpatient acute care criteria (a nationally "
           "recognized, InterQual-type set of criteria for the severity of illness and the intensity of services).", 10)
    d.text_line("What we decided", 11, "B", h=6)
    d.para("The records show stable vital signs, normal first laboratory results and treatment that could be given "
           "in an outpatient observation setting. The inpatient level of care criteria were not met. We approved "
           f"the stay as outpatient observation services ({f['obs_hours']} hours), not as an inpatient admission. "
           "The hospital's claim will be paid under your outpatient observation benefit.", 10)
    d.text_line("What this means for your costs", 11, "B", h=6)
    d.para("Under your plan, an inpatient stay has a $400 copay per admission. Outpatient observation is subject to "
           "your deductible and then 30% coinsurance, so your share may be higher. The hospital cannot bill you "
           "for more than your plan's cost sharing for an in-network stay.", 10)
    d.text_line("Peer-to-peer discussion", 11, "B", h=6)
    d.para(f"Your attending physician, {f['att']}, may ask to discuss this decision with our medical director. "
           f"The request must be made within 5 business days of this letter by calling {f['ph']}, option 4. A "
           "peer-to-peer discussion is not an appeal and does not change your appeal rights.", 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para("You, your doctor or someone you name may ask for an internal appeal within 180 days of the date of this "
           f"letter. Write to {f['ins']} Appeals, {f['ins_addr']}, or fax {f['fax']}. If you are still in the "
           "hospital or waiting would seriously harm your health, ask for an expedited (fast) appeal; we will decide "
           "within 72 hours. You may also have a right to an external review after the internal appeal.", 9.8)
    d.para(f"Sincerely,\nUtilization Management Department\n{f['ins']}\ncc: {f['hosp']}; {f['att']}", 10)
    return pdf_bytes(d)


# -- Medicare Advantage concurrent letter: two-midnight expectation not met ----------------------------------------
def letter_two_midnight(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Times", footer=f"H7731_UM2MN_{f['ref'][-4:]}_C   Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(f["ins"], 17, "B", h=8)
    d.text_line(f["prod"], 11, "I", h=5.5)
    d.text_line(f["ins_addr"], 9, h=4.5)
    d.ln(5)
    d.text_line("Date: " + fd(f["notice"]), 11, h=5.5)
    d.text_line("Case number: " + f["ref"], 11, h=5.5)
    d.ln(3)
    addressee(d, f, 11)
    d.text_line("Your hospital stay will be covered as outpatient observation", 13.5, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']} (Member ID {f['mid']}):", 11)
    d.para(f"{f['hosp']} admitted you on {fd(f['admit'])} and asked {f['ins']} to approve an inpatient stay. "
           "We have decided that your care does not meet the rule for inpatient hospital services. Medicare "
           "Advantage plans follow the Medicare two-midnight rule: an inpatient admission is covered when the "
           "admitting physician expects you to need hospital care that crosses at least two midnights. The "
           f"records from your attending physician, {f['att']}, show that you were expected to go home within a day "
           "after tests showed no heart attack. Your stay will be covered as outpatient observation services.", 11)
    d.para("Because observation is an outpatient service, your Part B-type outpatient hospital cost sharing "
           "applies ($90 copay per observation stay plus 20% of the cost of some tests and drugs) instead of the "
           "plan's inpatient copay. Some drugs you take in the hospital may not be covered as outpatient services.", 11)
    d.text_line("If you disagree", 12, "B", h=6.5)
    d.para("You have the right to appeal. You must ask for an appeal within 65 days of the date of this notice. "
           f"Call {f['ph']} or write to Appeals and Grievances, {f['ins_addr']}. If you are still in the hospital "
           "or your health could be seriously harmed by waiting, ask for a fast (expedited) appeal: we will answer "
           "within 72 hours. Your doctor can also ask for a peer-to-peer discussion with our medical director "
           f"({f['md']}) before you leave the hospital.", 11)
    d.para("You may also call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users should "
           "call 1-877-486-2048.", 10)
    d.para(f"Utilization Management, {f['ins']}", 11)
    return pdf_bytes(d)


# -- hospital notice: the plan paid the stay as observation -----------------------------------------------------
def hospital_notice(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{f['hosp']}  -  Patient Financial Services")
    d.add_page()
    d.text_line(f["hosp"], 15, "B", h=7)
    d.text_line("Patient Financial Services  -  2200 Infirmary Drive  -  phone 1-866-555-0143", 9, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Important information about your recent hospital stay", 12.5, "B", h=7)
    d.boxes([("Patient", f["name"], 62), ("Hospital account no.", f["acct"], 50), ("Date of birth", fd(f["dob"]), 50)])
    d.boxes([("Health plan", f["ins"], 62), ("Plan member ID", f["mid"], 50), ("Plan reference no.", f["ref"], 50)])
    d.boxes([("Dates of stay", f"{fd(f['admit'])} - {fd(f['disch'])}", 62), ("Total charges", money(f["billed"]), 50),
             ("Attending", f["att"].replace("Dr. ", ""), 50)])
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}: Your physician admitted you to our hospital as an inpatient. After "
           f"your discharge, your health plan, {f['ins']}, reviewed the stay and decided that it did not meet the "
           "plan's inpatient criteria. The plan will pay the stay as outpatient observation services. We asked "
           "the plan for a peer-to-peer review; it did not change the decision.", 10.5)
    d.text_line("How this may change what you owe", 11, "B", h=6)
    d.table(["", "Inpatient (as admitted)", "Observation (as paid)"],
            [["Your cost sharing", "$400 copay per admission", "Deductible, then 30% coinsurance"],
             ["Drugs you usually take", "Included", "May be billed to you"]], [48, 60, 66], size=9)
    d.para("This letter is not a bill. You will receive a statement after your plan's payment is posted. If you "
           "want to appeal the plan's decision, follow the instructions in the plan's letter to you; our "
           "utilization review staff can send your records to the plan.", 10.5)
    d.para("Questions: Patient Financial Services, 1-866-555-0143, Monday to Friday 8 a.m. to 5 p.m.", 10)
    return pdf_bytes(d)


# -- EOB: claim processed at the observation benefit ------------------------------------------------------------
def eob(f: dict) -> bytes:
    fd = f["fd"]
    b = float(f["billed"])
    parts = [("0762", "Observation room", 0.18), ("0450", "Emergency room", 0.22), ("0300", "Laboratory", 0.17),
             ("0320", "Radiology - diagnostic", 0.14), ("0250", "Pharmacy", 0.09), ("0110", "Room & board - private",
                                                                                    0.20)]
    amts = [round(b * p, 2) for _, _, p in parts[:-1]]
    amts.append(round(b - sum(amts), 2))
    d = Doc("Helvetica", footer=f"{f['ins']}  EXPLANATION OF BENEFITS  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS   THIS IS NOT A BILL", 12, "B", h=7)
    kv(d, [("Statement date", fd(f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", f["hosp"]),
           ("Patient account", f["acct"]), ("Dates of service", f"{fd(f['admit'])} to {fd(f['disch'])}")], w=38)
    rows, ta, tp, ty = [], 0.0, 0.0, 0.0
    for (rc, desc, _), a in zip(parts, amts):
        if rc == "0110":
            al = pd = 0.0
            yo, rmk = 0.0, "OB1"
        else:
            al = round(a * 0.46, 2)
            yo = round(al * 0.30, 2)
            pd = round(al - yo, 2)
            rmk = "OB2"
        ta, tp, ty = ta + al, tp + pd, ty + yo
        rows.append([rc, desc, money(a), money(al), money(pd), money(yo), rmk])
    rows.append(["*Total", "", money(b), money(ta), money(tp), money(ty), ""])
    d.table(["Rev", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [14, 50, 26, 24, 24, 24, 14], size=8, aligns="LLRRRRC")
    d.text_line("Notes", 10, "B", h=5.5)
    d.para("OB1: Inpatient admission not approved. Inpatient level of care criteria were not met (reference "
           f"{f['ref']}); room and board is not payable for an observation stay. The hospital may not bill you for "
           "this line.\nOB2: Processed under your outpatient observation benefit: deductible and 30% coinsurance "
           "apply instead of the $400 inpatient admission copay.", 9)
    d.text_line("Your plan year to date", 10, "B", h=5.5)
    d.table(["", "Deductible", "Out-of-pocket maximum"], [["Met so far", "$1,340.00 of $2,000.00",
                                                             "$2,915.60 of $6,500.00"]], [40, 60, 60], size=8.5)
    d.para("Appeals: if you disagree with how this claim was processed, you may appeal within 180 days of the date "
           f"of this statement. Write to {f['ins']} Appeals, {f['ins_addr']}. Urgent appeals are decided within "
           "72 hours.", 9)
    return pdf_bytes(d)


# -- overturned after peer-to-peer ------------------------------------------------------------------------------
def overturned(f: dict) -> bytes:
    fd = f["fd"]
    p2p = f["notice"] - dt.timedelta(days=2)
    d = Doc("Times", footer=f"{f['ins']}  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line(fd(f["notice"]), 11, h=5)
    addressee(d, f, 11)
    d.text_line("Update: your inpatient stay is approved", 13.5, "B", h=7)
    kv(d, [("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference number", f["ref"]),
           ("Hospital", f["hosp"]), ("Admission", fd(f["admit"])), ("Discharge", fd(f["disch"]))], w=45, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}: We wrote to you earlier that your stay at {f['hosp']} would be "
           "covered as outpatient observation because it did not meet our inpatient criteria. On "
           f"{fd(p2p)} your attending physician, {f['att']}, spoke with our medical director, {f['md']}, in a "
           "peer-to-peer discussion and gave more information about your condition (a rising troponin level and a "
           "second night of heart monitoring).", 10.5)
    d.para("Based on this information we reversed our decision. Your stay is approved as an inpatient admission, "
           "and the hospital's claim will be paid under your inpatient benefit ($400 copay per admission). You do "
           "not need to do anything. You do not need to file an appeal for this stay.", 10.5)
    d.para(f"Questions? Call Member Services at {f['ph']}.\n\nUtilization Management, {f['ins']}", 10.5)
    return pdf_bytes(d)


# -- Spanish Medicare Advantage letter (post-service) ---------------------------------------------------------------
def carta_es(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"H7731_UMES_{f['ref'][-4:]}_C   Página {{p}} de {{n}}")
    d.add_page()
    d.text_line(f["ins"], 16, "B", h=8)
    d.text_line("Calloway Senior Advantage (HMO)  -  " + f["ins_addr"], 8.5, h=4.5)
    d.rule(0.6, 4)
    d.text_line("Fecha del aviso: " + fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Aviso de denegación de pago: nivel de atención", 12.5, "B", h=7)
    kv(d, [("Afiliado", f["name"]), ("Nº de afiliado", f["mid"]), ("Número de caso", f["ref"]),
           ("Número de reclamo", f["claim"]), ("Hospital", f["hosp"]), ("Médico de cabecera", f["att"]),
           ("Fechas de la estadía", f"{fd(f['admit'])} al {fd(f['disch'])}"),
           ("Cargos facturados", money(f["billed"]))], w=52)
    d.para(f"Estimado(a) {f['first']} {f['last']}: {f['hosp']} nos pidió pagar su estadía como hospitalización "
           "(paciente internado). Revisamos su expediente médico. Según la regla de las dos medianoches de "
           "Medicare, una hospitalización se cubre cuando el médico espera que usted necesite atención en el "
           "hospital durante al menos dos medianoches. Su expediente muestra que se esperaba darle de alta en menos "
           "de un día. Por eso pagaremos su estadía como servicios de observación para pacientes ambulatorios, "
           "no como hospitalización.", 10)
    d.para("Esto puede cambiar lo que usted paga: se aplica el copago de servicios ambulatorios del hospital "
           "($90 por estadía de observación más el 20% de algunas pruebas y medicamentos) en lugar del copago "
           "de hospitalización.", 10)
    d.text_line("Su derecho a apelar", 11, "B", h=6)
    d.para("Si no está de acuerdo, puede pedir una apelación. Debe pedirla dentro de 65 días a partir de la fecha "
           f"de este aviso. Llame al {f['ph']} (TTY 711) o escriba a Apelaciones y Quejas, {f['ins_addr']}. Si "
           "esperar podría dañar gravemente su salud, puede pedir una apelación rápida (72 horas). Su médico puede "
           "pedir una conversación entre médicos (peer-to-peer) con nuestro director médico.", 10)
    d.para(f"Administración de Utilización, {f['ins']}", 10)
    return pdf_bytes(d)


# -- commercial post-claim letter: claim adjusted to observation, deadline printed ------------------------------
def claim_letter(f: dict) -> bytes:
    fd = f["fd"]
    dl = f["notice"] + dt.timedelta(days=180)
    b = float(f["billed"])
    allowed = round(b * 0.31, 2)
    you = round(allowed * 0.3 + 250, 2)
    d = Doc("Helvetica", footer=f"{f['ins']}  -  Claim {f['claim']}  -  Page {{p}} of {{n}}")
    head(d, f)
    d.text_line(fd(f["notice"]), 10.5, align="R", h=5)
    addressee(d, f)
    d.text_line(f"RE: Claim {f['claim']}  -  {f['hosp']}", 11.5, "B", h=6)
    d.text_line("Your hospital claim was paid as outpatient observation", 12.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: We processed the claim from {f['hosp']} for your stay from "
           f"{fd(f['admit'])} through {fd(f['disch'])}. The hospital billed it as an inpatient admission. Our clinical "
           "review (reference " + f["ref"] + ") found that the stay did not meet our inpatient level of care "
           "criteria: you were not expected to need hospital care past the second midnight and your treatment "
           "(intravenous fluids, monitoring, one imaging test) is usually given in observation.", 10)
    d.table(["Member ID", "Group", "Claim billed", "Allowed as observation", "Your share"],
            [[f["mid"], f["grp"], money(b), money(allowed), money(you)]], [38, 30, 34, 46, 30], size=9,
            head_fill=True)
    d.para("Your share is your outpatient deductible and 30% coinsurance. Had the stay been approved as inpatient "
           "your share would have been the $400 admission copay. The hospital may not bill you for the difference "
           "between its charges and the allowed amount.", 10)
    d.para(f"The hospital and the attending physician ({f['att']}) were offered a peer-to-peer discussion with our "
           "medical director; we have no record that one was requested.", 10)
    d.text_line("How to appeal", 11, "B", h=6)
    d.para(f"To appeal, send us your request so that we receive it by {fd(dl)}. Mail: {f['ins']} Appeals, "
           f"{f['ins_addr']}. Fax: {f['fax']}. For an urgent situation call {f['ph']} to ask for an expedited "
           "appeal (decided within 72 hours).", 10)
    d.para(f"Claims Review Unit, {f['ins']}", 10)
    return pdf_bytes(d)


def T(f, doc, den, lang="en", **kw):
    base = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["name"], denial_date=iso(f["notice"]),
                provider=f["hosp"])
    if f["plan"] == "TH":
        base["group_number"] = f["grp"]
    base.update(kw)
    return truth(doc, den, lang, **base)


def documents(rng) -> list[Item]:
    items = []
    plus = lambda f, n: iso(f["notice"] + dt.timedelta(days=n))  # noqa: E731
    span = lambda f: [iso(f["admit"], f["disch"])]  # noqa: E731

    f = facts(0, "TH", "long")
    items.append(Item(f"{FAMILY}_bd_commercial_criteria_not_met_p2p_offered", "born_digital",
                      [(letter_criteria(f), T(f, "denial_letter", "level_of_care", case_numbers=[f["ref"]],
                                              service_dates=span(f), appeal_deadline=plus(f, 180),
                                              denial_alternates=["medical_necessity"]))]))

    f = facts(1, "CA", "slash")
    f["notice"] = f["admit"] + dt.timedelta(days=1)
    items.append(Item(f"{FAMILY}_bd_ma_two_midnight_concurrent", "born_digital",
                      [(letter_two_midnight(f), T(f, "denial_letter", "level_of_care", case_numbers=[f["ref"]],
                                                  service_dates=[iso(f["admit"])], appeal_deadline=plus(f, 65),
                                                  denial_alternates=["medical_necessity"]))]))

    f = facts(2, "TH", "abbr")
    items.append(Item(f"{FAMILY}_scan300_hospital_notice_observation_cost_share", "scan_clean_300",
                      [(hospital_notice(f), T(f, "other", None, case_numbers=[f["ref"]], claim_amount=f["billed"],
                                              service_dates=span(f), unscored=["insurer"], group_number=None,
                                              type_alternates=["denial_letter"],
                                              denial_alternates=["level_of_care"]))]))

    f = facts(3, "TH", "slash")
    items.append(Item(f"{FAMILY}_lowres_eob_paid_at_observation_benefit", "scan_lowres_150",
                      [(eob(f), T(f, "eob", "level_of_care", case_numbers=sorted([f["claim"], f["ref"]]),
                                  claim_amount=f["billed"], service_dates=span(f), appeal_deadline=plus(f, 180),
                                  alternates={"case_numbers": [[f["claim"]]]}))]))

    f = facts(4, "TH", "dmy")
    items.append(Item(f"{FAMILY}_photocopy_overturned_after_peer_to_peer", "photocopy",
                      [(overturned(f), T(f, "other", None, case_numbers=[f["ref"]], service_dates=span(f)))]))

    f = facts(5, "CA", "es", lang="es")
    items.append(Item(f"{FAMILY}_phone_ma_spanish_two_midnight_payment", "phone_photo",
                      [(carta_es(f), T(f, "denial_letter", "level_of_care", "es",
                                       case_numbers=sorted([f["ref"], f["claim"]]), claim_amount=f["billed"],
                                       service_dates=span(f), appeal_deadline=plus(f, 65),
                                       denial_alternates=["medical_necessity"]))]))

    f = facts(6, "TH", "iso")
    items.append(Item(f"{FAMILY}_rotated_claim_adjusted_to_observation", "rotated",
                      [(claim_letter(f), T(f, "denial_letter", "level_of_care",
                                           case_numbers=sorted([f["claim"], f["ref"]]), claim_amount=f["billed"],
                                           service_dates=span(f), appeal_deadline=plus(f, 180),
                                           denial_alternates=["medical_necessity"]))]))
    return items
