"""Family 'kansas_kancare_mco_notice_of_adverse_benefit_determination': an invented KanCare managed care
organization's Notice of Adverse Benefit Determination, in the structure of the KanCare notice (what was asked for,
what we decided, why, the rule, appeal to the plan within 60 days, State Fair Hearing with the Office of
Administrative Hearings within 120 days of the appeal decision, continued benefits if asked within 10 days,
expedited 72-hour appeal, the KanCare Ombudsman).

Documents: a born-digital notice under a white-on-dark band denying an outpatient sleep study (label column); a
photocopied Spanish notice (boxed grid) reducing attendant care hours; a standard-fax stack of a cover sheet, the
provider copy of a notice refusing an inpatient rehabilitation admission (skilled nursing approved instead; fax
header line, two-line table header) and the physiatrist's letter to the plan fed upside down; a phone photo of a
member claims summary with three claims, one refused out of network; a sideways Notice of Appeal Resolution that
upholds a knee MRI denial, told only in sentences; a scanned two-column approval with a shaded sidebar (denies
nothing); a born-digital two-page notice refusing adult orthodontics as not covered, running header, appeal date
printed.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, KMAP provider numbers, K.A.R. and
policy numbers, 72-hour, 10-day and 120-day limits, the other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdaf import (Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar,
                                usd, wtable)

FAMILY = "kansas_kancare_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 349705
ORG = "Flint Prairie Health Plan of Kansas"
ORG_SHORT = "Flint Prairie Health Plan"
ORG_ADDR = "PO Box 40318, Wichita, KS 67299"
PROGRAM = "KanCare"
MEMBERS = ["Garrett L. Ostrander", "Nellie P. Runyan", "Dwight A. Haverkamp", "Corinne E. Whitebird",
           "Floyd T. Siemens", "Shauna K. Lindqvist", "Roderick M. Penner"]
MEMBER_ES = "Maricela D. Ocampo"
SLEEP_DOC = "Lionel B. Ashgrove, MD"
SLEEP_DOC_BARE = "Lionel B. Ashgrove"
SLEEP_LAB = "Cottonwood Sleep Disorders Center"
ATTEND = "Bluestem Home and Community Services"
REHAB_DOC = "Priscilla J. Vanderhoof, DO"
REHAB_DOC_BARE = "Priscilla J. Vanderhoof"
REHAB = "Smoky Hill Rehabilitation Hospital"
ORTHO = "Arkalon Orthopedic Associates"
ORTHO_DOC = "Dr. Benedict R. Kowal"
DENT = "Chisholm Trail Orthodontics"
WHEEL = "Prairie Mobility Medical Supply"
RIGHTS_REG = "K.A.R. 30-7-64 and 42 CFR 438.400-438.424"


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} N. Meridian Road",
                                                        "Hutchinson, KS 67599"],
                kid=pat(r, "9999999999"), phone=ph(r),
                dob=dt.date(r.randint(1952, 2005), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.1, deadline="within 60 days from the date of this notice"):
    paras(d, [
        "#Your right to appeal",
        f"If you do not agree with this decision, you or your authorized representative may ask for an appeal "
        f"{deadline}. You may ask by phone or in writing to {ORG_SHORT} Appeals, {ORG_ADDR}. Your provider may "
        "appeal for you if you give written permission.",
        "#Expedited (fast) appeal",
        "If waiting for a standard appeal could seriously harm your health, ask for a fast appeal. We will decide "
        "within 72 hours.",
        "#Continuing your benefits",
        "If this decision stops or reduces a service you are getting now, you may keep getting the service while "
        "your appeal is decided. You must ask within 10 days from the date of this notice, or before the date the "
        "change takes effect. If the final decision is not in your favor, you may have to pay for the services.",
        "#State Fair Hearing",
        "If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the Office of "
        "Administrative Hearings within 120 days from the date of the appeal decision notice.",
        "#Help",
        f"The KanCare Ombudsman can help you at no cost. You have the right to get, free of charge, copies of all "
        f"documents and the medical necessity criteria used in this decision. Rules: {RIGHTS_REG}."], size=size)


def doc_sleep_bd(r):
    f = base(r, 0)
    auth = "PA" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(7, 16))
    got = plus(f["notice"], -r.randint(3, 9))
    d = Page(footer=f"{ORG}  |  A {PROGRAM} plan  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG.upper(), f"A {PROGRAM} health plan  -  Member Services {f['phone']}  -  TTY 711",
         [ORG_ADDR])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice Date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("KanCare ID:", f["kid"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("Authorization Number:", auth),
           ("Ordering Provider:", SLEEP_DOC), ("Provider NPI:", f["npi"]),
           ("Date We Got the Request:", fd(got, "long"))], w=52, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"An attended overnight sleep study in a sleep lab (polysomnography, CPT 95810) at {SLEEP_LAB}, planned for "
        f"{fd(planned, 'long')}.",
        "#What we decided",
        "We denied this request.",
        "#Why",
        "Your records show snoring and daytime sleepiness but no heart or lung disease, no seizure history and no "
        "other reason a home sleep test would not work for you. A sleep study in a lab is medically necessary "
        "only when a home sleep test cannot be done or was not clear. A home sleep apnea test is approved instead. "
        "The lab study is not medically necessary at this time.",
        "#Rule used", "Flint Prairie Medical Policy MP-SLP-014, Attended Polysomnography."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["kid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SLEEP_DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [SLEEP_DOC_BARE, SLEEP_LAB]}, denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


def doc_attendant_es(r):
    f = base(r, 1)
    auth = pat(r, "99-999999")
    a = plus(f["notice"], 12)
    b = plus(a, 181)
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"Un plan de {PROGRAM}", ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"], True)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 56), ("Nombre del miembro", MEMBER_ES, 64),
             ("Número de KanCare", f["kid"], 60)])
    d.boxes([("Número de autorización", auth, 56), ("Proveedor", ATTEND, 124)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "esnum"), 56), ("Programa", "Exención HCBS - Adultos mayores", 124)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que se pidió",
        f"Servicios de asistencia personal (atención de auxiliar) en el hogar, 40 horas por semana, del "
        f"{fd(a, 'es')} al {fd(b, 'es')}.",
        "#Lo que decidimos",
        "Aprobamos 26 horas por semana. Negamos las otras 14 horas por semana.",
        "#Por qué",
        "Su evaluación funcional más reciente muestra que usted puede comer y tomar sus medicinas sin ayuda y que "
        "su hija le ayuda por las tardes. Las 26 horas cubren el baño, el vestido y las tareas del hogar que usted "
        "no puede hacer. Las horas adicionales no son médicamente necesarias.",
        "#Regla", "K.A.R. 30-5-300 y el Manual de la Exención HCBS, sección 8.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
        f"Llame a Servicios para Miembros o escriba a {ORG_SHORT} Appeals, {ORG_ADDR}.",
        "Para seguir recibiendo sus 40 horas mientras se decide la apelación, pídalo dentro de 10 días a partir de "
        "la fecha de este aviso. Una apelación rápida se decide dentro de 72 horas. Si no está de acuerdo con la "
        "decisión de la apelación, puede pedir una Audiencia Imparcial Estatal ante la Oficina de Audiencias "
        "Administrativas (Office of Administrative Hearings) dentro de 120 días."], size=9.2)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["kid"],
              member_name=MEMBER_ES, case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=ATTEND,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def stack_rehab(r):
    f = base(r, 2)
    auth = "IP-" + pat(r, "9999999")
    adm = plus(f["notice"], -1)
    got = plus(f["notice"], -2)
    line = f"{fd(f['notice'], 'short')} 14:{r.randint(10, 59)}  FROM: 555 418 2090  {ORG_SHORT.upper()} UM   " \
           "P.{p:02d}"
    d = Page(faxline=line, footer=f"{ORG} - Provider Copy - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management  -  Fax 1-555-418-2090", ORG_ADDR])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 11.5, "B")
    d.ln(1)
    lv(d, [("Date of notice", fd(f["notice"], "iso")), ("Member", f["member"]), ("KanCare ID", f["kid"]),
           ("Requesting facility", REHAB), ("Attending physician", REHAB_DOC), ("Request received", fd(got, "iso"))],
       w=44, size=9.2)
    wtable(d, ["Authorization number", "Level of care requested", "Requested admission date",
               "Decision", "Level of care approved"],
           [[auth, "Acute inpatient rehab", fd(adm, "iso"), "Denied", "Skilled nursing facility"]],
           [34, 40, 34, 24, 42], size=8.3)
    paras(d, [
        "Reason: The member had a left hip fracture repair and can take part in about one hour of therapy a day. "
        "Acute inpatient rehabilitation requires the ability to take part in three hours of therapy a day, five "
        "days a week. The member's needs can be met safely in a skilled nursing facility, which is approved. "
        "Criteria: MCG Inpatient Rehabilitation Facility guideline.",
        "The member was mailed a Notice of Adverse Benefit Determination. The member, or the provider with the "
        "member's written consent, may appeal within 60 days from the date of this notice. A peer-to-peer review "
        "may be requested by calling 1-555-418-2077 within 5 business days. Expedited appeals are decided within "
        "72 hours. State Fair Hearing: Office of Administrative Hearings, within 120 days of the appeal "
        "decision."], size=9.1)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["kid"], member_name=f["member"],
                  case_numbers=[auth], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
                  provider=REHAB, appeal_deadline=plus(f["notice"], 60).isoformat(),
                  alternates={"provider": [REHAB_DOC, REHAB_DOC_BARE]})
    # physiatrist's letter (denies nothing)
    sent = plus(f["notice"], 1)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, REHAB, ["2215 E. Iron Avenue, Salina, KS 67499", "Phone 1-555-826-3300  Fax 1-555-826-3391"])
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG_SHORT} Utilization Management", "Attn: Medical Director", "Fax 1-555-418-2090"])
    paras(d, [
        f"Re: {f['member']}  -  KanCare ID {f['kid']}  -  request for reconsideration",
        "I am writing about my patient, who is 4 days after surgery for a left hip fracture and was refused "
        "admission to our inpatient rehabilitation unit. Since the review, she has walked 60 feet with a walker "
        "and tolerated two 45-minute therapy sessions in one day. She lives alone on a farm 40 miles from town and "
        "has a history of stroke with left-sided weakness, which needs daily physician oversight during rehab.",
        "I ask that you reconsider the decision and approve acute inpatient rehabilitation. I am available for a "
        "peer-to-peer discussion at 1-555-826-3345.",
        "Sincerely,", "", REHAB_DOC, "Medical Director, Inpatient Rehabilitation", f"NPI {f['npi']}"], size=10)
    letter = pdf_bytes(d)
    t_let = truth("other", None, insurer=None, member_id=f["kid"], member_name=f["member"],
                  denial_date=sent.isoformat(), provider=REHAB_DOC, unscored=["insurer", "service_dates"],
                  alternates={"provider": [REHAB_DOC_BARE, REHAB], "denial_date": [None]})
    cov = cover(f"{ORG_SHORT} Utilization Management", f"{REHAB} - Case Management", "1-555-418-2090",
                "1-555-826-3391", fd(sent, "slash"), 4,
                "Provider copy of the determination and the attending physician's reconsideration letter.")
    return [(dec, t_dec), (letter, t_let)], [cov, None], {(1, 0): 180}


def doc_claims_photo(r):
    f = base(r, 3)
    stmt = f["notice"]
    rows, claims = [], []
    s1 = plus(stmt, -r.randint(40, 50))
    s2 = plus(stmt, -r.randint(30, 38))
    s3 = plus(stmt, -r.randint(20, 28))
    a1, a2, a3 = fee(r, 140, 260), fee(r, 900, 2400), fee(r, 60, 140)
    c1, c2, c3 = pat(r, "2026999999999"), pat(r, "2026999999999"), pat(r, "2026999999999")
    rows = [[fd(s1, "slash"), "Sunflower Family Clinic", c1, usd(a1, "nosign"), usd(a1 * 0.62, "nosign"), "0.00",
             "Paid"],
            [fd(s2, "slash"), "Ozark Border Surgical Group", c2, usd(a2, "nosign"), "0.00", "0.00", "Denied - N12"],
            [fd(s3, "slash"), "Dillons Pharmacy Clinic", c3, usd(a3, "nosign"), usd(a3 * 0.7, "nosign"), "0.00",
             "Paid"]]
    d = Page(footer=f"{ORG}  |  {PROGRAM}  |  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.text_line("MEMBER CLAIMS SUMMARY", 13, "B")
    d.text_line("This is not a bill. You do not owe any money for covered KanCare services.", 8.6)
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]], 9.6)
    d.set_y(y)
    lv(d, [("Statement date", fd(stmt, "dmy")), ("KanCare ID", f["kid"]),
           ("Claims processed", f"{fd(plus(stmt, -30), 'dmy')} - {fd(plus(stmt, -1), 'dmy')}")], w=32, size=8.8,
       x=110)
    d.ln(3)
    wtable(d, ["Date of service", "Provider", "Claim number", "Billed amount", "Plan paid", "You owe", "Status"],
           rows, [22, 44, 30, 20, 18, 14, 26], size=7.8)
    paras(d, [
        "N12 - Out of network: this provider is not in our network and the service was not approved before it "
        "was given. Non-emergency care from an out-of-network provider needs prior approval from "
        f"{ORG_SHORT}. The provider may not bill you for this service.",
        "If you do not agree with a denied claim, you may appeal within 60 days from the date of this statement. "
        "A fast appeal is decided within 72 hours. After our appeal decision, you may ask for a State Fair Hearing "
        "with the Office of Administrative Hearings within 120 days."], size=8.8)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["kid"], member_name=f["member"], case_numbers=[c2],
              claim_amount=f"{a2:.2f}", service_dates=[s2.isoformat()], denial_date=stmt.isoformat(),
              provider="Ozark Border Surgical Group", appeal_deadline=plus(stmt, 60).isoformat(),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_appeal_upheld(r):
    f = base(r, 4)
    f["notice"] = plus(f["notice"], 35)
    appeal = "APL-" + pat(r, "999999")
    auth = "PA" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(40, 52))
    got = plus(first, r.randint(6, 12))
    planned = plus(first, r.randint(10, 18))
    d = Page(serif=True, footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, ["Grievance and Appeals Department", ORG_ADDR, f"{f['phone']}  TTY 711"])
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'long')}. You asked us to change our decision of {fd(first, 'long')}, "
        f"which denied an MRI of your right knee that {ORTHO_DOC} of {ORTHO} asked to do on {fd(planned, 'long')} "
        f"(authorization request {auth}). Your appeal number is {appeal} and your KanCare ID is {f['kid']}.",
        "An orthopedic surgeon who was not part of the first decision reviewed your appeal and your records. The "
        "records show knee pain for five weeks after a fall, a normal X-ray, full range of motion and no locking "
        "or giving way. You have not yet had the six weeks of physical therapy our policy asks for before an MRI. "
        "We are upholding our decision: the MRI is not medically necessary at this time. Your doctor may ask again "
        "after you finish therapy.",
        "If you do not agree with this decision, you may ask for a State Fair Hearing with the Office of "
        "Administrative Hearings within 120 days from the date of this letter. If you were getting the service "
        "during the appeal and want it to continue during the hearing, you must ask within 10 days. The KanCare "
        "Ombudsman can help you at no cost, and you may ask us for free copies of your appeal file.",
        "Sincerely,", "Grievance and Appeals Department", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["kid"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=ORTHO_DOC, alternates={"provider": [ORTHO]})
    return pdf_bytes(d), t


def doc_approval_sidebar(r):
    f = base(r, 5)
    auth = "DME" + pat(r, "9999999")
    start = plus(f["notice"], 4)
    end = plus(start, 89)
    d = Page(footer=f"{ORG}  -  {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], True)
    y0, y1 = sidebar(d, [("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("KanCare ID", f["kid"]),
                         ("Authorization", auth), ("Supplier", WHEEL), ("Birth date", fd(f["dob"], "abbr")),
                         ("Approved through", fd(end, "abbr"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("Notice of Approved Service", 12.5, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']}:",
        f"Good news. {WHEEL} asked us to approve repairs to your power wheelchair: new drive motors, a joystick "
        "controller and two batteries (HCPCS K0108, E2361).",
        f"We APPROVED the repairs for {fd(start, 'abbr')} through {fd(end, 'abbr')}. You do not need to do anything. "
        "The supplier will call you to set up the repair.",
        "This approval is not a promise of payment if you lose KanCare eligibility before the service is done. "
        f"If you have questions, call Member Services at {f['phone']} (TTY 711), Monday to Friday, 8 a.m. to "
        "6 p.m.",
        "Sincerely,", "Care Coordination", ORG_SHORT], size=9.6)
    d.set_left_margin(18)
    t = truth("other", None, insurer=ORG, member_id=f["kid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=WHEEL)
    return pdf_bytes(d), t


def doc_ortho_two_page(r):
    f = base(r, 6)
    ref = "KC-" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(14, 30))
    deadline = plus(f["notice"], 60)
    d = Page(header=f"{f['member']}  |  KanCare ID {f['kid']}  |  Reference {ref}",
             footer=f"{ORG} - Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"{PROGRAM}  -  {ORG_ADDR}  -  {f['phone']}")
    y = d.get_y()
    addr(d, [f["member"].upper(), *[s.upper() for s in f["addr"]]])
    d.set_y(y)
    lv(d, [("DATE", fd(f["notice"], "upper")), ("KANCARE ID", f["kid"]), ("REFERENCE", ref),
           ("DOB", fd(f["dob"], "upper"))], w=28, size=9, x=118)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"{DENT} asked us to approve comprehensive orthodontic treatment (braces, D8080) for you, to start on "
        f"{fd(planned, 'upper')}. We have denied this request.",
        "#Why we denied it",
        "Orthodontic treatment for adults age 21 and older is not a covered benefit under the KanCare dental "
        "benefit. Orthodontics is covered only for members under 21 with a severe handicapping malocclusion. "
        "Because this service is not covered for you, we did not review whether it is medically necessary.",
        "#Rule used", "K.A.R. 129-5-1 and the KanCare Dental Benefit Description, section 4.3 (orthodontics).",
        "#What you can do",
        f"You may appeal this decision. Your appeal must be received by {fd(deadline, 'long')}. Call us at "
        f"{f['phone']} or write to {ORG_SHORT} Appeals, {ORG_ADDR}."], size=9.6)
    d.add_page()
    rights(d, 9.4, deadline="by the date shown on page 1 (60 days from the date of this notice)")
    paras(d, [
        "#Language help",
        "Si necesita esta carta en español, llame a Servicios para Miembros. If you need this letter in large "
        "print, call Member Services. TTY 711."], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["kid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DENT, appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, turns = stack_rehab(r(2))
    return [
        Item(f"{FAMILY}_bd_sleep_study_denied_band", "born_digital", [doc_sleep_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_attendant_hours_reduced", "photocopy", [doc_attendant_es(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_rehab_denied_and_physiatrist_letter", "fax_standard_g4", docs,
             separators=seps, turns=turns),
        Item(f"{FAMILY}_photo_claims_summary_out_of_network", "phone_photo", [doc_claims_photo(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_upheld_knee_mri_prose", "rotated", [doc_appeal_upheld(r(4))]),
        Item(f"{FAMILY}_scan300_wheelchair_repair_approved_sidebar", "scan_clean_300", [doc_approval_sidebar(r(5))]),
        Item(f"{FAMILY}_bd_two_page_adult_orthodontics_not_covered", "born_digital", [doc_ortho_two_page(r(6))]),
    ]
