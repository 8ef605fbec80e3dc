"""An invented employer group plan (Osprey Vale Health Plan) refusing a newborn's hospital and doctor claims
because the baby was not added to the parent's coverage within 31 days after birth, with a hospital's itemized bill
and an enrollment-change confirmation that deny nothing. CARC/RARC codes, revenue codes and CPT codes appear as
themselves; the plan, its 31-day rule as worded here, every provider, person, number and address are invented. No
file says "denied" in the plan's own voice.

Documents (8 in 7 files):
- bd_eob_family_four_rows_dos_baby_boy_carc_31: the subscriber's EOB of four claims (her delivery, anesthesia,
  the baby's nursery care, her postpartum visit); the nursery row pays 0.00 with CARC 31 / RARC N30; the patient is
  "Baby Boy <last name>"; DOB, plan year and the 31st day as decoys.
- faxstd_hospital_notice_nicu_admission_discharge_dcn: a provider notice to the hospital on a standard fax,
  "Document Control Number" beside patient account, batch, NPI and tax ID; admission and discharge dates, the
  facility and the attending neonatologist; 90-day provider reconsideration.
- phone_spanish_pediatrician_visit_no_agrego_bebe: Spanish letter to the mother on the two-week check-up, the
  group practice and its doctor, "no nos pidió agregar a su bebé dentro de los 31 días".
- rotated_hospital_itemized_bill_guarantor_transfer: the hospital's itemized bill for the newborn (rev codes, CPT,
  qty), the insurer's refusal shown as a status and the balance moved to the guarantor; denies nothing itself.
- lowres_appeal_upheld_iso_through_range_second_level: first appeal upheld, the stay written "2026-03-02 through
  2026-03-09" in prose, "Grievance/Appeal No." with the claim, a 60-day second level, external review a decoy.
- photocopy_preservice_hearing_abr_request_id_prose_provider: a pre-service answer on a diagnostic hearing test,
  "Request ID", the requesting doctor named only in a sentence, the planned date, no amount.
- clean300_stack_enrollment_confirmed_then_lab_claim_before_effective_date: an enrollment-change confirmation
  (coverage starts the day the request came in; denies nothing), its duplex back, then a laboratory claim for a
  day before that start, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "newborn_not_added_within_31_days_eligibility_denial"
LANG = "en"
SEED = 352804
INS = "Osprey Vale Health Plan"
ALT = ["Osprey Vale"]
GROUP = "GRP 58214"
GROUP_T = "58214"
EMPLOYER = "Harlan Creek Foods, Inc."


def ov_id(rng) -> str:
    return f"VHW{digits(rng, 9)}"


def _head(p: DOSheet, rng, unit: str):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _fam(rng):
    mom, doc = people(rng, 2)
    last = mom.split()[-1]
    return mom, last, doc


def bd_eob(rng):
    mom, last, ob = _fam(rng)
    anes, ped = people(rng, 2)
    mid = ov_id(rng)
    baby = f"Baby Boy {last}"
    born = dt.date(2026, 2, rng.randint(2, 20))
    sd = plus(born, rng.randint(45, 60))
    hosp = "Snake River Birth Center"
    src = [(born, mom, f"Dr. {ob}", ob, "59400 delivery, global"),
           (born, mom, f"Dr. {anes}", anes, "01967 labor epidural"),
           (born, baby, hosp, hosp, "0171 newborn nursery, 2 days"),
           (plus(born, 40), mom, f"Dr. {ob}", ob, "59430 postpartum visit")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pt, pv, _, svc) in enumerate(src):
        c = amount(rng, 900, 4200) if i < 3 else amount(rng, 150, 260)
        billed.append(c)
        n = f"E{digits(rng, 10)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pt, pv, svc, money(c, "nosign"), "0.00", "0.00", "31 / N30"])
        else:
            al = round(c * 0.58, 2)
            rows.append([n, fdate(d, "slash"), pt, pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "A1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Subscriber", mom), ("Member ID", mid), ("Group", GROUP), ("Employer", EMPLOYER),
                ("Issued", fdate(sd, "abbr"))], [55, 45, 35, 70, 52])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Subscriber DOB",
                                                            fdate(dt.date(rng.randint(1986, 1998), rng.randint(1, 12),
                                                                          rng.randint(1, 28)), "slash")),
                ("Family deductible met", "$1,800.00 of $3,000.00")], [70, 60, 127])
    p.ln(3)
    p.table(["Claim #", "DOS", "Patient", "Provider", "Service", "Billed", "Allowed", "Plan paid", "CARC / RARC"],
            rows, [28, 20, 42, 50, 50, 20, 20, 20, 24], size=8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**Codes.** A1 Paid at the network rate after deductible and coinsurance. 31 / N30 We have no record of "
           f"this patient on your coverage. A baby is covered from birth only when you ask us to add the baby "
           f"within 31 days after the birth ({fdate(plus(born, 31), 'slash')} for a birth on "
           f"{fdate(born, 'slash')}). We did not receive a request by that day, so the nursery charges are not "
           "payable under your plan.", 8.4)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals: 72 hours. "
           "External review: within 4 months of our final decision.", 8.4)
    t = truth("eob", "eligibility", insurer=INS, group=GROUP_T, member_id=mid, member_name=baby,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(born)],
              denial_date=sd.isoformat(), provider=hosp, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "group_number": ["GRP 58214"]})
    return out(p), t


def faxstd_nicu(rng):
    mom, last, neo = _fam(rng)
    mid = ov_id(rng)
    baby_first = rng.choice(["Amelie", "Joaquin", "Theo", "Maren", "Elias", "Nora"])
    mi = rng.choice("BCDFGHJKMRTW")
    baby = f"{baby_first} {mi}. {last}"
    adm = dt.date(2026, 3, rng.randint(2, 12))
    dis = plus(adm, rng.randint(8, 14))
    nd = plus(dis, rng.randint(40, 55))
    billed = amount(rng, 38000, 76000)
    dcn = f"{rng.randint(26, 26)}{adm.strftime('%j')}{digits(rng, 8)}"
    hosp = "Teton Gate Regional Hospital"
    fax = (f"{nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  OVHP PROVIDER RELATIONS  208-555-{digits(rng, 4)}  "
           f"PG {{n}}")
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Relations")
    p.line("PROVIDER CLAIM NOTICE - FACILITY", 12, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Document Control Number", dcn),
                ("Batch no.", f"{digits(rng, 5)}"), ("Patient acct no.", f"TG{digits(rng, 8)}")], [32, 60, 30, 60])
    p.capstrip([("Facility", hosp), ("Facility NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")],
               [76, 50, 56])
    p.capstrip([("Attending", f"{neo}, MD"), ("Admission date", fdate(adm, "slash")),
                ("Discharge date", fdate(dis, "slash")), ("Type of bill", "0111")], [60, 42, 42, 38])
    p.capstrip([("Patient", baby), ("Patient DOB", fdate(adm, "slash")), ("Subscriber", mom), ("Member ID", mid)],
               [50, 36, 50, 46])
    p.capstrip([("Group", GROUP), ("Revenue codes", "0174 NICU level IV; 0250; 0300"),
                ("Total charges", money(billed))], [40, 90, 52])
    p.ln(3)
    p.line("DETERMINATION", 11.5, "B")
    p.para(f"Allowed 0.00, paid 0.00. The patient was not enrolled under the subscriber's coverage on the dates of "
           f"this stay. The plan received the request to add the child on {fdate(plus(adm, rng.randint(36, 48)), 'slash')}, "
           "more than 31 days after the birth, so the child's coverage starts on the date the request was received "
           "and not on the date of birth. The subscriber's own maternity claim is not affected. Reason codes: CARC "
           "27 / RARC N30.", 9.3)
    p.para("Providers may ask for reconsideration within 90 days of the date of this notice. Fax records to "
           f"208-555-{digits(rng, 4)}. Fax number for urgent requests (72 hours): 208-555-{digits(rng, 4)}.", 9.3)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP_T, member_id=mid, member_name=baby,
              cases=[dcn], claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [neo], "group_number": ["GRP 58214"]})
    return out(p), t


def phone_spanish(rng):
    mom, last, ped = _fam(rng)
    mid = ov_id(rng)
    baby = f"{rng.choice(['Camila', 'Mateo', 'Valeria', 'Santiago'])} {rng.choice('BCDFGHJKMRTW')}. {last}"
    born = dt.date(2026, 3, rng.randint(2, 14))
    sv = plus(born, 14)
    nd = plus(born, rng.randint(50, 62))
    billed = amount(rng, 210, 340)
    clm = f"E{digits(rng, 10)}"
    grp = "Pediatría Valle del Payette"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE UN RECLAMO DE SU BEBÉ", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "slash")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Paciente", baby), ("Fecha de nacimiento", fdate(born, "slash")), ("Cargo", money(billed))])
    p.para("Fechas: mes/día/año.", 8)
    p.ln(2)
    p.para(f"Estimada {mom}:", 9.8)
    p.para(f"{grp} nos envió un reclamo por el chequeo de su bebé con la Dra. {ped} el {fdate(sv, 'long', 'es')}. "
           f"Su bebé nació el {fdate(born, 'long', 'es')}. Su plan cubre a un bebé desde el día en que nace solo si "
           "usted nos pide agregarlo a su cobertura dentro de los 31 días después del nacimiento. Usted no nos pidió "
           "agregar a su bebé dentro de los 31 días, así que su bebé no tenía cobertura con nosotros el día del "
           "chequeo. Por eso no podemos pagar este reclamo.", 9.8)
    p.para("Puede agregar a su bebé en el próximo período de inscripción abierta de su empleador. Si cree que sí nos "
           "avisó a tiempo, envíenos una copia de su solicitud.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Apelación "
           "urgente: 72 horas. Revisión externa: dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=baby, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=ped,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [grp]})
    return out(p), t


def rotated_bill(rng):
    mom, last, ped = _fam(rng)
    mid = ov_id(rng)
    baby = f"Baby Girl {last}"
    hosp = "Snake River Birth Center"
    born = dt.date(2026, 4, rng.randint(2, 20))
    dis = plus(born, 2)
    bd = plus(dis, rng.randint(60, 75))
    items = [(born, "0171", "", "Newborn nursery, level I", 2), (born, "0300", "36416", "Capillary blood draw", 1),
             (plus(born, 1), "0471", "92558", "Hearing screen, OAE", 1),
             (plus(born, 1), "0250", "", "Pharmacy - vitamin K, eye ointment", 1),
             (dis, "0300", "82247", "Bilirubin, total", 1)]
    ch = [amount(rng, 60, 1400) for _ in items]
    total = round(sum(ch), 2)
    acct = f"SR{digits(rng, 7)}"
    p = DOSheet(footer=None)
    p.set_margins(15, 13, 15)
    p.add_page()
    p.logo_head(hosp, "SRBC", [f"{rng.randint(100, 9800)} Railroad St, Twin Falls ID 833{rng.randint(10, 99)}  |  "
                               f"Patient accounts 208-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"],
                box="ITEMIZED BILL")
    y = p.get_y()
    p.pairs([("Bill date", fdate(bd, "abbr")), ("Account", acct), ("Patient", baby), ("Guarantor", mom),
             ("Admitted", fdate(born, "slash")), ("Discharged", fdate(dis, "slash")), ("Attending", f"Dr. {ped}")],
            label_w=28, size=9, h=4.9)
    p.sidebar([("Primary insurance", INS), ("Policy #", mid), ("Group", GROUP),
               ("Status", "Insurer declined - patient not on policy")], 124, y, 71, "Insurance", size=8.2)
    p.set_xy(p.l_margin, max(p.get_y(), y + 44))
    p.ln(3)
    rows = [[fdate(d, "short"), rc, cpt, desc, str(q), money(c, "nosign")] for (d, rc, cpt, desc, q), c in
            zip(items, ch)]
    rows.append(["", "", "", "Total charges", "", money(total, "nosign")])
    rows.append(["", "", "", "Insurance payments", "", "0.00"])
    rows.append(["", "", "", "Transferred to guarantor", "", money(total, "nosign")])
    p.table(["Date", "Rev", "CPT", "Description", "Qty", "Amount"], rows, [20, 14, 16, 94, 12, 30], size=8.6,
            aligns=["L", "L", "L", "L", "C", "R"], bold_last=True)
    p.para("Your insurance company told us the baby was not on your policy on these dates, so the balance is now "
           "yours. If you have since added the baby, call your employer's benefits office and then call us; we will "
           "bill the plan again. Payment plans are available.", 8.8)
    t = truth("other", None, insurer=INS, group=GROUP_T, member_id=mid, member_name=baby, claim_amount=m2(total),
              service_dates=[span(born, dis)], denial_date=bd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [ped], "group_number": ["GRP 58214", None],
                          "member_id": [None]})
    return out(p), t


def lowres_appeal(rng):
    mom, last, neo = _fam(rng)
    md = people(rng, 1)[0]
    mid = ov_id(rng)
    baby = f"{rng.choice(['Lena', 'Oscar', 'Ruth', 'Caleb'])} {rng.choice('BCDFGHJKMRTW')}. {last}"
    born = dt.date(2026, 3, rng.randint(2, 9))
    dis = plus(born, 7)
    nd = plus(born, rng.randint(95, 120))
    billed = amount(rng, 14000, 29000)
    apl = f"AG{digits(rng, 8)}"
    clm = f"E{digits(rng, 10)}"
    hosp = "Teton Gate Regional Hospital"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Appeals  |  OVH-AP-2 (2026)")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Nampa ID 836{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Grievance/Appeal No.", apl), ("Claim #", clm), ("Member ID", mid), ("Patient", baby)], label_w=44,
            size=9.4, h=5)
    p.ln(2)
    p.para(f"Dear {mom}:", 10)
    p.para(f"You appealed our decision on the claim from {hosp} for your baby's care from {born.isoformat()} "
           f"through {dis.isoformat()}, billed at {money(billed)}. You wrote that you told your employer's benefits "
           "office about the birth in time but the form was not sent to us.", 10)
    p.para(f"**Our decision: the claim stays unpaid.** We first received a request to add {baby.split()[0]} on "
           f"{fdate(plus(born, 44), 'long')}, 44 days after the birth. Under your plan a newborn is covered from "
           "birth only when the request reaches the plan within 31 days; a call to the employer is not a request to "
           f"the plan. {baby.split()[0]}'s coverage began on the day we received the request, after this stay. A "
           f"reviewer who was not part of the first decision looked at your appeal. Dr. {neo}'s records were not "
           "needed for this decision.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review within 4 months of the date of this letter.", 10)
    p.para(f"Sincerely,\n\n{md}\nAppeals Coordinator, {INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=baby, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(born, dis)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [neo], "case_numbers": [[apl], [clm]]})
    return out(p), t


def photocopy_preservice(rng):
    mom, last, aud = _fam(rng)
    mid = ov_id(rng)
    baby = f"{rng.choice(['Hazel', 'Miles', 'Iris', 'Silas'])} {rng.choice('BCDFGHJKMRTW')}. {last}"
    born = dt.date(2026, 4, rng.randint(3, 12))
    nd = plus(born, rng.randint(36, 44))
    planned = plus(nd, rng.randint(8, 15))
    rid = f"RQ-{digits(rng, 4)}-{digits(rng, 5)}"
    center = "Gem State Pediatric ENT"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Care Management")
    p.line("ANSWER TO YOUR REQUEST FOR SERVICE", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "upper")), ("Request ID", rid), ("Request received",
                                                                              fdate(plus(nd, -4), "slash"))],
            [("Patient", baby), ("Date of birth", fdate(born, "slash")), ("Subscriber ID", mid)],
            [("Subscriber", mom), ("Group", GROUP), ("Service", "92652 auditory evoked potentials")]], size=8.8)
    p.para(f"We received the request from Dr. {aud} at {center} for a diagnostic hearing test (auditory brainstem "
           f"response) for {baby}, planned for {fdate(planned, 'long')}, after a newborn hearing screen that was not "
           "passed.", 9.4)
    p.para(f"**We cannot approve this request right now.** {baby.split()[0]} is not on your coverage. A newborn "
           "is covered from birth only if the plan receives a request to add the baby within 31 days after the "
           f"birth, and that time ended on {fdate(plus(born, 31), 'long')} without a request. This answer is not "
           "about whether the test is needed. If your employer sends us an enrollment request that we accept, your "
           "doctor may send this request again.", 9.4)
    p.para("You may appeal within 180 days of the date of this notice. Because the test is for a baby, you may ask "
           "for a fast appeal decided within 72 hours.", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP_T, member_id=mid, member_name=baby, cases=[rid],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=aud,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [center], "service_dates": [[]],
                          "group_number": ["GRP 58214"]})
    return out(p), t


def clean300_stack(rng):
    mom, last, _ = _fam(rng)
    mid = ov_id(rng)
    baby = f"{rng.choice(['June', 'Felix', 'Ada', 'Rowan'])} {rng.choice('BCDFGHJKMRTW')}. {last}"
    born = dt.date(2026, 5, rng.randint(1, 10))
    recd = plus(born, rng.randint(38, 45))
    cd = plus(recd, rng.randint(5, 9))
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Enrollment Services")
    p.line(fdate(cd, "long"), 9.6)
    p.ln(2)
    p.line("YOUR ENROLLMENT CHANGE", 11.5, "B")
    p.pairs([("Subscriber", mom), ("Member ID", mid), ("Group", GROUP), ("Employer", EMPLOYER),
             ("Added", baby), ("Relationship", "Child (newborn)"), ("Date of birth", fdate(born, "slash")),
             ("Request received", fdate(recd, "slash")), ("Coverage begins", fdate(recd, "slash"))],
            label_w=42, size=9.4)
    p.ln(2)
    p.para(f"{baby.split()[0]} is now on your coverage. New ID cards will arrive in 7 to 10 days. Your payroll "
           "deduction changes with your next paycheck.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, group=GROUP_T, member_id=mid, member_name=baby,
                          denial_date=cd.isoformat(),
                          alternates={"insurer": ALT, "group_number": ["GRP 58214"], "member_name": [mom]}))
    sv = plus(born, rng.randint(12, 20))
    nd = plus(cd, rng.randint(10, 20))
    billed = amount(rng, 95, 240)
    ref = f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}"
    lab = "Basin Diagnostic Laboratories"
    q = DOSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM DECISION", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "slash")), ("Reference No.", ref), ("Member ID", mid), ("Patient", baby),
             ("Billing provider", lab), ("Service", "82247 bilirubin, total; 85025 blood count"),
             ("Date of service", fdate(sv, "dash")), ("Billed", money(billed, "usd"))], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"{baby.split()[0]}'s coverage began on {fdate(recd, 'long')}, the day we received the request to add "
           "the baby. The request came more than 31 days after birth, so coverage does not go back to the birth date. "
           "These tests were done before coverage began, and the plan cannot pay for them.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=baby, cases=[ref],
                          claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=lab,
                          appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_family_four_rows_dos_baby_boy_carc_31", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_hospital_notice_nicu_admission_discharge_dcn", "fax_standard_g4", [faxstd_nicu(rng)]),
        Item(F + "phone_spanish_pediatrician_visit_no_agrego_bebe", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_hospital_itemized_bill_guarantor_transfer", "rotated", [rotated_bill(rng)]),
        Item(F + "lowres_appeal_upheld_iso_through_range_second_level", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "photocopy_preservice_hearing_abr_request_id_prose_provider", "photocopy",
             [photocopy_preservice(rng)]),
        Item(F + "clean300_stack_enrollment_confirmed_then_lab_claim_before_effective_date", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
