"""Family 'north_carolina_medicaid_prepaid_health_plan_notice_of_adverse_benefit': an invented NC Medicaid Managed
Care prepaid health plan's Notice of Adverse Benefit Determination, in the structure such notices follow (what was
asked for, what we decided, why, how to appeal within 60 days of the date of this notice, a 72-hour expedited
appeal, continued benefits if asked within 10 days, a State Fair Hearing with the Office of Administrative Hearings
within 120 days of the appeal decision, the NC Medicaid Ombudsman).

Documents: a born-digital notice denying outpatient speech therapy (white-on-dark logo band, label column); a
scanned Spanish notice denying a lumbar MRI (boxed grid); a fine-fax stack (cover, a notice refusing an inpatient
rehabilitation admission in favour of a skilled nursing facility with a fax header line, the physiatrist's letter
to the plan fed upside down, a blank separator); a phone photo of an upheld power-wheelchair appeal told in
sentences; a sideways approval of an overturned hearing-aid appeal (denies nothing); a low-resolution member
statement with three claims (two-line table header), one refused as out of network; a photocopied two-page
notice (inpatient stay set to observation) with a running header and the rights on page 2.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, processed periods, 10A NCAC rule
numbers, 120-day OAH hearing, 10-day continuation and 72-hour limits, other claims on the statement.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famcza import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, usd

FAMILY = "north_carolina_medicaid_prepaid_health_plan_notice_of_adverse_benefit"
LANG = "en"
SEED = 349500
ORG = "Tarheel Hollyleaf Health Plan"
ORG_ADDR = "PO Box 61408, Raleigh, NC 27699"
DOC = "Rosalind T. Abernethy, MD"
DOC_BARE = "Rosalind T. Abernethy"
SLP = "Haw River Pediatric Speech Therapy"
IMG = "Neuse Valley Imaging Center"
IRF = "Pamlico Sound Rehabilitation Hospital"
MEMBERS = ["Caswell J. Honeycutt", "Yesenia B. Ocampo", "Lavinia R. Spruill", "Thaddeus M. Blalock",
           "Marigold E. Pridgen", "Obadiah K. Faircloth", "Henrietta W. Sossamon"]
RULE = "10A NCAC 25A .0201 and NC Medicaid Clinical Coverage Policy"


def up(d):
    return d.strftime("%b %d, %Y").upper()


def mid(r):
    return pat(r, "999999999") + r.choice("KLMNPRST")


def base(r, k):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Tobacco Barn Road",
                                                        "Wilson, NC 27893"],
                mid=mid(r), phone=ph(r), dob=dt.date(r.randint(1955, 2018), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#What if I do not agree with this decision?",
        "You have the right to ask for an appeal. You must ask within 60 days of the date of this notice. You can "
        f"call us at Member Services, or write to {ORG} Appeals, {ORG_ADDR}. Your provider or someone you trust "
        "can ask for the appeal for you if you give us written permission.",
        "#Fast (expedited) appeal",
        "If you or your provider think waiting could seriously harm your health, ask for a fast appeal. We will "
        "decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If this decision stops or reduces a service you are getting now, you may keep getting it during your "
        "appeal if you ask within 10 days of the date of this notice or before the change starts.",
        "#State Fair Hearing",
        "If you still do not agree after our appeal decision, you can ask for a State Fair Hearing with the North "
        "Carolina Office of Administrative Hearings (OAH) within 120 days of the date of our appeal decision.",
        "#Free help",
        "The NC Medicaid Ombudsman can help you understand your rights. Call 1-555-519-4400. Legal aid may also "
        "be able to help you at no cost."], size=size)


def doc_speech_bd(r):
    f = base(r, 0)
    ref = "PA-" + pat(r, "99999999")
    a, b = plus(f["notice"], 4), plus(f["notice"], 95)
    got = plus(f["notice"], -r.randint(4, 10))
    d = Page(footer=f"{ORG}  -  NC Medicaid Managed Care  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["An NC Medicaid Managed Care Prepaid Health Plan", ORG_ADDR,
                        f"Member Services {f['phone']}  TTY 711"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date of notice:", fd(f["notice"], "long")), ("Member name:", f["member"]),
           ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")), ("Reference number:", ref),
           ("Requesting provider:", DOC), ("Provider NPI:", f["npi"]), ("Date we got the request:", fd(got, "long"))],
       w=52, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Outpatient speech therapy, 2 visits a week (CPT 92507) at {SLP}, from {fd(a, 'long')} through "
        f"{fd(b, 'long')}.",
        "#What we decided",
        "We have DENIED this request.",
        "#Why we made this decision",
        "The last progress report shows you met your speech goals and your scores are now in the normal range for "
        "your age. More speech therapy is not medically necessary.",
        "#The rule we used",
        RULE + " 10A (outpatient specialized therapies)."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [DOC_BARE, SLP]})
    return pdf_bytes(d), t


def doc_mri_es(r):
    f = base(r, 1)
    ref = "PA-" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(6, 15))
    d = Page(footer=f"{ORG} - Medicaid de Carolina del Norte - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Plan de salud prepagado de NC Medicaid Managed Care", ORG_ADDR,
                        f"Servicios al Miembro {f['phone']}  TTY 711"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha de este aviso", fd(f["notice"], "es"), 62), ("Nombre del miembro", f["member"], 62),
             ("Número de Medicaid", f["mid"], 56)])
    d.boxes([("Número de referencia", ref, 62), ("Proveedor que lo pidió", IMG, 118)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 62), ("Fecha programada", fd(planned, "es"), 62),
             ("Código", "CPT 72148", 56)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {f['member']}:",
        f"{IMG} pidió una resonancia magnética de la columna lumbar para el {fd(planned, 'es')}. Hemos NEGADO "
        "esta solicitud. Sus registros muestran dolor de espalda desde hace tres semanas, sin debilidad ni "
        "pérdida de sensación. Primero debe recibir seis semanas de tratamiento conservador (terapia física o "
        "medicamentos). El estudio no es médicamente necesario ahora.",
        f"Regla usada: {RULE}.",
        "#¿Qué pasa si no estoy de acuerdo?",
        "Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Una apelación rápida se "
        "decide dentro de 72 horas. Después de nuestra decisión sobre la apelación, puede pedir una Audiencia "
        "Imparcial Estatal ante la Oficina de Audiencias Administrativas (OAH) dentro de 120 días.",
        "El Ombudsman de NC Medicaid puede ayudarle gratis: 1-555-519-4400."], size=9.4)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=IMG, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def faxline(d, when, pg, n):
    d.set_y(5)
    d.font(7.5)
    d.cell(0, 4, f"{up(when)} 14:{pg + 20:02d}  FROM: {ORG.upper()} UM  FAX 1-555-781-2290  TO: 15553307714  "
                 f"P.{pg}/{n}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def stack_irf(r):
    f = base(r, 2)
    ref = "UM-" + pat(r, "9999999")
    planned = plus(f["notice"], 2)
    got = plus(f["notice"], -1)
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    faxline(d, f["notice"], 2, 4)
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Provider Services 1-555-781-2200  Fax 1-555-781-2290"],
               0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 11.5, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "iso")), ("Facility", IRF), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Case number", ref), ("Request received", fd(got, "iso")),
           ("Service", "Acute inpatient rehabilitation admission after hip fracture repair"),
           ("Admission date requested", fd(planned, "iso")),
           ("Decision", "Denied - skilled nursing facility level of care approved")], w=50, size=9.2)
    paras(d, [
        "Reason: The member can take part in about one hour of therapy a day and needs help mainly with walking "
        "and transfers. An acute inpatient rehabilitation hospital requires three hours of therapy a day. The "
        "member's needs can be met safely in a skilled nursing facility; inpatient rehabilitation is not the right "
        "level of care.",
        "The member, or the provider with the member's written consent, may appeal within 60 days of the date of "
        "this notice. A fast appeal is decided within 72 hours."], size=9.2)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
                  provider=IRF, appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True)
    d.add_page()
    faxline(d, f["notice"], 3, 4)
    letterhead(d, "Cape Fear Physical Medicine", ["118 Wrightsville Avenue, Wilmington, NC 28403",
                                                  "Phone 1-555-343-7100  Fax 1-555-343-7190"], 0)
    d.text_line(fd(got, "dmy"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}, case {ref}",
        f"I ask you to approve admission to {IRF} on {fd(planned, 'dmy')}. My patient had a hip fracture repaired "
        "four days ago, lives alone, and before the fall walked without help. With intensive therapy I expect her "
        "to go home within two weeks; a nursing home stay would likely become permanent.",
        "Sincerely,", "Everett P. Lumbley, DO", "Cape Fear Physical Medicine"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
                  service_dates=[planned.isoformat()], denial_date=got.isoformat(), provider="Everett P. Lumbley",
                  unscored=["insurer"], alternates={"provider": ["Cape Fear Physical Medicine", IRF],
                                                    "case_numbers": [[]]})
    cov = cover(f"{IRF} - Case Management", f"{ORG} Utilization Management", "1-555-330-7714", "1-555-781-2290",
                fd(f["notice"], "slash"), 4, "Provider copy of the notice, with the physician letter we received.")
    return [(dec, t_dec), (req, t_req)], [cov, "blank"]


def doc_upheld_photo(r):
    f = base(r, 3)
    f["notice"] = plus(f["notice"], 25)
    appeal = "AP" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(35, 50))
    got = plus(first, r.randint(5, 12))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Decision on Your Appeal", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'long')}. You asked us to change our decision of {fd(first, 'long')} "
        f"that denied a power wheelchair with seat elevation (K0861) that {DOC} asked for. Your appeal number is "
        f"{appeal}. Your Medicaid ID is {f['mid']}.",
        "A doctor who was not part of the first decision reviewed your appeal. Your home assessment shows you can "
        "move safely around your home in the manual wheelchair you have now, and the seat elevator is for reaching "
        "shelves. A power wheelchair is not medically necessary. We are keeping our decision.",
        "If you do not agree, you can ask for a State Fair Hearing with the North Carolina Office of Administrative "
        "Hearings within 120 days of the date of this letter. The NC Medicaid Ombudsman (1-555-519-4400) can help "
        f"you. If you have questions call Member Services at {f['phone']}.",
        "Sincerely,", "Appeals Department", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 4)
    appeal, ref = "AP" + pat(r, "9999999"), "PA-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 40))
    planned = plus(f["notice"], r.randint(7, 14))
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("NOTICE OF APPEAL RESOLUTION - YOUR APPEAL IS APPROVED", 12, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Appeal number", appeal), ("Prior approval number", ref), ("Ordering provider", DOC),
           ("Service", "Binaural hearing aids (V5261) and fitting"), ("Fitting date", fd(planned, "abbr"))],
       w=48, size=9.6)
    paras(d, [
        f"We reviewed your appeal of our notice dated {fd(first, 'abbr')}. Your audiologist sent a new hearing "
        "test. We have reversed our decision and APPROVED the hearing aids. You do not need to do anything else.",
        "Sincerely,", "Appeals Department"], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, ref],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_statement_lowres(r):
    f = base(r, 5)
    stmt = f["notice"]
    prov = ["Johnston Family Medicine", "Tar River Laboratory", "Blue Ridge Urgent Care of Virginia"]
    claims = []
    for i in range(3):
        dos = plus(stmt, -r.randint(20, 60))
        claims.append(("C" + pat(r, "99999999999"), dos, [160.0, 94.0, 412.0][i] + r.randint(0, 80) + 0.25 * i))
    denied = 2
    d = Page(footer=f"{ORG}  -  Member Claims Statement")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("STATEMENT DATE", up(stmt)), ("MEMBER", f["member"].upper()), ("MEDICAID ID", f["mid"]),
           ("CLAIMS PROCESSED", f"{up(plus(stmt, -31))} - {up(stmt)}")], w=44, size=9)
    widths = [36, 26, 58, 24, 22, 20]
    heads = [("Claim", "number"), ("Date of", "service"), ("Provider", ""), ("Amount", "billed"),
             ("Plan", "paid"), ("Status", "code")]
    d.font(8, "B")
    for top, _ in heads:
        d.cell(widths[heads.index((top, _))], 4.5, top)
    d.ln(4.5)
    for i, (_, bot) in enumerate(heads):
        d.cell(widths[i], 4.5, bot, border="B")
    d.ln(6)
    for i, (c, dos, amt) in enumerate(claims):
        paid = 0.0 if i == denied else round(amt * 0.6, 2)
        row = [c, up(dos), prov[i], usd(amt), usd(paid), "N43" if i == denied else "PD"]
        d.font(8.2)
        for v, w in zip(row, widths):
            d.cell(w, 5.2, v)
        d.ln(5.4)
    d.ln(3)
    paras(d, [
        "N43 - This provider is not in our network and is not enrolled with NC Medicaid, and the visit was not an "
        "emergency. We did not pay this claim. The provider may not bill you for it.",
        "PD - Paid.",
        "If you do not agree with a claim we did not pay, you may ask for an appeal within 60 days of the date of "
        "this statement. After our appeal decision you may ask for a State Fair Hearing with the Office of "
        "Administrative Hearings within 120 days."], size=8.8)
    c, dos, amt = claims[denied]
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=prov[denied], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_obs_copy(r):
    f = base(r, 6)
    ref = "UM-" + pat(r, "9999999")
    a = plus(f["notice"], -3)
    b = plus(f["notice"], -1)
    hosp = "Lumber River Regional Hospital"
    d = Page(footer="Page {p} of {n}",
             header=f"{ORG} - Notice of Adverse Benefit Determination - {f['member']} - Medicaid ID {f['mid']}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}"], 1)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Notice date:", fd(f["notice"], "slash")), ("Medicaid ID:", f["mid"]), ("Case #:", ref),
           ("Hospital:", hosp)], w=30, size=9, x=108)
    d.ln(6)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    paras(d, [
        f"{hosp} asked us to approve an inpatient stay for chest pain from {fd(a, 'slash')} through "
        f"{fd(b, 'slash')}.",
        "We did not approve the stay as inpatient. Your heart tests and blood work were normal and you were ready "
        "to go home the next day. Your care should have been given as outpatient observation, not as an inpatient "
        "admission. The hospital will be paid for observation care. This is a level of care decision; we did not "
        "find the care itself unneeded.",
        f"The rule we used: {RULE} 2A-1 (acute inpatient hospital services).",
        "You do not owe the hospital more than your usual Medicaid copay because of this decision."], size=9.6)
    d.add_page()
    rights(d, 9.6)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=hosp, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_irf(r(2))
    return [
        Item(f"{FAMILY}_bd_speech_therapy_denied", "born_digital", [doc_speech_bd(r(0))]),
        Item(f"{FAMILY}_scan300_aviso_es_lumbar_mri", "scan_clean_300", [doc_mri_es(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_inpatient_rehab_and_physiatrist_letter", "fax_fine_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_wheelchair_appeal_upheld_prose", "phone_photo", [doc_upheld_photo(r(3))]),
        Item(f"{FAMILY}_rotated_hearing_aid_appeal_approved", "rotated", [doc_overturned(r(4))]),
        Item(f"{FAMILY}_lowres_statement_three_claims_out_of_network", "scan_lowres_150",
             [doc_statement_lowres(r(5))]),
        Item(f"{FAMILY}_copy_observation_two_pages", "photocopy", [doc_obs_copy(r(6))]),
    ]
