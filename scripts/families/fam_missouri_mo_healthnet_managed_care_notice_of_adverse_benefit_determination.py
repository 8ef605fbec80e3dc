"""Family 'missouri_mo_healthnet_managed_care_notice_of_adverse_benefit_determination': an invented MO HealthNet
Managed Care health plan's notices, in the structure of a Medicaid managed care Notice of Adverse Benefit
Determination (what was asked, what we decided, why, the rule, appeal to the plan within 60 days, State Fair
Hearing with the Missouri Department of Social Services within 120 days of the appeal decision, continued
benefits within 10 days, 72-hour expedited appeal).

Documents: a born-digital notice denying outpatient physical therapy (white-on-dark band, label column); a
photocopied Spanish notice (boxed grid) denying a knee MRI done without prior authorization; a phone photo of a
member EOB with three claims, one refused out of network (two-line table header); a low-resolution appeal
decision upholding a private duty nursing reduction, told only in sentences; a born-digital two-column approval of
a power wheelchair (denies nothing); a sideways two-page notice refusing adult orthodontics as not covered
(running header, appeal date printed); a standard-fax stack of a cover, the provider copy of a speech therapy
reduction (fax header line) and the pediatrician's letter to the plan fed upside down.
All values invented; phones 1-555. Decoys: DCN vs. DOB, NPIs, request-received dates, processed periods, 10 CSR
and 42 CFR cites, other claims' numbers, 72-hour, 10-day and 120-day limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdaa import (Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, two_col,
                                usd, wtable)

FAMILY = "missouri_mo_healthnet_managed_care_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 349700
ORG = "Osage Prairie Health Plan"
ORG_ADDR = "PO Box 40917, Jefferson City, MO 65199"
PROGRAM = "MO HealthNet Managed Care"
MEMBERS = ["Delphine R. Hargrove", "Tobias N. Wetherell", "Marcy L. Quackenbush", "Everett J. Pinkney",
           "Lenora S. Brightwater", "Cassius D. Ollendorf", "Wilhelmina T. Spradling"]
MEMBER_ES = "Yaritza M. Olivares"
CHILD = "Jaxon P. Wetherell"
DOC_PT = "Corwin A. Feltman, DO"
PT = "Meramec Valley Physical Therapy"
DOC_PED = "Annelise B. Thornquist, MD"
PED = "Ozark Hollow Pediatrics"
SLP = "Fiddleback Speech and Language Clinic"
DME = "Current River Medical Equipment"
DOC_PM = "Harlan V. Odegaard, MD"
PDN = "Bluestem Home Nursing"
RULE = "42 CFR 438.210 and 13 CSR 70-3.030"


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Cedar Glade Road",
                                                        "Rolla, MO 65499"],
                dcn=pat(r, "99999999"), phone=ph(r), dob=dt.date(r.randint(1958, 2003), r.randint(1, 12),
                                                               r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0, deadline="within 60 days from the date of this notice"):
    paras(d, [
        "#Your right to appeal",
        f"If you disagree with this decision, you or someone you choose may ask {ORG} for an appeal {deadline}. "
        f"Call Member Services or write to {ORG} Grievances and Appeals, {ORG_ADDR}. You may see your case file "
        "and the criteria we used, free of charge.",
        "#Expedited (fast) appeal",
        "If waiting 30 days could seriously harm your health, ask for a fast appeal. We will decide within 72 hours.",
        "#Continuing your services",
        "If this notice stops or reduces a service you are already getting, you may keep getting it during the "
        "appeal if you ask within 10 days from the date of this notice. If the appeal is decided against you, you "
        "may have to pay for those services.",
        "#State Fair Hearing",
        "You must finish the health plan appeal first. If you disagree with the appeal decision, you may ask for a "
        "State Fair Hearing with the Missouri Department of Social Services within 120 days from the date of the "
        "appeal decision notice."], size=size)


def doc_pt_bd(r):
    f = base(r, 0)
    auth = "OP" + pat(r, "9999999")
    a, b = plus(f["notice"], 4), plus(f["notice"], 46)
    got = plus(f["notice"], -r.randint(3, 9))
    d = Page(footer=f"{ORG}  -  {PROGRAM}  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"A {PROGRAM} health plan", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date of notice:", fd(f["notice"], "long")), ("Member:", f["member"]), ("MO HealthNet DCN:", f["dcn"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Authorization number:", auth),
           ("Requesting provider:", DOC_PT), ("Provider NPI:", f["npi"]), ("Request received:", fd(got, "long"))],
       w=50, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was requested",
        f"Outpatient physical therapy, 12 visits (CPT 97110, 97140) at {PT}, from {fd(a, 'long')} through "
        f"{fd(b, 'long')}.",
        "#What we decided",
        "We have denied this request.",
        "#Why",
        "Your records show you finished 24 therapy visits for the same knee this year and reached your goals. You "
        "can walk without a cane and climb stairs. More visits are not medically necessary; a home exercise "
        "program can keep your strength.",
        "#Rules we used",
        RULE + "; " + ORG + " clinical guideline PT-04."], size=9.2)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["dcn"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC_PT,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Corwin A. Feltman", PT]})
    return pdf_bytes(d), t


def doc_mri_es(r):
    f = base(r, 1)
    claim = pat(r, "2026") + pat(r, "99999999")
    svc = plus(f["notice"], -r.randint(20, 35))
    amt = fee(r, 900, 2400)
    d = Page(footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [f"Un plan de {PROGRAM}", ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 62),
             ("DCN de MO HealthNet", f["dcn"], 58)])
    d.boxes([("Número de reclamo", claim, 60), ("Fecha del servicio", fd(svc, "es"), 62),
             ("Cantidad facturada", usd(amt, "plain"), 58)])
    d.boxes([("Proveedor", "Kingsway Open MRI of Sedalia", 120), ("NPI", f["npi"], 60)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Servicio",
        "Resonancia magnética (MRI) de la rodilla derecha sin contraste (CPT 73721).",
        "#Nuestra decisión",
        "Hemos negado el pago de este servicio.",
        "#Por qué",
        "Este estudio requiere autorización previa del plan antes de hacerse. No recibimos ninguna solicitud de "
        "autorización para esta fecha. El proveedor no puede cobrarle a usted por este servicio.",
        "#Reglas",
        RULE + ".",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este "
        f"aviso. Escriba a {ORG} Grievances and Appeals, {ORG_ADDR}, o llame a Servicios para Miembros. Si esperar "
        "pudiera dañar su salud, pida una apelación acelerada; decidiremos dentro de 72 horas. Después de la "
        "apelación, puede pedir una Audiencia Imparcial Estatal con el Departamento de Servicios Sociales de "
        "Missouri dentro de 120 días a partir de la fecha de la decisión de la apelación."], size=9.2)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["dcn"],
              member_name=MEMBER_ES, case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Kingsway Open MRI of Sedalia", appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_eob_photo(r):
    f = base(r, 2)
    stmt = f["notice"]
    claims = []
    provs = [("Cedar Glade Family Clinic", "Office visit 99214"), ("Lakeshore Urgent Care",
                                                                     "Urgent care visit 99204"),
             ("Rolla Community Lab", "Lab panel 80053")]
    for i, (p, s) in enumerate(provs):
        dos = plus(stmt, -r.randint(18, 50))
        billed = fee(r, 90, 480)
        claims.append(dict(no=pat(r, "26") + pat(r, "9999999999"), prov=p, svc=s, dos=dos, billed=billed))
    deny = 1
    d = Page(footer=f"{ORG}  |  {PROGRAM}  |  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("MEMBER EXPLANATION OF BENEFITS", 12.5, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member", f["member"]), ("DCN", f["dcn"]),
           ("Claims processed", f"{fd(plus(stmt, -30), 'upper')} - {fd(plus(stmt, -2), 'upper')}")], w=40, size=9.2)
    rows = []
    for i, c in enumerate(claims):
        paid = 0.0 if i == deny else round(c["billed"] * 0.46, 2)
        rows.append([c["no"], c["prov"], c["svc"], fd(c["dos"], "upper"), usd(c["billed"], "nosign"),
                     usd(paid, "nosign"), "0.00", "N-17" if i == deny else "P-01"])
    wtable(d, ["Claim number", "Provider", "Service", "Date of service", "Amount billed", "Plan paid",
               "You may owe", "Reason code"], rows, [28, 42, 30, 24, 20, 18, 16, 14], size=7.2)
    paras(d, [
        "#Reason codes",
        "P-01  Paid according to your MO HealthNet Managed Care benefits.",
        f"N-17  Denied. This provider is not in the {ORG} network and the visit was not an emergency; no referral "
        "or out-of-network approval was on file. The provider may not bill you.",
        "#Appeal rights",
        "You may appeal a denied claim within 60 days of the date of this statement. A State Fair Hearing with "
        "the Missouri Department of Social Services may be requested within 120 days of the appeal decision."],
        size=8.8)
    c = claims[deny]
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["dcn"], member_name=f["member"],
              case_numbers=[c["no"]], claim_amount=f"{c['billed']:.2f}", service_dates=[c["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider=c["prov"], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_upheld_prose(r):
    f = base(r, 3)
    appeal = "APL-" + pat(r, "99-9999")
    auth = "PD" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(35, 50))
    a, b = plus(first, 7), plus(first, 97)
    d = Page(serif=True, footer=f"{ORG}, a {PROGRAM} plan")
    d.add_page()
    letterhead(d, ORG, ["Grievances and Appeals", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"This letter is our decision on your appeal, number {appeal}. You asked us to look again at our notice "
        f"of {fd(first, 'dmy')}, which approved 40 hours a week of private duty nursing instead of the 56 hours a "
        f"week that {DOC_PM} asked for from {fd(a, 'dmy')} through {fd(b, 'dmy')} (authorization {auth}).",
        "A nurse reviewer and a doctor who is board certified in pediatrics and who took no part in the first "
        "decision read your records, your mother's letter and the nursing notes. Your tracheostomy care and tube "
        "feedings are stable, and your mother is trained in your care during the evening hours. The doctor found "
        "that 40 hours a week meets your medical needs and that the added 16 hours are not medically necessary. "
        "We are upholding our decision.",
        f"This decision is based on {RULE} and on the plan's private duty nursing guideline.",
        "This ends the health plan appeal. If you do not agree, you or your representative may ask for a State "
        "Fair Hearing with the Missouri Department of Social Services within 120 days from the date of this "
        "letter. You may ask for your nursing hours to continue while the hearing is pending if you ask within 10 "
        "days from the date of this letter. You may be asked to pay for those hours if the hearing decision is "
        "not in your favor. Legal help may be available free of charge from your local legal aid office.",
        f"If you have questions, call Member Services at {f['phone']} (TTY 711). Your MO HealthNet DCN is "
        f"{f['dcn']}.",
        "Sincerely,", "Lydia C. Manchester, RN, Appeals Coordinator", ORG], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["dcn"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC_PM, appeal_deadline=None,
              alternates={"provider": ["Harlan V. Odegaard", PDN]})
    return pdf_bytes(d), t


def doc_approval_two_col(r):
    f = base(r, 4)
    auth = "DM" + pat(r, "9999999")
    dos = plus(f["notice"], r.randint(10, 20))
    d = Page(footer=f"{ORG}  -  {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 2)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Notice date", fd(f["notice"], "iso")), ("DCN", f["dcn"]), ("Authorization", auth)], w=30, size=9,
       x=118)
    d.ln(6)
    d.text_line("NOTICE OF APPROVAL", 13, "B", "C")
    d.ln(3)
    two_col(d, [
        "#What we approved",
        f"A group 3 power wheelchair with a tilt seat and pressure-relief cushion (K0861, E1002), ordered by "
        f"{DOC_PM}. {DME} will deliver and fit it. Planned date of service: {fd(dos, 'iso')}.",
        "#What you need to do",
        f"Nothing. {DME} will call you to set up the delivery. Keep this notice with your records.",
    ], [
        "#Why we approved it",
        "Your records show you cannot walk in your home safely and cannot use a manual wheelchair because of "
        "weakness in your arms. The power wheelchair meets the plan's criteria.",
        "#Questions",
        f"Call Member Services at {f['phone']}. This notice is not a bill. If a later notice changes this "
        "approval, it will tell you how to appeal within 60 days.",
    ])
    t = truth("other", None, insurer=ORG, member_id=f["dcn"], member_name=f["member"], case_numbers=[auth],
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=DME,
              alternates={"provider": [DOC_PM, "Harlan V. Odegaard"]})
    return pdf_bytes(d), t


def doc_ortho_two_page(r):
    f = base(r, 5)
    ref = "R" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(12, 25))
    dl = plus(f["notice"], 60)
    d = Page(header=f"{f['member']}  -  DCN {f['dcn']}  -  Reference {ref}",
             footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM}", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Service:", "Comprehensive orthodontic treatment (D8080)"),
           ("Requested by:", "Gravois Mill Orthodontics"), ("Planned start:", fd(planned, "slash")),
           ("Reference:", ref), ("Decision:", "Denied - not a covered benefit")], w=36, size=9.4)
    paras(d, [
        "#Why we made this decision",
        "You are 34 years old. Under your MO HealthNet Managed Care benefits, orthodontic treatment is covered "
        "only for members under age 21 with a handicapping malocclusion. Braces for adults are not a covered "
        "service, so we cannot approve this request. This is a benefit decision, not a decision about whether "
        "the treatment would help you.",
        "#Rules we used",
        "13 CSR 70-35.010 and the plan's dental benefit schedule.",
        "#Other help",
        "You may still see your dentist for covered care such as exams, cleanings, fillings and extractions.",
    ], size=9.6)
    d.add_page()
    rights(d, 9.4, deadline=f"by {fd(dl, 'slash')} (60 days from the date of this notice)")
    paras(d, [
        "#Help with this notice",
        "You may have someone help you, such as a friend, family member, or lawyer. Free language help is "
        "available; call Member Services. Ayuda en español: llame a Servicios para Miembros.",
    ], size=9.4)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["dcn"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Gravois Mill Orthodontics", appeal_deadline=dl.isoformat(),
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def stack_speech(r):
    f = base(r, 6)
    f["member"] = CHILD
    auth = "TH" + pat(r, "9999999")
    a, b = plus(f["notice"], 5), plus(f["notice"], 96)
    letter_day = plus(f["notice"], 6)
    fl = f"{fd(letter_day, 'slash')} 10:42  FROM: {PED}  FAX 1-555-364-2210   TO: {ORG} APPEALS   P.{{p}}"
    d = Page(fax_line=fl, footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 11.5, "B")
    d.ln(1)
    lv(d, [("Notice date", fd(f["notice"], "abbr")), ("Member", CHILD), ("DCN", f["dcn"]),
           ("Authorization", auth), ("Requesting provider", SLP)], w=42, size=9.3)
    wtable(d, ["Service requested", "Units requested", "Units approved", "Start date", "End date", "Decision"],
           [["Speech therapy 92507", "24 visits", "12 visits", fd(a, "abbr"), fd(b, "abbr"), "Partly denied"]],
           [46, 24, 24, 28, 28, 30], size=8.2)
    paras(d, [
        "Reason: progress notes show the child met 3 of 4 goals in the last period. Twelve visits allow work on "
        "the remaining goal and a home program; the other 12 visits are not medically necessary.",
        f"Rules: {RULE}. The member was sent a notice in the mail. The member, or the provider with written "
        "consent, may appeal within 60 days from the date of this notice; continued services if asked within 10 "
        "days; State Fair Hearing within 120 days of the appeal decision."], size=9.2)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["dcn"], member_name=CHILD,
                  case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=SLP,
                  appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True, fax_line=fl)
    d.add_page()
    letterhead(d, PED, ["2207 Kingshighway Drive, Rolla, MO 65499", "Phone 1-555-364-2200  Fax 1-555-364-2210"], 0)
    d.text_line(fd(letter_day, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Grievances and Appeals", ORG_ADDR])
    paras(d, [
        f"RE: {CHILD}, DCN {f['dcn']}, authorization {auth}",
        "To the appeals reviewer:",
        f"I am Jaxon's pediatrician and I ask you to approve all 24 speech therapy visits from {fd(a, 'long')} "
        f"through {fd(b, 'long')}. Jaxon is four years old with childhood apraxia of speech. He met his early "
        "goals, but strangers still understand less than half of what he says, and apraxia needs frequent, "
        "repeated practice. Cutting visits in half now risks losing the gains he made.",
        f"His therapist's evaluation from {SLP} is attached. Please call me with any questions.",
        "Sincerely,", DOC_PED, PED], size=10)
    let = pdf_bytes(d)
    t_let = truth("other", None, insurer=None, member_id=f["dcn"], member_name=CHILD, case_numbers=[auth],
                  service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=letter_day.isoformat(),
                  provider=DOC_PED, unscored=["insurer"],
                  alternates={"provider": ["Annelise B. Thornquist", SLP], "denial_date": [None]})
    cov = cover(f"{ORG} Grievances and Appeals", f"{PED}", "1-555-410-8832", "1-555-364-2210",
                fd(letter_day, "slash"), 3, "Appeal support for speech therapy: the plan's notice and my letter.")
    return [(dec, t_dec), (let, t_let)], [cov, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_speech(r(6))
    return [
        Item(f"{FAMILY}_bd_outpatient_pt_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_mri_no_auth", "photocopy", [doc_mri_es(r(1))]),
        Item(f"{FAMILY}_photo_member_eob_three_claims", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_nursing_prose", "scan_lowres_150", [doc_upheld_prose(r(3))]),
        Item(f"{FAMILY}_bd_wheelchair_approval_two_column", "born_digital", [doc_approval_two_col(r(4))]),
        Item(f"{FAMILY}_rotated_adult_orthodontics_two_page", "rotated", [doc_ortho_two_page(r(5))]),
        Item(f"{FAMILY}_faxstd_stack_speech_provider_copy_and_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
