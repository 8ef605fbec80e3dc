"""The No Surprises Act's patient-provider dispute resolution for uninsured and self-pay patients, as the papers a
patient gets: a provider's good faith estimate before scheduled care, the provider's bill after it, and the letters
of a selected dispute resolution entity once the patient has started a dispute over a bill at least $400 above the
estimate (decisions that the extra charges were justified, that only part was, that the patient pays the estimate
less the $25 fee, and notices that a dispute cannot go ahead: started more than 120 calendar days after the first
bill, a bill less than $400 above the estimate, a patient whose health plan was billed). Mirrored from the public
process (structure and plain wording style only; the sentences are the writer's own). The dispute resolution entity
Quarrybrook Dispute Resolution, LLC, every provider, clinician, person, number, address and the federal dispute
number's shape are invented; phones use 555. The $400 threshold, the 120 calendar days and the $25 fee are the
public rule's. CPT and ICD-10 codes appear as themselves. No heading names the kind of decision; the reason is put in
plain sentences.

Truth conventions (as the eval README and the older dispute family): insurer = the entity on the letterhead (null
accepted: the patient has no insurer); unscored on the provider's estimate and bill. Member ID null (the provider's
patient number, the entity's case number and a patient account number are not member IDs), except the bill that
prints the patient's health plan ID. Case numbers = the federal dispute number and the entity's case number (each
alone accepted); the estimate's own number only as an accepted addition on the estimate. Claim amount = the billed
charges of the provider in dispute (on the estimate: the total estimate, null accepted). Provider = the provider in
dispute (the clinician accepted), never the co-provider on the estimate. The entity's decision is binding: no appeal
deadline, except where a notice prints a date by which to contest its eligibility finding.

Documents (8 in 7 files):
- bd_good_faith_estimate_hernia_repair_two_providers: a born-digital estimate from a surgery center with numbered
  form bands, a line table per provider (the anesthesia group as co-provider), thousands separators, the scheduled
  day written "Tuesday, the 14th of April 2026", an earlier estimate from 2025 and an example patient number in the
  boilerplate as decoys (other, no denial).
- faxstd_decision_polyp_removal_extra_charges_justified: a standard-fax decision with a fax header counting "3 PGS
  INCL COVER", a Re: line stringing name / federal dispute no. / case no. with slashes, a scorecard of estimate /
  billed / difference / amount set, and the reason only in plain sentences (polyps found during a screening
  colonoscopy; the pathology group as a decoy): denial_letter / other (other accepted).
- lowres_notice_dispute_started_after_120_days_observation_stay: a 150 dpi notice with a dated step list at the left
  (bill date, day 120, day the dispute came in), the case number with an S and an O printed before its caption
  "(case no.)", a stay over a month boundary, a December 2025 visit in passing, and a printed date to contest the
  finding (timely_filing; eligibility accepted).
- photocopy_decision_iron_infusions_part_of_extra_justified: a photocopied decision whose case number breaks over two
  lines in a narrow box, four infusion rows each with its own two-digit-year date (truth: the span), a totals row and
  a scorecard with the amount set between the estimate and the bill (denial_letter / other).
- phone_es_aviso_cirugia_catarata_menos_de_400_sobre_estimado: a photographed Spanish notice: the bill only 348,75 $
  above the estimate, so no dispute ("3.150,00 $" in sentences, "US$ 3,498.75" in the table), the case number with a
  B printed before "(n.º de caso)" (eligibility; other accepted).
- rotated_decision_sleep_study_patient_pays_estimate: a two-page decision fed sideways: the provider sent no records,
  so the patient pays the estimate less the $25 fee, "one thousand five hundred ninety-five dollars and no cents
  ($1,595.00)"; the federal number printed in spaced groups and a phone call's reference number as a decoy (other,
  no denial).
- scan300_stack_hospital_bill_duplex_then_not_self_pay_notice_upside_down: a hospital statement after a health plan
  paid part (charges, plan payment and adjustment in parentheses, a tear-off stub with the patient account number;
  other, no denial), the blank back of its sheet, then the entity's two-page notice that the dispute cannot go ahead
  because the plan was billed (a Re: line with bullets; eligibility), its second page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famid import (EESheet, address, dob, es_after, es_date, es_usd, es_wday, in_words, last_first, n2,
                               npi, odd_in, ord_date, people, phone, short_wd, tin, usd, wd_ord, workday, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "nsa_self_pay_good_faith_estimates_bills_over_estimate_and_dispute_entity_decisions"
LANG = "en"
SEED = 354943
SDR = "Quarrybrook Dispute Resolution, LLC"
SDR_ALT = [None, "Quarrybrook Dispute Resolution", "Quarrybrook"]


def _sdr_head(p, rng, box=None):
    p.head(SDR, "QDR", ["Selected dispute resolution entity, federal patient-provider dispute resolution process",
                        f"PO Box {rng.randint(2200, 2999)}, Salem, OR 97308  |  1-866-555-{digits(rng, 4)}  |  "
                        f"Fax 1-866-555-{digits(rng, 4)}  |  cases@quarrybrook-dr.example"], box=box, size=12.5)


def fed_no(rng):
    """The federal dispute number given when the patient starts the dispute: D26 and seven digits."""
    return "D26" + digits(rng, 7)


def fed_spaced(f):
    """D26 418 7731"""
    return f"{f[:3]} {f[3:6]} {f[6:]}"


def case_no(rng, odd=None):
    """The entity's case number: QB-26- and five characters (one may be a letter a reader takes for a digit)."""
    return "QB-26-" + odd_in(digits(rng, 5), odd, rng, lo=0)


