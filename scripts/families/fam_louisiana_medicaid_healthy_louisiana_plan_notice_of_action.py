"""Family 'louisiana_medicaid_healthy_louisiana_plan_notice_of_action': an invented Healthy Louisiana managed care
plan's notices, in the structure of a Louisiana Medicaid notice of action / adverse benefit determination (what was
asked for, what we decided, why, the rule, appeal within 60 days, State Fair Hearing with the Division of
Administrative Law within 120 days of the appeal decision, keeping services if you ask within 10 days, 72-hour
expedited appeal).

Documents: a born-digital outpatient physical therapy denial with a label column and a white-on-dark band; a phone
photo of a Spanish notice (boxed grid) refusing a knee MRI without prior authorization; a fine-fax stack (cover, the
provider copy of a personal care hours reduction, the pediatrician's letter to the plan fed upside down); a sideways
upheld appeal told in sentences (inpatient rehabilitation refused for skilled nursing level of care); a 150 dpi
member EOB with three claims, one refused out of network; a born-digital two-column approval (denies nothing); a
photocopied two-page notice refusing a power seat elevator as not covered, with a running header.
All values invented; phones 1-855-555. Decoys: DOB, NPI, request-received dates, LAC rule numbers, 72-hour, 10-day,
120-day and other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundcz_famczf import (Doc, addr, band, dob, faxline, fd, lv, money, paras, pat, pdf_bytes, ph, plus,
                                truth, wrap_table)

FAMILY = "louisiana_medicaid_healthy_louisiana_plan_notice_of_action"
LANG = "en"
SEED = 349505
ORG = "Magnolia Levee Health Plan"
ORG_ADDR = "PO Box 82215, Baton Rouge, LA 70899"
PROG = "Healthy Louisiana"
MEMBERS = ["Thibodeaux R. Landry", "Celestine M. Broussard", "Emeric J. Fontenot", "Odile P. Guidry",
           "Lazare T. Hebert", "Rosalie K. Arceneaux", "Gaspard W. Boudreaux"]
MEMBER_ES = "Yesenia L. Ochoa"


def base(r, k):
    n = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=n, member=MEMBERS[k], mid=pat(r, "9999999999999"), phone=ph(r), dob=dob(r),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Bayou Teche Road", "Lafayette, LA 70599"])


def rights(d, size=9.0, deadline="within 60 days of the date of this notice"):
    paras(d, [
        "#What if I do not agree with this decision?",
        f"You may ask us for an appeal {deadline}. Call Member Services or write to {ORG} Appeals, {ORG_ADDR}. "
        "Your provider or someone else may appeal for you if you give written permission.",
        "#Fast (expedited) appeal",
        "If waiting could seriously harm your health, ask for an expedited appeal. We will decide within 72 hours.",
        "#Can I keep getting my services?",
        "If we are stopping or reducing a service you already get, you may keep getting it during the appeal if you "
        "ask within 10 days of the date this notice was mailed. If you lose the appeal you may have to pay.",
        "#State Fair Hearing",
        "If you still do not agree after our appeal decision, you may ask for a State Fair Hearing with the "
        "Division of Administrative Law (DAL), Health and Hospitals Section, within 120 days of the date of the "
        "appeal decision notice."], size=size)


def doc_pt_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    a, b = plus(f["notice"], 5), plus(f["notice"], 64)
    got = plus(f["notice"], -6)
    doc = "Marguerite A. Thibodeaux, PT, DPT"
    d = Doc(footer=f"{ORG}  -  A {PROG} plan  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, [f"A {PROG} Medicaid managed care plan  |  {ORG_ADDR}", f"Member Services {f['phone']}  TTY 711"])
    d.text_line("NOTICE OF ACTION", 13, "B", "C")
    d.text_line("(Notice of Adverse Benefit Determination)", 9, "", "C")
    d.ln(3)
    lv(d, [("Notice date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Reference number:", ref),
           ("Requesting provider:", doc), ("Provider NPI:", f["npi"]), ("Request received:", fd(got, "long")),
           ("Dates requested:", f"{fd(a, 'slash')} - {fd(b, 'slash')}")], w=44)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        "Outpatient physical therapy, 24 visits (CPT 97110, 97140), for low back pain.",
        "#What we decided",
        "We denied this request.",
        "#Why",
        "Your records show you have met the goals set at your evaluation and can do your home exercise program on "
        "your own. More therapy visits are not medically necessary.",
        "#The rule we used",
        "LAC 50:I.1101 (medical necessity) and the plan's outpatient therapy criteria. You may ask for a free copy."])
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Marguerite A. Thibodeaux"]})
    return pdf_bytes(d), t


def doc_mri_es(r):
    f = base(r, 1)
    ref = pat(r, "PA-999999")
    planned = plus(f["notice"], 9)
    doc = "Dr. Anselmo T. Cordero"
    d = Doc(footer=f"{ORG} - Plan de {PROG} - Página {{p}} de {{n}}")
    d.add_page()
    band(d, ORG, [f"Plan de atención administrada de {PROG}", ORG_ADDR, f"Servicios al Miembro {f['phone']}"],
         dark=False)
    d.text_line("AVISO DE ACCIÓN", 13, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "long", "es"), 60), ("Miembro", MEMBER_ES, 60),
             ("Número de Medicaid", f["mid"], 60)])
    d.boxes([("Número de referencia", ref, 60), ("Proveedor que lo pidió", doc, 70),
             ("Fecha de nacimiento", fd(f["dob"], "dmy", "es"), 50)])
    d.boxes([("Servicio", "Resonancia magnética de rodilla derecha (CPT 73721)", 120),
             ("Fecha programada", fd(planned, "long", "es"), 60)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que decidimos",
        "Negamos este servicio. Este estudio necesita autorización previa y no recibimos una solicitud de "
        "autorización previa de su proveedor antes de la fecha programada.",
        "#Regla usada",
        "Manual de Proveedores de Medicaid de Luisiana, capítulo de servicios de imágenes; contrato del plan.",
        "#Si no está de acuerdo",
        f"Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al {f['phone']} o "
        f"escriba a {ORG_ADDR}. Si su salud corre peligro, pida una apelación rápida; decidiremos en 72 horas.",
        "Si sigue sin estar de acuerdo después de la apelación, puede pedir una Audiencia Imparcial Estatal a la "
        "División de Derecho Administrativo (DAL) dentro de 120 días de la fecha del aviso de decisión de la "
        "apelación."], size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Anselmo T. Cordero"]})
    return pdf_bytes(d), t


def stack_pcs(r):
    f = base(r, 2)
    ref = "UM" + pat(r, "99999999")
    a, b = plus(f["notice"], 11), plus(f["notice"], 100)
    agency = "Acadiana Hearth Personal Care Services"
    doc = "Dr. Severine O. Mouton"
    fx = f"FROM: {ORG} UM  FAX 1-855-555-{r.randint(1000, 9999)}  {fd(f['notice'], 'slash')}  P. "
    d = Doc(footer=f"{ORG}  |  Provider copy  |  Page {{p}} of {{n}}")
    d.add_page()
    faxline(d, fx + "2")
    band(d, ORG, [ORG_ADDR, f"Utilization Management {f['phone']}"])
    d.text_line("NOTICE OF ACTION - PROVIDER COPY", 12.5, "B")
    d.text_line("Reduction of a requested service", 9)
    d.ln(2)
    lv(d, [("NOTICE DATE", fd(f["notice"], "upper")), ("MEMBER", f["member"]), ("MEDICAID ID", f["mid"]),
           ("DOB", fd(f["dob"], "upper")), ("AUTH REF", ref), ("PROVIDER", agency)], w=34, size=9.2)
    wrap_table(d, ["Service", "Hours per week requested", "Hours per week approved", "Start date", "End date"],
               [["Personal care services T1019", "28", "18", fd(a, "upper"), fd(b, "upper")]],
               [52, 30, 30, 31, 31])
    paras(d, [
        "#Why we made this decision",
        "The assessment shows the member can feed and dress with set-up help. 18 hours each week meet the member's "
        "needs. The extra hours asked for are not medically necessary.",
        "#Rule", "LAC 50:XV.12901 et seq. (personal care services)."], size=9.2)
    rights(d, 8.8)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=agency,
               appeal_deadline=plus(f["notice"], 60).isoformat())
    # the pediatrician's letter to the plan
    ld = plus(f["notice"], 4)
    e = Doc()
    e.add_page()
    faxline(e, f"FROM: Bayou Oaks Pediatrics  FAX 1-337-555-{r.randint(1000, 9999)}  {fd(ld, 'slash')}  P. 3")
    e.text_line("Bayou Oaks Pediatrics", 14, "B")
    e.text_line("218 Girard Park Drive, Lafayette, LA 70599  |  Phone 1-337-555-0142", 8.5)
    e.rule()
    e.ln(2)
    addr(e, [fd(ld, "long"), "", f"{ORG} Appeals", ORG_ADDR])
    paras(e, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}, authorization {ref}",
        f"I am writing in support of my patient's appeal of the reduction of personal care hours from 28 to 18 hours "
        f"each week. {f['member'].split()[0]} has spastic quadriplegia and needs two-person help to transfer and "
        "bathe. The mother works nights. Eighteen hours do not cover the mornings when no one can lift the child "
        "safely.",
        "Please restore the 28 hours asked for by the agency. I am glad to talk with your medical director.",
        "Sincerely,", "", doc, f"NPI {f['npi']}"])
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               denial_date=ld.isoformat(), provider=doc, unscored=["insurer", "service_dates"],
               alternates={"provider": ["Severine O. Mouton", "Bayou Oaks Pediatrics"], "denial_date": [None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["cover", None]


def doc_upheld_prose(r):
    f = base(r, 3)
    app = "AP-" + pat(r, "2026-99999")
    adm = plus(f["notice"], -r.randint(20, 30))
    doc = "Dr. Philippe N. Castille"
    d = Doc(footer=f"{ORG} Appeals Unit")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Appeals {f['phone']}"])
    addr(d, [fd(f["notice"], "long"), "", f["member"], *f["addr"]])
    paras(d, [
        "NOTICE OF APPEAL RESOLUTION",
        f"Dear {f['member']}:",
        f"We have finished reviewing your appeal, number {app}, which we received after we denied the request "
        f"from {doc} to admit you to Pelican Crossing Rehabilitation Hospital for inpatient rehabilitation on "
        f"{fd(adm, 'long')}.",
        "A physical medicine doctor who was not part of the first decision reviewed your records. You can walk 150 "
        "feet with a walker and need help for about one hour of therapy a day. You do not need the three hours of "
        "therapy a day and the daily doctor visits of an inpatient rehabilitation hospital. Your needs can be met "
        "safely in a skilled nursing facility, which we approved. Our first decision is upheld.",
        "If you do not agree, you may ask for a State Fair Hearing with the Division of Administrative Law within "
        "120 days of the date of this letter. You may keep getting services during the hearing only if you ask "
        "within 10 days. Your Medicaid ID is " + f["mid"] + ".",
        "Sincerely,", "Appeals Unit"], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[app], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=None,
              alternates={"provider": ["Philippe N. Castille", "Pelican Crossing Rehabilitation Hospital"]})
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 4)
    sd = plus(f["notice"], -r.randint(30, 60))
    rows, cl = [], []
    provs = ["Teche Valley Family Clinic", "Gulfward Orthopedic Specialists", "Red Stick Lab Services"]
    amts = [146.0, 612.5, 88.25]
    for i, (p, amt) in enumerate(zip(provs, amts)):
        c = pat(r, "99999999999")
        cl.append(c)
        s = plus(sd, i * 3)
        paid = 0.0 if i == 1 else round(amt * 0.7, 2)
        rows.append([c, fd(s, "slash"), p, money(amt, "nosign"), money(paid, "nosign"), "0.00",
                     "N45" if i == 1 else "A1"])
    d = Doc(footer=f"{ORG}  |  Member Explanation of Benefits  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, [f"{PROG}  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    d.text_line("MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Claims processed", f"{fd(plus(f['notice'], -30), 'dmy')} to {fd(plus(f['notice'], -1), 'dmy')}")],
       w=40)
    wrap_table(d, ["Claim number", "Date of service", "Provider", "Amount billed", "Plan paid", "You owe",
                   "Remark code"], rows, [30, 22, 52, 20, 18, 15, 17], aligns="LLLRRRL")
    paras(d, [
        "A1  Paid under your Healthy Louisiana benefits. You owe nothing.",
        "N45 Denied. Gulfward Orthopedic Specialists is not in our network and the visit was not an emergency. "
        "Out-of-network care needs our approval first. The provider may not bill you for this service.",
        "#Your appeal rights",
        "If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. You may "
        "ask for a State Fair Hearing with the Division of Administrative Law within 120 days of our appeal "
        "decision."], size=9)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[cl[1]], claim_amount="612.50", service_dates=[plus(sd, 3).isoformat()],
              denial_date=f["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_approval_bd(r):
    f = base(r, 5)
    ref = "UM" + pat(r, "99999999")
    day = plus(f["notice"], 12)
    doc = "Dr. Honorine V. Savoie"
    d = Doc(footer=f"{ORG}  -  {PROG}")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.text_line("NOTICE OF APPROVAL", 13, "B")
    d.ln(2)
    y = d.get_y()
    d.set_fill_color(238, 238, 238)
    d.rect(d.l_margin, y, 55, 70, "F")
    d.set_xy(d.l_margin + 2, y + 2)
    for k, v in [("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
                 ("Approval number", ref), ("Date of birth", fd(f["dob"], "iso")), ("Surgeon", doc)]:
        d.set_x(d.l_margin + 2)
        d.font(7.5, "B")
        d.cell(50, 4, k.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.font(9.2)
        d.cell(50, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.set_xy(d.l_margin + 60, y)
    paras(d, [
        f"Dear {f['member']}:",
        f"Good news. We approved the request from {doc} for an outpatient laparoscopic cholecystectomy (CPT 47562) "
        f"at Cane River Surgery Center on {fd(day, 'iso')}.",
        "This approval is good for 60 days. If the date changes, your surgeon does not need to ask again unless "
        "the surgery moves past that time.",
        "You do not need to do anything. If you have questions, call Member Services."],
        size=9.6, w=d.w - d.r_margin - d.l_margin - 60, x=d.l_margin + 60)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[day.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              alternates={"provider": ["Honorine V. Savoie", "Cane River Surgery Center"]})
    return pdf_bytes(d), t


def doc_wheelchair_two_page(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "99999999")
    got = plus(f["notice"], -9)
    vendor = "Delta Mobility & Rehab Equipment"
    doc = "Dr. Augustin L. Prejean"
    dl = plus(f["notice"], 60)
    d = Doc(footer=f"{ORG}  |  Notice of Action  |  Page {{p}} of {{n}}",
            header=f"{f['member']}  -  Medicaid ID {f['mid']}  -  Ref. {ref}")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], dark=False)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Date of this notice", fd(f["notice"], "slash")), ("Medicaid ID", f["mid"]), ("Reference", ref),
           ("Request received", fd(got, "slash")), ("Supplier", vendor), ("Ordering doctor", doc)], w=44)
    paras(d, [
        "NOTICE OF ACTION",
        f"Dear {f['member']}:",
        f"{vendor} asked us to add a power seat elevator (HCPCS E2300) to your power wheelchair. We have denied "
        "this part of the request. The wheelchair itself was approved under a separate notice.",
        "#Why",
        "A power seat elevator is not a covered benefit under the Louisiana Medicaid durable medical equipment "
        "program. It is listed as a non-covered item in the DME fee schedule. Because it is not covered, we did "
        "not review whether it is medically necessary.",
        "#Rule",
        "LAC 50:XVII.301 and the Louisiana Medicaid DME Provider Manual, Chapter 18."])
    d.add_page()
    rights(d, 9.4, deadline=f"by {fd(dl, 'slash')} (60 days from the date of this notice)")
    paras(d, ["#Help", "You may have someone help you, such as a friend, relative, lawyer or the Louisiana "
              "Medicaid ombudsman. Legal help may be free: call 1-800-555-0199."])
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], denial_date=f["notice"].isoformat(), provider=vendor,
              appeal_deadline=dl.isoformat(), alternates={"provider": [doc, "Augustin L. Prejean"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pcs(r(2))
    return [
        Item(f"{FAMILY}_bd_outpatient_pt_denied", "born_digital", [doc_pt_bd(r(0))]),
        Item(f"{FAMILY}_photo_aviso_es_knee_mri_no_auth", "phone_photo", [doc_mri_es(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_personal_care_and_pediatrician", "fax_fine_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_rotated_upheld_rehab_prose", "rotated", [doc_upheld_prose(r(3))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_oon", "scan_lowres_150", [doc_eob_lowres(r(4))]),
        Item(f"{FAMILY}_bd_approval_two_column", "born_digital", [doc_approval_bd(r(5))]),
        Item(f"{FAMILY}_copy_two_page_seat_elevator", "photocopy", [doc_wheelchair_two_page(r(6))]),
    ]
