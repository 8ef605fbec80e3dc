"""Notices of action mirrored (structure and plain wording style only) from the papers an Arizona Long Term Care
System (ALTCS) program contractor sends members, their spouses and their representatives. The Arizona Health Care
Cost Containment System (AHCCCS), ALTCS and its Elderly and Physically Disabled (EPD) program, the AHCCCS ID shape
(a letter and eight digits), case managers, attendant care, respite, HCPCS/CPT and CARC codes appear as
themselves; the 60-day appeal, 72-hour expedited appeal, 10-day continuation and 120-day State Fair Hearing limits
are written in that style, not quoted. The program contractor (Velvetleaf Desert Health Plan), every agency,
centre, facility, clinician, case manager, reviewer, member, spouse, representative, number, form and address is
invented.

Documents (8 in 7 files):
- faxstd_noa_form_attendant_care_hours_to_wife: a notice of adverse benefit determination form on a standard fax,
  sent to the member's wife, with two-line captions and boxes of two values ("Date of this notice | Date mailed",
  "Member name | AHCCCS ID", "Planned from | Planned to"): more attendant care hours judged not needed
  (medical_necessity); the current approved period, DOB, received date, case manager and medical director as decoys.
- faxstd_claim_form_adult_day_outside_network_to_representative: a claim notice form on a standard fax to a
  daughter as representative ("Date sent", "Billing provider | Rendering provider", "From | To"): an adult day
  health centre outside the contractor's network (out_of_network); the appeal deadline printed as a date.
- photocopy_statement_four_claims_respite_without_authorization: a photocopied member statement with captioned
  boxes and four claims (Billing / Rendering / From / To columns, a totals row) whose respite stay pays 0.00 under
  CARC 197 (no authorization); the other three are paid decoys.
- phone_es_aviso_estadia_despues_de_fin_de_elegibilidad: a photographed Spanish notice to the member's wife
  ("Fecha de este aviso" box, "Del / Al" boxes, "del 2 al 6 de ..." in words) on nursing facility days after ALTCS
  eligibility ended (eligibility).
- born_digital_approval_assisted_living_to_representative: an approval of assisted living services to a son as
  representative (denies nothing).
- lowres_letter_rehab_stay_nursing_facility_level_to_son: a 150 dpi letter to a son as representative: "the stay
  that began on ... and ended on ..." at a rehabilitation hospital, named only in a sentence, paid as nursing
  facility care is the right setting (level_of_care).
- clean_stack_cover_duplicate_home_health_then_late_claim_sideways: a clean 300 dpi stack of a fax cover sheet, a
  caption-form notice on a home health visit billed twice (other) and, turned sideways, a letter on a nursing
  facility's claim received after the filing limit (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdve import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "arizona_altcs_long_term_care_notice_of_action"
LANG = "en"
SEED = 353904
INS = "Velvetleaf Desert Health Plan"
ALT = ["Velvetleaf Desert", "Velvetleaf Desert Health"]
PROG = "ALTCS EPD"
AGENCY = "Cassowary Home Care Agency"
ADULT_DAY = "Palisandro Adult Day Health Center"
RESPITE = "Wynnbrook Respite Home"
NF = "Corvina Flats Care Center"
REHAB = "Dunlap Wash Rehabilitation Hospital"
ALF = "Ironwood Terrace Assisted Living"
HH = "Quailbrush Home Health Services"
AZ = [("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Flagstaff", "AZ", "860"), ("Prescott", "AZ", "863"),
      ("Yuma", "AZ", "853"), ("Casa Grande", "AZ", "851")]
STREETS = ["E Camino Seco", "W Palo Verde Dr", "N Mesquite Ln", "S Saguaro Trl", "E Ocotillo Rd", "W Cholla St"]


def aid(rng):
    """An AHCCCS ID shape: a letter and eight digits."""
    return rng.choice("ABC") + digits(rng, 8)


def noa(rng):
    return f"NOA-26-{digits(rng, 6)}"


def clm(rng):
    return f"26{digits(rng, 10)}"


def dob(rng, lo=1932, hi=1962):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="602"):
    return f"{area}-555-{digits(rng, 4)}"


def az_addr(rng):
    city, st, z = rng.choice(AZ)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} {st} {z}{rng.randint(10, 99)}"]


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 6.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 3.8, "An ALTCS program contractor serving AHCCCS members", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Phoenix AZ 850{rng.randint(10, 99)}  |  "
                   f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DVSheet, deadline_text: str, size=8.4):
    p.bar("YOUR RIGHT TO APPEAL", 9)
    p.para(deadline_text, size)
    p.para("If waiting could seriously harm your life or health, ask for an expedited appeal; we decide it within "
           "72 hours. If you are appealing a cut or end of a service you now get, and you want it to go on during "
           "the appeal, file within 10 days of the date this notice was mailed. If you disagree with our appeal "
           "decision, you may ask AHCCCS for a State Fair Hearing within 120 days after the date of that decision.",
           size)


def faxstd_noa(rng):
    member, wife, cm, md = people(rng, 4)
    m = aid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    recd = plus(nd, -rng.randint(8, 13))
    d1 = plus(nd, rng.randint(12, 20))
    d2 = dt.date(2026, 9, 30)
    cur1, cur2 = dt.date(2026, 1, 1), plus(d1, -1)
    n = noa(rng)
    W = 180
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  VDHP UM DEPT  {phone(rng)}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Form VD-NOA-1 (rev. 10/2025)  |  ALTCS")
    p.boxes([[("Date of this notice | Date mailed", f"{fdate(nd, 'slash')} | {fdate(plus(nd, 1), 'slash')}", 90),
              ("Notice number", n, 90)],
             [("Sent to\n(spouse of member)", wife, 72), ("Member name | AHCCCS ID", f"{member} | {m}", 108)],
             [("Member date\nof birth", fdate(dob(rng), "slash"), 40), ("Program", PROG, 40),
              ("Case manager", cm, 60), ("Request\nreceived", fdate(recd, "slash"), 40)],
             [("Service requested", "Attendant care (S5125), more weekly hours", 100),
              ("Hours approved now | Hours asked", "22 a week | 38 a week", 80)],
             [("Requesting provider", AGENCY, 100), ("Planned from | Planned to",
                                                      f"{fdate(d1, 'slash')} | {fdate(d2, 'slash')}", 80)]])
    p.checks("Decision", [(False, "Approved"), (False, "Approved in part"), (True, "Denied"), (False, "Reduced")],
             cols=4)
    p.bar("WHY WE MADE THIS DECISION", 9)
    p.para(f"{AGENCY} asked us to raise {member}'s attendant care from 22 to 38 hours a week for the dates in "
           f"the boxes above. Your case manager, {cm}, visited the home and scored the needs assessment. The member "
           "can now move from bed to chair with a grab bar, and a day program covers weekday afternoons. The "
           f"hours approved for {fdate(cur1, 'slash')} - {fdate(cur2, 'slash')} meet the needs the assessment "
           f"found, so more hours are not medically necessary. Reviewed by {md}, MD, Medical Director.", 8.6)
    _rights(p, "You, your spouse or another representative may ask for an appeal within 60 days of the date of "
               "this notice. Call us, write to the address above, or use the form we sent with this notice.")
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(), provider=AGENCY,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [PROG], "service_dates": [[d1.isoformat()]]})
    return out(p), t


def faxstd_oon(rng):
    member, rep, rn, cm = people(rng, 4)
    m = aid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 9))
    d2 = plus(d1, rng.randint(9, 18))
    sd = plus(d2, rng.randint(30, 40))
    by = plus(sd, 60)
    n = clm(rng)
    days = rng.randint(5, 9)
    rate = amount(rng, 70, 95)
    billed = round(days * rate, 2)
    fax = f"{sd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  VELVETLEAF CLAIMS  {phone(rng, '480')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.title_bar("NOTICE OF ACTION - CLAIM", "VD-CLM-4 rev. 12/2025")
    p.boxes([[("Date sent", fdate(sd, "abbr"), 45), ("Sent to\n(member's representative)", rep, 75),
              ("Claim number", n, 60)],
             [("Member name | AHCCCS ID", f"{member} | {m}", 110), ("Program | Member DOB",
                                                                    f"{PROG} | {fdate(dob(rng), 'slash')}", 70)],
             [("Billing provider | Rendering provider", f"{ADULT_DAY} | {rn}, RN", 180)],
             [("Service", f"Adult day health (S5102), {days} days", 75), ("From | To",
                                                                         f"{fdate(d1, 'slash')} | {fdate(d2, 'slash')}", 60),
              ("Amount billed", money(billed), 45)],
             [("Amount paid", "$0.00", 45), ("Your case\nmanager", cm, 75), ("Appeal must\nbe received by",
                                                                             fdate(by, "slash"), 60)]])
    p.bar("WHAT WE DECIDED AND WHY", 9)
    p.para(f"We did not pay this claim. {ADULT_DAY} in Casa Grande has no contract with {INS}, and no one asked us "
           "to approve care there. ALTCS members get adult day health from centers in our network, chosen with the "
           f"case manager in the service plan. Two network centers are within ten miles of the member's home. "
           "Because the center is outside the network and this is not emergency care, the claim is denied. The "
           "center may not bill the member for it.", 8.7)
    _rights(p, "If you disagree, your appeal must reach us by the date in the box above (60 days from the date "
               "sent). You may appeal by phone, by mail or by fax.")
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=sd.isoformat(), provider=ADULT_DAY, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "plan_id": [PROG], "provider": [rn],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def photocopy_statement(rng):
    member, rep, cm, aide, rn, cg, pharm = people(rng, 7)
    m = aid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    n1, n2, n3, n4 = clm(rng), clm(rng), clm(rng), clm(rng)
    a1 = plus(sd, -rng.randint(40, 50))
    a2 = plus(a1, 13)
    h1 = plus(sd, -rng.randint(30, 38))
    r1 = plus(sd, -rng.randint(22, 28))
    r2 = plus(r1, rng.randint(2, 4))
    s1 = plus(sd, -rng.randint(15, 20))
    b1, b2, b3, b4 = amount(rng, 900, 1400), amount(rng, 140, 220), amount(rng, 600, 980), amount(rng, 60, 120)
    p1, p2, p4 = round(b1 * 0.82, 2), round(b2 * 0.8, 2), round(b4 * 0.75, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("MEMBER SERVICES STATEMENT - THIS IS NOT A BILL", "VD-MSS (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Statement date", fdate(sd, "slash"), 38), ("Member name | AHCCCS ID", f"{member} | {m}", 96),
              ("Member\ndate of birth", fdate(dob(rng), "slash"), 34), ("Program", PROG, 28),
              ("Case manager", cm, W - 196)],
             [("Mailed to (representative)", rep, 105), ("Contract year", "10/01/2025 - 09/30/2026", 70),
              ("Respite hours used\nthis contract year", "188 of 600", W - 175)]], size=8.4)

    def row(n, bill, rend, f, t, code, desc, b, paid, rsn):
        return [n, bill, rend, fdate(f, "slash"), fdate(t, "slash"), code, desc, money(b, "nosign"),
                money(paid, "nosign"), rsn]
    rows = [row(n1, AGENCY, aide, a1, a2, "S5125", "Attendant care", b1, p1, "1"),
            row(n2, HH, f"{rn}, RN", h1, h1, "T1030", "Nursing visit", b2, p2, "1"),
            row(n3, RESPITE, cg, r1, r2, "S5151", "Respite, per day", b3, 0.0, "197"),
            row(n4, "Saltbush Medical Supply", pharm, s1, s1, "T4524", "Briefs, 1 box", b4, p4, "1"),
            ["TOTALS", "", "", "", "", "", "", money(b1 + b2 + b3 + b4, "nosign"), money(p1 + p2 + p4, "nosign"), ""]]
    p.table(["Claim no.", "Billing provider", "Rendering", "From", "To", "Code", "Service", "Billed", "Paid", "Note"],
            rows, [30, 52, 34, 20, 20, 14, 30, 20, 20, W - 240], size=7.6,
            aligns=["L"] * 7 + ["R", "R", "C"], bold_last=True)
    p.para(f"**Notes.** 1: paid under your service plan. 197 (CARC 197): no approval on file. Respite care must be "
           f"in the service plan and approved before it starts. Your case manager did not ask for the stay at "
           f"{RESPITE} from {fdate(r1, 'long')} to {fdate(r2, 'long')}, so we did not pay it. The home may not bill "
           f"the member. Ask {cm} to add respite to the plan for future stays. Supplies were checked by {pharm}, "
           "pharmacist.", 8.2)
    p.para("Do you disagree? Ask for an appeal within 60 days of the date of this statement. Expedited appeals: "
           "72 hours. State Fair Hearing: within 120 days after our appeal decision.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n3],
              claim_amount=m2(b3), service_dates=[f"{r1.isoformat()}/{r2.isoformat()}"], denial_date=sd.isoformat(),
              provider=RESPITE, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [PROG], "provider": [cg],
                          "service_dates": [[r1.isoformat(), r2.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, wife, doc, sig = people(rng, 4)
    m = aid(rng)
    end = dt.date(2026, 5, 31)
    d1 = dt.date(2026, 6, 2)
    d2 = dt.date(2026, 6, 6)
    nd = plus(d2, rng.randint(24, 32))
    n = clm(rng)
    rate = amount(rng, 240, 310)
    billed = round(rate * 5, 2)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE ACCIÓN SOBRE UN RECLAMO", "VD-CLM-4S (rev. 12/2025)")
    p.boxes([[("Fecha de este aviso", fdate(nd, "long", "es"), 60), ("Número de reclamo", n, 55),
              ("Enviado a (esposa)", wife, 65)],
             [("Nombre del miembro | Número de AHCCCS", f"{member} | {m}", 115),
              ("Fin de elegibilidad ALTCS", fdate(end, "long", "es"), 65)],
             [("Centro de enfermería", NF, 90), ("Del | Al", "02-jun-2026 | 06-jun-2026", 50),
              ("Cargos", money(billed), 40)]])
    p.para(f"Estimada {wife}:", 9.8)
    p.para(f"Le escribimos sobre la estadía de su esposo en {NF} del 2 al 6 de junio de 2026. El centro nos envió "
           f"un reclamo por {money(billed)}. El Dr. {doc} lo atendió allí.", 9.8)
    p.para("AHCCCS nos informó que la elegibilidad de su esposo para ALTCS terminó el 31 de mayo de 2026. Solo "
           "pagamos servicios prestados mientras el miembro está inscrito con nosotros. Por eso no pagamos estos "
           "días. Si AHCCCS vuelve a aprobar la elegibilidad para esas fechas, envíenos el aviso y revisaremos el "
           "reclamo.", 9.8)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones "
           "urgentes se deciden en 72 horas. Después de nuestra decisión puede pedir una Audiencia Imparcial "
           f"Estatal a AHCCCS dentro de 120 días. Llame al {phone(rng)} (TTY 711).", 9.4)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=NF, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def approval(rng):
    member, son, cm, doc = people(rng, 4)
    m = aid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    d1 = plus(nd, rng.randint(7, 12))
    d2 = dt.date(2026, 12, 31)
    auth = f"AUTH-{digits(rng, 8)}"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [son, *az_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.f(10, "B")
    p.multi_cell(0, 5, f"Re: {member}, AHCCCS ID {m}  -  Notice of approval", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"You asked, as {member}'s representative, for ALTCS to cover assisted living services. We approved the "
           "request. The approval is below.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Authorization number", auth, W / 2), ("Service", "Assisted living, per day (T2031)", W / 2)],
             [("Provider", ALF, W / 2), ("Approved from | Approved through",
                                         f"{fdate(d1, 'slash')} | {fdate(d2, 'slash')}", W / 2)],
             [("Case manager", cm, W / 2), ("Primary care physician", doc, W / 2)]])
    p.para("The member pays a share of cost each month, as AHCCCS figured it; we will send the amount separately. "
           f"Your case manager, {cm}, will review the service plan at least every 90 days.", 10)
    p.para(f"Questions? Call Member Services at {phone(rng)} (TTY 711).", 10)
    p.para("Sincerely,\nMember Services", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(), provider=ALF,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_level(rng):
    member, son, doc, sig, md = people(rng, 5)
    m = aid(rng)
    d1 = dt.date(2026, 6, 2)
    d2 = dt.date(2026, 6, 6)
    nd = plus(d2, rng.randint(30, 40))
    n = clm(rng)
    billed = amount(rng, 14000, 21000)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *az_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}  |  AHCCCS ID {m}  |  Claim {n}  |  06/02/2026 to 06/06/2026", 9.6)
    p.para(f"Dear {son}:", 10)
    p.para(f"You are {member}'s authorized representative, so we are writing to you about the stay that began on "
           f"June 2 and ended on June 6, 2026 at {REHAB}. The hospital billed us {money(billed)} for five days "
           f"of inpatient rehabilitation after Dr. {doc} treated a hip fracture.", 10)
    p.para("We paid these days at the nursing facility rate, not the rehabilitation hospital rate. The therapy "
           "notes show one hour of therapy a day and stable health. Inpatient rehabilitation is for members who "
           "can take at least three hours of therapy a day and need a doctor's care each day. The care given fits "
           "a skilled nursing facility, so that is the level we paid. "
           f"Our medical director, Dr. {md}, reviewed the records.", 10)
    p.para("If you disagree, you may ask for an appeal within 60 days of the date of this letter. You may ask "
           f"for an expedited appeal (72 hours) if waiting could harm the member. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=REHAB, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[d1.isoformat(), d2.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean_stack(rng):
    member, wife, rn, cm = people(rng, 4)
    m = aid(rng)
    v = dt.date(2026, 2, rng.randint(3, 24))
    nd = plus(v, rng.randint(30, 40))
    n, first = clm(rng), clm(rng)
    b = amount(rng, 140, 210)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.title_bar("NOTICE OF ACTION - CLAIM", "VD-CLM-4 rev. 12/2025")
    p.boxes([[("Date of\nthis notice", fdate(nd, "dash"), 40), ("Sent to", f"{wife} (spouse)", 70),
              ("Claim\nnumber", n, 74)],
             [("Member name | AHCCCS ID", f"{member} | {m}", 110), ("Date of service", fdate(v, "dash"), 74)],
             [("Billing provider", HH, 92), ("Visit nurse", f"{rn}, RN", 50), ("Billed", money(b), 42)]])
    p.para(f"We did not pay this claim. {HH} already sent us a claim for the same nursing visit on the same day "
           f"(claim {first}), and we paid that one. A second claim for the same visit is a duplicate. If the agency "
           "made two separate visits that day, it may send the visit notes and we will look again.", 9)
    _rights(p, "You may ask for an appeal within 60 days of the date of this notice.", 8.6)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HH,
                         appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "plan_id": [PROG], "provider": [rn]}))
    member2, rep, doc, sig = people(rng, 4)
    m2_ = aid(rng)
    s1 = dt.date(2026, 1, rng.randint(5, 12))
    s2 = plus(s1, rng.randint(5, 9))
    recd = plus(s2, rng.randint(200, 215))
    nd2 = plus(recd, rng.randint(8, 14))
    by = plus(nd2, 60)
    n2 = clm(rng)
    b2 = amount(rng, 2100, 3200)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _head(q, rng, "Claims Department")
    q.para(fdate(nd2, "long"), 10)
    for ln in [rep, *az_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member", member2), ("AHCCCS ID", m2_), ("Claim", n2), ("Received", fdate(recd, "slash"))],
            label_w=30, size=9.6)
    q.ln(2)
    q.para(f"Dear {rep}:", 10)
    q.para(f"{NF} sent us a claim for {money(b2)} for {member2}'s nursing facility days from "
           f"{fdate(s1, 'long')} through {fdate(s2, 'long')}, when Dr. {doc} was the attending physician. "
           "We received the claim on the date shown above.", 10)
    q.para("Our contract with the facility says a claim must reach us within six months of the last day of "
           "service. This one came later, so we did not pay it. The facility is in our network and may not bill "
           "the member for these days.", 10)
    q.para(f"If you disagree, send your appeal so that we receive it by {fdate(by, 'long')}.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[f"{s1.isoformat()}/{s2.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=NF, appeal_deadline=by.isoformat(),
                         alternates={"insurer": ALT, "provider": [doc],
                                     "service_dates": [[s1.isoformat(), s2.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_noa_form_attendant_care_hours_to_wife", "fax_standard_g4", [faxstd_noa(rng)]),
        Item(F + "faxstd_claim_form_adult_day_outside_network_to_representative", "fax_standard_g4",
             [faxstd_oon(rng)]),
        Item(F + "photocopy_statement_four_claims_respite_without_authorization", "photocopy",
             [photocopy_statement(rng)]),
        Item(F + "phone_es_aviso_estadia_despues_de_fin_de_elegibilidad", "phone_photo", [phone_es(rng)]),
        Item(F + "born_digital_approval_assisted_living_to_representative", "born_digital", [approval(rng)]),
        Item(F + "lowres_letter_rehab_stay_nursing_facility_level_to_son", "scan_lowres_150", [lowres_level(rng)]),
        Item(F + "clean_stack_cover_duplicate_home_health_then_late_claim_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
