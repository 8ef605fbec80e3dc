"""An invented commercial plan (Ivyhallow Mutual Health Insurance Company) ending or refusing coverage of inpatient
psychiatric stays after concurrent review, mostly in letters whose page 1 is the letter and whose page 2 holds the
stay's facts under a heading (reference number, admission date, last covered day, days not covered, hospital,
attending psychiatrist). Revenue codes, CPT and CARC/RARC codes appear as themselves; the plan, its rules and time
limits, every hospital, psychiatrist, reviewer, person, number and address are invented.

Documents (8 in 7 files):
- faxstd_two_page_concurrent_review_partial_hospital_would_do: a standard-fax letter to the member, the facts on
  page 2: the days asked for after the last covered day refused, a partial hospitalization program would do
  (level_of_care).
- born_digital_eob_four_claims_days_after_discharge_ready_refused: a member EOB of four claims, the hospital's
  claim for the days after the member was ready for discharge refused CO-50 / N115 (medical_necessity).
- phone_two_page_letter_to_parent_days_waiting_for_group_home: a photographed two-page letter to a father: the
  son's days waiting for a group home bed are custodial care, excluded (not_covered); the facts on page 2.
- photocopy_three_page_admission_not_reported_rights_and_form: a photocopied three-page notice: a letter, the
  claim details on page 2 (days before the hospital told the plan of the admission refused, prior_authorization),
  a rights page with taglines, nondiscrimination notice and an appeal form with example values on page 3.
- rotated_continued_stay_approval: an approval of five more days, fed sideways (denies nothing).
- lowres_es_hospital_fuera_de_la_red_dias_despues_de_estabilizar: a 150 dpi Spanish letter: the days at a hospital
  outside the network after the member was stable enough to move (out_of_network), "US$ 18.432,50" style amounts.
- finefax_stack_cover_es_records_not_received_then_appeal_upheld_upside_down: a cover sheet, a two-page Spanish
  letter on a claim closed because the records never came (other) and, upside down, an appeal decision keeping the
  refusal of the last days of a stay (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxb import XSheet, people, ph
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "inpatient_psychiatric_admission_concurrent_review_two_page_denial"
LANG = "en"
SEED = 354401
INS = "Ivyhallow Mutual Health Insurance Company"
ALT = ["Ivyhallow Mutual"]
PLAN = "Ivyhallow Choice PPO 2000"
GROUP = "IM-407316"
HOSP = "Stonewick Behavioral Hospital"
GRP = "Larkspur Crest Psychiatric Associates"
OON = "Thistledown Regional Medical Center"


def mid(rng):
    return f"IVM{digits(rng, 9)}"


def claim(rng):
    return f"C26-{digits(rng, 9)}"


def ref(rng):
    return f"BH-{digits(rng, 7)}"


def dob(rng, lo=1958, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: XSheet, rng, unit="Behavioral Health Utilization Management"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  P.O. Box {rng.randint(1200, 9800)}, Hartford, CT 06104  |  {ph(rng, '888')}  |  "
                 f"Fax {ph(rng, '860')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: XSheet, rng, es=False):
    coord = people(rng, 1)[0]
    p.nondiscrimination(INS, coord, ph(rng, "860"), f"P.O. Box {rng.randint(1200, 9800)}, Hartford, CT 06104",
                        "civilrights@ivyhallow.example", es=es)
    p.taglines(ph(rng, "888"))


def faxstd_phn(rng):
    member, att, rev, um = people(rng, 4)
    m = mid(rng)
    adm = dt.date(2026, 3, rng.randint(2, 16))
    last = plus(adm, rng.randint(5, 7))
    nd = plus(last, 1)
    s, e = plus(last, 1), plus(last, 5)
    r = ref(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 17:{rng.randint(10, 59)}  IVYHALLOW BH UM  {ph(rng, '860')}  PG {{n}}"
    p = XSheet(fax_hdr=fax, running=f"Reference {r}  |  {member}  |  Page {{n}} of {{nb}}", footer=None)
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Notice of Concurrent Review Decision", 12, "B")
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para("Your hospital asked us to keep covering your inpatient psychiatric stay. We reviewed the request with "
           "the records the hospital sent. We will not cover the additional days the hospital asked for. The stay, "
           "the days we covered and the days we did not cover are listed on page 2.", 10)
    p.para("**Why.** When you were admitted you had thoughts of hurting yourself and needed watching around the "
           "clock. The notes from the last two days say those thoughts have stopped, you are sleeping and taking "
           "your medicine, and you are taking part in groups. You still need daily treatment, but you can get it "
           "safely in a partial hospitalization program, where you go home at night. That program is covered by "
           f"your plan. The reviewer was Dr. {rev}, a board-certified psychiatrist.", 10)
    p.para("**Your appeal rights.** You may appeal within 180 days of the date of this letter. If you are still "
           "in the hospital, ask for an urgent appeal; we decide urgent appeals within 72 hours. Your doctor may "
           f"ask for a peer-to-peer talk with the reviewer by calling {ph(rng, '888')} within 5 business days. "
           "If we keep our decision, you may ask for an external review within 4 months.", 10)
    p.para(f"Sincerely,\n{um}, RN\nBehavioral Health Utilization Management\ncc: {HOSP}; Dr. {att}", 10)
    p.add_page()
    p.line("About the stay we reviewed", 12, "B")
    p.rule()
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Patient", member), ("Member ID", m), ("Group", GROUP), ("Date of birth", fdate(dob(rng), "slash"))],
            [W * 0.34, W * 0.24, W * 0.18, W * 0.24])
    p.boxes([("Reference number", r), ("Hospital", HOSP), ("Attending psychiatrist", f"Dr. {att}")],
            [W * 0.26, W * 0.4, W * 0.34])
    p.boxes([("Admitted", fdate(adm, "slash")), ("Request received", fdate(last, "slash")),
             ("Last covered day", fdate(last, "slash"))])
    p.boxes([("Days asked for", "5"), ("Days not covered from", fdate(s, "slash")), ("Through", fdate(e, "slash")),
             ("Level of care", "Inpatient psychiatric (0124)")])
    p.ln(3)
    p.para("Criteria used: Ivyhallow Behavioral Health Level of Care Guideline BH-IP-04, Inpatient Psychiatric "
           "Continued Stay. You may ask for a free copy.", 9)
    _rights(p, rng)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[r],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def born_digital_eob(rng):
    member, att, psy2 = people(rng, 3)
    m = mid(rng)
    adm = dt.date(2026, 4, rng.randint(1, 10))
    ready = plus(adm, 7)
    dis = plus(ready, 3)
    sd = plus(dis, rng.randint(25, 35))
    c1, c2, c3, c4 = claim(rng), claim(rng), claim(rng), claim(rng)
    b1, b2, b3, b4 = amount(rng, 14000, 19000), amount(rng, 1400, 1900), amount(rng, 4800, 6500), amount(rng, 90, 180)

    def row(c, prov, d, code, desc, b, paid, rsn):
        al = round(b * 0.62, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [c, prov, d, code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign"), rsn]
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Member", member), ("Member ID", m), ("Group", GROUP), ("Plan", PLAN), ("Statement date",
                                                                                       fdate(sd, "abbr"))],
            [W * 0.2, W * 0.17, W * 0.13, W * 0.28, W * 0.22])
    p.ln(3)
    span1 = f"{fdate(adm, 'slash')}-{fdate(plus(ready, -1), 'slash')}"
    span3 = f"{fdate(ready, 'slash')}-{fdate(plus(dis, -1), 'slash')}"
    p.table(["Claim", "Provider", "Dates", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [row(c1, HOSP, span1, "0124", "Inpatient psych, 7 days", b1, True, "A1"),
             row(c2, GRP, span1, "99232", "Daily psychiatrist visits", b2, True, "A1"),
             row(c3, HOSP, span3, "0124", "Inpatient psych, 3 days", b3, False, "CO-50"),
             row(c4, "Quarry Lane Laboratory", fdate(adm, "slash"), "80307", "Drug screen", b4, True, "A1")],
            [30, 58, 44, 12, 44, 20, 18, 18, 16, 15.9], size=7.8, aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Codes.** A1: paid under your plan. CO-50 / N115: not medically necessary; this decision was based "
           f"on a coverage guideline. Dr. {att}'s note of {fdate(ready, 'long')} says you were ready to go home "
           f"with outpatient visits that day. You stayed three more nights while a follow-up appointment was "
           f"arranged. Staying in the hospital for that was not needed, so we did not pay {HOSP}'s claim for those "
           "nights. The hospital is in our network and may not bill you for them.", 8.6)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: within 4 "
           f"months of our final decision. Questions: {ph(rng, '888')} (TTY 711).", 8.6)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[c3], claim_amount=m2(b3), service_dates=[f"{ready.isoformat()}/{plus(dis, -1).isoformat()}"],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["level_of_care"],
              alternates={"insurer": ALT, "provider": [att], "plan_id": [None],
                          "service_dates": [[ready.isoformat(), plus(dis, -1).isoformat()]]})
    return out(p), t


def phone_parent(rng):
    son, father, att, rev, sw = people(rng, 5)
    m = mid(rng)
    adm = dt.date(2026, 5, rng.randint(4, 14))
    last = plus(adm, 9)
    s, e = plus(last, 1), plus(last, 6)
    nd = plus(e, rng.randint(3, 8))
    r = ref(rng)
    p = XSheet(running=f"{INS}  |  Reference {r}  |  Page {{n}} of {{nb}}", footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [f"To the parent or guardian of {son}", father, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Coverage decision about your son's hospital stay", 12, "B")
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"We are writing about {son}'s stay in the adolescent unit of {HOSP}. We covered the days he needed "
           "hospital treatment. We are not covering the days after that, while he waited for a bed in a group "
           "home. The dates are on the next page.", 10)
    p.para(f"**Why.** By the last covered day your son's treatment team, led by Dr. {att}, wrote that he was "
           "stable and ready to leave the hospital, but that his placement was not ready. The days after that were "
           "spent waiting, with supervision but no hospital treatment. Your plan does not cover custodial care, "
           "which is care that helps with daily living or supervision and does not need a hospital. This is in "
           "the Exclusions section of your benefit booklet.", 10)
    p.para(f"The hospital's social worker, {sw}, and our care manager can help with the placement. Call "
           f"{ph(rng, '888')}.", 10)
    p.para("**If you disagree,** you may appeal within 180 days of the date of this letter. We decide urgent "
           "appeals within 72 hours. External review: within 4 months of our final decision.", 10)
    p.para(f"Sincerely,\nDr. {rev}\nPhysician Reviewer", 10)
    p.add_page()
    p.line("Details of the stay", 12, "B")
    p.rule()
    p.pairs([("Patient", son), ("Date of birth", fdate(dob(rng, 2009, 2012), "slash")), ("Member ID", m),
             ("Subscriber", father), ("Group", GROUP), ("Reference number", r), ("Hospital", HOSP),
             ("Attending", f"Dr. {att}"), ("Admitted", fdate(adm, "long")), ("Last covered day", fdate(last, "long")),
             ("Days not covered", f"{fdate(s, 'long')} through {fdate(e, 'long')}"),
             ("Reason", "Custodial care / awaiting placement - excluded")], label_w=48, size=9.6)
    p.ln(3)
    _rights(p, rng)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=son, cases=[r],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["level_of_care"],
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def photocopy_notify(rng):
    member, att, rev = people(rng, 3)
    m = mid(rng)
    adm = dt.date(2026, 2, rng.randint(2, 14))
    told = plus(adm, 3)
    dis = plus(adm, 8)
    nd = plus(dis, rng.randint(30, 40))
    c = claim(rng)
    per = amount(rng, 1850, 2250)
    b = round(per * 3, 2)
    tot = round(per * 8, 2)
    p = XSheet(running=f"{INS}  |  Claim {c}  |  Page {{n}} of {{nb}}", footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Claim Decision - Part of your hospital stay is not covered", 12, "B")
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We processed the claim {HOSP} sent us for your inpatient psychiatric stay earlier this year. We paid "
           "most of the stay. We did not pay for the first days, before the hospital told us you had been "
           "admitted. The claim and the days are on page 2.", 10)
    p.para("**Why.** Your plan requires the hospital to call us within one business day after a psychiatric "
           "admission so we can review it. The hospital called us three days after you were admitted. We reviewed "
           "and approved the stay from that day on. We do not cover days before the hospital asked for approval. "
           "Because the hospital is in our network, it may not bill you for those days.", 10)
    p.para("You may appeal within 180 days of the date of this letter. The enclosed page explains your rights and "
           "has a form you can use.", 10)
    p.para(f"Sincerely,\nClaims Department\ncc: {HOSP}", 10)
    p.add_page()
    p.line("Claim details", 12, "B")
    p.rule()
    p.pairs([("Member", member), ("Member ID", m), ("Group", GROUP), ("Claim number", c),
             ("Hospital", HOSP), ("Attending", f"Dr. {att}"), ("Stay", f"{fdate(adm, 'slash')} - {fdate(dis, 'slash')}"),
             ("Hospital notified us", fdate(told, "slash"))], label_w=48, size=9.6)
    p.ln(3)
    rows = [[fdate(adm, "slash") + " - " + fdate(plus(told, -1), "slash"), "0124", "3", money(b, "nosign"), "0.00",
             "CO-197"],
            [fdate(told, "slash") + " - " + fdate(plus(dis, -1), "slash"), "0124", "5",
             money(round(per * 5, 2), "nosign"), money(round(per * 5 * 0.6, 2), "nosign"), "A1"],
            ["Claim total", "", "8", money(tot, "nosign"), money(round(per * 5 * 0.6, 2), "nosign"), ""]]
    p.table(["Days", "Rev code", "Days", "Billed", "Plan paid", "Code"], rows, [52, 22, 16, 30, 30, 24.9], size=9,
            aligns=["L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para(f"CO-197: precertification / authorization / notification absent. A1: paid. Reviewer: Dr. {rev}.", 9)
    p.taglines(ph(rng, "888"))
    p.add_page()
    p.line("YOUR RIGHTS AND HOW TO APPEAL", 12, "B")
    p.rule()
    p.bullets(["Appeal within 180 days of the date on the letter. Send the form below or call Member Services.",
               "Urgent appeals are decided within 72 hours.",
               "External review by an independent reviewer: ask within 4 months of our final decision.",
               "The Connecticut Office of the Healthcare Advocate can help you: P.O. Box 4471, Hartford, CT 06141, "
               f"{ph(rng, '866')}."], 9)
    p.line("APPEAL REQUEST FORM  (IM-APL-3, 09/2025)", 10, "B")
    p.para("Example (do not copy): Member ID IVM123456789, Claim number C26-000000000, Date of letter 01/05/2026.",
           8.6)
    p.blank_lines(["Member name", "Member ID", "Claim number", "Why do you disagree?", "", "Signature / Date"])
    p.nondiscrimination(INS, people(rng, 1)[0], ph(rng, "860"), f"P.O. Box {rng.randint(1200, 9800)}, Hartford, "
                        "CT 06104", "civilrights@ivyhallow.example")
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[c], claim_amount=m2(b), service_dates=[f"{adm.isoformat()}/{plus(told, -1).isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "claim_amount": [m2(tot)],
                          "service_dates": [[adm.isoformat(), plus(told, -1).isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, att, um = people(rng, 3)
    m = mid(rng)
    adm = dt.date(2026, 6, rng.randint(1, 12))
    nd = plus(adm, 6)
    s, e = plus(nd, 1), plus(nd, 5)
    r = ref(rng)
    p = XSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Continued Stay Approved", 12, "B")
    p.ln(2)
    p.pairs([("Member ID", m), ("Reference", r), ("Hospital", HOSP), ("Admitted", fdate(adm, "slash")),
             ("Days approved", f"{fdate(s, 'slash')} - {fdate(e, 'slash')} (5 days)")], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {att} asked us to cover more days of your inpatient stay. We approved all five days asked for. "
           "We will review again near the end of these days if the hospital asks for more. You do not need to do "
           "anything.", 10)
    p.para(f"Sincerely,\n{um}, RN, Behavioral Health Care Manager", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[r],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=HOSP,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]],
                          "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def _es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def lowres_es(rng):
    member, att, rev = people(rng, 3)
    m = mid(rng)
    adm = dt.date(2026, 4, rng.randint(3, 15))
    stable = plus(adm, 2)
    dis = plus(adm, 7)
    nd = plus(dis, rng.randint(28, 36))
    c = claim(rng)
    per = amount(rng, 2300, 2900)
    b = round(per * 5, 2)
    p = XSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Reclamos")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", c)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Usted fue internado(a) en la unidad psiquiátrica de {OON} el {fdate(adm, 'long', 'es')}, en una "
           f"emergencia, bajo el cuidado del Dr. {att}. Ese hospital no está en nuestra red. Pagamos la emergencia "
           f"y los días hasta que usted estuvo estable, el {fdate(stable, 'long', 'es')}.", 10)
    p.para(f"Desde el {fdate(plus(stable, 1), 'long', 'es')} hasta el {fdate(plus(dis, -1), 'long', 'es')} usted "
           "pudo ser trasladado(a) a un hospital de nuestra red, y el hospital no nos pidió el traslado. Su plan PPO "
           "solo paga atención fuera de la red en una emergencia. Por eso no pagamos esos 5 días, "
           f"{_es_money(b)} (importe facturado: {b:.2f}). El hospital puede cobrarle a usted.", 10)
    p.para(f"Revisó el caso el Dr. {rev}, psiquiatra. Puede apelar dentro de 180 días a partir de la fecha de esta "
           "carta. Apelaciones urgentes: 72 horas. Revisión externa: dentro de 4 meses de nuestra decisión final. "
           f"Llame al {ph(rng, '888')} (TTY 711).", 10)
    p.para("Atentamente,\nDepartamento de Reclamos", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[c],
              claim_amount=m2(b), service_dates=[f"{plus(stable, 1).isoformat()}/{plus(dis, -1).isoformat()}"],
              denial_date=nd.isoformat(), provider=OON, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att],
                          "service_dates": [[plus(stable, 1).isoformat(), plus(dis, -1).isoformat()]]})
    return out(p), t


def finefax_stack(rng):
    member, att = people(rng, 2)
    m = mid(rng)
    adm = dt.date(2026, 1, rng.randint(12, 24))
    dis = plus(adm, 6)
    asked = plus(dis, 30)
    nd = plus(asked, 46)
    c = claim(rng)
    b = amount(rng, 12000, 16000)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  IVYHALLOW CLAIMS  {ph(rng, '860')}  P.{{n}}"
    p = XSheet(fax_hdr=fax, running=f"Reclamo {c}  |  Página {{n}} de {{nb}}", footer=None)
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Reclamos")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Decisión sobre su reclamo", 12, "B")
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{HOSP} nos envió un reclamo por su estadía en la unidad psiquiátrica. Para decidir el reclamo "
           "necesitábamos las notas médicas de la estadía. Se las pedimos al hospital dos veces y no las recibimos "
           "en el plazo de 45 días. Por eso cerramos el reclamo sin pagarlo. Los detalles están en la página 2.",
           10)
    p.para("Si el hospital nos envía las notas, volveremos a revisar el reclamo.", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta.", 10)
    p.add_page()
    p.line("Detalles del reclamo", 12, "B")
    p.rule()
    p.pairs([("Miembro", member), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", c), ("Hospital", HOSP),
             ("Médico tratante", f"Dr. {att}"),
             ("Estadía", f"del {fdate(adm, 'long', 'es')} al {fdate(dis, 'long', 'es')}"),
             ("Notas pedidas", fdate(asked, "dmy", "es")), ("Importe facturado", money(b)),
             ("Código", "CO-16 / M127: faltan las notas médicas")], label_w=44, size=9.4)
    p.ln(3)
    _rights(p, rng, es=True)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[c], claim_amount=m2(b), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
                         denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
                         lang="es", alternates={"insurer": ALT, "provider": [att],
                                                "service_dates": [[adm.isoformat(), dis.isoformat()]]}))
    member2, att2, rev1, rev2 = people(rng, 4)
    m2_ = mid(rng)
    adm2 = dt.date(2026, 5, rng.randint(2, 12))
    s, e = plus(adm2, 8), plus(adm2, 11)
    rd = plus(e, rng.randint(40, 50))
    c2, an = claim(rng), f"APL-{digits(rng, 8)}"
    b2 = amount(rng, 7000, 9500)
    q = XSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.line(fdate(rd, "long"), 10)
    q.ln(3)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.line("Appeal Decision", 12, "B")
    q.pairs([("Member ID", m2_), ("Appeal number", an), ("Claim", c2), ("Days appealed",
                                                                       f"{fdate(s, 'slash')} - {fdate(e, 'slash')}")],
            label_w=38, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You appealed our decision not to pay {HOSP}'s claim of {money(b2)} for the last four days of your "
           f"stay, under Dr. {att2}. Dr. {rev2}, a psychiatrist who did not take part in the first decision, "
           "reviewed your appeal and the hospital's records.", 10)
    q.para("**Decision: upheld.** The records show no change in your treatment in those four days and no risk "
           "that needed a locked unit; your mood and sleep were steady and you went on passes home. Hospital care "
           "was not needed on those days.", 10)
    q.para(f"This is our final decision. You may ask for an external review within 4 months of the date of this "
           f"letter by calling {ph(rng, '888')}. First reviewer: Dr. {rev1}.", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[an, c2], claim_amount=m2(b2), service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
                         denial_date=rd.isoformat(), provider=HOSP,
                         alternates={"insurer": ALT, "provider": [att2], "case_numbers": [[an], [c2]],
                                     "service_dates": [[s.isoformat(), e.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_two_page_concurrent_review_partial_hospital_would_do", "fax_standard_g4", [faxstd_phn(rng)]),
        Item(F + "born_digital_eob_four_claims_days_after_discharge_ready_refused", "born_digital",
             [born_digital_eob(rng)]),
        Item(F + "phone_two_page_letter_to_parent_days_waiting_for_group_home", "phone_photo", [phone_parent(rng)]),
        Item(F + "photocopy_three_page_admission_not_reported_rights_and_form", "photocopy", [photocopy_notify(rng)]),
        Item(F + "rotated_continued_stay_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_es_hospital_fuera_de_la_red_dias_despues_de_estabilizar", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "finefax_stack_cover_es_records_not_received_then_appeal_upheld_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
