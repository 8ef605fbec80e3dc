"""Family 'oklahoma_soonerselect_plan_notice_of_adverse_benefit_determination': an invented Oklahoma SoonerSelect
health plan's Notice of Adverse Benefit Determination (what we decided, why, how to appeal to the plan within 60
days of the notice, State Fair Hearing with the Oklahoma Health Care Authority within 120 days of the appeal
decision, continued benefits within 10 days, 72-hour expedited appeal). All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddb_famdbe import (Page, band, boxes, cover_pdf, faxline, fdate, m2, money, out, paras, pat, ph, plus,
                                span, truth, two_col)

FAMILY = "oklahoma_soonerselect_plan_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 349904
ORG = "Red Prairie Health Partners"
ORG_ADDR = "PO Box 40517, Oklahoma City, OK 73199"
FOOT = "Red Prairie Health Partners - a SoonerSelect health plan"
MEMBERS = ["Corbin T. Wahpepah", "Lavonne R. Stidham", "Jolene A. Birdshead", "Marcus E. Tillotson",
           "Daisy K. Overholt", "Royce W. Plumlee", "Annika S. Haskew"]
DOCS = ["Delphine A. Ketchum, MD", "Orrin B. Yellowfish, DO", "Mirela C. Lusk, MD"]
BARE = ["Delphine A. Ketchum", "Orrin B. Yellowfish", "Mirela C. Lusk"]


def rights(p, deadline="within 60 days of the date of this notice", size=9.2):
    paras(p, [
        "#Your right to appeal",
        f"If you disagree with this decision, you or your provider (with your written consent) may ask "
        f"{ORG} for an appeal {deadline}. Call Member Services at 1-555-410-2277 (TTY 711) or write to "
        f"{ORG} Appeals, {ORG_ADDR}.",
        "#Expedited (fast) appeal",
        "If waiting 30 days could seriously harm your health, ask for a fast appeal. We will decide within 72 hours.",
        "#State Fair Hearing",
        "If we uphold our decision, you may ask for a State Fair Hearing with the Oklahoma Health Care Authority "
        "(OHCA) within 120 days of the date of our appeal decision.",
        "#Continuing your benefits",
        "If this notice ends or reduces a service you are getting now, you may keep getting it during the appeal "
        "if you ask within 10 days of the date of this notice.",
    ], size=size)


def base(r, k):
    return dict(notice=dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120)), member=MEMBERS[k],
                sid="S" + pat(r, "99999999"), dob=dt.date(r.randint(1960, 2010), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_mri(r):
    """Born digital: lumbar MRI refused as not medically necessary; label column under a dark band."""
    b = base(r, 0)
    ref = "PA-" + pat(r, "2026-99999")
    planned = plus(b["notice"], 9)
    recv = plus(b["notice"], -6)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, ORG.upper(), "SoonerSelect | Oklahoma Medicaid managed care | " + ORG_ADDR)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", h=8)
    p.ln(2)
    p.pairs([("Notice date", fdate(b["notice"], "long")), ("Member", b["member"]), ("SoonerCare ID", b["sid"]),
             ("Date of birth", fdate(b["dob"], "slash")), ("Authorization number", ref),
             ("Request received", fdate(recv, "slash")), ("Requesting provider", DOCS[0]),
             ("Provider NPI", b["npi"]), ("Service requested", "MRI lumbar spine without contrast (72148)"),
             ("Planned date of service", fdate(planned, "slash"))], label_w=52, size=9.8)
    p.ln(3)
    paras(p, [
        "#What we decided",
        "We denied the request for the MRI of the lower back. Our medical director reviewed the records from "
        "your provider.",
        "#Why we made this decision",
        "The records do not show six weeks of physical therapy or other treatment first, and show no red-flag "
        "symptoms. The MRI is not medically necessary for you at this time. Criteria used: RPHP Medical Policy "
        "MP-RAD-114.",
    ])
    rights(p)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["sid"], member_name=b["member"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[0], appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def doc_es(r):
    """Born digital Spanish notice: physical therapy claim without prior authorization; boxed grid."""
    b = base(r, 1)
    b["member"] = "Yesenia P. Coronado"
    claim = pat(r, "26099999999")
    dos = plus(b["notice"], -35)
    amt = round(r.randint(380, 900) + 0.5, 2)
    clinic = "Terrones Terapia Física"
    p = Page(footer="Página {n} de {nb}", footer_left=FOOT)
    p.add_page()
    band(p, ORG, "Plan de salud SoonerSelect - Medicaid de Oklahoma")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 13, "B", h=8)
    p.ln(2)
    w = (p.w - p.l_margin - p.r_margin) / 3
    boxes(p, [("Fecha del aviso", fdate(b["notice"], "long", "es"), w), ("Afiliada", b["member"], w),
              ("Número de SoonerCare", b["sid"], w)])
    boxes(p, [("Número de reclamo", claim, w), ("Fecha del servicio", fdate(dos, "long", "es"), w),
              ("Monto facturado", money(amt), w)])
    boxes(p, [("Proveedor", clinic, w), ("Fecha de nacimiento", fdate(b["dob"], "dmy", "es"), w),
              ("Teléfono", "1-555-410-2277", w)])
    p.ln(4)
    paras(p, [
        "#Qué decidimos",
        "Negamos el pago de la terapia física de esta fecha. El servicio necesitaba autorización previa y "
        "no recibimos una solicitud de autorización antes del servicio.",
        "#Cómo apelar",
        f"Si no está de acuerdo, usted puede pedir una apelación dentro de 60 días a partir de la fecha de este "
        f"aviso. Escriba a {ORG} Appeals, {ORG_ADDR}. Si su salud corre peligro, pida una apelación rápida: "
        "decidiremos dentro de 72 horas. Si mantenemos la decisión, puede pedir una Audiencia Imparcial Estatal "
        "con la Oklahoma Health Care Authority dentro de 120 días de la fecha de nuestra decisión de apelación.",
    ])
    t = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=b["sid"], member_name=b["member"],
              cases=[claim], claim_amount=m2(amt), service_dates=[dos.isoformat()],
              denial_date=b["notice"].isoformat(), provider=clinic, appeal_deadline=plus(b["notice"], 60).isoformat(),
              lang="es")
    return out(p), t


def doc_summary(r):
    """Phone photo: member claims summary, three claims, one refused out of network; wrapped table header."""
    b = base(r, 2)
    claims = [pat(r, "C26-9999999") for _ in range(3)]
    dates = [plus(b["notice"], -d) for d in (40, 33, 21)]
    amts = [round(r.randint(90, 400) + 0.25, 2), round(r.randint(1200, 3000) + 0.75, 2), round(r.randint(60, 200), 2)]
    provs = ["Cimarron Family Clinic", "Lone Elm Sleep Diagnostics", "Cimarron Family Clinic"]
    p = Page(footer=None, footer_left=FOOT + " | Member Claims Summary")
    p.add_page()
    band(p, ORG, "MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(b["notice"], "iso")), ("Member", b["member"]),
             ("SoonerCare ID", b["sid"]), ("Claims processed", f"{fdate(plus(b['notice'], -30), 'slash')} - "
                                                             f"{fdate(plus(b['notice'], -2), 'slash')}")],
            label_w=45, size=9.5)
    p.ln(3)
    rows = []
    for i in range(3):
        denied = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i]),
                     money(0 if denied else amts[i] * 0.8), "N-42" if denied else "", "Denied" if denied else "Paid"])
    p.table(["Claim number", "Date of service", "Provider", "Amount billed", "Plan paid", "Remark code",
             "Claim status"], rows, [30, 22, 46, 22, 20, 16, 18], size=8)
    paras(p, [
        "Remark N-42: The provider is not in the Red Prairie network and the service was not an emergency. "
        "Out-of-network care is not covered without our approval.",
        f"If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. "
        f"Write to {ORG} Appeals, {ORG_ADDR}. A State Fair Hearing with OHCA may be requested within 120 days "
        "of our appeal decision.",
    ], size=9)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=b["sid"], member_name=b["member"],
              cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=b["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(b["notice"], 60).isoformat(),
              denial_alternates=["prior_authorization"])
    return out(p), t


def doc_resolution(r):
    """Rotated: notice of appeal resolution, overturned (approves), told in sentences only."""
    b = base(r, 3)
    ap = "APL-" + pat(r, "99999")
    ref = "PA-" + pat(r, "2026-99999")
    start = plus(b["notice"], 5)
    p = Page(footer="{n}", footer_left=FOOT)
    p.add_page()
    band(p, ORG, ORG_ADDR)
    p.para(fdate(b["notice"], "abbr"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} N. Choctaw Ridge Road\nShawnee, OK 74899")
    p.ln(2)
    paras(p, [
        f"Dear {b['member']},",
        f"We have finished reviewing the appeal you filed about the home sleep apnea test that {DOCS[1]} asked for. "
        f"Your appeal number is {ap}, and the first request was number {ref}.",
        f"After a new review by a doctor who was not part of the first decision, we have overturned our denial. "
        f"The test is approved, and it may be done on {fdate(start, 'long')}. Your SoonerCare ID is {b['sid']}.",
        "You do not need to do anything else. If you have questions, please call Member Services at "
        "1-555-410-2277 (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.",
        "Sincerely,\nAppeals and Grievances Department\n" + ORG,
    ], size=10.2)
    t = truth("other", None, insurer=ORG, member_id=b["sid"], member_name=b["member"], cases=[ap, ref],
              service_dates=[start.isoformat()], denial_date=b["notice"].isoformat(), provider=BARE[1],
              alternates={"service_dates": [[]]})
    return out(p), t


def doc_upheld(r):
    """Photocopy: appeal upheld, inpatient rehab refused (skilled nursing instead); in sentences; two pages."""
    b = base(r, 4)
    ap = "APL-" + pat(r, "99999")
    ref = "IP-" + pat(r, "999999")
    adm = plus(b["notice"], -18)
    fac = "Canadian River Rehabilitation Hospital"
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.header_text = None
    p.add_page()
    band(p, ORG, "Appeals and Grievances | " + ORG_ADDR)
    p.para(fdate(b["notice"], "upper"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} S. Kiowa Street\nLawton, OK 73599")
    paras(p, [
        "NOTICE OF APPEAL RESOLUTION",
        f"Dear {b['member']}:",
        f"You asked us to look again at our decision about your stay at {fac}, which began on "
        f"{fdate(adm, 'long')}. We received your appeal, number {ap}, on {fdate(plus(b['notice'], -12), 'long')}. "
        f"The first request was number {ref}, and your SoonerCare ID is {b['sid']}.",
        "A physician specialist in physical medicine reviewed your records. Your needs could be met safely at a "
        "lower level of care: a skilled nursing facility can give the therapy you need. Acute inpatient "
        "rehabilitation requires three hours of therapy a day, five days a week, and your records show you could "
        "not take part in that much therapy. For this reason we are upholding our decision.",
        "This is our final decision on your appeal.",
    ], size=10)
    p.add_page()
    paras(p, [
        "#What you can do next",
        "You may ask for a State Fair Hearing with the Oklahoma Health Care Authority (OHCA). You must ask within "
        "120 days of the date of this letter. Write to OHCA Legal Docket, PO Box 18497, Oklahoma City, OK 73154, "
        "or call 1-555-522-7217.",
        "If your health could be seriously harmed by waiting, ask for an expedited State Fair Hearing.",
        "You may ask for free copies of all records and criteria used in this decision.",
        "Sincerely,\nMedical Director, " + ORG,
    ], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=b["sid"], member_name=b["member"],
              cases=[ap, ref], service_dates=[adm.isoformat()], denial_date=b["notice"].isoformat(),
              provider=fac)
    return out(p), t


def doc_hearing(r):
    """Low-res scan: adult hearing aids not covered; two-column body with a shaded sidebar."""
    b = base(r, 5)
    b["dob"] = dt.date(1971, 5, 14)
    ref = "RPHP-" + pat(r, "99999999")
    planned = plus(b["notice"], 14)
    sup = "Tallgrass Hearing Center"
    p = Page(footer=None, footer_left=FOOT)
    p.add_page()
    band(p, ORG, "SoonerSelect health plan")
    p.line("Notice of Adverse Benefit Determination", 13, "B", h=8)
    p.ln(2)
    two_col(p, [("NOTICE DATE", fdate(b["notice"], "dmy")), ("MEMBER", b["member"]), ("MEMBER ID", b["sid"]),
                ("BIRTH DATE", fdate(b["dob"], "slash")), ("REFERENCE #", ref), ("PROVIDER", sup),
                ("REQUESTED START", fdate(planned, "slash")), ("POLICY", "OAC 317:30-5-676")], [
        "#What we decided",
        "We denied the request for two behind-the-ear hearing aids (V5261).",
        "#Why",
        "Hearing aids for members age 21 and older are not a covered benefit of the SoonerSelect program. This "
        "is a benefit exclusion, not a decision about medical need.",
        "#Appeal",
        "You may appeal within 60 days of the date of this notice. Call 1-555-410-2277 or write to "
        f"{ORG_ADDR}. Fast appeals are decided within 72 hours. After our appeal decision you may ask OHCA for a "
        "State Fair Hearing within 120 days.",
    ])
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=b["sid"], member_name=b["member"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(), provider=sup,
              appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def stack_fax(r):
    """Fax fine: cover, provider copy of a CT refused without prior authorization, and the doctor's letter."""
    b = base(r, 6)
    claim = pat(r, "C26-9999999")
    dos = plus(b["notice"], -25)
    amt = round(r.randint(900, 2400) + 0.4, 2)
    fx = f"FROM: RED PRAIRIE HP  FAX 1-555-410-9930   {fdate(b['notice'], 'slash')} 14:{r.randint(10, 59)}   P. "
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    faxline(p, fx + "2/3")
    band(p, ORG, "PROVIDER COPY")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=8)
    p.pairs([("Date of notice", fdate(b["notice"], "slash")), ("Member name", b["member"]),
             ("SoonerCare ID", b["sid"]), ("Claim number", claim), ("Rendering provider", DOCS[2]),
             ("Date of service", fdate(dos, "slash")), ("Billed charges", money(amt)),
             ("Fax for records", "1-555-410-9931")], label_w=45, size=9.5)
    paras(p, [
        "#Reason",
        "The CT of the chest with contrast (71260) required prior authorization. No authorization was on file "
        "for this date of service, so the claim is denied.",
    ], size=9.5)
    rights(p, size=8.8)
    d1 = (out(p), truth("denial_letter", "prior_authorization", insurer=ORG, member_id=b["sid"],
                        member_name=b["member"], cases=[claim], claim_amount=m2(amt), service_dates=[dos.isoformat()],
                        denial_date=b["notice"].isoformat(), provider=BARE[2],
                        appeal_deadline=plus(b["notice"], 60).isoformat()))
    q = Page(footer=None)
    q.add_page()
    faxline(q, fx + "3/3")
    q.line("Prairie Wind Pulmonary Associates", 14, "B", h=7)
    q.line("2210 NW 50th Street, Oklahoma City, OK 73199 | Phone 1-555-848-3300 | Fax 1-555-848-3301", 8.5)
    q.ln(6)
    let = plus(b["notice"], 4)
    q.para(fdate(let, "long"))
    q.para(f"{ORG} Appeals\n{ORG_ADDR}")
    paras(q, [
        f"Re: {b['member']} - SoonerCare ID {b['sid']} - claim {claim}",
        "To the appeals reviewer:",
        f"I am writing to ask you to reconsider the denied claim for the chest CT I performed on "
        f"{fdate(dos, 'long')}. The patient came to clinic with new hemoptysis and a nodule seen on plain film; "
        "the CT was needed the same day, and our office submitted an authorization request by fax that afternoon.",
        "Please find the clinic note and the fax confirmation attached.",
        f"Sincerely,\n\n{DOCS[2]}\nPulmonary Medicine",
    ], size=10)
    d2 = (out(q), truth("other", None, insurer=ORG, member_id=b["sid"], member_name=b["member"], cases=[claim],
                        service_dates=[dos.isoformat()], denial_date=let.isoformat(), provider=BARE[2],
                        unscored=["insurer"], alternates={"denial_date": [None]}))
    cov = cover_pdf("Cimarron Patient Advocacy", "Prairie Wind Pulmonary billing", "1-555-848-3301",
                    fdate(let, "slash"), 3, "denied CT claim and appeal letter")
    return [d1, d2], [cov, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_fax(r(6))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_denied", "born_digital", [doc_mri(r(0))]),
        Item(f"{FAMILY}_bd_aviso_es_terapia_sin_autorizacion", "born_digital", [doc_es(r(1))]),
        Item(f"{FAMILY}_photo_claims_summary_out_of_network", "phone_photo", [doc_summary(r(2))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_sleep_test", "rotated", [doc_resolution(r(3))]),
        Item(f"{FAMILY}_copy_appeal_upheld_inpatient_rehab", "photocopy", [doc_upheld(r(4))]),
        Item(f"{FAMILY}_lowres_hearing_aids_not_covered", "scan_lowres_150", [doc_hearing(r(5))]),
        Item(f"{FAMILY}_faxfine_stack_ct_no_auth_and_doctor_letter", "fax_fine_g4", docs, separators=seps),
    ]
