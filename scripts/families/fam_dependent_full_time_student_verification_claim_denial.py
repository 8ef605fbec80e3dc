"""An invented commercial plan (Kestrel Harbor Health Plan) that keeps covering a subscriber's child from age 26
through 29 only while the child is unmarried and a full-time student (12 or more credit hours a term at an
accredited school), with proof of enrollment each term; it denies the adult dependent's claims while that proof
is missing or after the child drops to part time. The rule, the plan, the employer group, every provider,
pharmacy, person, number, address and phone are invented; CPT, revenue codes and the NCPDP reject codes 65 and
the 72-hour / external-review steps appear as themselves.

Documents (8 in 7 files):
- bd_family_eob_student_row_zero_paid_code_only: the subscriber's EOB of four family claims; the student's row
  plan paid 0.00 with code D26 only; "the amount shown ... is your responsibility"; the other patients, the plan
  year and a claims-received date as decoys.
- faxstd_provider_notice_unable_to_pay_card_block: a notice to a campus health service on a standard fax; "we
  are unable to pay"; the member number only in a card block ("ID#" with the dependent suffix, "Subscriber No.").
- photocopy_hospital_itemized_bill_insurance_on_file: the hospital's itemized emergency bill, "Insurance on
  file: <plan> <number>", a remit-to billing office in another city, the guarantor and account number as decoys;
  denies nothing.
- phone_spanish_no_coverage_month_first_written_out: Spanish letter to the student, "no tiene cobertura",
  dates month-first (03/05/2026) with the date also written out ("5 de marzo de 2026").
- rotated_student_certification_request_reply_slip_barcode: the yearly request for proof of full-time
  enrollment (denies nothing); the member number only in the reply slip and a barcode caption; a return-by date
  and the form number as decoys.
- lowres_final_appeal_part_time_upheld: the final internal appeal, upheld: the student dropped to 9 credits;
  external review only (no appeal deadline); the drop date and term dates as decoys.
- finefax_stack_cover_lab_not_able_to_pay_then_pharmacy_reject_turned: a fax cover, a letter on a lab claim
  ("we are not able to make payment"), then a pharmacy's reject-65 printout (denies nothing), fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoe import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "dependent_full_time_student_verification_claim_denial"
LANG = "en"
SEED = 352604
INS = "Kestrel Harbor Health Plan"
ALT = ["Kestrel Harbor"]
GROUP = "0048172"
EMPLOYER = "Alder Ridge Logistics"


def sub_no(rng):
    return f"KHW{digits(rng, 9)}"


def sdob(rng):
    """A student's date of birth: 26 to 28 years old in 2026."""
    return dt.date(rng.randint(1998, 1999), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DOSheet, rng, unit="Member Services"):
    p.logo_head("KH", INS, [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Salem OR 973{rng.randint(10, 99)}  |  "
                            f"1-866-555-{digits(rng, 4)}  |  TTY 711"])


def bd_eob(rng):
    subscriber, spouse, student, younger, d1, d2, d3 = people(rng, 7)
    sid = sub_no(rng)
    sd = dt.date(2026, 3, rng.randint(9, 20))
    base = dt.date(2026, 2, rng.randint(2, 12))
    src = [(subscriber, "01", base, f"Dr. {d1}", "Office visit 99214"),
           (spouse, "02", plus(base, 3), "Willamette Imaging", "Mammogram 77067"),
           (student, "03", plus(base, 6), f"Dr. {d2}", "Office visit 99204"),
           (younger, "04", plus(base, 11), f"Dr. {d3}", "Sports physical 99394")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (pat, sfx, d, pv, svc) in enumerate(src):
        c = amount(rng, 150, 420)
        billed.append(c)
        n = f"{digits(rng, 4)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
        claims.append(n)
        if i == deny:
            rows.append([f"{pat} ({sfx})", n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "D26"])
        else:
            al = round(c * 0.68, 2)
            rows.append([f"{pat} ({sfx})", n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - 30, "nosign"), "30.00", "PD"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Statement date", fdate(sd, "slash")), ("Subscriber", subscriber), ("Subscriber ID", sid),
                ("Group", f"{GROUP} {EMPLOYER}"), ("Plan year", "01/01/2026 - 12/31/2026")],
               [36, 50, 46, 75, 52.4])
    p.ln(3)
    p.table(["Patient (suffix)", "Claim", "Service date", "Provider", "Service", "Billed", "Allowed", "Plan paid",
             "Your responsibility", "Code"], rows, [44, 28, 20, 42, 38, 19, 19, 19, 20, 10], size=7.8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** PD Processed under your plan's in-network benefit; your share is the $30.00 office copay. "
           "D26 See the dependent rules in your benefit booklet, section 2.4.", 8.6)
    p.para("The amount shown under Your responsibility is your responsibility. If you think a claim was processed "
           "wrongly, you can file an appeal within 180 days of the date of this statement. If a delay could "
           "seriously harm the patient's health, ask for an expedited appeal (decided within 72 hours).", 8.6)
    t = truth("eob", "eligibility", insurer=INS, group=GROUP, member_id=sid, member_name=student,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][2])],
              denial_date=sd.isoformat(), provider=d2, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


