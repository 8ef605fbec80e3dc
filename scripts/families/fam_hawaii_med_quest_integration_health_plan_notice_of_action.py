"""Family 'hawaii_med_quest_integration_health_plan_notice_of_action': an invented QUEST Integration (Hawaii
Med-QUEST) health plan's notices of adverse benefit determination, in the structure of a Medicaid managed care
notice (what was asked for, what we decided, why, the rule, appeal to the plan within 60 days, administrative
hearing with the Department of Human Services within 120 days of the appeal decision, 72-hour expedited appeal,
keeping services if you ask within 10 days).

Documents: a born-digital home health aide denial with a label column under a white-on-dark band; a phone photo of
a Spanish notice (boxed grid) refusing an out-of-network specialist on another island; a standard-fax stack (cover,
a personal assistance hours reduction with a fax header line and a two-line table header, the physician's letter
to the plan fed upside down); a sideways upheld appeal told in sentences (inpatient stay refused, observation
instead); a 150 dpi member EOB with three claims, one refused for other insurance; a born-digital two-column
approval (denies nothing); a photocopied two-page notice refusing adult dental crowns as not covered, with a
running header and the appeal date printed. All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundda_famdad import (Doc, addr, band, faxline, fd, lv, money, paras, pat, pdf_bytes, plus, sidebar,
                                truth, wrap_table)

FAMILY = "hawaii_med_quest_integration_health_plan_notice_of_action"
LANG = "en"
SEED = 349703
ORG = "Pali Crest Health Plan"
ORG_ADDR = "PO Box 29417, Honolulu, HI 96820"
PROG = "QUEST Integration"
MEMBERS = ["Keoni A. Kahananui", "Leilani M. Akana", "Makoa T. Kealoha", "Noelani P. Kamaka", "Kawika R. Palakiko",
           "Malia S. Nakoa", "Kainoa J. Ahuna"]
MEMBER_ES = "Rosario E. Camacho"


def base(r, k):
    n = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=n, member=MEMBERS[k], mid=pat(r, "0099999999"), phone=f"1-888-555-{r.randint(1000, 9999)}",
                dob=dt.date(r.randint(1950, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Kamehameha Highway", "Kaneohe, HI 96744"])


def rights(d, size=9.0, deadline="within 60 days of the date of this notice", w=0, x=None):
    paras(d, [
        "#Your right to appeal",
        f"If you do not agree with this decision, you or someone you choose may ask {ORG} for an appeal "
        f"{deadline}. Call Member Services or write to {ORG} Appeals and Grievances, {ORG_ADDR}. You may send "
        "us records and ask for a free copy of your case file and of the criteria we used.",
        "#Expedited appeal",
        "If waiting 30 days could seriously harm your health, ask for an expedited appeal. We will decide within "
        "72 hours.",
        "#Continuing your services",
        "If this notice stops or reduces a service you already receive, you may keep it during the appeal if you "
        "ask within 10 days of the date of this notice. If the decision stands, you may have to pay for it.",
        "#Administrative hearing",
        "If you still disagree after our appeal decision, you may ask for an administrative hearing with the "
        "State of Hawaii Department of Human Services, Med-QUEST Division, within 120 days of the date of the "
        "appeal decision. You may speak for yourself or have a relative, friend or lawyer speak for you."],
        size=size, w=w, x=x)


def doc_home_health_bd(r):
    f = base(r, 0)
    ref = "QI-" + pat(r, "99999999")
    a, b = plus(f["notice"], 4), plus(f["notice"], 63)
    got = plus(f["notice"], -8)
    agency = "Windward Aloha Home Health Agency"
    doc = "Dr. Nohea K. Fujimoto"
    d = Doc(footer=f"{ORG}  -  A {PROG} health plan  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, [f"A {PROG} health plan for Med-QUEST members  |  {ORG_ADDR}",
                  f"Member Services {f['phone']}  (TTY 711)"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(3)
    lv(d, [("Date of notice:", fd(f["notice"], "long")), ("Member name:", f["member"]),
           ("Med-QUEST ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")), ("Reference no.:", ref),
           ("Provider:", agency), ("Ordering physician:", doc), ("Physician NPI:", f["npi"]),
           ("Request received:", fd(got, "long")),
           ("Service dates asked for:", f"{fd(a, 'slash')} to {fd(b, 'slash')}")], w=46)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was requested",
        "Home health aide visits, 3 visits each week (HCPCS G0156), for help with bathing after your hip fracture.",
        "#Our decision",
        "We have denied this request.",
        "#The reason",
        "Your physical therapist reports that you now bathe and dress with a shower chair and standby help from "
        "your family. Aide visits are not medically necessary for you at this time.",
        "#Rules we used",
        "Hawaii Administrative Rules (HAR) 17-1737 and our home health criteria. You may ask for a free copy."])
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=agency,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [doc, "Nohea K. Fujimoto"]})
    return pdf_bytes(d), t


def doc_oon_es(r):
    f = base(r, 1)
    ref = pat(r, "AUT-999-9999")
    planned = plus(f["notice"], 12)
    doc = "Dr. Ignacio P. Landeros"
    d = Doc(footer=f"{ORG} - Plan de {PROG} - Página {{p}} de {{n}}")
    d.add_page()
    band(d, ORG, [f"Plan de salud de {PROG} (Med-QUEST)", ORG_ADDR, f"Servicios al Miembro {f['phone']}"],
         dark=False)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha de este aviso", fd(f["notice"], "es"), 62), ("Nombre del miembro", MEMBER_ES, 60),
             ("Número de Med-QUEST", f["mid"], 58)])
    d.boxes([("Número de autorización", ref, 62), ("Médico solicitado", doc, 64),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"), 54)])
    d.boxes([("Servicio pedido", "Consulta de reumatología en Honolulu (fuera de la red), CPT 99204", 122),
             ("Fecha de la cita", fd(planned, "es"), 58)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Nuestra decisión",
        f"Negamos la solicitud para ver al {doc} porque no participa en la red de {ORG}. Tenemos reumatólogos de "
        "la red en la isla de Hawaii que pueden atenderle. Si necesita viajar a otra isla para una cita aprobada, "
        "le ayudaremos con el pasaje.",
        "#Regla usada",
        "Contrato de QUEST Integration, sección de proveedores fuera de la red; HAR 17-1737.",
        "#Si no está de acuerdo",
        f"Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al {f['phone']} o "
        f"escriba a {ORG_ADDR}. Si su salud corre peligro, pida una apelación rápida; decidiremos en 72 horas.",
        "Si sigue sin estar de acuerdo después de nuestra decisión de apelación, puede pedir una audiencia "
        "administrativa al Departamento de Servicios Humanos (DHS) dentro de 120 días a partir de la fecha de la "
        "decisión de apelación."], size=9.4)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Ignacio P. Landeros"]})
    return pdf_bytes(d), t


def stack_pas(r):
    f = base(r, 2)
    ref = "QI-" + pat(r, "99999999")
    a, b = plus(f["notice"], 10), plus(f["notice"], 191)
    agency = "Malama Pono Personal Care Services"
    doc = "Dr. Kalani H. Medeiros"
    fx = f"{fd(f['notice'], 'upper_nc')} 14:{r.randint(10, 59)}  FROM: {ORG} UM  FAX (808) 555-{r.randint(1000, 9999)}  P."
    d = Doc(footer=f"{ORG}  |  Provider copy  |  Page {{p}} of {{n}}")
    d.add_page()
    faxline(d, fx + "002/004")
    band(d, ORG, [ORG_ADDR, f"Health Services Department {f['phone']}"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 12, "B")
    d.text_line("Reduction of home and community-based services", 9)
    d.ln(2)
    lv(d, [("NOTICE DATE", fd(f["notice"], "upper")), ("MEMBER", f["member"]), ("MED-QUEST ID", f["mid"]),
           ("DOB", fd(f["dob"], "upper")), ("REFERENCE", ref), ("PROVIDER", agency)], w=36, size=9.2)
    wrap_table(d, ["Service (HCPCS)", "Hours per week requested", "Hours per week approved", "Effective from",
                   "Through"],
               [["Personal assistance level I S5125", "30", "20", fd(a, "upper"), fd(b, "upper")]],
               [56, 28, 28, 31, 31])
    paras(d, [
        "#Why we made this decision",
        "The Health and Functional Assessment done in the home shows the member walks with a cane and eats on "
        "her own. Twenty hours a week meet her needs for bathing, dressing and chores. The other ten hours asked "
        "for are not medically necessary.",
        "#Rule", "HAR 17-1737 and the QUEST Integration home and community-based services criteria."], size=9.2)
    rights(d, 8.8)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=agency,
               appeal_deadline=plus(f["notice"], 60).isoformat())
    ld = plus(f["notice"], 5)
    e = Doc()
    e.add_page()
    faxline(e, f"{fd(ld, 'upper_nc')} 09:{r.randint(10, 59)}  FROM: Hilo Bayfront Internal Medicine  "
               f"FAX (808) 555-{r.randint(1000, 9999)}  P.004/004")
    e.text_line("Hilo Bayfront Internal Medicine", 14, "B")
    e.text_line("170 Kamehameha Avenue, Hilo, HI 96720  |  Phone (808) 555-0137", 8.5)
    e.rule()
    e.ln(2)
    addr(e, [fd(ld, "long"), "", f"{ORG} Appeals and Grievances", ORG_ADDR])
    paras(e, [
        f"RE: {f['member']}   Med-QUEST ID {f['mid']}   Reference {ref}",
        "To the medical director:",
        "I am writing to support my patient's appeal of the cut in personal assistance from 30 to 20 hours each "
        "week. She has congestive heart failure and diabetic neuropathy. She fell twice this spring while alone "
        "in the afternoon, and her daughter works on another island during the week. Twenty hours leave her "
        "without help for meals and her evening insulin.",
        "Please restore the 30 hours requested by the agency. I can be reached at the number above.",
        "Mahalo,", "", doc, f"NPI {f['npi']}"])
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               denial_date=ld.isoformat(), provider=doc, unscored=["insurer", "service_dates"],
               alternates={"provider": ["Kalani H. Medeiros", "Hilo Bayfront Internal Medicine"],
                           "denial_date": [None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["cover", None]


def doc_upheld_prose(r):
    f = base(r, 3)
    app = "APL-" + pat(r, "26-99999")
    adm = plus(f["notice"], -r.randint(25, 40))
    doc = "Dr. Pualani S. Yoshida"
    d = Doc(footer=f"{ORG}  -  Appeals and Grievances")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Appeals {f['phone']}"])
    addr(d, [fd(f["notice"], "long"), "", f["member"], *f["addr"]])
    paras(d, [
        "NOTICE OF APPEAL RESOLUTION",
        f"Dear {f['member']}:",
        f"We have decided your appeal, number {app}. You asked us to pay for the inpatient admission at Ko'olau "
        f"Medical Center that began on {fd(adm, 'long')}, which {doc} ordered after you came to the emergency "
        "room with chest pain.",
        "An internal medicine doctor who did not make the first decision looked at your records. Your heart tests "
        "and blood work were normal within the first day, and you went home the next morning. Your care could "
        "have been given safely as observation services in the hospital, which we cover. The inpatient level of "
        "care was not needed, so we are keeping our first decision. The hospital will be paid for observation.",
        "If you do not agree, you may ask for an administrative hearing with the Department of Human Services "
        "within 120 days of the date of this letter. You may keep your services during the hearing only if you "
        f"ask within 10 days. Your Med-QUEST ID is {f['mid']}.",
        "Sincerely,", "Appeals and Grievances Unit"], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[app], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=None,
              alternates={"provider": ["Pualani S. Yoshida", "Ko'olau Medical Center"]})
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 4)
    sd = plus(f["notice"], -r.randint(35, 60))
    rows, cl = [], []
    provs = ["Kapiolani Park Family Practice", "Leeward Diagnostic Imaging", "Aiea Heights Physical Therapy"]
    amts = [184.0, 1265.75, 210.5]
    for i, (p, amt) in enumerate(zip(provs, amts)):
        c = pat(r, "2026099999999")
        cl.append(c)
        s = plus(sd, i * 4)
        paid = 0.0 if i == 1 else round(amt * 0.64, 2)
        rows.append([c, fd(s, "slash"), p, money(amt, "nosign"), money(paid, "nosign"), "0.00",
                     "22" if i == 1 else "1A"])
    d = Doc(footer=f"{ORG}  |  Member Explanation of Benefits  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, [f"{PROG}  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Med-QUEST ID", f["mid"]),
           ("Claims processed", f"{fd(plus(f['notice'], -31), 'dmy')} - {fd(plus(f['notice'], -1), 'dmy')}")],
       w=40)
    wrap_table(d, ["Claim number", "Date of service", "Provider", "Billed amount", "Plan paid", "You owe",
                   "Reason code"], rows, [32, 22, 52, 20, 18, 14, 16], aligns="LLLRRRL")
    paras(d, [
        "1A  Paid under your QUEST Integration benefits. You owe nothing.",
        "22  Denied. Our records show you also have other health insurance (Pacific Trades Union Health Fund) "
        "that must pay first. Please ask Leeward Diagnostic Imaging to bill that plan, then send us its "
        "explanation of benefits. The provider may not bill you for this service.",
        "#If you disagree",
        "You may appeal a denied claim within 60 days of the date of this statement. You may ask for an "
        "administrative hearing with the Department of Human Services within 120 days of our appeal decision."],
        size=9)
    t = truth("eob", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[cl[1]], claim_amount="1265.75", service_dates=[plus(sd, 4).isoformat()],
              denial_date=f["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_approval_bd(r):
    f = base(r, 5)
    ref = "QI-" + pat(r, "99999999")
    day = plus(f["notice"], 15)
    doc = "Dr. Kekoa L. Nakamura"
    d = Doc(footer=f"{ORG}  -  {PROG}")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.text_line("NOTICE OF APPROVAL", 13, "B")
    d.ln(2)
    x, w = sidebar(d, [("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Med-QUEST ID", f["mid"]),
                       ("Authorization", ref), ("Date of birth", fd(f["dob"], "iso")), ("Surgeon", doc)])
    paras(d, [
        f"Dear {f['member']}:",
        f"We approved the request from {doc} for outpatient cataract surgery on your left eye (CPT 66984) at "
        f"Moanalua Eye Surgery Center on {fd(day, 'iso')}.",
        "This approval is good for 90 days. If the date changes within that time, your surgeon does not need to "
        "ask us again.",
        "If you need help getting to the surgery center, call Member Services at least 3 days before to set up "
        "a ride. You do not need to do anything else."], size=9.6, w=w, x=x)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[day.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              alternates={"provider": ["Kekoa L. Nakamura", "Moanalua Eye Surgery Center"]})
    return pdf_bytes(d), t


def doc_dental_two_page(r):
    f = base(r, 6)
    ref = "QI-" + pat(r, "99999999")
    got = plus(f["notice"], -11)
    clinic = "Waipahu Smiles Dental Clinic"
    dentist = "Dr. Alana M. Tavares, DDS"
    planned = plus(f["notice"], 21)
    dl = plus(f["notice"], 60)
    d = Doc(footer=f"{ORG}  |  Notice of Adverse Benefit Determination  |  Page {{p}} of {{n}}",
            header=f"{f['member']}  -  Med-QUEST ID {f['mid']}  -  Ref. {ref}")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], dark=False)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Notice date", fd(f["notice"], "slash")), ("Med-QUEST ID", f["mid"]), ("Reference", ref),
           ("Request received", fd(got, "slash")), ("Dental provider", clinic), ("Treating dentist", dentist),
           ("Planned date", fd(planned, "slash"))], w=40)
    paras(d, [
        "NOTICE OF ADVERSE BENEFIT DETERMINATION",
        f"Dear {f['member']}:",
        f"{clinic} asked us to approve two porcelain crowns (CDT D2740) on teeth 3 and 14. We have denied this "
        "request.",
        "#Why",
        "Crowns are not a covered benefit for adults age 21 and older under the Med-QUEST dental program. Adult "
        "dental coverage is limited to emergency care such as extractions and treatment of pain or infection. "
        "Because crowns are not covered, we did not review whether they are medically necessary.",
        "#Rule",
        "HAR 17-1737 and the Med-QUEST adult dental benefit description."])
    d.add_page()
    rights(d, 9.4, deadline=f"by {fd(dl, 'upper')} (60 days from the date of this notice)")
    paras(d, ["#Help with your appeal", "You may have someone help you, such as a friend, relative or lawyer. "
              "Free legal help may be available: call 1-800-555-0164. For help in another language, call "
              f"{f['phone']}."])
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=clinic, appeal_deadline=dl.isoformat(),
              alternates={"provider": [dentist, "Alana M. Tavares"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pas(r(2))
    return [
        Item(f"{FAMILY}_bd_home_health_aide_denied", "born_digital", [doc_home_health_bd(r(0))]),
        Item(f"{FAMILY}_photo_aviso_es_out_of_network_rheumatology", "phone_photo", [doc_oon_es(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_personal_assistance_and_physician", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_rotated_upheld_inpatient_observation_prose", "rotated", [doc_upheld_prose(r(3))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_other_insurance", "scan_lowres_150", [doc_eob_lowres(r(4))]),
        Item(f"{FAMILY}_bd_approval_two_column", "born_digital", [doc_approval_bd(r(5))]),
        Item(f"{FAMILY}_copy_two_page_adult_dental_crowns", "photocopy", [doc_dental_two_page(r(6))]),
    ]
