"""Family 'north_dakota_medicaid_expansion_plan_notice_of_adverse_benefit_determination': an invented managed care plan
(Sheyenne River Health Plan) serving North Dakota Medicaid Expansion adults, mirroring the structure of a Medicaid
managed care Notice of Adverse Benefit Determination (42 CFR 438.404): the action, the reason, the right to a plan
appeal within 60 days of the notice, a State Fair Hearing with the North Dakota Department of Health and Human
Services within 120 days of the appeal decision, continued benefits if asked within 10 days, expedited appeals in
72 hours. All people, IDs and numbers are invented; phones use 555.

Documents: a born-digital NABD with a label column and a dark logo band (MRI not medically necessary); a standard
fax letter told only in sentences (out-of-network specialist, fax header line); a phone photo of a Spanish notice
(weight-loss drug not covered); a 150 dpi member claims summary with three claims, one denied for no prior
authorization (wrapped table header); a photocopied two-page notice of appeal resolution upholding an inpatient
rehabilitation denial (skilled nursing instead; running header); a rotated approval with a two-column body
(denies nothing); a fine-fax stack: cover sheet, a notice ending home health visits, the doctor's letter to the
plan fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddf import (Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, sidebar, twocol,
                                usd, wtable)

FAMILY = "north_dakota_medicaid_expansion_plan_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 350305
ORG = "Sheyenne River Health Plan"
ORG_SHORT = "Sheyenne River"
ORG_ADDR = "PO Box 40917, Bismarck, ND 58507"
ORG_PHONE = "1-555-732-4100"
DHHS = "North Dakota Department of Health and Human Services"
PEOPLE = ["Arvid T. Solberg", "Kateri M. Two Bears", "Lindsey R. Haugen", "Dwayne P. Kittleson",
          "Marisela G. Ochoa", "Colt E. Brekke", "Renata J. Vang", "Shawna L. Thorsgaard"]
CITIES = ["Minot, ND 58701", "Jamestown, ND 58401", "Williston, ND 58801", "Devils Lake, ND 58301",
          "Dickinson, ND 58601", "Valley City, ND 58072", "Grand Forks, ND 58203", "Mandan, ND 58554"]
STREETS = ["Coulee Road", "Burdick Expressway", "Souris Street", "Prairie Rose Lane", "Elm Tree Avenue",
           "Pipestone Drive", "Badlands Court", "Red River Road"]


def base(r, k):
    d = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    return dict(date=d, name=PEOPLE[k], mid=pat(r, "99999999"), dob=dt.date(r.randint(1962, 2001), r.randint(1, 12),
                r.randint(1, 28)), addr=[f"{r.randint(100, 4800)} {STREETS[k]}", CITIES[k]],
                npi=r.choice("12") + pat(r, "999999999"), recv=plus(d, -r.randint(3, 9)))


def rights(date_s, es=False, cont=True):
    """Appeal, State Fair Hearing and continued-benefit paragraphs (438.404 content, plain wording)."""
    if es:
        return [
            "#Su derecho a apelar",
            f"Si no está de acuerdo con esta decisión, puede pedir una apelación a {ORG}. Debe pedirla dentro de "
            f"60 días a partir de la fecha de este aviso ({date_s}). Puede llamar al {ORG_PHONE} (TTY 711) o "
            f"escribir a Appeals, {ORG_ADDR}. Si su salud corre peligro, pida una apelación rápida; la decidimos "
            "en 72 horas.",
            "#Audiencia imparcial estatal",
            f"Si su apelación es negada, puede pedir una audiencia imparcial estatal al {DHHS} dentro de 120 días "
            "a partir de la fecha de la decisión de su apelación.",
            "#Continuar sus beneficios",
            "Si ya recibe este servicio, puede seguir recibiéndolo durante la apelación si la pide dentro de 10 "
            "días a partir de la fecha de este aviso. Si la decisión final no le favorece, es posible que tenga "
            "que pagar el servicio.",
            "Usted tiene derecho a recibir sin costo copias de todos los documentos y criterios usados en esta "
            "decisión."]
    out = [
        "#Your right to appeal",
        f"If you do not agree with this decision, you may ask {ORG} for an appeal. You must ask within 60 days "
        f"of the date of this notice. You, your provider or someone you choose may ask by calling {ORG_PHONE} "
        f"(TTY 711) or by writing to {ORG_SHORT} Appeals, {ORG_ADDR}. If waiting 30 days could seriously harm "
        "your health, ask for an expedited appeal; we will decide within 72 hours.",
        "#State Fair Hearing",
        f"If we uphold this decision on appeal, you may ask for a State Fair Hearing with the {DHHS}. You must "
        "ask within 120 days of the date of our appeal decision. You may speak for yourself or have a lawyer, "
        "relative, friend or other person speak for you. Legal Services of North Dakota: 1-555-732-0190."]
    if cont:
        out += ["#Continuing your services during the appeal",
                "If you are already getting this service, you may keep getting it while your appeal is decided "
                "if you ask within 10 days of the date of this notice or before the date the change takes "
                "effect, whichever is later. If the final decision is not in your favor, you may have to pay "
                "for services you received while the appeal was pending."]
    out += ["You may ask for free copies of all documents, records and criteria used to make this decision."]
    return out


def doc_bd_mri(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "9999999")
    prov = "Dr. Halvard K. Ostby"
    svc = plus(f["date"], r.randint(9, 20))
    d = Page(footer=f"{ORG}  |  North Dakota Medicaid Expansion  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"North Dakota Medicaid Expansion  |  {ORG_ADDR}  |  Member Services {ORG_PHONE}")
    d.text_line(fd(f["date"], "long"), 10)
    d.ln(2)
    addr(d, [f["name"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B")
    d.text_line("This notice tells you about a decision we made about your health care services.", 9.4)
    d.ln(2)
    lv(d, [("Member name:", f["name"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Reference number:", ref), ("Service requested:", "MRI lumbar spine without contrast (72148)"),
           ("Requesting provider:", prov), ("Provider NPI:", f["npi"]),
           ("Request received:", fd(f["recv"], "slash")), ("Planned date of service:", fd(svc, "slash")),
           ("Decision:", "Denied")], w=52, size=9.4)
    paras(d, [
        "#Why we made this decision",
        "Your provider asked for an MRI of your low back. Our medical director, a physician, reviewed the "
        "request. The records show back pain for three weeks with no weakness, numbness or loss of bladder "
        "control, and no physical therapy or other treatment has been tried yet. Under our imaging criteria an "
        "MRI is medically necessary when pain lasts at least six weeks despite treatment, or when there are "
        "warning signs. The MRI is not medically necessary at this time. Your provider may ask again after six "
        "weeks of treatment.",
        "This decision was based on Sheyenne River Clinical Guideline IMG-212 and North Dakota Administrative "
        "Code chapter 75-02-02."], size=9.4)
    paras(d, rights(fd(f["date"], "long")), size=8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[ref], service_dates=[svc.isoformat()], denial_date=f["date"].isoformat(),
              provider=prov, appeal_deadline=plus(f["date"], 60).isoformat())
    return pdf_bytes(d), t


def doc_fax_oon(r):
    f = base(r, 1)
    ref = pat(r, "9999-999999")
    prov = "Dr. Lucienne Marchbanks"
    line = (f"{fd(f['date'], 'slash')} 09:{r.randint(10, 59)}   FROM: SHEYENNE RIVER UM   FAX 1-555-732-4199   "
            "TO: 1-555-610-2288   P. {p}")
    d = Page(serif=True, faxline=line, footer=f"{ORG}  -  ND Medicaid Expansion")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management Department", ORG_ADDR, f"Phone {ORG_PHONE}   Fax 1-555-732-4199"])
    d.text_line(fd(f["date"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["name"], *f["addr"]])
    paras(d, [
        f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:",
        f"Your doctor asked us to approve a visit with {prov}, a hand surgeon in Minneapolis, Minnesota, who is "
        f"not in the {ORG} network. We received the request on {fd(f['recv'], 'dmy')} and gave it reference "
        f"number {ref}. We cannot approve this request.",
        "We will only pay for care from a provider outside our network when no provider in our network can give "
        "the care you need. Two hand surgeons in our network, in Bismarck and Fargo, treat the wrist condition "
        "described in your records and can see you within 30 days. Because an in-network surgeon is available, "
        "the out-of-network visit is denied. Our care coordinator can help you make an appointment.",
        f"Your Medicaid ID is {f['mid']}. If you disagree, you may ask for an appeal within 60 days of the date "
        f"of this letter by calling {ORG_PHONE} or writing to {ORG_SHORT} Appeals, {ORG_ADDR}. If your health "
        "could be seriously harmed by waiting, ask for an expedited appeal and we will decide within 72 hours. "
        f"If we uphold the denial, you may ask the {DHHS} for a State Fair Hearing within 120 days of our "
        "appeal decision.",
        "You may ask for free copies of the records and rules we used. Call us if you need this letter in "
        "another language or format.",
        "Sincerely,", "Utilization Management Department", ORG], size=10)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[ref], denial_date=f["date"].isoformat(), provider=prov,
              appeal_deadline=plus(f["date"], 60).isoformat())
    return pdf_bytes(d), t


def doc_photo_es(r):
    f = base(r, 4)
    ref = "RX-" + pat(r, "99999999")
    prov = "Dra. Paulina Esquivel"
    d = Page(footer=f"{ORG}  |  Medicaid Expansion de Dakota del Norte")
    d.add_page()
    band(d, ORG, "Aviso para miembros de Medicaid Expansion  |  " + ORG_ADDR, color=(70, 30, 60))
    d.text_line(fd(f["date"], "es"), 10)
    d.ln(2)
    addr(d, [f["name"], *f["addr"]])
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.ln(1)
    lv(d, [("Nombre del miembro:", f["name"]), ("Número de Medicaid:", f["mid"]),
           ("Fecha de nacimiento:", fd(f["dob"], "esnum")), ("Número de referencia:", ref),
           ("Medicamento:", "semaglutida 2.4 mg inyección semanal"), ("Médico que lo recetó:", prov),
           ("Decisión:", "Negado - no es un beneficio cubierto")], w=50, size=9.4)
    paras(d, [
        "#Por qué tomamos esta decisión",
        f"Su médico pidió semaglutida para bajar de peso. North Dakota Medicaid no cubre medicamentos que se usan "
        "solamente para bajar de peso; están excluidos de la lista de medicamentos cubiertos del plan. Por eso "
        "no podemos aprobar este medicamento. Esta decisión no se basó en su salud. Su médico puede recetar "
        "otros tratamientos que sí están cubiertos."], size=9.4)
    paras(d, rights(fd(f["date"], "es"), es=True), size=8.7)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ORG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[ref], denial_date=f["date"].isoformat(), provider=prov,
              appeal_deadline=plus(f["date"], 60).isoformat())
    return pdf_bytes(d), t


def doc_lowres_claims(r):
    f = base(r, 3)
    stmt = f["date"]
    c = [pat(r, "26999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(30, 40)), plus(stmt, -r.randint(20, 28)), plus(stmt, -r.randint(10, 18))]
    a = [fee(r, 120, 240), fee(r, 1400, 2600), fee(r, 60, 140)]
    provs = ["Turtle Mountain Family Clinic", "Souris Valley Imaging Center", "Lake Region Laboratory"]
    d = Page(footer=f"{ORG}  -  Member Claims Summary  -  This is not a bill  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {ORG_PHONE}  (TTY 711)"], centred=True)
    d.text_line("MEMBER CLAIMS SUMMARY", 12.5, "B")
    lv(d, [("Date of this summary", fd(stmt, "abbr")), ("Member", f["name"]), ("Medicaid ID", f["mid"]),
           ("Claims processed from", f"{fd(plus(stmt, -30), 'abbr')} to {fd(plus(stmt, -2), 'abbr')}")],
       w=48, size=9.3)
    rows = [[c[0], fd(s[0], "slash"), provs[0], "Office visit 99214", usd(a[0]), usd(a[0]), "$0.00", "-"],
            [c[1], fd(s[1], "slash"), provs[1], "CT abd/pelvis 74177", usd(a[1]), "$0.00", "$0.00", "P7"],
            [c[2], fd(s[2], "slash"), provs[2], "Lab panel 80053", usd(a[2]), usd(a[2]), "$0.00", "-"]]
    wtable(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed by provider",
               "Amount approved by plan", "Amount you may owe", "Note code"], rows,
           [24, 18, 41, 35, 18, 17, 14, 12], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    paras(d, [
        f"P7 - Claim {c[1]} is denied. This service needs prior authorization and none was requested before the "
        "service was done. The provider may not bill you for this claim. The provider may ask us to review it.",
        "You may ask for an appeal of a denied claim within 60 days of the date of this summary. Call "
        f"{ORG_PHONE} or write to {ORG_SHORT} Appeals, {ORG_ADDR}. If we uphold the denial you may ask for a "
        f"State Fair Hearing with the {DHHS} within 120 days of the appeal decision."], size=9)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[c[1]], claim_amount=f"{a[1]:.2f}", service_dates=[s[1].isoformat()],
              denial_date=stmt.isoformat(), provider=provs[1], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_copy_appeal_upheld(r):
    f = base(r, 2)
    apl = "AP-" + pat(r, "9999999")
    orig = "UM" + pat(r, "9999999")
    adm = plus(f["date"], -r.randint(20, 35))
    fac = "Missouri Breaks Rehabilitation Hospital"
    d = Page(footer=f"{ORG}  |  Notice of Appeal Resolution  |  Page {{p}} of {{n}}",
             header=f"{f['name']}  -  Medicaid ID {f['mid']}  -  Appeal {apl}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, f"{ORG_PHONE}   Fax 1-555-732-4188"])
    d.text_line(fd(f["date"], "upper"), 10)
    d.ln(2)
    addr(d, [f["name"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 13, "B")
    d.ln(1)
    lv(d, [("Appeal number", apl), ("Original reference", orig), ("Appeal received", fd(plus(f["date"], -21), "upper")),
           ("Service", f"Inpatient rehabilitation admission, {fac}"), ("Requested admission", fd(adm, "upper")),
           ("Appeal decision", "UPHELD - the denial stands")], w=46, size=9.4)
    paras(d, [
        "#What you asked for",
        f"You appealed our decision not to approve an admission to {fac} after your hip surgery. You asked for "
        "intensive inpatient rehabilitation of three hours of therapy a day.",
        "#What we decided and why",
        "A physician board-certified in physical medicine and rehabilitation, who was not part of the first "
        "decision, reviewed your appeal, the hospital records and the letter from your surgeon. You can walk 40 "
        "feet with a walker and need help with stairs. You were not able to take part in three hours of therapy "
        "a day. Your needs can be met safely in a skilled nursing facility, which we approved. Inpatient "
        "rehabilitation is not the right level of care for you, so we are keeping our decision."], size=9.4)
    d.add_page()
    paras(d, [
        "#What you can do next",
        f"This was your appeal with {ORG}. You have no further appeal with us. If you disagree, you may ask for "
        f"a State Fair Hearing with the {DHHS}. You must ask within 120 days of the date of this notice. Write "
        "to the Department's Appeals and Hearings Unit or call 1-555-732-0150. You may have someone speak for "
        "you at the hearing.",
        "If your health could be seriously harmed by waiting, you may ask for an expedited State Fair Hearing.",
        "You may ask us for free copies of your appeal file, including the criteria we used (InterQual "
        "Rehabilitation criteria).",
        "Sincerely,", "Appeals and Grievances", ORG], size=9.4)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[apl, orig], service_dates=[adm.isoformat()], denial_date=f["date"].isoformat(),
              provider=fac, unscored=["appeal_deadline"])
    return pdf_bytes(d), t


def doc_rotated_approval(r):
    f = base(r, 5)
    auth = "AUTH-" + pat(r, "99999999")
    prov = "Dakota Sky Physical Therapy"
    s0 = plus(f["date"], r.randint(3, 8))
    s1 = plus(s0, 59)
    d = Page(footer=f"{ORG}  -  Notice of Approval")
    d.add_page()
    band(d, ORG, "North Dakota Medicaid Expansion  |  Notice of Approval", color=(16, 70, 60))
    d.text_line(fd(f["date"], "iso"), 10)
    d.ln(2)
    addr(d, [f["name"], *f["addr"]])
    d.boxes([("Authorization number", auth, 46), ("Medicaid ID", f["mid"], 40), ("Provider", prov, 58),
             ("Decision", "Approved", 30)])
    d.boxes([("Approved from", fd(s0, "slash"), 46), ("Approved through", fd(s1, "slash"), 40),
             ("Service", "Physical therapy, 16 visits", 88)])
    d.ln(5)
    twocol(d, [
        "#Your request is approved",
        f"Good news. We approved 16 visits of outpatient physical therapy with {prov} for your shoulder. The "
        f"visits may be used from {fd(s0, 'long')} through {fd(s1, 'long')}.",
        "You do not need to do anything. Your provider has been told. There is no copay for this service.",
    ], [
        "#If you need more visits",
        "Your therapist may ask for more visits before this approval ends. We will look at your progress.",
        "#Questions",
        f"Call Member Services at {ORG_PHONE} (TTY 711), Monday to Friday, 8 a.m. to 5 p.m. Central time. "
        "Free help in other languages is available."])
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["name"], case_numbers=[auth],
              service_dates=[f"{s0.isoformat()}/{s1.isoformat()}"], denial_date=f["date"].isoformat(),
              provider=prov, unscored=["appeal_deadline"])
    return pdf_bytes(d), t


def stack_homehealth(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "9999999")
    agency = "Northern Plains Home Health"
    prov = "Dr. Everett J. Lindqvist"
    end = plus(f["date"], 11)
    d = Page(footer=f"{ORG}  |  Notice of Adverse Benefit Determination  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"North Dakota Medicaid Expansion  |  {ORG_ADDR}")
    d.text_line(fd(f["date"], "slash"), 10)
    d.ln(2)
    addr(d, [f["name"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - ENDING A SERVICE", 12, "B")
    d.ln(1)
    top, bot = sidebar(d, [("Member", f["name"]), ("Medicaid ID", f["mid"]), ("Reference", ref),
                           ("Agency", agency), ("Ordering doctor", prov), ("Last covered visit", fd(end, "slash")),
                           ("Not covered from", fd(plus(end, 1), "slash")),
                           ("Request received", fd(f["recv"], "slash"))])
    d.set_xy(70, top)
    d.font(9.4)
    d.multi_cell(0, 4.6, f"We are ending skilled nursing home health visits from {agency}. Visits after "
                 f"{fd(end, 'slash')} will not be covered. Your wound has closed and your blood sugar log has been "
                 "stable for four weeks. Our nurse reviewer and medical director found that skilled nursing visits "
                 "are no longer medically necessary. Your doctor's office can check your blood sugar at regular "
                 "visits.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, rights(fd(f["date"], "slash")), size=8.8)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["name"],
               case_numbers=[ref], service_dates=[plus(end, 1).isoformat()], denial_date=f["date"].isoformat(),
               provider=prov, appeal_deadline=plus(f["date"], 60).isoformat(),
               alternates={"provider": [agency], "service_dates": [[]]})
    # the ordering doctor's letter to the plan
    lt = plus(f["date"], 4)
    e = Page()
    e.add_page()
    letterhead(e, "Heart River Internal Medicine", ["1120 Mandan Avenue, Dickinson, ND 58601",
                                                    "Phone 1-555-483-2200   Fax 1-555-483-2201"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    e.text_line(f"RE: {f['name']}   Medicaid ID {f['mid']}   Reference {ref}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the Appeals Department:",
        f"I am writing to ask you to reconsider ending home health nursing for my patient. She lives alone 40 "
        "miles from our clinic, has no car in winter, and started insulin two months ago. Her glucose readings "
        "were stable only because the nurse checked her technique twice a week. I ask that the visits continue "
        "for six more weeks while she learns to manage on her own. She has asked to keep her services during "
        "this appeal.",
        "Please call my office with any questions.",
        "Sincerely,", prov, "Heart River Internal Medicine"], size=10)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["name"], case_numbers=[ref],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["cover", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_homehealth(r(6))
    return [
        Item(f"{FAMILY}_bd_mri_label_column", "born_digital", [doc_bd_mri(r(0))]),
        Item(f"{FAMILY}_faxstd_out_of_network_prose", "fax_standard_g4", [doc_fax_oon(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_medicamento", "phone_photo", [doc_photo_es(r(2))]),
        Item(f"{FAMILY}_lowres_claims_summary_three_claims", "scan_lowres_150", [doc_lowres_claims(r(3))]),
        Item(f"{FAMILY}_copy_two_page_appeal_upheld", "photocopy", [doc_copy_appeal_upheld(r(4))]),
        Item(f"{FAMILY}_rotated_approval_two_column", "rotated", [doc_rotated_approval(r(5))]),
        Item(f"{FAMILY}_faxfine_stack_cover_notice_and_doctor", "fax_fine_g4", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
