"""Family 'oregon_health_plan_cco_noabd_es': an invented Oregon Health Plan coordinated care organization's Notice of
Adverse Benefit Determination (NOABD), in English and Spanish, in the structure of the Oregon notice (what we
decided, why, the Oregon Administrative Rules it rests on, appeal within 60 days of the date on the notice, fast
appeal in 72 hours, contested case hearing after the appeal within 120 days, keeping benefits during the appeal,
the OHP 3302 appeal and hearing request form).

Documents: a born-digital NOABD denying outpatient physical therapy visits (decision table); a photocopied Spanish
NOABD refusing occupational therapy from an out-of-network clinic, told in sentences; the therapy clinic's scanned
letter to the CCO asking for reconsideration (denies nothing); a fine-fax stack (cover, the prescriber copy of a
pharmacy NOABD denying a non-preferred drug, and the prescriber's prior authorization request); a phone photo of a
Notice of Appeal Resolution upholding a physical therapy denial, in prose; a sideways Notice of Appeal Resolution
approving speech therapy (denies nothing); a low-resolution pharmacy NOABD refusing an excluded drug (sidebar).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, OAR numbers, OHP 3302 form number,
72-hour, 10-day and 120-day limits, Rx numbers, NDC.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxb import Page, addr, fd, letterhead, lv, money, out, paras, pat, ph, plus

FAMILY = "oregon_health_plan_cco_noabd_es"
LANG = "en"
SEED = 348300
CCO = "Coho Meadow Health Partners"
CCO_ADDR = "PO Box 40871, Salem, OR 97399"
PT_CLINIC = "Alder Run Physical Therapy"
PT = "Rowan T. Ellsworth, DPT"
PT_BARE = "Rowan T. Ellsworth"
OT_CLINIC = "Clatsop Hands Occupational Therapy"
SLP_CLINIC = "Tillamook Bay Speech and Language Clinic"
PRESCRIBER = "Imogen R. Halvorsen, MD"
PRESCRIBER_BARE = "Imogen R. Halvorsen"
PCP = "Dashiell O. Brannigan, FNP"
PCP_BARE = "Dashiell O. Brannigan"
MEMBERS = ["Juniper L. Castellanos", "Ofelia M. Ortega", "Bartholomew K. Strand", "Nanette P. Okafor",
           "Ansel W. Drummond", "Corrigan S. Whitlow", "Philippa J. Rasmussen"]
MEMBER_ES = "Xóchitl A. Barragán"
RIGHTS_EN = [
    "#You have the right to appeal",
    "If you do not agree with our decision, you can ask us for an appeal. You must ask within 60 days from the date "
    "on this notice. You can call us, write to us, or use the Appeal and Hearing Request form (OHP 3302). Someone "
    "you choose, such as your provider, can ask for you with your written permission.",
    "#Fast appeal",
    "If you or your provider believe waiting for a standard appeal could seriously harm your health, ask for a fast "
    "(expedited) appeal. We will decide within 72 hours.",
    "#Contested case hearing",
    "If we do not change our decision, you can ask the State for a contested case hearing. You must ask within 120 "
    "days from the date on the Notice of Appeal Resolution.",
    "#Can I keep my benefits during the appeal?",
    "If this decision stops or reduces a service you are getting now, you can ask to keep getting it. You must ask "
    "within 10 days of the date of this notice or before the decision takes effect, whichever is later.",
    "You have the right to free copies of all documents, records and criteria used to make this decision. The OHA "
    "Ombuds Program can also help you."]


def who(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, member=MEMBERS[k], ohp=pat(r, "AA99999A"), phone=ph(r),
                dob=dt.date(r.randint(1958, 2012), r.randint(1, 12), r.randint(1, 28)), npi=r.choice("12") +
                pat(r, "999999999"), addr=[f"{r.randint(100, 9800)} NE Salal Street", "Astoria, OR 97399"])


def doc_pt_bd(r):
    f = who(r, 0)
    ref = "UM-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(4, 9))
    a = plus(f["notice"], r.randint(3, 8))
    b = plus(a, 55)
    p = Page(footer="Page {n} of {nb}", footer_left=f"{CCO} - NOABD - {ref}")
    p.add_page()
    letterhead(p, CCO, ["A coordinated care organization serving Oregon Health Plan members", CCO_ADDR,
                        f"Customer Service {f['phone']}  TTY 711  Fax 1-555-318-0042"], 0)
    p.line("Notice of Adverse Benefit Determination (NOABD)", 13, "B", "C", h=7)
    p.ln(2)
    y = p.get_y()
    addr(p, [f["member"], *f["addr"]])
    p.set_y(y)
    lv(p, [("Date of notice:", fd(f["notice"], "slash")), ("OHP ID:", f["ohp"]), ("Date of birth:",
           fd(f["dob"], "slash")), ("Reference #:", ref), ("Request received:", fd(got, "slash"))],
       w=34, size=9.2, x=112)
    p.ln(3)
    paras(p, [f"Dear {f['member']},",
              f"{CCO} has made a decision about a service your provider asked for. Your provider, {PT} of "
              f"{PT_CLINIC} (NPI {f['npi']}), asked us to approve the service below."], 9.6)
    p.table(["Service requested", "Code", "Dates", "Visits asked", "Decision"],
            [["Physical therapy, therapeutic exercise", "97110", f"{fd(a, 'slash')} - {fd(b, 'slash')}", "16",
              "Denied"]], [62, 16, 50, 24, 22], size=8.6)
    paras(p, [
        "#Why did we make this decision?",
        "Your provider's notes say your knee pain has been the same for a year and your home exercise program keeps "
        "your strength. Therapy visits are covered when they are expected to improve your function. The records do "
        "not show that more visits will improve your function, so the service is not medically necessary.",
        "#What rules support our decision?",
        "Oregon Administrative Rules (OAR) 410-131-0080, 410-141-3820 and 410-141-3835.",
        *RIGHTS_EN], 9.3)
    t = truth("denial_letter", "medical_necessity", insurer=CCO, member_id=f["ohp"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PT, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [PT_BARE, PT_CLINIC]})
    return out(p), t


def doc_ot_es(r):
    f = who(r, 1)
    ref = pat(r, "9999-999999")
    start = plus(f["notice"], r.randint(5, 12))
    p = Page(serif=True, footer="Página {n} de {nb}")
    p.add_page()
    letterhead(p, CCO, ["Organización de atención coordinada del Plan de Salud de Oregon", CCO_ADDR,
                        f"Servicio al Cliente {f['phone']}  TTY 711"], 1)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(3)
    addr(p, [MEMBER_ES, f["addr"][0], f["addr"][1]])
    p.line("Aviso de determinación adversa de beneficios", 13, "B", h=7)
    p.ln(2)
    paras(p, [
        f"Estimada {MEMBER_ES}:",
        f"Le escribimos sobre la terapia ocupacional que {OT_CLINIC} pidió para usted. Su número de identificación "
        f"del OHP es {f['ohp']} y el número de referencia de esta decisión es {ref}. La clínica pidió 12 visitas de "
        f"terapia ocupacional para su mano derecha a partir del {fd(start, 'es')}.",
        f"Hemos negado esta solicitud. {OT_CLINIC} no forma parte de la red de proveedores de {CCO}. Usted puede "
        "recibir el mismo servicio sin costo con un terapeuta de nuestra red; hay dos clínicas de terapia de la mano "
        "a menos de 30 millas de su casa. Las visitas fuera de la red solo se cubren cuando la red no tiene un "
        "proveedor que pueda dar el servicio.",
        "Esta decisión se basa en las Reglas Administrativas de Oregon (OAR) 410-141-3515 y 410-141-3835.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Puede llamarnos, escribirnos o usar el formulario de solicitud de apelación y audiencia (OHP 3302). Si "
        "esperar pudiera poner en grave peligro su salud, pida una apelación rápida; le responderemos dentro de 72 "
        "horas. Si no cambiamos nuestra decisión, puede pedir una audiencia de caso impugnado al Estado dentro de "
        "120 días a partir de la fecha del Aviso de Resolución de la Apelación.",
        "Tiene derecho a recibir gratis copias de todos los documentos y criterios que usamos. Fecha de nacimiento "
        f"en nuestros registros: {fd(f['dob'], 'es')}."], 9.6)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=CCO, member_id=f["ohp"], member_name=MEMBER_ES,
              case_numbers=[ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=OT_CLINIC, appeal_deadline=plus(f["notice"], 60).isoformat())
    return out(p), t


def doc_clinic_letter(r):
    f = who(r, 2)
    ref = "UM-" + pat(r, "99999999")
    denied_on = plus(f["notice"], -r.randint(12, 20))
    a = plus(f["notice"], r.randint(4, 9))
    b = plus(a, 41)
    p = Page(footer=None)
    p.add_page()
    letterhead(p, PT_CLINIC, ["812 Marine Drive, Suite 3, Astoria, OR 97399",
                              "Phone 1-555-325-7710  Fax 1-555-325-7719"], 2)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    addr(p, [f"{CCO}", "Utilization Management - Reconsideration", CCO_ADDR])
    lv(p, [("RE:", f["member"]), ("OHP ID:", f["ohp"]), ("DOB:", fd(f["dob"], "long")),
           ("Your reference:", ref)], w=32, size=9.6)
    paras(p, [
        "To the reviewer:",
        f"Your notice dated {fd(denied_on, 'long')} denied physical therapy for my patient. I am asking you to "
        f"reconsider. {f['member'].split()[0]} had a right total knee replacement and, unlike the notes you "
        "reviewed, now has a measured 15-degree flexion loss and fell twice last month. I am requesting 12 visits of "
        f"therapeutic exercise and gait training (97110, 97116) from {fd(a, 'long')} through {fd(b, 'long')}.",
        "Updated range-of-motion measurements, the fall log and the surgeon's note are enclosed. Please call me "
        "if a peer-to-peer conversation would help.",
        "Sincerely,", "", PT, f"{PT_CLINIC}  -  NPI {f['npi']}"], 10)
    t = truth("other", None, insurer=None, member_id=f["ohp"], member_name=f["member"], case_numbers=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(), provider=PT,
              unscored=["insurer"], alternates={"provider": [PT_BARE, PT_CLINIC], "case_numbers": [[]]})
    return out(p), t


def stack_pharmacy(r):
    f = who(r, 3)
    pa = "RX-PA-" + pat(r, "9999999")
    sent = plus(f["notice"], -r.randint(2, 4))
    p = Page(footer=f"{CCO} Pharmacy Services  -  Prescriber copy")
    p.add_page()
    letterhead(p, CCO, ["Pharmacy Services", CCO_ADDR, "Pharmacy prior authorization fax 1-555-318-0077"], 2)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION  -  PHARMACY", 11.5, "B")
    p.line("Copy to prescriber", 9)
    p.ln(2)
    p.boxed_pairs([("Notice date", fd(f["notice"], "iso")), ("Member", f["member"]), ("OHP ID", f["ohp"]),
                   ("Prescriber", PRESCRIBER), ("Prescriber NPI", f["npi"]), ("PA request number", pa),
                   ("Received", fd(sent, "iso")),
                   ("Drug requested", "Erenumab-aooe 70 mg/mL autoinjector, 1 per 30 days"),
                   ("Decision", "DENIED")], label_w=46, size=9)
    paras(p, [
        "Reason: This drug is not on the Oregon Health Plan Preferred Drug List. Coverage of a non-preferred migraine "
        "preventive requires a documented trial of at least two preferred preventive medicines (for example "
        "propranolol, topiramate or amitriptyline) for at least 8 weeks each. The request shows no trial of a "
        "preferred medicine. The drug is not medically necessary for this member at this time.",
        "Rules: OAR 410-121-0040 and OAR 410-141-3835.",
        "The member may appeal within 60 days of the date of this notice; a fast appeal is decided within 72 hours. "
        "After an appeal decision the member may ask for a contested case hearing within 120 days. A new request "
        "with chart notes showing preferred-drug trials may be sent at any time."], 9.2)
    dec = out(p)
    t_dec = truth("denial_letter", "medical_necessity", insurer=CCO, member_id=f["ohp"], member_name=f["member"],
                  case_numbers=[pa], denial_date=f["notice"].isoformat(), provider=PRESCRIBER,
                  appeal_deadline=plus(f["notice"], 60).isoformat(),
                  alternates={"provider": [PRESCRIBER_BARE]}, denial_alternates=["prior_authorization"])
    p = Page(footer=None)
    p.add_page()
    letterhead(p, "Seaside Neurology Clinic", ["2240 Necanicum Way, Seaside, OR 97399",
                                               "Phone 1-555-738-4400  Fax 1-555-738-4409"], 1)
    p.line("PHARMACY PRIOR AUTHORIZATION REQUEST", 12, "B")
    p.line(f"To: {CCO} Pharmacy Services  Fax 1-555-318-0077", 9)
    p.ln(2)
    p.boxed_pairs([("Date", fd(sent, "slash")), ("Patient", f["member"]), ("OHP ID", f["ohp"]),
                   ("DOB", fd(f["dob"], "slash")), ("Medication", "erenumab-aooe 70 mg/mL, 1 autoinjector monthly"),
                   ("NDC", "55513-0841-01"), ("Diagnosis", "G43.709 chronic migraine"),
                   ("Prescriber", PRESCRIBER), ("NPI", f["npi"])], label_w=40, size=9.4)
    paras(p, ["Clinical notes: 16 headache days a month for 2 years. Patient reports she could not tolerate a "
              "medicine her previous doctor prescribed, name not known. Requesting approval to start this month.",
              f"Signature: ____________________   {PRESCRIBER}"], 9.8)
    req = out(p)
    t_req = truth("other", None, insurer=None, member_id=f["ohp"], member_name=f["member"],
                  denial_date=sent.isoformat(), provider=PRESCRIBER, unscored=["insurer"],
                  alternates={"provider": [PRESCRIBER_BARE]})
    return [(dec, t_dec), (req, t_req)], ["cover", None]


def doc_upheld_photo(r):
    f = who(r, 4)
    f["notice"] = plus(f["notice"], 35)
    appeal, ref = "AP" + pat(r, "9999999"), "UM-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 45))
    got = plus(first, r.randint(6, 12))
    a = plus(first, r.randint(5, 9))
    b = plus(a, 27)
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, CCO, ["Appeals and Grievances", CCO_ADDR], 0)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    addr(p, [f["member"], *f["addr"]])
    p.line("Notice of Appeal Resolution", 12.5, "B", h=7)
    p.ln(1)
    paras(p, [
        f"Dear {f['member']},",
        f"We received your appeal on {fd(got, 'long')}. Your appeal number is {appeal}. You asked us to look again at "
        f"our notice of {fd(first, 'long')} (reference {ref}), which denied physical therapy at {PT_CLINIC} from "
        f"{fd(a, 'long')} through {fd(b, 'long')}. Your OHP ID is {f['ohp']}.",
        "A physical medicine doctor who was not part of the first decision reviewed your records, your provider's "
        "letter and the notes you sent. The records show that you met your therapy goals in your last course of "
        "therapy and that your home program keeps your walking steady. We are upholding our decision: the therapy is "
        "not medically necessary.",
        "This decision was based on OAR 410-131-0080 and OAR 410-141-3835. You can ask for free copies of everything "
        "we used to decide.",
        "If you do not agree, you can ask the Oregon Health Authority for a contested case hearing within 120 days "
        "from the date of this notice. Use form OHP 3302 or call us and we will help you fill it out. If your health "
        "is at risk, you can ask for a fast hearing.",
        "Sincerely,", "Appeals and Grievances Unit", CCO], 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=CCO, member_id=f["ohp"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PT_CLINIC)
    return out(p), t


def doc_approved_rotated(r):
    f = who(r, 5)
    appeal, ref = "AP" + pat(r, "9999999"), "UM-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(25, 40))
    a = plus(f["notice"], r.randint(3, 7))
    b = plus(a, 83)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, CCO, ["Appeals and Grievances", CCO_ADDR, f"Customer Service {f['phone']}"], 1)
    p.line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    p.ln(1)
    lv(p, [("Date", fd(f["notice"], "dmyU")), ("Member", f["member"]), ("OHP ID", f["ohp"]),
           ("Appeal number", appeal), ("Original reference", ref), ("Decision", "Overturned - approved")],
       w=40, size=9.4)
    paras(p, [
        f"You appealed our notice of {fd(first, 'dmyU')} that denied speech therapy at {SLP_CLINIC}. After "
        "reviewing your new evaluation, we have changed our decision. The therapy is approved: 24 visits of "
        f"speech-language treatment (92507) from {fd(a, 'dmyU')} to {fd(b, 'dmyU')}.",
        "You do not need to do anything else. Your provider has been told. If you have questions, call Customer "
        "Service (TTY 711).",
        "Sincerely,", "Appeals and Grievances Unit"], 9.8)
    t = truth("other", None, insurer=CCO, member_id=f["ohp"], member_name=f["member"], case_numbers=[appeal, ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=SLP_CLINIC, alternates={"service_dates": [[]], "case_numbers": [[appeal]]})
    return out(p), t


def doc_excluded_lowres(r):
    f = who(r, 6)
    ref = pat(r, "99-9999999")
    rx = pat(r, "9999999")
    filled = plus(f["notice"], -r.randint(1, 3))
    p = Page(footer=f"{CCO}   Pharmacy   Page {{n}} of {{nb}}")
    p.add_page()
    letterhead(p, CCO, [CCO_ADDR, f"Customer Service {f['phone']}"], 2)
    y0 = p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(p.l_margin, y0, 52, 92, style="F")
    p.set_xy(p.l_margin + 2, y0 + 3)
    for k, v in [("Notice date", fd(f["notice"], "dlong")), ("Member", f["member"]), ("OHP ID", f["ohp"]),
                 ("Case no.", ref), ("Prescriber", PCP), ("Rx number", rx), ("Date filled", fd(filled, "dlong")),
                 ("Pharmacy charge", money(412.88))]:
        p.set_x(p.l_margin + 2)
        p.f(7.5, "B")
        p.cell(48, 3.8, k.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_x(p.l_margin + 2)
        p.f(9)
        p.cell(48, 5, v, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.set_xy(76, y0)
    p.set_left_margin(76)
    p.line("Notice of Adverse Benefit Determination", 12, "B", h=7)
    paras(p, [
        f"Your pharmacy asked us to pay for semaglutide 2.4 mg weekly pens, prescribed by {PCP}. We denied the claim.",
        "Why: Medicines used for weight loss are not a covered benefit of the Oregon Health Plan. This is an "
        "exclusion in the benefit package, not a decision about your health.",
        "Rule: OAR 410-121-0147 and the Prioritized List of Health Services.",
        "You can appeal within 60 days from the date on this notice, using form OHP 3302, by phone or in writing. "
        "Fast appeals are decided within 72 hours. After the appeal you may ask for a contested case hearing "
        "within 120 days."], 9.2)
    p.set_left_margin(18)
    t = truth("denial_letter", "not_covered", insurer=CCO, member_id=f["ohp"], member_name=f["member"],
              case_numbers=[ref], claim_amount="412.88", service_dates=[filled.isoformat()],
              denial_date=f["notice"].isoformat(), provider=PCP, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [PCP_BARE], "claim_amount": [None], "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pharmacy(r(3))
    return [
        Item(f"{FAMILY}_bd_pt_visits_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_ot_fuera_de_red", "photocopy", [doc_ot_es(r(1))]),
        Item(f"{FAMILY}_scan300_clinic_reconsideration_letter", "scan_clean_300", [doc_clinic_letter(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_pharmacy_noabd_and_pa_request", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_appeal_resolution_upheld_prose", "phone_photo", [doc_upheld_photo(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_resolution_speech_approved", "rotated", [doc_approved_rotated(r(5))]),
        Item(f"{FAMILY}_lowres_weight_loss_drug_excluded", "scan_lowres_150", [doc_excluded_lowres(r(6))]),
    ]
