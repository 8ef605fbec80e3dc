"""Family 'south_carolina_healthy_connections_mco_notice_of_action': an invented South Carolina Healthy Connections
Medicaid managed care plan's Notices of Adverse Benefit Determination, mirrored for structure and wording only
(what was asked, what we decided, why, the rule, appeal to the plan within 60 days of the notice, State Fair Hearing
with the SCDHHS Division of Appeals and Hearings within 120 days of the appeal decision, continued benefits if asked
within 10 days, 72-hour expedited appeal).

Documents: a born-digital notice denying outpatient physical therapy visits (dark logo band, label column); a
photocopied Spanish notice denying a power wheelchair (boxed grid); a 150 dpi member explanation of benefits with
three claims, one denied for no prior authorization (header wrapping over two lines); a standard-fax letter told
only in sentences refusing an out-of-network sleep study (fax header line); a phone photo of an appeal resolution
approving an MRI (denies nothing); a two-page scanned appeal resolution upholding a denial of home nursing
(sidebar, running header); a fine-fax stack of a cover, a pediatrician's letter to the plan and the plan's notice
reducing personal care hours. All values invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddb import (Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar,
                                usd, wrap_table)

FAMILY = "south_carolina_healthy_connections_mco_notice_of_action"
LANG = "en"
SEED = 350301
ORG = "Santee Oak Health Plan"
ORG_ADDR = "PO Box 40917, Columbia, SC 29299"
PROG = "a Healthy Connections Medicaid managed care plan"
MEMBERS = ["Carolyn T. Gadsden", "Jerome A. Middleton", "Tamika R. Brockington", "Harold P. Legare",
           "Shantel M. Singleton", "Louis E. Pinckney", "Jaylen D. Ravenel"]
MEMBER_ES = "Marisela G. Ocampo"
DOCS = ["Dr. Wendell O. Hamrick", "Dr. Priya S. Chaudhari", "Dr. Benita L. Frasier", "Dr. Curtis J. Yeargin"]
PT = "Congaree Rehab and Sports Therapy"
HHA = "Lowcountry Home Nursing Services"
SLEEP = "Ashley River Sleep Center"
DME = "Midlands Mobility Supply"
SFH = ("If you do not agree with our appeal decision, you may ask for a State Fair Hearing. You must ask within "
       "120 days of the date of our appeal decision. Write to the South Carolina Department of Health and Human "
       "Services, Division of Appeals and Hearings, PO Box 8206, Columbia, SC 29202-8206.")


def base(r, k):
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBERS[k], mid=pat(r, "9999999999"), phone=ph(r),
                dob=dt.date(r.randint(1958, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Old Sumter Highway", "Orangeburg, SC 29199"])


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you do not agree with this decision, you or someone you choose can ask us for an appeal. You must ask "
        f"within 60 days of the date of this notice. Call Member Services or write to {ORG}, Appeals, {ORG_ADDR}.",
        "#Fast (expedited) appeal",
        "If you or your doctor think waiting for a standard appeal could seriously harm your health, ask for a fast "
        "appeal. We will decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If this notice ends or reduces a service you already get, you may keep getting it during the appeal if you "
        "ask within 10 days of the date of this notice or before the change starts, whichever is later.",
        "#State Fair Hearing", SFH], size=size)


def doc_pt_bd(r):
    f = base(r, 0)
    auth = "PA" + pat(r, "99999999")
    a, b = plus(f["notice"], 5), plus(f["notice"], 47)
    got = plus(f["notice"], -6)
    d = Page(footer=f"{ORG}  -  {PROG}  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG.upper(), "South Carolina Healthy Connections Medicaid", [ORG_ADDR,
         f"Member Services {f['phone']}  (TTY 711)   Fax 1-555-410-2290"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice Date", fd(f["notice"], "long")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Date of Birth", fd(f["dob"], "slash")), ("Authorization No.", auth),
           ("Requesting Provider", DOCS[0]), ("Provider NPI", f["npi"]), ("Rendering Provider", PT),
           ("Request Received", fd(got, "long"))], w=46, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Outpatient physical therapy, 24 visits (CPT 97110, 97140), from {fd(a, 'long')} through {fd(b, 'long')}.",
        "#What we decided",
        "We DENIED this request.",
        "#Why",
        "Your records show you finished 20 physical therapy visits for your shoulder and can now do your exercises "
        "at home. More visits with a therapist are not medically necessary. We used InterQual criteria and our "
        "Medical Policy MP-412 to make this decision.",
        "#Rule", "42 CFR 438.210 and the SCDHHS Physicians Provider Manual, Section 2."], size=9.2)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOCS[0],
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [PT], "service_dates": [[a.isoformat()]]})
    return pdf_bytes(d), t


def doc_wheelchair_es(r):
    f = base(r, 1)
    auth = pat(r, "99-9999999")
    planned = plus(f["notice"], 12)
    d = Page(serif=True, footer=f"{ORG} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Un plan de Healthy Connections Medicaid de Carolina del Sur", ORG_ADDR,
                        f"Servicios para Miembros {f['phone']}  TTY 711"], centred=True)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 62), ("Nombre del miembro", MEMBER_ES, 62),
             ("Número de Medicaid", f["mid"], 56)])
    d.boxes([("Número de autorización", auth, 62), ("Proveedor que lo pidió", DOCS[1], 118)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 62), ("Proveedor de equipo", DME, 118)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que se pidió",
        f"Una silla de ruedas motorizada (K0823) con entrega prevista para el {fd(planned, 'es')}.",
        "#Lo que decidimos", "Hemos NEGADO esta solicitud.",
        "#Por qué",
        "La evaluación de movilidad muestra que usted puede usar una silla de ruedas manual liviana dentro de su "
        "casa. La silla motorizada no es médicamente necesaria según nuestra política de equipo médico duradero.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Si su salud corre peligro, pida una apelación rápida; decidiremos en 72 horas. Si no está de acuerdo con "
        "nuestra decisión de la apelación, puede pedir una Audiencia Imparcial Estatal a la División de "
        "Apelaciones y Audiencias del SCDHHS dentro de 120 días a partir de la fecha de esa decisión."], size=9.2)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[auth], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOCS[1],
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [DME]})
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 2)
    stmt = f["notice"]
    claims = []
    for i, (svc, prov, lo, hi) in enumerate([("Office visit 99214", DOCS[2], 140, 260),
                                             ("CT abdomen w/contr 74160", "Santee Valley Imaging", 900, 2400),
                                             ("Lab panel 80053, 85025", "Palisade Reference Lab", 60, 180)]):
        dos = plus(stmt, -r.randint(20, 50))
        claims.append(dict(no=pat(r, "26999999999"), svc=svc, prov=prov, dos=dos, billed=fee(r, lo, hi)))
    den = claims[1]
    d = Page(footer=f"{ORG}  Member Explanation of Benefits  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"])
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Statement date:", fd(stmt, "dmy")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Claims processed:", f"{fd(plus(stmt, -30), 'dmy')} - {fd(plus(stmt, -1), 'dmy')}")], w=40, size=9.2)
    rows = []
    for c in claims:
        denied = c is den
        paid = 0.0 if denied else round(c["billed"] * 0.46, 2)
        rows.append([c["no"], fd(c["dos"], "slash"), c["svc"], c["prov"], usd(c["billed"], "nosign"),
                     usd(paid, "nosign"), "0.00", "D7" if denied else "P1"])
    wrap_table(d, ["Claim number", "Date of service", "Service", "Provider", "Amount billed", "Plan paid",
                   "You owe", "Remark code"], rows, [25, 18, 43, 35, 17, 15, 12, 15], size=7.6,
               aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    paras(d, [
        "P1 - Paid under your Healthy Connections Medicaid benefits.",
        "D7 - Denied. This service needed prior authorization and none was on file. Your provider may not bill you "
        "for this service.",
        "If you disagree with a denied claim, you may file an appeal within 60 days of the date of this statement. "
        "You may ask for a State Fair Hearing within 120 days of our appeal decision. Fast appeals are decided "
        "within 72 hours."], size=8.8)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[den["no"]], claim_amount=f"{den['billed']:.2f}", service_dates=[den["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider=den["prov"], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_sleep_fax(r):
    f = base(r, 3)
    ref = pat(r, "UM-9999999")
    planned = plus(f["notice"], r.randint(9, 16))
    sent = f["notice"]
    d = Page(serif=True, faxline=f"{fd(sent, 'short')} 14:{r.randint(10, 59)}  FROM: {ORG} UM  1-555-410-2290  "
                                 f"TO: 1-555-772-{r.randint(1000, 9999)}  P. {{p}}/1")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Your doctor, {DOCS[3]}, asked us to approve an overnight sleep study (polysomnography) at {SLEEP} on "
        f"{fd(planned, 'abbr')}. We call this request number {ref}. Your Medicaid ID is {f['mid']}.",
        f"We are not able to approve it. {SLEEP} is not in our provider network, and there are three sleep labs in "
        "our network within 30 miles of your home that can do this test. Services from providers outside our "
        "network are covered only in an emergency or when no network provider can give the care. This decision is "
        "about where the test is done, not whether you need it. Your doctor can send the order to one of our network "
        "sleep labs; Member Services can help you choose one.",
        "If you disagree, you may ask us for an appeal within 60 days of the date of this letter. If waiting could "
        "seriously harm your health, we will decide a fast appeal within 72 hours. After our appeal decision you may "
        "ask the SCDHHS Division of Appeals and Hearings for a State Fair Hearing within 120 days.",
        f"Call Member Services at {f['phone']} (TTY 711) with questions.",
        "Sincerely,", "Utilization Management", ORG], size=10)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOCS[3], appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [SLEEP]})
    return pdf_bytes(d), t


def doc_resolution_photo(r):
    f = base(r, 4)
    appeal, auth = "AP" + pat(r, "2699999"), pat(r, "99-9999999")
    first = plus(f["notice"], -r.randint(25, 35))
    planned = plus(f["notice"], 7)
    d = Page(footer=f"{ORG} | Grievance and Appeals")
    d.add_page()
    band(d, ORG, "Grievance and Appeals Department", [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    d.ln(1)
    lv(d, [("Date:", fd(f["notice"], "iso")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Appeal No.:", appeal), ("Original Auth No.:", auth), ("Ordering Provider:", DOCS[0])], w=40, size=9.4)
    paras(d, [
        f"We received your appeal of our {fd(first, 'iso')} decision that denied an MRI of your right knee "
        "(CPT 73721). A doctor who was not part of the first decision reviewed your appeal and the new notes from "
        "your orthopedic visit.",
        "#Our decision: APPROVED",
        "We have overturned our first decision. The MRI is approved for 60 days. It is scheduled at Santee Valley "
        f"Imaging on {fd(planned, 'iso')}. You do not need to do anything else.",
        "If you have questions, call Member Services. You do not need to ask for a State Fair Hearing because we "
        "approved your appeal."], size=9.6)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, auth],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOCS[0],
              alternates={"service_dates": [[]], "provider": ["Santee Valley Imaging"]})
    return pdf_bytes(d), t


def doc_upheld_two_page(r):
    f = base(r, 5)
    appeal, auth = "AP" + pat(r, "2699999"), "PA" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(28, 40))
    a, b = plus(first, 10), plus(first, 69)
    d = Page(header=f"{f['member']}  |  Medicaid ID {f['mid']}  |  Appeal {appeal}",
             footer=f"{ORG}  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Grievance and Appeals", ORG_ADDR, f"1-555-{r.randint(300, 899)}-0144  TTY 711"])
    y0, y1 = sidebar(d, [("Date of notice", fd(f["notice"], "upper")), ("Member", f["member"]),
                         ("Medicaid ID", f["mid"]), ("Appeal number", appeal), ("Prior auth", auth),
                         ("Date of birth", fd(f["dob"], "upper"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']}:",
        f"You asked us to review our decision of {fd(first, 'upper')} that denied skilled nursing visits at home "
        f"(G0299), 3 visits a week from {fd(a, 'upper')} through {fd(b, 'upper')}, requested by {HHA}.",
        "#Our decision: DENIAL UPHELD",
        "A nurse reviewer and a physician board certified in internal medicine, neither of whom made the first "
        "decision, reviewed your appeal, the agency's plan of care and your hospital discharge summary.",
        "Your blood sugar readings have been steady for eight weeks and you give your own insulin. Your "
        "caregiver has learned to check your feet and your medicines. Skilled nursing at home is not medically "
        "necessary; your diabetes care can be given at your primary care office, and a care manager will call you "
        "to set up a visit."], size=9.4)
    d.set_left_margin(18)
    d.set_x(18)
    d.add_page()
    paras(d, [
        "#The rule we used",
        "42 CFR 438.210; SCDHHS Home Health Services Provider Manual, Section 2; Medical Policy MP-207.",
        "#What you can do now",
        "This is our final decision on your appeal. You have used the plan's appeal process. " + SFH,
        "You may ask for an expedited State Fair Hearing if waiting could seriously harm your health. You may ask "
        "to keep getting services during the hearing if you ask within 10 days of the date of this notice.",
        "You may see your case file and the criteria we used free of charge. Call Member Services for help, "
        "including free interpreter services.",
        "Sincerely,", "Miriam K. Beaufort, RN", "Appeals Coordinator"], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HHA, appeal_deadline=None,
              alternates={"appeal_deadline": [plus(f["notice"], 120).isoformat()], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def stack_pca(r):
    f = base(r, 6)
    f["dob"] = dt.date(2014, r.randint(1, 12), r.randint(1, 28))
    auth = "PA" + pat(r, "99999999")
    start = plus(f["notice"], 11)
    letter_d = plus(f["notice"], -12)
    ped = "Dr. Renata V. Okafor"
    # pediatrician's letter to the plan (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, "Edisto Pediatric Associates", ["2210 Magnolia Street, Walterboro, SC 29499",
                                                  "Phone 1-555-549-2210  Fax 1-555-549-2299"])
    d.text_line(fd(letter_d, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG}, Utilization Management", "Fax 1-555-410-2290"])
    paras(d, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}, date of birth {fd(f['dob'], 'slash')}",
        f"I am writing in support of continued personal care services for {f['member']}, who has spastic "
        "cerebral palsy and needs hands-on help with bathing, dressing and transfers. His mother works nights and "
        "cannot lift him safely alone. I ask that his current 28 hours a week of personal care aide services "
        "continue without a reduction.",
        "Please call my office if you need more information.", "Sincerely,", ped + ", MD", "NPI " + f["npi"]],
          size=10)
    letter = pdf_bytes(d)
    t_letter = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                     denial_date=letter_d.isoformat(), provider=ped, unscored=["insurer", "denial_date"])
    # the plan's notice reducing hours
    d = Page(footer=f"{ORG} - {PROG}")
    d.add_page()
    band(d, ORG, "Healthy Connections Medicaid", [ORG_ADDR, f"Member Services {f['phone']}"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (REDUCTION)", 11.5, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "slash")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Authorization", auth), ("Requesting provider", ped)], w=40, size=9.4)
    wrap_table(d, ["Service", "Hours per week requested", "Hours per week approved", "Effective date"],
               [["Personal care aide (T1019)", "28", "18", fd(start, "slash")]], [64, 38, 38, 34], size=8.6)
    paras(d, [
        "#Why we made this decision",
        "The in-home assessment found that 18 hours a week meet the member's needs for bathing, dressing and "
        "transfers, with a lift now in the home. Hours above 18 are not medically necessary.",
    ], size=9.2)
    rights(d, 8.8)
    notice = pdf_bytes(d)
    t_notice = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                     case_numbers=[auth], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
                     provider=ped, appeal_deadline=plus(f["notice"], 60).isoformat())
    cov = cover("Family Advocate, Carolina Disability Law Clinic", "Edisto Pediatric Associates", "1-555-238-7713",
                "1-555-549-2299", fd(f["notice"], "slash"), 4, "Our letter and the plan's reduction notice, as "
                "discussed.")
    return [(letter, t_letter), (notice, t_notice)], [cov, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pca(r(6))
    return [
        Item(f"{FAMILY}_bd_pt_visits_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_wheelchair", "photocopy", [doc_wheelchair_es(r(1))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_ct_denied", "scan_lowres_150", [doc_eob_lowres(r(2))]),
        Item(f"{FAMILY}_faxstd_sleep_study_out_of_network_prose", "fax_standard_g4", [doc_sleep_fax(r(3))]),
        Item(f"{FAMILY}_photo_appeal_resolution_mri_approved", "phone_photo", [doc_resolution_photo(r(4))]),
        Item(f"{FAMILY}_scan300_appeal_upheld_home_nursing_two_page", "scan_clean_300", [doc_upheld_two_page(r(5))]),
        Item(f"{FAMILY}_faxfine_stack_pediatrician_letter_and_reduction", "fax_fine_g4", docs, separators=seps),
    ]
