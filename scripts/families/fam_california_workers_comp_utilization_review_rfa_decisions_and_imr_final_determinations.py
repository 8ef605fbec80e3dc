"""California workers' compensation utilization review (UR) and Independent Medical Review (IMR) papers, mirrored for
structure and plain wording style only: a claims administrator's UR decisions on a treating physician's Request for
Authorization (RFA) that modify or deny treatment, a UR company's decision for the administrator, an explanation of
review (EOR) of a therapy bill, final determinations of an IMR organization that uphold or overturn a UR decision,
and an applicant attorney's letter forwarding a UR decision to the injured worker. Public rules used as themselves:
the Division of Workers' Compensation (DWC), DWC Form RFA and DWC Form IMR, the Medical Treatment Utilization
Schedule (MTUS) and its guidelines as the standard UR must use (the acupuncture guideline's 3 to 6 treatments to
show functional improvement), only a licensed physician may modify or deny a request, the reviewer's name,
specialty and how to reach the reviewer go in the decision, a decision on a prospective request within 5 business
days of receiving the RFA, a request for missing information and a denial when it does not arrive within 14 days
of the RFA, IMR asked for by the worker (or the worker's attorney) within 30 days after service of the UR decision,
an IMR decision that is final and binding unless appealed to the Workers' Compensation Appeals Board within 30
days of its mailing on narrow grounds, the administrator authorizing within 5 working days after IMR overturns a
denial, the cap of 24 physical therapy visits per industrial injury (Labor Code section 4604.5) unless the employer
authorizes more in writing, a second review of a bill within 90 days of the EOR and Independent Bill Review after
it, the Official Medical Fee Schedule (OMFS), CPT codes. Invented: the claims administrator (Sandhollow Claims
Administrators, Inc.), the carrier (Harrowfield Employers Mutual Insurance Company), the UR company (Quillmont
Utilization Review Services, LLC), the IMR organization (Ashcombe Independent Review, Inc.), the voluntary internal
appeal and its time limits, the EOR reason codes (P1, V24), every employer, clinic, physician, therapist,
attorney, worker, claim, UR, IMR and bill number, fee, PO box and address (phones use 555). No heading names the
kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_ur_provider_copy_lumbar_therapy_twelve_asked_six_certified: a standard-fax provider copy of a UR decision
  with short odd captions left of and under boxes ("Dt", "To", "EE", "Wkr's clm #" printed in groups with a letter
  among digits, "DOI" and "Pt acct" as decoys, "UR #", "RFA rcvd", "Svc" 03/09/26 - 04/17/26) and a requested /
  decided panel: twelve therapy visits cut to six because eighteen earlier visits show no measured gain (the
  treating doctor only in the "To" box and a sentence; IMR only: deadline null).
- born_digital_eor_therapy_bill_visits_past_twenty_four: a landscape explanation of review to a physical therapy
  clinic (payee, TIN, NPI, bill control no., "Worker's claim #" beside the clinic's patient account), four visits
  in ISO dates with a "Rendering" column and billed / OMFS allowed / paid / adjustment "136.00-" columns and a
  totals row; the last two visits (another therapist) pay 0.00 under V24, the 24-visit cap (legend only); second
  review "within 90 days of the date of this explanation".
- lowres_imr_final_determination_stimulator_trial_upheld: a 150 dpi IMR final determination with values over odd
  captions under them ("Mailed", "IMR case" with an O among digits, "Emp'ee", "Clm no.", "UR dt", "Rcvd", "Req.
  MD") upholding the denial of a spinal cord stimulator trial because no psychological evaluation was done (WCAB
  appeal only: deadline null).
- photocopy_ur_company_letter_cold_therapy_records_never_came: a photocopied letter of a UR company on behalf of
  the administrator, captions beside boxes ("Worker's claim #" beside the employer's "Employee ID") and a parties
  box (requesting surgeon beside the UR company, adjuster and physician reviewer): a cold therapy unit "from March 4
  through March 9, 2026" denied because the office notes asked for never came (other); voluntary internal appeal
  "within 10 days of the date of this letter".
- phone_es_decision_acupuntura_doce_pedidas_seis_aprobadas: a photographed Spanish UR decision with a facts box at
  the right: twelve acupuncture sessions "del lunes 6 de abril al viernes 15 de mayo de 2026" cut to six under the
  MTUS acupuncture guideline (doctor only in a sentence; internal appeal "a más tardar el <fecha>").
- rotated_imr_final_determination_knee_mri_overturned: an IMR final determination with a ticket block (captions
  right of values) overturning the denial of a knee MRI, fed sideways (denies nothing).
- finefax_stack_cover_attorney_letter_then_bone_marrow_injection_denial_upside_down: a fax cover sheet, an
  applicant attorney's letter to the worker forwarding the UR decision and asking for the signed IMR form by a date
  (decides nothing), then upside down the administrator's decision with captions hung in the left margin denying a
  bone marrow concentrate injection planned for "Thu 06/04/26" as still being studied (experimental; IMR only).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhd import (EDSheet, digits, dmy, es_date, es_span, first_last, grouped, long, n2, npi,
                               on_weekday, pattern_id, people, phone, plus, short, slash, span_dash, span_through,
                               tin, trail, wlong, workday, dayname, abbr)
from public_kit import m2, out, truth

FAMILY = "california_workers_comp_utilization_review_rfa_decisions_and_imr_final_determinations"
LANG = "en"
SEED = 354933
ADMIN = "Sandhollow Claims Administrators, Inc."
ADMIN_ALT = ["Sandhollow Claims Administrators", "Sandhollow Claims", "Sandhollow"]
CARRIER = "Harrowfield Employers Mutual Insurance Company"
URCO = "Quillmont Utilization Review Services, LLC"
IMRO = "Ashcombe Independent Review, Inc."
IMRO_ALT = ["Ashcombe Independent Review", "Ashcombe", "Division of Workers' Compensation",
            "California Division of Workers' Compensation", "DWC", ADMIN]
EMPLOYERS = ["Verdell Orchards Packing Co.", "Port Alcott Warehouse Services", "County of San Lucero",
             "Mirabel Valley Unified School District", "Tessaro Tile & Stone, Inc.", "Ocotillo Springs Resort"]
MTUS = "Medical Treatment Utilization Schedule (MTUS)"


def claim_no(rng):
    """(printed in groups, as kept)"""
    raw = pattern_id(rng, "SC26#?######")
    return grouped(raw, [4, 4, 4]), raw


def ur_no(rng, month: int):
    return pattern_id(rng, f"UR-26{month:02d}-#?##")


def imr_no(rng):
    return pattern_id(rng, "CM26-#?####")


def _admin_head(p, rng, unit):
    p.lh_right("Sandhollow Claims Administrators, Inc.", f"Workers' Compensation  |  {unit}",
               [f"PO Box {rng.randint(27000, 27999)}", "Fresno, CA 93729", f"Tel {phone(rng)}",
                f"Fax {phone(rng)}"], size=14)


def _imr_head(p, rng):
    p.logo_head(IMRO, "AIR", [f"Independent Medical Review for the California Division of Workers' Compensation"
                              f"  |  PO Box {rng.randint(138000, 138999)}, Sacramento, CA 95813  |  "
                              f"{phone(rng, '916')}"], size=13)


def ca_address(rng):
    town, z = rng.choice([("Visalia", "93291"), ("Hanford", "93230"), ("Madera", "93637"), ("Merced", "95340"),
                          ("Tulare", "93274"), ("Porterville", "93257"), ("Selma", "93662"), ("Reedley", "93654"),
                          ("Los Banos", "93635")])
    street = rng.choice(["W Caldwell Ave", "N Akers St", "E Tulare Ave", "Olive St Apt 14", "S Mooney Blvd",
                         "Walnut Grove Ct", "E Noble Ave", "Pepper Tree Ln"])
    return [f"{rng.randint(100, 4999)} {street}", f"{town}, CA {z}"]


def imr_paragraph(size=8.8):
    return ("**If the injured worker disagrees.** The worker, or the worker's attorney, may ask for Independent "
            "Medical Review (IMR) by sending the enclosed Application for Independent Medical Review (DWC Form IMR) "
            "with a copy of this decision to the address on the form. The application must be sent within 30 days "
            "after service of this decision. IMR costs the worker nothing. Disputes about whether the injury or a "
            "body part is part of the claim are not decided by IMR.")


# 1 -----------------------------------------------------------------------------------------------------------------
def faxstd_pt(rng):
    worker, ptp, rev, adj = people(rng, 4)
    clinic = "Valle Serena Occupational Medical Group"
    shown, raw = claim_no(rng)
    ur = ur_no(rng, 3)
    rcvd = dt.date(2026, 3, rng.randint(2, 5))
    ld = workday(plus(rcvd, rng.randint(3, 4)))
    start = on_weekday(plus(ld, 4), 0)
    end = plus(start, 39)
    doi = dt.date(2026, 1, rng.randint(5, 16))
    emp = EMPLOYERS[0]
    fax = (f"{short(ld)} {rng.randint(10, 16)}:{rng.randint(10, 59)}  SANDHOLLOW UR UNIT  {phone(rng)}  ->  "
           f"{clinic.upper()}  pg {{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SCA-UR-7 (01/26) provider copy", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _admin_head(p, rng, "Utilization Review Unit")
    p.title_bar("UTILIZATION REVIEW DETERMINATION",
                sub="Provider copy. Written copies go to the injured worker and to any attorney of record.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", slash(ld), 36, "L"), ("To", f"Dr. {ptp}", 78, "L"), ("Fax", phone(rng), W - 114, "B")],
               cap=6.4, size=9.4, h=7.6)
    p.capcells([("EE", worker, 62, "L"), ("Wkr's clm #", shown, 46, "B"), ("DOI", short(doi), 26, "B"),
                ("Pt acct", f"VS{digits(rng, 6)}", W - 134, "B")], cap=6.4, size=9.4, h=7.6)
    p.capcells([("UR #", ur, 52, "L"), ("RFA rcvd", short(rcvd), 30, "B"), ("Emp", emp, W - 82, "B")],
               cap=6.4, size=9.4, h=7.6)
    p.capcells([("Svc", span_dash(start, end), 64, "L"), ("Body part", "Lumbar spine", 44, "B"),
                ("Adjuster", adj, W - 108, "B")], cap=6.4, size=9.4, h=7.6)
    p.decided([("Physical therapy, lumbar spine, 2 times a week for 6 weeks (CPT 97110, 97140)", "12 visits",
                "Modified", "6 visits")])
    p.para(f"Dr. {ptp}'s progress note sent with the request says the worker still has low back pain with bending "
           "and lifting. The same notes show 18 therapy visits since February for this low back strain. Lifting, "
           "sitting time and the pain score were the same at the 18th visit as at the 6th, and the request does not "
           "say what more visits would change.", 9.2)
    p.para("For a flare-up after a full course of therapy, the MTUS allows a short series of visits to get the "
           "worker back to a home exercise program. Six visits are enough for that, so six are certified and six are "
           "not. If the six visits show a gain that can be measured, the doctor may send a new RFA for more.", 9.2)
    p.para(f"Standard used: {MTUS}, Chronic Pain Medical Treatment Guidelines, physical medicine.", 8.6)
    p.para(f"Reviewed by Dr. {rev}, DO, Physical Medicine and Rehabilitation, licensed in California. To talk with "
           f"the reviewer about this decision, call {phone(rng)}, Monday to Friday, 9 a.m. to 5 p.m.", 8.8)
    p.para(imr_paragraph(), 8.6)
    p.cc_list([f"{worker} (injured worker)", f"{adj}, claims adjuster"], size=8.2)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, member_name=worker, cases=[raw, ur],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=ptp,
              alternates={"insurer": ADMIN_ALT, "member_id": [raw], "provider": [clinic],
                          "case_numbers": [[raw], [ur]], "service_dates": [[start.isoformat()]],
                          "appeal_deadline": [plus(ld, 30).isoformat(), plus(ld, 35).isoformat()]})
    return out(p), t


# 2 -----------------------------------------------------------------------------------------------------------------
def bd_eor(rng):
    worker, th_a, th_b = people(rng, 3)
    clinic = "Tulevar Physical Therapy & Hand Clinic"
    shown, raw = claim_no(rng)
    bill = pattern_id(rng, "BR26-#####-##")
    doi = dt.date(2026, 1, rng.randint(5, 9))
    d1 = on_weekday(dt.date(2026, 3, 2), 0)
    visits = [d1, plus(d1, 2), plus(d1, 7), plus(d1, 9)]
    ed = workday(plus(visits[-1], rng.randint(24, 30)))
    p = EDSheet(footer="Page {n} of {nb}", footer_left="Explanation of review - keep with your records")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _admin_head(p, rng, "Medical Bill Review")
    W = p.w - p.l_margin - p.r_margin
    p.f(14, "B")
    p.cell(0, 7, "EXPLANATION OF REVIEW", new_x="LMARGIN", new_y="NEXT")
    p.capcells([("Payee", clinic, 84, "A"), ("Payee TIN", tin(rng), 34, "A"), ("Group NPI", npi(rng), 32, "A"),
                ("Bill control no.", bill, 44, "A"), ("Date of this explanation", slash(ed), W - 194, "A")],
               cap=6.2, size=9.0)
    p.capcells([("Injured worker", worker, 70, "A"), ("Worker's claim #", shown, 48, "A"),
                ("Clinic's patient acct", f"TPT-{digits(rng, 5)}", 40, "A"), ("Date of injury", slash(doi), 32, "A"),
                ("Employer", EMPLOYERS[1], W - 190, "A")], cap=6.2, size=9.0)
    codes = [("97110", "Therapeutic exercise", 2, 136.00, 62.36), ("97140", "Manual therapy", 1, 78.00, 33.41),
             ("97530", "Therapeutic activities", 1, 72.00, 35.27)]
    rows, tot = [], [0.0] * 4
    refused_sum = 0.0
    ln = 0
    for k, d in enumerate(visits):
        ok = k < 2
        th = th_a if ok else th_b
        for code, desc, units, billed, allow in codes:
            ln += 1
            if ok:
                vals = [billed, allow, allow, round(billed - allow, 2)]
                rsn = "P1"
            else:
                vals = [billed, 0.0, 0.0, billed]
                rsn = "V24"
                refused_sum += billed
            tot = [a + b for a, b in zip(tot, vals)]
            rows.append([str(ln), d.isoformat(), f"{23 + k}", th, code, desc, str(units), n2(vals[0]), n2(vals[1]),
                         n2(vals[2]), trail(vals[3]), rsn])
    rows.append(["", "", "", "", "", "TOTALS THIS BILL", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), trail(tot[3]), ""])
    p.wrap_table(["Ln", "Svc date", "Visit", "Rendering", "CPT", "Description", "Units", "Billed", "OMFS allowed",
                  "Paid", "Adjustment", "Rsn"], rows,
                 [9, 22, 12, 42, 14, 38, 12, 22, 24, 22, 24, W - 241], size=7.8,
                 aligns=["C", "L", "C", "L", "L", "L", "C", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Rsn.** P1: paid at the Official Medical Fee Schedule; the adjustment is not owed by the worker, the "
           "employer or anyone else. V24: the law allows no more than 24 physical therapy visits for one "
           "industrial injury (Labor Code section 4604.5). These lines are visits 25 and 26 for this injury; no "
           "surgery was done and the employer has not agreed in writing to more visits, so nothing is paid. The "
           "injured worker may not be billed for them.", 8.4)
    p.para("If you disagree with this review, send a request for second review within 90 days of the date of this "
           "explanation, with the bill control number and the reason you disagree. If the second review does not "
           "settle it, you may then ask for Independent Bill Review.", 8.4)
    t = truth("eob", "not_covered", insurer=ADMIN, member_name=worker, cases=[bill, raw], claim_amount=m2(tot[0]),
              service_dates=[d.isoformat() for d in visits[2:]], denial_date=ed.isoformat(), provider=th_b,
              appeal_deadline=plus(ed, 90).isoformat(),
              alternates={"insurer": ADMIN_ALT, "member_id": [raw], "provider": [clinic],
                          "case_numbers": [[bill], [raw]], "claim_amount": [m2(refused_sum)],
                          "service_dates": [[d.isoformat() for d in visits]]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# 3 -----------------------------------------------------------------------------------------------------------------
def lowres_imr_upheld(rng):
    worker, doc, atty = people(rng, 3)
    group = "Delmonte Ridge Pain Management"
    shown, raw = claim_no(rng)
    case = imr_no(rng)
    urd = dt.date(2026, 2, rng.randint(9, 20))
    rcvd = plus(urd, rng.randint(12, 20))
    md = workday(plus(rcvd, rng.randint(24, 29)))
    p = EDSheet(footer="Page {n} of {nb}", footer_left="Final Determination Letter")
    p.set_margins(17, 14, 17)
    p.add_page()
    _imr_head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 7, "Final Determination Letter", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.under([(slash(md), "Mailed"), (case, "IMR case"), (worker, "Emp'ee")], [36, 46, 96])
    p.under([(shown, "Clm no."), (short(urd), "UR dt"), (short(rcvd), "Rcvd"), (f"Dr. {doc}", "Req. MD")],
            [46, 26, 26, 80])
    p.under([(ADMIN, "Claims admin."), (EMPLOYERS[2], "Employer")], [100, 78])
    p.ln(1)
    p.para(f"Dear {first_last(worker)}:", 9.8)
    p.para(f"{IMRO} is the organization the Division of Workers' Compensation uses for Independent Medical Review. "
           f"We received your application about the utilization review decision of {ADMIN} on the treatment below, "
           "and the medical records sent by both sides.", 9.6)
    p.boxed_pairs([("Treatment in dispute", "Spinal cord stimulator trial, lumbar, 5 to 7 days"),
                   ("Requested by", f"Dr. {doc}, {group}"),
                   ("Determination", "UPHELD: the treatment is not medically necessary and appropriate")],
                  label_w=48, size=9.0)
    p.para("**Why.** The reviewer is a physician board-certified in anesthesiology and pain medicine, licensed in "
           "California, with no tie to you, your employer, the claims administrator or your doctors. The reviewer "
           "wrote:", 9.4)
    p.para("\"The records describe burning pain down the left leg for more than a year after a lumbar surgery, with "
           "little help from medicines and injections. Before a stimulator trial, the MTUS looks for a psychological "
           "evaluation to find anything that would make a good result less likely, because these devices do best "
           "when that has been checked and treated. No psychological evaluation is in the records, and the notes "
           "describe poor sleep and low mood that have not been looked at. The trial is not medically necessary "
           "at this time.\"", 9.2, indent=6)
    p.para("This determination is final and binding. It can be appealed only by filing a verified appeal with the "
           "Workers' Compensation Appeals Board within 30 days of the mailing date of this letter, and only on the "
           "grounds the law allows (for example fraud, a conflict of interest, or a plainly wrong fact that is not a "
           "matter of medical expertise). If your condition changes, your doctor may send a new request for "
           "authorization.", 9.2)
    p.cc_list([f"{atty}, attorney for the employee", f"Dr. {doc}", ADMIN], size=8.2, label="Copies:")
    t = truth("denial_letter", "medical_necessity", insurer=IMRO, member_name=worker, cases=[case, raw],
              denial_date=md.isoformat(), provider=doc,
              alternates={"insurer": IMRO_ALT, "member_id": [raw], "provider": [group],
                          "case_numbers": [[case], [raw]], "appeal_deadline": [plus(md, 30).isoformat()]})
    return out(p), t


# 4 -----------------------------------------------------------------------------------------------------------------
def photocopy_records(rng):
    worker, surg, adj, rev = people(rng, 4)
    group = "Calisero Orthopedic & Sports Medicine"
    shown, raw = claim_no(rng)
    case = pattern_id(rng, "QM-26-####?#")
    rcvd = dt.date(2026, 2, rng.randint(9, 11))
    asked = plus(rcvd, 2)
    ld = workday(plus(rcvd, 15))
    start = dt.date(2026, 3, 4)
    end = dt.date(2026, 3, 9)
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.lh_right(URCO, f"Utilization review on behalf of {ADMIN}",
               ["Claims administrator for", CARRIER, f"Tel {phone(rng, '916')}", f"Fax {phone(rng, '916')}"],
               size=12.5, serif=True)
    for line in [long(ld), "", worker, *ca_address(rng)]:
        p.line(line, 9.8)
    p.ln(3)
    p.beside([[("Worker's claim #", shown), ("Employee ID", f"E{digits(rng, 6)}")],
              [("UR case", case), ("Date of injury", short(dt.date(2026, 1, rng.randint(6, 24))))],
              [("RFA received", short(rcvd)), ("Employer", EMPLOYERS[3])]], cap_w=27, size=8.8)
    p.parties([("Requesting physician", f"Dr. {surg}", group),
               ("UR company", URCO, f"Tel {phone(rng, '916')}"),
               ("Claims adjuster", adj, f"{ADMIN}  {phone(rng)}"),
               ("Physician reviewer", f"Dr. {rev}, MD", "Orthopedic Surgery")], cap_w=38, size=8.4)
    p.para(f"Dear {first_last(worker)}:", 9.8)
    p.para(f"We review treatment requests for {ADMIN}, the claims administrator of your claim. Your doctor asked us to approve a cold therapy unit with a "
           f"compression wrap for your right shoulder after the surgery planned for March 4, 2026, rented "
           f"{span_through(start, end)}.", 9.6)
    p.para(f"The request form came without any office notes. On {long(asked)} we faxed the doctor's office and "
           "asked for the surgery plan and the last two office notes. Nothing came back within 14 days of the day "
           "we got the request. Without those notes the reviewer cannot tell what surgery is planned or why the "
           "unit is needed, so the request is denied for that reason only. This is not a decision that you do not "
           "need the unit. If the office sends the notes, the request will be looked at again.", 9.6)
    p.para("**Internal appeal.** You or your doctor may ask us for an internal appeal within 10 days of the date of "
           "this letter. It is voluntary, and it does not give you more time to ask for Independent Medical "
           "Review.", 9.4)
    p.para(imr_paragraph(), 9.0)
    p.sign(["Sincerely,", "Utilization Review Department", URCO], 9.4)
    t = truth("denial_letter", "other", insurer=URCO, member_name=worker, cases=[raw, case],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=surg,
              appeal_deadline=plus(ld, 10).isoformat(),
              alternates={"insurer": [ADMIN, *ADMIN_ALT, CARRIER, "Quillmont Utilization Review Services",
                                      "Quillmont"],
                          "member_id": [raw], "provider": [group], "case_numbers": [[raw], [case]],
                          "service_dates": [[start.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# 5 -----------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    worker, ptp, rev = people(rng, 3, es=True)
    clinic = "Clínica Ocupacional Río Kaweah"
    shown, raw = claim_no(rng)
    ur = ur_no(rng, 3)
    rcvd = dt.date(2026, 3, rng.randint(23, 25))
    ld = workday(plus(rcvd, 4))
    start = on_weekday(plus(ld, 6), 0)
    end = plus(start, 39)
    dl = plus(ld, 21)
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _admin_head(p, rng, "Revisión de utilización")
    p.para(es_date(ld), 10)
    for line in [worker, *ca_address(rng)]:
        p.line(line, 10)
    p.ln(3)
    side = [("Núm. de reclamo del trabajador", shown), ("Núm. de revisión (UR)", ur),
            ("Fecha de la lesión", es_date(dt.date(2026, 2, rng.randint(2, 20)))),
            ("Empleador", EMPLOYERS[4]), ("Cuenta del paciente en la clínica", f"RK-{digits(rng, 6)}"),
            ("Pedido (RFA) recibido", es_date(rcvd)),
            ("Período pedido", f"{start.isoformat()} a {end.isoformat()}")]
    p.facts_right(side, [
        f"Estimado/a {first_last(worker)}:",
        f"Su médico tratante, el Dr. {ptp}, de {clinic}, nos pidió aprobar 12 sesiones de acupuntura para el "
        f"cuello y el hombro derecho, dos por semana, {es_span(start, end, weekday=True)}.",
        "Aprobamos 6 de las 12 sesiones. Las guías de acupuntura del MTUS (el reglamento de tratamientos médicos "
        "de California) indican de 3 a 6 sesiones para saber si la acupuntura mejora lo que usted puede hacer. Con "
        "6 sesiones se sabrá si le ayuda. Si su médico anota una mejoría que se pueda medir, por ejemplo más tiempo "
        "trabajando frente a la computadora o levantar más peso, puede pedir más sesiones.",
    ], side_w=64, size=9.4, title="Datos del reclamo")
    p.decided([("Acupuntura, cuello y hombro derecho, 2 por semana", "12 sesiones", "Modificado", "6 sesiones")],
              heads=("Lo que se pidió", "Pedido", "Decisión", "Aprobado ahora"), size=8.6)
    p.para(f"Revisó el pedido el Dr. {rev}, médico de medicina física y rehabilitación con licencia en California. "
           f"Para hablar con él o ella llame al {phone(rng)}, de lunes a viernes, de 9 a 5.", 9.2)
    p.para(f"**Apelación interna.** {ADMIN} ofrece una apelación interna voluntaria. Si la quiere, su pedido debe "
           f"llegarnos a más tardar el {es_date(dl)}. Esto no le da más tiempo para pedir la Revisión Médica "
           "Independiente.", 9.2)
    p.para("**Revisión Médica Independiente (IMR).** Si no está de acuerdo, usted o su abogado pueden pedir una "
           "IMR con el formulario DWC IMR que va con esta carta, dentro de 30 días después de la notificación de "
           "esta decisión. La IMR no le cuesta nada.", 9.2)
    p.sign(["Atentamente,", "Unidad de Revisión de Utilización"], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, member_name=worker, cases=[raw, ur],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=ptp,
              appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ADMIN_ALT, "member_id": [raw], "provider": [clinic],
                          "case_numbers": [[raw], [ur]], "service_dates": [[start.isoformat()]]})
    return out(p), t


# 6 -----------------------------------------------------------------------------------------------------------------
def rotated_imr_overturned(rng):
    worker, doc, atty = people(rng, 3)
    group = "Harbor Arroyo Orthopedic Group"
    shown, raw = claim_no(rng)
    case = imr_no(rng)
    urd = dt.date(2026, 3, rng.randint(2, 13))
    rcvd = plus(urd, rng.randint(10, 18))
    md = workday(plus(rcvd, rng.randint(22, 28)))
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _imr_head(p, rng)
    p.letter_with_ticket([worker, *ca_address(rng)],
                         [(dmy(md), "mailing date"), (case, "IMR case number"), (shown, "claim number"),
                          (short(urd), "date of UR decision"), (short(rcvd), "application received")],
                         w=78, title="Final Determination")
    p.para(f"Dear {first_last(worker)}:", 9.8)
    p.para(f"Independent Medical Review of the treatment requested by Dr. {doc} of {group} is complete. The "
           f"claims administrator, {ADMIN}, had denied it in utilization review.", 9.6)
    p.boxed_pairs([("Treatment", "MRI of the right knee without contrast"),
                   ("Result", "OVERTURNED: medically necessary and appropriate")], label_w=34, size=9.2)
    p.para("The reviewer, a board-certified orthopedic surgeon licensed in California, found that the knee has "
           "locked and given way for three months despite therapy and a brace, and that the exam points to a torn "
           "meniscus. An MRI is the next step the MTUS describes when those signs last and surgery is being "
           "considered.", 9.4)
    p.para("What happens now: the claims administrator must authorize the MRI within 5 working days of receiving "
           "this determination. This determination is the decision of the Administrative Director of the "
           "Division of Workers' Compensation and is binding on the claims administrator.", 9.4)
    p.cc_list([f"{atty}, attorney", f"Dr. {doc}", ADMIN], size=8.2, label="Copies:")
    t = truth("other", None, insurer=IMRO, member_name=worker, cases=[case, raw], denial_date=md.isoformat(),
              provider=doc,
              alternates={"insurer": IMRO_ALT, "member_id": [raw], "provider": [group],
                          "case_numbers": [[case], [raw]]})
    return out(p), t


# 7 -----------------------------------------------------------------------------------------------------------------
def finefax_stack(rng):
    worker, doc, atty, para, rev = people(rng, 5)
    group = "Calisero Orthopedic & Sports Medicine"
    shown, raw = claim_no(rng)
    ur = ur_no(rng, 5)
    rcvd = dt.date(2026, 5, rng.randint(4, 6))
    ud = workday(plus(rcvd, 4))
    planned = dt.date(2026, 6, 4)
    cd = workday(plus(ud, 3))
    due = plus(cd, 10)
    c = EDSheet(footer=None)
    c.set_margins(20, 16, 20)
    c.add_page()
    c.office_head(f"LAW OFFICES OF {atty.upper()}", "Workers' compensation - injured workers only",
                  ["1450 W Shaw Ave, Suite 210, Fresno, CA 93711", f"Tel {phone(rng)}  |  Fax {phone(rng)}"])
    c.para(long(cd), 10)
    for line in [worker, *ca_address(rng)]:
        c.line(line, 10)
    c.ln(3)
    c.memo([("Re:", "Your workers' compensation claim"), ("", f"Claim no. {shown}   UR no. {ur}"),
            ("", f"Employer: {EMPLOYERS[5]}")], size=9.6, cap_w=14)
    c.para(f"Dear {first_last(worker)}:", 10)
    c.para(f"The claims administrator's utilization review unit has decided on Dr. {doc}'s request for the bone "
           f"marrow injection in your right knee, planned for {long(planned)}. Its letter is attached. It will not "
           "authorize the injection; it says the treatment is still being studied.", 10)
    c.para("We think you should ask for Independent Medical Review. We filled in the enclosed application (DWC "
           f"Form IMR). Please sign it where the yellow tab is and send it back to our office by {long(due)}, so "
           "that we can file it with the doctor's records well inside the time allowed.", 10)
    c.para(f"Keep going to your appointments with Dr. {doc}. Call {para}, our paralegal, with any question.", 10)
    c.sign(["Very truly yours,", atty, "Attorney at Law"], 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=worker, cases=[raw, ur],
                         service_dates=[planned.isoformat()], denial_date=cd.isoformat(), provider=doc,
                         alternates={"member_id": [raw], "case_numbers": [[raw], [ur], []],
                                     "service_dates": [[]], "provider": [group], "insurer": [ADMIN, *ADMIN_ALT]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    q = EDSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    _admin_head(q, rng, "Utilization Review Unit")
    q.f(12, "B")
    q.cell(0, 7, "Decision on Request for Authorization", new_x="LMARGIN", new_y="NEXT")
    q.hang([("Date", long(ud)), ("Injured worker", worker), ("Worker's claim #", shown), ("UR no.", ur),
            ("RFA received", short(rcvd)), ("Requested by", f"Dr. {doc}, {group}"),
            ("Treatment", "Bone marrow aspirate concentrate injection, right knee (1)"),
            ("Planned for", dayname(planned)), ("Decision", "DENIED")], cap_w=34, size=9.2)
    q.para(f"The request is to draw marrow from the worker's hip, concentrate its cells and inject them into the "
           "right knee for wear of the joint. The studies of this treatment are few and small, follow people for a "
           "short time and mostly do not compare it with ordinary care. It is still being studied, and the MTUS "
           "does not recommend it outside research. The records show that the worker has not yet had the knee "
           "injections the guidelines list before surgery is considered.", 9.4)
    q.para(f"Reviewed by Dr. {rev}, MD, Orthopedic Surgery, licensed in California; reachable at {phone(rng)}, "
           "Monday to Friday, 8 a.m. to 4 p.m.", 9.0)
    q.para(imr_paragraph(), 9.0)
    q.cc_list([f"{worker} (injured worker)", f"{atty}, attorney of record", f"Dr. {doc}"], size=8.4)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=ADMIN, member_name=worker, cases=[raw, ur],
                         service_dates=[planned.isoformat()], denial_date=ud.isoformat(), provider=doc,
                         alternates={"insurer": ADMIN_ALT, "member_id": [raw], "provider": [group],
                                     "case_numbers": [[raw], [ur]],
                                     "appeal_deadline": [plus(ud, 30).isoformat(), plus(ud, 35).isoformat()]},
                         denial_alternates=["medical_necessity"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_ur_provider_copy_lumbar_therapy_twelve_asked_six_certified", "fax_standard_g4",
             [faxstd_pt(rng)]),
        Item(F + "born_digital_eor_therapy_bill_visits_past_twenty_four", "born_digital", [bd_eor(rng)]),
        Item(F + "lowres_imr_final_determination_stimulator_trial_upheld", "scan_lowres_150",
             [lowres_imr_upheld(rng)]),
        Item(F + "photocopy_ur_company_letter_cold_therapy_records_never_came", "photocopy",
             [photocopy_records(rng)]),
        Item(F + "phone_es_decision_acupuntura_doce_pedidas_seis_aprobadas", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_imr_final_determination_knee_mri_overturned", "rotated", [rotated_imr_overturned(rng)]),
        Item(F + "finefax_stack_cover_attorney_letter_then_bone_marrow_injection_denial_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
