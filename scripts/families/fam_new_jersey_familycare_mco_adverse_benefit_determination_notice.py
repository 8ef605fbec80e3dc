"""Family 'new_jersey_familycare_mco_adverse_benefit_determination_notice': an invented NJ FamilyCare managed care
organization's Notice of Adverse Benefit Determination, in the structure such notices follow (what was asked for,
what we decided, why, the rule used; an internal appeal (Stage 1) within 60 days of the date of this notice, a
72-hour fast appeal, continued benefits if asked within 10 days, then an External Appeal by an Independent
Utilization Review Organization (IURO) through the NJ Department of Banking and Insurance and/or a Medicaid Fair
Hearing through the Division of Medical Assistance and Health Services, each within 120 days of the appeal decision).

Documents: a born-digital notice denying a sleep study (white-on-dark band, label column); a scanned Spanish notice
denying a CT scan done without prior authorization (boxed grid); a fine-fax stack (fax cover, the provider copy of
a residential substance use treatment refusal with intensive outpatient approved, with a fax header line, the
addiction medicine doctor's letter to the plan fed upside down, a blank separator); a phone photo of an upheld
hospital-bed appeal told only in sentences; a sideways overturned appeal approving private duty nursing hours
(denies nothing); a 150 dpi member EOB with three claims (two-line table header), one refused as not covered; a
photocopied two-page notice denying knee arthroscopy with a shaded sidebar, running header and the appeal date
printed as a date.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, processed periods, N.J.A.C. rule
numbers, 120-day IURO and fair-hearing limits, 10-day continuation and 72-hour limits, other claims on the EOB.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdac import (Page, addr, cover, faxline, fd, fee, letterhead, lv, paras, pat, ph, plus,
                                sidebar, table2, usd)

FAMILY = "new_jersey_familycare_mco_adverse_benefit_determination_notice"
LANG = "en"
SEED = 349702
ORG = "Raritan Bayshore Health Plan"
ORG_ADDR = "PO Box 7714, Iselin, NJ 08830"
MEMBERS = ["Delphine R. Okafor", "Anibal J. Rosario", "Wendell T. Vanderhoof", "Corinne A. Szymanski",
           "Jamal E. Whitlock", "Priya N. Castellano", "Mildred H. Obuya"]
RULE = "N.J.A.C. 10:74 (Managed Health Care for Medicaid and NJ FamilyCare) and our Clinical Policy"


def mid(r):
    return pat(r, "99999999999") + r.choice("ABCD")


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Amboy Avenue",
                                                        "Perth Amboy, NJ 08861"],
                mid=mid(r), phone=ph(r), dob=dt.date(r.randint(1958, 2016), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#How to ask for an appeal (Internal Appeal)",
        "If you do not agree with this decision, you may ask for an internal appeal. You must ask within 60 calendar "
        f"days of the date of this notice. Call Member Services or write to {ORG} Appeals Unit, {ORG_ADDR}. Your "
        "provider or another person may appeal for you with your written consent.",
        "#Fast appeal",
        "If waiting 30 days could seriously harm your health, you or your doctor can ask for a fast (expedited) "
        "appeal. We will decide within 72 hours.",
        "#Keeping your services",
        "If we are stopping or reducing a service you get now, you can keep it during the appeal if you ask within 10 "
        "days of the date of this notice or before the change takes effect. If you lose the appeal you may have to "
        "pay for those services.",
        "#External Appeal and Medicaid Fair Hearing",
        "If we do not decide in your favor, you may ask for an External Appeal by an Independent Utilization Review "
        "Organization (IURO) through the New Jersey Department of Banking and Insurance, and/or a Medicaid Fair "
        "Hearing through the Division of Medical Assistance and Health Services (DMAHS), Fair Hearing Unit. You must "
        "ask within 120 calendar days of the date of our internal appeal decision letter.",
        "#Help",
        "You may ask for free copies of all documents and the criteria we used. Legal Services of New Jersey: "
        "1-555-576-5529."], size=size)


def doc_sleep_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(8, 20))
    got = plus(f["notice"], -r.randint(3, 9))
    doc = "Harriet P. Bellweather, MD"
    lab = "Sayreville Sleep Diagnostics"
    d = Page(footer=f"{ORG}  |  NJ FamilyCare  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["A managed care health plan serving NJ FamilyCare members", ORG_ADDR,
                        f"Member Services {f['phone']}  (TTY 711)"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("NJ FamilyCare ID:", f["mid"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Authorization request #:", ref),
           ("Requesting provider:", doc), ("NPI:", f["npi"]), ("Request received:", fd(got, "long")),
           ("Service requested:", f"Attended polysomnography (CPT 95810) at {lab}"),
           ("Planned date:", fd(planned, "long"))], w=50, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "#What we decided",
        "We have DENIED the sleep study your doctor asked for.",
        "#Why",
        "The records sent show loud snoring but no daytime sleepiness, no heart or lung disease and no signs of a "
        "sleep disorder other than sleep apnea. For these members a home sleep apnea test is the right first test. "
        "An in-lab sleep study is not medically necessary now. Your doctor can ask for a home test.",
        "#Rule used", RULE + " DIAG-22 (sleep testing)."], size=9.2)
    rights(d, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Harriet P. Bellweather", lab]})
    return pdf_bytes(d), t


def doc_ct_es(r):
    f = base(r, 1)
    claim = pat(r, "2026999999999")
    dos = plus(f["notice"], -r.randint(20, 40))
    amt = fee(r, 900, 2400)
    img = "Imágenes Diagnósticas de Elizabeth"
    d = Page(footer=f"{ORG} - NJ FamilyCare - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Plan de salud de NJ FamilyCare", ORG_ADDR, f"Servicios al Miembro {f['phone']}  TTY 711"],
               1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 62), ("Nombre del miembro", f["member"], 62),
             ("Número de NJ FamilyCare", f["mid"], 56)])
    d.boxes([("Número de reclamo", claim, 62), ("Proveedor", img, 118)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 62), ("Fecha del servicio", fd(f["notice"] if False else dos, "slash"), 62),
             ("Monto facturado", usd(amt), 56)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {f['member']}:",
        f"{img} nos envió un reclamo por una tomografía computarizada (CT) del abdomen (CPT 74177) hecha el "
        f"{fd(dos, 'es')}. Hemos NEGADO el pago. Este estudio necesita autorización previa del plan antes de "
        "hacerse, y no recibimos ninguna solicitud de autorización. No fue una emergencia.",
        "Usted no tiene que pagar este reclamo. El proveedor no le puede cobrar a usted.",
        f"Regla usada: {RULE}.",
        "#¿Qué pasa si no estoy de acuerdo?",
        "Puede pedir una apelación interna dentro de 60 días calendario a partir de la fecha de este aviso. Una "
        "apelación rápida se decide dentro de 72 horas. Después de nuestra decisión, puede pedir una Apelación "
        "Externa ante una Organización Independiente de Revisión de Utilización (IURO) y/o una Audiencia Imparcial "
        "de Medicaid ante la DMAHS dentro de 120 días.",
        "Servicios Legales de Nueva Jersey pueden ayudarle gratis: 1-555-576-5529."], size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=img,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def stack_sud(r):
    f = base(r, 2)
    ref = "BH-" + pat(r, "9999999")
    planned = plus(f["notice"], 1)
    got = plus(f["notice"], -2)
    fac = "Pine Barrens Recovery Center"
    doc = "Ignatius W. Farrow, DO"
    line = (f"{fd(f['notice'], 'slash')} 09:4{r.randint(0, 9)}  FROM: RARITAN BAYSHORE BH UM  FAX 1-555-604-1180  "
            "TO: 1-555-893-2207  P. {}/4")
    d = Page(footer=f"{ORG} - Behavioral Health Utilization Management - Provider copy")
    d.add_page()
    faxline(d, line.format(2))
    letterhead(d, ORG, ["Behavioral Health Utilization Management", ORG_ADDR,
                        "Provider Line 1-555-604-1100  Fax 1-555-604-1180"], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (PROVIDER COPY)", 11.5, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "iso")), ("Facility", fac), ("Member", f["member"]),
           ("Member ID", f["mid"]), ("Reference #", ref), ("Received", fd(got, "iso")),
           ("Service", "Short-term residential substance use treatment (ASAM 3.7)"),
           ("Admission date requested", fd(planned, "iso")),
           ("Decision", "Denied - intensive outpatient program (ASAM 2.1) approved")], w=50, size=9.2)
    paras(d, [
        "Reason: The member has no withdrawal symptoms, a stable home, and no medical or psychiatric problem that "
        "needs 24-hour care. The member's needs can be met in an intensive outpatient program. Residential treatment "
        "is not the right level of care at this time.",
        "The member, or the provider with the member's written consent, may request an internal appeal within 60 "
        "days of the date of this notice. A fast appeal is decided within 72 hours. External Appeal (IURO) and "
        "Medicaid Fair Hearing are available within 120 days of the internal appeal decision."], size=9.2)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
                  provider=fac, appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True)
    d.add_page()
    faxline(d, line.format(3))
    letterhead(d, "Shore Addiction Medicine Associates", ["41 Bath Avenue, Long Branch, NJ 07740",
                                                          "Tel 1-555-229-8400  Fax 1-555-229-8490"], 0)
    d.text_line(fd(got, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Behavioral Health UM", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, Member ID {f['mid']}",
        f"I am asking you to approve admission of my patient to {fac} on {fd(planned, 'long')}. She has relapsed "
        "twice after intensive outpatient care in the last year, and her partner at home still uses. I believe she "
        "needs a period away from that setting in a structured residential program.",
        "Please call me if you need more records.",
        "Sincerely,", doc, "Shore Addiction Medicine Associates"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[planned.isoformat()], denial_date=got.isoformat(), provider=doc,
                  unscored=["insurer"], alternates={"provider": ["Shore Addiction Medicine Associates", fac],
                                                    "denial_date": [None]})
    cov = cover(f"{fac} - Utilization Review", f"{ORG} Behavioral Health UM", "1-555-893-2207", "1-555-604-1180",
                fd(f["notice"], "slash"), 4, "Provider copy of the determination, with the physician letter we "
                "received.")
    return [(dec, t_dec), (req, t_req)], [cov, "blank"]


def doc_bed_photo(r):
    f = base(r, 3)
    appeal = "APL-" + pat(r, "999999")
    first = plus(f["notice"], -r.randint(30, 45))
    got = plus(first, r.randint(5, 12))
    doc = "Dr. Renata Kowalski"
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'long')}. You asked us to change our decision of {fd(first, 'long')} "
        f"that denied a semi-electric hospital bed (E0260) that {doc} asked for. Your appeal number is {appeal} and "
        f"your member ID is {f['mid']}.",
        "A doctor who did not make the first decision reviewed your appeal. Your records show you can get in and "
        "out of bed on your own and you do not need your head raised more than a pillow allows. A hospital bed is "
        "not medically necessary for you. We are upholding our decision.",
        "If you still disagree, you may ask for an External Appeal by an Independent Utilization Review "
        "Organization (IURO) and/or a Medicaid Fair Hearing. You must ask within 120 calendar days of the date of "
        "this letter. The forms are enclosed.",
        f"Questions? Call Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Appeals Unit", ORG], size=10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal], denial_date=f["notice"].isoformat(), provider=doc)
    return pdf_bytes(d), t


def doc_pdn_overturned(r):
    f = base(r, 4)
    appeal, ref = "APL-" + pat(r, "999999"), "UM" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(25, 40))
    a, b = plus(f["notice"], 3), plus(f["notice"], 183)
    agency = "Garden State Pediatric Home Nursing"
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("INTERNAL APPEAL DECISION - APPROVED", 12.5, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Appeal number", appeal), ("Authorization number", ref), ("Provider", agency),
           ("Service", "Private duty nursing, 16 hours per day"),
           ("Approved period", f"{fd(a, 'abbr')} to {fd(b, 'abbr')}")], w=48, size=9.6)
    paras(d, [
        f"We reviewed your appeal of our notice dated {fd(first, 'abbr')} that reduced private duty nursing to 10 "
        "hours a day. Your child's new records show overnight tracheostomy care and suctioning. We have reversed "
        "our decision and APPROVED 16 hours a day for the period above. You do not need to do anything else.",
        "Sincerely,", "Appeals Unit"], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=agency)
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 5)
    stmt = f["notice"]
    prov = ["Woodbridge Family Practice", "Meadowlands Acupuncture Studio", "Edison Pathology Lab"]
    claims = []
    for i in range(3):
        dos = plus(stmt, -r.randint(18, 55))
        claims.append((pat(r, "26999999999"), dos, [142.0, 385.0, 96.0][i] + r.randint(0, 70) + 0.5 * i))
    denied = 1
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("STATEMENT DATE", fd(stmt, "upper")), ("MEMBER", f["member"].upper()), ("MEMBER ID", f["mid"]),
           ("PROCESSED", f"{fd(plus(stmt, -30), 'upper')} - {fd(stmt, 'upper')}")], w=44, size=9)
    rows = []
    for i, (c, dos, amt) in enumerate(claims):
        paid = 0.0 if i == denied else round(amt * 0.55, 2)
        rows.append([c, fd(dos, "slash"), prov[i], usd(amt, "nosign"), usd(paid, "nosign"),
                     "NC7" if i == denied else "P1"])
    table2(d, [("Claim", "number"), ("Date of", "service"), ("Provider", "name"), ("Amount", "charged"),
               ("Plan", "paid"), ("Reason", "code")], [36, 26, 60, 24, 20, 18], rows)
    paras(d, [
        "NC7 - Acupuncture is not a covered benefit under NJ FamilyCare. We did not pay this claim.",
        "P1 - Paid according to the plan's fee schedule. You owe nothing.",
        "If you disagree with a claim we did not pay, you may ask for an internal appeal within 60 days of the date "
        "of this statement. External Appeal (IURO) and Medicaid Fair Hearing rights follow the appeal decision "
        "(within 120 days)."], size=8.8)
    c, dos, amt = claims[denied]
    t = truth("eob", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=prov[denied], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_knee_copy(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(10, 25))
    doc = "Dr. Caspian L. Moreau"
    ctr = "Navesink Orthopedic Surgery Center"
    deadline = plus(f["notice"], 60)
    d = Page(footer="Page {p} of {n}",
             header=f"{ORG} - Notice of Adverse Benefit Determination - {f['member']} - Ref. {ref}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}"], 1)
    y0, y1 = sidebar(d, [("Notice date", fd(f["notice"], "dmy")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Reference", ref), ("Date of birth", fd(f["dob"], "dmy")),
                         ("Ordering doctor", doc), ("Appeal by", fd(deadline, "dmy"))])
    d.set_left_margin(74)
    d.set_xy(74, y0)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11, "B")
    d.ln(1)
    paras(d, [
        f"{doc} asked us to approve a right knee arthroscopy with partial meniscectomy (CPT 29881) at {ctr} on "
        f"{fd(planned, 'dmy')}.",
        "We have denied this request. Your MRI shows a degenerative tear with arthritis, and your records do not "
        "show locking or catching of the knee or six weeks of physical therapy. For knees with arthritis, this "
        "surgery is not medically necessary because it has not been shown to help more than therapy.",
        f"The rule we used: {RULE} ORTH-09 (knee arthroscopy).",
        f"If you want to appeal, we must get your request by {fd(deadline, 'long')} (60 days from the date of this "
        "notice). Your rights are on page 2."], size=9.5)
    d.set_left_margin(18)
    d.add_page()
    rights(d, 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=deadline.isoformat(), alternates={"provider": [ctr]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_sud(r(2))
    return [
        Item(f"{FAMILY}_bd_sleep_study_denied", "born_digital", [doc_sleep_bd(r(0))]),
        Item(f"{FAMILY}_scan300_aviso_es_ct_no_auth", "scan_clean_300", [doc_ct_es(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_residential_sud_and_doctor_letter", "fax_fine_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_hospital_bed_appeal_upheld_prose", "phone_photo", [doc_bed_photo(r(3))]),
        Item(f"{FAMILY}_rotated_private_duty_nursing_appeal_approved", "rotated", [doc_pdn_overturned(r(4))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_acupuncture_not_covered", "scan_lowres_150", [doc_eob_lowres(r(5))]),
        Item(f"{FAMILY}_copy_knee_arthroscopy_two_pages_sidebar", "photocopy", [doc_knee_copy(r(6))]),
    ]
