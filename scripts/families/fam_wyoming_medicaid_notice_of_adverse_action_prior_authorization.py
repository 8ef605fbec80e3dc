"""Family 'wyoming_medicaid_notice_of_adverse_action_prior_authorization': Wyoming Medicaid (Wyoming Department of
Health, Division of Healthcare Financing) notices that a prior authorization request is denied, mirrored for
structure and wording only: what was decided, why, the Medicaid rule relied on, reconsideration of the decision,
then an administrative hearing with the Office of Administrative Hearings within 30 days. All people, numbers and
providers are invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddd_famdde import (HPage, Page, band, boxes, faxline, fdate, m2, money, out, paras, pat, plus, truth,
                                two_col)

FAMILY = "wyoming_medicaid_notice_of_adverse_action_prior_authorization"
LANG = "en"
SEED = 350304
ORG = "Wyoming Department of Health"
ALT = {"insurer": ["Wyoming Medicaid", "Division of Healthcare Financing",
                   "Wyoming Department of Health, Division of Healthcare Financing"]}
SUB = "Division of Healthcare Financing | Wyoming Medicaid"
ADDR = "Medicaid Prior Authorization Unit, PO Box 5508, Cheyenne, WY 82003"
FOOT = "Wyoming Medicaid - Wyoming Department of Health, Division of Healthcare Financing"
MEMBERS = ["Dale R. Fenwright", "Kaylee J. Brunswick", "Orrin T. Haldane", "Marisela P. Ochoa",
           "Wyatt E. Cordray", "Tamsin L. Voorhees", "Loretta K. Bighorn"]
DOCS = ["Garrick N. Ashdown, MD", "Renata V. Skoglund, DO", "Hollis M. Treadway, MD", "Ines F. Barrowcliff, MD"]
BARE = ["Garrick N. Ashdown", "Renata V. Skoglund", "Hollis M. Treadway", "Ines F. Barrowcliff"]


def upper(d: dt.date) -> str:
    return d.strftime("%b %d, %Y").upper()


def al(**kw):
    a = dict(ALT)
    a.update(kw)
    return a


def rights(p, size=9.0, who="you or your provider"):
    paras(p, [
        "#Reconsideration",
        f"If you do not agree with this decision, {who} may ask Wyoming Medicaid to reconsider it. Send your "
        "request in writing, with any new medical records, within 30 days of the date of this notice to "
        f"{ADDR}, or fax it to 1-555-777-1690.",
        "#Administrative hearing",
        "If the decision is not changed after reconsideration, you may ask for an administrative hearing with "
        "the Office of Administrative Hearings. Your request must be received within 30 days of the date of the "
        "reconsideration decision. You may speak for yourself or have a lawyer, relative, friend or other person "
        "speak for you. Free legal help may be available; call 1-555-432-9955.",
        "#Continuing services",
        "If this notice stops or reduces a service you already receive and you ask for a hearing within 10 days "
        "of the date of this notice, the service may continue until the hearing decision.",
    ], size=size)


def base(r, k):
    return dict(notice=dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 120)), member=MEMBERS[k],
                mid=pat(r, "999999999"), dob=dt.date(r.randint(1958, 2014), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_mri(r):
    """Born digital: lumbar MRI refused as not medically necessary; label column under a dark band."""
    b = base(r, 0)
    pa = "PA" + pat(r, "2699999")
    planned = plus(b["notice"], 9)
    recv = plus(b["notice"], -6)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "WYOMING DEPARTMENT OF HEALTH", SUB + " | " + ADDR)
    p.line("NOTICE OF ADVERSE ACTION - PRIOR AUTHORIZATION DENIED", 12.5, "B", h=8)
    p.ln(2)
    p.pairs([("Notice date", fdate(b["notice"], "slash")), ("Client name", b["member"]),
             ("Medicaid ID number", b["mid"]), ("Date of birth", fdate(b["dob"], "slash")),
             ("Prior authorization number", pa), ("Request received", fdate(recv, "slash")),
             ("Requesting provider", DOCS[0]), ("Provider NPI", b["npi"]),
             ("Service requested", "MRI lumbar spine without contrast (72148)"),
             ("Requested date of service", fdate(planned, "slash"))], label_w=58, size=9.6)
    p.ln(3)
    paras(p, [
        "#Action",
        "Wyoming Medicaid has denied the prior authorization request listed above.",
        "#Reason for this action",
        "The records sent with the request show low back pain for three weeks without weakness, numbness or "
        "loss of bladder control. Medicaid covers an MRI of the spine for back pain when six weeks of treatment "
        "such as physical therapy or medicine has not helped, or when there are warning signs. These were not "
        "shown, so the MRI is not medically necessary at this time.",
        "#Rule this action is based on",
        "Wyoming Medicaid Rules, Chapter 26 (Covered Services), medical necessity, and the Wyoming Medicaid "
        "imaging prior authorization criteria. You may ask for a free copy of the criteria used.",
    ], size=9.8)
    rights(p)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[pa], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[0], appeal_deadline=plus(b["notice"], 30).isoformat(), alternates=al())
    return out(p), t


def doc_fax_oos(r):
    """Fax fine: out-of-state sleep study by a provider not enrolled with Wyoming Medicaid, told only in sentences."""
    b = base(r, 1)
    pa = "PA" + pat(r, "2699999")
    planned = plus(b["notice"], 14)
    lab = "Front Range Sleep Institute"
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    faxline(p, f"{fdate(b['notice'], 'slash')} 14:{r.randint(10, 59)}  WDH HEALTHCARE FINANCING  FAX 1-555-777-1690"
               "  P.1/1")
    p.line("Wyoming Department of Health", 14, "B", h=7)
    p.line(SUB, 9.5)
    p.line(ADDR + " | 1-555-777-1600", 8.5)
    p.ln(6)
    p.para(fdate(b["notice"], "long"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} Sheridan Avenue\nCody, WY 82414")
    p.ln(2)
    paras(p, [
        f"Dear {b['member']},",
        f"We received a prior authorization request from {DOCS[1]} for an overnight sleep study at {lab} in "
        f"Fort Collins, Colorado, planned for {fdate(planned, 'long')}. The request number is {pa}. Your Medicaid "
        f"ID number is {b['mid']}.",
        f"Wyoming Medicaid has denied this request. {lab} is outside Wyoming and is not enrolled as a Wyoming "
        "Medicaid provider. Medicaid pays for non-emergency care outside the state only when the service is not "
        "available from an enrolled provider in Wyoming or a nearby border city. Enrolled sleep laboratories in "
        "Casper and Billings can do this test. This decision is based on Wyoming Medicaid Rules, Chapter 3 "
        "(Provider Participation) and the out-of-state services policy.",
        "You or your provider may ask us to reconsider within 30 days of the date of this letter by writing to "
        "the address above. If the decision does not change, you may ask for an administrative hearing with the "
        "Office of Administrative Hearings within 30 days of the reconsideration decision.",
        "Sincerely,\nPrior Authorization Unit\nWyoming Medicaid",
    ], size=10)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[pa], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[1], appeal_deadline=plus(b["notice"], 30).isoformat(),
              alternates=al(provider=[lab]))
    return out(p), t


def doc_es(r):
    """Phone photo: Spanish notice in a boxed grid; bariatric surgery refused, supervised diet records missing."""
    b = base(r, 3)
    pa = "PA" + pat(r, "2699999")
    planned = plus(b["notice"], 21)
    p = Page(footer="Página {n} de {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "Departamento de Salud de Wyoming", "Wyoming Department of Health | Wyoming Medicaid")
    p.line("AVISO DE ACCIÓN ADVERSA - AUTORIZACIÓN PREVIA DENEGADA", 12, "B", h=8)
    p.ln(2)
    w = (p.w - p.l_margin - p.r_margin) / 3
    boxes(p, [("Fecha del aviso", fdate(b["notice"], "long", "es"), w), ("Nombre del cliente", b["member"], w),
              ("Número de Medicaid", b["mid"], w)])
    boxes(p, [("Número de autorización previa", pa, w), ("Fecha de servicio pedida", fdate(planned, "long", "es"), w),
              ("Fecha de nacimiento", fdate(b["dob"], "dmy", "es"), w)])
    boxes(p, [("Proveedor que pidió", DOCS[2], w * 1.5), ("Teléfono", "1-555-777-1600", w * 1.5)])
    p.ln(4)
    paras(p, [
        "#Lo que decidimos",
        "Wyoming Medicaid negó la solicitud de cirugía de manga gástrica (cirugía bariátrica).",
        "#Por qué",
        "Para aprobar esta cirugía, Medicaid necesita constancia de seis meses seguidos de una dieta supervisada "
        "por un médico y una evaluación psicológica. Los documentos enviados muestran solo dos meses de dieta y "
        "no incluyen la evaluación. Por eso la cirugía no es médicamente necesaria en este momento. Reglas de "
        "Wyoming Medicaid, Capítulo 26.",
        "#Reconsideración y audiencia",
        "Si no está de acuerdo, usted o su proveedor pueden pedir una reconsideración por escrito dentro de 30 "
        f"días a partir de la fecha de este aviso. Escriba a {ADDR}. Si la decisión no cambia, puede pedir una "
        "audiencia administrativa con la Oficina de Audiencias Administrativas (Office of Administrative Hearings) "
        "dentro de 30 días de la fecha de la decisión de reconsideración.",
    ], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[pa], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[2], appeal_deadline=plus(b["notice"], 30).isoformat(), lang="es",
              alternates=al(insurer=ALT["insurer"] + ["Departamento de Salud de Wyoming"]))
    return out(p), t


def doc_remit(r):
    """Low-res scan: client explanation of Medicaid benefits with three claims, one denied for no PA; wrapped header."""
    b = base(r, 2)
    claims = [pat(r, "26999999999999") for _ in range(3)]
    dates = [plus(b["notice"], -52), plus(b["notice"], -37), plus(b["notice"], -30)]
    amts = [round(r.randint(90, 260) + 0.5, 2), round(r.randint(1800, 3400) + 0.25, 2),
            round(r.randint(40, 140) + 0.8, 2)]
    provs = ["Laramie Peak Family Medicine", "Big Horn Outpatient Surgery Center", "Platte Valley Laboratory"]
    p = Page(footer=None, footer_left=FOOT + " | Explanation of Medicaid Benefits")
    p.add_page()
    band(p, "Wyoming Medicaid", "EXPLANATION OF MEDICAID BENEFITS - THIS IS NOT A BILL")
    p.pairs([("Date issued", upper(b["notice"])), ("Client", b["member"]), ("Medicaid ID", b["mid"]),
             ("Claims paid or denied between", f"{fdate(plus(b['notice'], -30), 'iso')} and "
                                               f"{fdate(plus(b['notice'], -2), 'iso')}")], label_w=62, size=9.3)
    p.ln(3)
    rows = []
    for i in range(3):
        den = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i], "nosign"),
                     money(0 if den else round(amts[i] * 0.62, 2), "nosign"), "197" if den else "000",
                     "DENIED" if den else "PAID"])
    p.table(["Claim number (ICN)", "Service date", "Provider name", "Amount billed by provider",
             "Amount Medicaid paid", "Reason code", "Claim status"], rows, [34, 20, 50, 21, 20, 15, 16], size=7.8)
    paras(p, [
        "Reason 197: The service needed prior authorization from Wyoming Medicaid and no approved prior "
        "authorization was on file for this date. Reason 000: Paid according to the Medicaid fee schedule.",
        "You do not have to pay for a service Medicaid denied because the provider did not get prior "
        "authorization. If you disagree with a denial, you may ask for reconsideration within 30 days of the date "
        f"of this statement by writing to {ADDR}. If the decision stays the same you may ask for an administrative "
        "hearing within 30 days of the reconsideration decision.",
    ], size=8.8)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=b["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(b["notice"], 30).isoformat(), alternates=al())
    return out(p), t


def doc_approved(r):
    """Rotated: reconsideration reverses a denial, a power wheelchair approved; told in sentences; denies nothing."""
    b = base(r, 4)
    rc = "RC-" + pat(r, "26-9999")
    pa = "PA" + pat(r, "2699999")
    deliv = plus(b["notice"], 15)
    p = Page(footer="{n}", footer_left=FOOT)
    p.add_page()
    band(p, "Wyoming Department of Health", SUB + " | 1-555-777-1600")
    p.para(fdate(b["notice"], "dmy"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} Yellowstone Road\nRiverton, WY 82501")
    p.ln(2)
    paras(p, [
        f"Dear {b['member']},",
        f"You asked us to reconsider the denial of prior authorization {pa} for a power wheelchair ordered by "
        f"{DOCS[3]}. Your reconsideration number is {rc}.",
        "A physician reviewer who was not part of the first decision read the seating evaluation and the new "
        "notes from your physical therapist. We have reversed the first decision. The power wheelchair is now "
        f"approved, and the supplier expects to deliver it on {fdate(deliv, 'long')}.",
        f"Your Medicaid ID number is {b['mid']}. Please keep this letter. If you have questions, call Wyoming "
        "Medicaid Client Services at 1-555-777-1600, Monday through Friday, 8 a.m. to 5 p.m.",
        "Sincerely,\nPrior Authorization Unit\nWyoming Medicaid",
    ], size=10.2)
    t = truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[rc, pa],
              service_dates=[deliv.isoformat()], denial_date=b["notice"].isoformat(), provider=BARE[3],
              alternates=al(service_dates=[[]]))
    return out(p), t


def doc_upheld(r):
    """Photocopy: two-page reconsideration decision upholding an inpatient rehabilitation denial (SNF enough)."""
    b = base(r, 5)
    rc = "RC-" + pat(r, "26-9999")
    pa = "PA" + pat(r, "2699999")
    adm = plus(b["notice"], 4)
    hosp = "Casper Mountain Rehabilitation Hospital"
    p = HPage(f"{b['member']} | Medicaid ID {b['mid']} | Reconsideration {rc}", footer="Page {n} of {nb}",
              footer_left=FOOT)
    p.add_page()
    band(p, "WYOMING DEPARTMENT OF HEALTH", SUB)
    p.line("NOTICE OF RECONSIDERATION DECISION", 13, "B", h=8)
    p.pairs([("Date of notice", fdate(b["notice"], "iso")), ("Client", b["member"]), ("Medicaid ID", b["mid"]),
             ("Reconsideration number", rc), ("Original prior authorization", pa),
             ("Reconsideration received", fdate(plus(b["notice"], -12), "iso")), ("Facility", hosp),
             ("Planned admission", fdate(adm, "iso"))], label_w=55, size=9.6)
    p.ln(2)
    paras(p, [
        "#Decision",
        "The denial is upheld. Wyoming Medicaid will not authorize admission to an inpatient rehabilitation "
        "hospital.",
        "#Reason",
        "A physician reviewer board-certified in physical medicine and rehabilitation read the hospital records. "
        "After the hip fracture repair you can take part in about one hour of therapy a day. Inpatient "
        "rehabilitation requires that a patient need and be able to take part in three hours of therapy a day, "
        "five days a week. Your care can be given safely in a skilled nursing facility, which is a lower level "
        "of care. A skilled nursing facility stay does not need this prior authorization.",
        "#Rules used",
        "Wyoming Medicaid Rules, Chapter 26, and the inpatient rehabilitation admission criteria. You may ask for "
        "free copies of all records and criteria used.",
    ], size=9.8)
    p.add_page()
    paras(p, [
        "#Administrative hearing",
        "This is the final decision of Wyoming Medicaid on reconsideration. If you disagree, you may ask for an "
        "administrative hearing with the Office of Administrative Hearings. Your written request must be "
        "received within 30 days of the date of this notice. Send it to Wyoming Medicaid, Administrative Hearing "
        "Requests, PO Box 5508, Cheyenne, WY 82003, or fax 1-555-777-1691.",
        "#At the hearing",
        "You may represent yourself or have a lawyer, relative, friend or other spokesperson. You may look at "
        "your case file before the hearing and bring witnesses. An administrative law judge will decide.",
        "#Expedited hearing",
        "If waiting for a standard hearing could seriously harm your health, say so in your request and the "
        "hearing may be expedited.",
        "Sincerely,\n\nMedical Director, Division of Healthcare Financing",
    ], size=9.8)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[rc, pa], service_dates=[adm.isoformat()], denial_date=b["notice"].isoformat(),
              provider=hosp, alternates=al(appeal_deadline=[plus(b["notice"], 30).isoformat()]))
    return out(p), t


def stack_scan(r):
    """Scan 300: PA denial for physical therapy visits beyond the limit (sidebar), blank page, PT's letter upside down."""
    b = base(r, 6)
    pa = "PA" + pat(r, "2699999")
    start, end = plus(b["notice"], 3), plus(b["notice"], 59)
    clinic = "Wind River Physical Therapy"
    p = Page(footer=None, footer_left=FOOT)
    p.add_page()
    band(p, "Wyoming Department of Health", SUB)
    p.line("Notice of Adverse Action", 13, "B", h=8)
    p.ln(2)
    two_col(p, [("NOTICE DATE", fdate(b["notice"], "abbr")), ("CLIENT", b["member"]), ("MEDICAID ID", b["mid"]),
                ("BIRTH DATE", fdate(b["dob"], "slash")), ("PA NUMBER", pa), ("PROVIDER", clinic),
                ("DATES REQUESTED", f"{fdate(start, 'slash')} -"), ("", fdate(end, "slash"))], [
        "#What we decided",
        "We denied the request for 16 more outpatient physical therapy visits for your left shoulder.",
        "#Why",
        "You have already received the 20 therapy visits Wyoming Medicaid covers for an adult in a benefit "
        "year. More visits can be approved only when the records show steady, measurable progress toward goals. "
        "The last two progress notes show no change in shoulder motion or strength. The extra visits are not "
        "medically necessary.",
        "#Reconsideration",
        "You or the therapist may ask for reconsideration within 30 days of the date of this notice. After a "
        "reconsideration decision you may ask for an administrative hearing with the Office of Administrative "
        "Hearings within 30 days. If your visits stop because of this notice and you ask within 10 days, they "
        "may continue until the decision.",
    ])
    d1 = (out(p), truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"],
                        member_name=b["member"], cases=[pa], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
                        denial_date=b["notice"].isoformat(), provider=clinic,
                        appeal_deadline=plus(b["notice"], 30).isoformat(),
                        alternates=al(service_dates=[[start.isoformat(), end.isoformat()], [start.isoformat()]])))
    q = Page(footer=None)
    q.add_page()
    q.line(clinic, 14, "B", h=7)
    q.line("410 Main Street, Lander, WY 82520 | Phone 1-555-332-7140 | Fax 1-555-332-7141", 8.5)
    q.ln(6)
    let = plus(b["notice"], 6)
    q.para(fdate(let, "long"))
    q.para("Wyoming Medicaid\n" + ADDR)
    paras(q, [
        f"Re: Request for reconsideration - {b['member']}, Medicaid ID {b['mid']}, prior authorization {pa}",
        "Dear reviewer:",
        "We ask you to reconsider the denial of further physical therapy visits for this client. Our last two "
        "progress notes were written during a flare of shoulder pain after a fall at home. Since then the "
        "client's active shoulder flexion has improved from 95 to 120 degrees and she can again lift a gallon of "
        "milk to a shelf. The new measurements and an updated plan of care with three measurable goals are "
        "enclosed.",
        "Thank you for your review.",
        "Sincerely,\n\nMaren A. Holmquist, PT, DPT\nWind River Physical Therapy",
    ], size=10)
    d2 = (out(q), truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[pa],
                        denial_date=let.isoformat(), provider="Maren A. Holmquist",
                        unscored=["insurer", "service_dates"], alternates={"provider": [clinic], "denial_date": [None]}))
    return [d1, d2], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_scan(r(6))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_label_column", "born_digital", [doc_mri(r(0))]),
        Item(f"{FAMILY}_faxfine_out_of_state_sleep_study_prose", "fax_fine_g4", [doc_fax_oos(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_cirugia_bariatrica", "phone_photo", [doc_es(r(3))]),
        Item(f"{FAMILY}_lowres_benefits_three_claims_no_pa", "scan_lowres_150", [doc_remit(r(2))]),
        Item(f"{FAMILY}_rotated_reconsideration_wheelchair_approved", "rotated", [doc_approved(r(4))]),
        Item(f"{FAMILY}_copy_two_page_reconsideration_upheld_rehab", "photocopy", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_stack_pt_visits_and_therapist_letter", "scan_clean_300", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
