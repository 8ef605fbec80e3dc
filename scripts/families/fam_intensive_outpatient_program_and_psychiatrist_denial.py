"""An invented commercial plan (Quarry Oaks Health Plan) deciding an intensive outpatient program's days (Sandpiper
Cove Behavioral Health Center, its adult and adolescent intensive outpatient programs, HCPCS S9480 per diem) and
the psychiatrist's visits (Calloway Bluff Psychiatry Associates), with the program's and the psychiatrist's own
papers. CPT/HCPCS codes and CARC codes appear as themselves; the plan, its rules and time limits, the centre, the
group, every doctor, therapist, reviewer, member, relative, number and address are invented. Reasons are put in
the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_to_program_days_past_authorization: a landscape provider remittance to the centre on a standard
  fax, three patients' IOP weeks (From / To columns), the second patient's third week refused CO-198 because the
  12 approved days were used up (prior_authorization); authorization, EFT trace, tax ID and NPI as decoys.
- bd_member_eob_psychiatrist_visit_billed_twice: a born-digital member EOB of four claims: two IOP weeks and a
  psychiatrist's medication visit paid, the same visit sent again refused as a duplicate (CARC 18) (other); the
  first claim's number is a decoy.
- photocopy_concurrent_review_form_step_down_to_outpatient: a photocopied concurrent review caption form to the
  subscriber mother: more IOP days "from ... through ..." refused because weekly outpatient therapy is the right
  setting now (level_of_care), earlier approved days as decoys.
- phone_es_carta_esposa_psiquiatra_fuera_de_red: a photographed Spanish letter to the member's wife: two visits with
  a psychiatrist outside the network (out_of_network), dates in words and in a small table.
- rotated_program_statement_after_insurance: the centre's statement to the guarantor after insurance, fed sideways
  (denies nothing).
- lowres_letter_to_husband_psychiatrist_visits_after_coverage_ended: a 150 dpi letter to the member's husband on
  "the visits on the second and the ninth of June" after coverage ended (eligibility); the psychiatrist only in a
  sentence.
- clean_stack_iop_not_needed_duplex_then_appeal_upheld_coding_upside_down: a letter refusing an adolescent IOP
  admission planned "on or about" a date as not needed (medical_necessity), its blank duplex back and, upside down,
  an appeal decision keeping the refusal of a psychiatrist's new-patient visit billed twice under two codes
  (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famdud import DUSheet, groups, people, words
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "intensive_outpatient_program_and_psychiatrist_denial"
LANG = "en"
SEED = 353803
INS = "Quarry Oaks Health Plan"
ALT = ["Quarry Oaks"]
PLAN = "Quarry Oaks Choice EPO 2000"
GROUP = "QO-407712"
CTR = "Sandpiper Cove Behavioral Health Center"
GRP = "Calloway Bluff Psychiatry Associates"


def qid(rng):
    return f"QOH{digits(rng, 9)}"


def clm(rng):
    return f"26{digits(rng, 11)}"


def phone(rng, area="855"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1965, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DUSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  {phone(rng)}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _week(start):
    """Mon, Wed, Thu of a week: three IOP days."""
    return [start, plus(start, 2), plus(start, 3)]


def faxstd_remit(rng):
    pats = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    mon = rd - dt.timedelta(days=rd.weekday()) - dt.timedelta(days=rng.choice([21, 28]))
    rows, info = [], []
    for i, pt in enumerate(pats):
        w = _week(plus(mon, 7 * (i - 1) if i != 1 else 0))
        n, m = clm(rng), qid(rng)
        b = round(rng.choice([465.0, 480.0, 510.0]) * 3, 2)
        if i == 1:
            rows.append([groups(n, 4), pt, m, fdate(w[0], "slash"), fdate(w[-1], "slash"), "S9480 x3",
                         money(b, "nosign"), "0.00", "0.00", "CO-198"])
        else:
            al = round(b * 0.64, 2)
            rows.append([groups(n, 4), pt, m, fdate(w[0], "slash"), fdate(w[-1], "slash"), "S9480 x3",
                         money(b, "nosign"), money(al, "nosign"), money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, n, m, w, b))
    auth = f"A26-{digits(rng, 6)}"
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  QOHP PROVIDER PAY  {phone(rng, '402')}  PG {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="QO-RA-2 (rev. 08/2025)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE")
    p.capstrip([("PAYEE", CTR), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 15))], [84, 36, 36, 40, 61])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "FROM", "TO", "HCPCS/UNITS", "AMT BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [42, 42, 32, 22, 22, 24, 22, 20, 20, 11], size=7.6, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, n, m, w, b = info[1]
    p.para(f"**ADJ legend.** 1: paid per contract. CO-198: the days billed go past what was approved. Authorization "
           f"{auth} covered 12 intensive outpatient days for this patient, and all 12 were paid on earlier claims. "
           f"Nobody asked us to extend it before these three days were given. The patient may not be billed. To "
           "ask for a retro review send the program notes with a reconsideration.", 7.9)
    p.para("Reconsiderations: within 90 days of the remit date. Provider Services " + phone(rng) + ".", 7.9)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[f"{w[0].isoformat()}/{w[-1].isoformat()}"], denial_date=rd.isoformat(), provider=CTR,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[n, auth]],
                          "service_dates": [[w[0].isoformat(), w[-1].isoformat()]]})
    return out(p), t


def bd_eob(rng):
    member, psy, thr = people(rng, 3)
    m = qid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    mon = sd - dt.timedelta(days=sd.weekday() + 35)
    w1, w2 = _week(mon), _week(plus(mon, 7))
    vis = plus(mon, 1)
    n1, n2, n3, n4 = clm(rng), clm(rng), clm(rng), clm(rng)
    i1 = i2 = 1425.0
    v = amount(rng, 260, 340)
    p = DUSheet(footer="Page {n} of {nb}", footer_left="QO-EOB-M (rev. 01/2026)")
    p.set_margins(12, 14, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.addr_pair("Statement for", [member, *address(rng)], "Plan",
                [PLAN, f"Group {GROUP}", f"Member ID {m}", f"Statement date {fdate(sd, 'long')}"])
    p.ln(2)

    def row(n, prov, a, b, code, billed, paid, rsn):
        al = round(billed * 0.7, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [groups(n), prov, fdate(a, "slash"), fdate(b, "slash"), code, money(billed, "nosign"),
                money(al, "nosign"), money(pd, "nosign"), money(round(al - pd, 2), "nosign"), rsn]
    p.table(["Claim", "Provider", "From", "To", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [row(n1, "Sandpiper Cove IOP", w1[0], w1[-1], "S9480 IOP x3", i1, True, "P"),
             row(n2, f"Dr. {psy}", vis, vis, "99214+90833", v, True, "P"),
             row(n3, "Sandpiper Cove IOP", w2[0], w2[-1], "S9480 IOP x3", i2, True, "P"),
             row(n4, f"Dr. {psy}", vis, vis, "99214+90833", v, False, "D18")],
            [30, 40, 18, 18, 22, 17, 15, 15, 13, 12.9], size=7.4, aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Notes.** P: paid under your plan. D18 (CARC 18): this is the same visit as claim {groups(n2)}, which "
           f"we paid. Dr. {psy} of {GRP} saw you on {fdate(vis, 'long')} for your medicines while you were in the "
           f"intensive outpatient program; the group sent the claim a second time, so the second copy is not paid. "
           f"You do not owe anything for it. Group therapy in the program was led by {thr}, LCSW, and is part of "
           "the program's daily charge.", 8.6)
    p.para("If you disagree, appeal within 180 days of the date of this statement. Urgent appeals: 72 hours. "
           f"External review: within 4 months of our final decision. Behavioral health line {phone(rng)}.", 8.4)
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member, cases=[n4],
              claim_amount=m2(v), service_dates=[vis.isoformat()], denial_date=sd.isoformat(), provider=psy,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [GRP], "plan_id": [None]})
    return out(p), t


def photocopy_review(rng):
    member, mom, att, rev, cm = people(rng, 5)
    m = qid(rng)
    adm = dt.date(2026, 2, rng.randint(2, 13))
    thru = plus(adm, 20)
    nd = plus(thru, -1)
    a, b = plus(thru, 1), plus(thru, 14)
    ref = f"UM{digits(rng, 9)}"
    p = DUSheet(footer="Page {n} of {nb}", footer_left="QO-CR-5 rev. 12/2025")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Behavioral Health Utilization Management")
    p.title_bar("CONCURRENT REVIEW DECISION")
    for ln in [mom, *address(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "slash")), ("SUBSCRIBER", mom)],
              [("PATIENT", member), ("MBR #", m)],
              [("GRP", GROUP), ("PT DOB", fdate(dob(rng, 2003, 2006), "slash"))],
              [("REVIEW NO.", ref), ("LEVEL REQ.", "IOP S9480")],
              [("PROGRAM", CTR), ("ATTENDING", f"Dr. {att}")],
              [("APPROVED", f"{fdate(adm, 'slash')} - {fdate(thru, 'slash')}"),
               ("DENIED", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")]], cap_w=24, cap=5.6)
    p.para(f"**Decision.** {CTR} asked us to approve more days in its adult intensive outpatient program for your "
           f"daughter, from {fdate(a, 'long')} through {fdate(b, 'long')}. We approved her days up to "
           f"{fdate(thru, 'long')}. Our reviewer, Dr. {rev}, a psychiatrist, found that her mood has been steady for "
           "two weeks, she has no thoughts of self-harm and she is back at her classes. She can be treated safely "
           "with weekly outpatient therapy and her psychiatrist's visits, which your plan covers. Nine hours of "
           "program care a week is more care than she needs now, so the extra days are not approved.", 8.9)
    p.para(f"Case manager: {cm}, RN. Appeal within 180 days of the date of this notice. Urgent appeals are decided "
           f"within 72 hours. External review: within 4 months of the final decision. {phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=CTR,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    member, wife, psy, sig = people(rng, 4)
    m = qid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 12))
    d2 = plus(d1, 14)
    nd = plus(d2, rng.randint(24, 32))
    n = clm(rng)
    b1, b2 = amount(rng, 380, 460), amount(rng, 220, 290)
    tot = round(b1 + b2, 2)
    prac = "Consultorio Psiquiátrico Ramblas del Norte"
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_box([("Paciente:", member), ("Número de miembro:", m), ("Grupo:", GROUP), ("Reclamo:", n)], title="Asunto:")
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Le escribimos sobre las visitas de su esposo con el Dr. {psy}, psiquiatra de {prac}, los días "
           f"{d1.day} y {d2.day} de marzo, después de terminar el programa intensivo ambulatorio de {CTR}.", 10)
    p.table(["Fecha", "Servicio", "Cobrado"],
            [[fdate(d1, "long", "es"), "90792 Evaluación psiquiátrica", money(b1)],
             [fdate(d2, "long", "es"), "99214 Visita de medicamentos", money(b2)],
             ["", "Total", money(tot)]], [60, 75, 35.9], size=9, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"El Dr. {psy} no tiene contrato con {INS} y su plan no tiene beneficios fuera de la red, salvo en "
           f"una emergencia. Hay psiquiatras de la red cerca de su casa, por ejemplo en {GRP}. Por eso no pagamos "
           "este reclamo. Código CARC 242.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=psy, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [prac]})
    return out(p), t


def rotated_statement(rng):
    member, guar, thr, md = people(rng, 4)
    m = qid(rng)
    mon = dt.date(2026, 6, 1) + dt.timedelta(days=7 * rng.randint(0, 2))
    w1, w2 = _week(mon), _week(plus(mon, 7))
    sd = plus(w2[-1], rng.randint(30, 40))
    ac = f"SC-{digits(rng, 7)}"
    c1 = c2 = 1440.0
    tot = c1 + c2
    paid = round(tot * 0.56, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CTR, "SCB", [f"Intensive Outpatient Program  |  {rng.randint(100, 9800)} Shoreline Pkwy, Omaha NE "
                             f"68114  |  Billing {phone(rng, '402')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [guar, *address(rng)], "Patient", [member, f"Account {ac}", f"Program MD: Dr. {md}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"),
             ("PLEASE PAY BY", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    p.table(["From", "To", "Code", "Description", "Charges", "Credits"],
            [[fdate(w1[0], "slash"), fdate(w1[-1], "slash"), "S9480", "IOP, 3 days", money(c1, "nosign"), ""],
             [fdate(w2[0], "slash"), fdate(w2[-1], "slash"), "S9480", "IOP, 3 days", money(c2, "nosign"), ""],
             ["", "", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [22, 22, 16, 66, 25, 27.9], size=8.8, aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Group sessions led by {thr}, LPC. Visits with your psychiatrist are billed separately by {GRP}. Your "
           "insurer paid its share; the balance is your coinsurance as your insurer reported it.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[f"{w1[0].isoformat()}/{w1[-1].isoformat()}", f"{w2[0].isoformat()}/{w2[-1].isoformat()}"],
              denial_date=sd.isoformat(), provider=CTR, unscored=["insurer"],
              alternates={"member_id": [None], "service_dates": [[f"{w1[0].isoformat()}/{w2[-1].isoformat()}"]]})
    return out(p), t


def lowres_elig(rng):
    member, husb, psy, sig = people(rng, 4)
    m = qid(rng)
    end = dt.date(2026, 5, 31)
    d1 = dt.date(2026, 6, 2)
    d2 = dt.date(2026, 6, 9)
    nd = plus(d2, rng.randint(26, 34))
    n = clm(rng)
    b = round(amount(rng, 200, 260) * 2, 2)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Eligibility")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [husb, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {husb}:", 10)
    p.para(f"This letter is about your wife, {member}. Dr. {psy} of {GRP} billed us {money(b)} for the visits on "
           f"{words(d1)} and {words(d2)}, a few weeks after she finished the intensive outpatient program "
           f"at {CTR}. The claim number is {groups(n)}.", 10)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Dates of service", f"{fdate(d1, 'slash')}, {fdate(d2, 'slash')}"),
             ("Coverage ended", fdate(end, "slash"))], label_w=40, size=9.6)
    p.ln(2)
    p.para("Your employer told us that your coverage, and your wife's as your dependant, ended on the last day of "
           "May when your job ended. The visits took place after that, so we cannot pay for them. If you chose "
           "continuation coverage (COBRA) and it was made retroactive, ask the group to send the claim again.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nEligibility Unit\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=psy, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [GRP]})
    return out(p), t


def clean_stack(rng):
    teen, dad, att, rev, sig = people(rng, 5)
    m = qid(rng)
    rec = dt.date(2026, 7, rng.randint(6, 20))
    nd = plus(rec, 2)
    start = plus(nd, rng.randint(4, 9))
    ref = f"UM{digits(rng, 9)}"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Behavioral Health Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [dad, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_box([("Patient:", teen), ("Member ID:", m), ("Group:", GROUP), ("Reference:", ref),
              ("Received:", fdate(rec, "slash"))])
    p.para(f"Dear {dad}:", 10)
    p.para(f"Dr. {att} asked us to approve a place for your son in the adolescent intensive outpatient program at "
           f"{CTR}, to start on or about {fdate(start, 'long')}. Dr. {rev}, a child psychiatrist, reviewed the "
           "request.", 10)
    p.para("The notes describe worry about school that began this spring. Your son has had three therapy visits, "
           "has not been started on medicine, sleeps and eats normally and has no thoughts of harming himself. "
           "Weekly therapy has not yet been tried long enough to know whether it will help. The program is not "
           "medically necessary now. If his symptoms get worse, his doctor may ask again at any time.", 10)
    p.para("You may appeal within 180 days of the date of this letter. If waiting could harm your son, ask for an "
           "urgent appeal, decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Utilization Management", 10)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=teen,
                         cases=[ref], service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=att,
                         appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [CTR]}))
    member, psy, chair = people(rng, 3)
    m2_ = qid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    fd = plus(v, rng.randint(30, 40))
    ad = plus(fd, rng.randint(50, 70))
    n = clm(rng)
    gr = f"GR-{digits(rng, 7)}"
    b1, b2 = amount(rng, 420, 520), amount(rng, 380, 460)
    tot = round(b1 + b2, 2)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.title_bar("APPEAL DECISION")
    q.para(fdate(ad, "long"), 10)
    for ln in [member, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Appeal number", gr), ("Claim number", n), ("Member ID", m2_), ("Group", GROUP),
             ("First decision", fdate(fd, "slash"))], label_w=38, size=9.6)
    q.ln(2)
    q.para(f"Dear {member}:", 10)
    q.para(f"You appealed our refusal of Dr. {psy}'s claim for your first visit with {GRP} on {fdate(v, 'long')}. "
           f"The claim listed two codes for that one visit: 90792, a psychiatric evaluation with medical services "
           f"({money(b1)}), and 99205, a new-patient office visit ({money(b2)}), {money(tot)} in all.", 10)
    q.para(f"Our appeal reviewer, {chair}, found that the two codes describe the same work at the same visit, and a "
           "group may bill only one of them for one visit. The claim was refused for that reason. We are keeping "
           "our decision: the claim stays denied as billed. The group may send a corrected claim with one code, "
           "which we would then pay.", 10)
    q.para("This is our final decision. You may ask for an external review within 4 months of the date of this "
           "letter.", 10)
    q.para(f"Sincerely,\n{chair}\nAppeals and Grievances", 10)
    d_b = (out(q), truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=m2_, member_name=member,
                         cases=[gr, n], claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=ad.isoformat(),
                         provider=psy, alternates={"insurer": ALT, "provider": [GRP]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_to_program_days_past_authorization", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "bd_member_eob_psychiatrist_visit_billed_twice", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_concurrent_review_form_step_down_to_outpatient", "photocopy", [photocopy_review(rng)]),
        Item(F + "phone_es_carta_esposa_psiquiatra_fuera_de_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_program_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_letter_to_husband_psychiatrist_visits_after_coverage_ended", "scan_lowres_150",
             [lowres_elig(rng)]),
        Item(F + "clean_stack_iop_not_needed_duplex_then_appeal_upheld_coding_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