def faxstd_provider(rng):
    subscriber, student, np_ = people(rng, 3)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    nd = dt.date(2026, 4, rng.randint(6, 17))
    sv = dt.date(2026, 3, rng.randint(2, 20))
    billed = amount(rng, 160, 340)
    clm = f"{digits(rng, 4)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
    center = "Cascadia State University Student Health Services"
    fax = f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)}  KHHP PROVIDER SVC  503-555-{digits(rng, 4)}  PG {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM NOTICE", 12.5, "B")
    y = p.get_y() + 1
    p.set_y(y)
    p.pairs([("Notice date", fdate(nd, "long")), ("Claim", clm), ("Date of service", fdate(sv, "slash")),
             ("Rendering", f"{np_}, FNP-C"), ("Charges", money(billed)), ("Received", fdate(plus(sv, 9), "slash"))],
            label_w=32, size=9.2)
    end = p.cardblock([("Patient", student), ("ID#", mid), ("Subscriber No.", sid), ("Subscriber", subscriber),
                       ("Group", GROUP), ("Patient DOB", fdate(sdob(rng), "slash"))], 116, y, 84, "Member card on file")
    p.set_y(max(end, p.get_y()) + 3)
    p.pairs([("To", center)], label_w=32, size=9.2)
    p.ln(2)
    p.para("**We are unable to pay this claim.** The patient is the subscriber's child and was 26 or older on the "
           "date of service. Under this group plan a child of that age stays on the plan only while enrolled full "
           "time at an accredited school, and we have no proof of full-time enrollment for the spring 2026 term. "
           "We wrote to the subscriber for it.", 9.5)
    p.para("When the school's enrollment verification reaches us we will reprocess the claim; you do not need to send "
           "it again. Until then please do not bill the patient for more than you would after our payment.", 9.5)
    p.para("To dispute this decision, send a reconsideration request within 90 days of the date of this notice to "
           "Provider Services at the address above.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=mid, member_name=student,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=np_, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [sid], "provider": [center]})
    return out(p), t


def photocopy_bill(rng):
    subscriber, student, erdoc = people(rng, 3)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    ev = dt.date(2026, 2, rng.randint(2, 26))
    bd = dt.date(2026, 4, rng.randint(6, 24))
    hosp = "Bayfront Memorial Hospital"
    items = [("0450", "99284", "Emergency dept visit, level 4"), ("0350", "70450", "CT head without contrast"),
             ("0300", "80053", "Comprehensive metabolic panel"), ("0300", "85025", "CBC with differential"),
             ("0250", "J1885", "Ketorolac injection 15 mg"), ("0636", "J2405", "Ondansetron injection")]
    p = DOSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.logo_head("BMH", f"{hosp}  |  PATIENT ITEMIZED BILL", [f"{rng.randint(100, 9800)} Harbor View Dr, Coos Bay OR "
                                                              f"974{rng.randint(10, 99)}  |  541-555-{digits(rng, 4)}"],
                size=12.5)
    p.pairs([("Bill date", fdate(bd, "abbr")), ("Patient", student), ("Guarantor", subscriber),
             ("Account no.", f"BMH-{digits(rng, 8)}"), ("Visit", f"Emergency {fdate(ev, 'slash')}"),
             ("Attending", f"Dr. {erdoc}"),
             ("Insurance on file", f"{INS} {mid}  Grp {GROUP}")], label_w=36, size=9)
    p.ln(2)
    rows, tot = [], 0.0
    for rev, code, desc in items:
        c = amount(rng, 90, 1400)
        tot += c
        rows.append([fdate(ev, "slash"), rev, code, desc, "1", money(c, "nosign")])
    rows.append(["", "", "", "Total charges", "", money(tot, "nosign")])
    rows.append(["", "", "", f"Insurance payment ({INS})", "", "0.00"])
    rows.append(["", "", "", "Balance due from patient", "", money(tot, "nosign")])
    p.table(["Date", "Rev", "CPT/HCPCS", "Description", "Units", "Charge"], rows, [24, 14, 24, 78, 14, 26],
            size=8.4, aligns=["L", "L", "L", "L", "C", "R"])
    p.para(f"**Insurance status:** your insurer returned this claim unpaid. Its notice says the patient's student "
           "status for the current term has not been confirmed. If the patient is a full-time student, send the "
           "school's enrollment verification to your insurer and call us so we can resubmit the claim. If we do "
           "not hear from you within 30 days, the balance is yours to pay.", 8.8)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Bayfront Health Patient Financial Services", f"PO Box {rng.randint(2000, 9000)}",
               f"Tacoma WA 984{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=student, claim_amount=m2(tot),
              service_dates=[span(ev)], denial_date=bd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"member_id": [sid], "claim_amount": [None], "provider": [erdoc]})
    return out(p), t


