"""Family 'georgia_medicaid_cmo_notice_of_adverse_benefit_determination': an invented Georgia Families care management
organization's Notice of Adverse Benefit Determination, in the structure of the Georgia CMO notice (what was asked,
what we decided, why, the rule, appeal within 60 days of the date of the notice, a State Administrative Hearing with
the Office of State Administrative Hearings after the appeal, keep benefits if asked within 10 days, 72-hour
expedited appeal).

Documents: a born-digital notice denying outpatient physical therapy (label column); a photocopied Spanish notice
denying a power wheelchair; a low-resolution provider remittance with three claims, one refused for no prior
authorization; a phone photo of a notice told in sentences (records not received); a sideways Notice of Appeal
Resolution approving the therapy (denies nothing); a scanned two-page appeal decision upholding a denied sleep study
(running header); a standard-fax stack of a cover, a pediatrician's letter to the plan (other), and a provider copy
reducing private duty nursing hours fed upside down.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, Medicaid ID vs case numbers, policy
numbers, 10-day continuation, 72-hour, 120-day hearing limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcy_famcya import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "georgia_medicaid_cmo_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 349300
ORG = "Ogeechee Bend Health Plan"
ORG_ADDR = "PO Box 48817, Macon, GA 31299"
PROGRAM = "Georgia Families"
PT = "Sapelo Sound Physical Therapy"
DOC = "Thaddeus K. Ravenel, MD"
DOC_BARE = "Thaddeus K. Ravenel"
PEDS = "Lenora W. Okafor-Banks, MD"
PEDS_BARE = "Lenora W. Okafor-Banks"
HHA = "Brier Creek Pediatric Nursing"
DME = "Canoochee Medical Supply"
SLEEP = "Ocmulgee Sleep Diagnostics"
MEMBERS = ["Cordelia F. Ashworth", "Jubal T. Whitlock", "Marvella J. Pettigrew", "Rhett A. Bazemore",
           "Emmaline S. Truluck", "Daxton L. Yarbrough", "Kezia M. Fountain"]
MEMBER_ES = "Araceli P. Cervantes"


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], mid=pat(r, "999999999999"), phone=ph(r),
                addr=[f"{r.randint(100, 9800)} Tobesofkee Creek Road", "Macon, GA 31299"],
                dob=dt.date(r.randint(1955, 2018), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you disagree with this decision, you may ask for an appeal. You must ask within 60 calendar days of the "
        f"date of this notice. Call Member Services or write to {ORG}, Attn: Appeals, {ORG_ADDR}. A provider or "
        "other person may appeal for you with your written consent.",
        "#Expedited appeal",
        "If you or your doctor believe waiting could seriously harm your health, ask for a fast appeal. We will "
        "decide within 72 hours.",
        "#Keeping your benefits",
        "If we are ending or reducing a service you already get, you may keep it during the appeal if you ask "
        "within 10 calendar days of the date of this notice or by the day the change takes effect.",
        "#State Administrative Hearing",
        "If our appeal decision is not in your favor, you may ask for a State Administrative Hearing with the "
        "Office of State Administrative Hearings within 120 calendar days of the date of the appeal decision."],
        size=size)


def doc_pt_bd(r):
    f = base(r, 0)
    pa = "PA" + pat(r, "9999999")
    a, b = plus(f["notice"], 4), plus(f["notice"], 60)
    got = plus(f["notice"], -r.randint(3, 9))
    d = Page(footer=f"{ORG} - {PROGRAM} - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"A {PROGRAM} Care Management Organization", ORG_ADDR,
                        f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice Date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("Authorization Number:", pa),
           ("Requesting Provider:", DOC), ("Provider NPI:", f["npi"]), ("Received On:", fd(got, "long"))],
       w=50, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Outpatient physical therapy, 24 visits (CPT 97110, 97140) at {PT} from {fd(a, 'long')} through "
        f"{fd(b, 'long')}.",
        "#What we decided",
        "We DENIED this request.",
        "#Why",
        "Your records show you finished 12 visits of therapy for your shoulder and can now do a home exercise "
        "program. More visits are not medically necessary because your progress has leveled off.",
        "#Rules used",
        "42 CFR 438.210; Georgia Medicaid Part II Policies and Procedures for Physician Services; Clinical Policy "
        "OBH.CP.PT.114."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [DOC_BARE, PT]})
    return pdf_bytes(d), t


def doc_wheelchair_es(r):
    f = base(r, 1)
    pa = pat(r, "99-9999999")
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 62),
             ("Número de Medicaid", f["mid"], 58)])
    d.boxes([("Número de referencia", pa, 60), ("Proveedor", DME, 120)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que se pidió",
        "Una silla de ruedas eléctrica (K0823) con cojín para el asiento.",
        "#Lo que decidimos",
        "Hemos NEGADO esta solicitud.",
        "#Por qué",
        "La evaluación de movilidad muestra que usted puede usar una silla de ruedas manual liviana dentro de su "
        "casa. Por eso la silla eléctrica no es médicamente necesaria.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación dentro de los 60 días calendario a partir de la fecha "
        f"de este aviso. Llame a Servicios para Miembros o escriba a {ORG}, Attn: Appeals, {ORG_ADDR}.",
        "Si esperar pudiera dañar su salud, pida una apelación rápida; decidiremos dentro de 72 horas. Si la "
        "decisión de la apelación no le favorece, puede pedir una Audiencia Administrativa Estatal ante la "
        "Oficina de Audiencias Administrativas del Estado dentro de 120 días calendario."], size=9.3)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[pa], denial_date=f["notice"].isoformat(), provider=DME,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_remit_lowres(r):
    f = base(r, 2)
    dates = sorted(plus(f["notice"], -r.randint(20, 60)) for _ in range(3))
    claims = [pat(r, "9999999999999") for _ in range(3)]
    amts = [fee(r, 90, 240), fee(r, 1400, 2600), fee(r, 60, 150)]
    d = Page(footer="Page {p} of {n}", orientation="L")
    d.add_page()
    letterhead(d, ORG, ["Provider Remittance Advice", ORG_ADDR, "Provider Services 1-555-640-2218"], 2)
    lv(d, [("Payee:", SLEEP), ("Payee NPI:", f["npi"]), ("Remit date:", fd(f["notice"], "slash")),
           ("Check/EFT #:", pat(r, "99999999")), ("Cycle:", f"{fd(plus(f['notice'], -7), 'slash')} - "
                                                         f"{fd(f['notice'], 'slash')}")], w=34, size=9)
    d.text_line(f"Member: {f['member']}   Medicaid ID: {f['mid']}", 9.5, "B")
    d.ln(1)
    rows = [
        [claims[0], fd(dates[0], "slash"), "99214", usd(amts[0], "nosign"), usd(amts[0] * 0.6, "nosign"), "", "PAID"],
        [claims[1], fd(dates[1], "slash"), "95810", usd(amts[1], "nosign"), "0.00", "CO-197 / N54", "DENIED"],
        [claims[2], fd(dates[2], "slash"), "94660", usd(amts[2], "nosign"), usd(amts[2] * 0.7, "nosign"), "", "PAID"]]
    d.table(["Claim ICN", "DOS", "Proc", "Billed", "Paid", "Adj codes", "Status"], rows,
            [48, 30, 22, 30, 30, 40, 30], size=8.6)
    paras(d, [
        "CO-197: Precertification/authorization absent. N54: Claim information is inconsistent with "
        "pre-certified/authorized services.",
        "Providers may file a reconsideration or appeal of a denied claim within 30 calendar days of the remit "
        "date. Members keep their own rights to appeal."], size=8.6)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claims[1]], claim_amount=f"{amts[1]:.2f}", service_dates=[dates[1].isoformat()],
              denial_date=f["notice"].isoformat(), provider=SLEEP,
              appeal_deadline=plus(f["notice"], 30).isoformat(), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def doc_records_photo(r):
    f = base(r, 3)
    ref = "GA-" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(6, 14))
    asked = plus(f["notice"], -r.randint(9, 15))
    d = Page(footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']},",
        f"We are writing about the request from {DOC} to approve an upper endoscopy for you on "
        f"{fd(planned, 'dmy')}. The request has reference number {ref}, and your Medicaid ID is {f['mid']}.",
        f"On {fd(asked, 'dmy')} we asked your doctor's office to send us your office notes and test results. We "
        "did not receive them. Without them we could not make a decision, so the request is denied. This does "
        "not mean you do not need the test; your doctor may send a new request with the records.",
        "If you disagree, you may appeal within 60 calendar days of the date of this notice. A fast appeal is "
        "decided within 72 hours. You may ask to keep services you already get if you ask within 10 days. After "
        "the appeal you may ask for a State Administrative Hearing within 120 days of the appeal decision.",
        "Sincerely,", "Utilization Management", ORG], size=9.8)
    t = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_resolution_rot(r):
    f = base(r, 4)
    appeal, pa = "APL-" + pat(r, "9999999"), "PA" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(30, 40))
    a, b = plus(f["notice"], 3), plus(f["notice"], 45)
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    lv(d, [("Appeal number", appeal), ("Medicaid ID", f["mid"]), ("Original authorization", pa)], w=48, size=9.6)
    paras(d, [
        f"Dear {f['member']}:",
        f"You appealed our notice dated {fd(first, 'abbr')} that denied outpatient physical therapy requested by "
        f"{DOC}. A physician who was not part of the first decision reviewed your appeal and the new therapy "
        "notes.",
        f"Decision: OVERTURNED. We approved 12 visits of physical therapy at {PT} from {fd(a, 'abbr')} through "
        f"{fd(b, 'abbr')}. You do not need to do anything else.",
        f"Questions? Call Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Appeals Department", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, pa],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE, PT]})
    return pdf_bytes(d), t


def doc_upheld_two_page(r):
    f = base(r, 5)
    appeal, pa = pat(r, "AP9999999"), "PA" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(10, 20))
    got = plus(f["notice"], -r.randint(14, 25))
    d = Page(footer="Page {p} of {n}", header=f"{f['member']}  |  Medicaid ID {f['mid']}  |  Appeal {appeal}")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM} - Appeals Unit", ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION - DECISION UPHELD", 12, "B")
    d.ln(1)
    lv(d, [("Appeal number:", appeal), ("Authorization:", pa), ("Appeal received:", fd(got, "iso")),
           ("Service:", "In-lab polysomnography (CPT 95810)"), ("Requested date:", fd(planned, "iso")),
           ("Ordering provider:", PEDS)], w=44, size=9.4)
    filler = ("The reviewer read the sleep questionnaire, the office notes from the last six months and the "
              "letter sent with the appeal. ")
    paras(d, [
        f"Dear {f['member']}:",
        "We reviewed your appeal of our decision to deny an overnight sleep study in a sleep lab. The appeal was "
        "reviewed by a board-certified sleep medicine physician who did not make the first decision.",
        "#Our decision",
        "We UPHELD our first decision. The sleep study in the lab is still denied.",
        "#Why",
        filler * 2 + "Your records show snoring and daytime sleepiness without heart or lung disease or another "
        "sleep disorder. A home sleep apnea test is the medically necessary first test in this case; an in-lab "
        "study is not medically necessary unless a home test cannot be done or is not conclusive. Your doctor "
        "may ask us to approve a home sleep test.",
        "#Rules used",
        "42 CFR 438.210; Clinical Policy OBH.CP.MP.98 Polysomnography and Home Sleep Testing."], size=9.6)
    d.add_page()
    paras(d, [
        "#State Administrative Hearing",
        "You have finished the plan's appeal process. If you do not agree with this decision, you may ask for a "
        "State Administrative Hearing with the Office of State Administrative Hearings (OSAH). You must ask "
        "within 120 calendar days of the date of this Notice of Appeal Resolution. Send your request to "
        f"{ORG}, Attn: Hearing Requests, {ORG_ADDR}, and we will send it to OSAH.",
        "#Keeping your benefits",
        "This decision does not stop a service you were already getting, so continued benefits do not apply.",
        "#Help",
        "You may ask for free copies of all records and criteria used in this decision. Free language help and "
        "other formats are available: call 1-555-640-2200 (TTY 711). Georgia Legal Services may help at no cost.",
        "Sincerely,", "Appeals Unit", ORG], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=PEDS, alternates={"provider": [PEDS_BARE]})
    return pdf_bytes(d), t


def stack_pdn(r):
    f = base(r, 6)
    pa = "PA" + pat(r, "9999999")
    sent = plus(f["notice"], -r.randint(6, 10))
    a, b = plus(f["notice"], 12), plus(f["notice"], 101)
    # pediatrician's letter to the plan (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, "Fall Line Pediatrics", ["2250 Vineville Avenue, Macon, GA 31299",
                                           "Phone 1-555-742-3100  Fax 1-555-742-3199"], 1)
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", "Fax 1-555-640-2290"])
    paras(d, [
        f"Re: {f['member']}   Medicaid ID {f['mid']}   DOB {fd(f['dob'], 'slash')}",
        f"I am writing to support continued private duty nursing for my patient, {f['member']}, at 16 hours a "
        f"day from {fd(a, 'long')} through {fd(b, 'long')}. The child has a tracheostomy, needs suctioning "
        "several times a night and has had two hospital stays this year. The family has one trained caregiver "
        f"who works nights. Nursing is provided by {HHA}.",
        "Please call me if you need more information.",
        "Sincerely,", PEDS, f"NPI {f['npi']}"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sent.isoformat(), provider=PEDS,
                  unscored=["insurer"], alternates={"provider": [PEDS_BARE, HHA]})
    # provider copy reducing hours
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (PROVIDER COPY)", 11.5, "B")
    d.ln(1)
    d.table(["Service", "Requested", "Approved", "Start", "End", "Auth #"],
            [["Private duty nursing T1000", "16 hrs/day", "10 hrs/day", fd(a, "upper"), fd(b, "upper"), pa]],
            [46, 24, 24, 26, 26, 34], size=8.4)
    lv(d, [("Notice date", fd(f["notice"], "upper")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Nursing agency", HHA), ("Requesting physician", PEDS)], w=44, size=9.3)
    paras(d, [
        "Reason: Night-time suctioning and monitoring support 10 hours a day of nursing. Daytime care can be given "
        "by the trained caregiver. More than 10 hours a day is not medically necessary.",
        "The member may appeal within 60 calendar days of the date of this notice and may keep current hours "
        "during the appeal if the request is made within 10 calendar days. A State Administrative Hearing may "
        "be requested within 120 days of the appeal decision."], size=9.3)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=HHA,
                  appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [PEDS, PEDS_BARE]})
    cov = cover("Fall Line Pediatrics", f"{ORG} UM", "1-555-742-3199", "1-555-640-2290", fd(f["notice"], "slash"), 3,
                "Your letter and our determination on private duty nursing.")
    return [(req, t_req), (dec, t_dec)], [cov, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pdn(r(6))
    return [
        Item(f"{FAMILY}_bd_physical_therapy_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_power_wheelchair", "photocopy", [doc_wheelchair_es(r(1))]),
        Item(f"{FAMILY}_lowres_remittance_three_claims_one_no_auth", "scan_lowres_150", [doc_remit_lowres(r(2))]),
        Item(f"{FAMILY}_photo_endoscopy_records_not_received_prose", "phone_photo", [doc_records_photo(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_therapy", "rotated", [doc_resolution_rot(r(4))]),
        Item(f"{FAMILY}_scan300_appeal_upheld_sleep_study_two_pages", "scan_clean_300", [doc_upheld_two_page(r(5))]),
        Item(f"{FAMILY}_faxstd_stack_pediatrician_letter_and_nursing_reduction", "fax_standard_g4", docs,
             separators=seps, turns={(1, 0): 180}),
    ]
