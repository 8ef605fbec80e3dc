"""Family 'maine_mainecare_notice_of_prior_authorization_denial': MaineCare (Maine Department of Health and Human
Services, Office of MaineCare Services) notices that a prior authorization request is denied, mirrored for
structure and wording only (informal review or administrative hearing within 60 days of the date of this notice,
continued services if asked within 10 days), filled with invented members, providers and numbers.

Documents: a born-digital notice with a dark logo band and a label column (orthodontics, medical necessity); a
standard-fax notice told only in sentences (records not received); a phone photo of a Spanish notice (physical
therapy visits beyond the limit without prior authorization); a sideways approval after informal review (denies
nothing); a 300 dpi stack of a two-page notice with boxed label grids and a running header, a blank separator,
and its attachment (the prescriber's letter, fed upside down); a photocopied informal review decision upholding
a denial (administrative hearing only); a 150 dpi supplier statement with three lines, one refused by MaineCare.
All values invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcc import Page, addr, band, fd, fee, letterhead, lv, paras, pat, ph, plus, usd, wtable

FAMILY = "maine_mainecare_notice_of_prior_authorization_denial"
LANG = "en"
SEED = 350102
ORG = "Office of MaineCare Services"
DEPT = "Maine Department of Health and Human Services"
ORG_ADDR = "11 State House Station, Augusta, ME 04333-0011"
PEOPLE = ["Winifred T. Gallant", "Bartholomew J. Ouellette", "Rosalie M. Thibodeau", "Cyrus A. Pelletier",
          "Mabel K. Sargent", "Emmett L. Cyr", "Ottilie F. Brackett", "Xiomara B. Levesque"]
PLACES = [("Lewiston, ME 04240", "Pine Street"), ("Presque Isle, ME 04769", "Academy Street"),
          ("Biddeford, ME 04005", "Elm Street"), ("Ellsworth, ME 04605", "Water Street"),
          ("Skowhegan, ME 04976", "Madison Avenue"), ("Rumford, ME 04276", "Penobscot Street"),
          ("Calais, ME 04619", "North Street"), ("Sanford, ME 04073", "School Street")]


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    city, street = PLACES[k]
    return dict(notice=notice, member=PEOPLE[k], addr=[f"{r.randint(10, 990)} {street}", city],
                mid=pat(r, "A99999999"), dob=dt.date(r.randint(1950, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), pa="PA" + pat(r, "9999999999"))


def rights(d, size=9.0, cont=True):
    paras(d, [
        "#Your right to an informal review or an administrative hearing",
        "If you disagree with this decision, you may ask for an informal review, an administrative hearing, or "
        "both. You must ask within 60 days of the date of this notice. Call MaineCare Member Services at "
        "1-555-624-7110 (TTY: Maine Relay 711) or write to the Office of MaineCare Services, Appeals Unit, "
        f"{ORG_ADDR}. An informal review does not delay your right to an administrative hearing.",
        "At a hearing you may speak for yourself or have a lawyer, a relative, a friend or another person speak "
        "for you. You may look at your file and the rules used to make this decision before the hearing.",
    ] + (["#Continuing services",
          "If this notice reduces or ends a service you are getting now, you may keep getting it until the "
          "hearing decision if you ask for a hearing within 10 days of the date of this notice. If you lose the "
          "hearing, you may have to pay for those services."] if cont else []) + [
        "If waiting for a decision could seriously harm your health, ask for an expedited (fast) hearing; a "
        "decision is made within 72 hours. Legal help: Pine Tree Legal Assistance, 1-555-639-4410."], size=size)


def doc_bd_ortho(r):
    f = base(r, 0)
    got = plus(f["notice"], -r.randint(5, 12))
    planned = plus(f["notice"], r.randint(20, 40))
    prov = "Dr. Lucinda P. Arsenault"
    d = Page(footer=f"MaineCare  -  {DEPT}  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "MaineCare", f"{DEPT}  |  {ORG}", [ORG_ADDR, "Member Services 1-555-624-7110   Fax 1-555-624-7199"])
    d.text_line("NOTICE OF PRIOR AUTHORIZATION DENIAL", 13, "B")
    d.text_line(f"Notice date: {fd(f['notice'], 'long')}", 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Member name:", f["member"]), ("MaineCare ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Prior authorization #:", f["pa"]), ("Request received:", fd(got, "slash")),
           ("Requesting provider:", prov), ("Provider NPI:", f["npi"]),
           ("Service requested:", "Comprehensive orthodontic treatment (D8080)"),
           ("Requested start date:", fd(planned, "slash")), ("Decision:", "DENIED")], w=50, size=9.3)
    paras(d, [
        "#Why we denied this request",
        "MaineCare covers comprehensive orthodontic treatment only when it is medically necessary. The records "
        "sent with the request show a Handicapping Labio-Lingual Deviation score of 19. A score of 26 or more, or "
        "one of the automatic qualifying conditions, is needed. The treatment is therefore not medically "
        "necessary under MaineCare Benefits Manual, Chapter II, Section 25.",
    ], size=9.4)
    rights(d, cont=False)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["pa"]], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"insurer": [DEPT, "MaineCare"]})
    return pdf_bytes(d), t


def doc_faxstd_records(r):
    f = base(r, 1)
    planned = plus(f["notice"], r.randint(10, 25))
    got = plus(f["notice"], -r.randint(14, 20))
    prov = "Katahdin Valley Home Medical"
    line = f"{fd(f['notice'], 'short')} 14:{r.randint(10, 59)}  ME DHHS OMS PRIOR AUTH  FAX 1-555-624-7199  P.{{p}}/1"
    d = Page(faxline=line)
    d.add_page()
    letterhead(d, DEPT, [ORG, ORG_ADDR, "Prior Authorization Unit 1-555-624-7130"])
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"On {fd(got, 'long')} MaineCare received a request from {prov} for prior authorization of a hospital "
        f"bed with a pressure-reducing mattress, to be delivered on {fd(planned, 'long')}. Your MaineCare ID is "
        f"{f['mid']} and the number of this request is {f['pa']}.",
        "We asked the supplier for a signed prescription and your doctor's notes describing why you need the "
        "bed. We did not receive them within 30 days, so we cannot approve the request and it is denied. This is "
        "not a decision that you do not need the bed. Your supplier may send a new request with the records at "
        "any time.",
        "If you disagree, you may ask for an informal review or an administrative hearing within 60 days of the "
        "date of this notice by calling 1-555-624-7110 or writing to the Appeals Unit at the address above. If "
        "your health could be seriously harmed by waiting, ask for a fast decision; we decide within 72 hours.",
        "Sincerely,", "Prior Authorization Unit", ORG], size=10.3)
    t = truth("denial_letter", "other", insurer=DEPT, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["pa"]], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"insurer": [ORG]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_photo_es(r):
    f = base(r, 7)
    start, end = plus(f["notice"], 3), plus(f["notice"], 59)
    prov = "Fisioterapia Bahía de Casco"
    d = Page(footer="MaineCare  -  Departamento de Salud y Servicios Humanos de Maine")
    d.add_page()
    letterhead(d, "Departamento de Salud y Servicios Humanos de Maine", [
        f"{ORG}  -  {ORG_ADDR}", "Servicios para Miembros 1-555-624-7110  -  TTY 711"], centred=True)
    d.text_line("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", 12.5, "B", "C")
    d.ln(2)
    d.text_line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.boxes([("Nombre del miembro", f["member"], 62), ("Nº de MaineCare", f["mid"], 42),
             ("Nº de autorización previa", f["pa"], 58)])
    d.boxes([("Proveedor", prov, 90), ("Fecha de nacimiento", fd(f["dob"], "esnum"), 40)])
    d.ln(4)
    paras(d, [
        "#Lo que decidimos",
        f"Su proveedor pidió 24 visitas más de fisioterapia, del {fd(start, 'es')} al {fd(end, 'es')}. "
        "MaineCare cubre hasta 20 visitas de fisioterapia "
        "por año sin autorización previa. Las visitas adicionales necesitan una autorización previa aprobada "
        "antes de empezar, y su proveedor ya las había comenzado sin ella. Por eso se deniega la solicitud.",
        "#Sus derechos",
        "Si no está de acuerdo, puede pedir una revisión informal o una audiencia administrativa dentro de 60 "
        "días de la fecha de este aviso. Llame al 1-555-624-7110 o escriba a la Unidad de Apelaciones. Si pide "
        "la audiencia dentro de 10 días, puede seguir recibiendo el servicio hasta la decisión. Si esperar "
        "puede dañar gravemente su salud, pida una decisión rápida (72 horas)."], size=9.8)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["pa"]], service_dates=[f"{start}/{end}"],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"insurer": ["Departamento de Salud y Servicios Humanos de Maine"]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_rotated_approved(r):
    f = base(r, 2)
    planned = plus(f["notice"], r.randint(7, 20))
    prov = "Dr. Anselm R. Dionne"
    rev = "IR-" + pat(r, "26-99999")
    d = Page(footer=f"{ORG}  |  {ORG_ADDR}")
    d.add_page()
    letterhead(d, "MaineCare", [DEPT, ORG, "Appeals Unit  1-555-624-7150"])
    d.text_line(f"Date: {fd(f['notice'], 'dmy')}", 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("INFORMAL REVIEW DECISION - APPROVED", 12, "B")
    d.ln(1)
    lv(d, [("Member:", f["member"]), ("MaineCare ID:", f["mid"]), ("Informal review #:", rev),
           ("Prior authorization #:", f["pa"]), ("Prescriber:", prov),
           ("Service:", "Continuous glucose monitor and sensors (E2103, A4239)"),
           ("Approved from:", fd(planned, "dmy"))], w=46, size=9.6)
    paras(d, [
        "You asked for an informal review of our notice that denied a continuous glucose monitor. Your "
        "prescriber sent blood sugar logs showing two episodes of severe low blood sugar. The request now meets "
        "MaineCare's criteria, and we have reversed our decision. The request is APPROVED for 12 months.",
        "You do not need to do anything. If you already asked for an administrative hearing about this service, "
        "you may withdraw it by calling 1-555-624-7150."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[rev, f["pa"]],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=prov,
              unscored=["appeal_deadline"], alternates={"insurer": ["MaineCare", DEPT]})
    return pdf_bytes(d), t


def stack_notice_attachment(r):
    f = base(r, 3)
    planned = plus(f["notice"], r.randint(14, 30))
    got = plus(f["notice"], -r.randint(4, 9))
    prov = "Dr. Harriet V. Michaud"
    hdr = f"MaineCare prior authorization denial - {f['member']} - ID {f['mid']}"
    d = Page(header=hdr, footer=f"{ORG}  -  Form OMS-PA-{pat(r, '99')}  -  page {{p}} of {{n}}")
    d.add_page()
    band(d, "MaineCare", f"{DEPT}  -  {ORG}", [ORG_ADDR])
    d.text_line("Notice of Prior Authorization Denial", 13, "B")
    d.ln(1)
    d.boxes([("Notice date", fd(f["notice"], "upper"), 40), ("Member", f["member"], 62),
             ("MaineCare ID", f["mid"], 40), ("Date of birth", fd(f["dob"], "slash"), 38)])
    d.boxes([("PA request number", f["pa"], 46), ("Received", fd(got, "upper"), 36),
             ("Prescriber", prov, 58), ("NPI", f["npi"], 40)])
    d.boxes([("Service requested", "Power wheelchair, group 3 (K0861)", 100),
             ("Planned delivery", fd(planned, "upper"), 40), ("Decision", "Denied", 40)])
    d.ln(4)
    paras(d, [
        "#Reason for this decision",
        "MaineCare covers a power wheelchair when a member cannot use a manual wheelchair or a scooter to do "
        "daily activities in the home. The seating evaluation sent with this request shows that you move "
        "safely in your home with a manual wheelchair. The power wheelchair is not medically necessary (10-144 "
        "C.M.R. ch. 101, MaineCare Benefits Manual, Chapter II, Section 60).",
        "#Attachments",
        "Attached to this notice: the prescriber's letter of medical necessity that we reviewed."], size=9.6)
    d.add_page()
    rights(d, size=9.6)
    paras(d, ["#Other help",
              "For free help in your language call 1-555-624-7110. Para ayuda en español, llame al 1-555-624-7110."],
          size=9.4)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[f["pa"]], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"insurer": ["MaineCare", DEPT]})
    lt = plus(f["notice"], -r.randint(12, 18))
    e = Page()
    e.add_page()
    letterhead(e, "Androscoggin Rehabilitation Associates", [
        "48 Lisbon Street, Lewiston, ME 04240", "Phone 1-555-782-3300   Fax 1-555-782-3319"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG}, Prior Authorization Unit", ORG_ADDR])
    e.text_line(f"Re: {f['member']}, MaineCare ID {f['mid']} - letter of medical necessity", 10, "B")
    e.ln(2)
    paras(e, [
        "To the reviewer:",
        f"I am writing for my patient {f['member']}, who has multiple sclerosis with worsening weakness of both "
        "arms. Propelling a manual wheelchair for more than a few minutes causes shoulder pain and fatigue, and "
        "the patient cannot operate a scooter tiller safely. I prescribe a group 3 power wheelchair with "
        "power tilt to allow independent movement in the home and pressure relief.",
        "Please contact my office with any questions.",
        "Sincerely,", prov + ", MD", "Physical Medicine and Rehabilitation"], size=10.2)
    t2 = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=lt.isoformat(),
               provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


def doc_copy_upheld(r):
    f = base(r, 4)
    planned = plus(f["notice"], r.randint(10, 30))
    prov = "Downeast Sleep and Breathing Center"
    rev = "IR-" + pat(r, "26-99999")
    d = Page(serif=True, footer=f"{DEPT} - {ORG}")
    d.add_page()
    letterhead(d, ORG, [DEPT, ORG_ADDR, "Appeals Unit 1-555-624-7150   Fax 1-555-624-7159"], centred=True)
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"RE: Informal review {rev}  -  MaineCare ID {f['mid']}",
        f"Dear {f['member']}:",
        f"You asked for an informal review of our denial of prior authorization request {f['pa']} from {prov} "
        f"for an in-lab overnight sleep study planned for {fd(planned, 'long')}. A MaineCare physician "
        "reviewer looked at your request again with the new information you sent.",
        "MaineCare covers an in-lab study only when a home sleep apnea test cannot be done or was not "
        "conclusive. Your records do not show that a home test was tried or could not be done. The in-lab "
        "study is not medically necessary, and our decision to deny it is upheld.",
        "This informal review is complete. If you still disagree, you may ask for an administrative hearing "
        "with the DHHS Office of Administrative Hearings within 60 days of the date of this decision. Call "
        "1-555-624-7150 or write to the Appeals Unit. You may ask for a fast hearing (72 hours) if waiting "
        "could seriously harm your health.",
        "Sincerely,", "Informal Review Unit", ORG], size=10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[rev, f["pa"]], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=None,
              alternates={"insurer": [DEPT], "appeal_deadline": [plus(f["notice"], 60).isoformat()]})
    return pdf_bytes(d), t


def doc_lowres_supplier(r):
    f = base(r, 5)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(35, 60))
    acct = pat(r, "PME-999999")
    icn = pat(r, "99999999999999")
    prov = "Penobscot Medical Equipment"
    lines = [("E0601", "CPAP device, monthly rental", fee(r, 90, 140), "Paid"),
             ("A7030", "Full face mask", fee(r, 120, 190), "Paid"),
             ("E0562", "Heated humidifier", fee(r, 200, 320), "Denied - no prior authorization")]
    total = round(sum(x[2] for x in lines), 2)
    d = Page(footer=f"{prov}  -  Billing questions 1-555-947-2200")
    d.add_page()
    letterhead(d, prov, ["900 Hogan Road, Bangor, ME 04401", "Phone 1-555-947-2200  Fax 1-555-947-2219"])
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date:", fd(stmt, "abbr")), ("Patient:", f["member"]), ("Account no.:", acct),
           ("Insurance:", "MaineCare"), ("MaineCare ID:", f["mid"]), ("MaineCare claim (ICN):", icn)], w=48, size=9.4)
    wtable(d, ["Date of service", "HCPCS", "Description", "Charge", "MaineCare status"],
           [[fd(svc, "slash"), c, desc, usd(a), s] for c, desc, a, s in lines]
           + [["", "", "Total charges", usd(total), ""]], [24, 18, 58, 24, 56], size=8.4, bold_last=True)
    paras(d, [
        "MaineCare paid the CPAP rental and mask. MaineCare denied the humidifier because it needs prior "
        "authorization, which was not on file. We have asked your doctor to send a request. MaineCare members "
        "may not be billed for covered services; you owe nothing on this statement at this time."], size=9.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[icn],
              claim_amount=f"{total:.2f}", service_dates=[svc.isoformat()], denial_date=stmt.isoformat(),
              provider=prov, unscored=["insurer", "appeal_deadline"],
              alternates={"case_numbers": [[]], "claim_amount": [f"{lines[2][2]:.2f}"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_orthodontics_label_column", "born_digital", [doc_bd_ortho(r(0))]),
        Item(f"{FAMILY}_faxstd_hospital_bed_records_prose", "fax_standard_g4", [doc_faxstd_records(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_fisioterapia", "phone_photo", [doc_photo_es(r(2))]),
        Item(f"{FAMILY}_rotated_informal_review_approved", "rotated", [doc_rotated_approved(r(3))]),
        Item(f"{FAMILY}_scan300_stack_notice_with_attachment", "scan_clean_300", stack_notice_attachment(r(4)),
             separators=["blank", None], turns={(1, 0): 180}),
        Item(f"{FAMILY}_copy_informal_review_upheld", "photocopy", [doc_copy_upheld(r(5))]),
        Item(f"{FAMILY}_lowres_supplier_statement_three_lines", "scan_lowres_150", [doc_lowres_supplier(r(6))]),
    ]
