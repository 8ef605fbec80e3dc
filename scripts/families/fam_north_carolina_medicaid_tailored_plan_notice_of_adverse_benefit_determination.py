"""North Carolina Medicaid Tailored Plan notices (structure and plain wording style only) from an invented Tailored
Plan (Brindlewood Trace Health Plan), every paper addressed to the member's legal guardian. NC Medicaid, the NC
Department of Health and Human Services (NC DHHS), Tailored Plans, the NC Innovations Waiver, the NC Medicaid
Ombudsman, the Office of Administrative Hearings' State Fair Hearing, HCPCS codes and CARC 242 appear as
themselves; the 60-day appeal, 72-hour fast appeal, 10-day continuation and 120-day hearing limits are written in
that style, not quoted. The plan, every provider, guardian, member, number, form and address is invented.

Documents (8 in 7 files):
- bd_three_page_noabd_community_living_hours_to_guardian: a born-digital three-page notice to a guardian: page 1
  the letter, page 2 "About the request" (request number, service, From / To, provider, hours asked and approved),
  page 3 "Your rights", an appeal request form printing example values, taglines (medical_necessity, partial).
- faxstd_noabd_form_prtf_instead_of_intensive_in_home: a two-page numbered-caption form on a standard fax refusing
  a youth psychiatric residential treatment stay because intensive in-home services can meet the needs
  (level_of_care); page 2 nondiscrimination notice and taglines.
- photocopy_two_page_claims_summary_respite_provider_not_in_network: a photocopied claims summary of four claims
  (one a row) whose respite claim pays 0.00 under CARC 242 (out_of_network); page 2 the code legend and rights.
- phone_es_two_page_aviso_cobertura_terminada: a photographed two-page Spanish notice on peer support services
  after Medicaid ended (eligibility); dates written day first where the paper says so.
- rotated_two_page_approval_supported_employment: an approval of supported employment hours fed sideways (denies
  nothing).
- lowres_appeal_resolution_respite_before_approval: a 150 dpi notice of appeal resolution keeping the refusal of
  respite days given before the plan approved them (prior_authorization); only the State Fair Hearing remains.
- clean_stack_cover_noabd_equine_therapy_then_spanish_medicare_first_upside_down: a cover sheet, a notice refusing
  horseback riding therapy as not a covered service (not_covered), then upside down a Spanish claim letter: Medicare
  must pay first (other), the amount written "US$ 1.234,50".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxf import XFSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "north_carolina_medicaid_tailored_plan_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354305
INS = "Brindlewood Trace Health Plan"
ALT = ["Brindlewood Trace"]
ORG_ADDR = "PO Box 4410, Morganton NC 28680"


def mid(rng):
    """NC Medicaid ID shape: nine digits and a letter."""
    return digits(rng, 9) + rng.choice("KLMNPRSTW")


def auth(rng):
    return f"BT-UM-{digits(rng, 7)}"


def clm(rng):
    return f"26{digits(rng, 11)}"


def phone(rng, area="866"):
    return f"1-{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1970, hi=2012):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: XFSheet, rng, title: str | None = None, es: bool = False):
    p.logo_head(INS, "BT", [("NC Medicaid Tailored Plan" if not es else "Plan Tailored de NC Medicaid")
                            + f"  |  {ORG_ADDR}  |  "
                            + ("Member Services" if not es else "Servicios para Miembros") + f" {phone(rng)}"
                            + "  |  TTY 711", ("Behavioral Health Crisis Line" if not es else
                                               "Línea de crisis de salud conductual") + f" {phone(rng, '877')}"],
                box=None, size=13)
    if title:
        p.title_bar(title)


def _rights(p: XFSheet, rng, nd):
    p.bar("YOUR RIGHTS")
    p.para("**Appeal.** You, or the member's guardian or someone you choose in writing, may ask us for an appeal. "
           "You must ask within 60 days from the date of this notice. You may ask by phone or in writing. If you "
           "call, we will help you fill in the form.", 8.6)
    p.para("**Fast appeal.** If waiting could seriously harm the member's health, ask for a fast (expedited) appeal. "
           "We decide fast appeals within 72 hours.", 8.6)
    p.para("**Keep services during the appeal.** If this notice stops or reduces a service the member now gets, ask "
           "within 10 days of the date this notice was mailed to keep it during the appeal.", 8.6)
    p.para("**State Fair Hearing.** If you disagree with our appeal decision, you may ask for a State Fair Hearing "
           "with the NC Office of Administrative Hearings within 120 days of the appeal decision.", 8.6)
    p.para(f"**Free help.** The NC Medicaid Ombudsman can help you understand your rights: {phone(rng, '877')}. "
           f"NC Medicaid Contact Center: {phone(rng, '888')}.", 8.6)


def _form(p: XFSheet):
    p.example_form("APPEAL REQUEST FORM (Form BT-APL-1)", [
        ("Member name", "Example: Jordan A. Sample"), ("Medicaid ID", "Example: 900000000Z"),
        ("Notice date", "Example: 01/15/2026"), ("Request or claim number", "Example: BT-UM-0000000"),
        ("Why do you disagree?", "Example: The member still needs the service to stay safe at home.")],
        "How to fill in this form: the grey entries below are examples only. Write your own information. Mail to "
        f"Appeals, {INS}, {ORG_ADDR}.")


def bd_three_page(rng):
    member, guardian, cm, md, staff = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(nd, -rng.randint(8, 13))
    start = plus(nd, rng.randint(14, 20))
    end = plus(start, 181)
    a = auth(rng)
    prov = "Harrowgate Community Supports"
    p = XFSheet(footer="Page {n} of {nb}", footer_left="BT-NOABD-2 (01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, "Legal Guardian of " + member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Adverse Benefit Determination")
    p.para(f"Dear {guardian}:", 10)
    p.para(f"You are the legal guardian of {member}. {prov} asked us to approve Community Living and Supports under "
           "the NC Innovations Waiver. We approved part of the request and denied part of it. The details of the "
           "request are on page 2.", 10)
    p.bar("WHY WE MADE THIS DECISION")
    p.para(f"{member} now has 20 hours a week. The agency asked for 32 hours a week. We read the Individual Support "
           "Plan, the latest assessment and the agency's notes. They show that the member dresses, eats and takes "
           "medicine with reminders, and spends weekday mornings at a day program. The extra 12 hours a week would "
           "cover times when the member is at the day program or already has help from family. The records do not "
           "show a need for more than 20 hours a week, so we did not approve the extra hours.", 10)
    p.para(f"The decision was made by {md}, MD, Medical Director. Your care manager is {cm}; call "
           f"{phone(rng)} with questions.", 10)
    p.para("You have the right to appeal. Read the enclosed page \"Your rights\". If you appeal, you must do so "
           "within 60 days from the date of this notice.", 10)
    p.para(f"Sincerely,\n{staff}\nUtilization Management\n{INS}", 10)
    p.para(f"cc: {prov}, Provider Relations", 8.4)
    p.add_page()
    _head(p, rng)
    p.heading("About the request", rule=True)
    p.boxed_pairs([("Member", member), ("Medicaid ID", m), ("Date of birth", fdate(dob(rng, 1984, 2004), "slash")),
                   ("Request number", a), ("Date we got the request", fdate(rec, "slash")),
                   ("Service", "Community Living and Supports (T2013 HI)"), ("Requested by", prov),
                   ("Provider NPI", digits(rng, 10)),
                   ("Service period", f"From {fdate(start, 'slash')} To {fdate(end, 'slash')}"),
                   ("Hours asked for", "32 hours a week"), ("Hours approved", "20 hours a week"),
                   ("Hours denied", "12 hours a week")], label_w=60)
    p.para("Rules we used: NC Innovations Waiver, Community Living and Supports service definition; NC Medicaid "
           "Clinical Coverage Policy for the Innovations Waiver; the member's Individual Support Plan.", 8.8)
    p.add_page()
    _head(p, rng)
    _rights(p, rng, nd)
    _form(p)
    p.tagline_block([phone(rng)])
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[a],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[start.isoformat()], [start.isoformat(), end.isoformat()]]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


def faxstd_prtf(rng):
    member, guardian, md, cm, psy = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(3, 24))
    rec = plus(nd, -rng.randint(2, 3))
    planned = plus(nd, rng.randint(3, 6))
    a = auth(rng)
    prtf = "Foxmoor Youth Treatment Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  BRINDLEWOOD TRACE UM  {phone(rng, '828')}  P.{{n}}"
    p = XFSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="BT-NOABD-5 (rev. 10/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "NOTICE OF ADVERSE BENEFIT DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF THIS NOTICE", fdate(nd, "slash")), ("2. SENT TO (GUARDIAN)", guardian),
                 ("3. RELATIONSHIP", "Legal guardian")], [44, 80, W - 124])
    p.form_band([("4. MEMBER NAME", member), ("5. MEDICAID ID", m), ("6. DATE OF BIRTH",
                                                                      fdate(dob(rng, 2009, 2013), "slash"))],
                [70, 50, W - 120])
    p.form_band([("7. REQUEST NO.", a), ("8. REQUEST RECEIVED", fdate(rec, "slash")),
                 ("9. PLANNED ADMISSION", fdate(planned, "slash"))], [60, 50, W - 110])
    p.form_band([("10. SERVICE", "Psychiatric Residential Treatment Facility (PRTF)"),
                 ("11. REQUESTING PROVIDER", prtf)], [100, W - 100])
    p.form_band([("12. DECISION", "DENIED"), ("13. REVIEWER", f"{md}, MD"), ("14. CARE MANAGER", cm)],
                [40, 70, W - 110])
    p.ln(3)
    p.bar("15. WHY WE MADE THIS DECISION")
    p.para(f"{prtf} asked to admit {member} for residential treatment. The psychiatric evaluation by {psy}, "
           "PhD, and the school records show a youth who has had no self-harm in the past 60 days, has not run "
           "away, and lives at home with support. Residential treatment is for youth who cannot be kept safe in "
           "the community. The member's needs can be met at home with Intensive In-Home Services and a crisis "
           "plan, which we can approve right away. For that reason we did not approve the residential stay.", 9)
    p.bar("16. WHAT YOU CAN DO")
    p.para("Appeal within 60 days from the date of this notice. Fast appeal: decided within 72 hours. To keep a "
           "current service during the appeal, ask within 10 days. State Fair Hearing: within 120 days of our "
           "appeal decision. Call Member Services or write to the address above.", 8.8)
    p.para(f"cc: {prtf}", 8.4)
    p.add_page()
    p.nondiscrimination(INS, "Loretta K. Ambrose", phone(rng, '828'), f"Civil Rights Coordinator, {ORG_ADDR}",
                        "civilrights@example.org")
    p.tagline_block([phone(rng)])
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[a],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=prtf,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_summary(rng):
    member, guardian, ther, psy, resp = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    specs = [("Nightfall Ridge Counseling", psy, "90837", "Psychotherapy, 60 min", 150, 190, False),
             ("Sparrowgate Therapy Group", ther, "97530", "Therapeutic activities", 90, 130, False),
             ("Lanternbrook Respite Homes", resp, "T1005", "Respite care, 24 units", 380, 520, True),
             ("Nightfall Ridge Counseling", psy, "90834", "Psychotherapy, 45 min", 110, 140, False)]
    rows, den = [], None
    for prov, who, code, desc, lo, hi, d_ in specs:
        d = plus(sd, -rng.randint(20, 45))
        n = clm(rng)
        b = amount(rng, lo, hi)
        paid = 0.0 if d_ else round(b * 0.7, 2)
        rows.append([n, fdate(d, "slash"), prov, code, desc, money(b, "nosign"), money(paid, "nosign"),
                     "242" if d_ else "1"])
        if d_:
            den = (prov, who, n, d, b)
    p = XFSheet(footer="Page {n} of {nb}", footer_left="BT-MCS-3")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "MEMBER CLAIMS SUMMARY")
    for ln in [guardian, f"Guardian of {member}", *address(rng)]:
        p.line(ln, 9.4)
    p.ln(2)
    p.grid([[("SUMMARY DATE", fdate(sd, "abbr")), ("MEMBER", member), ("MEDICAID ID", m)],
            [("CLAIMS PROCESSED", f"{fdate(plus(sd, -30), 'slash')} - {fdate(plus(sd, -1), 'slash')}"),
             ("CARE MANAGER", people(rng, 1)[0]), ("PAGE", "1 of 2")]], size=8.6)
    p.table(["CLAIM NO.", "SERVICE DATE", "PROVIDER", "CODE", "SERVICE", "BILLED", "PLAN PAID", "CODE"],
            rows, [30, 20, 44, 12, 36, 16, 15, 14.9], size=7.6, aligns=["L"] * 5 + ["R", "R", "C"])
    p.para("This is not a bill. Medicaid members do not pay for covered services. A provider may not bill "
           "the member for a claim we did not pay because of code 242. See page 2 for the codes and your rights.",
           8.8)
    p.add_page()
    _head(p, rng)
    prov, who, n, d, b = den
    p.bar("WHAT THE CODES MEAN")
    p.para("1: Paid under the member's Tailored Plan benefits.", 8.8)
    p.para(f"242: Services not provided by network or primary care providers. {prov} ({who}, respite worker) is not "
           f"in our network and did not get our approval to serve {member} as an out-of-network provider. We paid "
           "nothing for this claim. In-network respite providers are listed in our Provider Directory.", 8.8)
    _rights(p, rng, sd)
    p.para("Appeals about a claim on this summary: within 60 days from the date of this summary.", 8.6)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=prov,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [who]})
    return out(p), t


def phone_es(rng):
    member, guardian, peer, staff = people(rng, 4)
    m = mid(rng)
    end_cov = dt.date(2026, 2, 28)
    nd = dt.date(2026, 3, rng.randint(9, 24))
    start = plus(end_cov, rng.randint(3, 6))
    end = plus(start, 89)
    a = auth(rng)
    prov = "Copperline Peer Recovery Center"
    p = XFSheet(footer="Página {n} de {nb}", footer_left="BT-NOABD-2S")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [guardian, f"Tutor(a) legal de {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Aviso de determinación adversa de beneficios")
    p.para(f"Estimado(a) {guardian}:", 10)
    p.para(f"Usted es el tutor legal de {member}. {prov} nos pidió aprobar servicios de apoyo entre pares (Peer "
           "Support Services) para el miembro. Hemos negado esta solicitud. Los detalles de la solicitud están en "
           "la página 2.", 10)
    p.bar("POR QUÉ TOMAMOS ESTA DECISIÓN", 9.4)
    p.para(f"La cobertura de NC Medicaid del miembro terminó el {fdate(end_cov, 'long', 'es')}, porque no se "
           "completó la renovación anual en el departamento de servicios sociales del condado. Los servicios "
           "pedidos empiezan después de esa fecha. Solo podemos aprobar servicios mientras el miembro tiene "
           "Medicaid y está inscrito en nuestro plan. Si la cobertura se restablece, el proveedor puede volver a "
           "pedir los servicios.", 10)
    p.para("Usted tiene derecho a apelar. Debe pedir la apelación dentro de 60 días a partir de la fecha de este "
           "aviso.", 10)
    p.para(f"Atentamente,\n{staff}\nAdministración de la utilización\n{INS}", 10)
    p.add_page()
    _head(p, rng, es=True)
    p.heading("Sobre la solicitud", rule=True)
    p.boxed_pairs([("Miembro", member), ("Número de Medicaid", m),
                   ("Fecha de nacimiento (día/mes/año)", fdate(dob(rng), "dmy", "es")),
                   ("Número de solicitud", a), ("Servicio", "Apoyo entre pares (H0038)"),
                   ("Proveedor", prov), ("Especialista de apoyo", peer),
                   ("Fechas pedidas (día/mes/año)", f"del {fdate(start, 'dmy', 'es')} al {fdate(end, 'dmy', 'es')}")],
                  label_w=66)
    p.bar("SUS DERECHOS", 9.4)
    p.para("**Apelación:** dentro de 60 días a partir de la fecha de este aviso, por teléfono o por escrito. "
           "**Apelación rápida:** si esperar podría dañar gravemente la salud del miembro; la decidimos en 72 horas. "
           "**Audiencia imparcial estatal (State Fair Hearing):** ante la Oficina de Audiencias Administrativas de "
           "Carolina del Norte, dentro de 120 días a partir de nuestra decisión sobre la apelación. "
           f"**Ayuda gratuita:** Ombudsman de NC Medicaid, {phone(rng, '877')}.", 8.8)
    p.nondiscrimination(INS, "Loretta K. Ambrose", phone(rng, '828'), ORG_ADDR, "civilrights@example.org", es=True)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[a],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [peer],
                          "service_dates": [[start.isoformat()], [start.isoformat(), end.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, guardian, coach, cm, staff = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(1, 19))
    start = plus(nd, rng.randint(7, 12))
    end = plus(start, 179)
    a = auth(rng)
    prov = "Bellfield Works Employment Services"
    p = XFSheet(footer="Page {n} of {nb}", footer_left="BT-APR-1")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Re", member), ("Medicaid ID", m), ("Approval number", a)], label_w=36, size=9.6)
    p.ln(2)
    p.heading("Notice of Approval")
    p.para(f"Dear {guardian}:", 10)
    p.para(f"Good news. We approved Supported Employment for {member}, your ward, as {prov} asked. The job coach, "
           f"{coach}, may give up to 15 hours a week from {fdate(start, 'long')} through {fdate(end, 'long')}. "
           "You do not need to do anything.", 10)
    p.para(f"If the member's needs change, {prov} may ask us for more hours. Your care manager, {cm}, will talk with "
           "you about the plan at the next quarterly visit.", 10)
    p.para(f"Sincerely,\n{staff}\nUtilization Management", 10)
    p.add_page()
    _head(p, rng)
    p.para("Because we approved everything that was asked for, there is nothing to appeal. If you ever disagree "
           "with a decision we make, you may appeal within 60 days from the date of that notice.", 9)
    p.nondiscrimination(INS, "Loretta K. Ambrose", phone(rng, '828'), ORG_ADDR, "civilrights@example.org")
    p.tagline_block([phone(rng)])
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[a],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": ALT, "provider": [coach], "case_numbers": [[]],
                          "service_dates": [[], [start.isoformat(), end.isoformat()]]})
    return out(p), t


def lowres_resolution(rng):
    member, guardian, md, staff = people(rng, 4)
    m = mid(rng)
    d1 = dt.date(2026, 1, rng.randint(5, 12))
    d2 = plus(d1, 3)
    asked = plus(d2, rng.randint(4, 8))
    nd = plus(asked, rng.randint(70, 85))
    orig, apl = auth(rng), f"BT-APL-{digits(rng, 6)}"
    prov = "Willowmere Respite Cottage"
    p = XFSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Appeal Resolution")
    p.pairs([("Member", member), ("Medicaid ID", m), ("Appeal number", apl), ("Original request", orig)],
            label_w=38, size=9.6)
    p.ln(2)
    p.para(f"Dear {guardian}:", 10)
    p.para(f"You appealed our decision not to pay {prov} for respite for {member} from {fdate(d1, 'long')} through "
           f"{fdate(d2, 'long')}. {md}, MD, a doctor who was not part of the first decision, reviewed the appeal.", 10)
    p.para("We are keeping our decision. Overnight respite must be approved by us before it is given. The cottage "
           f"asked us on {fdate(asked, 'long')}, after the four nights had already been given. There was no "
           "emergency that kept the cottage from asking first.", 10)
    p.para("This was your appeal with the plan. If you still disagree, you may ask for a State Fair Hearing with the "
           "NC Office of Administrative Hearings within 120 days of the date of this notice. The form is enclosed. "
           f"The NC Medicaid Ombudsman can help: {phone(rng, '877')}.", 10)
    p.para(f"Sincerely,\n{staff}\nAppeals Unit\n{INS}", 10)
    p.para(f"cc: {prov}", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[apl, orig],
              service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": ALT, "case_numbers": [[apl], [orig]],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    member, guardian, md, staff = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    planned = plus(nd, rng.randint(10, 16))
    a = auth(rng)
    prov = "Hollyvale Therapeutic Riding Center"
    p = XFSheet(footer="Page {n} of {nb}", footer_left="BT-NOABD-2 (01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, "Legal Guardian of " + member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Adverse Benefit Determination")
    p.boxed_pairs([("Member", member), ("Medicaid ID", m), ("Request number", a),
                   ("Service asked for", "Hippotherapy / therapeutic horseback riding, 12 sessions"),
                   ("Requested by", prov), ("First session planned", fdate(planned, "slash"))], label_w=50)
    p.para(f"Dear {guardian}:", 10)
    p.para("We denied this request. Therapeutic horseback riding is not a service that NC Medicaid or the NC "
           "Innovations Waiver pays for, and our plan does not offer it as an added service. We did not decide "
           "whether the riding would help; we cannot pay for it either way. Physical and occupational therapy in "
           "a clinic are covered, and your care manager can help you find them.", 10)
    p.para("You may appeal within 60 days from the date of this notice. A fast appeal is decided within 72 hours. "
           "After an appeal you may ask for a State Fair Hearing within 120 days.", 9.6)
    p.para(f"Sincerely,\n{staff}\nUtilization Management", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[a],
                         service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=prov,
                         appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "service_dates": [[]]}))
    member2, guardian2, doc = people(rng, 3)
    m2_ = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 25))
    nd2 = plus(v, rng.randint(30, 45))
    n = clm(rng)
    b1, b2 = amount(rng, 780, 880), amount(rng, 330, 420)
    tot = round(b1 + b2, 2)
    es_tot = f"US$ {tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    prov2 = "Sunbridge Psychiatric Associates"
    q = XFSheet(footer="Página {n} de {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, es=True)
    q.para(fdate(nd2, "long", "es"), 10)
    for ln in [guardian2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Fecha del aviso (día/mes/año)", fdate(nd2, "dmy", "es")), ("Miembro", member2),
             ("Número de Medicaid", m2_), ("Reclamo", n)], label_w=58, size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {guardian2}:", 10)
    q.para(f"{prov2} nos envió un reclamo por los servicios que el Dr. {doc} le dio a {member2}, su pupilo(a), el "
           f"{fdate(v, 'long', 'es')}, por un total de {es_tot}.", 10)
    q.table(["Código", "Servicio", "Cargo"], [["90792", "Evaluación psiquiátrica", money(b1, "nosign")],
                                               ["90833", "Psicoterapia con la visita", money(b2, "nosign")],
                                               ["", "Total", money(tot, "nosign")]], [24, 100, 30],
            size=8.8, aligns=["L", "L", "R"], bold_last=True)
    q.para("Nuestros registros muestran que el miembro también tiene Medicare. Medicaid paga después de Medicare. "
           "El proveedor debe enviar primero el reclamo a Medicare y luego enviarnos la explicación de Medicare. "
           "Por eso no pagamos este reclamo por ahora.", 10)
    q.para("Puede apelar dentro de 60 días a partir de la fecha de este aviso.", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n],
                         claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=prov2, appeal_deadline=plus(nd2, 60).isoformat(), lang="es",
                         alternates={"insurer": ALT, "provider": [doc]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_three_page_noabd_community_living_hours_to_guardian", "born_digital", [bd_three_page(rng)]),
        Item(F + "faxstd_noabd_form_prtf_instead_of_intensive_in_home", "fax_standard_g4", [faxstd_prtf(rng)]),
        Item(F + "photocopy_two_page_claims_summary_respite_provider_not_in_network", "photocopy",
             [photocopy_summary(rng)]),
        Item(F + "phone_es_two_page_aviso_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_approval_supported_employment", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_appeal_resolution_respite_before_approval", "scan_lowres_150", [lowres_resolution(rng)]),
        Item(F + "clean_stack_cover_noabd_equine_therapy_then_spanish_medicare_first_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
