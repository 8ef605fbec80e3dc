"""Family 'mississippi_medicaid_coordinated_care_notice_of_adverse_action': an invented MississippiCAN (Mississippi
Medicaid coordinated care) health plan's Notice of Adverse Benefit Determination: what we decided, why, appeal to the
plan within 60 days of the notice, State Fair Hearing with the Division of Medicaid within 120 days of the appeal
decision, continued benefits if asked within 10 days, 72-hour expedited appeal. All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddc_famdce import (HPage, Page, band, boxes, cover_pdf, faxline, fdate, m2, money, out, paras, pat, plus,
                                truth, two_col)

FAMILY = "mississippi_medicaid_coordinated_care_notice_of_adverse_action"
LANG = "en"
SEED = 350104
ORG = "Okatoma River Health Plan"
ORG_ADDR = "PO Box 22814, Jackson, MS 39225"
FOOT = "Okatoma River Health Plan - a MississippiCAN coordinated care plan"
MEMBERS = ["Tavaris L. Boykin", "Rosalba M. Quiñones", "Earline D. Mabus", "Jeremiah P. Tullos",
           "Annabeth R. Stringer", "Cleotha W. Pruitt", "Minnie F. Loftin"]
DOCS = ["Lucinda A. Hollowell, MD", "Byron T. Ishee, DO", "Priyanka S. Mahadevan, MD"]
BARE = ["Lucinda A. Hollowell", "Byron T. Ishee", "Priyanka S. Mahadevan"]


def rights(p, deadline="within 60 days of the date of this notice", size=9.2):
    paras(p, [
        "#Your right to appeal",
        f"If you do not agree with this action, you, your authorized representative or your provider (with your "
        f"written consent) may ask {ORG} for an appeal {deadline}. Call Member Services at 1-555-631-4400 "
        f"(TTY 711) or write to {ORG} Appeals Unit, {ORG_ADDR}.",
        "#Expedited appeal",
        "If waiting for a standard appeal (30 days) could seriously harm your life or health, ask for an expedited "
        "appeal. We will decide within 72 hours.",
        "#State Fair Hearing",
        "If we uphold this action after your appeal, you may ask for a State Fair Hearing with the Mississippi "
        "Division of Medicaid within 120 days of the date of our appeal decision.",
        "#Continuing your benefits",
        "If this action stops or reduces a service you already get, your benefits may continue during the appeal "
        "if you ask within 10 days of the date of this notice. If the action is upheld you may have to pay.",
    ], size=size)


def base(r, k):
    return dict(notice=dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 110)), member=MEMBERS[k],
                mid=pat(r, "999999999"), dob=dt.date(r.randint(1962, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_mri(r):
    """Born digital: knee MRI refused as not medically necessary; label column under a dark band."""
    b = base(r, 0)
    ref = "UM" + pat(r, "26-999999")
    planned = plus(b["notice"], 11)
    recv = plus(b["notice"], -5)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, ORG.upper(), "MississippiCAN | Mississippi Medicaid coordinated care | " + ORG_ADDR)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", h=8)
    p.ln(2)
    p.pairs([("Date of this notice", fdate(b["notice"], "long")), ("Member name", b["member"]),
             ("Medicaid ID", b["mid"]), ("Date of birth", fdate(b["dob"], "slash")),
             ("Prior authorization #", ref), ("Date we got the request", fdate(recv, "slash")),
             ("Ordering provider", DOCS[0]), ("NPI", b["npi"]),
             ("Service", "MRI right knee without contrast (73721)"),
             ("Requested date of service", fdate(planned, "slash"))], label_w=56, size=9.8)
    p.ln(3)
    paras(p, [
        "#The action we took",
        "We denied the request for an MRI of your right knee. A doctor on our staff looked at the records your "
        "provider sent us.",
        "#Why we took this action",
        "The records do not show an X-ray of the knee or four weeks of treatment such as a brace, medicine or "
        "physical therapy before the MRI. Based on these records the MRI is not medically necessary now. We used "
        "Okatoma River clinical guideline CG-IMG-031. You may ask for a free copy of it.",
    ])
    rights(p)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[0], appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def doc_es(r):
    """Born digital Spanish notice: home health visits claim without prior authorization; boxed grid."""
    b = base(r, 1)
    claim = pat(r, "2699999999999")
    d1, d2 = plus(b["notice"], -41), plus(b["notice"], -34)
    amt = round(r.randint(600, 1400) + 0.75, 2)
    agency = "Servicios de Salud en el Hogar Bogue Chitto"
    p = Page(footer="Página {n} de {nb}", footer_left=FOOT)
    p.add_page()
    band(p, ORG, "Plan de atención coordinada MississippiCAN - Medicaid de Mississippi")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 13, "B", h=8)
    p.ln(2)
    w = (p.w - p.l_margin - p.r_margin) / 3
    boxes(p, [("Fecha de este aviso", fdate(b["notice"], "long", "es"), w), ("Nombre del afiliado", b["member"], w),
              ("Número de Medicaid", b["mid"], w)])
    boxes(p, [("Número de reclamo", claim, w), ("Primera visita", fdate(d1, "long", "es"), w),
              ("Última visita", fdate(d2, "long", "es"), w)])
    boxes(p, [("Cargos facturados", money(amt), w), ("Proveedor", "Bogue Chitto Home Health", w),
              ("Fecha de nacimiento", fdate(b["dob"], "dmy", "es"), w)])
    p.ln(4)
    paras(p, [
        "#La acción que tomamos",
        f"Negamos el pago de las visitas de enfermería en el hogar hechas por {agency} (Bogue Chitto Home Health) "
        "entre las dos fechas de arriba. Estas visitas necesitan autorización previa del plan y no recibimos una "
        "solicitud antes de que empezaran.",
        "#Cómo pedir una apelación",
        f"Si no está de acuerdo, usted puede pedir una apelación dentro de 60 días a partir de la fecha de este "
        f"aviso. Llame al 1-555-631-4400 o escriba a {ORG} Appeals Unit, {ORG_ADDR}. Si su salud corre peligro, "
        "pida una apelación acelerada: decidiremos dentro de 72 horas. Si mantenemos la decisión, puede pedir una "
        "Audiencia Imparcial Estatal con la División de Medicaid de Mississippi dentro de 120 días de la fecha de "
        "nuestra decisión de apelación.",
    ])
    t = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[claim], claim_amount=m2(amt), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=b["notice"].isoformat(), provider="Bogue Chitto Home Health",
              appeal_deadline=plus(b["notice"], 60).isoformat(), lang="es",
              alternates={"provider": [agency], "service_dates": [[f"{d1.isoformat()}/{d2.isoformat()}"]]})
    return out(p), t


def doc_summary(r):
    """Phone photo: claims summary with three claims, one denied as a duplicate; header wraps over two lines."""
    b = base(r, 2)
    claims = [pat(r, "99999999999") for _ in range(3)]
    dates = [plus(b["notice"], -45), plus(b["notice"], -30), plus(b["notice"], -19)]
    amts = [round(r.randint(80, 300) + 0.4, 2), round(r.randint(150, 420) + 0.15, 2),
            round(r.randint(500, 900) + 0.6, 2)]
    provs = ["Rankin Pediatric Clinic", "Pearl River Lab Services", "Rankin Pediatric Clinic"]
    p = Page(footer=None, footer_left=FOOT + " | Explanation of Benefits")
    p.add_page()
    band(p, ORG, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(b["notice"], "upper")), ("Member", b["member"]),
             ("Medicaid ID", b["mid"]), ("Claims processed", f"{fdate(plus(b['notice'], -31), 'slash')} to "
                                                            f"{fdate(plus(b['notice'], -3), 'slash')}")],
            label_w=42, size=9.5)
    p.ln(3)
    rows = []
    for i in range(3):
        denied = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i], "nosign"),
                     money(0 if denied else round(amts[i] * 0.7, 2), "nosign"), "D17" if denied else "P01",
                     "DENIED" if denied else "PAID"])
    p.table(["Claim number", "Date(s) of service", "Provider of service", "Billed amount ($)",
             "Amount plan paid ($)", "Explanation code", "Claim status"], rows, [29, 22, 44, 21, 21, 18, 19],
            size=8)
    paras(p, [
        "D17: This claim duplicates a claim we already received and processed for the same service, date and "
        "provider. The service is not paid twice. P01: Paid at the Medicaid fee schedule.",
        f"If you think a claim was denied by mistake, you may appeal within 60 days of the date of this statement. "
        f"Write to {ORG} Appeals Unit, {ORG_ADDR}. After our appeal decision you may ask the Division of Medicaid "
        "for a State Fair Hearing within 120 days.",
    ], size=9)
    t = truth("eob", "other", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=b["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def doc_resolution(r):
    """Rotated: appeal overturned, a power wheelchair approved; told only in sentences (denies nothing)."""
    b = base(r, 3)
    ap = "AP-" + pat(r, "2026-9999")
    ref = "UM" + pat(r, "26-999999")
    deliv = plus(b["notice"], 12)
    p = Page(footer="{n}", footer_left=FOOT)
    p.add_page()
    band(p, ORG, ORG_ADDR + " | 1-555-631-4400")
    p.para(fdate(b["notice"], "dmy"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} Old Natchez Trace Road\nKosciusko, MS 39090")
    p.ln(2)
    paras(p, [
        f"Dear {b['member']},",
        f"We have made a decision on the appeal you asked for about the power wheelchair that {DOCS[1]} ordered "
        f"for you. Your appeal number is {ap}. The request we first denied was number {ref}.",
        "A doctor who did not make the first decision looked at your appeal and the new notes from your physical "
        "therapist. We have reversed our first decision, and the power wheelchair is now approved. The supplier "
        f"plans to deliver it on {fdate(deliv, 'long')}.",
        f"Your Medicaid ID is {b['mid']}. Please keep this letter for your records. If you have questions, call "
        "Member Services at 1-555-631-4400 (TTY 711), Monday to Friday, 8 a.m. to 5 p.m.",
        "Sincerely,\nAppeals Unit\n" + ORG,
    ], size=10.2)
    t = truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[ap, ref],
              service_dates=[deliv.isoformat()], denial_date=b["notice"].isoformat(), provider=BARE[1],
              alternates={"service_dates": [[]]})
    return out(p), t


def doc_upheld(r):
    """Photocopy: appeal upheld, inpatient stay refused (observation enough); two pages, running header."""
    b = base(r, 4)
    ap = "AP-" + pat(r, "2026-9999")
    ref = "IP" + pat(r, "9999999")
    adm = plus(b["notice"], -26)
    dis = plus(adm, 2)
    hosp = "Leaf River Regional Hospital"
    p = HPage(f"{b['member']} | Medicaid ID {b['mid']} | Appeal {ap}", footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, ORG, "Appeals Unit | " + ORG_ADDR)
    p.line("NOTICE OF APPEAL RESOLUTION", 13, "B", h=8)
    p.pairs([("Date", fdate(b["notice"], "iso")), ("Member", b["member"]), ("Medicaid ID", b["mid"]),
             ("Appeal number", ap), ("Original request", ref), ("Appeal received", fdate(plus(b["notice"], -20), "iso")),
             ("Hospital", hosp), ("Dates of stay", f"{fdate(adm, 'iso')} to {fdate(dis, 'iso')}")],
            label_w=45, size=9.8)
    p.ln(2)
    paras(p, [
        "#Our decision",
        "We have upheld (kept) our decision. We will not pay for the stay as an inpatient admission.",
        "#Why",
        "A board-certified internal medicine doctor reviewed the hospital records. You came to the emergency room "
        "with chest pain. Your heart tests and blood tests were normal and you were stable. Your care could have "
        "been given safely in observation status, which is a lower level of care than an inpatient admission. "
        "The hospital may bill the stay again as observation services.",
        "#Rules we used",
        "Miss. Admin. Code Title 23, Part 200, and InterQual acute care criteria. You may ask for free copies "
        "of all documents and criteria we used.",
    ], size=10)
    p.add_page()
    paras(p, [
        "#State Fair Hearing",
        "You have finished the plan's appeal process. If you still disagree, you may ask for a State Fair Hearing "
        "with the Mississippi Division of Medicaid. You must ask within 120 days of the date of this notice. "
        "Write to the Division of Medicaid, Office of Appeals, 550 High Street, Jackson, MS 39201, or call "
        "1-555-359-6050.",
        "#Expedited State Fair Hearing",
        "If waiting could seriously harm your health, ask for an expedited hearing.",
        "#Help",
        "You may bring a lawyer, a relative, a friend or another person to speak for you. Legal help may be "
        "available free; call 1-555-948-4700.",
        "Sincerely,\n\nMedical Director, " + ORG,
    ], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[ap, ref], service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=b["notice"].isoformat(), provider=hosp,
              alternates={"service_dates": [[adm.isoformat()]]})
    return out(p), t


def doc_dental(r):
    """Low-res scan: adult dental crowns not covered; two-column body with a shaded sidebar."""
    b = base(r, 5)
    b["dob"] = dt.date(1979, 8, 3)
    ref = "ORHP-" + pat(r, "9999999")
    planned = plus(b["notice"], 16)
    dentist = "Magee Family Dentistry"
    p = Page(footer=None, footer_left=FOOT)
    p.add_page()
    band(p, ORG, "MississippiCAN coordinated care plan")
    p.line("Notice of Adverse Benefit Determination", 13, "B", h=8)
    p.ln(2)
    two_col(p, [("NOTICE DATE", fdate(b["notice"], "abbr")), ("MEMBER", b["member"]), ("MEDICAID ID", b["mid"]),
                ("BIRTHDATE", fdate(b["dob"], "slash")), ("REFERENCE NO.", ref), ("DENTIST", dentist),
                ("PLANNED DATE", fdate(planned, "slash")), ("MEMBER SERVICES", "1-555-631-4400")], [
        "#What we decided",
        "We denied the request for two porcelain crowns (D2740) on teeth 3 and 14.",
        "#Why",
        "Crowns for members age 21 and older are not a covered benefit under Mississippi Medicaid. Adults are "
        "covered for emergency extractions only. This is a benefit limit, not a decision about your dental need.",
        "#How to appeal",
        f"You may appeal within 60 days of the date of this notice. Call us or write to {ORG_ADDR}. Expedited "
        "appeals are decided within 72 hours. After our appeal decision you may ask the Division of Medicaid for "
        "a State Fair Hearing within 120 days.",
    ])
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=dentist, appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def stack_fax(r):
    """Fax standard: cover, provider copy of a sleep study claim refused as out of network, and the doctor's letter."""
    b = base(r, 6)
    claim = pat(r, "99999999999")
    dos = plus(b["notice"], -28)
    amt = round(r.randint(1400, 2900) + 0.2, 2)
    lab = "Delta Sleep Disorders Center"
    fx = f"{fdate(b['notice'], 'slash')} 09:{r.randint(10, 59)}  FROM OKATOMA RIVER HP  FAX 1-555-631-4490  PAGE "
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    faxline(p, fx + "002/003")
    band(p, ORG, "PROVIDER COPY")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=8)
    p.pairs([("Notice date", fdate(b["notice"], "slash")), ("Member", b["member"]),
             ("Medicaid ID", b["mid"]), ("Claim number", claim), ("Billing provider", lab),
             ("Date of service", fdate(dos, "slash")), ("Total charges", money(amt)),
             ("Provider fax", "1-555-882-1170")], label_w=45, size=9.5)
    paras(p, [
        "#Reason for the action",
        "The attended sleep study (95810) was done by a provider that is not in the Okatoma River network. "
        "Out-of-network services need approval from the plan unless they are an emergency. No approval was "
        "given, so the claim is denied.",
    ], size=9.5)
    rights(p, size=8.6)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=ORG, member_id=b["mid"],
                        member_name=b["member"], cases=[claim], claim_amount=m2(amt), service_dates=[dos.isoformat()],
                        denial_date=b["notice"].isoformat(), provider=lab,
                        appeal_deadline=plus(b["notice"], 60).isoformat()))
    q = Page(footer=None)
    q.add_page()
    faxline(q, fx + "003/003")
    q.line("Pine Belt Pulmonary & Sleep Medicine", 14, "B", h=7)
    q.line("118 Hardy Street, Hattiesburg, MS 39401 | Phone 1-555-882-1100 | Fax 1-555-882-1170", 8.5)
    q.ln(6)
    let = plus(b["notice"], 3)
    q.para(fdate(let, "long"))
    q.para(f"{ORG} Appeals Unit\n{ORG_ADDR}")
    paras(q, [
        f"Re: {b['member']}, Medicaid ID {b['mid']}, claim {claim}",
        "To the appeals reviewer:",
        f"I referred this patient to {lab} for the sleep study on {fdate(dos, 'long')} because no in-network "
        "sleep laboratory within 60 miles had an opening in less than four months, and the patient falls asleep "
        "while driving. I ask that you approve the study as a network exception.",
        "The referral note and the two in-network labs' wait-time letters are enclosed.",
        f"Sincerely,\n\n{DOCS[2]}\nPulmonary and Sleep Medicine",
    ], size=10)
    d2 = (out(q), truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[claim],
                        service_dates=[dos.isoformat()], denial_date=let.isoformat(), provider=BARE[2],
                        unscored=["insurer"], alternates={"denial_date": [None], "provider": [lab]}))
    cov = cover_pdf("Hinds County Legal Services", "Pine Belt Pulmonary billing", "1-555-882-1170",
                    fdate(let, "slash"), 3, "Medicaid plan denial and our appeal letter")
    return [d1, d2], [cov, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_fax(r(6))
    return [
        Item(f"{FAMILY}_bd_knee_mri_denied", "born_digital", [doc_mri(r(0))]),
        Item(f"{FAMILY}_bd_aviso_es_salud_en_el_hogar", "born_digital", [doc_es(r(1))]),
        Item(f"{FAMILY}_photo_eob_duplicate_claim", "phone_photo", [doc_summary(r(2))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_wheelchair", "rotated", [doc_resolution(r(3))]),
        Item(f"{FAMILY}_copy_appeal_upheld_observation", "photocopy", [doc_upheld(r(4))]),
        Item(f"{FAMILY}_lowres_adult_crowns_not_covered", "scan_lowres_150", [doc_dental(r(5))]),
        Item(f"{FAMILY}_faxstd_stack_sleep_study_oon_and_doctor_letter", "fax_standard_g4", docs, separators=seps),
    ]
