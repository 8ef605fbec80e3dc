"""An invented commercial plan (Hollis Ledge Health Plan) refusing days at a residential treatment centre for a
teenager (Stillwater Knoll Residential Treatment Center), its letters addressed to the teenager's legal guardian, with
the attending psychiatrist named. Revenue codes, CPT and CARC codes appear as themselves; the plan, its rules and
time limits, the centre, the psychiatrists, therapists, caseworkers, reviewers, pharmacists, teenagers, guardians,
numbers and addresses are invented. Who the member is shows sometimes in words ("your granddaughter", "your ward",
"su sobrina"), sometimes only by layout (the addressee block vs a "PT NAME" / "For" line).

Documents (8 in 7 files):
- photocopy_eob_three_claims_rtc_days_step_down: a photocopied EOB with abbreviated captions ("MBR #", "GRP",
  "STMT DT"), three claims with From / Thru columns: the centre's first days paid, the psychiatrist's visits paid,
  the centre's later days paid 0.00 because partial hospitalization would do (`level_of_care`).
- faxstd_ur_form_days_before_notification: a utilization review caption form on a standard fax: the days before the
  centre told the plan of the admission refused for no approval (`prior_authorization`); a stated "APPEAL BY" date.
- finefax_claim_form_psychiatrist_visits_late: a fine-fax claim notice form, DOS FROM / DOS THRU in two boxes: the
  attending psychiatrist's visits billed after the 180-day limit (`timely_filing`).
- phone_es_programa_escolar_excluido: a photographed Spanish letter to an aunt: the centre's school-program charges
  are excluded (`not_covered`).
- rotated_step_down_php_approval: an approval of partial hospitalization after discharge, fed sideways (denies
  nothing).
- lowres_out_of_state_rtc_not_in_network: a 150 dpi letter: the admission planned "on or about" a date at an
  out-of-state centre outside the network (`out_of_network`); the doctor only in a sentence.
- clean300_stack_coverage_ended_letter_duplex_then_upheld_appeal_upside_down: a letter refusing days after the
  guardian's coverage ended (`eligibility`), its blank duplex back, then (upside down) an appeal decision keeping a
  refusal of continued stay as not needed (`medical_necessity`).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdte import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "guardian_addressed_residential_treatment_denial"
LANG = "en"
SEED = 353604
INS = "Hollis Ledge Health Plan"
ALT = ["Hollis Ledge"]
PLAN = "Hollis Ledge Open Access POS"
GROUP = "HL-77310"
RTC = "Stillwater Knoll Residential Treatment Center"
PSY = "Granby Vale Psychiatry Associates"


def hl_id(rng):
    return f"HLG{digits(rng, 8)}-02"


def clm_no(rng):
    return f"{rng.choice('2356789')}{digits(rng, 3)}-{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def teen_dob(rng):
    return dt.date(rng.randint(2009, 2012), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Hartford CT 06102-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def photocopy_eob(rng):
    teen, guard, att, ther = people(rng, 4)
    mid = hl_id(rng)
    adm = dt.date(2026, 3, rng.randint(2, 9))
    b = plus(adm, 13)
    c1, c2 = plus(b, 1), plus(b, rng.randint(10, 14))
    sd = plus(c2, rng.randint(22, 30))
    n1, n2, n3 = clm_no(rng), clm_no(rng), clm_no(rng)
    rate = amount(rng, 1150, 1450)
    pd1 = round(rate * 14, 2)
    days3 = (c2 - c1).days + 1
    b3 = round(rate * days3, 2)
    lab = amount(rng, 60, 140)

    def ln(a, z, code, desc, bl, paid=True, note="PD"):
        if paid:
            al = round(bl * 0.7, 2)
            return [fdate(a, "slash"), fdate(z, "slash"), code, desc, bl, al, round(al * 0.8, 2), round(al * 0.2, 2),
                    note]
        return [fdate(a, "slash"), fdate(z, "slash"), code, desc, bl, 0.0, 0.0, 0.0, note]

    claims = [{"first": [n1, RTC, att], "lines": [ln(adm, b, "1001", "Residential, 14 days", pd1)]},
              {"first": [n2, PSY, att],
               "lines": [ln(adm, adm, "99223", "Admission exam", amount(rng, 380, 520)),
                         ln(plus(adm, 7), c2, "99232", "Follow-up visits x4", amount(rng, 620, 880))]},
              {"first": [n3, RTC, att], "lines": [ln(c1, c2, "1001", f"Residential, {days3} days", b3, False, "L7"),
                                             ln(c1, c1, "80307", "Drug screen", lab, False, "L7")]}]
    billed = round(b3 + lab, 2)
    p = DTSheet(footer="HLHP-EOB-2 (rev. 10/2025)   Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Behavioral Health Claims")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    for ln_ in [guard, *address(rng)]:
        p.line(ln_, 9)
    p.ln(2)
    p.capstrip([("PATIENT", teen), ("MBR #", mid), ("GRP", GROUP), ("PLAN", PLAN), ("STMT DT", fdate(sd, "slash"))],
               [52, 42, 30, 62, 40])
    p.capstrip([("SUBSCRIBER", guard), ("PT DOB", fdate(teen_dob(rng), "slash")), ("REL.", "Ward"),
                ("THERAPIST OF RECORD", ther), ("BENEFIT YR", "01/01/2026-12/31/2026")], [52, 30, 24, 70, 50])
    p.ln(3)
    p.claims_table(["CLAIM #", "BILLED BY", "ATTENDING", "FROM", "THRU", "CODE", "SERVICE", "BILLED", "ALLOWED", "PLAN PAID",
                    "YOU OWE", "NOTE"], claims, [23, 61, 30, 18, 18, 11, 29, 16, 16, 16, 14, 7], size=7.2)
    p.para("**NOTE CODES.** PD: paid at the in-network rate. L7 (CARC 50, RARC N180): by the days shown the patient's "
           "symptoms were stable, there were no unsafe acts, and care could continue in a partial hospitalization "
           "program during the day with nights at home. Your plan pays for residential care only while a 24-hour "
           "setting is needed. The centre is in network and may not bill you for these days.", 8)
    p.para("**APPEALS.** You may appeal within 180 days of the statement date. Urgent appeals: 72 hours. External "
           "review: within 4 months of our final decision.", 8)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=teen,
              cases=[n3], claim_amount=m2(billed), service_dates=[span(c1, c2)], denial_date=sd.isoformat(),
              provider=RTC, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [att], "claim_amount": [m2(b3)],
                          "service_dates": [[c1.isoformat(), c2.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_ur(rng):
    teen, guard, att, cw, rev = people(rng, 5)
    mid = hl_id(rng)
    adm = dt.date(2026, 4, rng.randint(6, 14))
    notif = plus(adm, rng.randint(4, 6))
    nd = plus(notif, rng.randint(2, 4))
    by = plus(nd, 180)
    ref = f"UR{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  HOLLIS LEDGE BH UM  {phone(rng, '860')}  PG {{n}}/1"
    p = DTSheet(footer="HLHP-UR-5 (rev. 02/2026)", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Behavioral Health Utilization Review")
    p.line("UTILIZATION REVIEW DETERMINATION", 12.5, "B", align="C")
    p.ln(2)
    for ln in [guard, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.side_boxes([("NOTICE DT", fdate(nd, "slash"), 22, 30), ("REF NO.", ref, 16, 30), ("APPEAL BY", fdate(by, "slash"),
                                                                                           20, 30)])
    p.side_boxes([("PT NAME", teen, 22, 58), ("MBR #", mid, 14, 46)])
    p.side_boxes([("PT DOB", fdate(teen_dob(rng), "slash"), 22, 28), ("GRP", GROUP, 12, 28),
                  ("LEVEL REQ.", "RTC - 1001", 20, 30)])
    p.side_boxes([("ADMIT DT", fdate(adm, "slash"), 22, 28), ("NOTIF. RECVD", fdate(notif, "slash"), 22, 28)])
    p.side_boxes([("DOS", f"{fdate(adm, 'slash')} - {fdate(plus(notif, -1), 'slash')}", 22, 50),
                  ("DAYS", str((notif - adm).days), 12, 12), ("DECISION", "NOT AUTHORIZED", 18, 36)])
    p.side_boxes([("REQ. PROV.", f"Dr. {att}", 22, 52), ("FACILITY", RTC, 16, 84)], size=8.0)
    p.side_boxes([("CASEWORKER", cw, 22, 52), ("UR REVIEWER", f"Dr. {rev}", 22, 52)])
    p.ln(2)
    p.section("A", "REASON")
    p.para("Admission to a residential treatment center needs approval from us before the admission, except in an "
           "emergency. The center first called us on the date in NOTIF. RECVD, after the patient had been there for "
           "the days shown under DOS. No approval was asked for those days and no emergency was reported, so they "
           "are not authorized. Days from NOTIF. RECVD on are being reviewed separately; you will get another "
           "notice.", 9.2)
    p.section("B", "APPEAL")
    p.para("Send a written appeal by the date in APPEAL BY. If the patient is still in care and delay could cause "
           "harm, ask for an urgent appeal (decided in 72 hours). External review: within 4 months of our final "
           f"decision. Questions: {phone(rng)}, TTY 711.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=teen,
              cases=[ref], service_dates=[span(adm, plus(notif, -1))], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [RTC],
                          "service_dates": [[adm.isoformat(), plus(notif, -1).isoformat()]]})
    return out(p), t


def finefax_late(rng):
    teen, guard, att, sig = people(rng, 4)
    mid = hl_id(rng)
    a = dt.date(2026, 1, rng.randint(5, 12))
    z = plus(a, rng.randint(18, 24))
    rec = plus(z, rng.randint(186, 196))
    nd = plus(rec, rng.randint(5, 9))
    n = clm_no(rng)
    billed = amount(rng, 1400, 2200)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  HLHP CLAIMS  {phone(rng, '860')}  PAGE {{n}}"
    p = DTSheet(footer="HLHP-CN-1 (rev. 07/2025)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM NOTICE - MEMBER COPY", 12.5, "B", align="C")
    p.ln(2)
    p.addressee_for([guard, "Legal guardian", *address(rng)], "For",
                    [("Member", teen), ("MBR #", mid), ("GRP", GROUP)])
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "dash")), ("CLAIM #", n), ("RECD", fdate(rec, "dash")),
                 ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}")], [38, 46, 38, W - 122], num=False)
    p.form_band([("DOS FROM", fdate(a, "dash")), ("DOS THRU", fdate(z, "dash")), ("POS", "56 - Psych. residential")],
                [38, 38, W - 76], num=False)
    p.form_band([("RENDERING", f"Dr. {att}"), ("BILLING", PSY), ("NPI", digits(rng, 10))], [54, 76, W - 130],
                num=False)
    p.form_band([("AMT BILLED", money(billed)), ("PLAN PAID", "$0.00"), ("YOU OWE", "$0.00"), ("CARC", "29")],
                [40, 40, 40, W - 120], num=False)
    p.ln(3)
    p.para(f"Dr. {att} saw your ward at {RTC} during the dates above, and {PSY} billed the visits as one claim. "
           "Claims from our network providers must reach us within 180 days of the last date of service. This claim "
           "came in after that (see RECD). We will not pay it, and because the group is in our network it cannot "
           "bill you.", 9.2)
    p.para("You may appeal within 180 days of the date of this notice. External review: within 4 months of our final "
           "decision.", 9.2)
    p.para(f"{sig}, Claims Resolution  |  {phone(rng)}  |  TTY 711", 8.4)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=teen, cases=[n],
              claim_amount=m2(billed), service_dates=[span(a, z)], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PSY], "service_dates": [[a.isoformat(), z.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    teen, aunt, att, teacher, sig = people(rng, 5)
    mid = hl_id(rng)
    a = dt.date(2026, 3, rng.randint(2, 6))
    z = plus(a, rng.randint(24, 27))
    nd = plus(z, rng.randint(24, 34))
    n = clm_no(rng)
    billed = amount(rng, 2600, 3900)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [aunt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Número de miembro: {mid}    Grupo: {GROUP}    Reclamo: {n}", 9.6)
    p.para(f"Estimada {aunt}:", 10)
    p.para(f"Le escribimos como tutora legal de su sobrina, {teen}. {RTC} nos cobró {money(billed)} por el programa "
           f"escolar que su sobrina tuvo allí del {fdate(a, 'long', 'es')} al {fdate(z, 'long', 'es')}. La maestra "
           f"del programa era {teacher}. El tratamiento con su psiquiatra, {att}, y los días de cuidado residencial se "
           "pagaron en otro reclamo.", 10)
    p.para("No pagamos las clases ni la matrícula escolar. Su plan excluye los servicios educativos, aunque se den "
           "dentro de un centro de tratamiento. Por eso el plan no paga esta parte de la cuenta.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Puede pedir una revisión externa "
           f"dentro de 4 meses después de nuestra decisión final. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=teen, cases=[n],
              claim_amount=m2(billed), service_dates=[span(a, z)], denial_date=nd.isoformat(), provider=RTC,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att],
                          "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    teen, gma, att, ther, pharm, sig = people(rng, 6)
    teen = " ".join(teen.split()[:2] + gma.split()[-1:])
    mid = hl_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    a = plus(nd, rng.randint(2, 5))
    z = plus(a, 13)
    auth = f"PA{digits(rng, 8)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Behavioral Health Care Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [gma, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", teen), ("Member ID", mid), ("Group", GROUP), ("Approval no.", auth)], label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {gma}:", 10)
    p.para(f"Good news about your granddaughter. Dr. {att} asked us to approve a partial hospitalization program "
           f"at {RTC}'s day program after she leaves residential care. We approved it.", 10)
    p.table(["Service", "Approved from", "Approved through", "Days"],
            [["Partial hospitalization (0913)", fdate(a, "slash"), fdate(z, "slash"), "10 program days"]],
            [70, 34, 34, 36], size=9)
    p.para(f"Her therapist there will be {ther}. Her medicines will be filled at her usual pharmacy; the pharmacist, "
           f"{pharm}, has the new list. If she needs more days, the program will ask us before the last approved "
           "day. This letter is not a guarantee of payment if coverage ends.", 10)
    p.para(f"Sincerely,\n{sig}\nCare Manager", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=teen, cases=[auth],
              service_dates=[span(a, z)], denial_date=nd.isoformat(), provider=att,
              alternates={"insurer": ALT, "provider": [RTC], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_oon(rng):
    teen, guard, att, cw, sig = people(rng, 5)
    mid = hl_id(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    plan_d = plus(nd, rng.randint(9, 16))
    rec = plus(nd, -rng.randint(3, 6))
    req = f"BH-{digits(rng, 7)}"
    far = "Red Mesa Ridge Youth Treatment Center"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Behavioral Health Utilization Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [guard, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {guard}:", 10)
    p.para(f"This letter is about your ward, {teen}, member ID {mid}. On {fdate(rec, 'long')} Dr. {att} asked us to "
           f"approve an admission to {far} in St. George, Utah, on or about {fdate(plan_d, 'long')} (request {req}). "
           f"The county caseworker, {cw}, also wrote to us in support.", 10)
    p.para(f"We cannot approve this admission. {far} is not in our network, and your plan pays for care outside the "
           f"network only in an emergency. We have in-network residential centers that treat teenagers with the "
           f"same needs, including {RTC}, which has a bed open. We will help with the move.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Because this is about care not yet given, you "
           "may ask for an urgent appeal, decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Utilization Review\n{INS}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=teen, cases=[req],
              service_dates=[plan_d.isoformat()], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [far], "service_dates": [[]]})
    return out(p), t


def clean300_stack(rng):
    teen, guard, att, sig = people(rng, 4)
    mid = hl_id(rng)
    end = dt.date(2026, 4, 30)
    a, z = plus(end, 1), plus(end, rng.randint(9, 14))
    nd = plus(z, rng.randint(20, 30))
    n = clm_no(rng)
    billed = round(amount(rng, 1150, 1450) * ((z - a).days + 1), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [guard, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("For", teen), ("Member ID", mid), ("Group", GROUP), ("Claim", n)], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {guard}:", 10)
    p.para(f"{RTC} billed us {money(billed)} for residential care for the member named above. Dates of service: "
           f"{fdate(a, 'slash')} - {fdate(z, 'slash')}. Her attending psychiatrist was Dr. {att}.", 10)
    p.para(f"Your coverage through your employer's group plan ended on {fdate(end, 'long')}, when your employer "
           "told us your job had ended, and the member's coverage as your dependent ended with it. All of the days "
           "on this claim came after that, so the plan does not pay them. Ask the center about other coverage, "
           "such as continuation coverage or your state's programs.", 10)
    p.para("If you think our records are wrong, you may appeal within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d1 = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=mid, member_name=teen,
                        cases=[n], claim_amount=m2(billed), service_dates=[span(a, z)], denial_date=nd.isoformat(),
                        provider=RTC, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [att],
                                    "service_dates": [[a.isoformat(), z.isoformat()]]}))
    teen2, guard2, att2, rev, pharm, sig2 = people(rng, 6)
    mid2 = hl_id(rng)
    ca = dt.date(2026, 6, rng.randint(1, 8))
    cz = plus(ca, rng.randint(6, 10))
    rec = plus(cz, rng.randint(10, 18))
    ad = plus(rec, rng.randint(14, 24))
    orig, apl = f"UR{digits(rng, 8)}", f"AP-{digits(rng, 6)}"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.line("APPEAL DECISION", 12.5, "B")
    q.pairs([("Date of decision", fdate(ad, "long")), ("Appeal no.", apl), ("Original review", orig),
             ("Appeal received", fdate(rec, "slash"))], label_w=40, size=9.4)
    q.ln(2)
    for ln in [guard2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Patient", teen2), ("Member ID", mid2), ("Group", GROUP)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {guard2}:", 10)
    q.para(f"You appealed our decision not to pay for continued residential care at {RTC} from "
           f"{fdate(ca, 'long')} through {fdate(cz, 'long')}, which Dr. {att2} had asked for.", 10)
    q.para(f"A board-certified child and adolescent psychiatrist, Dr. {rev}, who was not part of the first decision, "
           f"reviewed the records. Our clinical pharmacist, {pharm}, reviewed the medicine changes. During those "
           "days the patient had no self-harm, took part in groups and was on stable medicines. Treatment could "
           "have gone on safely with less intensive care, so continued residential care was not medically "
           "necessary. **We are keeping our decision.**", 10)
    q.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           "review within 4 months.", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Coordinator", 10)
    d2 = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid2,
                        member_name=teen2, cases=[apl, orig], service_dates=[span(ca, cz)], denial_date=ad.isoformat(),
                        provider=RTC, appeal_deadline=plus(ad, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [att2], "case_numbers": [[apl], [orig]],
                                    "service_dates": [[ca.isoformat(), cz.isoformat()]]},
                        denial_alternates=["level_of_care"]))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "photocopy_eob_three_claims_rtc_days_step_down", "photocopy", [photocopy_eob(rng)]),
        Item(F + "faxstd_ur_form_days_before_notification", "fax_standard_g4", [faxstd_ur(rng)]),
        Item(F + "finefax_claim_form_psychiatrist_visits_late", "fax_fine_g4", [finefax_late(rng)]),
        Item(F + "phone_es_programa_escolar_excluido", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_step_down_php_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_out_of_state_rtc_not_in_network", "scan_lowres_150", [lowres_oon(rng)]),
        Item(F + "clean300_stack_coverage_ended_letter_duplex_then_upheld_appeal_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
