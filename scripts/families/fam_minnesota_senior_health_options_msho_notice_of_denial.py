"""Notices mirrored (structure and wording style only) from Minnesota Senior Health Options (MSHO), the Minnesota
Department of Human Services' integrated Medicare and Medical Assistance program for people 65 and older, sent by
an invented MSHO health plan (Kettle Rapids Health Plan). The Minnesota Department of Human Services (DHS), its
State Appeals Division (state fair hearing), the Ombudsman for Public Managed Health Care Programs, Medical
Assistance, Elderly Waiver, the PMI number's shape, CPT/HCPCS and CARC/RARC codes appear as themselves; the plan,
its care-coordination partner, every provider, clinician, care coordinator, reviewer, member, representative,
number, form and address is invented. Several letters go to a care coordinator or an authorised representative.

Documents (8 in 7 files):
- born_digital_rep_letter_power_wheelchair_not_needed: a Notice of Denial of Medical Coverage to the member's son
  (authorised representative), the therapist who asked named only in a sentence, "on or about" the planned date,
  UM reference split into groups; medical_necessity.
- photocopy_landscape_eob_adult_day_without_authorization: a member EOB (From / To columns) of four claims; the
  adult day centre's claim is refused CO-197 / N54 (no Elderly Waiver authorization on the care plan);
  prior_authorization.
- faxstd_caption_form_to_care_coordinator_rehab_unit_snf_instead: a standard-fax caption form sent to the care
  coordinator; the hospital's request to admit to its acute rehab unit is refused because a skilled nursing
  facility meets the need; level_of_care.
- phone_es_carta_representante_cobertura_terminada: a photographed Spanish letter to a daughter (representative):
  a dental claim for care after MSHO enrolment ended; eligibility.
- rotated_elderly_waiver_approval_homemaker: an approval of Elderly Waiver homemaker and chore services fed
  sideways (denies nothing).
- lowres_letter_to_wife_podiatry_duplicate_claim: a 150 dpi letter to the member's wife: the podiatry visit "on the
  fourth of ..." was billed twice; other (duplicate).
- clean_stack_cover_out_of_state_clinic_then_appeal_decision_sideways: a fax cover sheet, a letter refusing a
  Wisconsin clinic outside the network (out_of_network), then, sideways, an appeal decision keeping a refusal of
  acupuncture for knee pain as not covered (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "minnesota_senior_health_options_msho_notice_of_denial"
LANG = "en"
SEED = 353700
INS = "Kettle Rapids Health Plan"
ALT = ["Kettle Rapids"]
PLAN = "Kettle Rapids Senior Care (MSHO)"
CCP = "Northwoods Care Coordination Partners"
MN = [("Duluth", "558"), ("St. Cloud", "563"), ("Rochester", "559"), ("Mankato", "560"), ("Bemidji", "566"),
      ("Brainerd", "564"), ("Willmar", "562")]
STREETS = ["Birch Hollow Rd", "Lakeview Ter", "3rd Ave NE", "Tamarack Ct", "Old Highway 10", "Pine Ridge Dr"]


def addr(rng):
    c, z = rng.choice(MN)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{c} MN {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"KR{digits(rng, 9)}"


def pmi(rng):
    return digits(rng, 8)


def clm(rng):
    return digits(rng, 14)


def grp4(n):
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def ph(rng, area="218"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1936, 1960), rng.randint(1, 12), rng.randint(1, 28))


def head(p, rng, unit="Member Services", fax=False):
    p.f(16, "B")
    p.cell(0, 7.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{PLAN}  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Duluth MN 55802-{digits(rng, 4)}  |  {ph(rng, '800')} (toll "
                 f"free)  |  TTY 711  |  Fax {ph(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def rights(p, nd_words, size=8.8):
    p.bar("YOUR RIGHT TO APPEAL", 9.2)
    p.para("You may ask us for an appeal if you disagree with this decision. Your request must reach us **within 60 "
           f"days of the date of this notice** ({nd_words}). A doctor or a person you choose may ask for you. If "
           "waiting could seriously harm your health, ask for a fast appeal: we will decide within 72 hours.", size)
    p.para("If you still disagree after our appeal decision, you may ask the Minnesota Department of Human Services "
           "for a State Appeal (state fair hearing) within 120 days of our appeal decision. The Ombudsman for Public "
           "Managed Health Care Programs can help you at no cost. If you want a service you already receive to "
           "continue during your appeal, you must appeal within 10 days of this notice.", size)


def born_digital_wheelchair(rng):
    member, son, pt, doc, md, cc = people(rng, 6)
    m, pm = mid(rng), pmi(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(8, 12))
    planned = plus(nd, rng.randint(20, 30))
    ref = "UM" + digits(rng, 10)
    clinic = "Ironwood Seating and Mobility Clinic"
    supplier = "Gunflint Medical Equipment"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="KRH-NDMC-11 (rev. 08/2025)")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", align="C")
    p.ln(3)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, "Authorized Representative", *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Re:** {member}   |   Member ID {m}   |   PMI {pm}   |   Reference {ref[:2]} {grp4(ref[2:])}", 9.4)
    p.ln(1)
    p.para(f"Dear {son}:", 10)
    p.para(f"We received a request on {fdate(rec, 'long')} for a power wheelchair with a power tilt seat (K0856, "
           f"E1002) for your father. {pt}, PT, at {clinic} asked us to approve the chair, and Dr. {doc} signed the "
           f"order. {supplier} would deliver it on or about {fdate(planned, 'long')}.", 10)
    p.para("**We denied this request.** Our medical director reviewed the seating evaluation and your father's "
           "records. The records show that he walks inside his apartment with a walker and uses a manual wheelchair "
           "with a cushion for longer distances, which he can push himself. A power chair is covered when a person "
           "cannot use a manual chair safely in the home. The evaluation does not show that, so the power chair is "
           "not medically necessary for him now. A manual chair with a lighter frame may be approved if asked for.",
           10)
    p.para(f"The decision was made by Dr. {md}, medical director. His care coordinator, {cc}, RN, of {CCP}, has a "
           f"copy and can help you look at other equipment. You may ask for the records we used, free of charge, by "
           f"calling {ph(rng, '800')}.", 10)
    rights(p, fdate(nd, "long"))
    p.para(f"Member Services: {ph(rng, '800')}, TTY 711, 8 a.m. to 8 p.m., seven days a week. Your father's date of "
           f"birth on file: {fdate(dob(rng), 'slash')}.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[ref], service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=pt,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic, doc], "plan_id": [None], "member_id": [pm],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_eob(rng):
    member, cc, d1, d2, rph = people(rng, 5)
    m, pm = mid(rng), pmi(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    adc = "Cedar Landing Adult Day Center"
    rows_spec = [("Lakehead Family Medicine", f"Dr. {d1}", "99214", "Office visit", 160, 230, "paid"),
                 ("Lakehead Family Medicine", f"Dr. {d1}", "80053", "Metabolic panel", 40, 90, "paid"),
                 (adc, "", "S5102", "Adult day, per diem", 0, 0, "denied"),
                 ("Superior Shores Eye Care", f"Dr. {d2}", "92014", "Eye exam", 150, 210, "paid")]
    p = DTSheet(footer="Page {n} of {nb}", footer_left="KRH-EOB-MSHO (rev. 10/2025)")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", f"{PLAN}, for Medicare and Medical Assistance")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("PMI", pm), ("STATEMENT DATE", fdate(sd, "slash")),
                ("DATE OF BIRTH", fdate(dob(rng), "slash")), ("CARE COORDINATOR", cc)],
               [52, 38, 28, 36, 32, 71.4])
    p.ln(3)
    rows, den = [], None
    for prov, who, code, desc, lo, hi, st in rows_spec:
        n = clm(rng)
        if st == "denied":
            f = plus(sd, -rng.randint(45, 55))
            t_ = plus(f, 18)
            days = 6
            b = round(days * amount(rng, 78, 96), 2)
            rows.append([grp4(n), prov, "", fdate(f, "slash"), fdate(t_, "slash"), f"{code} x{days}", desc,
                         money(b, "nosign"), "0.00", "0.00", "0.00", "CO-197 N54"])
            den = (n, f, t_, b)
        else:
            f = plus(sd, -rng.randint(20, 40))
            b = amount(rng, lo, hi)
            al = round(b * 0.62, 2)
            rows.append([grp4(n), prov, who, fdate(f, "slash"), fdate(f, "slash"), code, desc, money(b, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "0.00", "1"])
    p.table(["Claim number", "Provider", "Rendering", "From", "To", "Code", "Service", "Billed", "Allowed",
             "Plan paid", "You owe", "Notes"], rows,
            [28, 40, 30, 17, 17, 16, 30, 16, 15, 15, 14, 19.4], size=7.2,
            aligns=["L"] * 7 + ["R"] * 4 + ["C"])
    n, f, t_, b = den
    p.para("**Notes.** 1: paid in full by Medicare and Medical Assistance through your plan. CO-197: we did not have "
           "an approval for this service before it was given. N54: the service must be on your Elderly Waiver care "
           f"plan. {adc} billed six days of adult day services from {fdate(f, 'abbr')} to {fdate(t_, 'abbr')}. Adult "
           "day services are an Elderly Waiver service, and your care coordinator must add them to your support "
           "plan and we must authorize them first. No authorization was on file, so the claim was not paid. You do "
           "not have to pay the centre for these days.", 8)
    p.para(f"Questions about a prescription? Our pharmacist {rph}, PharmD, at {ph(rng)}. To appeal a claim we did "
           "not pay, write to us within 60 days of the statement date. Fast appeals: 72 hours. State Appeal with "
           "DHS: within 120 days of our appeal decision.", 8)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[f"{f.isoformat()}/{t_.isoformat()}"], denial_date=sd.isoformat(),
              provider=adc, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [pm], "service_dates": [[f.isoformat(), t_.isoformat()],
                                                                              [f.isoformat()]]})
    return out(p), t


def faxstd_rehab(rng):
    member, cc, doc, rev, dcp = people(rng, 5)
    m, pm = mid(rng), pmi(rng)
    adm = dt.date(2026, 4, rng.randint(6, 22))
    rec = plus(adm, 2)
    nd = plus(rec, 1)
    ref = "UM" + digits(rng, 10)
    hosp = "Arrowhead Lakes Regional Hospital"
    W = 216 - 28
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  KETTLE RAPIDS UM  {ph(rng)}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL - CARE COORDINATOR COPY", "KRH-UM-4 (rev. 02/2026)  Keep with the member's "
                "support plan")
    p.form_band([("1. TO (CARE COORD.)", f"{cc}, RN"), ("2. AGENCY", CCP), ("3. FAX", ph(rng))],
                [52, 86, W - 138])
    p.form_band([("4. MBR NAME", member), ("5. MBR #", m), ("6. PMI", pm), ("7. DOB", fdate(dob(rng), "slash"))],
                [56, 44, 36, W - 136])
    p.form_band([("8. REF NO.", ref), ("9. RCVD", fdate(rec, "slash")), ("10. DECISION DT", fdate(nd, "slash"))],
                [60, 50, W - 110])
    p.form_band([("11. REQ. MD", f"Dr. {doc}"), ("12. FACILITY", hosp), ("13. DC PLANNER", dcp)],
                [52, 86, W - 138])
    p.form_band([("14. SVC REQUESTED", "Acute inpatient rehabilitation unit, 10-14 days"),
                 ("15. START (PLANNED)", fdate(plus(rec, 1), "slash"))], [120, W - 120])
    p.ln(2)
    p.checks("16. Decision", [(False, "Approved"), (True, "Denied"), (False, "Partly approved")], cols=3)
    p.ln(1)
    p.para(f"Dr. {doc}, the hospitalist at {hosp}, asked us to move the member from the medical floor to the "
           f"hospital's acute rehabilitation unit after her hip fracture repair (admitted {fdate(adm, 'abbr')}). "
           "An acute rehab unit is for people who can take part in three hours of therapy a day and need a doctor "
           "to see them every day. The therapy notes say she tolerates about 45 minutes a day. Her needs can be "
           "met in a skilled nursing facility, and we approve a skilled nursing stay instead. Please work with the "
           "discharge planner on a network facility.", 8.6)
    p.para(f"Reviewer: Dr. {rev}, physician reviewer. A peer-to-peer talk is open for 14 days at {ph(rng)}.", 8.4)
    p.para("The member or her representative may appeal within 60 days of the date of this notice. Fast appeal: "
           "72 hours. State Appeal (DHS): 120 days after our appeal decision. The member's letter was mailed today.",
           8.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[plus(rec, 1).isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp], "member_id": [pm], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    member, dau, dds, sig = people(rng, 4)
    m, pm = mid(rng), pmi(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(9, 26))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    b = amount(rng, 180, 420)
    dent = "Clínica Dental Pinewood Shores"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [dau, "Representante autorizada", *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Asunto", f"Reclamo {grp4(n)}"), ("Miembro", member), ("Número de miembro", m)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {dau}:", 10)
    p.para(f"Le escribimos sobre la visita al dentista que tuvo su madre el {fdate(v, 'long', 'es')} en {dent}. La "
           f"Dra. {dds} le hizo una limpieza y dos empastes, y la clínica nos cobró {money(b)}.", 10)
    p.para(f"No pagamos este reclamo. La inscripción de su madre en {PLAN} terminó el {fdate(end, 'long', 'es')}, "
           "cuando se cerró su caso de Asistencia Médica (Medical Assistance). La visita fue después de esa fecha. "
           "Si su caso se volvió a abrir con fecha anterior, llame al condado y luego a nosotros para revisar el "
           "reclamo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Apelación rápida: 72 "
           "horas. Audiencia estatal (State Appeal) ante el Departamento de Servicios Humanos de Minnesota: dentro "
           f"de 120 días de nuestra decisión. Llame al {ph(rng, '800')} (TTY 711). PMI de su madre: {pm}.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=dent,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dds], "plan_id": [None], "member_id": [pm]})
    return out(p), t


def rotated_approval(rng):
    member, cc, aide = people(rng, 3)
    m, pm = mid(rng), pmi(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    start = plus(nd, 5)
    end = dt.date(2026, 12, 31)
    auth = "EW" + digits(rng, 9)
    agency = "Bluestem Home Support Services"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="KRH-EWA-2 (rev. 11/2025)")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Elderly Waiver Services")
    p.line("NOTICE OF APPROVAL", 13, "B", align="C")
    p.ln(2)
    p.addr_pair("TO", [member, *addr(rng)], "CARE COORDINATOR", [f"{cc}, RN", CCP, ph(rng)])
    p.ln(2)
    p.grid([[("DATE OF NOTICE", fdate(nd, "long")), ("MEMBER ID", m), ("AUTHORIZATION", auth)],
            [("SERVICE", "Homemaker (S5130) and chore (S5120)"), ("PROVIDER", agency), ("PMI", pm)],
            [("FROM", fdate(start, "slash")), ("THROUGH", fdate(end, "slash")), ("UNITS", "16 per week")]], size=8.6)
    p.para(f"Good news: we approved the homemaker and chore services your care coordinator added to your Elderly "
           f"Waiver support plan. {agency} will send {aide} to help with cleaning, laundry and snow shovelling, four "
           "hours at a time. You do not need to do anything. If you want a different agency, call your care "
           "coordinator.", 10)
    p.para("If your needs change, your care coordinator will visit you again. If we later reduce or stop these "
           "services, we will send you a notice with your appeal rights at least 10 days before.", 10)
    t = truth("other", None, insurer=INS, plan_id=PLAN, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=agency,
              alternates={"insurer": ALT, "plan_id": [None], "member_id": [pm], "case_numbers": [[]],
                          "service_dates": [[]]})
    return out(p), t


WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
         9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
         15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth"}


def lowres_duplicate(rng):
    member, wife, dpm, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(v, rng.randint(40, 50))
    n1, n2 = clm(rng), clm(rng)
    b = amount(rng, 140, 260)
    prac = "North Shore Foot and Ankle"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [wife, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Re:** your husband's foot care visit of {fdate(v, 'dash')}", 9.4)
    p.ln(1)
    p.para(f"Dear {wife}:", 10)
    p.para(f"You asked us, as your husband's authorized representative, why part of his foot care was not paid. "
           f"{member} (member ID {m}) saw Dr. {dpm}, DPM, at {prac} on the {WORDS[v.day]} of {v.strftime('%B')}, "
           f"when she trimmed his toenails and treated a corn (11721, 11055).", 10)
    p.para(f"The practice sent us two claims for that one visit. We paid the first, claim {grp4(n1)}, on "
           f"{fdate(plus(v, 21), 'long')}. The second, claim {grp4(n2)} for {money(b)}, lists the same services on "
           "the same day, so we did not pay it again. This is not a decision about whether the care was needed; it "
           "was paid once. The practice may not bill your husband for the second claim.", 10)
    p.para(f"If you disagree, you may appeal within 60 days of the date of this letter. A fast appeal is decided "
           f"within 72 hours. Questions: {ph(rng, '800')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Resolution\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n2],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=dpm,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [prac]})
    return out(p), t


def clean_stack(rng):
    member, rep, doc, cc, sig = people(rng, 5)
    m, pm = mid(rng), pmi(rng)
    v = dt.date(2026, 1, rng.randint(12, 28))
    nd = plus(v, rng.randint(35, 45))
    n = clm(rng)
    b1, b2 = amount(rng, 190, 260), amount(rng, 300, 520)
    tot = round(b1 + b2, 2)
    clin = "Namekagon Valley Clinic"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, f"c/o {rep}, Authorized Representative", *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Claim number", f"CLM-{n}"), ("Provider", f"{clin}, Hayward, Wisconsin"),
                   ("Date of service", fdate(v, "long")), ("Amount billed", money(tot))], label_w=45)
    p.para(f"Dr. {doc} at {clin} in Hayward, Wisconsin, saw {member} for a follow-up of his diabetes and ordered an "
           "ultrasound of his legs (99214, 93925). The clinic is not in our network, and it is outside Minnesota.",
           10)
    p.para("Your plan pays for care outside the network only for emergencies, urgently needed care while away from "
           "home, and care we approved first. This was a planned follow-up visit, and no approval was asked for, so "
           "we did not pay the claim. Lakehead Family Medicine and other clinics in our network near you can give "
           f"this care. Your care coordinator, {cc}, can help you find one.", 10)
    rights(p, fdate(nd, "long"), 8.8)
    p.para(f"Sincerely,\n{sig}\nClaims", 9.6)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member,
                         cases=[f"CLM-{n}"], claim_amount=m2(tot), service_dates=[v.isoformat()],
                         denial_date=nd.isoformat(), provider=clin, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc]}))
    mem2, lac, rev, sig2 = people(rng, 4)
    m2_ = mid(rng)
    f = dt.date(2026, 2, rng.randint(2, 9))
    t_ = plus(f, 21)
    ad = plus(t_, rng.randint(45, 60))
    n2 = clm(rng)
    ap = "AP-" + digits(rng, 7)
    b = round(4 * amount(rng, 70, 95), 2)
    q = DTSheet(footer="Page {n} of {nb}", footer_left="KRH-APD-1 (rev. 06/2025)")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals and Grievances")
    q.line("APPEAL DECISION", 13, "B", align="C")
    q.ln(2)
    q.para(fdate(ad, "long"), 10)
    for ln in [mem2, *addr(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Appeal number", ap), ("Claim number", grp4(n2)), ("Member ID", m2_)], label_w=38, size=9.6)
    q.ln(2)
    q.para(f"Dear {mem2}:", 10)
    q.para(f"You appealed our decision not to pay for four acupuncture visits with {lac}, LAc, at Silver Bay "
           f"Acupuncture, from {fdate(f, 'long')} through {fdate(t_, 'long')}, billed at {money(b)}. Dr. {rev}, who "
           "did not make the first decision, reviewed your appeal.", 10)
    q.para("**We are keeping our decision.** Medicare covers acupuncture only for chronic low back pain, and Medical "
           "Assistance does not add acupuncture for other conditions. Your visits were for knee pain, which is not a "
           "covered reason, so these visits are not a covered service under your plan.", 10)
    q.para("If you disagree, you may ask the Minnesota Department of Human Services for a State Appeal within 120 "
           f"days of the date of this letter. Medicare may also review it. Call {ph(rng, '800')} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals and Grievances", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=mem2,
                         cases=[ap, n2], claim_amount=m2(b), service_dates=[f"{f.isoformat()}/{t_.isoformat()}"],
                         denial_date=ad.isoformat(), provider=lac, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": ["Silver Bay Acupuncture"],
                                     "service_dates": [[f.isoformat(), t_.isoformat()], [f.isoformat()]],
                                     "case_numbers": [[ap], [n2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_rep_letter_power_wheelchair_not_needed", "born_digital", [born_digital_wheelchair(rng)]),
        Item(F + "photocopy_landscape_eob_adult_day_without_authorization", "photocopy", [photocopy_eob(rng)]),
        Item(F + "faxstd_caption_form_to_care_coordinator_rehab_unit_snf_instead", "fax_standard_g4",
             [faxstd_rehab(rng)]),
        Item(F + "phone_es_carta_representante_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_elderly_waiver_approval_homemaker", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_wife_podiatry_duplicate_claim", "scan_lowres_150", [lowres_duplicate(rng)]),
        Item(F + "clean_stack_cover_out_of_state_clinic_then_appeal_decision_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
