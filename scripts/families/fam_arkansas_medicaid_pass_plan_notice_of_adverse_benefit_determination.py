"""Family 'arkansas_medicaid_pass_plan_notice_of_adverse_benefit_determination': an invented Arkansas PASSE
(Provider-led Arkansas Shared Savings Entity) issuing Notices of Adverse Benefit Determination for behavioral health
and developmental disability services, mirrored for structure and wording only (appeal to the PASSE within 60 days
of the notice, then a State Fair Hearing within 120 days of the appeal decision; 72-hour expedited appeal;
continued benefits if asked within 10 days). All people, IDs, amounts and providers are invented; phones use 555.

Documents: a born-digital notice with a label column under a dark logo band (intensive in-home services not
medically necessary); a fine-fax letter told only in sentences (supportive living hours, person-centered service
plan not received); a phone photo of a Spanish notice (ABA hours reduced); a 150 dpi member explanation of benefits
with four claims, one denied because the provider is not enrolled with the PASSE; a scanned appeal decision that
overturns a denial (boxed label grid); a photocopied two-page partial denial of therapeutic day treatment (running
header, table header wrapping over two lines); a rotated stack: a fax cover, a psychiatrist's appeal letter and the
PASSE's appeal decision upholding a residential treatment denial (sidebar).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famdda import Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "arkansas_medicaid_pass_plan_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 350300
ORG = "Cadron Valley Care PASSE"
ORG_ADDR = "PO Box 55310, Conway, AR 72033-5310"
DHS = ("Arkansas Department of Human Services, Office of Appeals and Hearings, PO Box 1437, Slot N401, "
       "Little Rock, AR 72203")
MEMBERS = ["Tavion R. Eskridge", "Marjorie L. Haskew", "Brantley J. Pickens", "Odalys M. Carraway",
           "Jessamyn K. Threlkeld", "Rudolph E. Mabry", "Kinsley A. Gatewood"]
MEMBER_ES = "Yaretzi M. Solórzano"


def base(r, k, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBER_ES if es else MEMBERS[k], mid=pat(r, "9999999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Donaghey Ave', 'Prince St', 'Harkrider St'])}",
                      "Conway, AR 72034"],
                dob=dt.date(r.randint(1962, 2019), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(notice_basis="of the date of this notice"):
    return [
        "#Your right to appeal",
        f"If you do not agree with this decision, you or someone you choose may ask {ORG} for an appeal. You must ask "
        f"within 60 days {notice_basis}. Call Member Services at 1-555-407-2200 or write to {ORG}, Appeals, "
        f"{ORG_ADDR}.",
        "If waiting could seriously harm your health, ask for an expedited (fast) appeal. We will decide a fast "
        "appeal within 72 hours.",
        "#Continuing your services",
        "If this notice reduces or stops a service you now receive, you may keep getting it during the appeal if you "
        "ask within 10 days of the date of this notice. If the appeal decision agrees with us, you may have to pay "
        "for those services.",
        "#State Fair Hearing",
        "You must finish the PASSE appeal first. If you still disagree after the appeal decision, you may ask for a "
        f"State Fair Hearing within 120 days of the date of the appeal decision. Write to {DHS}.",
        "You may look at and get free copies of all records and the criteria we used. Free help in other languages: "
        "1-555-407-2299."]


def doc_bd_iihs(r):
    f = base(r, 0)
    req = "UM" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(3, 8))
    start = plus(f["notice"], r.randint(5, 14))
    prov = "Dr. Callista P. Vandiver"
    d = Page(footer=f"{ORG}  -  Notice of Adverse Benefit Determination  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"A Provider-led Arkansas Shared Savings Entity  |  {ORG_ADDR}  |  1-555-407-2200")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Member name:", f["member"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Request number:", req), ("Requesting provider:", prov), ("Provider NPI:", f["npi"]),
           ("Date we got the request:", fd(got, "slash")),
           ("Service asked for:", "Intensive in-home services, 12 hours per week (H2015)"),
           ("Start date asked for:", fd(start, "slash"))], w=52, size=9.2)
    paras(d, [
        "#What we decided",
        "We denied the request for intensive in-home services.",
        "#Why we made this decision",
        "The records show your child has gone to school every day this term, has had no crisis visits in the last "
        "six months, and is doing well with weekly outpatient counseling. Intensive in-home services are not "
        "medically necessary under our behavioral health criteria. Outpatient counseling remains approved.",
        *rights()], size=9.1)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[req], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_fax_prose_supportive_living(r):
    f = base(r, 1)
    req = pat(r, "2026-999999")
    start = plus(f["notice"], r.randint(6, 16))
    agency = "Faulkner County Community Supports"
    line = (f"{fd(f['notice'], 'short')} 14:{r.randint(10, 59)}  CVC PASSE CARE COORD  FAX 1-555-407-2290  "
            f"TO 1-555-{r.randint(200, 900)}-{r.randint(1000, 9999)}  P.{{p}}")
    d = Page(serif=True, faxline=line, footer=f"{ORG}  |  Care Coordination  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Developmental Disabilities Services", ORG_ADDR, "Member Services 1-555-407-2200"])
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"This is a notice of adverse benefit determination. {agency} asked us to approve more supportive living "
        f"hours for you under the Community and Employment Supports waiver, starting on {fd(start, 'long')}. We "
        f"gave the request number {req}. We have denied it.",
        "We denied it because we did not get the papers we need to decide. Your provider did not send your updated "
        "person-centered service plan or the new independent assessment, even after we asked for them twice. "
        "Without them we cannot tell how many hours you need. Your current hours do not change.",
        f"Your Medicaid ID is {f['mid']}. If you disagree, you may appeal to us within 60 days of the date of this "
        "notice. You can call 1-555-407-2200 or write to us. If your health is in danger, ask for a fast appeal; we "
        "answer those within 72 hours. After our appeal decision you may ask the Arkansas Department of Human "
        "Services for a State Fair Hearing within 120 days of that decision. Your provider may also send the "
        "papers and ask again at any time.",
        "Sincerely,", "Care Coordination Team", ORG], size=10)
    t = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[req],
              service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=agency,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_es_aba(r):
    f = base(r, 2, es=True)
    req = "UM" + pat(r, "99999999")
    a0 = plus(f["notice"], r.randint(3, 10))
    a1 = plus(a0, 89)
    prov = "Centro de Autismo River Valley"
    d = Page(footer=f"{ORG}  -  Aviso de determinación adversa de beneficios")
    d.add_page()
    letterhead(d, ORG, ["Servicios de Salud del Comportamiento", ORG_ADDR, "Teléfono 1-555-407-2200"], centred=True)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f"Padre, madre o tutor de {f['member']}", *f["addr"]])
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    d.ln(1)
    lv(d, [("Nombre del miembro:", f["member"]), ("Número de Medicaid:", f["mid"]),
           ("Fecha de nacimiento:", fd(f["dob"], "esnum")), ("Número de solicitud:", req), ("Proveedor:", prov),
           ("Servicio:", "Análisis de conducta aplicada (ABA), 97153"),
           ("Período pedido:", f"{fd(a0, 'es')} al {fd(a1, 'es')}")], w=52, size=9.3)
    paras(d, [
        "#Lo que decidimos",
        "Su proveedor pidió 30 horas por semana. Aprobamos 15 horas por semana y negamos las otras 15.",
        "#Por qué",
        "El plan de tratamiento muestra que su hijo asiste a la escuela 6 horas al día y que las metas del último "
        "período se cumplieron. Más de 15 horas por semana no son médicamente necesarias según nuestros criterios.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Si su salud corre "
        "peligro, pida una apelación rápida; la decidimos en 72 horas. Para seguir recibiendo las horas actuales "
        "durante la apelación, pídalo dentro de 10 días. Después de la decisión de la apelación puede pedir una "
        "audiencia imparcial estatal dentro de 120 días. Ayuda gratis en español: 1-555-407-2299."], size=9.4)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[req], service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def doc_lowres_eob(r):
    f = base(r, 3)
    stmt = f["notice"]
    cl = [pat(r, "CV99999999999") for _ in range(4)]
    s = [plus(stmt, -r.randint(20, 70)) for _ in range(4)]
    a = [fee(r, 90, 180), fee(r, 300, 700), fee(r, 60, 150), fee(r, 20, 60)]
    provs = ["Conway Family Counseling", "Arkansas River Psychiatric Clinic", "Greenbrier Peer Support Center",
             "Toad Suck Pharmacy"]
    d = Page(footer=f"{ORG}  |  Member Explanation of Benefits  |  THIS IS NOT A BILL")
    d.add_page()
    band(d, ORG, "Member Explanation of Benefits", colour=(70, 24, 30))
    lv(d, [("Statement date", fd(stmt, "dmy")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Claims processed", f"{fd(plus(stmt, -60), 'slash')} to {fd(plus(stmt, -5), 'slash')}")], w=40, size=9.3)
    rows = [[cl[i], fd(s[i], "slash"), provs[i],
             ["Counseling 90837", "Psych eval 90792", "Peer support H0038", "Prescription"][i],
             usd(a[i]), ["Paid", "Paid", "Denied", "Paid"][i], ["", "", "N7", ""][i]] for i in range(4)]
    wtable(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed by provider",
               "PASSE action", "Note"], rows, [30, 19, 44, 34, 20, 19, 10], size=7.8)
    paras(d, [
        f"N7 - Claim {cl[2]} was denied because the provider is not enrolled in the {ORG} network and the service "
        "was not approved as an out-of-network service. The provider may not bill you for it.",
        "If you disagree with a denied claim, you may appeal to us within 60 days of the date of this statement. "
        "After our appeal decision you may ask for a State Fair Hearing within 120 days."], size=9)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[cl[2]], claim_amount=f"{a[2]:.2f}", service_dates=[s[2].isoformat()],
              denial_date=stmt.isoformat(), provider=provs[2], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_scan_overturned(r):
    f = base(r, 4)
    app = "AP-" + pat(r, "9999999")
    old = "UM" + pat(r, "99999999")
    a0 = plus(f["notice"], r.randint(2, 7))
    a1 = plus(a0, 13)
    prov = "Dr. Lucius T. Fennimore"
    d = Page(footer=f"{ORG}  -  Appeal Resolution  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, "1-555-407-2200"])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 13, "B")
    d.ln(2)
    d.boxes([("Date of this notice", fd(f["notice"], "iso"), 42), ("Member", f["member"], 70),
             ("Medicaid ID", f["mid"], 62)])
    d.boxes([("Appeal number", app, 42), ("Original request number", old, 70), ("Provider NPI", f["npi"], 62)])
    d.boxes([("Attending psychiatrist", prov, 70), ("Approved from", fd(a0, "iso"), 52),
             ("Approved through", fd(a1, "iso"), 52)])
    d.ln(5)
    paras(d, [
        f"Dear {f['member']}:",
        "You appealed our decision to deny crisis stabilization unit services. A psychiatrist who did not make the "
        "first decision reviewed your appeal and the new records from the hospital. We have reversed our decision. "
        "The services are approved for the dates shown above.",
        "You do not need to do anything else. If you have questions call 1-555-407-2200."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[app, old],
              service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=prov, unscored=["appeal_deadline"], alternates={"service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def doc_copy_day_treatment(r):
    f = base(r, 5)
    req = "UM" + pat(r, "99999999")
    a0 = plus(f["notice"], r.randint(2, 8))
    a1 = plus(a0, 89)
    agency = "Lake Conway Therapeutic Day Program"
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}", header=f"{f['member']}  -  Request {req}  -  continued")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management - Behavioral Health", ORG_ADDR,
                        "Phone 1-555-407-2200  Fax 1-555-407-2214"])
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (PARTIAL APPROVAL)", 11.5, "B")
    d.ln(1)
    lv(d, [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Request number:", req),
           ("Provider:", agency), ("Period requested:", f"{fd(a0, 'slash')} - {fd(a1, 'slash')}")], w=44, size=9.4)
    wtable(d, ["Service (procedure code)", "Days per week requested by the provider", "Days per week approved",
               "Days per week denied", "Reason code"],
           [["Therapeutic day treatment (H2012)", "5", "3", "2", "BH4"],
            ["Family therapy (90847)", "1", "1", "0", "-"]], [60, 36, 28, 28, 22], size=8.6)
    paras(d, [
        "BH4 - The progress notes show fewer outbursts at school and that your child is meeting most treatment "
        "goals. Three days a week of day treatment meet your child's needs; the other two days are not medically "
        "necessary. Family therapy is approved as asked."], size=9.4)
    d.add_page()
    paras(d, rights(), size=9.6)
    paras(d, ["#Appeal request form",
              "Member name: ______________________   Medicaid ID: ______________________",
              "I want to appeal the decision dated ______________. Signature: ____________________"], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[req], service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=agency, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def stack_upheld(r):
    f = base(r, 6)
    req = "UM" + pat(r, "99999999")
    app = "AP-" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(8, 20))
    prov = "Dr. Harriet V. Colclasure"
    lt = plus(f["notice"], -r.randint(14, 24))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, "Ouachita Child and Family Psychiatry", ["1220 Central Avenue, Hot Springs, AR 71901",
                                                          "Phone 1-555-623-4410  Fax 1-555-623-4411"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [ORG, "Appeals and Grievances", ORG_ADDR])
    e.text_line(f"Re: appeal for {f['member']}, Medicaid ID {f['mid']}, request {req}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the appeals reviewer:",
        "I am asking, with the family's consent, that you reverse your denial of psychiatric residential treatment "
        "for my patient. Since the request she has had two emergency room visits for self-harm, and outpatient "
        "therapy twice a week has not kept her safe at home. I enclose the emergency room records and my notes.",
        "Sincerely,", prov, "Child and Adolescent Psychiatry"], size=10)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[req],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    d = Page(footer=f"{ORG}  -  Notice of Appeal Resolution  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Appeals and Grievances  |  {ORG_ADDR}", colour=(20, 60, 62))
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    top, bot = sidebar(d, [("Appeal number", app), ("Request number", req), ("Medicaid ID", f["mid"]),
                           ("Date of birth", fd(f["dob"], "slash")), ("Psychiatrist", prov),
                           ("Planned admission", fd(planned, "slash"))])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "NOTICE OF APPEAL RESOLUTION: DENIAL UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear parent or guardian of {f['member']}: A board-certified child psychiatrist who was "
                 "not part of the first decision reviewed the appeal and the new records. Your child can be treated "
                 "safely with a crisis plan and intensive outpatient care near home. Psychiatric residential "
                 "treatment is still not medically necessary under our criteria, so our denial stands.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, ["#State Fair Hearing",
              "You have finished the PASSE appeal. If you still disagree, you may ask for a State Fair Hearing "
              f"within 120 days of the date of this appeal decision. Write to {DHS}. You may ask that services "
              "continue during the hearing if you ask within 10 days. You may have someone speak for you.",
              "Free copies of the records and criteria we used are available on request: 1-555-407-2200."], size=9.3)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[app, req], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=None,
               alternates={"appeal_deadline": [plus(f["notice"], 120).isoformat()]})
    cv = cover(f"{ORG} - Appeals", "Ouachita Child and Family Psychiatry", "1-555-407-2290", "1-555-623-4411",
               fd(lt, "slash"), 2, "Expedited appeal request for a PASSE member; records attached.")
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], [cv, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_upheld(r(6))
    return [
        Item(f"{FAMILY}_bd_in_home_services_label_column", "born_digital", [doc_bd_iihs(r(0))]),
        Item(f"{FAMILY}_faxfine_supportive_living_prose", "fax_fine_g4", [doc_fax_prose_supportive_living(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_aba_horas", "phone_photo", [doc_es_aba(r(2))]),
        Item(f"{FAMILY}_lowres_eob_four_claims_one_denied", "scan_lowres_150", [doc_lowres_eob(r(3))]),
        Item(f"{FAMILY}_scan300_appeal_overturned_boxes", "scan_clean_300", [doc_scan_overturned(r(4))]),
        Item(f"{FAMILY}_copy_two_page_day_treatment_partial", "photocopy", [doc_copy_day_treatment(r(5))]),
        Item(f"{FAMILY}_rotated_stack_cover_letter_appeal_upheld", "rotated", docs, separators=seps),
    ]