# --- P1: the good faith estimate ----------------------------------------------------------------------------------
def bd_estimate(rng):
    patient, surgeon, crna = people(rng, 3)
    prov, co = "Sallowfield Surgery Center", "Oxbow Lantern Anesthesia, PC"
    gfe_no = "GFE-" + odd_in(digits(rng, 6), "I", rng)
    pt_no = f"SSC-{digits(rng, 6)}"
    asked = dt.date(2026, 3, rng.randint(16, 18))
    gd = workday(plus(asked, 3))
    sched = dt.date(2026, 4, 14)
    old = dt.date(2025, 11, rng.randint(3, 20))
    fac = [("49650", "Laparoscopic repair of inguinal hernia, facility", "1", 4180.00),
           ("C1781", "Mesh implant (supply)", "1", 1265.50),
           ("—", "Recovery room, first hour", "1", 612.00)]
    surg = [("49650", f"Surgeon's fee, Dr. {surgeon}", "1", 2340.00)]
    anes = [("00830", "Anesthesia for lower abdominal hernia repair (base and time units)", "9 units", 1188.00)]
    t_fac = sum(x[3] for x in fac) + sum(x[3] for x in surg)
    t_co = sum(x[3] for x in anes)
    total = t_fac + t_co
    W = 215.9 - 30
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"Estimate {gfe_no}  |  keep with your records")
    p.set_margins(15, 13, 15)
    p.add_page()
    p.head(prov, "SSC", ["Patient Financial Services  |  2210 NW Fir Grove Rd, Corvallis, OR 97330",
                         f"Estimates desk {phone(rng, '541')}  |  Fax {phone(rng, '541')}"], box="Good Faith Estimate")
    p.f(8.6)
    p.multi_cell(0, 4.2, "You are getting this estimate because you told us you will pay for this care yourself and "
                 "will not use health insurance for it. Keep it: you may need it later.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.form_band([("1. Patient", patient), ("2. Date of birth", fdate(dob(rng), "slash")),
                 ("3. Patient number", pt_no)], [70, 40, W - 110])
    p.form_band([("4. Estimate number", gfe_no), ("5. Date of this estimate", fdate(gd, "long")),
                 ("6. Scheduled for", fdate(sched, "slash"))], [70, 55, W - 125])
    p.form_band([("7. Service you asked about", "Repair of right inguinal hernia (laparoscopic), outpatient"),
                 ("8. Diagnosis code", "K40.90")], [140, W - 140])
    p.ln(3)
    p.para(f"Your surgery is set for **{wd_ord(sched)}**, arriving at 6:30 a.m. Below are the charges we expect "
           f"from each provider who will take part. This estimate replaces the one we gave you on "
           f"{fdate(old, 'long')} for a consultation visit.", 9.4)
    for name, role, lines, sub, extra in (
            (prov, "Convening provider (facility and surgeon)", fac + surg, t_fac,
             f"NPI {npi(rng)}  |  TIN {tin(rng)}  |  Contact: estimates desk"),
            (co, "Co-provider (anesthesia)", anes, t_co,
             f"NPI {npi(rng)}  |  TIN {tin(rng)}  |  Anesthetist: {crna}, CRNA")):
        p.bar(f"{name}  -  {role}", 9.0)
        p.f(7.6)
        p.cell(0, 3.8, extra, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        rows = [[c, d, q, n2(v)] for c, d, q, v in lines] + [["", "Expected total, this provider", "", n2(sub)]]
        p.table(["Service code", "What it is", "Qty", "Expected charge (USD)"], rows, [26, 104, 20, W - 150],
                size=8.4, aligns=["L", "L", "C", "R"], bold_last=True, row_h=5.2)
    p.scorecard([("Facility and surgeon", usd(t_fac), prov), ("Anesthesia", usd(t_co), co),
                 ("Total estimate", usd(total), "all providers above")], size=13, heavy=2)
    p.para("**Please read.** This is an estimate, not a bill. It lists only the care we expect to give on the day of "
           "your surgery; it does not include care you may need later or care we could not foresee. If a bill from "
           "any provider on this estimate comes to $400 or more above that provider's total here, you can ask for a "
           "federal patient-provider dispute. Start it within 120 calendar days after the date on that provider's "
           "first bill; there is a $25 fee. Asking for a dispute will not change the care you get.", 8.6)
    p.para(f"Your patient number is printed in box 3 and at our front desk (patient numbers look like SSC-000000). "
           f"Questions: call the estimates desk and give the estimate number.", 8.6)
    t = truth("other", None, insurer=None, member_name=patient, cases=[], claim_amount=m2(total),
              service_dates=[sched.isoformat()], denial_date=gd.isoformat(), provider=prov,
              alternates={"case_numbers": [[gfe_no]], "claim_amount": [None, m2(t_fac)],
                          "provider": [f"Dr. {surgeon}"]},
              unscored=["insurer"])
    return out(p), t


# --- P2: extra charges justified (fax) ----------------------------------------------------------------------------
def faxstd_justified(rng):
    patient, gi, officer = people(rng, 3)
    prov, path = "Thornbury Heights Endoscopy Center", "Corrie Hill Pathology Associates"
    fed, case = fed_no(rng), case_no(rng, "O")
    svc = dt.date(2026, 2, 19)
    gfe_d = dt.date(2026, 2, 4)
    bill_d = dt.date(2026, 3, 11)
    started = dt.date(2026, 3, 30)
    nd = workday(dt.date(2026, 5, rng.randint(11, 13)))
    gfe, billed = 1850.00, 3214.75
    fax = (f"MAY {nd.day:02d} 2026 {rng.randint(13, 16)}:{rng.randint(10, 59)}  FR QUARRYBROOK DR  "
           f"1-866-555-{digits(rng, 4)}  TO {digits(rng, 10)}  3 PGS INCL COVER  P.{{n}}")
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"QDR-D3 (01/26)   {case}", fax_hdr=fax)
    p.set_margins(17, 14, 17)
    p.add_page()
    _sdr_head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Re: {patient} / Federal dispute {fed} / Our case {case}**", 9.8, gap=3)
    p.para(f"Dear {patient.split()[0]} {patient.split()[-1]}:", 10)
    p.para(f"You disputed the bill {prov} sent you on {fdate(bill_d, 'long')} for your colonoscopy on "
           f"{fdate(svc, 'long')}. You started the dispute on {fdate(started, 'long')}. We are the dispute "
           f"resolution entity chosen for it, and this letter gives our decision.", 10)
    p.scorecard([("Estimate", usd(gfe), f"dated {yy(gfe_d)}"), ("Billed", usd(billed), f"bill of {yy(bill_d)}"),
                 ("Difference", usd(billed - gfe), "over the estimate"),
                 ("Amount set", usd(billed), "what you owe")], size=13, heavy=3)
    p.para(f"The estimate covered a screening colonoscopy with no tissue taken. During the procedure Dr. {gi} found "
           "three polyps and removed them with a wire loop, and two samples went to the laboratory. The procedure "
           "notes and photographs the center sent show that leaving the polyps would have meant a second procedure "
           "and a risk to your health, and nobody could have known they were there when the estimate was written. "
           "We compared the center's charges for the added work with what providers in your area are usually paid "
           "for the same work, and the charges are not higher than that.", 10)
    p.para(f"So the amount you owe the center for this care is the full bill, {usd(billed)}. The $25 fee you paid "
           f"to start the dispute is not returned. The laboratory's own bill from {path} was not part of this "
           "dispute.", 10)
    p.para("This decision is binding on you and the center. A court can set it aside only in rare cases, for "
           "example if it was obtained by fraud. The center may again send you bills for this care and may charge "
           "late fees only from today. If you cannot pay it at once, ask the center about a payment plan or its "
           "financial help program.", 10)
    p.para(f"Sincerely,\n\n{officer}\nDispute officer, {SDR}", 10)
    t = truth("denial_letter", "other", insurer=SDR, member_name=patient, cases=[fed, case], claim_amount=m2(billed),
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "provider": [f"Dr. {gi}"]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


# --- P3: started after 120 days ----------------------------------------------------------------------------------
def lowres_late(rng):
    patient, officer, md = people(rng, 3)
    prov = "Cressley Valley Hospital"
    fed, case = fed_no(rng), case_no(rng, "S")
    a, b = dt.date(2026, 1, 31), dt.date(2026, 2, 1)
    old = dt.date(2025, 12, 9)
    bill_d = dt.date(2026, 2, 13)
    day120 = plus(bill_d, 120)
    started = plus(bill_d, rng.randint(130, 136))
    nd = workday(plus(started, rng.randint(8, 11)))
    contest = plus(nd, 14)
    gfe, billed = 3925.00, 6482.30
    p = EESheet(footer="Page {n} of {nb}", footer_left="QDR-N1 (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _sdr_head(p, rng, box="Notice: dispute not accepted")
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(nd, "slash"), "Notice date"), (patient, "Patient"), (fed, "Federal dispute no."),
             (prov, "Provider in dispute")], [32, 44, 40, W - 116])
    p.under([(span_yy(a, b), "Dates of service"), (usd(billed), "Billed"), (usd(gfe), "Estimate"),
             (fdate(bill_d, "slash"), "First bill dated")], [44, 32, 32, W - 108])
    p.para(f"**{case} (case no.)**", 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.steps_left([(fdate(old, "abbr"), "Earlier clinic visit (not part of this dispute)"),
                  (fdate(bill_d, "abbr"), "Date printed on the hospital's first bill"),
                  (fdate(day120, "abbr"), "Day 120 after that date"),
                  (fdate(started, "abbr"), "Your dispute reached the federal system"),
                  (fdate(nd, "abbr"), "This notice")],
                 [f"Dear {patient.split()[0]} {patient.split()[-1]},",
                  f"Thank you for telling us about the bill from {prov} for your observation stay that began on "
                  f"{fdate(a, 'long')} and ended the next day, under the care of Dr. {md}. The bill was "
                  f"{usd(billed - gfe)} above your good faith estimate, which is more than enough for a dispute.",
                  "A dispute has to be started within 120 calendar days after the date on the provider's first bill "
                  "for the care. The hospital's first bill is dated "
                  f"{fdate(bill_d, 'long')}, and your dispute reached the federal system on "
                  f"{fdate(started, 'long')}, {(started - bill_d).days} days later. We cannot decide it, and the "
                  "hospital's bill stands as sent.",
                  "If the first bill reached you much later than the date printed on it, or you started the dispute "
                  "earlier and have a confirmation, tell us. Send your proof so that it reaches us no later than "
                  f"{fdate(contest, 'long')}, and write the case number on every page. After that date this "
                  "notice is final."], side_w=52, size=9.2)
    p.para(f"{officer}\nIntake reviewer, {SDR}", 9.4)
    t = truth("denial_letter", "timely_filing", insurer=SDR, member_name=patient, cases=[fed, case],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=contest.isoformat(),
              alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "appeal_deadline": [None],
                          "provider": [f"Dr. {md}"], "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["eligibility"])
    return out(p), t


def span_yy(a, b):
    return f"{yy(a)} - {yy(b)}"


# --- P4: part of the extra justified -----------------------------------------------------------------------------
def photocopy_partial(rng):
    patient, hem, officer = people(rng, 3)
    prov = "Brightholm Infusion Suites"
    fed, case = fed_no(rng), case_no(rng, "G")
    days = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17), dt.date(2026, 3, 24)]
    bill_d = dt.date(2026, 4, 9)
    nd = workday(dt.date(2026, 6, rng.randint(2, 4)))
    per_g, per_b = 720.00, 1153.10
    gfe, billed = per_g * 4, per_b * 4
    setamt = 3540.00
    W = 215.9 - 32
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"QDR-D2 (01/26)   case {case}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _sdr_head(p, rng, box="Dispute decision")
    p.wrapbox([("Case no.", [case[:6], case[6:]], 19), ("Federal dispute no.", [fed_spaced(fed)], 38),
               ("Decision date", [fdate(nd, "slash")], 28), ("Patient", [patient], 52),
               ("Provider", [prov], W - 137)], size=8.8)
    p.para(f"Dear {patient}:", 9.8)
    p.para(f"{prov} gave you a good faith estimate for four iron infusions ordered by Dr. {hem}. Its bill of "
           f"{fdate(bill_d, 'long')} came to {usd(billed)}, {usd(billed - gfe)} more than the estimate. Each visit "
           "is below as the bill lists it.", 9.8)
    rows = [[yy(d), f"Iron infusion, visit {i + 1}", "96365 / J-code", n2(per_g), n2(per_b), n2(per_b - per_g)]
            for i, d in enumerate(days)]
    p.table(["Date", "Service", "Codes", "Estimate", "Billed", "Over estimate"], rows, [22, 50, 30, 25, 25, W - 152],
            size=8.6, aligns=["L", "L", "L", "R", "R", "R"])
    p.set_y(p.get_y() - 2)
    p.f(8.6, "B")
    for c, w, a in zip(["", "Totals", "", n2(gfe), n2(billed), n2(billed - gfe)], [22, 50, 30, 25, 25, W - 152],
                       ["L", "L", "L", "R", "R", "R"]):
        p.cell(w, 5.6, c, border=1, align=a)
    p.ln(8)
    p.para("After your first infusion you had a reaction, and the doctor changed you to a different iron medicine "
           "for the other three. The records show the change was needed and could not have been planned when the "
           "estimate was written, so part of the higher charge is fair. The center also billed a separate nurse "
           "observation fee for every visit, which was not new and should have been in the estimate; that part is "
           "not allowed.", 9.8)
    p.scorecard([("Estimate", usd(gfe), ""), ("Billed", usd(billed), ""), ("Amount set", usd(setamt), "by this decision"),
                 ("You owe", usd(setamt - 25), "after the $25 fee credit")], size=12.5, heavy=3)
    p.para(f"Because the amount set is lower than the bill, the center must take the $25 fee you paid off what you "
           f"owe and send you a corrected bill for {usd(setamt - 25)}. This decision is binding on both of you.",
           9.8)
    p.para(f"{officer}, dispute officer", 9.6)
    t = truth("denial_letter", "other", insurer=SDR, member_name=patient, cases=[case, fed], claim_amount=m2(billed),
              service_dates=[f"{days[0].isoformat()}/{days[-1].isoformat()}"], denial_date=nd.isoformat(),
              provider=prov,
              alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "provider": [f"Dr. {hem}"],
                          "service_dates": [[d.isoformat() for d in days]]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


# --- P5: Spanish, under $400 -------------------------------------------------------------------------------------
def phone_es_under400(rng):
    patient, officer, oft = people(rng, 3, es=True)
    prov = "Alameda Roja Eye Surgery Center"
    fed, case = fed_no(rng), case_no(rng, "B")
    svc = dt.date(2026, 4, 9)
    bill_d = dt.date(2026, 4, 30)
    nd = workday(dt.date(2026, 6, rng.randint(15, 17)))
    gfe, billed = 3150.00, 3498.75
    W = 215.9 - 34
    p = EESheet(footer="Página {n} de {nb}", footer_left="QDR-N2-SP (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(SDR, "QDR", ["Entidad seleccionada para resolver disputas entre pacientes y proveedores",
                        f"PO Box {rng.randint(2200, 2999)}, Salem, OR 97308  |  1-866-555-{digits(rng, 4)} (español)"],
           size=12.5)
    p.line(es_date(nd), 10)
    p.ln(2)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"**{case} (n.º de caso)**   |   disputa federal {fed}", 9.6)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"Recibimos su disputa sobre la factura de {prov} por su cirugía de catarata del ojo izquierdo, hecha "
           f"por {oft} (cirugía de ojos) el {es_wday(svc)}. Revisamos la estimación de buena fe y la factura que usted nos "
           f"mandó.", 10)
    p.table(["Documento", "Fecha", "Cantidad"],
            [["Estimación de buena fe", es_date(dt.date(2026, 3, 19)), es_usd(gfe)],
             ["Factura del centro", es_date(bill_d), es_usd(billed)],
             ["Diferencia", "", es_usd(billed - gfe)]], [70, 55, W - 125], size=9.0, aligns=["L", "L", "R"],
            bold_last=True)
    p.para(f"La factura es de {es_after(billed)}, es decir {es_after(billed - gfe)} más que los "
           f"{es_after(gfe)} de la estimación. Este proceso solo puede revisar una factura que pasa la estimación "
           "de ese proveedor por 400 dólares o más. Como la diferencia es menor, no podemos abrir la disputa y la "
           "factura queda como el centro la envió.", 10)
    p.para("Si el centro le manda otra factura por esta misma cirugía y el total llega a 400 dólares o más por encima "
           "de la estimación, puede iniciar una nueva disputa dentro de los 120 días calendario siguientes a la "
           "fecha de esa factura. También puede pedir al centro un plan de pagos o su programa de ayuda financiera.",
           10)
    p.para(f"Atentamente,\n{officer}\n{SDR}", 9.8)
    t = truth("denial_letter", "eligibility", insurer=SDR, member_name=patient, cases=[case, fed],
              claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              lang="es",
              alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "provider": [oft]},
              denial_alternates=["other"])
    return out(p), t


