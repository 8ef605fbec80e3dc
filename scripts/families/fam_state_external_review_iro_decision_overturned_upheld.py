"""Decision letters of an independent review organization (IRO) in a state insurance department's external review
program, mirrored for structure and wording style only from the Colorado Division of Insurance's external review
process (the Division assigns the IRO; the IRO's decision is binding on the plan): an overturned decision to the
member whose first page is a cover letter and whose facts are in a box on page 2, an upheld decision to the plan
in small type under a fax header, a Spanish upheld decision, a partly overturned decision to the provider's
office, the plan's EOB with the disputed claim in a space-aligned table, the Division's assignment letter with a
nondiscrimination notice and taglines, and a stack with the plan's final adverse determination and the IRO's
overturning decision to the plan. The Colorado Division of Insurance appears as itself; the IRO (Pemberton Slate
Independent Review, Inc.), the plan (Columbine Peak Health Plan), every provider, person and number are invented.

Documents (8 in 7 files):
- bd_iro_overturned_to_member_facts_on_page2: page 1 a prose cover letter ("4 March 2026"), page 2 a repeated
  header with a different page date and a boxed case summary (IRO case, Division number, member ID, claim, date of
  service, billed in USD and in words); cc the practice (denies nothing).
- faxstd_iro_upheld_to_plan_small_type: the IRO to the plan ("To: Columbine Peak Health Plan, Attn: Appeals
  Coordinator") upholding an inpatient rehabilitation level-of-care denial, 7 pt, captions over boxes, 04-MAR-2026
  date, DOB / received / assigned dates and the 72-hour expedited limit as decoys.
- scan300_iro_upheld_spanish_proton_therapy: the Spanish decision to the member (experimental / investigational).
- phone_two_page_iro_partly_overturned_to_practice: the IRO to the practice's billing office; fusion overturned,
  bone growth stimulator upheld, facts in a table on page 2.
- rotated_plan_eob_space_aligned_denied_row_middle: the plan's EOB, claims in a space-aligned table, the
  stimulator trial denied in the middle row; "March 4th, 2026" statement date.
- lowres_division_assignment_letter_taglines: the Division's letter assigning the review (denies nothing), with a
  nondiscrimination notice and language taglines, 45-day / 5-business-day / 72-hour decoys.
- faxfine_stack_final_adverse_then_iro_overturned: a fax cover sheet, the plan's final adverse determination
  (TMS course, external review within 4 months a decoy), then the IRO's overturned decision to the plan, upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkb import DKSheet, dmy_long, dmy_upper, in_words, nth, short_nopad
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "state_external_review_iro_decision_overturned_upheld"
LANG = "en"
SEED = 351701
IRO = "Pemberton Slate Independent Review, Inc."
PLAN = "Columbine Peak Health Plan"
DOI = "Colorado Division of Insurance"
PRACTICE = "Front Range Neurosurgery and Pain Center"
NEURO = "Oriana K. Valdespino"
REHAB = "Cottonwood Bend Rehabilitation Hospital"
PHYSIATRIST = "Hollis W. Brandvold"
PROTON = "Sangre Ridge Proton Center"
RADONC = "Emil J. Farrow"
BH = "Pikes Gate Behavioral Health"
PSYCH = "Lena M. Okafor"


def _ids(rng):
    return {"mid": "CPH" + digits(rng, 9), "grp": "CP-" + digits(rng, 5), "psr": f"PSR-26-{digits(rng, 5)}",
            "er": f"ER26-{digits(rng, 5)}", "claim": digits(rng, 12), "apl": f"APL-{digits(rng, 7)}"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1994), rng.randint(1, 12), rng.randint(1, 28))


def _iro_head(p: DKSheet, rng, y: float = 12):
    p.set_y(y)
    p.set_draw_color(40, 40, 40)
    p.f(14, "B")
    p.cell(0, 6.5, IRO, new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 3.8, f"Independent external review  |  {rng.randint(100, 990)} Blake St, Suite {rng.randint(200, 900)}, "
                   f"Denver CO 802{rng.randint(10, 99)}  |  303-555-{digits(rng, 4)}  |  Fax 303-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    yy = p.get_y() + 1
    p.line_seg(p.l_margin, yy, p.w - p.r_margin, yy)
    p.set_y(yy + 4)


def _plan_head(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(30, 80, 110)
    p.rect(p.l_margin, y, 9, 9, style="F")
    p.set_xy(p.l_margin + 12, y)
    p.f(12.5, "B")
    p.cell(0, 5.5, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 12)
    p.f(7.4)
    p.cell(0, 3.8, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Colorado Springs CO 809{rng.randint(10, 99)}  |  "
                   f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 15)


def bd_overturned(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(30, 40))
    asg = plus(rec, 2)
    dos = plus(rec, -rng.randint(20, 30))
    billed = amount(rng, 14000, 22000)
    p = DKSheet(footer="Page {n} of {nb}",
                cont=f"{IRO}  |  IRO case {ids['psr']}  |  Page date {fdate(plus(nd, 2), 'iso')}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _iro_head(p, rng)
    p.line(dmy_long(nd), 10)
    p.ln(3)
    for ln in [mem, *[f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Pueblo CO 810{rng.randint(10, 99)}"]]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Notice of External Review Decision: Overturned", 11.5, "B")
    p.ln(2)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"The {DOI} assigned your request for an independent external review to {IRO}. You asked for a review "
           f"of {PLAN}'s decision to deny coverage of a spinal cord stimulator trial performed by Dr. {NEURO} of "
           f"{PRACTICE}.", 10)
    p.para("An independent physician reviewer, board certified in pain medicine and with no connection to you, "
           "your doctor or your health plan, reviewed your medical records, the plan's file and the plan's "
           "medical policy.", 10)
    p.para("**Our decision: the denial is overturned (reversed).** The reviewer found that the trial was medically "
           "necessary for you: you had more than six months of chronic radicular pain after two back surgeries, "
           "conservative care had failed, and the psychological evaluation the plan's policy requires was done "
           "before the trial.", 10)
    p.para(f"This decision is binding on {PLAN}. The plan must cover the service and tell you and your doctor "
           "that it has done so. The case details (your member ID, the claim number, the date of service and the "
           "amount) are on page 2.", 10)
    p.para("If you have a question about this review, call us. If you have a complaint about how the review was "
           "handled, you may write to the Division within 60 days.", 9.6)
    p.para(f"Sincerely,\n\nReview Coordinator\n{IRO}", 10)
    p.para(f"cc: Dr. {NEURO}, {PRACTICE}; {PLAN}, Appeals", 8.6)
    p.add_page()
    p.line("Case summary", 11, "B")
    p.ln(2)
    p.boxed_pairs([("IRO case number", ids["psr"]), ("Division external review no.", ids["er"]),
                   ("Member", mem), ("Date of birth", fdate(_dob(rng), "slash")), ("Member ID", ids["mid"]),
                   ("Health plan", PLAN), ("Plan claim number", ids["claim"]),
                   ("Service", "Spinal cord stimulator trial (CPT 63650 x2)"),
                   ("Date of service", fdate(dos, "iso")), ("Amount billed", f"USD {billed:,.2f}"),
                   ("", in_words(billed)), ("Treating provider", f"Dr. {NEURO}, MD"),
                   ("Request received by Division", fdate(rec, "iso")), ("Assigned to IRO", fdate(asg, "iso")),
                   ("Decision", "Overturned"), ("Decision date", fdate(nd, "iso"))], label_w=62)
    p.para("Standard reviews are decided within 45 days of assignment; expedited reviews within 72 hours. The plan "
           "must comply with an overturned decision within 1 business day of receiving it.", 8.6)
    t = truth("other", None, insurer=IRO, group=None, member_id=ids["mid"], member_name=mem,
              cases=[ids["psr"], ids["er"], ids["claim"]], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=NEURO,
              alternates={"insurer": [PLAN], "provider": [PRACTICE],
                          "case_numbers": [[ids["psr"], ids["er"]], [ids["psr"]], [ids["psr"], ids["claim"]]]})
    return out(p), t


def faxstd_upheld_to_plan(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    a = dt.date(2026, 1, rng.randint(5, 14))
    b = plus(a, rng.randint(10, 16))
    rec = plus(nd, -rng.randint(35, 42))
    billed = amount(rng, 32000, 48000)
    fax = (f"{dmy_upper(nd)} 14:{rng.randint(10, 59)}  FROM: PEMBERTON SLATE IRO 303-555-{digits(rng, 4)}  TO: "
           f"COLUMBINE PEAK APPEALS 719-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _iro_head(p, rng, y=12)
    p.f(7.4)
    for ln in [f"To: {PLAN}", "Attn: Appeals Coordinator", f"cc: {mem} (member); {REHAB}, Utilization Review"]:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("EXTERNAL REVIEW DECISION - DENIAL UPHELD", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Decision date", dmy_upper(nd), 30), ("IRO case", ids["psr"], 34), ("Division no.", ids["er"], 30),
         ("Plan appeal no.", ids["apl"], 32), ("Received", dmy_upper(rec), 30), ("Type", "Standard", 26)],
        [("Member", mem, 44), ("Member ID", ids["mid"], 34), ("Group", ids["grp"], 24),
         ("Date of birth", dmy_upper(_dob(rng)), 28), ("Facility", REHAB, 58)],
        [("Admission", fdate(a, "iso"), 28), ("Discharge", fdate(b, "iso"), 28), ("Billed", f"USD {billed:,.2f}", 34),
         ("Attending", f"Dr. {PHYSIATRIST}", 44), ("Outcome", "UPHELD", 24), ("Level", "IRF vs SNF", 24)],
    ], cap=5.8, val=7.2)
    p.ln(1)
    sz = 7
    p.para(f"The {DOI} assigned this request to {IRO} on {dmy_upper(plus(rec, 1))}. The question was whether the "
           f"inpatient rehabilitation facility stay at {REHAB} from {fdate(a, 'iso')} to {fdate(b, 'iso')} "
           "(billed " + in_words(billed).lower() + ") was covered, or whether the member's needs could have been "
           "met at a skilled nursing facility.", sz)
    p.para("Reviewer: board certified in physical medicine and rehabilitation, in active practice, free of any "
           "conflict of interest. Documents reviewed: the plan's denial and final adverse determination, the acute "
           "hospital discharge summary, therapy evaluations, the facility's pre-admission screening, and the plan's "
           "level-of-care criteria.", sz)
    p.para("**Finding.** The member could tolerate about one hour of therapy a day and did not need the intensive "
           "program of at least three hours a day, five days a week, or the daily physician oversight of an "
           "inpatient rehabilitation facility. The care could have been given safely at the skilled nursing level. "
           "The plan's denial of the inpatient rehabilitation level of care is UPHELD.", sz)
    p.add_page()
    p.para("**Effect of this decision.** An external review decision is binding on the carrier and the covered "
           "person except to the extent other remedies are available under state or federal law. There is no "
           "further review by this organization. Expedited reviews are decided within 72 hours; a new request on the "
           "same service may not be filed.", sz)
    p.para(f"Questions: Review Coordinator, {IRO}, 303-555-{digits(rng, 4)}. Division consumer line "
           f"303-555-{digits(rng, 4)}.", sz)
    t = truth("denial_letter", "level_of_care", insurer=IRO, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[ids["psr"], ids["er"], ids["apl"]], claim_amount=m2(billed),
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=REHAB,
              denial_alternates=["medical_necessity"],
              alternates={"insurer": [PLAN], "provider": [PHYSIATRIST],
                          "case_numbers": [[ids["psr"]], [ids["psr"], ids["er"]]]})
    return out(p), t


def scan300_spanish(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    s0 = plus(nd, rng.randint(20, 30))
    s1 = plus(s0, 39)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _iro_head(p, rng)
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line(mem, 10)
    p.ln(3)
    p.line("Decisión de la revisión externa independiente", 12, "B")
    p.ln(2)
    p.box_col([f"Estimado(a) {mf} {ml}:",
               f"La {DOI} (División de Seguros de Colorado) asignó su solicitud de revisión externa a {IRO}. Usted "
               f"pidió que revisáramos la decisión de {PLAN} de negar la terapia de protones para el cáncer de "
               f"próstata que el Dr. {RADONC} de {PROTON} planea dar del {fdate(s0, 'long', 'es')} al "
               f"{fdate(s1, 'long', 'es')}.",
               "Un médico especialista en oncología radioterápica, sin relación con usted ni con su plan, revisó su "
               "expediente, la política médica del plan y los estudios publicados.",
               "Nuestra decisión: se MANTIENE la negación. Para su tipo de cáncer, los estudios no muestran que la "
               "terapia de protones dé mejores resultados que la radioterapia con fotones (IMRT), que su plan sí "
               "cubre. Para este uso, la terapia de protones se considera experimental o de investigación.",
               "Esta decisión es obligatoria para el plan y para usted, salvo otros recursos que permita la ley "
               "estatal o federal. Una revisión acelerada se decide dentro de 72 horas."],
              [("Caso de la IRO", ids["psr"]), ("Número de la División", ids["er"]),
               ("Número de miembro", ids["mid"]), ("Plan de salud", PLAN), ("Fecha de nacimiento",
                                                                          fdate(_dob(rng), "dmy", "es")),
               ("Servicio", "Terapia de protones, 40 sesiones"),
               ("Fechas planeadas", f"{fdate(s0, 'dmy', 'es')} - {fdate(s1, 'dmy', 'es')}"),
               ("Médico", f"Dr. {RADONC}"), ("Decisión", "Negación mantenida")], left_w=108, size=9.2)
    p.ln(2)
    p.para(f"Atentamente,\nCoordinación de Revisiones, {IRO}", 9.5)
    p.para(f"cc: {PLAN}; Dr. {RADONC}, {PROTON}", 8.5)
    t = truth("denial_letter", "experimental", insurer=IRO, member_id=ids["mid"], member_name=mem,
              cases=[ids["psr"], ids["er"]], service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=RADONC, lang="es", denial_alternates=["medical_necessity"],
              alternates={"insurer": [PLAN], "provider": [PROTON], "case_numbers": [[ids["psr"]]],
                          "service_dates": [[span(s0)]]})
    return out(p), t


def phone_partly(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    surg = dt.date(2026, 1, rng.randint(12, 23))
    stim = plus(surg, rng.randint(6, 10))
    fus, bgs = amount(rng, 38000, 52000), amount(rng, 3900, 4900)
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{IRO}  |  {ids['psr']}  |  continued")
    p.set_margins(22, 14, 22)
    p.add_page()
    _iro_head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [f"To: {PRACTICE}", "Attn: Billing Office / Utilization Review", f"{rng.randint(1000, 9800)} N "
               f"Nevada Ave, Colorado Springs CO 809{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"External review for your patient {mem}", f"IRO case {ids['psr']}"])
    p.para("Dear Provider:", 10)
    p.para(f"You asked, on behalf of your patient and with the patient's written consent, for an independent "
           f"external review of {PLAN}'s denial of two services related to a lumbar fusion performed by Dr. {NEURO}. "
           f"The {DOI} assigned the request to us.", 10)
    p.para("**Our decision: partly overturned.** The reviewer, a board-certified orthopedic spine surgeon, found "
           "the fusion itself medically necessary and overturned that part of the denial. The reviewer upheld the "
           "denial of the external bone growth stimulator: the patient had none of the risk factors for a failed "
           "fusion (prior failed fusion, more than two levels, smoking, diabetes), so the stimulator was not "
           "medically necessary.", 10)
    p.para("The services, dates, amounts and the plan's claim number are listed on the next page.", 10)
    p.add_page()
    p.line("Services reviewed", 11, "B")
    p.ln(1)
    p.table(["Service", "Code", "Date of service", "Billed", "Decision"],
            [["Lumbar fusion, one level", "22633", fdate(surg, "slash"), money(fus), "Overturned"],
             ["Bone growth stimulator", "E0748", fdate(stim, "slash"), money(bgs), "Upheld"]],
            [58, 20, 34, 30, 30], size=8.8, aligns=["L", "L", "L", "R", "L"])
    p.pairs([("Patient", mem), ("Member ID", ids["mid"]), ("Plan claim number", ids["claim"]),
             ("Division no.", ids["er"]), ("Decision date", fdate(nd, "slash"))], label_w=42, size=9.5)
    p.ln(2)
    p.para(f"{PLAN} must pay the fusion claim. The stimulator remains denied. This decision is binding except to "
           "the extent other remedies are available under state or federal law.", 9.5)
    p.para(f"Review Coordinator, {IRO}", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=IRO, member_id=ids["mid"], member_name=mem,
              cases=[ids["psr"], ids["er"], ids["claim"]], claim_amount=m2(bgs), service_dates=[span(stim)],
              denial_date=nd.isoformat(), provider=NEURO, type_alternates=["other"],
              alternates={"insurer": [PLAN], "provider": [PRACTICE], "claim_amount": [m2(fus + bgs), None],
                          "service_dates": [[span(surg), span(stim)]],
                          "case_numbers": [[ids["psr"]], [ids["psr"], ids["er"]], [ids["psr"], ids["claim"]]]})
    return out(p), t


def rotated_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    d = [dt.date(2026, 1, rng.randint(5, 28)) for _ in range(4)]
    amts = [amount(rng, 180, 420), amount(rng, 900, 1600), amount(rng, 14000, 21000), amount(rng, 220, 380)]
    cl = [digits(rng, 12) for _ in range(4)]
    cl[2] = ids["claim"]
    p = DKSheet(footer="Page {n} of {nb}", footer_left=f"Issued {fdate(sd, 'iso')}  |  Form CPH-EOB-7 (01/26)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _plan_head(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", nth(sd)), ("Subscriber:", sub), ("Patient:", mem), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan year:", "01/01/2026 - 12/31/2026")], w=100, size=8.5)
    p.ln(4)
    rows = [[cl[0], "Pain clinic visit", short_nopad(d[0]), money(amts[0], "nosign"), money(amts[0] * .7, "nosign"),
             "40.00", "PAID"],
            [cl[1], "MRI lumbar spine", short_nopad(d[1]), money(amts[1], "nosign"), money(amts[1] * .6, "nosign"),
             money(amts[1] * .1, "nosign"), "PAID"],
            [cl[2], "SCS trial 63650", fdate(d[2], "slash"), money(amts[2], "nosign"), "0.00", "0.00", "DENIED N2"],
            [cl[3], "Physical therapy", short_nopad(d[3]), money(amts[3], "nosign"), money(amts[3] * .65, "nosign"),
             "30.00", "PAID"]]
    p.space_table(["Claim", "Service", "Date", "Billed", "Plan paid", "You owe", "Status"], rows,
                  [12, 17, 10, 10, 10, 8, 10], size=7.6, right=(3, 4, 5), rule_under_head=False)
    p.para(f"Provider for all claims: {PRACTICE} (Dr. {NEURO}).", 8.4)
    p.para(f"N2  Claim {cl[2]}: the spinal cord stimulator trial on {fdate(d[2], 'long')} is not medically "
           "necessary under medical policy CPH-MP-118 because the records do not show a psychological evaluation "
           "before the trial. You do not owe this amount while the provider's appeal is pending.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. If your appeal is denied, you may ask "
           f"the {DOI} for an external review within 4 months of our final decision. Urgent appeals are decided "
           f"within 72 hours. Questions: 1-866-555-{digits(rng, 4)} (TTY 711).", 8.4)
    t = truth("eob", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[cl[2]], claim_amount=m2(amts[2]), service_dates=[span(d[2])], denial_date=sd.isoformat(),
              provider=NEURO, appeal_deadline=plus(sd, 180).isoformat(), alternates={"provider": [PRACTICE]})
    return out(p), t


def lowres_division(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(2, 5))
    dos = dt.date(2026, 1, rng.randint(5, 20))
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, DOI, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Department of Regulatory Agencies  |  Health Insurance External Review  |  "
                 f"303-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.pairs([("Date", fdate(nd, "abbr")), ("Covered person", mem), ("External review no.", ids["er"]),
             ("Received", fdate(rec, "slash")),
             ("Plan appeal no.", ids["apl"])], label_w=40, size=9.3, h=5)
    p.ln(3)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"We received your request for an independent external review of {PLAN}'s final adverse determination "
           f"about the MRI-guided lumbar facet procedure by Dr. {NEURO} on {fdate(dos, 'long')} (member ID "
           f"{ids['mid']}). Your request is complete and eligible. We assigned it to the independent review "
           f"organization {IRO}.", 10)
    p.para("What happens next: you may send the IRO more information within 5 business days of receiving this "
           "letter. The IRO must decide within 45 days of the assignment (within 72 hours for an expedited "
           "review). The IRO will send its decision to you, your provider and your plan. You do not pay for the "
           "review.", 10)
    p.para(f"Sincerely,\nExternal Review Unit, {DOI}", 10)
    p.ln(2)
    p.nondiscrimination(f"The {DOI}")
    p.taglines(phone=f"303-555-{digits(rng, 4)} (TTY 711)")
    t = truth("other", None, insurer=DOI, member_id=ids["mid"], member_name=mem, cases=[ids["er"], ids["apl"]],
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=NEURO,
              alternates={"insurer": [PLAN, IRO], "case_numbers": [[ids["er"]]], "provider": [None]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 6))
    s0 = plus(nd, rng.randint(10, 20))
    s1 = plus(s0, 41)
    p = DKSheet(footer="Page {n} of {nb}", footer_left="CPH-FAD-3 (01/26)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _plan_head(p, rng, "Appeals and Grievances")
    p.line("Final Adverse Determination - Internal Appeal", 11.5, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]), ("Appeal number", ids["apl"]),
             ("Appeal received", fdate(plus(nd, -24), "slash"))], label_w=40, size=9.5, h=5)
    p.ln(2)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"We reviewed your appeal of our decision not to approve a course of transcranial magnetic stimulation "
           f"(TMS, 36 sessions) requested by Dr. {PSYCH} of {BH}, planned from {fdate(s0, 'slash')} to "
           f"{fdate(s1, 'slash')}. A board-certified psychiatrist who was not part of the first decision upheld it: "
           "the records show trials of only one antidepressant medication, and our criteria require at least two "
           "before TMS is medically necessary.", 10)
    p.para(f"This is our final decision. You have the right to ask the {DOI} for an independent external review "
           "within 4 months of the date of this letter. If waiting could seriously harm your health, you may ask "
           "for an expedited external review, decided within 72 hours.", 10)
    p.para(f"Appeals and Grievances, {PLAN}\ncc: Dr. {PSYCH}, {BH}", 10)
    doc1 = (out(p), truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[ids["apl"]], service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
                          provider=PSYCH, alternates={"provider": [BH], "service_dates": [[span(s0)]]}))
    nd2 = plus(nd, rng.randint(45, 55))
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _iro_head(q, rng)
    q.line(fdate(nd2, "upper"), 10)
    q.ln(2)
    for ln in [f"To: {PLAN}", "Attn: Appeals Coordinator", f"cc: {mem}; Dr. {PSYCH}, {BH}"]:
        q.line(ln, 9.5)
    q.ln(3)
    q.line("External Review Decision: OVERTURNED", 11.5, "B")
    q.ln(2)
    q.pairs([("IRO case", ids["psr"]), ("Division no.", ids["er"]), ("Plan appeal no.", ids["apl"]),
             ("Member ID", ids["mid"]), ("Service", "TMS, 36 sessions"),
             ("Dates", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}")], label_w=38, size=9.3, h=5)
    q.ln(2)
    q.para(f"The reviewer, a board-certified psychiatrist, found that the member had adequate trials of two "
           "antidepressants in 2024 and 2025 at another practice (the pharmacy records were in the file) and an "
           "augmentation trial, so TMS is medically necessary. The plan's final adverse determination of "
           f"{fdate(nd, 'long')} is overturned. {PLAN} must authorize the course within 1 business day.", 9.6)
    q.para(f"Review Coordinator, {IRO}", 9.6)
    doc2 = (out(q), truth("other", None, insurer=IRO, member_id=ids["mid"], member_name=mem,
                          cases=[ids["psr"], ids["er"], ids["apl"]], service_dates=[span(s0, s1)],
                          denial_date=nd2.isoformat(), provider=PSYCH,
                          alternates={"insurer": [PLAN], "provider": [BH],
                                      "case_numbers": [[ids["psr"]], [ids["psr"], ids["er"]]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_iro_overturned_to_member_facts_on_page2", "born_digital", [bd_overturned(rng)]),
        Item(F + "faxstd_iro_upheld_to_plan_small_type", "fax_standard_g4", [faxstd_upheld_to_plan(rng)]),
        Item(F + "scan300_iro_upheld_spanish_proton_therapy", "scan_clean_300", [scan300_spanish(rng)]),
        Item(F + "phone_two_page_iro_partly_overturned_to_practice", "phone_photo", [phone_partly(rng)]),
        Item(F + "rotated_plan_eob_space_aligned_denied_row_middle", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_division_assignment_letter_taglines", "scan_lowres_150", [lowres_division(rng)]),
        Item(F + "faxfine_stack_final_adverse_then_iro_overturned", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