def phone_spanish(rng):
    subscriber, student, doc = people(rng, 3)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    nd = dt.date(2026, 4, rng.randint(1, 10))
    sv = dt.date(2026, 3, rng.randint(2, 12))
    billed = amount(rng, 140, 290)
    clm = f"{digits(rng, 4)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
    clinic = "Northpoint Urgent Care"
    p = DOSheet(footer="Página {n} de {nb}")
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line(f"Fecha: {fdate(nd, 'slash')} ({fdate(nd, 'long', 'es')})", 9.8)
    p.ln(2)
    for ln in [student, f"{rng.randint(100, 9800)} Calle Las Flores", f"Eugene OR 974{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.line("Aviso sobre un reclamo", 12, "B")
    p.pairs([("Número de miembro", mid), ("Suscriptor", subscriber), ("Reclamo", clm),
             ("Fecha del servicio", f"{fdate(sv, 'slash')}"), ("Proveedor", f"{clinic} - Dr. {doc}"),
             ("Cargo", money(billed))], label_w=44, size=9.4)
    p.para("(Las fechas de este aviso se escriben mes/día/año.)", 8.4)
    p.para(f"Estimado(a) {student}:", 9.8)
    p.para(f"Recibimos el reclamo de {clinic} por la visita del {fdate(sv, 'long', 'es')}. Usted es hijo(a) del "
           "suscriptor y tiene 26 años o más. El plan de su grupo lo cubre a esa edad solo mientras estudie a tiempo "
           "completo (12 créditos o más por período). No hemos recibido la constancia de inscripción de su escuela "
           "para este período, así que en la fecha de la visita usted no tiene cobertura y no pagamos el reclamo.", 9.8)
    p.para("Si estudia a tiempo completo, pida a la oficina de registro de su escuela una constancia y envíenosla; "
           "volveremos a procesar el reclamo.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Si su salud corre peligro, pida una apelación urgente (72 horas).", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=student, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [sid], "provider": [clinic]})
    return out(p), t


def rotated_request(rng):
    subscriber, student = people(rng, 2)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    nd = dt.date(2026, 1, rng.randint(5, 16))
    ref = f"DSV-26-{digits(rng, 5)}"
    p = DOSheet(footer=None, footer_left="Form KH-411 (rev. 01/2026)")
    p.add_page()
    _head(p, rng, "Membership and Eligibility")
    p.para(fdate(nd, "long"), 10)
    for ln in [subscriber, f"{rng.randint(100, 9800)} Juniper Ln", f"Bend OR 977{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Dependent student certification for the spring 2026 term", 11.5, "B")
    p.ln(1)
    p.para(f"Dear {subscriber}:", 10)
    p.para(f"Our records show that {student} is 26 or older and is covered under your group plan with "
           f"{EMPLOYER} as a full-time student. To keep this coverage, we need proof of full-time enrollment "
           "(12 or more credit hours) for each term.", 10)
    p.para(f"Please ask the school's registrar for an enrollment verification for the spring 2026 term and send it "
           f"with the slip below by {fdate(plus(nd, 45), 'long')}. Nothing about your coverage or your other "
           "family members changes with this letter.", 10)
    p.para("If the student has graduated, left school or dropped below full time, call us. Coverage as a student "
           "ends on the last day of the month in which full-time enrollment ends; the student may be able to buy "
           "individual coverage within 60 days of that date.", 10)
    p.para(f"Membership and Eligibility\n{INS}", 10)
    p.reply_slip("DEPENDENT STUDENT CERTIFICATION - RETURN SLIP",
                 [("Student", student), ("Member no.", mid), ("Reference", ref), ("School", "______________________"),
                  ("Credit hours this term", "______")],
                 "Attach the registrar's verification. Fax 1-866-555-" + digits(rng, 4) + " or mail in the envelope.")
    y = p.get_y() + 1
    p.barcode(f"{mid}{ref}", 120, y, 70, 9, caption=f"{mid}  {ref}")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=student, cases=[ref], denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "member_id": [sid], "case_numbers": [[]], "member_name": [subscriber]})
    return out(p), t