# --- P6: patient pays the estimate (rotated) -------------------------------------------------------------------
def rotated_patient_wins(rng):
    patient, officer, md = people(rng, 3)
    prov = "Kestrelmoor Sleep Diagnostics"
    fed, case = fed_no(rng), case_no(rng, "Z")
    svc = dt.date(2026, 3, 23)
    bill_d = dt.date(2026, 4, 14)
    called = dt.date(2026, 5, 27)
    nd = workday(dt.date(2026, 6, rng.randint(22, 24)))
    gfe, billed = 1620.00, 3460.00
    owe = gfe - 25
    W = 215.9 - 36
    p = EESheet(footer="Page {n} of {nb}", footer_left="QDR-D1 (01/26)", strip=f"Case {case}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _sdr_head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 7, "Decision on your bill dispute", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.hung([(fdate(nd, "abbr"), "Decision date", 34), (fed_spaced(fed), "Federal dispute number", 40),
            (case, "Case", 32), (patient, "Patient", W - 106)], size=9.2)
    p.hung([(prov, "Provider in dispute", 64), (f"{short_wd(svc)} (overnight)", "Service", 52),
            (usd(billed), "Billed", 30), (usd(gfe), "Estimate", W - 146)], size=9.2)
    for ln in [patient, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {patient.split()[0]} {patient.split()[-1]}:", 9.8)
    p.para(f"You asked for a decision on the bill {prov} sent you on {fdate(bill_d, 'long')} for your overnight "
           f"sleep study on {fdate(svc, 'long')}, ordered by Dr. {md}. We asked the provider for the papers that "
           f"would explain why the bill is {usd(billed - gfe)} more than your estimate. None came in the time the "
           "rules allow, and nothing else in the file shows that the added charges were for care that could not "
           "have been foreseen.", 9.8)
    p.para(f"**Our decision:** you owe {prov} the amount of your estimate, {usd(gfe)}, less the $25 you paid to "
           f"start the dispute: **{in_words(owe)} ({usd(owe)})**.", 10)
    p.para(f"When you called us on {fdate(called, 'long')} (call reference 7781-C{rng.randint(10, 99)}), you asked "
           "whether you must keep paying the provider while you wait. You do not have to pay more than the amount "
           "above.", 9.6)
    p.add_page()
    p.bar("What happens now")
    p.para("The provider must send you a corrected bill for the amount above. If you already paid more than that, "
           "it must give the difference back to you. It may not send this bill to a collection agency or add late "
           "fees for the time the dispute was open.", 9.8)
    p.bar("Is this decision final?")
    p.para("Yes. The decision binds you and the provider. It can be set aside only in rare cases such as fraud or "
           "a false statement to us. If the provider does not follow it, call the federal No Surprises help desk "
           "or write to us with the case number.", 9.8)
    p.bar("Papers we reviewed")
    p.bullets([f"Good faith estimate from {prov}, {usd(gfe)} for one overnight study (CPT 95810)",
               f"Bill dated {fdate(bill_d, 'slash')}, {usd(billed)}, listing 95811 and a room charge",
               "Your statement that you were not told of any change before the study"], size=9.2)
    p.para(f"{officer}\nDispute officer", 9.6)
    t = truth("other", None, insurer=SDR, member_name=patient, cases=[fed, case], claim_amount=m2(billed),
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "provider": [f"Dr. {md}"]})
    return out(p), t


