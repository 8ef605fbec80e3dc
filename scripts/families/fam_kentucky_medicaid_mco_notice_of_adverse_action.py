"""Family 'kentucky_medicaid_mco_notice_of_adverse_action': an invented Kentucky Medicaid managed care organization's
Notice of Adverse Action, in the structure of the notices Kentucky MCOs send (what was asked for, what we decided,
why, the regulation, how to appeal within 60 days, a State Fair Hearing within 120 days of the appeal decision,
an external independent third-party review, continued benefits, a 72-hour expedited appeal).

Documents: a born-digital notice denying outpatient physical therapy (label column); a scanned Spanish notice
denying a knee MRI without prior authorization (boxed grid); a fine-fax stack (cover, the provider copy of a notice
reducing private duty nursing hours, the physician's letter to the plan fed upside down); a phone photo of an
upheld appeal told in sentences; a sideways approval of an overturned appeal (denies nothing); a low-resolution
member explanation of benefits with three claims, one denied for timely filing; a photocopied two-page notice
ending an inpatient psychiatric stay (step down to a partial hospital program) with a running header.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, 907 KAR regulation numbers,
120-day hearing, 10-day continuation, 72-hour and external review limits, other claims on the EOB.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "kentucky_medicaid_mco_notice_of_adverse_action"
LANG = "en"
SEED = 349305
ORG = "Knobstone Commonwealth Health"
ORG_ADDR = "PO Box 40877, Frankfort, KY 40699"
DOC = "Annaliese R. Whitcombe, MD"
DOC_BARE = "Annaliese R. Whitcombe"
PT = "Licking River Physical Therapy"
ORTHO = "Pine Mountain Orthopedic Associates"
PDN = "Bluestem Pediatric Home Nursing"
PSY = "Cumberland Heights Behavioral Hospital"
MEMBERS = ["Tobias E. Renfrow", "Marlena K. Ashby", "Quentin L. Fairleigh", "Delphine A. Brandenburg",
           "Isaiah W. Hollowell", "Corinne J. Pettibone", "Emmett S. Vanhoose"]
MEMBER_ES = "Yesenia P. Cárdenas"
REG = "907 KAR 17:015 and 907 KAR 3:130"


def up(d):
    return d.strftime("%b %d, %Y").upper()


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Old Lexington Pike",
                                                        "Winchester, KY 40399"],
                mid=pat(r, "9999999999"), phone=ph(r),
                dob=dt.date(r.randint(1958, 2010), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you do not agree with this action, you may ask for an appeal within 60 days of the date of this notice. "
        f"Call Member Services or write to {ORG} Appeals, {ORG_ADDR}. Someone else, such as your doctor, may "
        "appeal for you with your written consent.",
        "#Expedited appeal",
        "If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal. We will "
        "decide within 72 hours.",
        "#Continuing your benefits",
        "If this action ends or reduces a service you already get, you may keep the service during the appeal if "
        "you ask within 10 days of the date of this notice or before the action takes effect.",
        "#State Fair Hearing",
        "You must finish our appeal first. If you still disagree, you may ask the Cabinet for Health and Family "
        "Services for a State Fair Hearing within 120 days of the date of our appeal decision letter.",
        "#External Independent Third-Party Review",
        "For a denial based on medical necessity you may also ask for an external independent third-party review "
        "after our appeal decision. Asking for this review does not change your right to a State Fair Hearing."],
        size=size)


def doc_pt_bd(r):
    f = base(r, 0)
    auth = "KY" + pat(r, "99999999")
    a, b = plus(f["notice"], 5), plus(f["notice"], 47)
    got = plus(f["notice"], -r.randint(3, 9))
    d = Page(footer=f"{ORG}  |  Kentucky Medicaid  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["A Kentucky Medicaid Managed Care Organization", ORG_ADDR,
                        f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("NOTICE OF ADVERSE ACTION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice Date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("Authorization Number:", auth),
           ("Ordering Provider:", DOC), ("NPI:", f["npi"]), ("Request Received:", fd(got, "long"))], w=50, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Outpatient physical therapy, 24 visits (CPT 97110, 97140), at {PT}, from {fd(a, 'long')} through "
        f"{fd(b, 'long')}.",
        "#What we decided",
        "We denied this request.",
        "#Why",
        "You already finished 20 visits of physical therapy for your shoulder this year and your notes show you "
        "can now do your home exercise program on your own. More visits are not medically necessary.",
        "#The rule we used",
        REG + "; InterQual outpatient rehabilitation criteria."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [DOC_BARE, PT]})
    return pdf_bytes(d), t


def doc_mri_es(r):
    f = base(r, 1)
    auth = "KY" + pat(r, "99999999")
    done = plus(f["notice"], -r.randint(9, 20))
    d = Page(footer=f"{ORG} - Medicaid de Kentucky - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Organización de atención administrada de Medicaid de Kentucky", ORG_ADDR,
                        f"Servicios para Miembros {f['phone']}"], 1)
    d.text_line("AVISO DE ACCIÓN ADVERSA", 13, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 62), ("Nombre del miembro", MEMBER_ES, 62),
             ("Número de Medicaid", f["mid"], 56)])
    d.boxes([("Número de referencia", auth, 62), ("Proveedor", ORTHO, 118)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 62), ("Fecha del servicio", fd(done, "es"), 62),
             ("Código", "CPT 73721", 56)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        f"{ORTHO} le hizo una resonancia magnética de la rodilla derecha el {fd(done, 'es')}. Este servicio "
        "necesita autorización previa. No recibimos una solicitud antes de la fecha del servicio, por eso hemos "
        "NEGADO el pago. Usted no tiene que pagar este servicio.",
        f"Regla: {REG}.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Una apelación acelerada se decide dentro de 72 horas. Después de nuestra decisión de la apelación, puede "
        "pedir una Audiencia Imparcial Estatal dentro de 120 días, o una revisión externa independiente por un "
        "tercero."], size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[auth], service_dates=[done.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ORTHO, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def stack_pdn(r):
    f = base(r, 2)
    auth = "KY" + pat(r, "99999999")
    a, b = plus(f["notice"], 10), plus(f["notice"], 99)
    sent = plus(f["notice"], -r.randint(5, 9))
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Provider Services 1-555-602-4410  Fax 1-555-602-4499"], 2)
    d.text_line("NOTICE OF ADVERSE ACTION - PROVIDER COPY", 12, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "iso")), ("Provider", PDN), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Authorization", auth), ("Received", fd(sent, "iso")),
           ("Service", "Private duty nursing (T1000), 16 hours per day requested"),
           ("Period", f"{fd(a, 'iso')} to {fd(b, 'iso')}"), ("Action", "Reduced to 10 hours per day")], w=40, size=9.4)
    paras(d, [
        "Reason: The member's tracheostomy care and feedings are stable and the parent has completed caregiver "
        "training. Ten hours a day of private duty nursing meets the member's needs; the additional 6 hours a day "
        "are not medically necessary (907 KAR 1:030).",
        "The member or the provider with written consent may appeal within 60 days of the date of this notice. "
        "Services continue during the appeal if requested within 10 days."], size=9.4)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=PDN,
                  appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True)
    d.add_page()
    letterhead(d, "Bardstown Road Pediatrics", ["2210 Bardstown Road, Louisville, KY 40299",
                                                "Phone 1-555-458-3300  Fax 1-555-458-3390"], 0)
    d.text_line(fd(sent, "dmy"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}",
        f"I am writing in support of continued private duty nursing for my patient, 16 hours a day from "
        f"{fd(a, 'dmy')} to {fd(b, 'dmy')}. The child has a tracheostomy and needs suctioning several times each "
        "night; the mother works nights and there is no other trained caregiver in the home. A reduction would "
        "put the child at risk of a readmission.",
        "Sincerely,", "Harriet O. Lindqvist, MD", "Bardstown Road Pediatrics"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sent.isoformat(),
                  provider="Harriet O. Lindqvist", unscored=["insurer"],
                  alternates={"provider": ["Bardstown Road Pediatrics", PDN]})
    cov = cover(f"{PDN} - Intake", f"{ORG} Utilization Management", "1-555-380-7720", "1-555-602-4499",
                fd(f["notice"], "slash"), 3, "Provider copy of the notice, with the physician letter received.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_upheld_photo(r):
    f = base(r, 3)
    f["notice"] = plus(f["notice"], 30)
    appeal, auth = "APL-" + pat(r, "999999"), "KY" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(35, 50))
    got = plus(first, r.randint(6, 12))
    planned = plus(f["notice"], r.randint(10, 20))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Appeal Decision", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We got your appeal on {fd(got, 'long')}. You asked us to change our decision of {fd(first, 'long')} that "
        f"denied a sleep study in a sleep lab (CPT 95810) that {DOC} asked for on {fd(planned, 'long')}. Your "
        f"appeal number is {appeal} and the authorization number is {auth}. Your Medicaid ID is {f['mid']}.",
        "A board-certified sleep doctor who did not make the first decision looked at your appeal. Your records "
        "show loud snoring and daytime sleepiness but no heart or lung disease that would keep a home sleep test "
        "from working. A home sleep test is the right first test for you. We are keeping our decision to deny "
        "the sleep lab study.",
        "You may ask the Cabinet for Health and Family Services for a State Fair Hearing within 120 days of the "
        "date of this letter. You may also ask for an external independent third-party review. If you have "
        f"questions call Member Services at {f['phone']}.",
        "Sincerely,", "Appeals and Grievances", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, alternates={"provider": [DOC_BARE]}, denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 4)
    appeal, auth = "APL-" + pat(r, "999999"), "KY" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 40))
    planned = plus(f["notice"], r.randint(7, 14))
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("NOTICE OF APPEAL DECISION - APPROVED", 12, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Appeal number", appeal), ("Authorization", auth), ("Requesting provider", DOC),
           ("Service", "Continuous glucose monitor (E2103) and sensors"), ("Start date", fd(planned, "abbr"))],
       w=44, size=9.6)
    paras(d, [
        f"We have reviewed your appeal about our notice of {fd(first, 'abbr')}. Your doctor sent your glucose logs "
        "showing low blood sugar at night. We have overturned our decision and APPROVED the monitor. You do not "
        "need to do anything more. The approval is good for 12 months.",
        "Sincerely,", "Appeals and Grievances"], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, auth],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 5)
    stmt = f["notice"]
    rows, claims = [], []
    for i in range(3):
        dos = plus(stmt, -r.randint(40, 300) if i == 2 else -r.randint(20, 45))
        claims.append(("K" + pat(r, "9999999999"), dos, [500.0, 185.0, 1240.0][i] + r.randint(0, 90) + 0.5 * i))
    denied = 2
    prov = ["Paintsville Family Clinic", "Commonwealth Lab Services", "Big Sandy Regional Hospital"]
    for i, (c, dos, amt) in enumerate(claims):
        paid = 0.0 if i == denied else round(amt * 0.55, 2)
        rows.append([c, up(dos), prov[i], usd(amt), usd(paid), "DENIED 29" if i == denied else "PAID"])
    d = Page(footer=f"{ORG}  Member Explanation of Benefits")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("STATEMENT DATE", up(stmt)), ("MEMBER", f["member"].upper()), ("MEDICAID ID", f["mid"]),
           ("PROCESSED", f"{up(plus(stmt, -30))} - {up(stmt)}")], w=40, size=9)
    d.table(["Claim #", "Service date", "Provider", "Billed", "Plan paid", "Status"], rows,
            [34, 28, 54, 24, 22, 22], size=8.2)
    paras(d, [
        "29 - The time limit for filing this claim has expired. The provider must send claims within 365 days of "
        "the date of service. You cannot be billed for this service.",
        "If you disagree with a denied claim, you may appeal within 60 days of the statement date. You may ask "
        "for a State Fair Hearing within 120 days of our appeal decision."], size=8.8)
    c, dos, amt = claims[denied]
    t = truth("eob", "timely_filing", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=prov[denied], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_psych_copy(r):
    f = base(r, 6)
    auth = "KY" + pat(r, "99999999")
    adm = plus(f["notice"], -r.randint(6, 10))
    last = plus(f["notice"], 1)
    a, b = plus(f["notice"], 2), plus(f["notice"], 8)
    d = Page(footer="Page {p} of {n}", header=f"{ORG} - Notice of Adverse Action - {f['member']} - Medicaid ID {f['mid']}")
    d.add_page()
    letterhead(d, ORG, ["Behavioral Health Utilization Management", ORG_ADDR, f"Member Services {f['phone']}"], 1)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Notice date:", fd(f["notice"], "slash")), ("Medicaid ID:", f["mid"]), ("Auth #:", auth),
           ("Facility:", PSY)], w=30, size=9, x=110)
    d.ln(6)
    d.text_line("NOTICE OF ADVERSE ACTION - CONTINUED STAY", 12, "B")
    d.ln(1)
    paras(d, [
        f"You were admitted to {PSY} for inpatient psychiatric care on {fd(adm, 'slash')}. Your attending doctor "
        f"asked us to approve more inpatient days from {fd(a, 'slash')} through {fd(b, 'slash')}.",
        f"We approved inpatient days through {fd(last, 'slash')}. We denied inpatient care after that date. Your "
        "mood and sleep have improved, you have had no thoughts of harming yourself for 4 days, and you are taking "
        "your medicine. You can be safely treated in a partial hospital program, which gives treatment during "
        "the day while you sleep at home. Inpatient care is not the right level of care for you after "
        f"{fd(last, 'slash')}.",
        "The rule we used: 907 KAR 10:014 and InterQual behavioral health criteria.",
        "You will not have to pay the hospital for days after the approved date unless you choose to stay and "
        "agree in writing to pay."], size=9.6)
    d.add_page()
    rights(d, 9.6)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PSY, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pdn(r(2))
    return [
        Item(f"{FAMILY}_bd_outpatient_pt_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_scan300_aviso_es_knee_mri_no_auth", "scan_clean_300", [doc_mri_es(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_pdn_reduction_and_doctor_letter", "fax_fine_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_sleep_study_appeal_upheld_prose", "phone_photo", [doc_upheld_photo(r(3))]),
        Item(f"{FAMILY}_rotated_cgm_appeal_approved", "rotated", [doc_overturned(r(4))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_timely_filing", "scan_lowres_150", [doc_eob_lowres(r(5))]),
        Item(f"{FAMILY}_copy_psych_continued_stay_two_pages", "photocopy", [doc_psych_copy(r(6))]),
    ]
