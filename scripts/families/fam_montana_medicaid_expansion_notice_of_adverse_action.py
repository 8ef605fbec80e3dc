"""Notices of adverse action mirrored (structure and plain wording style only) from the papers a plan sends adults
covered by Montana Medicaid's expansion coverage (the Montana Department of Public Health and Human Services (DPHHS),
its Office of Fair Hearings, Medicaid expansion, CPT/HCPCS codes and CARC codes appear as themselves). The plan
(Bitterroot Divide Health Plan), its 60-day appeal, 72-hour fast appeal, 10-day continuation and 120-day hearing
limits as written here, every clinic, hospital, doctor, reviewer, member, representative, number and address are
invented. Long notices: the facts often sit on page 2 under a heading, and the last page is boilerplate (rights,
taglines in many languages, a nondiscrimination notice, an appeal form with example values).

Documents (8 in 7 files):
- faxstd_noaa_physical_therapy_visits_rights_page: a standard-fax two-page notice of adverse action form refusing
  24 outpatient physical therapy visits as not needed (planned From / To boxes, DOB and request-received date as
  decoys), page 2 the rights and a tagline block (medical_necessity).
- born_digital_three_page_ct_claim_no_approval_details_on_page_2: page 1 a letter, page 2 "About the claim"
  (claim number, date, imaging center, ordering doctor, amount, CARC 197 legend), page 3 an appeal request form
  with example values, a nondiscrimination notice and taglines; cc the imaging center (prior_authorization).
- photocopy_member_claims_statement_four_claims_one_out_of_state: a photocopied statement of four claims, the
  Idaho clinic's visit refused CARC 242 (out_of_network).
- phone_es_aviso_dos_paginas_cobertura_terminada: a photographed two-page Spanish notice: dental work after
  coverage ended at renewal; the claim's details on page 2, US$ in the Spanish style in a sentence (eligibility).
- rotated_two_page_home_health_approval: a two-page approval of home health visits fed sideways (denies nothing).
- lowres_letter_to_daughter_rehab_stay_details_page_2: a 150 dpi two-page letter to a daughter as authorised
  representative: the last days of an inpatient rehabilitation stay paid only as skilled nursing (level_of_care).
- clean_stack_cover_es_records_letter_then_appeal_resolution_sideways: a cover sheet, a Spanish letter closing a
  claim because the records never came (other), then sideways a notice of appeal resolution keeping a sleep study
  denial (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxd import DXSheet, people
from public_kit import STREETS, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "montana_medicaid_expansion_notice_of_adverse_action"
LANG = "en"
SEED = 354303
INS = "Bitterroot Divide Health Plan"
ALT = ["Bitterroot Divide"]
STATE = "Montana Department of Public Health and Human Services"


MT_CITIES = [("Billings", "59101"), ("Great Falls", "59401"), ("Bozeman", "59715"), ("Havre", "59501"),
             ("Kalispell", "59901"), ("Miles City", "59301"), ("Butte", "59701"), ("Lewistown", "59457")]


def address(rng):
    city, z = rng.choice(MT_CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} MT {z}"]


def mid(rng):
    return digits(rng, 10)


def phone(rng, area="406"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1958, 2001), rng.randint(1, 12), rng.randint(1, 28))


def pa(rng):
    return f"BDA-{digits(rng, 8)}"


def clm(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 6)}"


def _head(p: DXSheet, rng, unit="Member Services", es=False):
    p.logo_head(INS, "BDHP", [("Un plan de Medicaid de Montana" if es else "A Montana Medicaid expansion plan")
                              + f"  |  PO Box {rng.randint(1200, 9800)}, Missoula MT 5980{rng.randint(1, 8)}",
                              f"{unit}  {phone(rng)}  |  TTY 711  |  bitterrootdivide.example"], size=12.5)


def _rights(p: DXSheet, rng, days=60, es=False):
    ofh = f"Office of Fair Hearings, {STATE}, PO Box {rng.randint(200, 990)}, Helena MT 59604, {phone(rng)}"
    if es:
        p.bar("SUS DERECHOS", 9)
        p.bullets([f"Apelación: puede pedir una apelación dentro de {days} días a partir de la fecha de este aviso. "
                   "Llámenos o escríbanos.",
                   "Apelación rápida: si esperar podría dañar gravemente su salud, pida una apelación rápida. "
                   "Decidiremos en 72 horas.",
                   "Continuar sus servicios: si pide la apelación dentro de 10 días, sus servicios pueden seguir "
                   "mientras se decide.",
                   "Audiencia imparcial estatal: después de nuestra decisión de apelación, tiene 120 días para pedir "
                   f"una audiencia a la {ofh}."], 8.2)
        return
    p.bar("YOUR RIGHTS", 9)
    p.bullets([f"Appeal: you may ask us for an appeal within {days} days of the date of this notice. Call us or "
               "write to us. Someone you choose, such as a family member or your provider, may ask for you.",
               "Fast appeal: if waiting could seriously harm your health, ask for a fast appeal. We will decide "
               "within 72 hours.",
               "Keeping your services: if you ask for an appeal within 10 days of the date of this notice, your "
               "services may continue while we decide.",
               "State fair hearing: after our appeal decision, you have 120 days to ask for a fair hearing with the "
               f"{ofh}.",
               f"Free help: the Montana Medicaid member help line, {phone(rng, '800')}, can answer questions."], 8.2)


def faxstd_pt(rng):
    member, therapist, rev, coord = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(nd, -rng.randint(6, 12))
    start = plus(nd, rng.randint(5, 10))
    end = plus(start, 83)
    n = pa(rng)
    clinic = "Clearwater Bend Physical Therapy"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  BDHP UTIL MGMT  {phone(rng)}  P.{{n}}/2"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE ACTION", "Form BD-NAA-1 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Date of this notice", fdate(nd, "slash")), ("Member name", member), ("Medicaid ID", m)],
                [44, 78, W - 122])
    p.form_band([("Date of birth", fdate(dob(rng), "slash")), ("Request received", fdate(rec, "slash")),
                 ("Request number", n)], [44, 50, W - 94])
    p.form_band([("Requesting provider", clinic), ("Therapist", therapist)], [100, W - 100])
    p.form_band([("Service asked for", "Physical therapy (97110, 97140), 24 visits"),
                 ("Planned from", fdate(start, "slash")), ("Planned to", fdate(end, "slash"))], [98, 40, W - 138])
    p.ln(2)
    p.checks("WHAT WE DECIDED", [(False, "Approved"), (False, "Approved in part"), (True, "Denied"),
                                 (False, "Reduced, suspended or stopped")], cols=4)
    p.para("**Why we decided this.** Your therapist asked for 24 more visits for your lower back. Our records show you "
           "already had 20 visits since January. The notes from the last visit say you walk without pain, lift at "
           "work, and do your home exercises every day. More visits in the clinic are not needed for you to keep "
           "getting better; your home program can do that. We used the plan's outpatient therapy guideline.", 9)
    p.para(f"Reviewed by {rev}, PT, and a plan physician. Your care coordinator is {coord}, {phone(rng)}.", 8.8)
    p.para("If you disagree, you may ask for an appeal within 60 days of the date of this notice. See page 2.", 9)
    p.add_page()
    _rights(p, rng)
    p.tagline_block(phone(rng))
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [therapist],
                          "service_dates": [[start.isoformat(), end.isoformat()], [start.isoformat()]]})
    return out(p), t


def born_ct(rng):
    member, doc, sig, coord = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(2, 26))
    nd = plus(v, rng.randint(30, 42))
    n = clm(rng)
    center = "Ponderosa Flats Imaging Center"
    b1, b2 = amount(rng, 880, 1400), amount(rng, 140, 260)
    tot = round(b1 + b2, 2)
    p = DXSheet(footer="Page {n} of {nb}", run_hdr=f"{INS}  |  Notice {n}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Medicaid ID: {m}", 9.6)
    p.para(f"Dear {member}:", 10)
    p.para("This notice is about a claim your provider sent us. We did not pay it. The claim number, the date of "
           "the service, the provider and the amount are on page 2 under \"About the claim.\"", 10)
    p.para("We did not pay because the provider did not ask us first. Some services, like CT scans, need our "
           "approval before you get them. Your provider knows this and must ask. Because the provider did not ask, "
           "you do not have to pay this bill. If the provider sends you a bill, call us.", 10)
    p.para("If you think we made a mistake, you may ask for an appeal within 60 days of the date of this notice. "
           "You can use the form on page 3. You may also ask for a fast appeal if your health is at risk; we "
           "decide fast appeals in 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Resolution\n{INS}", 10)
    p.para(f"cc: {center}", 8.8)
    p.add_page()
    p.bar("ABOUT THE CLAIM", 10)
    p.pairs([("Claim number", n), ("Date of service", fdate(v, "long")), ("Provider", center),
             ("Ordering doctor", f"Dr. {doc}"), ("Amount billed", money(tot)), ("Amount we paid", "$0.00")],
            label_w=48, size=9.6)
    p.ln(2)
    p.table(["Code", "Service", "Billed", "Paid", "Reason"],
            [["74177", "CT abdomen and pelvis with contrast", money(b1, "nosign"), "0.00", "CO-197"],
             ["Q9967", "Contrast material", money(b2, "nosign"), "0.00", "CO-197"],
             ["", "Total", money(tot, "nosign"), "0.00", ""]], [22, 80, 24, 20, 27.9], size=8.8,
            aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("**Reason codes.** CO-197: precertification/authorization was absent. N54: the approval on file does "
           "not match this service. The ordering doctor asked us for an ultrasound, which we approved; the CT was "
           "never asked for.", 8.6)
    _rights(p, rng)
    p.add_page()
    p.example_form("APPEAL REQUEST FORM", [
        ("Member name", "Example: Jane Q. Sample"), ("Medicaid ID", "Example: 0123456789"),
        ("Claim or notice number", "Example: 26000-000000"), ("Date of service", "Example: 01/15/2026"),
        ("Why you disagree", ""), ("Signature and date", "")],
        "Fill in the boxes with your own information. The grey text shows an example only. Mail the form to "
        f"{INS}, Appeals, PO Box {rng.randint(1200, 9800)}, Missoula MT 59806, or fax it to {phone(rng)}.")
    p.nondiscrimination(INS, people(rng, 1)[0], phone(rng), f"PO Box {rng.randint(100, 999)}, Billings MT 59103")
    p.tagline_block(phone(rng))
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_statement(rng):
    member, d1, d2, d3, d4 = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    specs = [("Garnet Ridge Family Clinic", d1, "99214", "Office visit", 140, 210, False),
             ("Yellowstone Bench Laboratory", d2, "80053", "Metabolic panel", 40, 80, False),
             ("Snake River Bend Clinic (Idaho Falls ID)", d3, "99203", "New patient visit", 160, 260, True),
             ("Garnet Ridge Family Clinic", d4, "99213", "Office visit", 110, 170, False)]
    rows, den = [], None
    for prov, doc, code, desc, lo, hi, refused in specs:
        d = plus(sd, -rng.randint(14, 60))
        n, b = clm(rng), amount(rng, lo, hi)
        paid = 0.0 if refused else round(b * 0.55, 2)
        rows.append([n, prov, fdate(d, "slash"), code, desc, money(b, "nosign"), money(paid, "nosign"),
                     "242" if refused else "1"])
        if refused:
            den = (n, prov, doc, d, b)
    rows.sort(key=lambda r: r[2])
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.title_bar("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL", "BD-MCS-2")
    p.capstrip([("MEMBER", member), ("MEDICAID ID", m), ("STATEMENT DATE", fdate(sd, "slash")),
                ("PERIOD", f"01/01/2026 - {fdate(plus(sd, -3), 'slash')}")], [70, 50, 50, 83])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Date", "Code", "Service", "Billed", "Plan paid", "Note"], rows,
            [36, 78, 24, 18, 44, 20, 20, 13], size=8.2, aligns=["L"] * 5 + ["R", "R", "C"])
    n, prov, doc, d, b = den
    p.para("**Notes.** 1: paid under your Medicaid coverage; you owe nothing. 242: services not provided by network "
           f"/ primary care providers. Dr. {doc} at {prov} is not in our network and is outside Montana. We pay "
           "outside Montana only for emergencies or when we approve the care first. The visit was not an "
           "emergency and was not approved.", 8.6)
    p.para("You may ask for an appeal of a claim marked 242 within 60 days of the statement date. Fast appeals: 72 "
           f"hours. State fair hearing: 120 days after our appeal decision. Member Services {phone(rng)}, TTY 711.",
           8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=prov.split(" (")[0],
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc, prov]})
    return out(p), t


def phone_es(rng):
    member, dentist, sig = people(rng, 3)
    m = mid(rng)
    end_cov = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(3, 12))
    nd = plus(v, rng.randint(28, 36))
    n = clm(rng)
    office = "Sapphire Gulch Dental"
    b1, b2 = amount(rng, 900, 1050), amount(rng, 180, 240)
    tot = round(b1 + b2, 2)
    es_amt = f"US$ {tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.title_bar("AVISO DE ACCIÓN ADVERSA")
    p.pairs([("Número de Medicaid", m), ("Número de reclamo", n)], label_w=48, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Le escribimos sobre un reclamo de {office}. No pagamos este reclamo. Los detalles están en la página 2.",
           10)
    p.para(f"Según el Departamento de Salud Pública y Servicios Humanos de Montana (DPHHS), su cobertura de Medicaid "
           f"terminó el {fdate(end_cov, 'long', 'es')} porque no se devolvieron los papeles de renovación. El "
           f"servicio fue el {fdate(v, 'long', 'es')}, después de esa fecha. Solo podemos pagar servicios recibidos "
           "mientras usted tiene cobertura.", 10)
    p.para("Si cree que su cobertura no debió terminar, llame a la oficina de DPHHS de su condado. Si ellos corrigen "
           "su cobertura, volveremos a revisar el reclamo.", 10)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.add_page()
    p.bar("DETALLES DEL RECLAMO", 10)
    p.pairs([("Reclamo", n), ("Proveedor", office), ("Dentista", f"Dr(a). {dentist}"),
             ("Fecha del servicio", f"{fdate(v, 'dmy', 'es')} (día/mes/año)"),
             ("Cobertura terminó", fdate(end_cov, "dmy", "es"))], label_w=48, size=9.6)
    p.table(["Código", "Servicio", "Cobrado", "Pagado"],
            [["D2740", "Corona de porcelana", money(b1, "nosign"), "0.00"],
             ["D0220", "Radiografía", money(b2, "nosign"), "0.00"],
             ["", "Total", money(tot, "nosign"), "0.00"]], [24, 90, 30, 29.9], size=9,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"El consultorio nos cobró un total de {es_amt}. Usted podría tener que pagar esta cantidad si su "
           "cobertura no se corrige. Código de motivo: CARC 27 (gastos después de terminada la cobertura).", 9.4)
    _rights(p, rng, es=True)
    p.nondiscrimination(INS, people(rng, 1)[0], phone(rng), f"PO Box {rng.randint(100, 999)}, Billings MT 59103",
                        es=True)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=office,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [dentist]})
    return out(p), t


def rotated_approval(rng):
    member, nurse, doc, coord = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(2, 20))
    start = plus(nd, 3)
    end = plus(start, 59)
    n = pa(rng)
    agency = "Tamarack Hollow Home Health"
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.title_bar("NOTICE OF APPROVAL")
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. Dr. {doc} asked us to approve home health nursing visits for you after your hospital stay. "
           "We approved all of the visits that were asked for. The details are below.", 10)
    p.boxed_pairs([("Approval number", n), ("Medicaid ID", m), ("Home health agency", agency),
                   ("Visits approved", "16 skilled nursing visits (G0299)"),
                   ("Approved from", fdate(start, "long")), ("Approved through", fdate(end, "long"))])
    p.para(f"{agency} will call you to set up the first visit. Your nurse will be {nurse}, RN. If you need more "
           f"visits, the agency can ask us before {fdate(end, 'long')}. Your care coordinator is {coord}, "
           f"{phone(rng)}.", 10)
    p.add_page()
    p.bar("ABOUT THIS APPROVAL", 9)
    p.para("This approval is not a denial, so there is nothing to appeal. If you are unhappy with the agency or "
           "your care, you can file a grievance with us at any time. Questions about Montana Medicaid coverage can "
           f"go to the Montana Medicaid member help line, {phone(rng, '800')}.", 9)
    p.tagline_block(phone(rng))
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=agency,
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]],
                          "service_dates": [[start.isoformat(), end.isoformat()], []]})
    return out(p), t


def lowres_rehab(rng):
    member, daughter, doc, rev, sig = people(rng, 5)
    m = mid(rng)
    adm = dt.date(2026, 1, rng.randint(5, 15))
    last_ok = plus(adm, 9)
    dis = plus(adm, 16)
    nd = plus(dis, rng.randint(20, 30))
    n = clm(rng)
    hosp = "Clark Fork Rehabilitation Hospital"
    b_all, b_ref = amount(rng, 30000, 40000), amount(rng, 11000, 15000)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: your mother, {member}, Medicaid ID {m}", 10)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are {member}'s authorized representative, so we are sending this notice to you. We paid part of "
           "her stay at the rehabilitation hospital and did not pay the rest. We explain the stay and our decision "
           "on page 2.", 10)
    p.para(f"If you disagree, you may ask for an appeal within 60 days of the date of this letter. You may call "
           f"us at {phone(rng)} or write to us. The 120-day limit to ask for a state fair hearing starts only after "
           "our appeal decision.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    p.para(f"cc: {hosp}; Dr. {doc}", 8.8)
    p.add_page()
    p.bar("ABOUT THE STAY", 10)
    p.para(f"Your mother was admitted to {hosp} on {fdate(adm, 'long')} after a hip fracture, under the care of "
           f"Dr. {doc}. She went home on {fdate(dis, 'long')}. The hospital's claim {n} for the whole stay was "
           f"{money(b_all)}.", 10)
    p.para(f"We paid the days through {fdate(last_ok, 'long')}. From {fdate(plus(last_ok, 1), 'long')} through "
           f"{fdate(plus(dis, -1), 'long')} she needed help getting dressed and walking short distances and one "
           "therapy session a day. A skilled nursing facility could give that care; she no longer needed the "
           f"three hours of therapy a day that a rehabilitation hospital gives. The charges for those days, "
           f"{money(b_ref)}, were not paid at the hospital level. Reviewed by Dr. {rev}, physician reviewer.", 10)
    _rights(p, rng)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b_ref), service_dates=[f"{plus(last_ok, 1).isoformat()}/{plus(dis, -1).isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "claim_amount": [m2(b_all)],
                          "service_dates": [[plus(last_ok, 1).isoformat(), plus(dis, -1).isoformat()],
                                            [f"{adm.isoformat()}/{dis.isoformat()}"]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean_stack(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 20))
    nd = plus(v, rng.randint(40, 50))
    n = clm(rng)
    hosp = "Flathead Meadows Hospital"
    b = amount(rng, 2200, 3400)
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Reclamos", es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de Medicaid", m), ("Reclamo", n), ("Fecha del servicio", fdate(v, "long", "es")),
             ("Cantidad cobrada", money(b))], label_w=48, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{hosp} nos envió un reclamo por su visita a la sala de emergencias. Para decidir, le pedimos al "
           f"hospital las notas médicas dos veces. No las recibimos, así que cerramos el reclamo sin pagarlo. Esto no "
           "quiere decir que la visita no estaba cubierta. Si el hospital nos envía las notas, abriremos el reclamo "
           "otra vez. El hospital no puede cobrarle mientras tanto.", 10)
    p.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. "
           "Las apelaciones rápidas se deciden en 72 horas.", 10)
    p.para(f"Atentamente,\n{sig}", 10)
    p.tagline_block(phone(rng), 6.2)
    a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
                       claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=hosp,
                       appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT}))
    member2, doc2, rev2, sig2 = people(rng, 4)
    m2_ = mid(rng)
    orig = dt.date(2026, 2, rng.randint(2, 20))
    planned = plus(orig, rng.randint(20, 30))
    ad = plus(planned, rng.randint(10, 20))
    n0, na = pa(rng), f"APL-{digits(rng, 7)}"
    lab = "Big Sky Sleep Center"
    q = DXSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.para(fdate(ad, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.title_bar("NOTICE OF APPEAL RESOLUTION")
    q.pairs([("Medicaid ID", m2_), ("Appeal number", na), ("Original request", n0),
             ("Service", "Attended sleep study in a lab (95810)"), ("Planned date", fdate(planned, "slash"))],
            label_w=44, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You appealed our decision of {fdate(orig, 'long')} not to approve an overnight sleep study at {lab}, asked "
           f"for by Dr. {doc2}. A doctor who did not make the first decision, Dr. {rev2}, looked at your appeal. We "
           "are keeping our decision. Your records show snoring and daytime sleepiness but no heart or lung disease "
           "that would make a home sleep test unsafe. A home sleep test is the right first test; we approve it "
           "without a lab stay.", 10)
    q.para("This ends our appeal process. If you disagree, you may ask for a state fair hearing with the Office of "
           f"Fair Hearings of the {STATE} within 120 days of the date of this notice. Call {phone(rng)} for help.", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Coordinator", 10)
    b_ = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=member2,
                        cases=[na, n0], service_dates=[planned.isoformat()], denial_date=ad.isoformat(), provider=lab,
                        alternates={"insurer": ALT, "provider": [doc2], "case_numbers": [[na], [n0]],
                                    "service_dates": [[]]}))
    return [a, b_]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_noaa_physical_therapy_visits_rights_page", "fax_standard_g4", [faxstd_pt(rng)]),
        Item(F + "born_digital_three_page_ct_claim_no_approval_details_on_page_2", "born_digital", [born_ct(rng)]),
        Item(F + "photocopy_member_claims_statement_four_claims_one_out_of_state", "photocopy",
             [photocopy_statement(rng)]),
        Item(F + "phone_es_aviso_dos_paginas_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_home_health_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_daughter_rehab_stay_details_page_2", "scan_lowres_150", [lowres_rehab(rng)]),
        Item(F + "clean_stack_cover_es_records_letter_then_appeal_resolution_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
