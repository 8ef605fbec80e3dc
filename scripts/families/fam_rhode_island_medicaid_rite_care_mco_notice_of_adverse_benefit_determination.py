"""Family 'rhode_island_medicaid_rite_care_mco_notice_of_adverse_benefit_determination': an invented Rhode Island
Medicaid (RIte Care) managed care plan's Notices of Adverse Benefit Determination, in the structure of the notices
such plans send (what was asked for, what we decided, why, the rule, how to appeal to the plan within 60 days, a
State Fair Hearing with the Executive Office of Health and Human Services (EOHHS) within 120 days of the appeal
decision, continued benefits if asked within 10 days, a 72-hour expedited appeal).

Documents: a born-digital notice refusing a knee MRI (white-on-dark band, label column); a photocopied Spanish
notice refusing occupational therapy started without prior authorization; a standard-fax notice, told only in
sentences, refusing inpatient rehabilitation (skilled nursing facility instead); a phone photo of a member claims
summary with three claims (header wrapping over two lines), one refused out of network; a sideways overturned
appeal (denies nothing); a 150 dpi two-page upheld appeal with a sidebar and running header; a 300 dpi stack of a
hospital bed notice (boxed grid) and the doctor's letter to the plan, fed upside down, with a blank separator.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, 42 CFR / 210-RICR rule numbers,
120-day fair hearing, 10-day continuation and 72-hour limits, other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import addr, fd, letterhead, lv, paras, pat, plus, sidebar, usd
from kit_rounddc_famdca import Page, fax_line, wrap_table

FAMILY = "rhode_island_medicaid_rite_care_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 350100
ORG = "Pawtuxet Harbor Health Plan"
ORG_ADDR = "PO Box 60417, Warwick, RI 02999"
PROGRAM = "RIte Care"
DOC = "Ileana T. Marchetti, MD"
DOC_BARE = "Ileana T. Marchetti"
ORTHO = "Conimicut Orthopedic Associates"
IMAGING = "Blackstone Valley Imaging"
REHAB = "Aquidneck Rehabilitation Hospital"
LAB = "Seekonk Reference Laboratory"
MEMBERS = ["Thaddeus R. Cardoso", "Marguerite L. Sousa", "Winslow P. Okafor", "Delphine A. Rocha",
           "Gideon M. Tavares", "Annabel C. Whitcombe", "Lorenzo F. Medeiros"]
MEMBER_ES = "Yaritza E. Almánzar"
FAIR = ("If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the Executive Office "
        "of Health and Human Services (EOHHS) within 120 days of the date of the appeal decision notice.")


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(10, 980)} Narragansett Parkway",
                                                        "Warwick, RI 02999"],
                mid=pat(r, "9999999999"), phone=f"1-555-{r.randint(300, 899)}-{r.randint(1000, 9999)}",
                dob=dt.date(r.randint(1958, 2010), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you do not agree with this decision, you or someone you choose may ask us for an appeal. You must ask "
        "within 60 days of the date of this notice. Call Member Services or write to "
        f"{ORG} Appeals, {ORG_ADDR}.",
        "#Fast (expedited) appeal",
        "If waiting could seriously harm your health, ask for an expedited appeal. We will decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If this decision ends or reduces a service you already get, you may keep it during the appeal if you ask "
        "within 10 days of the date of this notice.",
        "#State Fair Hearing",
        FAIR], size=size)


def doc_mri(r):
    f = base(r, 0)
    pa = "PA" + pat(r, "99999999")
    planned, got = plus(f["notice"], r.randint(7, 14)), plus(f["notice"], -r.randint(3, 8))
    d = Page(footer=f"{ORG}  |  {PROGRAM}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"A {PROGRAM} health plan", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Request number:", pa), ("Ordering provider:", DOC),
           ("Provider NPI:", f["npi"]), ("Request received:", fd(got, "long")),
           ("Planned date of service:", fd(planned, "long"))], w=50, size=9.4)
    paras(d, [f"Dear {f['member']}:",
              "#What was requested",
              f"MRI of the right knee without contrast (CPT 73721), outpatient, at {IMAGING}.",
              "#What we decided",
              "We DENIED this request.",
              "#Why",
              "Your records show knee pain for 2 weeks with normal X-rays and no locking or giving way. An MRI is "
              "medically necessary after 6 weeks of treatment such as physical therapy or medicine, or when there "
              "are signs of a torn ligament. The MRI is not medically necessary at this time.",
              "#Rule used",
              "42 CFR 438.210 and 210-RICR-30-05-2, and our Medical Necessity Criteria MP-114."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [DOC_BARE, IMAGING]})
    return pdf_bytes(d), t


def doc_ot_es(r):
    f = base(r, 1)
    ref = pat(r, "999-9999999")
    a = plus(f["notice"], -r.randint(20, 30))
    b = plus(a, 27)
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"Un plan de salud de {PROGRAM}", ORG_ADDR, f"Servicios al Miembro {f['phone']}"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 58), ("Miembro", MEMBER_ES, 64),
             ("Núm. de Medicaid", f["mid"], 58)])
    d.boxes([("Número de referencia", ref, 58), ("Proveedor", ORTHO, 122)])
    d.ln(4)
    paras(d, [f"Estimado(a) {MEMBER_ES}:",
              "#Servicio solicitado",
              f"Terapia ocupacional de la mano (CPT 97165, 97530), 8 visitas del {fd(a, 'es')} al {fd(b, 'es')}.",
              "#Nuestra decisión",
              "Hemos NEGADO el pago de estas visitas.",
              "#Por qué",
              "Este servicio necesita autorización previa antes de empezar. Su proveedor comenzó las visitas sin "
              "pedir autorización y no hay una autorización en nuestros registros para estas fechas. Usted no "
              "tiene que pagar estas visitas.",
              "#Cómo apelar",
              "Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días a partir de la fecha de este "
              f"aviso. Escriba a {ORG} Appeals, {ORG_ADDR}. Si su salud corre peligro, pida una apelación "
              "acelerada; decidiremos dentro de 72 horas.",
              "Si no está de acuerdo con la decisión de la apelación, puede pedir una Audiencia Imparcial con la "
              "Oficina Ejecutiva de Salud y Servicios Humanos (EOHHS) dentro de 120 días."], size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=ORTHO,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_rehab_fax(r):
    f = base(r, 2)
    ref = "UM-" + pat(r, "9999999")
    adm = plus(f["notice"], r.randint(1, 3))
    d = Page(serif=True, footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    fax_line(d, f"{fd(f['notice'], 'short')} 16:42  FROM: {ORG} UM  1-555-402-7718   TO: {REHAB}   P. 1/1")
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"{REHAB} asked us on your behalf to approve an inpatient rehabilitation hospital stay starting "
        f"{fd(adm, 'abbr')} after your hip fracture repair. We looked at this request under reference {ref}. "
        f"Your Medicaid ID is {f['mid']}.",
        "We are not approving the stay at the rehabilitation hospital. You can take part in about one hour of "
        "therapy a day, and your care can be given safely in a skilled nursing facility. Inpatient rehabilitation "
        "requires that you can do three hours of therapy a day, five days a week. We have approved care at a "
        "skilled nursing facility instead, and the hospital's case manager can help arrange it.",
        "You may appeal this decision within 60 days of the date of this letter. If waiting could seriously harm "
        "your health, ask for a fast appeal; we decide those within 72 hours. " + FAIR,
        "Sincerely,", "Camille R. Dufresne, MD, Medical Director", ORG], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=REHAB, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_claims_photo(r):
    f = base(r, 3)
    c1, c2, c3 = pat(r, "26999999999"), pat(r, "26999999999"), pat(r, "26999999999")
    d1, d2, d3 = plus(f["notice"], -40), plus(f["notice"], -33), plus(f["notice"], -33)
    b1, b2, b3 = 185.0, 62.4, round(r.randint(380, 720) + 0.35, 2)
    d = Page(footer=f"{ORG} Member Claims Summary - not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Claims processed", f"{fd(plus(f['notice'], -30), 'dmy')} - {fd(plus(f['notice'], -1), 'dmy')}")],
       w=40, size=9.4)
    wrap_table(d, ["Claim number", "Date of service", "Provider", "Amount billed", "Plan paid", "Member owes",
                   "Status / remark"],
               [[c1, fd(d1, "slash"), "Oaklawn Family Practice", usd(b1), usd(b1 * 0.6), "$0.00", "Paid"],
                [c2, fd(d2, "slash"), "Cranston Urgent Care", usd(b2), usd(b2 * 0.8), "$0.00", "Paid"],
                [c3, fd(d3, "slash"), LAB, usd(b3), "$0.00", "$0.00", "Denied - N52"]],
               [26, 20, 52, 20, 17, 17, 24], size=8)
    paras(d, ["Remark N52: the laboratory is not in our network and the service was not approved as out of network. "
              "You are not responsible for this charge.",
              "If you disagree with a decision on this summary, you may appeal within 60 days of the date of this "
              "statement. " + FAIR], size=9.2)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c3],
              claim_amount=f"{b3:.2f}", service_dates=[d3.isoformat()], denial_date=f["notice"].isoformat(),
              provider=LAB, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 4)
    ap, pa = "AP" + pat(r, "9999999"), "PA" + pat(r, "99999999")
    first, got = plus(f["notice"], -35), plus(f["notice"], -27)
    planned = plus(f["notice"], r.randint(6, 12))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Grievances and Appeals", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    paras(d, [f"Dear {f['member']}:",
              f"We received your appeal {ap} on {fd(got, 'long')}. You appealed our notice of {fd(first, 'long')} "
              f"that denied a sleep study in a sleep laboratory (request {pa}) ordered by {DOC}. Your Medicaid ID "
              f"is {f['mid']}.",
              "A doctor who was not part of the first decision reviewed your appeal and your new records. We have "
              "overturned our decision. The sleep study is APPROVED. It is scheduled for "
              f"{fd(planned, 'long')} and the approval is good for 90 days.",
              "You do not need to do anything else. Call Member Services at " + f["phone"] + " with questions.",
              "Sincerely,", "Grievances and Appeals Unit", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ap, pa],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r, 5)
    ap, pa = "AP" + pat(r, "9999999"), "PA" + pat(r, "99999999")
    first, got = plus(f["notice"], -38), plus(f["notice"], -29)
    planned = plus(f["notice"], r.randint(15, 30))
    d = Page(footer=f"{ORG} - {PROGRAM} - Page {{p}} of {{n}}",
             header=f"{f['member']}  |  Appeal {ap}  |  Notice of Appeal Resolution (continued)")
    d.add_page()
    letterhead(d, ORG, [f"Grievances and Appeals - {ORG_ADDR}", f"Member Services {f['phone']}"], 1)
    y0, y1 = sidebar(d, [("Decision date", fd(f["notice"], "iso")), ("Member", f["member"]),
                         ("Medicaid ID", f["mid"]), ("Appeal number", ap), ("Original request", pa),
                         ("Date of birth", fd(f["dob"], "iso")), ("Appeal received", fd(got, "iso"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.text_line("Decision: original denial upheld", 10, "B")
    d.ln(2)
    paras(d, [f"Dear {f['member']}:",
              f"You asked us to review our decision of {fd(first, 'iso')} that denied a laparoscopic sleeve "
              f"gastrectomy requested by {DOC}, planned for {fd(planned, 'iso')} at Kent Shore Surgical Hospital.",
              "A board-certified surgeon who did not take part in the first decision reviewed the appeal. Our "
              "criteria require a supervised weight management program of 6 months within the last 2 years. The "
              "records show 2 months. The surgery is not medically necessary until the program is completed. We are "
              "upholding the denial."], size=9.4)
    d.set_left_margin(18)
    d.set_xy(18, max(d.get_y(), y1) + 3)
    paras(d, ["#What you can do next", FAIR,
              "To ask for a hearing, write to EOHHS Appeals Office, 3 West Road, Cranston, RI 02999, or call "
              "1-555-462-2132. You may bring a lawyer, a friend or a relative. If you need a fast hearing, say so; "
              "fast hearings are decided within 3 business days.",
              "#Continued services",
              "Because this is a service you are not getting now, there are no services to continue.",
              "#Free help",
              "Rhode Island Legal Services and the RIte Care ombudsman can help you for free. Language help and "
              "large print are available at no cost. Ayuda en español: llame a Servicios al Miembro.",
              "#Rule used",
              "42 CFR 438.408; 210-RICR-10-05-2; Clinical Policy BS-07 (Bariatric Surgery)."], size=9.4)
    d.add_page()
    paras(d, ["#Your records reviewed",
              "Letter of medical necessity; office notes of three visits; nutrition counseling notes; a behavioral "
              "health evaluation; the operative plan.",
              "#If you have questions",
              f"Call Member Services at {f['phone']} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.",
              "Sincerely,", "Nathaniel O. Fairbanks, MD, Appeals Physician Reviewer", ORG], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ap, pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def stack_bed(r):
    f = base(r, 6)
    pa = "PA" + pat(r, "99999999")
    deliv = plus(f["notice"], r.randint(5, 10))
    sent = plus(f["notice"], -r.randint(6, 9))
    dme = "Pontiac Mills Medical Supply"
    d = Page(footer=f"{ORG} - {PROGRAM} - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(f["notice"], "upper"), 46), ("Member name", f["member"], 70),
             ("Medicaid ID", f["mid"], 64)])
    d.boxes([("Authorization no.", pa, 46), ("Ordering provider", DOC, 70), ("NPI", f["npi"], 64)])
    d.boxes([("Item", "Semi-electric hospital bed E0260", 90), ("Supplier", dme, 56),
             ("Delivery date", fd(deliv, "upper"), 34)])
    d.ln(4)
    paras(d, ["#Why we denied this request",
              "A hospital bed is medically necessary when you need your body positioned in ways a regular bed cannot "
              "do, or need the head raised more than 30 degrees. The records say you sleep on two pillows and can "
              "change position on your own. The bed is not medically necessary."], size=9.3)
    rights(d, 8.9)
    p1 = pdf_bytes(d)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[pa], service_dates=[deliv.isoformat()], denial_date=f["notice"].isoformat(),
               provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": [DOC_BARE, dme]})
    d = Page(serif=True)
    d.add_page()
    letterhead(d, "Oaklawn Family Practice", ["880 Oaklawn Avenue, Cranston, RI 02999", "Tel 1-555-943-0120  Fax 1-555-943-0129"], 1)
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Prior Authorization", ORG_ADDR])
    paras(d, [f"Re: {f['member']}, Medicaid ID {f['mid']}, DOB {fd(f['dob'], 'slash')}",
              "I am writing to ask for a semi-electric hospital bed for my patient, who has congestive heart "
              "failure and becomes short of breath lying flat. She needs the head of the bed raised at night and "
              f"her legs raised during the day for swelling. Please approve delivery by {dme} on "
              f"{fd(deliv, 'long')}.",
              "Sincerely,", DOC, "Oaklawn Family Practice"], size=10)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
               service_dates=[deliv.isoformat()], denial_date=sent.isoformat(), provider=DOC,
               unscored=["insurer", "appeal_deadline"], alternates={"provider": [DOC_BARE]})
    return [(p1, t1), (pdf_bytes(d), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_knee_mri_denied", "born_digital", [doc_mri(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_terapia_ocupacional", "photocopy", [doc_ot_es(r(1))]),
        Item(f"{FAMILY}_faxstd_inpatient_rehab_snf_instead_prose", "fax_standard_g4", [doc_rehab_fax(r(2))]),
        Item(f"{FAMILY}_photo_claims_summary_lab_out_of_network", "phone_photo", [doc_claims_photo(r(3))]),
        Item(f"{FAMILY}_rotated_sleep_study_appeal_overturned", "rotated", [doc_overturned(r(4))]),
        Item(f"{FAMILY}_lowres_bariatric_appeal_upheld_two_page", "scan_lowres_150", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_stack_hospital_bed_notice_and_doctor_letter", "scan_clean_300", stack_bed(r(6)),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
