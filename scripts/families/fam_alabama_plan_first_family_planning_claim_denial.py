"""Notices mirrored (structure and plain wording style only) from the papers the Alabama Medicaid Agency sends under
Plan First, its family planning program: the Alabama Medicaid Agency, Plan First, its family planning services
(birth control visits and supplies, family planning exams, sterilization), its rule that it pays only for family
planning, Medicaid's payer-of-last-resort rule, informal reviews and fair hearings, and CPT/HCPCS codes appear as
themselves; every time limit, reason code, form, clinic, pharmacy, doctor, care coordinator, billing service,
person, number and address is invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_three_recipients_knee_visit_not_family_planning: a landscape provider remittance on a standard
  fax to a women's clinic (payee, payee NPI, provider no., RA no., EFT trace): three recipients' claims with
  billed / allowed / paid / recipient-owes columns and a totals row, the middle one's visit for a knee sprain
  refused under code PF12 (not a family planning service; not_covered).
- born_digital_vasectomy_surgeon_not_enrolled: a letter to the recipient refusing a vasectomy because the
  surgeon and the surgery centre are not enrolled Alabama Medicaid providers (out_of_network); referring care
  coordinator, billing service and agency reviewer named; deadline as a date ("by ...").
- photocopy_implant_after_plan_first_ended: a photocopied notice form refusing an implant insertion done after
  Plan First coverage ended (eligibility); DOB, coverage end and renewal dates as decoys.
- phone_es_dos_columnas_otro_seguro_paga_primero: a photographed two-column Spanish letter: the recipient's job-based
  insurance must pay first for an IUD insertion (other); the total in the Spanish way ("US$ 1.234,50").
- rotated_clinic_statement_paid_by_medicaid: the clinic's statement to the recipient, fed sideways: Medicaid paid,
  nothing owed (denies nothing).
- lowres_lab_claim_after_filing_limit: a 150 dpi letter: a lab's pap test claim received after the 90-day filing
  limit (timely_filing); the refused amount only in a sentence; "no later than 60 calendar days after you receive this
  letter".
- clean_stack_cover_ultrasound_not_needed_then_duplicate_injection_sideways: a fax cover sheet, a letter refusing a
  pelvic ultrasound as not needed (medical_necessity), then, fed sideways, a letter refusing a birth control
  injection billed twice (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzd import DZSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "alabama_plan_first_family_planning_claim_denial"
LANG = "en"
SEED = 354703
INS = "Alabama Medicaid Agency"
ALT = ["Alabama Medicaid", "Alabama Medicaid Agency Plan First", "Plan First"]
CLINIC = "Chinquapin Ridge Women's Clinic"
CLINIC2 = "Tallawassee Family Planning Center"
LAB = "Bellhaven Reference Laboratory"
BILLER = "Redgum Medical Billing Services"
PHARM = "Cahaba Bend Pharmacy"


def address(rng):
    """An invented Alabama street address (town and ZIP area real, the rest drawn)."""
    city, z = rng.choice([("Selma", "367"), ("Dothan", "363"), ("Anniston", "362"), ("Florence", "356"),
                          ("Gadsden", "359"), ("Opelika", "368"), ("Jasper", "355"), ("Troy", "360")])
    st = rng.choice(["Magnolia Bend Rd", "County Road 14", "Pecan Grove Ln", "Old Selma Hwy", "Cotton Gin St",
                     "Sweetgum Ct", "Red Clay Dr"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, AL {z}{rng.randint(10, 99)}"]


def mid(rng):
    return digits(rng, 13)


def icn(rng):
    return f"26-{rng.randint(100, 350)}-{digits(rng, 7)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1972, 2005), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DZSheet, rng, unit="Plan First"):
    p.logo_head(INS, "AMA", [f"{unit}  |  PO Box {rng.randint(3000, 9800)}, Montgomery, AL 36103-{digits(rng, 4)}",
                             f"Recipient Call Center {phone(rng)}  |  TTY 711  |  Plan First line {phone(rng, '888')}"],
                size=13)


def faxstd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("99395-FP", "Family planning exam", 120, 180, False),
             ("99213", "Office visit, knee sprain", 85, 140, True),
             ("J7307", "Contraceptive implant", 700, 900, False)]
    tot = [0.0, 0.0, 0.0, 0.0]
    for pt, doc, (code, desc, lo, hi, den) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(10, 30))
        n, m = icn(rng), mid(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * 0.55, 2)
        pd = al
        vals = [b, al, pd, 0.0]
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {doc}", code, *[money(v, "nosign") for v in vals],
                     "PF12" if den else "00"])
        info.append((pt, doc, n, m, d, b))
    rows.append(["", "TOTALS", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  AL MEDICAID RA  {phone(rng, '334')}  P.{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Remittance")
    p.title_bar("REMITTANCE ADVICE - PLAN FIRST (FAMILY PLANNING)", "Form AMA-RA-PF (rev. 10/2025)")
    p.capstrip([("PAYEE", CLINIC), ("PROVIDER NO.", f"PF{digits(rng, 7)}"), ("PAYEE NPI", npi(rng)),
                ("RA NO.", digits(rng, 8)), ("RA DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 11))],
               [72, 36, 36, 34, 30, 51.4])
    p.ln(3)
    p.table(["ICN", "RECIPIENT", "MEDICAID ID", "DOS", "RENDERING", "PROC", "BILLED", "ALLOWED", "PAID",
             "RECIP. OWES", "EOB"], rows, [32, 34, 28, 18, 38, 18, 20, 20, 20, 20, 11.4], size=7.3,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    pt, doc, n, m, d, b = info[1]
    p.para("**EOB codes.** 00: paid. PF12: Plan First pays only for family planning: birth control visits and "
           "supplies, family planning exams and the tests done at them. The diagnosis on this claim is a knee "
           "sprain, which is not a family planning service, so the visit is refused. The recipient has Plan First "
           "only and may be billed only if told before the visit that Medicaid would not pay.", 7.9)
    p.para("Reconsiderations: send the corrected claim or the records within 90 days of the RA date. Billing "
           f"questions: Provider Assistance {phone(rng)}. Do not send reconsiderations to the Recipient Call Center.",
           7.9)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def born_vasectomy(rng):
    member, surgeon, coord, rev, sig = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    nd = plus(v, rng.randint(30, 42))
    dl = plus(nd, 60)
    n = icn(rng)
    acct = f"SC-{digits(rng, 6)}"
    notice = f"PFN-{digits(rng, 5)}"
    b1, b2 = amount(rng, 480, 760), amount(rng, 300, 520)
    billed = round(b1 + b2, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Medicaid ID", m), ("Claim (ICN)", n), ("Surgery centre account", acct),
               ("Notice no.", notice)], 8.6)
    p.heading("Plan First will not pay for your surgery", 12)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')} you had a vasectomy (CPT 55250) done by Dr. {surgeon} at Pinecrest Hollow "
           f"Surgery Center. Your Plan First care coordinator, {coord}, had given you a list of doctors who take "
           f"Plan First. The surgery centre's billing company, {BILLER}, sent us a claim for {money(billed)}: "
           f"{money(b1)} for the surgery and {money(b2)} for the centre.", 10)
    p.para("**Why we are not paying.** Plan First pays only doctors and centres that have signed up with Alabama "
           "Medicaid. Neither Dr. " + surgeon.split()[-1] + " nor Pinecrest Hollow Surgery Center is signed up "
           "with us. The service itself is one Plan First covers; had it been done by an enrolled provider we "
           "would have paid for it.", 10)
    p.parties("People and offices named in this letter", [
        ("Surgeon", f"Dr. {surgeon}", f"NPI {npi(rng)} (not enrolled)"),
        ("Billing company", BILLER, f"Invoice {digits(rng, 6)}"),
        ("Care coordinator", coord, f"Plan First line {phone(rng, '888')}"),
        ("Reviewed by", rev, "Plan First Program Unit"),
    ])
    p.bar("IF YOU DISAGREE")
    p.para(f"Ask for an informal review by {fdate(dl, 'long')}. Write to the address above or call us. If you "
           "still disagree after the review, you may ask for a fair hearing within 30 days of the review "
           "decision. If your health is at risk, ask for a fast review; we answer those within 72 hours.", 9.6)
    p.para(f"Sincerely,\n{sig}\nPlan First Program Unit\n{INS}", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": ["Pinecrest Hollow Surgery Center"],
                          "case_numbers": [[n, notice]]})
    return out(p), t


def photocopy_elig(rng):
    member, doc, coord, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(5, 24))
    nd = plus(v, rng.randint(28, 38))
    n = icn(rng)
    case = f"AL{digits(rng, 8)}"
    b = amount(rng, 780, 990)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Plan First - Eligibility and Claims")
    p.title_bar("NOTICE OF CLAIM ACTION", "AMA-PF-210 (01/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "slash")), ("MEDICAID ID", m)],
              [("DATE OF BIRTH", fdate(dob(rng), "slash")), ("ELIG. CASE NO.", case)],
              [("ICN", n), ("SERVICE DATE", fdate(v, "slash"))],
              [("PLAN FIRST ENDED", fdate(end, "slash")), ("RENEWAL DUE", fdate(dt.date(2026, 7, 31), "slash"))],
              [("PROVIDER", CLINIC2), ("AMOUNT BILLED", money(b))]], cap_w=30, cap=5.6)
    p.para(f"**Action: claim denied.** On the service date above, Dr. {doc} at {CLINIC2} put in a birth control "
           "implant (J7307 and 11981). Your Plan First coverage had already ended because the renewal form we "
           "mailed you was not returned. Medicaid can pay only for care given while you are covered. Your care "
           f"coordinator, {coord}, can help you apply again; coverage would not go back to the service date.", 9)
    p.para("You may ask for an informal review within 60 days of the date on this notice. A fair hearing may be "
           "asked for within 30 days after the informal review decision. Call the Recipient Call Center at "
           f"{phone(rng)} (TTY 711).", 8.8)
    p.para(f"{sig}, Eligibility Specialist", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC2], "case_numbers": [[n, case]]})
    return out(p), t


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def phone_es(rng):
    member, doc, coord, emp_ins, sig = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(v, rng.randint(25, 35))
    n = icn(rng)
    b1, b2 = amount(rng, 880, 1100), amount(rng, 160, 260)
    billed = round(b1 + b2, 2)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Plan First - Planificación Familiar")
    p.para(fdate(nd, "long", "es"), 9.6)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.idstrip([("Número de Medicaid", m), ("Número de reclamo (ICN)", n), ("Póliza de otro seguro",
                                                                            f"GRP {digits(rng, 5)}-{digits(rng, 3)}")])
    p.heading("Aviso sobre su reclamo de Plan First", 12)
    p.two_cols(
        [("Lo que pasó",
          f"El {fdate(v, 'long', 'es')} la Dra. {doc}, de {CLINIC}, le colocó un dispositivo intrauterino "
          f"(DIU). La clínica nos cobró {es_money(billed)} ({money(billed)}) en total: {es_money(b1)} por el dispositivo y "
          f"{es_money(b2)} por la colocación."),
         ("Nuestra decisión",
          "No pagamos este reclamo. Nuestros registros muestran que usted también tiene seguro médico por "
          "medio de su trabajo. Medicaid paga al final: el otro seguro debe recibir el reclamo primero. Cuando "
          "la clínica nos mande la explicación de pagos del otro seguro, revisaremos lo que falte.")],
        [("Quiénes aparecen en este aviso",
          f"Clínica que dio el servicio: {CLINIC}. Médica: Dra. {doc}. Su coordinadora de Plan First: "
          f"{coord}. Revisor del seguro de su trabajo: {emp_ins}. Firmado por: {sig}, Unidad de Terceros "
          "Pagadores."),
         ("Si no está de acuerdo",
          "Puede pedir una revisión informal dentro de 60 días de la fecha de esta carta. Si después no está "
          "de acuerdo, puede pedir una audiencia imparcial dentro de 30 días de la decisión de la revisión. "
          "Las revisiones rápidas se deciden en 72 horas."),
         ("Llámenos", f"Centro de Llamadas {phone(rng)} (TTY 711), de lunes a viernes.")], size=9.2)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def rotated_statement(rng):
    member, doc, nurse = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    sd = plus(v, rng.randint(30, 40))
    ac = f"CRW-{digits(rng, 6)}"
    b1, b2, b3 = amount(rng, 140, 190), amount(rng, 30, 55), amount(rng, 60, 95)
    tot = round(b1 + b2 + b3, 2)
    paid = round(tot * 0.6, 2)
    adj = round(tot - paid, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CLINIC, "CRW", [f"{rng.randint(100, 9800)} Dauphin Ferry Rd, Selma AL 367{rng.randint(10, 99)}  |  "
                                f"Billing {phone(rng, '334')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Patient", [member, *address(rng)], "Account", [f"Acct {ac}", f"Seen by Dr. {doc}",
                                                                 f"Nurse: {nurse}, RN"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("COVERAGE", f"Alabama Medicaid Plan First {m}"),
             ("AMOUNT DUE", "$0.00")]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "99395", "Family planning exam", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "87491", "Chlamydia test", money(b2, "nosign"), ""],
             [fdate(v, "slash"), "J1050", "Birth control injection", money(b3, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Alabama Medicaid payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Medicaid adjustment (not billable)", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE", "$0.00", ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Alabama Medicaid paid this visit under Plan First. You owe nothing. Your next injection is due in "
           "about 12 weeks; call to schedule.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=doc, unscored=["insurer"],
              alternates={"provider": [CLINIC], "member_id": [None]})
    return out(p), t


def lowres_late(rng):
    member, doc, sig, coord = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(100, 120))
    nd = plus(rec, rng.randint(6, 12))
    n = icn(rng)
    b = amount(rng, 48, 96)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Plan First - Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: Medicaid ID {m}  /  Claim {n}  /  Lab requisition {digits(rng, 7)}", 9.6)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"At your family planning visit with Dr. {doc} at {CLINIC2} on {fdate(v, 'long')}, a pap test was "
           f"sent to {LAB}. The laboratory's billing office asked us to pay {money(b)} for that test. We "
           f"received the claim on {fdate(rec, 'long')}.", 10)
    p.para("Laboratories that bill Plan First for tests ordered at a family planning visit must send the claim "
           "within 90 days of the test. This claim came after that, so we did not pay it. The laboratory is an "
           "Alabama Medicaid provider and may not bill you for the test.", 10)
    p.para(f"If you think we made a mistake, ask for an informal review no later than 60 calendar days after you "
           f"receive this letter. Your care coordinator, {coord}, can help. A fair hearing may follow within 30 "
           f"days of the review decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Resolution\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc, CLINIC2], "appeal_deadline": [None]})
    return out(p), t


def clean_stack(rng):
    member, doc, rev, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = icn(rng)
    auth = f"RQ{digits(rng, 7)}"
    b = amount(rng, 210, 320)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Plan First - Medical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Medicaid ID", m), ("ICN", n), ("Review request", auth), ("Ordering doctor", f"Dr. {doc}"),
             ("Performed at", "Lockhart Mill Imaging")], label_w=40, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} of {CLINIC} ordered a pelvic ultrasound (76856) on {fdate(v, 'long')} to check your IUD, "
           f"and Lockhart Mill Imaging billed us {money(b)}. Our nurse reviewer, {rev}, read the visit notes.", 10)
    p.para("**Why we are not paying.** The notes say the IUD strings were seen at the exam and you had no pain or "
           "bleeding. When the strings can be seen and there are no problems, an ultrasound adds nothing to the "
           "exam, so it was not needed. Plan First would pay for one if the strings could not be found.", 10)
    p.para("You may ask for an informal review at any time within the 60 days that follow the date of this letter. "
           "Fast reviews: 72 hours. "
           f"Fair hearing: 30 days after the review decision. Call {phone(rng)} (TTY 711).", 9.8)
    p.para(f"Sincerely,\n{sig}\nPlan First Medical Review", 9.8)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider="Lockhart Mill Imaging", appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[n, auth]]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v2 = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v2, rng.randint(20, 30))
    dl2 = plus(nd2, 60)
    n2, n_paid = icn(rng), icn(rng)
    b2 = amount(rng, 60, 95)
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Plan First - Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Medicaid ID", m2_), ("Claim denied (ICN)", n2), ("Claim paid earlier", n_paid),
             ("Rx # (pharmacy)", digits(rng, 7))], label_w=44, size=9.4)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You got a birth control injection (J1050) from Dr. {doc2} at {CLINIC2} on {fdate(v2, 'long')}. "
           f"The shot itself was filled by {PHARM}. We paid the centre's claim for this shot under the earlier "
           f"claim number shown above. The centre then sent the same shot again, for {money(b2)}.", 10)
    q.para("We do not pay twice for the same service on the same day, so the second claim is denied. Nothing "
           "about your birth control coverage has changed.", 10)
    q.para(f"If you disagree, ask for an informal review by {fdate(dl2, 'long')}. Fast reviews are decided in 72 "
           "hours.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims Resolution", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=doc2, appeal_deadline=dl2.isoformat(),
                         alternates={"insurer": ALT, "provider": [CLINIC2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_recipients_knee_visit_not_family_planning", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_vasectomy_surgeon_not_enrolled", "born_digital", [born_vasectomy(rng)]),
        Item(F + "photocopy_implant_after_plan_first_ended", "photocopy", [photocopy_elig(rng)]),
        Item(F + "phone_es_dos_columnas_otro_seguro_paga_primero", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_clinic_statement_paid_by_medicaid", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_lab_claim_after_filing_limit", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_cover_ultrasound_not_needed_then_duplicate_injection_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
