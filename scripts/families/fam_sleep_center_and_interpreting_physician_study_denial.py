"""An invented commercial plan (Dovecrest Health Insurance Company) deciding a sleep centre's study claims (the
technical part) and the interpreting physician's reading (the professional part), with service dates told in the
writer's own sentences ("from ... through ...", "on or about ...", "the sleep study you had on ...", a date in
words beside numeric ones, a From / Thru pair of columns). CPT codes, the -26 / -TC modifiers and CARC codes appear
as themselves; the plan, its rules and time limits, the sleep centres (Cobblestream Sleep Disorders Center,
Harrier Point Sleep Institute), the reading group (Quillmore Neurology and Sleep Associates), every doctor, spouse,
representative, number and address are invented. Some letters go to the member's spouse or authorised
representative; the truth's member is the patient.

Documents (8 in 7 files):
- bd_member_eob_three_claims_reading_billed_without_modifier: a landscape EOB to the subscriber of three claims
  (ordering physician's visit, the centre's technical claim, the reading group's claim) with From / Thru columns; the
  reading line billed as 95810 with no -26 after the centre was paid the technical part pays 0.00 (CARC 4;
  coding_error).
- faxstd_pa_form_lab_study_home_test_instead: a standard-fax prior authorization form ("MBR #", "REF NO.", "DOS",
  "REQ. MD", "FACILITY", "READ. MD") refusing an in-lab study because a home sleep apnea test is the right setting
  (level_of_care).
- photocopy_claim_form_titration_without_approval: a photocopied claim determination form (date in words beside the
  numeric DOS box) on a CPAP titration study done with no approval (prior_authorization).
- faxstd_reading_group_remittance_three_patients_late: a standard-fax remittance to the reading group ("MBR #", "DOS",
  "AMT BILLED", "REF NO." columns); the second patient's reading came after the 120-day limit (CARC 29;
  timely_filing).
- phone_es_estudio_despues_de_fin_de_cobertura: a photographed Spanish letter to the member's wife on a study after
  coverage ended with the job (eligibility).
- rotated_repeat_study_and_mslt_not_needed: a letter to the member's authorised representative on a repeat in-lab
  study and nap test "from ... through ..." judged not needed (medical_necessity), fed sideways.
- lowres_stack_home_test_approval_then_out_of_network_centre_turned: a 150 dpi stack: a home-test approval (denies
  nothing), a blank separator, then a letter on a study at a centre outside the network, fed sideways
  (out_of_network).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "sleep_center_and_interpreting_physician_study_denial"
LANG = "en"
SEED = 353605
INS = "Dovecrest Health Insurance Company"
ALT = ["Dovecrest Health", "Dovecrest"]
PLAN = "Dovecrest Select PPO 1500"
GROUP = "G-4471820"
CTR = "Cobblestream Sleep Disorders Center"
READ = "Quillmore Neurology and Sleep Associates"


def dc_id(rng):
    return f"DVC{digits(rng, 9)}"


def claim(rng):
    return f"{rng.randint(2, 9)}{digits(rng, 3)}-{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, subscriber, ordering, reader = people(rng, 4)
    mid = dc_id(rng)
    study = dt.date(2026, rng.randint(2, 5), rng.randint(3, 22))
    visit = plus(study, -rng.randint(14, 30))
    read_d = plus(study, rng.randint(2, 4))
    sd = plus(read_d, rng.randint(28, 40))
    n_v, n_c, n_r = claim(rng), claim(rng), claim(rng)

    def paid(f, t, code, desc, lo, hi):
        b = amount(rng, lo, hi)
        al = round(b * rng.uniform(0.5, 0.62), 2)
        you = round(al * 0.2, 2)
        return [fdate(f, "slash"), fdate(t, "slash"), code, desc, b, al, round(al - you, 2), you, "A1"]

    claims = [{"first": [n_v, f"Dr. {ordering}"], "lines": [paid(visit, visit, "99204", "New patient visit", 280, 420)]},
              {"first": [n_c, CTR], "lines": [paid(study, plus(study, 1), "95810-TC", "Sleep study, technical",
                                                   1800, 2600)]}]
    b_r = amount(rng, 420, 690)
    claims.append({"first": [n_r, READ],
                   "lines": [[fdate(read_d, "slash"), fdate(read_d, "slash"), "95810", "Sleep study, global",
                              b_r, 0.0, 0.0, 0.0, "C4"]]})
    p = DSSheet(footer="Page {n} of {nb}", footer_left="DHIC-EOB (rev. 08/2025)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.addr_pair("Subscriber", [subscriber, *address(rng)], "Statement for", [f"Patient: {patient} (spouse)",
                                                                             f"Plan: {PLAN}", f"Group: {GROUP}"])
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Statement date", fdate(sd, "long")),
                ("Subscriber", subscriber)], [55, 42, 32, 55, 75.4])
    p.capstrip([("Patient DOB", fdate(dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Deductible met", "$1,500.00 of $1,500.00"), ("Reading group NPI", npi(rng)),
                ("Claims received through", fdate(plus(sd, -3), "slash"))], [36, 55, 55, 50, 63.4])
    p.ln(3)
    p.claims_table(["Claim no.", "Billed by", "From", "Thru", "Code", "Service", "Billed", "Allowed", "Plan paid",
                    "You owe", "Note"], claims, [26, 65, 19, 19, 16, 38, 17, 17, 17, 16, 9.4], size=7.3)
    p.para(f"**Notes.** A1: paid under your plan. C4 (CARC 4): the reading physician, Dr. {reader}, billed the whole "
           f"sleep study (95810 with no -26 modifier), but {CTR} already billed and was paid for the technical part of the same "
           "study. The reading should be billed with modifier -26 (professional part only). The group may send a "
           "corrected claim; it may not bill you for this line.", 8)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. You may ask for an external review within 4 months of our final decision.", 8)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[n_r], claim_amount=m2(b_r), service_dates=[read_d.isoformat()], denial_date=sd.isoformat(),
              provider=reader, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [READ]})
    return out(p), t


def faxstd_pa(rng):
    patient, req, rdr, rev, cm = people(rng, 5)
    mid = dc_id(rng)
    nd = dt.date(2026, rng.randint(3, 8), rng.randint(2, 22))
    rcvd = plus(nd, -rng.randint(3, 8))
    plan = plus(nd, rng.randint(12, 25))
    ref = f"UM{digits(rng, 9)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 11:{rng.randint(10, 59)}  DOVECREST UM  {phone(rng, '614')}  P{{n}}/1"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="DHIC-PA-3 (rev. 01/2026)")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PRIOR AUTHORIZATION DETERMINATION", 12.5, "B", align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DET. DATE", fdate(nd, "dash")), ("REF NO.", ref), ("RCVD", fdate(rcvd, "dash")),
                 ("DECISION", "DENIED AS REQUESTED")], [32, 42, 30, W - 104])
    p.form_band([("PATIENT", patient), ("MBR #", mid), ("GRP", GROUP), ("DOB", fdate(dob(rng), "dash"))],
                [60, 44, 34, W - 138])
    p.form_band([("REQ. MD", f"Dr. {req}"), ("REQ. MD NPI", npi(rng)), ("FACILITY", CTR)], [56, 34, W - 90])
    p.form_band([("READ. MD", f"Dr. {rdr}"), ("READ. GRP", READ), ("CASE MGR", cm)], [52, 80, W - 132])
    p.form_band([("SVC", "Polysomnography, attended, 95810"), ("DOS", fdate(plan, "dash")),
                 ("ALT. APPROVED", "Home sleep apnea test 95806")], [72, 32, W - 104])
    p.ln(3)
    p.section("A", "Reason for the decision")
    p.para(f"Dr. {req} asked us to approve an overnight sleep study in the laboratory at {CTR}, to be done on or "
           f"about {fdate(plan, 'long')}, to look for sleep apnea. The notes describe snoring, daytime sleepiness "
           "and a high blood pressure, and no heart or lung disease, no nerve or muscle disease and no other sleep "
           "disorder. For a patient like this our policy calls for a home sleep apnea test first; the laboratory "
           "setting is not needed. We approved a home test instead (same reference number). If the home test does "
           "not give an answer, the doctor may ask again for a laboratory study.", 8.8)
    p.para(f"Physician reviewer: Dr. {rev}, board certified in sleep medicine. Peer-to-peer: {phone(rng, '614')}, "
           "within 14 days.", 8.6)
    p.section("B", "Appeal")
    p.para("The patient, or the doctor for the patient, may appeal within 180 days of the date of this notice. "
           "Urgent appeals: decided within 72 hours. External review: within 4 months of the final decision.", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ref], service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=req,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [CTR]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_titration(rng):
    patient, ordering, reader, tech = people(rng, 4)
    mid = dc_id(rng)
    first = dt.date(2026, rng.randint(1, 4), rng.randint(2, 22))
    tit = plus(first, rng.randint(18, 30))
    nd = plus(tit, rng.randint(30, 42))
    n = claim(rng)
    billed = amount(rng, 2100, 3100)
    p = DSSheet(footer="Page {n} of {nb}", footer_left="DHIC-CDN-2 (rev. 06/2025)")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DETERMINATION NOTICE", 12.5, "B", align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "slash")), ("CLAIM NO.", n), ("MBR #", mid), ("GRP", GROUP)],
                [32, 46, 46, W - 124])
    p.form_band([("PATIENT", patient), ("FACILITY (BILLED)", CTR), ("ORD. MD", f"Dr. {ordering}")],
                [50, 76, W - 126])
    p.form_band([("DOS", fdate(tit, "slash")), ("CPT", "95811"), ("AMT BILLED", money(billed)),
                 ("AUTH NO.", "NONE ON FILE"), ("SLEEP TECH", tech)], [30, 20, 34, 38, W - 122])
    p.ln(3)
    p.para(f"On {fdate(tit, 'long')} (box DOS), {CTR} did a CPAP titration study (95811), ordered by "
           f"Dr. {ordering} after your first study on {fdate(first, 'slash')}. Your plan requires our approval "
           "before any attended sleep study in a laboratory. We have no request or approval for this study, so "
           "the claim is denied. The first study was approved and paid; this decision does not change it.", 9)
    p.para(f"The centre is in our network and may not bill you for this claim. The reading by Dr. {reader} is a "
           "separate claim and is decided separately.", 9)
    p.para("You may appeal within 180 days of the notice date. Urgent appeals are decided within 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[tit.isoformat()], denial_date=nd.isoformat(),
              provider=CTR, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ordering]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    readers = people(rng, 3)
    rd = dt.date(2026, rng.randint(5, 9), rng.randint(3, 24))
    rows, info = [], []
    for i, (pt, rdr) in enumerate(zip(pats, readers)):
        late = i == 1
        dos = plus(rd, -rng.randint(150, 175) if late else -rng.randint(20, 60))
        n, mid, ref = claim(rng), dc_id(rng), f"R{digits(rng, 8)}"
        b = amount(rng, 180, 420)
        if late:
            rows.append([ref, n, pt, mid, fdate(dos, "slash"), f"Dr. {rdr}", "95810-26", money(b, "nosign"), "0.00",
                         "0.00", "CO-29"])
            info.append((pt, rdr, n, mid, dos, b, ref))
        else:
            al = round(b * 0.55, 2)
            rows.append([ref, n, pt, mid, fdate(dos, "slash"), f"Dr. {rdr}", "95806-26", money(b, "nosign"),
                         money(al, "nosign"), money(round(al * 0.8, 2), "nosign"), "1"])
    fax = f"{rd.strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  DHIC PROVIDER PAYMENTS  {phone(rng, '614')}  PG {{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="DHIC-RA (rev. 03/2025)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments")
    p.line("REMITTANCE ADVICE", 12.5, "B")
    p.capstrip([("PAYEE", READ), ("TAX ID", f"31-{digits(rng, 7)}"), ("GRP NPI", npi(rng)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE NO.", digits(rng, 12))], [85, 36, 36, 40, 62.4])
    p.ln(3)
    p.table(["REF NO.", "CLAIM NO.", "PATIENT", "MBR #", "DOS", "READING MD", "CPT", "AMT BILLED", "ALLOWED",
             "PAID", "ADJ"], rows, [24, 28, 34, 30, 20, 36, 18, 20, 18, 18, 13.4], size=7.6,
            aligns=["L"] * 7 + ["R"] * 3 + ["C"])
    pt, rdr, n, mid, dos, b, ref = info[0]
    p.para(f"**Adjustment codes.** 1: paid per contract. CO-29 (CARC 29): the time limit for filing has expired. "
           f"Readings must reach us within 120 days of the date of service; the claim for {pt} (DOS "
           f"{fdate(dos, 'slash')}) reached us after that. Contractual: do not bill the patient.", 7.9)
    p.para("Reconsideration: send a written request within 90 days of the date of this remittance. The EFT trace "
           "number is for your bank only.", 7.9)
    t = truth("eob", "timely_filing", insurer=INS, member_id=mid, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=rdr,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [READ], "case_numbers": [[n, ref], [ref]]})
    return out(p), t


def phone_es(rng):
    patient, wife, reader, sig = people(rng, 4)
    mid = dc_id(rng)
    end = dt.date(2026, rng.randint(2, 5), 1) - dt.timedelta(days=1)
    st = plus(end, rng.randint(5, 14))
    nd = plus(st, rng.randint(30, 40))
    n = claim(rng)
    billed = amount(rng, 1900, 2800)
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Asunto: {patient}    Número de miembro: {mid}    Reclamo: {n}", 9.4)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Nos escribió usted sobre el estudio del sueño que le hicieron a su esposo en {CTR} la noche del "
           f"{fdate(st, 'long', 'es')}. El centro nos cobró {money(billed)}. El Dr. {reader} leyó el estudio.", 10)
    p.para(f"No podemos pagarlo. La cobertura de su esposo con {INS} terminó el {fdate(end, 'long', 'es')}, cuando "
           "terminó su empleo, y el estudio se hizo después de esa fecha. Su esposo no tenía cobertura con "
           "nosotros en esa fecha. Si tiene otra cobertura (por ejemplo, COBRA u otro plan), el centro puede "
           "enviarle el reclamo a ese plan.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Usted o su esposo pueden apelar dentro de 180 días a partir de la fecha de esta carta. Las "
           f"apelaciones urgentes se deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.4)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[st.isoformat()], denial_date=nd.isoformat(), provider=CTR,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [reader]})
    return out(p), t


def rotated_repeat(rng):
    patient, rep, ordering, reader, rev = people(rng, 5)
    mid = dc_id(rng)
    prior = dt.date(2026, rng.randint(1, 3), rng.randint(2, 22))
    d1 = plus(prior, rng.randint(60, 110))
    d2 = plus(d1, 1)
    nd = plus(d2, rng.randint(30, 45))
    n = claim(rng)
    billed = amount(rng, 3100, 4600)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [rep, "Authorized representative for the member named below", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Claim", n),
             ("Rep. form on file", f"AOR received {fdate(plus(d2, 10), 'slash')}")], label_w=40, size=9.4)
    p.ln(2)
    p.para(f"Dear {rep}:", 10)
    p.para(f"{CTR} billed us {money(billed)} for a second overnight sleep study (95810) followed by a daytime nap "
           f"test (95805), from {fdate(d1, 'long')} through {fdate(d2, 'long')}. Dr. {ordering} ordered them and "
           f"Dr. {reader} read them.", 10)
    p.para(f"The member had a full overnight study on {fdate(prior, 'long')} that found narcolepsy. The records "
           "show no new symptoms, no change in treatment and no reason the first results could not be used. Our "
           "reviewer, Dr. " + rev + ", found that repeating both tests so soon was not medically necessary.", 10)
    p.para("You may appeal for the member within 180 days of the date of this letter. Urgent appeals are decided "
           "within 72 hours; external review may be asked for within 4 months of our final decision.", 10)
    p.para(f"Sincerely,\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=CTR, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ordering, reader],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def lowres_stack(rng):
    patient, ordering, sig = people(rng, 3)
    mid = dc_id(rng)
    nd = dt.date(2026, rng.randint(2, 6), rng.randint(2, 22))
    auth = f"UM{digits(rng, 9)}"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 13, "B")
    p.ln(1)
    p.grid([[("Date", fdate(nd, "abbr")), ("Authorization", auth), ("Member ID", mid)],
            [("Member", patient), ("Ordered by", f"Dr. {ordering}"), ("Supplier", CTR)]], size=8.8)
    p.para(f"We approved one home sleep apnea test (95806) for {patient}, ordered by Dr. {ordering}. {CTR} will "
           f"send the device to the member's home. The approval is good for 90 days from {fdate(nd, 'long')}. "
           "Your usual cost share applies.", 10)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                        denial_date=nd.isoformat(), provider=CTR,
                        alternates={"insurer": ALT, "provider": [ordering], "case_numbers": [[]]}))
    patient2, husband, reader, sig2 = people(rng, 4)
    mid2 = dc_id(rng)
    st = dt.date(2026, rng.randint(4, 7), rng.randint(2, 22))
    nd2 = plus(st, rng.randint(30, 45))
    n = claim(rng)
    billed = amount(rng, 2300, 3500)
    OON = "Harrier Point Sleep Institute"
    q = DSSheet(footer=None)
    q.set_margins(24, 16, 24)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [husband, *address(rng)]:
        q.line(ln, 10)
    q.ln(4)
    q.para(f"Patient: {patient2}  -  ID {mid2}  -  claim {n}", 10)
    q.para(f"Dear {husband}:", 10)
    q.para(f"This is about the sleep study your wife had on {fdate(st, 'long')} at {OON}, read by Dr. {reader}. "
           f"The institute billed {money(billed)}.", 10)
    q.para(f"{OON} is not in the {PLAN} network, and your plan pays only for care from network providers except "
           f"in an emergency. {CTR} and other network sleep centres were open near your home. We did not approve a "
           "study outside the network before it was done, so we are not paying the claim. The institute may bill "
           "you for it.", 10)
    q.para("You may appeal within 180 days of the date of this letter. External review: within 4 months of our "
           f"final decision. Questions: {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims, {INS}", 10)
    d2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid2, member_name=patient2,
                        cases=[n], claim_amount=m2(billed), service_dates=[st.isoformat()],
                        denial_date=nd2.isoformat(), provider=OON, appeal_deadline=plus(nd2, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [reader]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_three_claims_reading_billed_without_modifier", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_pa_form_lab_study_home_test_instead", "fax_standard_g4", [faxstd_pa(rng)]),
        Item(F + "photocopy_claim_form_titration_without_approval", "photocopy", [photocopy_titration(rng)]),
        Item(F + "faxstd_reading_group_remittance_three_patients_late", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_es_estudio_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_repeat_study_and_mslt_not_needed", "rotated", [rotated_repeat(rng)]),
        Item(F + "lowres_stack_home_test_approval_then_out_of_network_centre_turned", "scan_lowres_150",
             lowres_stack(rng), separators=["blank", None], turns={(1, 0): 90}),
    ]
