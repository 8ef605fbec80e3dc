"""Notices mirrored (structure and wording style only) from New Mexico's Turquoise Care Medicaid program: the
New Mexico Health Care Authority (HCA), its Fair Hearings Bureau and Turquoise Care appear as themselves; the
managed care organization (Rio Arenoso Health Plan), every provider, person, number, address and reason code are
invented, and so are the day limits the notices print (60-day MCO appeal, 90-day fair hearing after the appeal,
10-day continuation, 72-hour fast appeal) where they may differ from the program's own. Case numbers sit under a
different label in each file beside decoy numbers (letter IDs, form numbers, Medicaid numbers, NPIs, tax IDs,
patient account numbers); no letter says "denied" in the category's usual words.

Documents (8 in 7 files):
- bd_claim_summary_icn_from_thru_cob_carc22: a landscape member claim summary of four claims, "ICN" column,
  From / Thru columns and a Rendering column; a therapy row (a span) pays 0.00 with CARC 22 and a note that
  another plan must be billed first (coordination of benefits); Letter ID, Medicaid ID, DOB and the summary
  period as decoys.
- faxstd_nabd_authorization_number_aide_visits_iso_range: a Notice of Adverse Benefit Determination on a standard
  fax for home health aide visits "2026-04-06 through 2026-04-17", requested by a doctor named only in a sentence
  ("the request from Dr. ... at ..."), judged not needed without the word; "Authorization number" beside a Letter
  ID, a form number and a fax number; 72-hour, 10-day and fair-hearing decoys.
- phone_spanish_dcn_late_claim: a photographed Spanish notice, "Número de control del documento (DCN)" beside
  "Número de carta" and the patient account number at the clinic; the claim arrived after the 120-day limit
  (said in plain words); dates written out.
- rotated_inpatient_paid_as_observation_claim_hash: a letter on an inpatient stay paid at the observation rate,
  admission and discharge dates, the hospital's address block beside the member's, the attending doctor, a
  "Claim #" beside the hospital's tax ID and NPI.
- lowres_prose_reference_no_mri_no_approval: a no-label letter at 150 dpi, "the care you received on or about
  ...", no approval asked for before the MRI, "Reference No." only in the footer line.
- photocopy_appeal_resolution_coverage_ended_range_shape: a Notice of Appeal Resolution upholding the refusal of
  a stay after coverage ended, "Grievance/Appeal No." and "Claim #", the dates once as "03/02-03/06/2026";
  only the State Fair Hearing left.
- finefax_stack_cover_approval_then_duplicate_claim: a typed fax cover sheet, a wheelchair approval (denies
  nothing), then a claim refused as the same bill as an earlier paid ICN.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "new_mexico_turquoise_care_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352701
INS = "Rio Arenoso Health Plan"
ALT = ["Rio Arenoso"]
HCA = "New Mexico Health Care Authority"


def rah_id(rng):
    return f"RAH{digits(rng, 9)}"


def mcd_id(rng):
    return digits(rng, 10)


def icn(rng):
    return f"{digits(rng, 2)}26{digits(rng, 3)}{digits(rng, 6)}"


def _head(p: DOSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Turquoise Care managed care organization  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, "
                 f"Albuquerque NM 871{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"1-877-555-{digits(rng, 4)} (TTY 711)  |  Fax 505-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def _rights(p: DOSheet, nd: dt.date, size=8.6):
    p.heading("Your right to appeal", 10)
    p.para("You may ask us for an appeal within 60 days of the date of this notice. You can call us or write to us. "
           "If waiting could seriously harm your health, ask for a fast appeal; we will decide it within 72 hours.",
           size)
    p.para("If you already get this service and want it to continue during the appeal, ask within 10 days of the "
           "date of this notice. After our appeal decision, you may ask the Fair Hearings Bureau of the "
           f"{HCA} for a State Fair Hearing within 90 days of the date of the appeal decision.", size)


def bd_summary(rng):
    patient, d1, d2 = people(rng, 3)
    mid, mcd = rah_id(rng), mcd_id(rng)
    sd = dt.date(2026, 4, rng.randint(13, 24))
    b = dt.date(2026, 3, rng.randint(2, 6))
    src = [(b, b, f"Dr. {d1}", "99213 Office visit"),
           (plus(b, 1), plus(b, 1), "Sandhill Regional Lab", "85025 Blood count"),
           (plus(b, 3), plus(b, 10), "Juniper Ridge Therapy Group", "97110 Therapeutic exercise x4"),
           (plus(b, 14), plus(b, 14), f"Dr. {d2}", "73562 X-ray knee")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (f, t, pv, svc) in enumerate(src):
        c = amount(rng, 80, 420)
        billed.append(c)
        n = icn(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "22"])
        else:
            al = round(c * 0.62, 2)
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "0.00", "1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER CLAIM SUMMARY - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Summary date", fdate(sd, "long")), ("Member", patient), ("Plan member ID", mid),
                ("Medicaid ID", mcd), ("Letter ID", f"L{digits(rng, 8)}")])
    p.capstrip([("Program", "Turquoise Care"), ("Claims processed", f"{fdate(plus(sd, -30), 'slash')} - "
                f"{fdate(plus(sd, -1), 'slash')}"), ("Date of birth", fdate(dt.date(rng.randint(1961, 1999),
                rng.randint(1, 12), rng.randint(1, 28)), "slash"))])
    p.ln(3)
    p.table(["ICN", "From", "Thru", "Rendering provider", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "CARC"], rows, [32, 19, 19, 50, 48, 19, 18, 18, 16, 14], size=8.2,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 1 Paid under your Turquoise Care benefits. 22 Our records show you have another health plan. "
           "That plan has to be billed first; your provider may send us the claim again with the other plan's "
           "statement of what it paid. You do not owe the provider for this claim.", 8.6)
    p.para("**Questions or appeals.** You may ask us for an appeal within 60 days of the date of this summary. A fast "
           "appeal is decided within 72 hours. After our appeal decision you may ask the "
           f"{HCA} for a State Fair Hearing.", 8.6)
    p.taglines()
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider="Juniper Ridge Therapy Group",
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "member_id": [mcd]})
    return out(p), t


def faxstd_nabd(rng):
    patient, doc = people(rng, 2)
    mid, mcd = rah_id(rng), mcd_id(rng)
    nd = dt.date(2026, 3, rng.randint(23, 30))
    rcv = plus(nd, -rng.randint(4, 9))
    a, b = dt.date(2026, 4, 6), dt.date(2026, 4, 17)
    auth = f"UM{digits(rng, 4)}-{digits(rng, 5)}"
    clinic, agency = "Cedar Hollow Family Clinic", "Meadowlark Home Health"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  RIO ARENOSO UM  FAX 505-555-{digits(rng, 4)}  P.{{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="Form RAH-NABD-2 (01/2026)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.ln(1)
    p.capstrip([("Date of notice", fdate(nd, "slash")), ("Authorization number", auth),
                ("Letter ID", f"NB-{digits(rng, 7)}")])
    p.capstrip([("Member", patient), ("Member ID", mid), ("Medicaid ID", mcd)])
    p.capstrip([("Service", "Home health aide visits (T1021)"), ("Request received", fdate(rcv, "slash")),
                ("Units asked", "10 visits")])
    p.ln(2)
    p.para(f"Dear {patient}:", 9.6)
    p.para(f"We reviewed the request from Dr. {doc} at {clinic} for home health aide visits by {agency} for the "
           f"dates 2026-04-06 through 2026-04-17. We are not approving these visits.", 9.6)
    p.para("**Why:** The notes sent with the request say you walk in your home without help and that you bathe, "
           "dress and eat on your own. Aide visits are for members who need hands-on help with those daily tasks. "
           "The notes do not show that need now. A doctor reviewer made this decision using our home health "
           "criteria (HH-07). You may ask for a free copy of the criteria and of the papers we used.", 9.6)
    _rights(p, nd, 8.8)
    p.para("Send appeals to the address above or fax them to the number at the top of this page.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[auth],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [mcd], "provider": [clinic, agency],
                          "service_dates": [[]]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    mid, mcd = rah_id(rng), mcd_id(rng)
    sv = dt.date(2026, 1, rng.randint(5, 23))
    rcv = plus(sv, rng.randint(140, 160))
    nd = plus(rcv, rng.randint(8, 14))
    billed = amount(rng, 140, 380)
    dcn = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
    clinic = "Clínica Familiar Valle Alto"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de carta", f"C-{digits(rng, 8)}"),
             ("Miembro", patient), ("Número de miembro", mid), ("Número de Medicaid", mcd),
             ("Número de control del documento (DCN)", dcn), ("Proveedor", clinic),
             ("Cuenta del paciente en la clínica", f"VA{digits(rng, 7)}")], label_w=78, size=9.4)
    p.ln(2)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{clinic} nos envió un reclamo por la consulta con el Dr. {doc} del {fdate(sv, 'long', 'es')}, por "
           f"{money(billed)}. Recibimos el reclamo el {fdate(rcv, 'long', 'es')}. Los proveedores de Turquoise Care "
           "tienen 120 días después de la fecha del servicio para mandarnos el reclamo. Este reclamo llegó "
           "después de ese plazo, así que no vamos a pagarlo.", 9.8)
    p.para("Usted no tiene que pagar esta consulta. El proveedor no le puede cobrar a usted por un reclamo que "
           "mandó tarde.", 9.8)
    p.para("**Su derecho a apelar.** Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación rápida (72 horas). Después de nuestra decisión, "
           f"puede pedir una Audiencia Imparcial Estatal a la {HCA} dentro de 90 días.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient, cases=[dcn.replace(" ", "")],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [mcd], "provider": [doc]})
    return out(p), t


def rotated_observation(rng):
    patient, att = people(rng, 2)
    mid, mcd = rah_id(rng), mcd_id(rng)
    adm = dt.date(2026, 2, rng.randint(2, 20))
    dis = plus(adm, 2)
    nd = plus(dis, rng.randint(35, 50))
    billed = amount(rng, 9000, 24000)
    clm = f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}"
    hosp = "Sandhill Regional Medical Center"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims Review")
    y = p.get_y()
    for ln in [fdate(nd, "long"), "", patient, f"{rng.randint(100, 9800)} Calle Las Flores",
               f"Las Cruces NM 880{rng.randint(10, 99)}"]:
        p.line(ln, 9.6)
    p.sidebar([("Hospital", hosp), ("", f"{rng.randint(100, 999)} Mesa Grande Blvd"),
               ("", f"Roswell NM 882{rng.randint(10, 99)}"), ("Tax ID", f"85-{digits(rng, 7)}"),
               ("NPI", digits(rng, 10))], 125, y, 72, "Copy to")
    p.set_xy(p.l_margin, max(p.get_y(), y + 48))
    p.ln(2)
    p.pairs([("Claim #", clm), ("Member ID", mid), ("Medicaid ID", mcd), ("Admitted", fdate(adm, "slash")),
             ("Discharged", fdate(dis, "slash")), ("Attending", f"Dr. {att}"), ("Total charges", money(billed))],
            label_w=38, size=9.4)
    p.ln(2)
    p.para(f"Dear {patient}:", 9.6)
    p.para(f"{hosp} billed us for an inpatient stay from {fdate(adm, 'long')} to {fdate(dis, 'long')}. You came "
           "to the emergency room with chest pain. Your tests and heart tracings were normal and you went home "
           "after two nights. This care could have been given safely while you stayed under observation as an "
           "outpatient, without being admitted. We will pay the hospital what we pay for observation care, and "
           "we will not pay the inpatient charges.", 9.6)
    p.para("You do not owe the hospital the difference. A doctor reviewer made this decision.", 9.6)
    _rights(p, nd)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [mcd], "provider": [att]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_prose(rng):
    patient, doc = people(rng, 2)
    mid = rah_id(rng)
    sv = dt.date(2026, 3, rng.randint(9, 20))
    nd = plus(sv, rng.randint(30, 45))
    billed = amount(rng, 900, 2100)
    ref = f"RA-{digits(rng, 7)}"
    img = "Copper Valley Imaging"
    p = DOSheet(footer=None, footer_left=f"Rio Arenoso Health Plan  |  Reference No. {ref}  |  Letter 4471-C")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Old Mill Rd", f"Farmington NM 874{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"This letter is about the care you received on or about {fdate(sv, 'long')} at {img}, an MRI of your "
           f"lower back that Dr. {doc} ordered. {img} sent us a bill for {money(billed)}. Your member number with "
           f"us is {mid}.", 10)
    p.para("An MRI that is not an emergency has to be reviewed by us before it is done. Nobody asked us to review "
           "this one ahead of time, so we are not paying it. Because the imaging center did not ask us first, it "
           "may not bill you for it.", 10)
    p.para("You may ask us for an appeal within 60 days of the date of this letter. A fast appeal is decided within "
           f"72 hours. After our appeal decision you may ask the {HCA} for a State Fair Hearing within 90 days. "
           "Please put the reference number from the bottom of this page on anything you send us.", 10)
    p.para(f"Sincerely,\n\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=img,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md = people(rng, 3)
    mid, mcd = rah_id(rng), mcd_id(rng)
    a = dt.date(2026, 3, 2)
    b = dt.date(2026, 3, 6)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    billed = amount(rng, 6000, 15000)
    apl = f"GA-26-{digits(rng, 5)}"
    clm = icn(rng)
    fac = "Three Rivers Rehabilitation Hospital"
    p = DOSheet(footer="Page {n} of {nb}", footer_left="RAH-NAR-1 rev 2026")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of notice", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Member", patient), ("Member ID", mid), ("Medicaid ID", mcd)],
            [("From", fdate(a, "slash")), ("Thru", fdate(b, "slash")), ("Billed", money(billed, "usd"))],
            [("Facility", fac), ("Attending", f"Dr. {doc}"), ("Appeal received", fdate(plus(nd, -24), "slash"))]],
           size=8.8)
    p.para(f"You asked us to pay for your stay at {fac}, 03/02-03/06/2026. We looked at your appeal again with a "
           "reviewer who was not part of the first decision.", 9.4)
    p.para("**Our decision: we are keeping our first decision.** Your Turquoise Care coverage with us ended on "
           "February 28, 2026, when your renewal was not completed. The stay began after that day. We can only "
           f"pay for care while you are a member. If your coverage has been restored by the {HCA}, call us and "
           "we will look at the claim again.", 9.4)
    p.para(f"**State Fair Hearing.** You may ask the Fair Hearings Bureau of the {HCA} for a State Fair Hearing "
           "within 90 days of the date of this notice. You can ask for an expedited hearing if waiting could harm "
           "your health.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=fac,
              appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [mcd], "provider": [doc], "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    patient, doc = people(rng, 2)
    mid = rah_id(rng)
    ad = dt.date(2026, 4, rng.randint(6, 17))
    auth = f"PA{digits(rng, 8)}"
    sup = "Lakeland Mobility & Medical"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Authorization number", auth),
             ("Item", "K0001 Standard wheelchair, purchase"), ("Supplier", sup), ("Ordered by", f"Dr. {doc}"),
             ("Approved for", f"{fdate(plus(ad, 3), 'slash')} - {fdate(plus(ad, 93), 'slash')}")],
            label_w=45, size=9.4)
    p.ln(2)
    p.para("We approved this request. Your supplier will contact you to set up delivery. This approval is not a "
           "promise of payment if you are not a member on the day of delivery.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(plus(ad, 3), plus(ad, 93))], denial_date=ad.isoformat(), provider=sup,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [doc]}))
    dv = plus(ad, rng.randint(8, 14))
    nd = plus(dv, rng.randint(30, 40))
    billed = amount(rng, 380, 620)
    first, second = icn(rng), icn(rng)
    q = DOSheet(footer=None, footer_left=f"Batch {digits(rng, 6)}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "slash")), ("Member", patient), ("Member ID", mid), ("Claim (ICN)", second),
             ("Billing provider", sup), ("Delivered", fdate(dv, "slash")), ("Charge", money(billed))],
            label_w=40, size=9.4)
    q.ln(2)
    q.para(f"This claim is the same bill as claim {first}, which we paid on {fdate(plus(nd, -12), 'slash')} for "
           "the same wheelchair, the same day and the same supplier. We pay a bill only once, so we did not pay "
           "this copy. Nothing is owed by you.", 9.6)
    q.para("You may ask for an appeal within 60 days of the date of this notice. After the appeal you may ask for a "
           "State Fair Hearing within 90 days.", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[second],
                          claim_amount=m2(billed), service_dates=[span(dv)], denial_date=nd.isoformat(), provider=sup,
                          appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "case_numbers": [[second, first]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claim_summary_icn_from_thru_cob_carc22", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_nabd_authorization_number_aide_visits_iso_range", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_spanish_dcn_late_claim", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_inpatient_paid_as_observation_claim_hash", "rotated", [rotated_observation(rng)]),
        Item(F + "lowres_prose_reference_no_mri_no_approval", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_resolution_coverage_ended_range_shape", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_approval_then_duplicate_claim", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None]),
    ]