def lowres_appeal(rng):
    subscriber, student, counselor, md = people(rng, 4)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    nd = dt.date(2026, 6, rng.randint(8, 19))
    drop = dt.date(2026, 2, rng.randint(9, 20))
    days = [dt.date(2026, 3, rng.randint(2, 12)), dt.date(2026, 3, rng.randint(16, 27))]
    billed = amount(rng, 260, 420)
    apl = f"AG-{digits(rng, 7)}"
    clm = f"{digits(rng, 4)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Appeals and Grievances")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [student, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Corvallis OR 973{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {student}:", 10)
    p.para(f"This letter answers your second appeal, {apl}, about claim {clm} from Riverbend Counseling for the "
           f"sessions {counselor}, LPC had with you on {fdate(days[0], 'long')} and {fdate(days[1], 'long')} "
           f"({money(billed)} billed). Your member number is {mid}.", 10)
    p.para(f"The registrar's record you sent shows that you were enrolled for 13 credit hours at the start of the "
           f"spring term and withdrew from one course on {fdate(drop, 'long')}, leaving 9 credit hours. Your parent's "
           "group plan keeps a child who is 26 or older on the plan only while the child carries a full-time course "
           "load of 12 or more credit hours. Your coverage as a student ended on the last day of February.", 10)
    p.para("The panel that reviewed your appeal found that our first decision followed the plan's terms. The claim "
           "stays unpaid and the earlier decision stands. This was the final level of appeal inside the plan.", 10)
    p.para("You may ask for an external review by an independent review organization within 4 months of the date "
           "you receive this letter. You may also have the right to bring a civil action.", 10)
    p.para(f"Sincerely,\n\n{md}, MD\nChair, Appeals Panel", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=student, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(d) for d in days], denial_date=nd.isoformat(),
              provider=counselor, alternates={"insurer": ALT, "member_id": [sid], "provider": ["Riverbend Counseling"],
                                              "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    subscriber, student, ordering = people(rng, 3)
    sid = sub_no(rng)
    mid = f"{sid}-03"
    nd = dt.date(2026, 5, rng.randint(4, 15))
    sv = dt.date(2026, 4, rng.randint(6, 24))
    billed = amount(rng, 90, 260)
    clm = f"{digits(rng, 4)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
    lab = "Coastal Range Laboratories"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  KESTREL HARBOR CLAIMS  503-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.line(fdate(nd, "long"), 9.8)
    p.ln(2)
    p.line("About your laboratory claim", 11.5, "B")
    p.pairs([("Patient", student), ("Member no.", mid), ("Claim", clm), ("Test date", fdate(sv, "dash")),
             ("Laboratory", lab), ("Ordered by", f"Dr. {ordering}"), ("Charges", money(billed))], label_w=36, size=9.4)
    p.ln(2)
    p.para(f"We are not able to make payment on this claim. {student} is covered as a dependent student, and the "
           "enrollment verification we asked for in January for the spring 2026 term has not arrived. Claims for "
           "care after the fall term ended are held back until it does.", 9.6)
    p.para("Send the verification and we will look at the claim again. You may also appeal within 180 days of the "
           "date of this letter.", 9.6)
    doc1 = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=student,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=lab, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "member_id": [sid], "provider": [ordering]}))
    pd = plus(nd, rng.randint(2, 6))
    price = amount(rng, 40, 190)
    pharm = "Tidewater Drug & Wellness"
    q = DOSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    q.logo_head("Rx", pharm, [f"{rng.randint(100, 9800)} W 14th St, Eugene OR 974{rng.randint(10, 99)}  |  "
                              f"541-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"])
    q.line("INSURANCE CLAIM RESPONSE", 11, "B")
    q.ln(1)
    q.mono([f"Date        {fdate(pd, 'slash')}",
            f"Patient     {student.upper()}",
            f"Plan        {INS.upper()}",
            f"Cardholder ID {sid}   Person code 03",
            f"BIN {digits(rng, 6)}   PCN KHRX   Group {GROUP}",
            f"Rx #        {digits(rng, 7)}",
            "Drug        SERTRALINE 50MG TAB",
            "Qty/Days    30 / 30",
            f"Submitted   {money(price)}",
            "STATUS      REJECTED",
            "Reject 65   PATIENT IS NOT COVERED",
            ], size=8.8, h=4.6)
    q.ln(3)
    q.para("Your plan says this person is not covered on the fill date. Please check with your plan or employer. "
           "You may pay the cash price today.", 9)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=sid, member_name=student, claim_amount=m2(price),
                          service_dates=[span(pd)], denial_date=pd.isoformat(), provider=pharm, group=GROUP,
                          unscored=["insurer"], alternates={"claim_amount": [None], "denial_date": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_family_eob_student_row_zero_paid_code_only", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_unable_to_pay_card_block", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "photocopy_hospital_itemized_bill_insurance_on_file", "photocopy", [photocopy_bill(rng)]),
        Item(F + "phone_spanish_no_coverage_month_first_written_out", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_student_certification_request_reply_slip_barcode", "rotated", [rotated_request(rng)]),
        Item(F + "lowres_final_appeal_part_time_upheld", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "finefax_stack_cover_lab_not_able_to_pay_then_pharmacy_reject_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
