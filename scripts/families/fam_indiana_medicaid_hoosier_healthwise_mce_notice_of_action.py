"""Family 'indiana_medicaid_hoosier_healthwise_mce_notice_of_action': an invented Indiana Medicaid managed care
entity's Notice of Action in the structure of Hoosier Healthwise notices (what was asked for, what we decided,
why, how to appeal within 60 days, a State Fair Hearing within 120 days of the appeal decision, an independent
external review, continued benefits, a 72-hour expedited appeal).

Documents: a born-digital notice denying a lumbar MRI (label column); a Spanish notice (boxed grid) denying a
sleep study asked for without prior authorization; a fine-fax stack (fax cover, the provider copy of a notice
reducing speech therapy visits, the pediatrician's letter to the plan fed upside down); a phone photo of an
upheld appeal told in sentences; a sideways approval of an overturned appeal (denies nothing); a photocopied
member EOB with three claims, one refused as out of network; a low-resolution two-page inpatient notice (step down
to skilled nursing) with a dark logo band and a running header. All values invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famczd import (Page, addr, fax_line, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar,
                                body_right, table2, usd)

FAMILY = "indiana_medicaid_hoosier_healthwise_mce_notice_of_action"
LANG = "en"
SEED = 349503
ORG = "Limberlost Health Partners"
ORG_ADDR = "PO Box 66120, Indianapolis, IN 46266"
MEMBERS = ["Wendell T. Ashcraft", "Priya N. Overmyer", "Cassius R. Lindqvist", "Harriet J. Stonebraker",
           "Declan M. Furnival", "Opal V. Kittredge", "Anselm B. Huckaby"]
MEMBER_ES = "Xiomara L. Benítez"
DOC1 = "Rosalind K. Emberton, MD"
DOC1_BARE = "Rosalind K. Emberton"
SLEEP = "Tippecanoe Sleep Diagnostics"
SPEECH = "Whitewater Pediatric Therapy"
PEDS = "Garrison P. Vollmer, MD"
PEDS_BARE = "Garrison P. Vollmer"
HOSP = "Blue River Valley Hospital"
PROGRAM = "Hoosier Healthwise"


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Limestone Ridge Rd",
                                                        "Bedford, IN 47421"],
                rid=pat(r, "1009999999"), phone=ph(r),
                dob=dt.date(r.randint(1960, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you do not agree with our decision, you or someone you choose can ask for an appeal within 60 days of "
        f"the date of this notice. Call Member Services or write to {ORG} Grievances and Appeals, {ORG_ADDR}.",
        "#Expedited (fast) appeal",
        "If you or your doctor believe waiting 30 days could seriously harm your health, ask for an expedited "
        "appeal. We will decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If we are stopping or reducing a service you already get, you can keep getting it during your appeal if "
        "you ask within 10 days of the date of this notice.",
        "#State Fair Hearing",
        "If you still disagree after our appeal decision, you may ask the Family and Social Services "
        "Administration, Office of Hearings and Appeals, for a State Fair Hearing within 120 days of the date of "
        "the appeal decision.",
        "#Independent external review",
        "You may also ask for a review by an independent review organization after our appeal decision. This does "
        "not change your right to a State Fair Hearing."], size=size)


def doc_mri_bd(r):
    f = base(r, 0)
    auth = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], 9)
    got = plus(f["notice"], -r.randint(3, 8))
    d = Page(footer=f"{ORG} - {PROGRAM} - Indiana Medicaid - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"A {PROGRAM} Managed Care Entity", ORG_ADDR,
                        f"Member Services {f['phone']}   TTY 711"], 0)
    addr(d, [f["member"]] + f["addr"])
    d.text_line("NOTICE OF ACTION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date of notice", fd(f["notice"], "long")), ("Member name", f["member"]),
           ("Member ID (RID)", f["rid"]), ("Date of birth", fd(f["dob"], "slash")),
           ("Prior authorization #", auth), ("Requesting provider", DOC1), ("Provider NPI", f["npi"]),
           ("Date we got the request", fd(got, "slash")), ("Requested service", "MRI lumbar spine without contrast (72148)"),
           ("Planned date of service", fd(planned, "slash"))], w=52, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What we decided",
        "We have DENIED the request listed above.",
        "#Why we made this decision",
        "Your low back pain started five weeks ago. Your records do not show six weeks of treatment such as "
        "physical therapy or medicine, and there are no signs of nerve damage. An MRI is not medically necessary "
        "at this time. Your doctor may ask again if the pain does not get better.",
        "The rule we used: Indiana Health Coverage Programs provider reference module, radiology; InterQual "
        "imaging criteria. You can ask for a free copy of the rule."], size=9.4)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["rid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC1, appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [DOC1_BARE]})
    return pdf_bytes(d), t


def doc_sleep_es(r):
    f = base(r, 1)
    ref = "REF-" + pat(r, "9999999")
    done = plus(f["notice"], -r.randint(10, 25))
    d = Page(footer=f"{ORG} - Medicaid de Indiana - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"Entidad de atención administrada de {PROGRAM}", ORG_ADDR,
                        f"Servicios para Miembros {f['phone']}"], 1)
    d.text_line("AVISO DE ACCIÓN", 13, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 64),
             ("Número de identificación (RID)", f["rid"], 56)])
    d.boxes([("Número de referencia", ref, 60), ("Proveedor", SLEEP, 120)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 60), ("Fecha del servicio", fd(done, "es"), 64),
             ("Código", "CPT 95810", 56)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        f"{SLEEP} le hizo un estudio del sueño durante la noche el {fd(done, 'es')}. Este servicio necesita "
        "autorización previa de nuestro plan. No recibimos una solicitud de autorización antes de la fecha del "
        "servicio. Por eso hemos NEGADO el pago. El proveedor no le puede cobrar a usted por este servicio.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, usted puede pedir una apelación dentro de 60 días a partir de la fecha de este "
        "aviso. Si su salud está en peligro, pida una apelación rápida; la decidiremos dentro de 72 horas.",
        "Después de nuestra decisión de la apelación, puede pedir una Audiencia Imparcial Estatal a la Oficina de "
        "Audiencias y Apelaciones de FSSA dentro de 120 días, o una revisión externa independiente."], size=9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["rid"],
              member_name=MEMBER_ES, case_numbers=[ref], service_dates=[done.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SLEEP, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def stack_speech(r):
    f = base(r, 2)
    auth = "UM" + pat(r, "99999999")
    a, b = plus(f["notice"], 11), plus(f["notice"], 101)
    faxed = fd(f["notice"], "slash")
    d = Page(footer=f"{ORG} - Provider copy - Page {{p}} of {{n}}")
    d.add_page()
    fax_line(d, f"{faxed} 14:22  FROM: LIMBERLOST UM 1-555-310-4471   TO: WHITEWATER PEDS   P. 2/3")
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Provider Services 1-555-310-4400  Fax 1-555-310-4471"], 0)
    d.text_line("NOTICE OF ACTION - PROVIDER COPY", 12.5, "B")
    d.ln(1)
    lv(d, [("Notice date:", fd(f["notice"], "abbr")), ("Member:", f["member"]), ("RID:", f["rid"]),
           ("DOB:", fd(f["dob"], "slash")), ("Authorization:", auth), ("Servicing provider:", SPEECH),
           ("Ordering physician:", PEDS)], w=44, size=9.4)
    paras(d, [
        f"{SPEECH} asked for 26 visits of outpatient speech therapy (92507) for {f['member']} from "
        f"{fd(a, 'abbr')} through {fd(b, 'abbr')}. We approved 12 visits and denied 14 visits.",
        "Reason: the last progress report shows the child met three of four goals and can practice at home with "
        "a parent. Twenty-six more visits are not medically necessary; twelve visits are enough to finish the "
        "last goal."], size=9.4)
    rights(d, 8.8)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["rid"], member_name=f["member"],
               case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=SPEECH,
               appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [PEDS, PEDS_BARE]})
    # the pediatrician's letter to the plan
    e = Page(serif=True)
    e.add_page()
    fax_line(e, f"{faxed} 14:22  FROM: LIMBERLOST UM 1-555-310-4471   TO: WHITEWATER PEDS   P. 3/3")
    e.text_line("Kokomo Family Pediatrics", 14, "B")
    e.text_line("812 Sycamore Street, Kokomo, IN 46901  -  Phone 1-555-388-2150  -  Fax 1-555-388-2159", 8.4)
    e.rule(0.4, 5)
    sent = plus(f["notice"], 4)
    e.text_line(fd(sent, "long"), 10)
    e.ln(3)
    addr(e, [f"{ORG} Grievances and Appeals", ORG_ADDR])
    paras(e, [
        f"Re: {f['member']}, RID {f['rid']}, authorization {auth}",
        f"I am the pediatrician for {f['member']} and I ask you to look again at the speech therapy request. "
        "The goal that is left is the hardest one: the child still cannot be understood by strangers more than "
        "half of the time. School starts soon and twelve visits will not be enough.",
        "Please approve the full 26 visits. I am happy to speak with your medical director.",
        "Sincerely,"], size=10.4)
    e.ln(8)
    e.text_line(PEDS, 10.5, "B")
    e.text_line(f"NPI {f['npi']}", 9)
    t2 = truth("other", None, insurer=None, member_id=f["rid"], member_name=f["member"], case_numbers=[auth],
               service_dates=[], denial_date=None, provider=PEDS, alternates={"provider": [PEDS_BARE]},
               unscored=["insurer", "service_dates", "denial_date"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["cover", None]


def doc_upheld_photo(r):
    f = base(r, 3)
    appeal = "APL-" + pat(r, "999999")
    auth = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], -r.randint(15, 30))
    d = Page()
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM}  -  {ORG_ADDR}"], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"]] + f["addr"])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished reviewing your appeal, number {appeal}. You asked us to change our decision on "
        f"prior authorization {auth} for a knee arthroscopy that Lambert Orthopedic Group planned to do on "
        f"{fd(planned, 'long')}. Your member number is {f['rid']}.",
        "A board-certified orthopedic surgeon who did not make the first decision looked at your records. Your "
        "x-rays show arthritis in the knee and no torn cartilage that can be fixed. Arthroscopy does not help "
        "knee arthritis. We are keeping our first decision: the surgery is not medically necessary.",
        "You have finished the plan's appeal process. If you still disagree, you may ask the FSSA Office of "
        "Hearings and Appeals for a State Fair Hearing within 120 days of the date of this letter. You may also "
        "ask for an independent external review within 120 days. Call us at " + f["phone"] + " if you need help.",
        "Sincerely,", "Appeals Coordinator, " + ORG])
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["rid"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Lambert Orthopedic Group", appeal_deadline=None,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 4)
    appeal = "APL-" + pat(r, "999999")
    auth = "UM" + pat(r, "99999999")
    start = plus(f["notice"], 6)
    d = Page(footer=f"{ORG}  |  {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("APPEAL DECISION - APPROVED", 13, "B")
    d.ln(2)
    top, bottom = sidebar(d, [("Letter date", fd(f["notice"], "iso")), ("Member", f["member"]),
                              ("RID", f["rid"]), ("Appeal number", appeal), ("Authorization", auth),
                              ("Provider", "Hendricks Home Medical")])
    d.set_y(top)
    body_right(d, [
        f"Dear {f['member']},",
        "Good news. We looked again at the request for a hospital bed with rails (E0260) from Hendricks Home "
        "Medical. We first said no because we thought a regular bed was safe for you. Your doctor sent notes "
        "about your falls at night and your need to raise your head to breathe.",
        f"We have changed our decision. The hospital bed is APPROVED starting {fd(start, 'iso')}. You do not need "
        "to do anything else.",
        "If you have questions, call Member Services."], 70, 9.6)
    d.set_y(max(d.get_y(), bottom) + 4)
    t = truth("other", None, insurer=ORG, member_id=f["rid"], member_name=f["member"], case_numbers=[appeal, auth],
              service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Hendricks Home Medical", appeal_deadline=None)
    return pdf_bytes(d), t


def doc_eob_copy(r):
    f = base(r, 5)
    issued = f["notice"]
    rows, claims = [], []
    provs = [("Monon Family Clinic", "Office visit 99213"), ("Eagle Creek Dermatology", "Skin biopsy 11102"),
             ("Mississinewa Lab Services", "Lab panel 80053")]
    deny = r.randint(0, 2)
    for i, (p, s) in enumerate(provs):
        dos = plus(issued, -r.randint(12, 40))
        billed = fee(r, 60, 480)
        cno = pat(r, "2026999999999")
        claims.append((p, s, dos, billed, cno))
        paid = 0.0 if i == deny else round(billed * 0.55, 2)
        rows.append([cno, fd(dos, "upper"), p, s, usd(billed, "nosign"), usd(paid, "nosign"),
                     "N34" if i == deny else "--"])
    d = Page(footer=f"{ORG} {PROGRAM} Explanation of Benefits")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "This is not a bill."], 0)
    d.text_line("MEMBER EXPLANATION OF BENEFITS", 12.5, "B")
    d.ln(1)
    processed = (plus(issued, -30), plus(issued, -1))
    lv(d, [("Statement date:", fd(issued, "upper")), ("Member:", f["member"]), ("Member ID:", f["rid"]),
           ("Claims processed:", f"{fd(processed[0], 'upper')} - {fd(processed[1], 'upper')}")], w=42, size=9.3)
    table2(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed", "Plan paid", "Remark code"],
           rows, [30, 24, 42, 30, 20, 18, 16], size=7.8)
    paras(d, [
        "#Remark codes",
        "N34 - This provider is not enrolled with our plan and is outside our network. Services from "
        "out-of-network providers are not covered without a referral, except emergencies. You may owe nothing; "
        "the provider may not bill you for a covered Medicaid service.",
        "If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. "
        "State Fair Hearing: within 120 days of our appeal decision."], size=8.8)
    p, s, dos, billed, cno = claims[deny]
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["rid"], member_name=f["member"], case_numbers=[cno],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=issued.isoformat(),
              provider=p, appeal_deadline=plus(issued, 60).isoformat())
    return pdf_bytes(d), t


def doc_inpatient_lowres(r):
    f = base(r, 6)
    auth = "IP" + pat(r, "99999999")
    adm = plus(f["notice"], -r.randint(4, 7))
    a, b = plus(f["notice"], 1), plus(f["notice"], 6)
    d = Page(footer=f"{ORG}  -  Indiana Medicaid  -  Page {{p}} of {{n}}",
             header=f"{f['member']}  |  RID {f['rid']}  |  Notice of Action  |  {fd(f['notice'], 'dash')}")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM} Managed Care Entity  -  {ORG_ADDR}", f"Member Services {f['phone']}"], 2)
    addr(d, [f["member"]] + f["addr"])
    d.text_line("Notice of Action: Inpatient Hospital Stay", 12.5, "B")
    d.ln(1)
    lv(d, [("Date:", fd(f["notice"], "dash")), ("Case number:", auth), ("Hospital:", HOSP),
           ("Admitted:", fd(adm, "dash"))], w=36, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        f"You were admitted to {HOSP} after a hip fracture repair. The hospital asked us to approve more inpatient "
        f"days from {fd(a, 'dash')} to {fd(b, 'dash')}.",
        "We denied these inpatient days. You are now stable, your pain is controlled with pills, and you need "
        "daily physical therapy and help getting dressed. These needs can be met safely in a skilled nursing "
        "facility. Staying in the hospital is a higher level of care than you need.",
        "Your care is not ending: the hospital's case manager is arranging a skilled nursing facility. Days in the "
        "hospital after this notice may not be paid.",
        "Rule used: 405 IAC 5-17 (inpatient services) and InterQual acute care criteria."], size=9.6)
    d.add_page()
    rights(d, 9.6)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["rid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HOSP, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_speech(r(2))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_denied", "born_digital", [doc_mri_bd(r(0))]),
        Item(f"{FAMILY}_scan300_aviso_es_sleep_study_no_auth", "scan_clean_300", [doc_sleep_es(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_speech_reduction_and_pediatrician_letter", "fax_fine_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_knee_arthroscopy_appeal_upheld_prose", "phone_photo", [doc_upheld_photo(r(3))]),
        Item(f"{FAMILY}_rotated_hospital_bed_appeal_approved", "rotated", [doc_overturned(r(4))]),
        Item(f"{FAMILY}_copy_eob_three_claims_out_of_network", "photocopy", [doc_eob_copy(r(5))]),
        Item(f"{FAMILY}_lowres_inpatient_step_down_two_pages", "scan_lowres_150", [doc_inpatient_lowres(r(6))]),
    ]