# --- P7: stack: hospital bill, then not self-pay -----------------------------------------------------------------
def stack_not_self_pay(rng):
    patient, gi, officer = people(rng, 3)
    prov = "Wendling Cross Medical Center"
    plan = "Harwick Mutual Health"
    ins_id = "HMH" + digits(rng, 8)
    acct = f"{digits(rng, 2)}-{digits(rng, 6)}"
    svc = dt.date(2026, 3, 12)
    sd = dt.date(2026, 4, 8)
    fed, case = fed_no(rng), case_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(18, 20)))
    lines = [("43239", "Upper GI endoscopy with biopsy, facility", 2610.00),
             ("00731", "Anesthesia, upper GI endoscopy", 760.00),
             ("88305", "Tissue exam, surgical pathology (2)", 542.60)]
    charges = sum(x[2] for x in lines)
    plan_paid, adj = 1988.14, 706.10
    bal = charges - plan_paid - adj
    addr = address(rng)
    # the hospital's statement
    a = EESheet(footer="Page {n} of {nb}", footer_left=f"Statement  |  account {acct}")
    a.set_margins(15, 13, 15)
    a.add_page()
    a.head(prov, "WCMC", ["Patient Business Office  |  400 Basalt Ridge Dr, Bend, OR 97701",
                          f"Billing questions {phone(rng, '541')}  |  Mon-Fri 8-5"], box="Patient statement")
    W = a.w - a.l_margin - a.r_margin
    a.capstrip([("Statement date", short_wd(sd)), ("Patient", patient), ("Account no.", acct),
                ("Amount due", usd(bal))], [34, 60, 40, W - 134])
    a.ln(2)
    a.capstrip([("Guarantor", patient), ("Primary insurance", plan), ("Insurance ID", ins_id),
                ("Pay by", fdate(plus(sd, 25), "slash"))], [50, 52, 44, W - 146])
    a.ln(3)
    rows, run = [], 0.0
    for c, d, v in lines:
        run += v
        rows.append([short_wd(svc), c, d, n2(v), "", n2(run)])
    run -= plan_paid
    rows.append([short_wd(plus(sd, -9)), "", f"{plan} payment", "", f"({n2(plan_paid)})", n2(run)])
    run -= adj
    rows.append([short_wd(plus(sd, -9)), "", f"{plan} contractual adjustment", "", f"({n2(adj)})", n2(run)])
    a.ledger(["Date", "Code", "Description", "Charges", "Payments / adj.", "Balance"], rows,
             [22, 14, 74, 24, 28, W - 162], aligns=["L", "L", "L", "R", "R", "R"], size=8.2,
             totals=["", "", "Totals", n2(charges), f"({n2(plan_paid + adj)})", n2(bal)])
    a.para(f"Dr. {gi} performed your procedure on {fdate(svc, 'long')}. Your plan has processed this visit; the balance is your share under "
           "your plan. If you have questions about what your plan paid, call the member number on your plan card.",
           8.8)
    a.stub("Return this part with your payment", [("Statement date", fdate(sd, "slash")), ("Account no.", acct),
                                                   ("Patient", patient), ("Amount due", usd(bal)),
                                                   ("Amount enclosed", "")], widths=[30, 30, 56, 30, W - 146])
    d_a = (out(a), truth("other", None, insurer=None, member_id=ins_id, member_name=patient, cases=[],
                         claim_amount=m2(charges), service_dates=[svc.isoformat()], denial_date=sd.isoformat(),
                         provider=prov, alternates={"member_id": [None], "provider": [f"Dr. {gi}"]},
                         unscored=["insurer"]))
    # the entity's notice
    b = EESheet(footer="Page {n} of {nb}", footer_left="QDR-N3 (01/26)", strip=f"{case}  |  page {{n}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _sdr_head(b, rng)
    b.letter_with_ticket([patient, *addr],
                         [(fdate(nd, "long"), "date of notice"), (case, "case no."), (fed, "federal dispute no."),
                          (usd(charges), "charges on the bill"), (short_wd(svc), "date of service")], w=72, size=8.8)
    b.para(f"Re: {patient}  \u2022  {prov}  \u2022  account {acct}  \u2022  dispute {fed}", 9.4, gap=3)
    b.para(f"Dear {patient.split()[0]} {patient.split()[-1]}:", 9.8)
    b.para(f"You asked for a dispute over the statement {prov} sent you for your procedure on "
           f"{fdate(svc, 'long')}. The dispute process you used is only for people who have no health coverage for "
           "the care or who chose to pay for it themselves without billing their plan.", 9.8)
    b.para(f"The statement you sent shows that the center billed {plan} for this visit and that the plan paid "
           f"{usd(plan_paid)} and took an adjustment of {usd(adj)}. Because your plan was billed, you were not a "
           "self-pay patient for this care, and we cannot go on with the dispute. The center's charges were not "
           "reviewed.", 9.8)
    b.para("We have told the center that the dispute is closed. The $25 fee you paid to start it was for the "
           "review of a self-pay bill; because no review could be made, call the federal No Surprises help desk "
           "about it and give them the federal dispute number above.", 9.8)
    b.add_page()
    b.bar("What you can do instead")
    b.para(f"Your plan's explanation of benefits shows how it counted this visit. If you think the plan paid too "
           f"little, you can ask {plan} to review the claim; its letter tells you how and by when. If you think the "
           "center billed you for something it should not have, call its business office first.", 9.8)
    b.para("If you had another bill from this center for care you paid for yourself without your plan, you may "
           "start a new dispute about that bill.", 9.8)
    b.para(f"{officer}\nIntake reviewer, {SDR}", 9.6)
    d_b = (out(b), truth("denial_letter", "eligibility", insurer=SDR, member_name=patient, cases=[case, fed],
                         claim_amount=m2(charges), service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
                         provider=prov,
                         alternates={"insurer": SDR_ALT, "case_numbers": [[fed], [case]], "provider": [f"Dr. {gi}"]},
                         denial_alternates=["other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "bd_good_faith_estimate_hernia_repair_two_providers", "born_digital", [bd_estimate(rng)]),
        Item(F + "faxstd_decision_polyp_removal_extra_charges_justified", "fax_standard_g4",
             [faxstd_justified(rng)]),
        Item(F + "lowres_notice_dispute_started_after_120_days_observation_stay", "scan_lowres_150",
             [lowres_late(rng)]),
        Item(F + "photocopy_decision_iron_infusions_part_of_extra_justified", "photocopy", [photocopy_partial(rng)]),
        Item(F + "phone_es_aviso_cirugia_catarata_menos_de_400_sobre_estimado", "phone_photo",
             [phone_es_under400(rng)]),
        Item(F + "rotated_decision_sleep_study_patient_pays_estimate", "rotated", [rotated_patient_wins(rng)]),
        Item(F + "scan300_stack_hospital_bill_duplex_then_not_self_pay_notice_upside_down", "scan_clean_300",
             stack_not_self_pay(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
