"""An invented commercial health plan, Greywillow Health Plan (employer groups on its Choice PPO and Select HMO plans),
and its hospice and palliative care benefit: hospice when the attending doctor and the hospice's doctor both
certify a life expectancy of six months or less, hospice levels of care (routine home care, continuous home care,
general inpatient care, inpatient respite), respite limited to five days in a row each time, home palliative visits
limited to twelve a year, hospice on the HMO only through network agencies; letters to patients and families, a
provider copy to the hospice agency and its billing service, a member statement, an appeal decision. The plan, its
benefit rules and limits, remark codes, form numbers, every time limit, hospice agency, palliative practice,
nursing facility, billing service, doctor, nurse, family member, number and address are invented; phones use 555.
Revenue codes (0651, 0652, 0655, 0656) and CPT codes appear as themselves. No heading names the kind of denial;
each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_provider_copy_gip_days_paid_at_routine_home_rate: a provider copy claim determination faxed (standard) to the
  hospice agency with short captions left of and under the boxes ("Ntc dt", "Clm #", "Rcvd", "Pt", "Mbr #" with an O
  among its digits, "Grp", "Agency", "Unit", "Billed by" = the billing service, "Att MD", "Svc", "Amt billed"); six
  days of general inpatient care listed by day name ("Wed 03/04/26"), billed / allowed / adjustment "1,027.50-" / paid
  and a totals row; days 3-6 paid at the routine home care rate because the symptoms were controlled (level_of_care);
  a 72-hour fast review and a doctor-to-doctor call as decoys; "within 180 days of the date of this notice".
- born_digital_statement_respite_sixth_and_seventh_days_not_covered: a member statement to the subscriber about the
  spouse (the spouse's own member ID with a -02 suffix), a ledger grouped by claim: a paid routine home care claim
  (decoy) and a respite claim at a nursing facility named in a "Where" column whose days "03/21/26 - 03/22/26" are the
  sixth and seventh in a row (not_covered); network discount in parentheses; "You have until <date>".
- lowres_hospice_election_approved_first_benefit_period: a 150 dpi approval (denies nothing) with odd captions under
  the boxes ("Ltr dt", "Enrollee No." printed in groups with a B among its digits, "Grp", "Auth no.", "Benefit per."
  printed "Apr 6-Jul 4, 2026", "Medicare no. (pays 2nd)" as a decoy); the attending doctor only in a sentence.
- photocopy_letter_hospice_admission_prognosis_not_certified: a photocopied letter with a ticket block (values first,
  captions to their right; the enrollee number with dashes, the hospice's intake number as a decoy) refusing hospice
  planned for "Wednesday, April 15, 2026" because the attending cardiologist did not certify a six-month prognosis
  while a heart pump work-up is under way (medical_necessity; eligibility accepted); palliative care offered; "within
  60 days of the date of this letter".
- phone_es_carta_visitas_paliativas_pasadas_del_limite: a photographed Spanish letter to a family representative: home
  palliative visits "3, 10, 17 y 24 de marzo de 2026" (03-mar-2026 in a table with visit numbers 13-16) past the
  twelve a year (not_covered); "US$ 1.140,00 ($1,140.00)" only in a sentence; the plan's member number beside a
  Medicaid number; the nurse practitioner only in a sentence; "a más tardar el <fecha>".
- rotated_appeal_decision_hmo_hospice_outside_network_upheld: an appeal decision fed sideways with a hung caption band
  and a reasons panel, keeping the refusal of hospice care "from March 4 through March 31, 2026" by an agency outside
  the Select HMO network while two network agencies served the county (out_of_network); "USD 6,160.00"; final,
  external review "within four months after you receive" (no appeal deadline).
- finefax_stack_cover_hospice_social_worker_letter_then_april_claim_after_coverage_ended_sideways: a fax cover sheet,
  the hospice social worker's letter forwarding the plan's notice to the family (its own document: other, no denial),
  then a two-page notice with captions left of its boxes refusing the April hospice claim (routine days "04/01/26 -
  04/11/26" and "04/13/26 - 04/30/26", a continuous home care day "Sun 04/12/26", "USD" amounts and a totals row)
  because the employer coverage ended March 31 and no continuation election came in (eligibility); "within 180 days
  after the date of this notice"; its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhf import (EDSheet, dname, dob, es_date, es_list, es_money, medicaid_no, medicare_no,
                               n2, odd_in, paren, people, phone, span_dash, span_md, split_name, trail, us_address,
                               usd, wlong, workday, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "commercial_plan_hospice_palliative_benefit_gip_respite_and_eligibility_letters"
LANG = "en"
SEED = 355035
INS = "Greywillow Health Plan"
ALT = ["Greywillow", "Greywillow Health", "Greywillow Health Plan, Inc."]
HOSPICE = "Linnet Hill Hospice"
HOUSE = "Linnet Hill Hospice House"
BILLER = "Parchwell Hospice Billing"
PALL = "Yarrowdene Palliative Care Associates"
RESPITE = "Ashmantle Care Center"
OON = "Quenmoor Valley Hospice"
W_ES = 215.9 - 34


def _head(p, rng, unit="Hospice and Palliative Care Unit", box=None):
    p.head(INS, "GW", [f"{unit}  |  PO Box {rng.randint(4100, 4999)}, Madison, WI 53708",
                       f"Member services 1-888-555-{digits(rng, 4)}  |  Provider line 1-888-555-{digits(rng, 4)}  |  "
                       f"Fax 1-888-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def mid(rng, odd=None):
    """A member number: GWH and eight characters (one may be a letter a reader takes for a digit)."""
    return "GWH" + odd_in(digits(rng, 8), odd, rng)


def spaced(m):
    """GWH 4O1 772 58"""
    return f"{m[:3]} {m[3:6]} {m[6:9]} {m[9:]}"


def dashed(m):
    """GWH-4O1-77258"""
    return f"{m[:3]}-{m[3:6]}-{m[6:]}"


def group_no(rng):
    return f"{digits(rng, 5)}-{rng.choice('ABC')}{rng.randint(1, 9):02d}"


def claim_no(rng):
    return f"26-{digits(rng, 4)}-{digits(rng, 5)}"


def faxstd_gip(rng):
    patient, md, rn, medir = people(rng, 4)
    m = mid(rng, "O")
    grp = group_no(rng)
    clm = claim_no(rng)
    a = dt.date(2026, 3, 2)
    days = [plus(a, i) for i in range(6)]
    rcvd = dt.date(2026, 3, rng.randint(16, 18))
    nd = workday(dt.date(2026, 3, rng.randint(24, 26)))
    gip_b, gip_a, rhc_a = 1240.00, 1105.00, 212.50
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for i, d in enumerate(days):
        if i < 2:
            vals = [gip_b, gip_a, gip_b - gip_a, gip_a]
            rmk, lvl = "P1", "0656 GIP"
        else:
            vals = [gip_b, rhc_a, gip_b - rhc_a, rhc_a]
            rmk, lvl = "L4", "0656 GIP > 0651"
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([str(i + 1), dname(d), lvl, n2(vals[0]), n2(vals[1]), trail(vals[2]), n2(vals[3]), rmk])
    W = 215.9 - 26
    f, mi, last = split_name(patient)
    fax = (f"MAR-{nd.day:02d}-2026 {rng.randint(9, 11)}:{rng.randint(10, 59)}  GREYWILLOW HOSPICE UNIT  "
           f"1-888-555-{digits(rng, 4)}  ->  {HOSPICE.upper()} BILLING  P{{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"GW-HPC-PC (01/26)  batch {digits(rng, 9)}", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng)
    p.title_bar("CLAIM DETERMINATION  -  PROVIDER COPY", "Hospice claim (type of bill 81x)  |  level of care review")
    p.capcells([("Ntc dt", fdate(nd, "slash"), 40, "L"), ("Clm #", clm, 56, "L"), ("Rcvd", yy(rcvd), 30, "B"),
                ("Grp", grp, W - 126, "B")])
    p.capcells([("Pt", f"{last.upper()}, {f.upper()} {mi}", 70, "L"), ("Mbr #", m, 50, "B"),
                ("DOB", yy(dob(rng, 1941, 1960)), W - 120, "B")])
    p.capcells([("Agency", HOSPICE, 70, "L"), ("Unit", HOUSE, 58, "B"), ("Billed by", BILLER, W - 128, "B")])
    p.capcells([("Att MD", md, 70, "L"), ("Svc", span_dash(days[0], days[-1]), 58, "B"),
                ("Amt billed", n2(tot[0]), W - 128, "B")])
    p.para(f"{BILLER} sent us this claim for {HOSPICE} for general inpatient care at {HOUSE}. Each day and "
           "how we paid it:", 9.2)
    p.ledger(["Day", "Date", "Rev / level", "Billed", "Allowed", "Adjustment", "Paid", "Rmk"], rows,
             [10, 30, 40, 25, 25, 27, 22, W - 179], aligns=["C", "L", "L", "R", "R", "R", "R", "C"], size=8.0,
             totals=["", "Totals", "", n2(tot[0]), n2(tot[1]), trail(tot[2]), n2(tot[3]), ""])
    p.para("**P1.** Paid at the general inpatient rate in your agreement.", 8.8)
    p.para(f"**L4.** The nurse and doctor notes from {fdate(days[2], 'long')} on record pain scores of 2 and 3 "
           "on the same long-acting medicine by mouth, no new doses for breakthrough pain and no change in the "
           "medicine plan. Care around the clock in an inpatient unit is paid while symptoms cannot be managed "
           "where the patient lives. From the third day the notes show symptoms under control, so we paid those "
           "days at the routine home care rate. The difference may not be billed to the patient or the family.",
           8.8)
    p.para(f"**If you disagree.** Ask for a review within 180 days of the date of this notice and send the notes "
           f"for each day. For a decision within 72 hours while the patient is still in the unit, call the provider "
           f"line. To talk with our medical director, Dr. {medir}, before you send a review, call the same line. "
           f"Nurse reviewer: {rn}, RN.", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=m, member_name=patient, cases=[clm],
              claim_amount=m2(tot[0]), service_dates=[f"{days[2].isoformat()}/{days[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [HOUSE, md],
                          "service_dates": [[d.isoformat() for d in days[2:]],
                                            [f"{days[0].isoformat()}/{days[-1].isoformat()}"]]},
              type_alternates=["eob"], denial_alternates=["medical_necessity"])
    return out(p), t


def bd_statement(rng):
    sub, spouse, aide = people(rng, 3)
    m = mid(rng)
    grp = group_no(rng)
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    due = plus(sd, 180)
    c1, c2 = claim_no(rng), claim_no(rng)
    W = 279.4 - 24
    p = EDSheet(footer="Page {n} of {nb}", footer_left="Greywillow member statement  |  This is not a bill")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Member statement")
    p.hung([(sub, "Subscriber", 58), (f"{m}-01", "Subscriber ID", 40), (grp, "Group", 28),
            ("Choice PPO 1500", "Plan", 36), (fdate(sd, "abbr"), "Statement date", 34),
            (f"ST{digits(rng, 9)}", "Statement no.", W - 196)])
    p.para(f"This statement shows claims for **{spouse}** (member ID {m}-02), your spouse, processed from "
           f"{fdate(plus(sd, -24), 'slash')} to {fdate(plus(sd, -3), 'slash')}.", 9.4)
    rhc = [(dt.date(2026, 3, 1), dt.date(2026, 3, 15), "0651 Routine home care", HOSPICE, 15, 245.00, 212.50, None)]
    res = [(dt.date(2026, 3, 16), dt.date(2026, 3, 20), "0655 Inpatient respite", RESPITE, 5, 410.00, 372.00, None),
           (dt.date(2026, 3, 21), dt.date(2026, 3, 22), "0655 Inpatient respite", RESPITE, 2, 410.00, 0.0, "R5")]
    groups, tot = [], [0.0] * 6
    c2_billed = 0.0
    for clm, lines, rcv in ((c1, rhc, plus(sd, -20)), (c2, res, plus(sd, -11))):
        rows, sub_t = [], [0.0] * 6
        for a, b, svc, where, n, rate, allow, code in lines:
            billed = n * rate
            if code:
                vals = [billed, 0.0, 0.0, billed, 0.0, billed]
            else:
                allowed = n * allow
                vals = [billed, billed - allowed, allowed, 0.0, allowed, 0.0]
            sub_t = [x + y for x, y in zip(sub_t, vals)]
            rows.append([span_dash(a, b), svc, where, str(n), n2(vals[0]), paren(vals[1]) if vals[1] else "0.00",
                         n2(vals[2]), n2(vals[3]), n2(vals[4]), n2(vals[5]), code or "P1"])
        tot = [x + y for x, y in zip(tot, sub_t)]
        if clm == c2:
            c2_billed = sub_t[0]
        groups.append({"head": f"Claim {clm}   |   {HOSPICE}   |   received {fdate(rcv, 'slash')}", "rows": rows,
                       "sub": ["", "Claim total", "", "", n2(sub_t[0]), paren(sub_t[1]), n2(sub_t[2]), n2(sub_t[3]),
                               n2(sub_t[4]), n2(sub_t[5]), ""]})
    p.grouped_ledger(["Service dates", "Service", "Where", "Days", "Billed", "Network discount", "Allowed",
                      "Not covered", "Plan paid", "You may owe", "Note"], groups,
                     [34, 38, 34, 9, 21, 22, 21, 21, 21, 21, W - 242],
                     ["L", "L", "L", "C", "R", "R", "R", "R", "R", "R", "C"], size=7.6,
                     totals=["STATEMENT TOTALS", "", "", "", n2(tot[0]), paren(tot[1]), n2(tot[2]), n2(tot[3]),
                             n2(tot[4]), n2(tot[5]), ""])
    p.para("**Notes.** P1: paid at the network rate; hospice care has no deductible or coinsurance on this plan. "
           "R5: respite care gives the family a rest while the patient stays in a nursing facility, and it is "
           "covered for up to five days in a row each time. The days on this line were the sixth and seventh days "
           f"in a row of the stay that began on {fdate(dt.date(2026, 3, 16), 'long')}, so they were not covered. "
           f"{HOSPICE} may bill you for them.", 8.6)
    p.para(f"**Questions or disagree?** Call member services. You have until {fdate(due, 'long')} to ask for an "
           "appeal; tell us the claim number and why you disagree. The hospice's bereavement support for the "
           f"family is separate from this statement. Home health aide visits by {aide} are billed by the hospice "
           "inside its daily rate.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, group=grp, member_id=f"{m}-02", member_name=spouse, cases=[c2],
              claim_amount=m2(c2_billed), service_dates=["2026-03-21/2026-03-22"], denial_date=sd.isoformat(),
              provider=HOSPICE, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "member_id": [m, f"{m}-01"], "provider": [RESPITE],
                          "claim_amount": ["820.00"],
                          "service_dates": [["2026-03-21", "2026-03-22"], ["2026-03-16/2026-03-22"]]},
              denial_alternates=["other"])
    return out(p), t


def lowres_approval(rng):
    patient, md, medir, rn = people(rng, 4)
    m = mid(rng, "B")
    grp = group_no(rng)
    auth = f"HA-26-{digits(rng, 6)}"
    mcare = medicare_no(rng)
    ltr = workday(dt.date(2026, 4, rng.randint(1, 3)))
    a, b = dt.date(2026, 4, 6), dt.date(2026, 7, 4)
    W = 215.9 - 32
    p = EDSheet(footer="Page {n} of {nb}", footer_left="GW-HPC-A1")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    p.para("**Your hospice benefit is approved**", 11.5)
    p.capcells([("Ltr dt", fdate(ltr, "dmy"), 32, "B"), ("Enrollee No.", spaced(m), 44, "B"), ("Grp", grp, 30, "B"),
                ("Auth no.", auth, W - 106, "B")], cap=6.4)
    p.capcells([("Pt", patient, 56, "B"), ("Agency", HOSPICE, 48, "B"), ("Benefit per.", span_md(a, b), 40, "B"),
                ("Medicare no. (pays 2nd)", mcare, W - 144, "B")], cap=6.4)
    for ln in [patient, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para(f"{HOSPICE} asked us to cover hospice care for you. Your doctor, Dr. {md}, and the hospice's medical "
           f"director, Dr. {medir}, both signed that they expect your illness to run its usual course within six "
           "months. Your plan covers hospice on that basis, and we have approved it.", 10)
    p.table(["What", "From", "Through", "Notes"],
            [["First benefit period (90 days)", "04/06/2026", "07/04/2026", "starts Monday, April 6, 2026"],
             ["Second benefit period (90 days)", "07/05/2026", "10/02/2026", "needs a new signed statement"]],
            [58, 26, 26, W - 110], size=8.6)
    p.para("Hospice covers the nursing, aide, social work and chaplain visits, your medicines and equipment for "
           "comfort, and short inpatient stays when symptoms cannot be handled at home. You pay nothing for hospice "
           "care on your plan. Care to cure the illness is no longer covered while you are in hospice; you may "
           "leave hospice at any time and go back to that care.", 10)
    p.para(f"Because you have a job-based plan, Greywillow pays first and Medicare second. Questions: call your "
           f"hospice nurse coordinator at Greywillow, {rn}, RN, at {phone(rng, '608')}.", 9.4)
    t = truth("other", None, insurer=INS, group=grp, member_id=m, member_name=patient, cases=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ltr.isoformat(), provider=HOSPICE,
              alternates={"insurer": ALT, "provider": [md],
                          "service_dates": [[a.isoformat()], [a.isoformat(), b.isoformat()]]})
    return out(p), t


def photocopy_prognosis(rng):
    patient, daughter, cardio, medir, hmd = people(rng, 5)
    m = mid(rng)
    grp = group_no(rng)
    ref = f"HR-26-{digits(rng, 5)}"
    intake = f"LHH-INT-{digits(rng, 5)}"
    ltr = workday(dt.date(2026, 4, rng.randint(8, 10)))
    start = dt.date(2026, 4, 15)
    due = plus(ltr, 60)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="GW-HPC-D2")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.f(12, "B")
    p.cell(0, 7, "About the hospice care asked for you", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.letter_with_ticket([patient, f"c/o {daughter}", *us_address(rng)],
                         [(fdate(ltr, "long"), "date of this letter"), (dashed(m), "enrollee no."),
                          (grp, "group"), (ref, "request no."), (intake, "hospice intake no."),
                          (yy(start), "planned start"), (HOSPICE, "asked by")], w=82, size=8.6)
    p.para(f"Dear {patient.split()[0]} {patient.split()[-1]} and family:", 10)
    p.para(f"On {fdate(plus(ltr, -3), 'long')}, {HOSPICE} asked us to cover hospice care for you starting "
           f"{wlong(start)}. We are sorry to tell you that we cannot approve it now.", 10)
    p.para(f"Your plan covers hospice when two doctors, your own doctor and the hospice's doctor, each state that "
           f"they expect your illness to run its usual course within six months. The hospice's doctor, Dr. {hmd}, "
           f"signed. Your heart doctor, Dr. {cardio}, wrote on April 2 that your outlook is uncertain and that the "
           "testing to see whether a heart pump could help you is still going on. Without both statements the "
           "hospice benefit cannot start.", 10)
    p.para(f"**Help you can have now.** Your plan also covers palliative care at home: visits by a team that "
           f"treats breathlessness, pain and worry while you keep your other care. {HOSPICE} runs such a team. "
           "Your doctor can also ask again at any time if things change.", 10)
    p.para(f"**If you disagree.** You or someone you name may appeal within 60 days of the date of this letter. "
           f"If waiting could seriously harm your health, ask for a fast appeal and we will answer within 72 hours. "
           f"This decision was made by our medical director, Dr. {medir}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=grp, member_id=dashed(m), member_name=patient,
              cases=[ref], service_dates=[start.isoformat()], denial_date=ltr.isoformat(), provider=HOSPICE,
              appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "member_id": [m], "provider": [f"Dr. {cardio}", f"Dr. {hmd}"]},
              denial_alternates=["eligibility", "other"])
    return out(p), t


def phone_es_palliative(rng):
    patient, hija, np_ = people(rng, 3, es=True)
    m = mid(rng)
    grp = group_no(rng)
    mcaid = medicaid_no(rng)
    clm = claim_no(rng)
    ds = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17), dt.date(2026, 3, 24)]
    ltr = workday(dt.date(2026, 4, rng.randint(20, 22)))
    due = plus(ltr, 90)
    each = 285.00
    p = EDSheet(footer="Página {n} de {nb}", footer_left="GW-HPC-D5-SP")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Unidad de Hospicio y Cuidados Paliativos")
    p.para("**Aviso sobre visitas de cuidados paliativos**", 11)
    for ln in [hija, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Fecha de esta carta", es_date(ltr)), ("Paciente", patient), ("Nº de afiliado Greywillow", m)],
            [("Nº de Medicaid (secundario)", mcaid), ("Reclamo", clm), ("Grupo", grp)]], size=8.6, cap=6.2)
    p.para(f"Estimado(a) {hija}:", 10)
    p.para(f"Le escribimos porque usted es representante de {patient} ante el plan. {PALL} nos envió un reclamo "
           f"por cuatro "
           f"visitas de cuidados paliativos en casa que le dio la enfermera practicante {np_} los días "
           f"{es_list(ds)}.", 10)
    p.table(["Fecha", "Visita del año", "Servicio", "Resultado"],
            [[f"{d.day:02d}-mar-{d.year}", f"nº {13 + i}", "Visita paliativa en casa", "No cubierta"]
             for i, d in enumerate(ds)], [30, 30, 70, W_ES - 130], size=8.8)
    p.para(f"El plan de {patient.split()[0]} cubre hasta 12 visitas paliativas en casa por año calendario. "
           f"Estas cuatro visitas "
           f"fueron la 13.ª a la 16.ª de 2026, así que no las cubrimos. El cargo total, {es_money(each * 4)} "
           f"(${each * 4:,.2f}), queda sin pagar por el plan. Medicaid puede revisar si le corresponde pagarlo.", 10)
    p.para("Si va a necesitar más visitas, su médico puede pedirnos una excepción; también puede pasar al "
           "beneficio de hospicio si los médicos lo certifican.", 10)
    p.para(f"Si no está de acuerdo, puede apelar. Su apelación debe llegarnos a más tardar el {es_date(due)}.", 10)
    p.para(f"Atentamente,\nUnidad de Hospicio y Cuidados Paliativos, {INS}", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=m, member_name=patient, cases=[clm],
              claim_amount=m2(each * 4), service_dates=[d.isoformat() for d in ds], denial_date=ltr.isoformat(),
              provider=PALL, appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [np_],
                          "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]})
    return out(p), t



def rotated_appeal(rng):
    patient, son, officer, medir = people(rng, 4)
    m = mid(rng, "S")
    grp = group_no(rng)
    clm = claim_no(rng)
    apl = f"GA-26-{digits(rng, 5)}"
    a, b = dt.date(2026, 3, 4), dt.date(2026, 3, 31)
    billed = 28 * 220.00
    filed = dt.date(2026, 4, rng.randint(6, 9))
    dd = workday(plus(filed, rng.randint(24, 28)))
    W = 215.9 - 36
    p = EDSheet(footer="Page {n} of {nb}", footer_left="GW-APL-F (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Appeals and Grievances")
    p.f(12, "B")
    p.cell(0, 7, "Your appeal: our decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.hung([(fdate(dd, "long"), "Decision date", 40), (apl, "Appeal no.", 34), (clm, "Claim", 38),
            (m, "Member no.", 34), (grp, "Group", W - 146)], size=9.0)
    p.hung([(patient, "Member", 56), ("Select HMO 20", "Plan", 34), (OON, "Hospice agency", 56),
            (usd(billed), "Billed", W - 146)], size=9.0)
    for ln in [son, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear {son}:", 9.8)
    p.para(f"On {fdate(filed, 'long')} you appealed, for your father {patient}, our refusal of the claim from "
           f"{OON} for hospice care at home from March 4 through March 31, 2026. A doctor who was not part of "
           f"the first decision, Dr. {medir}, reviewed the appeal with the papers you sent.", 9.8)
    p.para("**Our decision: the refusal stays in place.**", 10)
    p.reasons([("1", "Your father's plan is the Select HMO. On this plan hospice care is paid only when a hospice "
                     f"in the plan's network gives it, unless no network hospice can serve the county where the "
                     f"member lives. {OON} is not in the network."),
               ("2", f"Two network hospices, {HOSPICE} and one other, serve your father's county. Both told us they "
                     "had room to take a new patient in the first week of March."),
               ("3", "Nobody asked us before the care began to let an agency outside the network give it, so no "
                     "exception was made.")], size=9.0, title="Why")
    p.para("We know these were hard weeks for your family. The agency has agreed not to bill more than the amount "
           "above while any review is open.", 9.6)
    p.para("**What else you can do.** This ends our internal appeals. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter. The enclosed form "
           "tells you how.", 9.6)
    p.para(f"{officer}\nAppeals coordinator", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=m, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=dd.isoformat(), provider=OON,
              alternates={"insurer": ALT, "case_numbers": [[apl], [clm]]})
    return out(p), t


def stack_eligibility(rng):
    patient, wife, sw, rn = people(rng, 4)
    m = mid(rng, "Z")
    grp = group_no(rng)
    clm = claim_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(12, 14)))
    sw_d = workday(plus(nd, 5))
    ended = dt.date(2026, 3, 31)
    addr = us_address(rng)
    # the hospice social worker's letter
    c = EDSheet(footer=None, serif=True)
    c.set_margins(24, 18, 24)
    c.add_page()
    c.f(14, "B")
    c.cell(0, 7, HOSPICE, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, f"Family support services  |  {rng.randint(100, 899)} Orchard Bluff Rd, Eau Claire, WI 54701  |  "
                 f"{phone(rng, '715')}", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(sw_d, "long"), 10)
    c.ln(3)
    for ln in [wife, *addr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: {patient}, hospice care from April 1 through April 30, 2026  |  Greywillow claim {clm}", 10, gap=3)
    c.para(f"Dear {wife.split()[0]},", 10)
    c.para(f"I am sending you a copy of the letter Greywillow Health Plan sent on {fdate(nd, 'long')} about "
           f"{patient.split()[0]}'s hospice care in April. Greywillow says his coverage through his job ended on "
           "March 31, and it has no record that the continuation coverage offered by the employer was chosen. It "
           "did not pay our April claim.", 10)
    c.para("Please do not worry about a bill from us while we sort this out. If you sent the continuation form, "
           "find your copy and any payment receipt, and call me; the employer's benefits office can fix its records "
           "and the plan will look at the claim again. If it was not sent, we will go over other coverage with you, "
           "including Medicaid.", 10)
    c.para(f"Warmly,\n\n{sw}, MSW\nHospice social worker, {HOSPICE}", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=patient, cases=[clm],
                         service_dates=["2026-04-01/2026-04-30"],
                         denial_date=sw_d.isoformat(), provider=HOSPICE,
                         alternates={"insurer": [INS], "denial_date": [nd.isoformat()], "service_dates": [[]]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the plan's notice
    p = EDSheet(footer="Page {n} of {nb}", footer_left="GW-ELG-N (02/26)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Claims")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc dt", fdate(nd, "slash"), 44, "L"), ("Mbr #", m, 52, "L"), ("Clm #", clm, W - 96, "L")],
               cap=6.4)
    p.capcells([("Mbr", patient, 64, "L"), ("Grp", grp, 40, "L"), ("Cov. ended", fdate(ended, "slash"), W - 104,
                                                                   "L")], cap=6.4)
    for ln in [patient, *addr]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear {patient}:", 9.8)
    p.para(f"We received a claim from {HOSPICE} for your hospice care in April 2026. We did not pay it. Our records "
           f"show that your coverage under group {grp} ended on {fdate(ended, 'long')}, when your employer ended "
           "your job-based coverage. Your employer offered you the right to keep the coverage for a time by paying "
           "for it, and we did not receive that election. Care given after coverage ends cannot be paid.", 9.8)
    rows = [[span_dash(dt.date(2026, 4, 1), dt.date(2026, 4, 11)), "0651", "Routine home care", "11", usd(11 * 245.0),
             "USD 0.00", "E2"],
            [dname(dt.date(2026, 4, 12)), "0652", "Continuous home care (14 hours)", "1", usd(14 * 61.25),
             "USD 0.00", "E2"],
            [span_dash(dt.date(2026, 4, 13), dt.date(2026, 4, 30)), "0651", "Routine home care", "18",
             usd(18 * 245.0), "USD 0.00", "E2"]]
    total = 29 * 245.0 + 14 * 61.25
    rows.append(["", "", "Claim total", "30", usd(total), "USD 0.00", ""])
    p.table(["Dates", "Rev", "Service", "Days", "Billed", "Paid", "Code"], rows,
            [40, 14, 52, 12, 28, 22, W - 168], size=8.4, aligns=["L", "L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para(f"E2: the member's coverage was not in effect on the service dates. Hospice nurse on the claim: {rn}, RN.",
           8.8)
    p.add_page()
    p.bar("If you think our records are wrong")
    p.para("If you chose to continue your coverage and paid on time, send us a copy of the election form and the "
           "payment, or ask your employer's benefits office to update your coverage with us. We will then look at "
           "the claim again.", 9.8)
    p.bar("Your right to appeal")
    p.para("You may appeal within 180 days after the date of this notice. Write to the Appeals and Grievances "
           "address on the first page, or call member services. You may send any papers that support your appeal. "
           "Someone you name, such as a family member or the hospice, may appeal for you.", 9.8)
    p.bar("Other help")
    p.para("You may be able to get Medicaid or coverage through the Marketplace after losing job-based coverage. "
           "Your county's income maintenance office can tell you more.", 9.8)
    d_b = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=m, member_name=patient,
                         cases=[clm], claim_amount=m2(total), service_dates=["2026-04-01/2026-04-30"],
                         denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT,
                                     "service_dates": [["2026-04-01/2026-04-11", "2026-04-12",
                                                        "2026-04-13/2026-04-30"]]},
                         type_alternates=["eob"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_gip_days_paid_at_routine_home_rate", "fax_standard_g4", [faxstd_gip(rng)]),
        Item(F + "born_digital_statement_respite_sixth_and_seventh_days_not_covered", "born_digital",
             [bd_statement(rng)]),
        Item(F + "lowres_hospice_election_approved_first_benefit_period", "scan_lowres_150", [lowres_approval(rng)]),
        Item(F + "photocopy_letter_hospice_admission_prognosis_not_certified", "photocopy",
             [photocopy_prognosis(rng)]),
        Item(F + "phone_es_carta_visitas_paliativas_pasadas_del_limite", "phone_photo", [phone_es_palliative(rng)]),
        Item(F + "rotated_appeal_decision_hmo_hospice_outside_network_upheld", "rotated", [rotated_appeal(rng)]),
        Item(F + "finefax_stack_cover_hospice_social_worker_letter_then_april_claim_after_coverage_ended_sideways",
             "fax_fine_g4", stack_eligibility(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
