"""Notices mirrored (structure and plain wording style only) from the integrated notices a New York Medicaid
Advantage Plus (MAP) plan sends its members, who have Medicare and Medicaid in one plan and need community based
long-term care: the Integrated Coverage Determination Notice, the plan's Integrated Appeal, aid continuing, the
fair hearing at the New York State Department of Health's Integrated Administrative Hearing Office for Medicaid
services, the Independent Review Entity for Medicare services and the Independent Consumer Advocacy Network (ICAN)
appear as themselves, as do the Medicaid CIN shape, the Medicare ID shape, HCPCS/CPT and CARC codes. The plan
(Tappan Hollow Health Plan), every agency, centre, supplier, doctor, care manager, reviewer, member,
representative, number and address are invented; the time limits are written in that style, not quoted.

Documents (8 in 7 files):
- faxstd_icdn_form_personal_care_hours_not_needed: an Integrated Coverage Determination Notice form on a standard
  fax, sent to the member's daughter (authorised representative), boxes with captions above (two-line captions,
  split boxes "Member name | Member ID", "Date of notice | Date mailed"), refusing more personal care hours
  "From" / "To" (medical_necessity); earlier approved period, received date, DOB, Medicare ID as decoys.
- photocopy_icdn_form_adult_day_health_outside_network: a photocopied determination form with captions beside
  boxes, to the member's husband, refusing an adult day health care programme outside the network; the appeal
  date printed ("Ask for your Integrated Appeal by") (out_of_network).
- born_digital_integrated_eob_five_claims_wheelchair_no_approval: a landscape integrated claims summary with
  Medicare / Medicaid paid columns and From / To dates: five claims, the supplier's power wheelchair rental refused
  under CARC 197 (prior_authorization); the ordering physician in a column.
- phone_es_aviso_visitas_despues_de_fin_de_cobertura: a photographed Spanish notice ("Fecha de este aviso" box) to
  a wife on her husband's home health visits after his Medicaid (and so MAP) coverage ended at renewal
  (eligibility).
- rotated_approval_home_physical_therapy: an approval of home physical therapy "from ... through ..." to a son,
  fed sideways (denies nothing).
- lowres_letter_nursing_facility_days_home_with_care_instead: a 150 dpi letter to a son: the stay "that began on
  ... and ended on ..." in words, the last days refused because home with care would do (level_of_care); the
  doctor only in a sentence.
- faxstd_stack_cover_appeal_decision_meals_then_duplicate_podiatry_sideways: a cover sheet, a Notice of Integrated
  Appeal Decision keeping the refusal of home-delivered meals for the member's spouse (not_covered), then, fed
  sideways, a claim notice form refusing a podiatrist's claim sent twice (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvf import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "new_york_medicaid_advantage_plus_notice_of_denial"
LANG = "en"
SEED = 353905
INS = "Tappan Hollow Health Plan"
ALT = ["Tappan Hollow"]
PLAN = "Tappan Hollow Advantage Plus (HMO D-SNP)"
NYS = "New York State Department of Health"


def mid(rng):
    return f"THP{digits(rng, 8)}"


def cin(rng):
    L = "ABCDEFGHJKMNPQRTUVWXYZ"
    return f"{rng.choice(L)}{rng.choice(L)}{digits(rng, 5)}{rng.choice(L)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1934, hi=1960):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DVSheet, rng, unit="Member Services"):
    p.logo_head(INS, "TH", [f"{PLAN}  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Albany NY 12205-"
                            f"{digits(rng, 4)}  |  {phone(rng)}  |  TTY 711"], size=13)


def _rights(p: DVSheet, rng, size=8.0, when="within 60 days of the date of this notice"):
    p.bar("YOUR RIGHTS: INTEGRATED APPEAL", 8.8)
    p.para(f"If you do not agree, you or someone you trust may ask us for an Integrated Appeal {when}. Call us, "
           "write to us or fax the appeal form. If waiting could seriously harm your health, ask for a fast appeal: "
           "we decide it within 72 hours. If we are reducing or stopping a service you now get, you can keep it "
           "during the appeal if you ask within 10 days of the date of this notice or before the change starts, "
           "whichever is later.", size)
    p.para("If we say no on appeal: for Medicaid services you may ask for a fair hearing at the "
           f"{NYS}'s Integrated Administrative Hearing Office within 120 days of our appeal decision; Medicare "
           "services go to the Independent Review Entity on their own. The Independent Consumer Advocacy Network "
           f"(ICAN) can help for free. Tappan Hollow Member Services {phone(rng)} (TTY 711).", size)


def faxstd_hours(rng):
    member, daughter, agency_rn, doc, rev, cm = people(rng, 6)
    agency = "Bramwell Home Care Services"
    m, c = mid(rng), cin(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(nd, -rng.randint(8, 12))
    start = plus(nd, rng.randint(10, 16))
    end = plus(start, 89)
    prev_s, prev_e = plus(start, -182), plus(start, -1)
    case = f"UM-{digits(rng, 4)}-{digits(rng, 6)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TAPPAN HOLLOW UM  {phone(rng, '518')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="TH-ICDN-1 (rev. 08/2025)")
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("INTEGRATED COVERAGE DETERMINATION NOTICE", "Medicaid Advantage Plus - services reviewed under "
                "Medicare and Medicaid rules")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Date of notice | Date mailed", [fdate(nd, "slash"), fdate(plus(nd, 1), "slash")]),
             ("Sent to (authorised\nrepresentative)", daughter), ("Relationship\nto member", "Daughter")],
            [66, 76, W - 142])
    p.boxes([("Member name | Member ID", [member, m]), ("Medicaid\nCIN", c), ("Medicare ID", mbi(rng)),
             ("Date of\nbirth", fdate(dob(rng), "slash"))], [88, 28, 36, W - 152])
    p.boxes([("Case number", case), ("Request\nreceived", fdate(rec, "slash")),
             ("Service requested", "Personal care aide (T1019), 42 hours a week")], [48, 28, W - 76])
    p.boxes([("Requested by (agency)", agency), ("Agency nurse", agency_rn), ("Member's doctor", f"Dr. {doc}")],
            [70, 56, W - 126])
    p.boxes([("Requested period\nFrom", fdate(start, "slash")), ("\nTo", fdate(end, "slash")),
             ("Approved now\n(no change)", "24 hours a week"),
             ("Earlier approved\nperiod", f"{fdate(prev_s, 'slash')} - {fdate(prev_e, 'slash')}")],
            [36, 36, 40, W - 112])
    p.ln(3)
    p.bar("WHAT WE DECIDED", 8.8)
    p.para(f"**We said no to the added hours.** {agency} asked us to raise {member}'s personal care from 24 to 42 "
           "hours a week for the period in the boxes above. Our nurse visited on the request date and used the "
           "state's assessment. Your mother can stand and move with a walker, eats on her own once meals are set "
           "up, and has no new needs since the last assessment. The 24 hours already approved cover bathing, "
           "dressing, meal set-up and housework. The added 18 hours a week are not medically necessary for her "
           "now. The 24 hours continue without change.", 8.7)
    p.para(f"Reviewed by Dr. {rev}, medical director. Your care manager is {cm}, {phone(rng, '518')}.", 8.4)
    _rights(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[case], service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(),
              provider=agency, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "provider": [doc],
                          "service_dates": [[start.isoformat(), end.isoformat()], []],
                          "denial_date": [plus(nd, 1).isoformat()]})
    return out(p), t


def photocopy_adhc(rng):
    member, husband, doc, rev, cm = people(rng, 5)
    centre = "Wallkill Terrace Adult Day Health Center"
    m, c = mid(rng), cin(rng)
    nd = dt.date(2026, 4, rng.randint(3, 24))
    start = plus(nd, rng.randint(7, 14))
    case = f"UM-{digits(rng, 4)}-{digits(rng, 6)}"
    by = plus(nd, 60)
    p = DVSheet(footer="Page {n} of {nb}", footer_left="TH-ICDN-2 (rev. 08/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Care Management")
    p.title_bar("INTEGRATED COVERAGE DETERMINATION NOTICE", "Keep this notice. It tells you how to appeal.")
    for ln in [husband, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "abbr")), ("MEMBER ID", m)],
              [("MEMBER", member), ("CIN", c)],
              [("CASE NO.", case), ("START ASKED", fdate(start, "slash"))],
              [("PROGRAM", centre), ("REFERRED BY", f"Dr. {doc}")],
              [("CARE MGR.", cm), ("APPEAL BY", fdate(by, "slash"))]], cap_w=26, cap=5.6)
    p.para(f"Dear {husband}:", 9.4)
    p.para(f"Dr. {doc} referred your wife, {member}, to the adult day health care program at {centre}, three days "
           f"a week starting on or about {fdate(start, 'long')}. **We said no.** That program does not have a "
           "contract with Tappan Hollow, so it is outside our network. Two programs in our network offer the same "
           "nursing, therapy and meals within ten miles of your home; your care manager can set up a visit to "
           "either one. If neither can meet her needs, ask your care manager to request an exception.", 9.2)
    p.para(f"Reviewed by {rev}, RN, for the medical director.", 8.8)
    p.bar("HOW TO APPEAL", 8.8)
    p.para(f"Ask for your Integrated Appeal by {fdate(by, 'long')}. A fast appeal is decided within 72 hours. "
           f"After our appeal decision you may ask the {NYS}'s Integrated Administrative Hearing Office for a fair "
           f"hearing within 120 days. ICAN can help you for free. Member Services {phone(rng)} (TTY 711).", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[case], service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=centre,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "provider": [doc],
                          "service_dates": [[]]})
    return out(p), t


def born_eob(rng):
    member, pcp, pod, orth, rt = people(rng, 5)
    m, c = mid(rng), cin(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    supplier = "Ridgeway Mobility Supply"
    lab, hh = "Kinderhook Clinical Laboratory", "Bramwell Home Care Services"
    d1 = plus(sd, -rng.randint(40, 50))
    d2 = plus(d1, 2)
    hh_s, hh_e = plus(sd, -60), plus(sd, -31)
    wc_s = plus(sd, -45)
    wc_e = plus(wc_s, 29)
    d5 = plus(sd, -rng.randint(20, 28))
    cl = [digits(rng, 12) for _ in range(5)]
    b = [amount(rng, 140, 220), amount(rng, 60, 140), amount(rng, 1800, 2600), amount(rng, 900, 1400),
         amount(rng, 90, 160)]
    p = DVSheet(footer="Page {n} of {nb}", footer_left="TH-EOB-5 (rev. 01/2026)")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Claims")
    p.title_bar("YOUR INTEGRATED CLAIMS SUMMARY - THIS IS NOT A BILL", "Medicare and Medicaid benefits paid "
                "together by your Medicaid Advantage Plus plan")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Member name | Member ID", [member, m]), ("Medicaid\nCIN", c), ("Statement\ndate", fdate(sd, "long")),
             ("Period\ncovered", f"{fdate(plus(sd, -90), 'slash')} - {fdate(plus(sd, -7), 'slash')}"),
             ("Plan year", "01/01/2026 - 12/31/2026")], [88, 30, 42, 50, W - 210])
    p.ln(3)

    def row(n, who, ordby, f, to, svc, bill, paid):
        mc = round(bill * 0.45, 2) if paid else 0.0
        md = round(bill * 0.12, 2) if paid else 0.0
        return [n, who, ordby, fdate(f, "slash"), fdate(to, "slash"), svc, money(bill, "nosign"),
                money(mc, "nosign"), money(md, "nosign"), "0.00", "A1" if paid else "197"]
    rows = [row(cl[0], f"Dr. {pcp}", "", d1, d1, "99214 Office visit", b[0], True),
            row(cl[1], lab, f"Dr. {pcp}", d2, d2, "80053 Blood panel", b[1], True),
            row(cl[2], hh, f"Dr. {pcp}", hh_s, hh_e, "G0156 Home health aide", b[2], True),
            row(cl[3], supplier, f"Dr. {orth}", wc_s, wc_e, "K0823 Power wheelchair, rental", b[3], False),
            row(cl[4], f"Dr. {pod}", "", d5, d5, "11721 Nail care", b[4], True)]
    tb = sum(b)
    pm = sum(round(x * 0.45, 2) for i, x in enumerate(b) if i != 3)
    pd = sum(round(x * 0.12, 2) for i, x in enumerate(b) if i != 3)
    rows.append(["TOTALS", "", "", "", "", "", money(tb, "nosign"), money(pm, "nosign"), money(pd, "nosign"),
                 "0.00", ""])
    p.table(["Claim number", "Billing provider", "Ordering physician", "From", "To", "Service",
             "Amount billed", "Medicare part paid", "Medicaid part paid", "You owe", "Note"], rows,
            [28, 40, 32, 18, 18, 38, 20, 20, 20, 13, 10.4], size=7.4, aligns=["L"] * 6 + ["R"] * 4 + ["C"],
            bold_last=True)
    p.para("**Notes.** A1: paid under your plan; as a member with Medicare and Medicaid you owe nothing for covered "
           f"services. 197: not paid. {supplier} started a power wheelchair rental ordered by Dr. {orth}. A power "
           "wheelchair needs our approval before it is delivered, and no one asked for it. The supplier may not bill "
           "you. If the chair is needed, Dr. " + orth + " or the supplier can ask for approval now.", 8.2)
    p.para(f"Rental set up by {rt}, ATP, at the supplier. Integrated Appeal: within 60 days of the date of this "
           "statement. Fast appeals: 72 hours. Fair hearing at the Integrated Administrative Hearing Office: within "
           f"120 days of our appeal decision. Member Services {phone(rng)} (TTY 711).", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[cl[3]], claim_amount=m2(b[3]), service_dates=[f"{wc_s.isoformat()}/{wc_e.isoformat()}"],
              denial_date=sd.isoformat(), provider=supplier, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "provider": [orth],
                          "service_dates": [[wc_s.isoformat(), wc_e.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, wife, nurse, sig = people(rng, 4)
    agency = "Esopus Valley Home Health Agency"
    m, c = mid(rng), cin(rng)
    end_cov = dt.date(2026, 2, 28)
    v1, v2 = dt.date(2026, 3, rng.randint(3, 8)), dt.date(2026, 3, rng.randint(12, 20))
    nd = plus(v2, rng.randint(25, 35))
    n = digits(rng, 12)
    bill = amount(rng, 280, 420)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DETERMINACIÓN DE COBERTURA INTEGRADA", "Medicaid Advantage Plus")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Fecha de este\naviso", fdate(nd, "long", "es")), ("Enviado a", wife), ("Relación", "Esposa")],
            [54, 80, W - 134])
    p.boxes([("Nombre del miembro | Número de miembro", [member, m]), ("CIN de\nMedicaid", c),
             ("Número de\nreclamo", n)], [92, 34, W - 126])
    p.ln(3)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"{agency} nos envió un reclamo de {money(bill)} por dos visitas de enfermería a su esposo, {member}, el "
           f"{fdate(v1, 'long', 'es')} y el {fdate(v2, 'long', 'es')}. La enfermera fue {nurse}, RN.", 10)
    p.para(f"**No pagamos este reclamo.** La cobertura de Medicaid de su esposo terminó el "
           f"{fdate(end_cov, 'long', 'es')} porque no se completó su renovación. Sin Medicaid, no puede seguir en "
           "nuestro plan Medicaid Advantage Plus, y su inscripción terminó el mismo día. Las visitas fueron "
           "después. Si renueva su Medicaid, llame a su departamento de servicios sociales local; la cobertura "
           "puede volver a contar desde esas fechas.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede pedir una Apelación Integrada dentro de 60 días a partir de la fecha de este aviso. Una apelación "
           "rápida se decide en 72 horas. Después puede pedir una audiencia imparcial a la Oficina Integrada de "
           f"Audiencias Administrativas del Departamento de Salud del Estado de Nueva York dentro de 120 días. "
           f"Llame al {phone(rng)} (TTY 711).", 9.4)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=agency, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "provider": [nurse]})
    return out(p), t


def rotated_approval(rng):
    member, son, pt, doc, cm = people(rng, 5)
    agency = "Catskill Hearth Home Therapy"
    m, c = mid(rng), cin(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    s = plus(nd, rng.randint(5, 10))
    e = plus(s, 55)
    pa = f"PA-{digits(rng, 9)}"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Care Management")
    p.title_bar("INTEGRATED COVERAGE DETERMINATION NOTICE - APPROVAL")
    p.addr_pair("To", [son, *address(rng)], "About (member)", [member, f"Member ID {m}", f"CIN {c}"])
    p.boxes([("Date of this notice", fdate(nd, "long")), ("Approval no.", pa), ("Care manager", cm)])
    p.para(f"Dear {son}:", 10)
    p.para(f"**We approved** the home physical therapy Dr. {doc} asked for your father: two visits a week by "
           f"{pt}, PT, of {agency}, from {fdate(s, 'long')} through {fdate(e, 'long')}. You do not need to do "
           "anything. If more visits are needed after that, the agency can ask us again before the last visit.",
           10)
    p.para(f"Questions: Member Services {phone(rng)} (TTY 711).", 9.6)
    t = truth("other", None, insurer=INS, plan_id=PLAN, member_id=m, member_name=member, cases=[pa],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=agency,
              alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "provider": [doc, pt],
                          "case_numbers": [[]], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_nf(rng):
    member, son, doc, rev, sig = people(rng, 5)
    nf = "Schoharie Crossing Nursing and Rehabilitation Center"
    m = mid(rng)
    s = dt.date(2026, 3, rng.randint(2, 9))
    cut = plus(s, rng.randint(8, 11))
    e = plus(cut, rng.randint(4, 6))
    nd = plus(e, rng.randint(20, 30))
    n = digits(rng, 12)
    days = (e - cut).days
    bill = round(days * rng.choice([515.0, 548.5, 590.25]), 2)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}   Member ID {m}   Claim {n}", 10)
    p.para(f"Dear {son}:", 10)
    p.para(f"Your mother had a rehabilitation stay at {nf} that began on {fdate(s, 'long')} and ended on "
           f"{fdate(e, 'long')}. Dr. {doc}, who cared for her there, told us she needed to stay until the end. We "
           f"paid the days through {fdate(plus(cut, -1), 'long')}. The facility's claim for the {days} days from "
           f"{fdate(cut, 'long')} through {fdate(plus(e, -1), 'long')} was {money(bill)}, and we did not pay it.",
           10)
    p.para("By then she walked the length of the hall with her walker and managed the stairs with one person "
           "nearby. The therapy she still needed could be given at home, with her aide hours, by a home therapy "
           "agency. A nursing facility was more care than she needed; home with care was the right setting for "
           f"those days. Dr. {rev}, our medical director, made this decision.", 10)
    p.para("You may ask for an Integrated Appeal within 60 days of the date of this letter. A fast appeal is "
           "decided within 72 hours. A fair hearing at the Integrated Administrative Hearing Office may be asked "
           f"within 120 days of our appeal decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[f"{cut.isoformat()}/{plus(e, -1).isoformat()}"],
              denial_date=nd.isoformat(), provider=nf, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc],
                          "service_dates": [[f"{s.isoformat()}/{e.isoformat()}"],
                                            [cut.isoformat(), plus(e, -1).isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def stack(rng):
    member, wife, rev, sig, cm = people(rng, 5)
    meals = "Hudson Table Home Meals"
    m, c = mid(rng), cin(rng)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    orig = plus(nd, -rng.randint(25, 35))
    ap = f"IA-{digits(rng, 7)}"
    oc = f"UM-{digits(rng, 4)}-{digits(rng, 6)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  TAPPAN HOLLOW APPEALS  {phone(rng, '518')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="TH-NIAD-3 (rev. 08/2025)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.title_bar("NOTICE OF INTEGRATED APPEAL DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Date of this\nnotice", fdate(nd, "slash")), ("Appeal\nnumber", ap), ("Original case\nnumber", oc),
             ("Original notice\ndate", fdate(orig, "slash"))], [36, 40, 52, W - 128])
    p.boxes([("Member name | Member ID", [member, m]), ("Medicaid CIN", c)], [110, W - 110])
    p.ln(3)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"You appealed our decision not to add a second daily meal from {meals} for your wife, {wife}, who "
           "lives with you. **We looked at your appeal again and our answer is still no.** Your plan provides "
           "home-delivered meals for you, the member; it cannot pay for meals for another person in the home, even "
           "a spouse who cares for you. Your own daily meal continues.", 9.6)
    p.para(f"The appeal was decided by Dr. {rev}, a doctor who did not make the first decision. Your care manager, "
           f"{cm}, can help you look for community meal programs for your wife.", 9.4)
    p.bar("WHAT YOU CAN DO NOW", 8.8)
    p.para(f"This is a Medicaid service. You may ask for a fair hearing at the {NYS}'s Integrated Administrative "
           "Hearing Office within 120 days of the date of this notice. ICAN can help for free. "
           f"Member Services {phone(rng)} (TTY 711).", 9)
    d1 = (out(p), truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
                        cases=[ap, oc], denial_date=nd.isoformat(), provider=meals, appeal_deadline=None,
                        alternates={"insurer": ALT, "member_id": [c], "plan_id": [None], "case_numbers": [[ap], [oc]]}))
    member2, pod = people(rng, 2)
    m2_ = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v, rng.randint(30, 40))
    first, dup = digits(rng, 12), digits(rng, 12)
    b = amount(rng, 80, 150)
    q = DVSheet(footer="Page {n} of {nb}", footer_left="TH-CN-4 (rev. 08/2025)")
    q.set_margins(14, 12, 14)
    q.add_page()
    _head(q, rng, "Claims")
    q.title_bar("CLAIM NOTICE - INTEGRATED")
    W = q.w - q.l_margin - q.r_margin
    q.boxes([("Date sent", fdate(nd2, "abbr")), ("Member name | Member ID", [member2, m2_]),
             ("Date of\nservice", fdate(v, "slash"))], [34, 100, W - 134])
    q.boxes([("Claim number (this claim)", dup), ("Rendering provider", f"Dr. {pod}, DPM"),
             ("Amount\nbilled", money(b))], [56, 80, W - 136])
    q.ln(3)
    q.para(f"**Not paid: CARC 18 (duplicate).** Dr. {pod} sent us this claim for the foot care visit on "
           f"{fdate(v, 'long')}. We had already received and paid the same visit on claim {first}. This second "
           "claim is a copy, so we closed it. You do not owe anything for it.", 9.4)
    q.para("If you think this is wrong, you may ask for an Integrated Appeal within 60 days of the date of this "
           f"notice. Member Services {phone(rng)} (TTY 711).", 9.2)
    d2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[dup],
                        claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                        provider=pod, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT}, type_alternates=["eob"]))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_icdn_form_personal_care_hours_not_needed", "fax_standard_g4", [faxstd_hours(rng)]),
        Item(F + "photocopy_icdn_form_adult_day_health_outside_network", "photocopy", [photocopy_adhc(rng)]),
        Item(F + "born_digital_integrated_eob_five_claims_wheelchair_no_approval", "born_digital", [born_eob(rng)]),
        Item(F + "phone_es_aviso_visitas_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_home_physical_therapy", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_nursing_facility_days_home_with_care_instead", "scan_lowres_150", [lowres_nf(rng)]),
        Item(F + "faxstd_stack_cover_appeal_decision_meals_then_duplicate_podiatry_sideways", "fax_standard_g4",
             stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
