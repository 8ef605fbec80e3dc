"""Notices mirrored (structure and wording style only) from the Kentucky Children's Health Insurance Program (KCHIP):
an invented Kentucky Medicaid managed care plan (Limestone Hollow Health Plan of Kentucky) writing to the parent or
guardian of a KCHIP child. The Kentucky Cabinet for Health and Family Services, its Department for Medicaid Services
and Department for Community Based Services, kynect, the State Fair Hearing, CPT/CDT codes and the 60-day appeal /
72-hour expedited / 10-day continuation / 120-day fair hearing limits appear as themselves; the plan, every clinic,
hospital, doctor, parent, child, number, address and form is invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_noa_form_brain_mri_not_needed: a notice of adverse benefit determination form on a standard fax, boxes
  with two-line captions and a split "Date of this notice | Date mailed" and "Member name | Member ID" box; a brain
  MRI asked for by a neurologist judged not needed (medical_necessity); received date, DOB and the medical director
  as decoys; "within 60 days of the date of this notice".
- faxstd_claim_form_dentist_not_in_network: a claim notice of action form on a standard fax: billing dental group
  and rendering dentist in separate boxes, a three-line table with a total, the appeal date printed
  (out_of_network).
- photocopy_form_hospital_stay_after_coverage_ended: a photocopied form with "Date sent", stay "From" / "To" boxes,
  the coverage end date and renewal due date as decoys (eligibility).
- phone_es_lentes_de_contacto_de_color: a photographed Spanish letter to a mother, "Fecha de este aviso" in a box,
  coloured contact lenses not a covered benefit (not_covered).
- lowres_letter_to_grandmother_psychiatric_stay_days: a 150 dpi letter to a grandmother who is legal guardian; the
  days of an inpatient stay after the first three could have been given in a day program (level_of_care); the
  hospital and doctor only in sentences; the approved first days as a decoy.
- bd_claims_statement_five_rows_speech_visit_past_approval: a born-digital KCHIP claims statement with five claims
  (From / To columns, billing and rendering providers), one speech therapy visit beyond the approved visits
  (prior_authorization).
- clean_stack_therapy_approval_duplex_then_tonsil_appeal_upside_down: a therapy approval (denies nothing), its
  blank duplex back, then upside down an appeal decision keeping the denial of a tonsillectomy (medical_necessity;
  only the State Fair Hearing is left, so no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvc import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "kentucky_kchip_notice_of_action"
LANG = "en"
SEED = 353902
INS = "Limestone Hollow Health Plan of Kentucky"
ALT = ["Limestone Hollow Health Plan", "Limestone Hollow"]
KY_CITIES = [("Bowling Green", "KY", "421"), ("Paducah", "KY", "420"), ("Hazard", "KY", "417"),
             ("Elizabethtown", "KY", "427"), ("Richmond", "KY", "404"), ("Owensboro", "KY", "423")]


def mid(rng):
    return digits(rng, 10)


def clm(rng):
    return f"26{digits(rng, 11)}"


def um(rng):
    return f"UM-{digits(rng, 8)}"


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))


def ky_addr(rng):
    city, st, z = rng.choice(KY_CITIES)
    return [address(rng)[0], f"{city} {st} {z}{rng.randint(10, 99)}"]


def _head(p: DVSheet, rng, unit="KCHIP Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Louisville KY 402{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, "A Kentucky Medicaid managed care plan serving Kentucky Children's Health Insurance Program (KCHIP) "
                 "members", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DVSheet, rng, first: str, size=8.4):
    p.bar("YOUR RIGHT TO APPEAL", 9)
    p.para(first, size)
    p.para("**Fast appeal.** If waiting could seriously harm your child's health, ask for a fast (expedited) appeal. "
           "We will decide within 72 hours.", size)
    p.para("**Keeping services.** If this notice ends or reduces a service your child already gets, you may ask to "
           "keep it during the appeal. Ask within 10 days of the date of this notice.", size)
    p.para("**State Fair Hearing.** After our appeal decision, you may ask the Kentucky Cabinet for Health and Family "
           "Services for a State Fair Hearing within 120 days of the date of our appeal decision.", size)
    p.para(f"Call KCHIP Member Services at {phone(rng)} (TTY 711). Free help in other languages and formats.", size)


def faxstd_mri(rng):
    child, parent, doc, rev, cm = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(4, 9))
    pd = plus(nd, rng.randint(10, 20))
    ref = um(rng)
    img = "Harlow Creek Imaging Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  LHHP UM DEPT  {phone(rng, '502')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION (NOTICE OF ACTION)", "Form LH-KCHIP-NOA-1 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([(("Date of\nthis notice", "Date\nmailed"), (fdate(nd, "slash"), fdate(plus(nd, 1), "slash"))),
                ("Request\nreceived", fdate(rec, "slash")), ("Reference /\nrequest no.", ref)],
               [70, 46, W - 116])
    p.capboxes([(("Member name", "Member ID"), (child, m)), ("Date of birth", fdate(dob(rng), "slash")),
                ("Program", "KCHIP")], [104, 36, W - 140])
    p.capboxes([("Mailed to (parent /\nguardian)", parent), ("Requesting provider", f"Dr. {doc}"),
                ("Servicing\nfacility", img)], [58, 56, W - 114])
    p.capboxes([("Service requested", "MRI brain without and with contrast (70553)"),
                ("Planned date\n(on or about)", fdate(pd, "slash")), ("Decision", "DENIED")], [96, 40, W - 136])
    p.ln(3)
    p.para(f"Dear {parent}:", 9.4)
    p.para(f"Dr. {doc} asked us to approve an MRI of {child}'s brain for headaches. We reviewed the request and the "
           "office notes. **We denied it.**", 9.4)
    p.para("**Why:** the notes describe headaches that come and go, with a normal nerve exam and no warning signs "
           "(no weakness, no change in vision, no headaches that wake your child). For headaches like these, an MRI "
           "is not needed to decide on treatment. A headache diary and a follow-up visit come first. If new signs "
           "appear, the doctor may ask again.", 9.4)
    p.para(f"Reviewed by Dr. {rev}, Medical Director. Your child's case manager is {cm}.", 9)
    _rights(p, rng, "You or your child's doctor, with your written consent, may ask for an appeal within 60 days of "
            "the date of this notice. Call us or write to the Appeals Unit at the address above.")
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[pd.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [img]})
    return out(p), t


def faxstd_dental(rng):
    child, parent, dentist, rev = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(2, 25))
    rec = plus(v, rng.randint(10, 20))
    nd = plus(rec, rng.randint(8, 15))
    dl = plus(nd, 60)
    n = clm(rng)
    grp = "Quarry Bend Family Dental"
    b = [amount(rng, 45, 70), amount(rng, 70, 110), amount(rng, 50, 80)]
    tot = round(sum(b), 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  LHHP CLAIMS  {phone(rng, '502')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF ACTION - CLAIM", "Form LH-KCHIP-NOA-3 (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Date sent", fdate(nd, "abbr")), ("Claim number", n), ("Date claim\nreceived", fdate(rec, "slash"))],
               [50, 70, W - 120])
    p.capboxes([(("Member name", "Member ID"), (child, m)), ("Parent or\nguardian", parent)], [112, W - 112])
    p.capboxes([("Billing provider", grp), ("Rendering provider", f"Dr. {dentist}, DMD"),
                ("Rendering\nNPI", digits(rng, 10))], [66, 66, W - 132])
    p.capboxes([("Service date", fdate(v, "slash")), ("Services", "Exam, cleaning, X-rays"),
                ("Amount\nbilled", money(tot))], [40, 90, W - 130])
    p.ln(3)
    p.table(["Code", "Description", "Billed", "Paid"],
            [["D0120", "Periodic oral exam", money(b[0], "nosign"), "0.00"],
             ["D1120", "Cleaning, child", money(b[1], "nosign"), "0.00"],
             ["D0272", "Bitewing X-rays, two films", money(b[2], "nosign"), "0.00"],
             ["", "Total", money(tot, "nosign"), "0.00"]], [22, 100, 30, W - 152], size=8.6,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"**What we decided:** we did not pay this claim. {grp} is not in our dental network, and the office "
           "did not ask us for approval before the visit. A KCHIP child's routine dental care must come from a "
           "dentist in our network unless we approve another dentist first. We can help you find a network dentist "
           "near you; routine exams and cleanings there cost you nothing.", 9)
    p.para(f"Reviewed by {rev}, claims specialist.", 8.8)
    _rights(p, rng, f"If you think we are wrong, you may ask for an appeal. Your appeal must reach us by "
            f"**{fdate(dl, 'long')}**.")
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=dentist,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [grp]})
    return out(p), t


def photocopy_elig(rng):
    child, parent, att, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 4, 30)
    a = dt.date(2026, 5, rng.randint(4, 18))
    b = plus(a, rng.randint(2, 4))
    nd = plus(b, rng.randint(25, 35))
    n = clm(rng)
    hosp = "Corbin Gap Children's Hospital"
    billed = amount(rng, 6800, 14500)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF ACTION", "LH-KCHIP-NOA-5 (rev. 09/2025)")
    for ln in [parent, *ky_addr(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Date sent", fdate(nd, "slash")), (("Member name", "Member ID"), (child, m)),
                ("KCHIP coverage\nend date", fdate(end, "slash"))], [36, 108, W - 144])
    p.capboxes([("Claim no.", n), ("Hospital stay\nFrom", fdate(a, "slash")), ("Hospital stay\nTo", fdate(b, "slash")),
                ("Total\ncharges", money(billed))], [52, 36, 36, W - 124])
    p.capboxes([("Facility", hosp), ("Attending physician", f"Dr. {att}"),
                ("Renewal form\ndue date", fdate(plus(end, -30), "slash"))], [66, 66, W - 132])
    p.ln(3)
    p.para(f"Dear {parent}:", 9.4)
    p.para(f"We received {hosp}'s claim for {child}'s hospital stay. **We cannot pay it.** Our records from the "
           "Department for Community Based Services show that your child's KCHIP coverage ended on the date in the "
           "coverage end date box, because the renewal form was not returned. The stay began after that date, so "
           "your child was not a member of our plan when the care was given.", 9.2)
    p.para("If you sent the renewal on time, or if your child's coverage has been restored back to that date, "
           "contact kynect or your local DCBS office, then call us. We will look at the claim again.", 9.2)
    _rights(p, rng, "You may ask us for an appeal within 60 days of the date of this notice.")
    p.para(f"{sig}, Eligibility and Claims", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def phone_es(rng):
    child, mother, opt, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    shop = "Óptica Ridgeview"
    b = amount(rng, 120, 220)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros de KCHIP")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", n)], [70, W - 70], size=9)
    p.capboxes([(("Nombre del miembro", "Número de miembro"), (child, m))], [W], size=9)
    p.ln(2)
    for ln in [mother, *ky_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')}, {shop} le entregó a su hijo(a) {child} lentes de contacto de color. La "
           f"optometrista, Dra. {opt}, hizo el examen de la vista. {shop} nos cobró {money(b)} por los lentes.", 10)
    p.para("**No pagamos este reclamo.** Los lentes de contacto que solo cambian el color de los ojos no son un "
           "beneficio de KCHIP. Los anteojos y los lentes de contacto transparentes que corrigen la vista sí están "
           "cubiertos. El examen de la vista se pagó aparte.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si esperar puede dañar "
           "la salud de su hijo(a), pida una apelación rápida: decidimos en 72 horas. Después de nuestra decisión, "
           "puede pedir una Audiencia Imparcial Estatal (State Fair Hearing) dentro de 120 días. "
           f"Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=shop,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [opt]})
    return out(p), t


def lowres_psych(rng):
    child, gm, psy, rev, sig = people(rng, 5)
    m = mid(rng)
    a = dt.date(2026, 6, rng.randint(1, 8))
    ok_to = plus(a, 2)
    d1 = plus(a, 3)
    b = plus(a, rng.randint(6, 8))
    nd = plus(b, rng.randint(3, 8))
    ref = um(rng)
    hosp = "Osage Fork Behavioral Hospital"
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Behavioral Health Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [gm, *ky_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}, KCHIP member ID {m}\nReference {ref}", 10)
    p.para(f"Dear {gm}:", 10)
    p.para(f"You are listed with us as the legal guardian of {child}. Your grandchild stayed at {hosp}, in its "
           f"inpatient unit for young people. The stay began on {fdate(a, 'long')} and ended on {fdate(b, 'long')}. "
           f"Dr. {psy}, the attending psychiatrist, asked us to cover the whole stay.", 10)
    p.para(f"We approved the days from {a.strftime('%B %-d')} through {fdate(ok_to, 'long')}. **We did not approve "
           f"the days from {d1.strftime('%B %-d')} through {fdate(b, 'long')} as inpatient days.** By the fourth day "
           "the notes show your grandchild was calm, eating and sleeping, taking part in groups, and had no plan to "
           "self-harm. From then on, the same care could have been given safely in the hospital's day program "
           "(partial hospitalization), with your grandchild sleeping at home. We would have covered the day "
           "program.", 10)
    p.para(f"This decision was made by Dr. {rev}, a child psychiatrist who works for our plan. The hospital may not "
           "bill you for the days we did not approve.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. A fast appeal is decided "
           "within 72 hours. After our appeal decision you may ask the Cabinet for Health and Family Services for a "
           f"State Fair Hearing within 120 days. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[f"{d1.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [psy], "service_dates": [[d1.isoformat(), b.isoformat()]]})
    return out(p), t


def bd_statement(rng):
    child, parent, ped, lab_doc, st1, st2 = people(rng, 6)
    m = mid(rng)
    sd = dt.date(2026, 7, rng.randint(6, 20))
    clinic = "Bramblewood Pediatrics"
    speech = "Kettle Run Speech and Language Center"
    lab = "Greystone Reference Laboratory"
    dates = sorted(plus(sd, -rng.randint(20, 60)) for _ in range(5))
    rows_spec = [(clinic, f"Dr. {ped}", "99393", "Well-child visit", 150, 220, True),
                 (lab, f"Dr. {lab_doc}", "85025", "Blood count", 25, 45, True),
                 (speech, st1, "92507", "Speech therapy visit", 95, 140, True),
                 (speech, st1, "92507", "Speech therapy visit", 95, 140, True),
                 (speech, st2, "92507", "Speech therapy visit", 95, 140, False)]
    rows, tot = [], [0.0, 0.0, 0.0]
    den = None
    for d, (bp, rp, code, desc, lo, hi, paid) in zip(dates, rows_spec):
        n = clm(rng)
        b = amount(rng, lo, hi)
        pd = round(b * 0.62, 2) if paid else 0.0
        rows.append([n, bp, rp, fdate(d, "slash"), fdate(d, "slash"), code, desc, money(b, "nosign"),
                     money(pd, "nosign"), "0.00", "PD" if paid else "197"])
        tot = [tot[0] + b, tot[1] + pd, 0.0]
        if not paid:
            den = (n, d, b, rp)
    rows.append(["TOTALS", "", "", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), "0.00", ""])
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "LH-KCHIP-EOB-2 (rev. 11/2025)")
    p.capstrip([("STATEMENT DATE", fdate(sd, "long")), ("MEMBER", child), ("MEMBER ID", m),
                ("PARENT / GUARDIAN", parent), ("CLAIMS PROCESSED", f"{fdate(plus(sd, -30), 'slash')} - "
                                                                    f"{fdate(plus(sd, -1), 'slash')}")],
               [50, 52, 38, 52, 65])
    p.ln(3)
    n, d, b, rp = den
    p.table(["Claim no.", "Billing provider", "Rendering provider", "From", "To", "Code", "Service", "Billed",
             "Plan paid", "You owe", "Note"], rows, [30, 62, 36, 18, 18, 12, 28, 18, 16, 12, 9], size=7.2,
            aligns=["L"] * 7 + ["R"] * 3 + ["C"], bold_last=True)
    p.para("**Notes.** PD: paid. 197: not paid - no approval for this visit. We approved 12 speech therapy visits "
           f"for {child} for this period; the visit on {fdate(d, 'long')} was the 13th. {speech} must ask us to "
           "approve more visits before giving them. The center may not bill you for this visit. KCHIP members owe "
           "no copays.", 8.4)
    p.para("If you disagree with a decision on this statement, you may ask for an appeal within 60 days of the date "
           "of this statement. A fast appeal is decided within 72 hours. After our appeal decision you may ask for a "
           f"State Fair Hearing within 120 days. Call {phone(rng)} (TTY 711).", 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=rp,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [speech]})
    return out(p), t


def clean_stack(rng):
    child, parent, pt, doc, cm = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 8, rng.randint(3, 14))
    a = plus(nd, 3)
    b = plus(a, 83)
    pa = f"PA-{digits(rng, 9)}"
    clinic = "Flatrock Pediatric Therapy"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF APPROVAL", "LH-KCHIP-APV-1")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Date of this notice", fdate(nd, "slash")), ("Approval number", pa)], [60, W - 60])
    p.capboxes([(("Member name", "Member ID"), (child, m)), ("Sent to", parent)], [110, W - 110])
    p.capboxes([("Approved from", fdate(a, "slash")), ("Approved to", fdate(b, "slash")),
                ("Visits", "16 physical therapy visits (97110, 97530)")], [38, 38, W - 76])
    p.capboxes([("Therapy provider", clinic), ("Treating therapist", f"{pt}, PT"),
                ("Ordering physician", f"Dr. {doc}")], [62, 50, W - 112])
    p.ln(3)
    p.para(f"Dear {parent}:", 9.6)
    p.para(f"Good news. We approved the physical therapy that {clinic} asked for, for {child}, for the dates and "
           "visits shown above. You do not need to do anything. If your child needs more visits after the last "
           "approved date, the therapist will ask us.", 9.6)
    p.para(f"Your child's case manager, {cm}, can help with rides to visits. Call {phone(rng)} (TTY 711).", 9.6)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[pa],
                         service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
                         provider=clinic,
                         alternates={"insurer": ALT, "provider": [pt], "cases": [[]],
                                     "service_dates": [[], [a.isoformat(), b.isoformat()]]}))
    child2, parent2, ent, rev, sig = people(rng, 5)
    m2_ = mid(rng)
    od = dt.date(2026, 6, rng.randint(2, 20))
    ad = plus(od, rng.randint(35, 55))
    pd = plus(ad, rng.randint(14, 30))
    ap = f"AP-26-{digits(rng, 6)}"
    orig = um(rng)
    sc = "Bluelick Surgery Center"
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Appeals Unit")
    q.title_bar("NOTICE OF APPEAL RESOLUTION", "LH-KCHIP-AR-2")
    W = q.w - q.l_margin - q.r_margin
    q.capboxes([("Date of this\nnotice", fdate(ad, "slash")), ("Appeal number", ap),
                ("Original request\nnumber", orig)], [46, 60, W - 106])
    q.capboxes([(("Member name", "Member ID"), (child2, m2_)), ("Appeal filed by", f"{parent2} (parent)")],
               [110, W - 110])
    q.ln(3)
    q.para(f"Dear {parent2}:", 9.6)
    q.para(f"You appealed our decision of {fdate(od, 'long')} not to approve removal of {child2}'s tonsils and "
           f"adenoids (42820), which Dr. {ent} planned to do at {sc} on or about {fdate(pd, 'long')}.", 9.6)
    q.para(f"Dr. {rev}, an ear, nose and throat doctor who did not take part in the first decision, looked at the "
           "appeal, the sleep study and the office notes. **We are keeping our decision.** Your child had two throat "
           "infections in the past year, and the sleep study found only mild breathing pauses. Surgery is covered "
           "when infections are much more frequent, or when a sleep study shows moderate or severe pauses. Watching "
           "and treating with medicine is the usual next step.", 9.6)
    q.bar("WHAT YOU CAN DO NOW", 9)
    q.para("This was your child's appeal with our plan. If you disagree, you may ask for a State Fair Hearing with "
           "the Kentucky Cabinet for Health and Family Services within 120 days of the date of this notice. If "
           "you ask within 10 days, you may ask that services continue. Call us for help with the request at "
           f"{phone(rng)} (TTY 711).", 9.2)
    q.para(f"Sincerely,\n{sig}\nAppeals Unit", 9.4)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=child2,
                         cases=[ap, orig], service_dates=[pd.isoformat()], denial_date=ad.isoformat(), provider=ent,
                         alternates={"insurer": ALT, "provider": [sc], "cases": [[ap], [orig]],
                                     "service_dates": [[]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_noa_form_brain_mri_not_needed", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "faxstd_claim_form_dentist_not_in_network", "fax_standard_g4", [faxstd_dental(rng)]),
        Item(F + "photocopy_form_hospital_stay_after_coverage_ended", "photocopy", [photocopy_elig(rng)]),
        Item(F + "phone_es_lentes_de_contacto_de_color", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_to_grandmother_psychiatric_stay_days", "scan_lowres_150", [lowres_psych(rng)]),
        Item(F + "bd_claims_statement_five_rows_speech_visit_past_approval", "born_digital", [bd_statement(rng)]),
        Item(F + "clean_stack_therapy_approval_duplex_then_tonsil_appeal_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
