"""An invented commercial plan (Quillfeather Health Insurance Company) deciding the claims and requests of a physical
therapy clinic with several therapists and two locations (Stonebrook Motion Physical Therapy) around the plan of
care a referring orthopedist signed: visits past the plan of care's end, past the yearly visit limit, judged not
needed, at a location outside the network, billed late or after coverage ended. Service dates are often said in
words ("the visit on the ninth of April"). CPT codes, modifier 59 and CARC/RARC codes appear as themselves; the plan,
its rules and time limits, the clinic, every therapist, doctor, person, number and address are invented.

Documents (8 in 7 files):
- digital_eob_five_visits_one_past_plan_of_care_end: a born-digital member EOB of five visit claims (From / To
  columns, the treating therapist per row); the visit after the plan of care's end date, with no new plan of care
  approved, pays 0.00 under CARC 197 / N54 (prior_authorization); legend in words.
- faxstd_remittance_three_patients_modifier_59_missing: a landscape provider remittance to the clinic on a standard
  fax (PAYEE, TIN, EFT TRACE, CLM NO., DOS, RENDERING); the middle patient's visit billed 97140 with 97530 and no
  modifier 59 is refused CO-4 (coding_error).
- photocopy_claim_form_visits_after_coverage_ended_to_daughter: a photocopied claim determination form mailed to
  the member's daughter (caregiver): three visits "on the second, ninth and sixteenth of March" after coverage
  ended (eligibility).
- phone_es_terapia_en_sede_fuera_de_red: a photographed Spanish letter: visits at the clinic's other location, which
  is outside the network (out_of_network).
- rotated_plan_of_care_recertification_approval_to_parent: an approval of ten more visits "from ... through ..."
  for a teenager, addressed to the parent, fed sideways (denies nothing).
- lowres_letter_visits_billed_after_90_days: a 150 dpi letter to an authorised representative: visits "on the
  third, tenth and seventeenth of February" billed after 90 days (timely_filing), the therapist only in a sentence.
- clean_stack_cover_faxed_review_form_then_appeal_upheld_visit_limit_sideways: a clean-scan stack (an office
  scanning its faxes) of a cover sheet, a utilization review form with a fax header (REF NO., RCVD, REQ. THERAPIST,
  REFERRING MD, CASE MGR, DOS FROM / DOS TO) refusing twelve more visits "from ... through ..." as not needed
  (medical_necessity), and, sideways, an appeal decision keeping the refusal of four visits past the 30-visit yearly
  limit (not_covered; appeal and claim numbers).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "physical_therapy_clinic_plan_of_care_visits_denial"
LANG = "en"
SEED = 353801
INS = "Quillfeather Health Insurance Company"
ALT = ["Quillfeather Health Insurance", "Quillfeather"]
PLAN = "Quillfeather Choice PPO 2500"
GROUP = "QF-740219"
CLINIC = "Stonebrook Motion Physical Therapy"
ORTHO = "Larkspur Bend Orthopedics"
ORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def qid(rng):
    return f"QFH{digits(rng, 8)}"


def clm(rng):
    return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def words(d: dt.date) -> str:
    return f"the {ORDS[d.day]} of {d.strftime('%B')}"


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def digital_eob(rng):
    member, t1, t2, t3, md = people(rng, 5)
    m = qid(rng)
    poc_end = dt.date(2026, 4, rng.randint(3, 8))
    ds = [plus(poc_end, -21), plus(poc_end, -14), plus(poc_end, -7), plus(poc_end, -1), plus(poc_end, 6)]
    sd = plus(ds[-1], rng.randint(20, 28))
    ther = [t1, t2, t1, t3, t2]
    rows, info = [], None
    for i, (d, th) in enumerate(zip(ds, ther)):
        n = clm(rng)
        b = amount(rng, 185, 260)
        if i == 4:
            rows.append([n, th, fdate(d, "slash"), fdate(d, "slash"), "97110 97140", money(b, "nosign"), "0.00",
                         "0.00", "0.00", "197 N54"])
            info = (n, th, d, b)
        else:
            al = round(b * 0.62, 2)
            rows.append([n, th, fdate(d, "slash"), fdate(d, "slash"), "97110 97140", money(b, "nosign"),
                         money(al, "nosign"), money(round(al - 30, 2), "nosign"), "30.00", "A1"])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 14, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "QF-EOB-3 (rev. 08/2025)")
    p.addr_pair("Member", [member, *address(rng)], "Your plan",
                [f"Member ID {m}", f"Group {GROUP}", PLAN, f"Statement date {fdate(sd, 'abbr')}"])
    p.para(f"Provider: {CLINIC}, Cedar Row location (NPI {digits(rng, 10)}). Plan of care signed by Dr. {md}, "
           f"{ORTHO}; plan of care dates {fdate(plus(poc_end, -42), 'slash')} - {fdate(poc_end, 'slash')}.", 8.4)
    p.table(["Claim no.", "Therapist", "From", "To", "CPT", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            rows, [28, 34, 18, 18, 20, 15, 15, 15, 14, 15], size=7.4,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    n, th, d, b = info
    p.bar("CODES", 8.8)
    p.para(f"A1: paid; you owe your $30 copay. 197 N54: not paid. The visit on {words(d)} came after the plan of care "
           "ended. Visits after the end of a plan of care need a new plan of care approved by us before the visit, "
           f"and none was asked for. {CLINIC} is in our network and may not bill you for this visit.", 8.4)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: within "
           f"4 months of our final decision. Questions {phone(rng)}.", 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=th,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    ths = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [("97110 97112", False), ("97140 97530", True), ("97161 97110", False)]
    for pt, th, (codes, den) in zip(pats, ths, specs):
        d = plus(rd, -rng.randint(12, 30))
        n, mm = clm(rng), qid(rng)
        b = amount(rng, 170, 260)
        if den:
            rows.append([n, pt, mm, fdate(d, "slash"), f"{th}, PT", codes, money(b, "nosign"), "0.00", "0.00",
                         "CO-4"])
        else:
            al = round(b * 0.6, 2)
            rows.append([n, pt, mm, fdate(d, "slash"), f"{th}, DPT", codes, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, th, n, mm, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  QFHIC PROV REMIT  {phone(rng, '402')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "QF-PRA-2 (rev. 07/2025)")
    p.capstrip([("PAYEE", CLINIC), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "RENDERING", "CPT", "AMT BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [36, 40, 30, 20, 44, 24, 20, 18, 18, 9.9], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, th, n, mm, d, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-4: manual therapy (97140) and therapeutic activities (97530) "
           "were billed for the same session with no modifier 59. Without it the two codes are taken as one "
           "overlapping service and the line is refused. If the services were separate, send a corrected claim "
           "with modifier 59 on 97140. Not billable to the patient.", 7.9)
    p.para(f"Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services {phone(rng)}.",
           7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=mm, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=th,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def finefax_mn(rng):
    member, th, md, rev, cm = people(rng, 5)
    m = qid(rng)
    rc = dt.date(2026, 4, rng.randint(20, 28))
    nd = plus(rc, rng.randint(3, 6))
    a = plus(nd, rng.randint(4, 8))
    b = plus(a, 39)
    ref = f"UM{digits(rng, 4)}-{digits(rng, 5)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  QUILLFEATHER UM  {phone(rng, '402')}  P{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Form QF-UM-7 rev. 01/2026")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE", fdate(nd, "slash")), ("MBR NAME", member), ("MBR #", m), ("GRP", GROUP)],
                [30, 62, 44, W - 136])
    p.form_band([("REF NO.", ref), ("RCVD", fdate(rc, "slash")), ("VISITS ASKED", "12"), ("VISITS APPROVED", "0")],
                [50, 34, 34, W - 118])
    p.form_band([("REQ. THERAPIST", f"{th}, DPT"), ("CLINIC", CLINIC), ("REFERRING MD", f"Dr. {md}")],
                [56, 66, W - 122])
    p.form_band([("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash")), ("CASE MGR", cm)],
                [40, 40, W - 80])
    p.ln(3)
    p.para(f"**Decision.** {th} asked us to approve 12 more physical therapy visits for the knee, from "
           f"{a.strftime('%B %-d')} through {fdate(b, 'long')}. We did not approve them. The plan of care "
           "has ended, and the notes from the last four visits show the same range of motion and strength each "
           "time. When progress has stopped, the exercises can be done in a home program, which the therapist "
           "has already taught. More supervised visits are not medically necessary.", 9)
    p.para(f"Reviewed by Dr. {rev}, physical medicine and rehabilitation. The therapist may ask for a "
           "peer-to-peer talk within 14 days.", 8.8)
    p.para("Appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. External review: "
           f"within 4 months of our final decision. Fax {phone(rng, '402')}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=th, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC],
                          "service_dates": [[a.isoformat(), b.isoformat()], [a.isoformat()]]})
    return out(p), t


def photocopy_elig(rng):
    member, daughter, th = people(rng, 3)
    m = qid(rng)
    end = dt.date(2026, 2, 28)
    d0 = dt.date(2026, 3, rng.randint(2, 4))
    ds = [d0, plus(d0, 7), plus(d0, 14)]
    nd = plus(ds[-1], rng.randint(24, 32))
    n = clm(rng)
    each = amount(rng, 165, 220)
    b = round(each * 3, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "QF-CD-5 (rev. 10/2025)")
    for ln in [daughter, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "abbr")), ("MAILED TO", "Caregiver on file")],
              [("PT NAME", member), ("MBR #", m)],
              [("CLM NO.", n), ("COVERAGE END", fdate(end, "slash"))],
              [("DOS FROM", fdate(ds[0], "slash")), ("DOS TO", fdate(ds[-1], "slash"))],
              [("TREATING PT", th), ("AMT BILLED", money(b))]], cap_w=27, cap=5.6)
    p.para(f"**Decision: not paid.** {CLINIC} billed three visits: {words(ds[0])}, {words(ds[1])} and "
           f"{words(ds[2])} ({', '.join(fdate(d, 'slash') for d in ds)}). Coverage under group {GROUP} ended on the date in the COVERAGE END box, when the "
           "employer's group plan ended. We can pay only for care given while coverage is in force. If there is "
           "other coverage for March, the clinic may bill it.", 9)
    p.para(f"Appeal within 180 days of the date of this notice. Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=th, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC],
                          "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, th, sig = people(rng, 3)
    m = qid(rng)
    d1 = dt.date(2026, 4, rng.randint(6, 10))
    d2 = plus(d1, 3)
    nd = plus(d2, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 360, 480)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", f"CLM-{n}")], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Usted recibió terapia física con {th} en la sede de Millbrook de {CLINIC} el {fdate(d1, 'long', 'es')} "
           f"y el {fdate(d2, 'long', 'es')}. La clínica nos cobró {money(b)} por las dos visitas.", 10)
    p.para("La sede de Cedar Row de esta clínica está en nuestra red, pero la sede de Millbrook no lo está. Su plan "
           "no paga la atención fuera de la red, salvo en emergencias. Por eso no pagamos este reclamo. La clínica "
           "puede cobrarle el costo total.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[f"CLM-{n}"], claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=th, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CLINIC], "case_numbers": [[n]]})
    return out(p), t


def rotated_approval(rng):
    teen, parent, th, md, cm = people(rng, 5)
    m = qid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    a = plus(nd, rng.randint(3, 7))
    b = plus(a, 34)
    ref = f"UM{digits(rng, 4)}-{digits(rng, 5)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("For", teen), ("Member ID", m), ("Approval number", ref)], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Good news. {th} at {CLINIC} asked us to approve a new plan of care for your child's shoulder after his "
           f"surgery, which Dr. {md} of {ORTHO} signed. We approved 10 more visits from "
           f"{a.strftime('%B %-d')} through {fdate(b, 'long')}.", 10)
    p.para(f"The case manager, {cm}, can answer questions. Your copay for each visit is $30. Approval "
           "is not a promise of payment if coverage ends before a visit.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=teen, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=th,
              alternates={"insurer": ALT, "provider": [CLINIC, md], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_late(rng):
    member, rep, th, sig = people(rng, 4)
    m = qid(rng)
    d0 = dt.date(2026, 2, rng.randint(2, 5))
    ds = [d0, plus(d0, 7), plus(d0, 14)]
    rc = plus(ds[-1], rng.randint(96, 110))
    nd = plus(rc, rng.randint(6, 12))
    n = clm(rng)
    b = round(amount(rng, 160, 210) * 3, 2)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [rep, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {rep}:", 10)
    p.para(f"You are the authorized representative of {member} (member ID {m}). {th}, a physical therapist at "
           f"{CLINIC}, treated the member's back on {words(ds[0])}, {words(ds[1])} and {words(ds[2])} "
           f"({fdate(ds[0], 'slash')}, {fdate(ds[1], 'slash')} and {fdate(ds[2], 'slash')}). The clinic sent "
           f"us claim {n} for these three visits, for {money(b)}. We received it on {fdate(rc, 'slash')}.", 10)
    p.para("Our contract with the clinic gives it 90 days from the date of service to send a claim. This claim "
           "came after that, so we did not pay it. The clinic is in our network and may not bill the member for "
           "these visits. Other visits in January were paid earlier.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=th, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def clean_stack(rng):
    member, th, rev, sig = people(rng, 4)
    m = qid(rng)
    d0 = dt.date(2026, 7, rng.randint(6, 9))
    ds = [d0, plus(d0, 2), plus(d0, 7), plus(d0, 9)]
    nd = plus(ds[-1], rng.randint(60, 75))
    n = clm(rng)
    ap = f"GR-{digits(rng, 7)}"
    b = round(amount(rng, 170, 220) * 4, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Appeal number", ap), ("Claim number", n), ("Amount billed", money(b))],
                  label_w=45, size=9.4)
    p.heading("Appeal decision: we are keeping our decision", 11)
    p.para(f"You appealed our refusal to pay four physical therapy visits with {th} at {CLINIC}, given from "
           f"{ds[0].strftime('%B %-d')} through {fdate(ds[-1], 'long')} ({', '.join(fdate(d, 'slash') for d in ds)}).",
           10)
    p.para(f"{PLAN} covers 30 outpatient rehabilitation visits a calendar year (physical, occupational and speech "
           "therapy together). Our records show 30 visits paid in 2026 before these four, including visits at "
           "another clinic. Your plan does not cover visits past the limit, even with a new plan of care. "
           f"{rev}, an appeals analyst who did not take part in the first decision, reviewed your appeal.", 10)
    p.para("This is our final decision. You may ask for an external review within 4 months of the date of this "
           f"letter. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals and Grievances", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
                         cases=[ap, n], claim_amount=m2(b), service_dates=[d.isoformat() for d in ds],
                         denial_date=nd.isoformat(), provider=th,
                         alternates={"insurer": ALT, "provider": [CLINIC], "plan_id": [None],
                                     "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]}))
    return d_a


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "digital_eob_five_visits_one_past_plan_of_care_end", "born_digital", [digital_eob(rng)]),
        Item(F + "faxstd_remittance_three_patients_modifier_59_missing", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_claim_form_visits_after_coverage_ended_to_daughter", "photocopy", [photocopy_elig(rng)]),
        Item(F + "phone_es_terapia_en_sede_fuera_de_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_plan_of_care_recertification_approval_to_parent", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_visits_billed_after_90_days", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_cover_faxed_review_form_then_appeal_upheld_visit_limit_sideways", "scan_clean_300",
             [finefax_mn(rng), clean_stack(rng)], separators=["cover", None], turns={(1, 0): 90}),
    ]
