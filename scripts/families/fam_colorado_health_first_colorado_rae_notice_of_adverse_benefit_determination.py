"""Notices of adverse benefit determination mirrored (structure and plain wording style only) from the papers a
Health First Colorado regional accountable entity (RAE) sends about behavioral health care it manages. Health First
Colorado (Colorado's Medicaid program), the Colorado Department of Health Care Policy and Financing, RAEs, the
Office of Administrative Courts' State Fair Hearing, the Ombudsman for Health First Colorado, the Health First
Colorado ID shape (a letter and six digits), CPT/HCPCS and CARC codes appear as themselves; the RAE (Kinnikinnick
Range Health Alliance), its forms, rules as written here and time limits, every centre, hospital, therapist, doctor,
reviewer, advocate, member, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_noabd_form_intensive_outpatient_not_needed: a numbered-caption NOABD form on a standard fax to a parent
  refusing an intensive outpatient program for a teenager as not needed (planned From / To, received date, DOB,
  medical director as decoys).
- bd_claims_summary_four_claim_blocks_counselor_outside_network: a born-digital member claims summary of four claims,
  the claim number heading each claim's lines, subtotals and a totals row; the third claim (three counseling visits
  at a practice not enrolled and not in the network) pays 0.00 under CARC 242.
- photocopy_claim_notice_testing_for_school_plan: a photocopied claim notice to a mother, three rows (one claim a
  row, the testing row over two lines), no provider column: the psychologist is named only in a sentence; the
  testing "on March 3 and March 10" is refused because the RAE pays for testing only to treat a condition, not for
  a school plan (type never named: not_covered).
- phone_es_residencial_despues_de_terminar_cobertura: a photographed Spanish notice: a residential treatment stay
  that began after Health First Colorado coverage ended at renewal (eligibility).
- rotated_aba_approval_with_fewer_hours: an approval of applied behavior analysis "from ... through ..." with 20 of
  the 25 weekly hours asked for, said kindly, fed sideways; taken as a partial denial (see the README).
- lowres_letter_daughter_psychiatric_stay_later_days_partial_hospital: a 150 dpi letter to a daughter as authorised
  representative: the stay "from the second to the ninth of June", the last four days refused because a partial
  hospitalization program would do (level_of_care); the hospital and the psychiatrist only in sentences.
- clean_stack_cover_advocate_letter_then_appeal_resolution_sideways: a cover sheet, an advocate's letter to the RAE
  quoting the earlier denial (denies nothing), then turned sideways the notice of appeal resolution keeping the
  refusal of youth residential days before the RAE was asked (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwf import DWSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "colorado_health_first_colorado_rae_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354105
INS = "Kinnikinnick Range Health Alliance"
ALT = ["Kinnikinnick Range"]
HCPF = "Colorado Department of Health Care Policy and Financing"


def hid(rng):
    return rng.choice("ACDEFGHKMNPRTW") + digits(rng, 6)


def claim(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 7)}"


def auth(rng):
    return f"KR-UM-{digits(rng, 7)}"


def address(rng):
    city, z = rng.choice([("Grand Junction", "815"), ("Montrose", "814"), ("Delta", "814"), ("Glenwood Springs", "816"),
                          ("Rifle", "816"), ("Durango", "813")])
    st = rng.choice(["Orchard Ave", "N 7th St", "Cedar Mesa Rd", "Hillcrest Dr", "Palisade Way", "S Townsend Ave"])
    return [f"{rng.randint(100, 4990)} {st}", f"{city} CO {z}{rng.randint(10, 99)}"]


def phone(rng, area="970"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo, hi):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def head(p: DWSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, "Regional Accountable Entity (RAE) for Health First Colorado, Colorado's Medicaid program",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Grand Junction CO 81502  |  {phone(rng, '888')}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


RIGHTS = ("You may ask us for an appeal within 60 days from the date of this {what}. Call us, write to us or use "
          "the appeal form we sent. If your health could be seriously harmed by waiting, ask for a fast appeal; we "
          "decide fast appeals within 72 hours. If you are getting this service now and want it to go on during the "
          "appeal, ask within 10 days. After our appeal decision you may ask for a State Fair Hearing with the "
          "Office of Administrative Courts within 120 days of that decision. The Ombudsman for Health First "
          "Colorado can help you for free.")


def faxstd_iop(rng):
    teen, parent, doc, md, cm = people(rng, 5)
    mid = hid(rng)
    rec = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(rec, rng.randint(5, 9))
    d1 = plus(nd, rng.randint(6, 10))
    d2 = plus(d1, 41)
    case = auth(rng)
    center = "Sunfold Mesa Behavioral Health Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  KRHA UTILIZATION MGMT  {phone(rng)}  P.{{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="KRH-NOABD-1 (10/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Health First Colorado behavioral health services")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF NOTICE", fdate(nd, "slash")), ("2. DATE MAILED", fdate(plus(nd, 1), "slash")),
                 ("3. REQUEST RECEIVED", fdate(rec, "slash"))], [W / 3] * 3)
    p.form_band([("4. SENT TO (PARENT / GUARDIAN)", parent), ("5. MEMBER NAME", teen),
                 ("6. HEALTH FIRST COLORADO ID", mid)], [W / 3] * 3)
    p.form_band([("7. MEMBER DATE OF BIRTH", fdate(dob(rng, 2009, 2012), "slash")), ("8. AUTH. REQUEST NO.", case),
                 ("9. CARE COORDINATOR", cm)], [W / 3] * 3)
    p.form_band([("10. REQUESTING PROVIDER", center), ("11. ORDERING CLINICIAN", f"{doc}, MD")], [W * 0.55, W * 0.45])
    p.form_band([("12. SERVICE ASKED FOR", "Intensive outpatient program (S9480), 3 days a week"),
                 ("13. PLANNED FROM", fdate(d1, "slash")), ("14. PLANNED TO", fdate(d2, "slash"))],
                [W * 0.5, W * 0.25, W * 0.25])
    p.ln(3)
    p.checks("15. What we decided", [(True, "Denied - we will not approve the service asked for"),
                                     (False, "Reduced"), (False, "Ended or suspended"), (False, "Claim not paid")],
             cols=2)
    p.section("16", "Why we decided this")
    p.para(f"{teen} has been going to weekly therapy and medication visits. The notes {center} sent show fewer "
           "panic attacks since December, school attendance back to four days a week and no thoughts of self-harm. "
           "A program of three half-days a week is meant for someone whose symptoms are getting worse even with "
           "weekly care, and that is not what the notes describe. Weekly therapy, with a second session when needed, "
           "still fits. This decision was made by our medical director, "
           f"Dr. {md}, a child psychiatrist.", 9)
    p.section("17", "Your rights")
    p.para(RIGHTS.format(what="notice"), 8.6)
    p.para(f"Questions: Member Services {phone(rng, '888')} (TTY 711). This notice is also sent to the provider.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=teen, cases=[case],
              service_dates=[span(d1, d2)], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[d1.isoformat(), d2.isoformat()]],
                          "denial_date": [plus(nd, 1).isoformat()]})
    return out(p), t


def bd_summary(rng):
    member, therapist, psych, peer = people(rng, 4)
    mid = hid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    base = plus(sd, -rng.randint(40, 50))
    oon = "Tamsin Creek Counseling"
    c1, c2, c3, c4 = claim(rng), claim(rng), claim(rng), claim(rng)
    d = [plus(base, k) for k in (0, 7, 3, 9, 14, 21, 12)]
    b = [amount(rng, 140, 190), amount(rng, 140, 190), amount(rng, 120, 160), amount(rng, 60, 90),
         amount(rng, 110, 150), amount(rng, 110, 150), amount(rng, 110, 150), amount(rng, 40, 70)]

    def paid(x):
        return [x, round(x * 0.62, 2), round(x * 0.62, 2), 0.0]
    claims = [
        {"first": [c1, "Sunfold Mesa Behavioral Health Center"],
         "lines": [[fdate(d[0], "slash"), "90837 Therapy, 60 min", *paid(b[0]), "1"],
                   [fdate(d[1], "slash"), "90837 Therapy, 60 min", *paid(b[1]), "1"]]},
        {"first": [c2, f"Dr. {psych}"],
         "lines": [[fdate(d[2], "slash"), "99214 Medication visit", *paid(b[2]), "1"],
                   [fdate(d[2], "slash"), "90833 Add-on therapy", *paid(b[3]), "1"]]},
        {"first": [c3, oon],
         "lines": [[fdate(d[4], "slash"), "90834 Therapy, 45 min", b[4], 0.0, 0.0, 0.0, "242"],
                   [fdate(d[5], "slash"), "90834 Therapy, 45 min", b[5], 0.0, 0.0, 0.0, "242"],
                   [fdate(plus(d[5], 7), "slash"), "90834 Therapy, 45 min", b[6], 0.0, 0.0, 0.0, "242"]]},
        {"first": [c4, "Sunfold Mesa Behavioral Health Center"],
         "lines": [[fdate(d[6], "slash"), "H0038 Peer support, 4 units", *paid(b[7]), "1"]]},
    ]
    p = DWSheet(footer="Page {n} of {nb}", footer_left="KRH-MCS-3")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, rng)
    p.title_bar("MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("HEALTH FIRST COLORADO ID", mid), ("DATE OF BIRTH", fdate(dob(rng, 1975, 2000), "slash")),
                ("STATEMENT DATE", fdate(sd, "slash")), ("CLAIMS PROCESSED", f"{fdate(plus(sd, -30), 'slash')} - "
                                                                             f"{fdate(plus(sd, -1), 'slash')}")],
               [44, 38, 28, 30, 51.9])
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 9)
    p.ln(2)
    p.claims_table(["Claim no.", "Provider", "Date", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"],
                   claims, [25, 55, 17, 36, 14, 13, 13, 11, 6.9], size=7.0)
    tot3 = round(b[4] + b[5] + b[6], 2)
    p.para("**Notes.** 1: paid. 242: not paid - the provider is not in our network. "
           f"{therapist}, LPC, of {oon} is not enrolled with Health First Colorado and is not in our network, and "
           "we did not approve visits outside the network before they began. Our network has counselors near you "
           "who take new members; your care coordinator can help you choose one. A provider may not bill you for "
           "covered Health First Colorado services.", 8.4)
    p.para(RIGHTS.format(what="statement"), 7.8)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[c3],
              claim_amount=m2(tot3), service_dates=[d[4].isoformat(), d[5].isoformat(), plus(d[5], 7).isoformat()],
              denial_date=sd.isoformat(), provider=oon, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [therapist]})
    return out(p), t


def photocopy_testing(rng):
    child, mother, psych, rev, ther = people(rng, 5)
    mid = hid(rng)
    prac = "Larkwhistle Child Psychology"
    t1 = dt.date(2026, 3, 3)
    t2 = dt.date(2026, 3, 10)
    f1, f2 = dt.date(2026, 2, rng.randint(16, 24)), dt.date(2026, 3, rng.randint(17, 26))
    nd = dt.date(2026, 4, rng.randint(14, 24))
    ca, cb, cc = claim(rng), claim(rng), claim(rng)
    ba, bb = amount(rng, 130, 170), amount(rng, 130, 170)
    bt1, bt2 = amount(rng, 280, 360), amount(rng, 420, 520)
    bt = round(bt1 + bt2, 2)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIMS", "KRH-NOABD-4 (rev. 01/2026)")
    for ln in [mother, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Member", child), ("Health First Colorado ID", mid),
             ("Member date of birth", fdate(dob(rng, 2013, 2017), "slash"))], label_w=52, size=9.2, h=5)
    p.ln(2)
    p.mtable(["Claim no.", "Date(s) of service", "Code", "Service", "Billed", "Paid", "Status"],
             [[ca, fdate(f1, "slash"), "90847", "Family therapy", money(ba, "nosign"), money(round(ba * 0.6, 2), "nosign"),
               "Paid"],
              [cb, f"{fdate(t1, 'slash')}\n{fdate(t2, 'slash')}", "96130\n96131", "Psychological testing evaluation,\n"
               "first hour and added hour", money(bt, "nosign"), "0.00", "Not paid"],
              [cc, fdate(f2, "slash"), "90847", "Family therapy", money(bb, "nosign"), money(round(bb * 0.6, 2), "nosign"),
               "Paid"]],
             [34, 30, 16, 50, 18, 14, 17.9], size=8.4, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"Dear {mother}:", 9.6)
    p.para(f"Dr. {psych} of {prac} sent us the claims above for your son. We paid the family therapy visits. We did "
           f"not pay for the testing sessions on March 3 and March 10, 2026, billed together for {money(bt)}.", 9.6)
    p.para("Health First Colorado pays for psychological testing through us when the results are needed to find or "
           "treat a behavioral health condition. The request Dr. " + psych.split()[-1] + "'s office sent says the "
           "testing was asked for by your son's school so it could write his education plan, and his therapist, "
           f"{ther}, already had a diagnosis and a treatment plan. Testing a school needs for its own planning is "
           "paid by the school district. " + f"Our reviewer, {rev}, PhD, looked at the request.", 9.6)
    p.para(RIGHTS.format(what="notice"), 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[cb],
              claim_amount=m2(bt), service_dates=[t1.isoformat(), t2.isoformat()], denial_date=nd.isoformat(),
              provider=psych, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [prac]}, denial_alternates=["medical_necessity"],
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    mid = hid(rng)
    end = dt.date(2026, 3, 31)
    a, b = dt.date(2026, 4, 2), dt.date(2026, 4, 9)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    n = claim(rng)
    bill = amount(rng, 3800, 5200)
    prov = "Piñon Hollow Recovery Center"
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS")
    W = p.w - p.l_margin - p.r_margin
    p.grid([[("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", n)],
            [("Nombre del miembro", member), ("ID de Health First Colorado", mid)]], size=9.2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{prov} nos envió un reclamo por {money(bill)} por su tratamiento residencial para el uso de sustancias "
           f"desde el 2 de abril de 2026 hasta el 9 de abril de 2026. El Dr. {doc} firmó la orden de admisión.", 10)
    p.para(f"Su cobertura de Health First Colorado terminó el {fdate(end, 'long', 'es')} porque el paquete de "
           "renovación no se devolvió a tiempo. No podemos pagar servicios que se dieron cuando usted no tenía "
           "cobertura. Si ya envió su renovación y su cobertura vuelve a comenzar con fecha anterior, llámenos y "
           "revisaremos el reclamo otra vez.", 10)
    p.bar("SUS DERECHOS", 9.4)
    p.para("Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Una apelación rápida "
           "se decide en 72 horas. Después de nuestra decisión puede pedir una Audiencia Imparcial Estatal ante la "
           "Office of Administrative Courts dentro de 120 días. "
           f"Llame al {phone(rng, '888')} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def rotated_aba(rng):
    child, father, bcba, doc, cm = people(rng, 5)
    mid = hid(rng)
    prov = "Brightmarrow Autism Services"
    rec = dt.date(2026, 4, rng.randint(6, 14))
    nd = plus(rec, rng.randint(4, 8))
    a = dt.date(2026, 5, 4)
    b = dt.date(2026, 10, 31)
    pa, pb = dt.date(2025, 11, 3), dt.date(2026, 5, 3)
    case = auth(rng)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Care Coordination")
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("About", child), ("Health First Colorado ID", mid), ("Request number", case)], label_w=50, size=9.6)
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"Good news. We approved more applied behavior analysis (97153, 97155) for {child} with {prov}, from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}. His last approval, from {fdate(pa, 'long')} through "
           f"{fdate(pb, 'long')}, ends as this one starts, so there is no gap.", 10)
    p.para(f"{bcba}, BCBA, asked for 25 hours a week. We approved 20 hours a week. The progress report shows he met "
           "most of his goals, and the plan moves some of his practice time into his preschool day, where his "
           "teachers will use the same steps. We think 20 hours a week fits that plan well. If his needs change, "
           "the team can ask for more hours at any time.", 10)
    p.para("Because we approved fewer hours than were asked for, you have the right to appeal the 5 hours a week we "
           "did not approve. " + RIGHTS.format(what="letter"), 9.4)
    p.para(f"Your care coordinator, {cm}, can answer questions: {phone(rng, '888')} (TTY 711).", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[case],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [bcba], "service_dates": [[a.isoformat(), b.isoformat()]],
                          "appeal_deadline": [None]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


def lowres_psych(rng):
    father, daughter, psych, rev, sig = people(rng, 5)
    mid = hid(rng)
    hosp = "Cottonwood Bend Psychiatric Hospital"
    a, r, b = dt.date(2026, 6, 2), dt.date(2026, 6, 6), dt.date(2026, 6, 9)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    n = claim(rng)
    per = amount(rng, 1150, 1400)
    tot = round(per * 8, 2)
    den = round(per * 4, 2)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {father}, Health First Colorado ID {mid}, claim {n}", 10)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are your father's authorized representative, so we are writing to you about his stay from the "
           f"second to the ninth of June 2026. Dr. {psych}, his psychiatrist at {hosp}, asked us to cover the "
           f"whole stay, and the hospital sent us a claim for {money(tot)}.", 10)
    p.para("We paid for the first four days. By the fourth day his medicines were working, he was sleeping and "
           "eating, and he was no longer a danger to himself. From then on, a partial hospitalization program, "
           "where he would spend the day in treatment and the night at home, could give him the care he needed. "
           "So we did not pay the days from June 6 through June 9, 2026, billed at "
           f"{money(den)}. Our physician reviewer, Dr. {rev}, spoke with Dr. {psych.split()[-1]} before deciding.",
           10)
    p.para("The hospital may not bill your father for the days we did not pay. " + RIGHTS.format(what="letter"), 9.6)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=father, cases=[n],
              claim_amount=m2(den), service_dates=[span(r, b)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [psych], "claim_amount": [m2(tot)],
                          "service_dates": [[r.isoformat(), b.isoformat()], [span(a, b)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean_stack(rng):
    child, mother, adv, doc, md, sig = people(rng, 6)
    mid = hid(rng)
    prov = "Quailbrush Youth Residential Treatment Center"
    org = "Timberline Ridge Family Advocates"
    adm = dt.date(2026, 2, rng.randint(2, 9))
    req = plus(adm, 12)
    first_nd = plus(req, 8)
    adv_d = plus(first_nd, rng.randint(20, 30))
    ard = plus(adv_d, rng.randint(20, 26))
    case = auth(rng)
    apl = f"KR-APL-{digits(rng, 6)}"
    last = plus(req, -1)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 990)} Main St, Suite 2, Montrose CO 81401  |  {phone(rng)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)
    p.para(fdate(adv_d, "long"), 10)
    p.para(f"Appeals Unit\n{INS}\nPO Box {rng.randint(1200, 9800)}\nGrand Junction CO 81502", 10)
    p.para(f"Re: Appeal for {child}, Health First Colorado ID {mid}, your reference {case}", 10, gap=3)
    p.para("To the Appeals Unit:", 10)
    p.para(f"We represent {mother}, the mother of {child}. Your notice of {fdate(first_nd, 'long')} said: \"We will "
           f"not pay for the days at {prov} before we were asked to approve the stay, because residential treatment "
           "must be approved before it begins.\" Please treat this letter as her request for an appeal.", 10)
    p.para(f"{child} was admitted on {fdate(adm, 'long')} straight from an emergency department, at night, after a "
           "crisis. No one could have asked you first. The center asked you on the first business day its "
           f"admissions staff learned she had Health First Colorado. Dr. {doc} at the center can explain the "
           "admission. We ask you to pay the stay from the first day.", 10)
    p.para(f"Sincerely,\n{adv}\nAdvocate, {org}\ncc: {mother}", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[case],
                         service_dates=[adm.isoformat()], denial_date=adv_d.isoformat(), provider=prov,
                         unscored=["insurer"],
                         alternates={"case_numbers": [[]], "provider": [doc],
                                     "service_dates": [[]]}))
    q = DWSheet(footer="Page {n} of {nb}", footer_left="KRH-NAR-2")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals")
    q.title_bar("NOTICE OF APPEAL RESOLUTION")
    q.pairs([("Date of this notice", fdate(ard, "slash")), ("To", mother), ("Member", child),
             ("Health First Colorado ID", mid), ("Appeal number", apl), ("Original request", case)],
            label_w=52, size=9.4, h=5)
    q.ln(2)
    q.para(f"We received the appeal {adv} of {org} filed for you on {fdate(plus(adv_d, 2), 'long')}. We looked again "
           f"at our decision not to pay for {child}'s stay at {prov} from {fdate(adm, 'long')} through "
           f"{fdate(last, 'long')}, the days before the center asked us to approve it.", 9.6)
    q.para(f"**Our decision: we are keeping our first decision.** Dr. {md}, a child psychiatrist who did not make "
           "the first decision, reviewed the appeal. An emergency department visit does not need approval, but a "
           "move from the emergency department to a residential center is planned care. Our rules ask the center to "
           "call us within one business day of an admission. It called on the twelfth day. We approved and paid the "
           f"stay from {fdate(req, 'long')}, the day it asked.", 9.6)
    q.para("If you disagree, you may ask for a State Fair Hearing with the Office of Administrative Courts within "
           "120 days of the date of this notice. If you were getting this service and want it to continue during "
           "the hearing, ask within 10 days. The Ombudsman for Health First Colorado can help you for free. "
           f"Questions: {phone(rng, '888')} (TTY 711).", 9)
    q.para(f"Sincerely,\n{sig}\nAppeals Coordinator", 9.6)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child,
                         cases=[apl, case], service_dates=[span(adm, last)], denial_date=ard.isoformat(),
                         provider=prov, appeal_deadline=None,
                         alternates={"insurer": ALT, "case_numbers": [[apl], [case]],
                                     "service_dates": [[adm.isoformat(), last.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_noabd_form_intensive_outpatient_not_needed", "fax_standard_g4", [faxstd_iop(rng)]),
        Item(F + "bd_claims_summary_four_claim_blocks_counselor_outside_network", "born_digital", [bd_summary(rng)]),
        Item(F + "photocopy_claim_notice_testing_for_school_plan", "photocopy", [photocopy_testing(rng)]),
        Item(F + "phone_es_residencial_despues_de_terminar_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_aba_approval_with_fewer_hours", "rotated", [rotated_aba(rng)]),
        Item(F + "lowres_letter_daughter_psychiatric_stay_later_days_partial_hospital", "scan_lowres_150",
             [lowres_psych(rng)]),
        Item(F + "clean_stack_cover_advocate_letter_then_appeal_resolution_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
