"""Notices mirrored (structure and wording style only) from MyCare Ohio, Ohio's program that joins Medicare and
Medicaid benefits for adults with both in one plan (the Ohio Department of Medicaid, its state hearing, Medicare and
its Independent Review Entity, the Medicare Beneficiary Identifier shape, CPT/HCPCS and CARC codes as themselves),
issued by an invented MyCare Ohio plan (Caddowick Health Plan). The plan, its form numbers, every clinic, hospital,
agency, supplier, doctor, care manager, reviewer, member, representative, number and address are invented. The
60-day plan appeal, the 72-hour fast appeal and the 120-day state hearing follow the shape of the published MyCare
Ohio rules; reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_ndmc_form_aide_hours_to_representative: a Notice of Denial of Medical Coverage form on a standard fax,
  mailed to the member's son as authorised representative, boxes with captions above ("Date of notice | Date
  mailed", "Member name | Member ID", two-line captions), refusing more home health aide hours as not needed
  (medical_necessity); planned start date, received date, Medicaid ID, MBI and care manager as decoys.
- faxstd_payment_form_hospital_bed_without_approval: a Notice of Denial of Payment form on a standard fax, a printed
  appeal-by date, billing supplier and ordering physician in separate boxes, a rental month in From / To boxes,
  refused because no one asked for approval (prior_authorization).
- photocopy_member_eob_four_claims_podiatrist_out_of_network: a photocopied member EOB with four claims (From / To
  columns, Medicare paid / Medicaid paid columns, a totals row) whose podiatry claim is refused under CARC 242
  (out_of_network); the others paid.
- phone_es_aviso_dentista_despues_de_fin_de_medicaid: a photographed Spanish notice to the member's wife ("Fecha de
  este aviso" box) on dental work done after Medicaid coverage ended at renewal (eligibility).
- rotated_approval_adult_day_services: an approval of adult day services for a period, fed sideways (denies nothing).
- lowres_letter_to_daughter_rehab_stay_in_words: a 150 dpi letter to a daughter as authorised representative on a
  hospital's inpatient rehabilitation stay told in words ("the stay that began on ... and ended on ...") that a
  skilled nursing facility could have given (level_of_care); the hospital only in a sentence; a printed appeal date.
- scanclean_stack_cover_appeal_decision_lift_chair_then_cob_letter_sideways: a cover sheet, an appeal decision
  keeping the refusal of a seat-lift chair as not a covered benefit (not_covered), then, fed sideways, a letter
  that a retiree plan must pay an eye visit first (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvd import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "mycare_ohio_dual_benefits_notice_of_denial"
LANG = "en"
SEED = 353903
INS = "Caddowick Health Plan"
ALT = ["Caddowick"]
PLAN = "Caddowick MyCare Ohio"
CITIES = [("Dayton", "454"), ("Akron", "443"), ("Toledo", "436"), ("Youngstown", "445"), ("Canton", "447")]


def mid(rng):
    return f"CDW{digits(rng, 9)}"


def mcd(rng):
    return digits(rng, 12)


def clm(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 6)}"


def phone(rng, area="855"):
    return f"{area}-555-{digits(rng, 4)}"


def oh_addr(rng):
    city, z = rng.choice(CITIES)
    return [address(rng)[0], f"{city} OH {z}{rng.randint(10, 99)}"]


def dob(rng):
    return dt.date(rng.randint(1942, 1975), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DVSheet, rng, unit="Member Services"):
    p.logo_head(INS, "CHP", [f"MyCare Ohio  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH "
                             f"43216  |  {phone(rng)} (TTY 711)"], size=13)
    p.rule(2)


def _rights(p: DVSheet, days_text: str, size=7.8):
    p.bar("YOUR RIGHT TO APPEAL", 8.6)
    p.para(f"You may ask us for an appeal {days_text}. Your provider or someone you choose may ask for you. Ask by "
           "phone or in writing. If waiting could seriously harm your health, ask for a fast appeal: we decide a "
           "fast appeal within 72 hours.", size)
    p.para("If we keep our decision for a Medicare service, we send your case to Medicare's Independent Review "
           "Entity ourselves. If we keep our decision for a Medicaid service, you may ask the Ohio Department of "
           "Medicaid for a state hearing within 120 days of the date of our appeal decision.", size)


def faxstd_aide(rng):
    member, son, doc, cm, rev = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(rec, rng.randint(8, 12))
    mailed = plus(nd, 1)
    start = plus(nd, rng.randint(10, 18))
    ref = f"UM{digits(rng, 9)}"
    agency = "Harrowgate Home Health Services"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  CADDOWICK UM  {phone(rng, '614')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL OF MEDICAL COVERAGE", "Form CHP-MCO-ND1 (rev. 10/2025)  -  MyCare Ohio")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date of notice | Date mailed", (fdate(nd, "slash"), fdate(mailed, "slash"))),
              ("Sent to\n(authorized representative)", son), ("Relationship", "Son")], [76, 76, W - 152])
    p.cboxes([("Member name | Member ID", (member, m)), ("Medicaid ID", mcd(rng)),
              ("Medicare number\n(MBI)", mbi(rng))], [100, 42, W - 142])
    p.cboxes([("Reference no.", ref), ("Request\nreceived", fdate(rec, "slash")), ("Date of birth", fdate(dob(rng), "slash")),
              ("Care manager", cm)], [44, 30, 30, W - 104])
    p.cboxes([("Requesting provider", f"Dr. {doc}"), ("Home health agency\n(servicing)", agency),
              ("Planned start", fdate(start, "slash"))], [60, 80, W - 140])
    p.cboxes([("Service asked for", "Home health aide (G0156): 20 hours a week, up from 10 hours a week, "
               "for 90 days")], [W])
    p.ln(2)
    p.checkline([(False, "Approved"), (False, "Partly approved"), (True, "Denied"), (False, "Ended")])
    p.para(f"**Why we said no.** Dr. {doc} asked that your aide hours double. The notes we got show you bathe and "
           "dress with the help your aide gives now, your wound has healed, and your daughter-in-law is home most "
           "afternoons. Nothing in the notes shows a new need that 10 hours a week does not meet, so the extra hours "
           f"are not medically necessary. Your 10 hours a week continue. Reviewed by {rev}, RN, and the plan's "
           "medical director.", 8.6)
    _rights(p, "within 60 days of the date of this notice")
    p.para(f"Questions: Member Services {phone(rng)} (TTY 711), 7 days a week, 8 a.m. to 8 p.m.", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [agency], "service_dates": [[]]})
    return out(p), t


def faxstd_bed(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 9))
    d2 = plus(d1, 30)
    nd = plus(d2, rng.randint(20, 30))
    byd = plus(nd, 60)
    n = clm(rng)
    sup = "Ridgeholt Medical Supply"
    b = amount(rng, 180, 320)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  CHP CLAIMS  {phone(rng, '614')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF DENIAL OF PAYMENT", "CHP-MCO-DP2 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date sent", fdate(nd, "abbr")), ("Member name | Member ID", (member, m)),
              ("Plan", PLAN)], [34, 96, W - 130])
    p.cboxes([("Claim number", n), ("Billed\namount", money(b)), ("Service date\nfrom", fdate(d1, "slash")),
              ("Service date\nto", fdate(d2, "slash")), ("Medicaid ID", mcd(rng))], [44, 28, 30, 30, W - 132])
    p.cboxes([("Billing provider (supplier)", sup), ("Supplier NPI", digits(rng, 10)),
              ("Ordering physician", f"Dr. {doc}")], [76, 36, W - 112])
    p.cboxes([("Item", "E0260 semi-electric hospital bed with mattress, monthly rental (RR)")], [W])
    p.ln(2)
    p.para(f"**What we decided.** We will not pay {sup} for the hospital bed it rented to you for the month shown "
           "above. Under your plan, a hospital bed needs our approval before it is delivered. The supplier did not "
           "ask us, and the claim has no approval number. Because the supplier is in our network, it may not bill "
           "you for this month. If the supplier asks now, we will look at later months.", 8.8)
    p.bar("APPEAL", 8.6)
    p.para(f"Your appeal must reach us by {fdate(byd, 'long')}. Fast appeals are decided within 72 hours. A state "
           "hearing with the Ohio Department of Medicaid may be asked for within 120 days of our appeal decision. "
           f"Call {phone(rng)} (TTY 711).", 8.4)
    p.para(f"{sig}, Claims Resolution", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=sup, appeal_deadline=byd.isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None],
                          "service_dates": [[d1.isoformat()], [d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def photocopy_eob(rng):
    member, pcp, pod, ph, lab = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    base = plus(sd, -rng.randint(40, 55))
    specs = [("Cedarbank Family Medicine", f"Dr. {pcp}", 0, 0, "99214 office visit", 150, 210, None),
             ("Quillan Foot and Ankle Clinic", f"Dr. {pod}", 6, 6, "11721 nail care", 90, 140, "242"),
             ("Mapleview Diagnostic Lab", lab, 9, 9, "80053 lab panel", 40, 70, None),
             ("Cedarbank Family Medicine", f"Dr. {pcp}", 14, 20, "97110 therapy x3", 240, 330, None)]
    rows, tot = [], [0.0, 0.0, 0.0]
    info = None
    for fac, rend, o1, o2, desc, lo, hi, code in specs:
        n = clm(rng)
        a, b = plus(base, o1), plus(base, o2)
        bill = amount(rng, lo, hi)
        if code:
            mc, md = 0.0, 0.0
            info = (n, a, bill, pod, fac)
        else:
            mc = round(bill * 0.55, 2)
            md = round(bill * 0.12, 2)
        tot = [tot[0] + bill, tot[1] + mc, tot[2] + md]
        rows.append([n, fac, rend, fdate(a, "slash"), fdate(b, "slash"), desc, money(bill, "nosign"),
                     money(mc, "nosign"), money(md, "nosign"), "0.00", code or "1"])
    rows.append(["", "", "", "", "", "TOTALS", *[money(round(v, 2), "nosign") for v in tot], "0.00", ""])
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(9, 11, 9)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "CHP-EOB-MC (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date of this\nstatement", fdate(sd, "long")), ("Member name | Member ID", (member, m)),
              ("Medicare number\n(MBI)", mbi(rng)), ("Date of\nbirth", fdate(dob(rng), "slash")),
              ("Plan year", "01/01/2026 - 12/31/2026")], [40, 110, 40, 28, W - 218])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Rendering", "From", "To", "Service", "Billed", "Medicare paid",
             "Medicaid paid", "You owe", "Note"], rows, [28, 47, 38, 18, 18, 29, 18, 18, 18, 14, W - 246],
            size=7.4, aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    n, a, bill, pod_, fac = info
    p.para(f"**Notes.** 1: paid by your plan; as a MyCare Ohio member you owe nothing for covered care. 242: not in "
           f"our network. {fac} and Dr. {pod_} are not in the Caddowick network, and the visit was not an "
           "emergency or approved ahead of time, so we did not pay it. A provider outside the network may not "
           "bill a member who has Medicaid; call us if you get a bill.", 8)
    p.para(f"Questions about the lab? Ask for {ph}, PharmD, on our clinical line. If you disagree with a decision on "
           f"this statement, ask for an appeal within 60 days of the date of this statement. Fast appeals: 72 hours. "
           f"Member Services {phone(rng)} (TTY 711).", 8)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[a.isoformat()], denial_date=sd.isoformat(), provider=pod_,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [fac]})
    return out(p), t


def phone_es(rng):
    member, wife, dds, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 4, 30)
    v = dt.date(2026, 5, rng.randint(6, 22))
    nd = plus(v, rng.randint(24, 34))
    n = clm(rng)
    b1, b2 = amount(rng, 80, 120), amount(rng, 140, 220)
    bill = round(b1 + b2, 2)
    clinic = "Clínica Dental Bellhaven"
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DENEGACIÓN DE PAGO", "CHP-MCO-DP2-S (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Fecha de este aviso", fdate(nd, "slash")), ("Enviado a", f"{wife} (esposa)")], [50, W - 50])
    p.cboxes([("Nombre del miembro | Número de miembro", (member, m)), ("Reclamo", n)], [W - 48, 48])
    p.ln(2)
    p.para(f"Estimada {wife}:", 9.8)
    p.para(f"Le escribimos sobre la visita de su esposo a la {clinic} el {fdate(v, 'long', 'es')}. El Dr. {dds} le "
           f"hizo una limpieza (D1110) y un empaste (D2391). La clínica nos cobró {money(bill)}.", 9.8)
    p.para("No pagamos este reclamo. La cobertura de Medicaid de su esposo terminó el "
           f"{fdate(end, 'long', 'es')}, porque no se completó la renovación anual con el condado. Sin Medicaid, "
           "su esposo no puede seguir en MyCare Ohio, y Medicare no cubre la atención dental de rutina. Si el condado "
           "renueva su Medicaid con fecha anterior a la visita, llámenos y volveremos a revisar el reclamo.", 9.8)
    p.bar("SI NO ESTÁ DE ACUERDO", 9)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas "
           "se deciden en 72 horas. Puede pedir una audiencia estatal al Departamento de Medicaid de Ohio dentro de "
           f"120 días a partir de nuestra decisión de apelación. Llame al {phone(rng)} (TTY 711).", 9.4)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dds, "Bellhaven Dental Clinic"]})
    return out(p), t


def rotated_approval(rng):
    member, cm, doc = people(rng, 3)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 18))
    a = plus(nd, rng.randint(5, 12))
    b = plus(a, 181)
    auth = f"PA{digits(rng, 8)}"
    centre = "Larkspur Commons Adult Day Center"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Care Management")
    p.title_bar("NOTICE OF APPROVAL", "CHP-MCO-AP4")
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Date of this notice", fdate(nd, "long")), ("Member name | Member ID", (member, m))], [50, W - 50])
    p.cboxes([("Authorization no.", auth), ("Approved from", fdate(a, "slash")), ("Approved through", fdate(b, "slash")),
              ("Days a week", "3")], [50, 40, 40, W - 130])
    p.cboxes([("Provider", centre), ("Care manager", cm)], [W * 0.6, W * 0.4])
    p.para(f"Good news. We approved adult day services at {centre}, three days a week, for the dates above, as "
           f"your care manager {cm} and Dr. {doc} asked. The center will call you to set your days. You pay "
           "nothing for these services. If your needs change, call your care manager.", 9.6)
    p.para(f"Member Services {phone(rng)} (TTY 711).", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=centre,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]], "provider": [doc]})
    return out(p), t


def lowres_rehab(rng):
    member, dau, att, sig, rev = people(rng, 5)
    m = mid(rng)
    a = dt.date(2026, 6, rng.randint(1, 8))
    b = plus(a, rng.randint(6, 11))
    nd = plus(b, rng.randint(30, 40))
    byd = plus(nd, 60)
    n = clm(rng)
    bill = amount(rng, 14000, 23000)
    hosp = "Millrace Valley Hospital"
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [dau, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}   Member ID {m}   Claim {n}", 9.8, gap=1)
    p.ln(2)
    p.para(f"Dear {dau}:", 10)
    p.para(f"You are the authorized representative for your mother, {member}. We reviewed the claim from {hosp} for "
           f"her stay in its inpatient rehabilitation unit, the stay that began on {fdate(a, 'long')} and ended on "
           f"{fdate(b, 'long')}, after her hip surgery. The hospital billed {money(bill)}. Dr. {att} was her "
           "doctor there.", 10)
    p.para("We did not pay this claim. An inpatient rehabilitation unit is for people who can take part in three "
           "hours of therapy a day and need a doctor's close care. The notes show your mother took part in about one "
           "hour a day and her medical needs were steady. A skilled nursing facility could have given her the care "
           f"she needed. The hospital may not bill her. This was reviewed by Dr. {rev}, a medical director.", 10)
    p.para(f"If you disagree, your appeal must be received by {fdate(byd, 'long')}. A fast appeal is decided within "
           "72 hours. For Medicaid services, you may ask the Ohio Department of Medicaid for a state hearing within "
           f"120 days of our appeal decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=byd.isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[a.isoformat()], [a.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scanclean_stack(rng):
    member, rep, doc, sig, rev = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    ad = plus(v, rng.randint(70, 90))
    n = clm(rng)
    ap = f"AP{digits(rng, 8)}"
    b = amount(rng, 900, 1400)
    sup = "Ridgeholt Medical Supply"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.title_bar("APPEAL DECISION", "CHP-MCO-AD3 (rev. 10/2025)")
    p.para(fdate(ad, "long"), 10)
    for ln in [rep, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.cboxes([("Member name | Member ID", (member, m)), ("Appeal no.", ap), ("Claim no.", n)], [W - 80, 40, 40])
    p.ln(2)
    p.para(f"Dear {rep}:", 10)
    p.para(f"You appealed for your friend {member} our refusal to pay {sup} {money(b)} for a seat-lift chair "
           f"(E0627) delivered on {fdate(v, 'long')}, which Dr. {doc} ordered. Dr. {rev}, who took no part in the "
           "first decision, reviewed the appeal.", 10)
    p.para("We are keeping our decision. Medicare covers only the lift mechanism of such a chair, and only when the "
           "member can walk once standing; Ohio Medicaid does not cover the chair as furniture. The notes say the "
           "member walks only with help, so neither part of the benefit covers this chair.", 10)
    p.para("Because part of this decision is a Medicare decision, we have sent your case to Medicare's Independent "
           "Review Entity; it will write to you. For the Medicaid part, you may ask the Ohio Department of Medicaid "
           "for a state hearing within 120 days of the date of this decision.", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals and Grievances", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member,
                         cases=[ap, n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=ad.isoformat(),
                         provider=sup, alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[n], [ap]]}))
    member2, ophth, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v2 = dt.date(2026, 7, rng.randint(1, 20))
    nd = plus(v2, rng.randint(25, 35))
    n2 = clm(rng)
    b2 = amount(rng, 160, 260)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Coordination of Benefits")
    q.para(fdate(nd, "long"), 10)
    for ln in [member2, *oh_addr(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Member ID", m2_), ("Claim", n2), ("Other insurance", "Tollway Retirees Health Trust")], label_w=34,
            size=9.6)
    q.para(f"Dear {member2}:", 10)
    q.para(f"Dr. {ophth} of Gullane Eye Associates billed us {money(b2)} for your eye exam on {fdate(v2, 'long')}. "
           "Our records show you also have a retiree health plan from your former employer. That plan must pay "
           "first; we pay after it, and Medicaid pays last. Please ask the practice to bill the retiree plan and "
           "send us its statement.", 10)
    q.para("If you no longer have the retiree plan, call us and we will update our records and look at the claim "
           "again. If you disagree, you may appeal within 60 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd.isoformat(),
                         provider=ophth, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": ["Gullane Eye Associates"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_ndmc_form_aide_hours_to_representative", "fax_standard_g4", [faxstd_aide(rng)]),
        Item(F + "faxstd_payment_form_hospital_bed_without_approval", "fax_standard_g4", [faxstd_bed(rng)]),
        Item(F + "photocopy_member_eob_four_claims_podiatrist_out_of_network", "photocopy", [photocopy_eob(rng)]),
        Item(F + "phone_es_aviso_dentista_despues_de_fin_de_medicaid", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_adult_day_services", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_daughter_rehab_stay_in_words", "scan_lowres_150", [lowres_rehab(rng)]),
        Item(F + "scanclean_stack_cover_appeal_decision_lift_chair_then_cob_letter_sideways", "scan_clean_300",
             scanclean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
