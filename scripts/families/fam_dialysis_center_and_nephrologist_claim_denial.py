"""An invented commercial plan (Kessling Creek Health Plan) deciding the claims of an outpatient dialysis centre
(Oakhaven Renal Care Center) and of the nephrologists who see its patients (Fennimore Nephrology Associates), with
both parties' papers. CPT / HCPCS codes, CARC / RARC codes and Medicare's 30-month coordination period for people
with kidney failure appear as themselves; the plan, its rules and time limits, the centre, the group, the hospital,
every doctor, person, number and address are invented. Several letters go to the member's spouse or authorised
representative; the truth's member is the patient.

Documents (8 in 7 files):
- faxstd_member_eob_five_claims_centre_month_medicare_first: a member EOB on a standard fax, five claims in rows
  (From and Thru in two columns); the centre's April claim pays 0.00 under CARC 22 (the 30-month coordination period
  ended, Medicare pays first) while the March claims (centre, nephrologist, lab, office visit) are paid (other).
- faxstd_provider_claim_notice_home_training_no_approval: a provider claim notice to the centre on a standard fax
  with small abbreviated captions ("PT NAME", "MBR #", "DOS", "AMT BILLED", "REF NO.", "ORDERING MD"); home
  hemodialysis training sessions given with no approval (prior_authorization); pharmacist, dietitian, NPI, tax ID,
  EFT trace decoys.
- phone_es_nefrologo_fuera_de_red_esposa: a photographed Spanish letter to the patient's wife: the nephrologist's
  monthly ESRD services are out of network while the centre is in network (out_of_network).
- rotated_centre_statement_to_spouse: the centre's statement to the spouse (guarantor) "dates of service: ... - ...",
  fed sideways (denies nothing).
- lowres_fourth_weekly_treatment_not_needed_dr_asked: a 150 dpi prose letter to the daughter (authorised
  representative): "Dr. ... asked us to approve" a fourth weekly treatment "from ... through ..." (medical_necessity);
  the doctor appears only in that sentence.
- photocopy_claim_form_nephrologist_hospital_visits_late: a photocopied claim determination form with abbreviated
  captions: the nephrologist's inpatient dialysis visits billed after 180 days (timely_filing).
- clean300_stack_appeal_upheld_inpatient_days_then_coding_letter_upside_down: an appeal decision keeping the refusal
  of the nephrologist's inpatient dialysis visits on three hospital days (outpatient treatment at the centre would
  have done: level_of_care), its duplex back,
  then (upside down) a letter refusing the nephrologist's monthly code billed for more visits than were made
  (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "dialysis_center_and_nephrologist_claim_denial"
LANG = "en"
SEED = 353601
INS = "Kessling Creek Health Plan"
ALT = ["Kessling Creek"]
PLAN = "Kessling Creek Choice PPO 1500"
GROUP = "KC-318540"
CENTRE = "Oakhaven Renal Care Center"
NEPH = "Fennimore Nephrology Associates"
HOSP = "Marlowe Crossing Medical Center"


def kid(rng):
    return f"KCW{digits(rng, 9)}"


def icn(rng):
    return f"E{digits(rng, 12)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  {phone(rng)}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def month_end(d):
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def faxstd_eob(rng):
    patient, spouse, neph, labdoc = people(rng, 4)
    mid = kid(rng)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    m3, m4 = dt.date(2026, 3, 1), dt.date(2026, 4, 1)
    rows, den = [], None
    specs = [("P", CENTRE, f"Dr. {neph}", m3, month_end(m3), "Hemodialysis, 13 treatments (rev 0821)", 5200, 7100),
             ("P", NEPH, f"Dr. {neph}", m3, month_end(m3), "ESRD monthly services 90960", 480, 720),
             ("P", "Prairie Gate Reference Lab", labdoc, plus(m3, 9), plus(m3, 9), "Monthly renal panel 80069", 60,
              120),
             ("D", CENTRE, f"Dr. {neph}", m4, month_end(m4), "Hemodialysis, 13 treatments (rev 0821)", 5200, 7100),
             ("P", NEPH, f"Dr. {neph}", plus(m3, 19), plus(m3, 19), "Office visit 99214", 180, 260)]
    for kind, bill, att, a, b, svc, lo, hi in specs:
        n = icn(rng)
        billed = amount(rng, lo, hi)
        if kind == "D":
            rows.append([n, bill, att, fdate(a, "slash"), fdate(b, "slash"), svc, money(billed, "nosign"), "0.00",
                         "0.00", "22"])
            den = (n, billed, a, b)
        else:
            al = round(billed * rng.uniform(0.45, 0.6), 2)
            rows.append([n, bill, att, fdate(a, "slash"), fdate(b, "slash"), svc, money(billed, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), money(round(al * 0.2, 2), "nosign"), "A1"])
    fax = (f"{fdate(plus(sd, 3), 'slash')} 09:{rng.randint(10, 59)}  FROM: {phone(rng, '402')}  "
           "TO: OAKHAVEN BILLING  P{n}")
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("PATIENT", patient), ("MBR #", mid), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STMT DATE", fdate(sd, "long"))], [52, 38, 30, 70, 69])
    p.capstrip([("SUBSCRIBER", spouse), ("DOB", fdate(dt.date(rng.randint(1950, 1975), rng.randint(1, 12),
                                                             rng.randint(1, 28)), "slash")),
                ("PLAN YEAR", "01/01/2026 - 12/31/2026"), ("ESRD COORD. PERIOD ENDED", "03/31/2026"),
                ("MEDICARE (MBI) ON FILE", "Yes")], [52, 30, 55, 60, 62])
    p.ln(3)
    p.table(["Claim no.", "Billed by", "Attending", "From", "Thru", "Service", "Amt billed", "Plan paid", "You owe",
             "Note"], rows, [28, 50, 34, 19, 19, 56, 18, 17, 15, 9], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para("**Notes.** A1: paid under your plan. 22 (CARC 22, RARC MA04): this care may be covered by another payer. "
           "Because you have kidney failure and Medicare, this plan paid first only during the 30-month coordination "
           "period, which ended on the date shown above. From that date Medicare pays first; the centre should bill "
           "Medicare and then send us the claim with Medicare's payment. You do not owe the centre this amount now.",
           8.2)
    p.para("**Your rights.** You may appeal within 180 days of the statement date. Urgent appeals are decided "
           "within 72 hours. External review: within 4 months of our final decision.", 8.2)
    n, billed, a, b = den
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sd.isoformat(), provider=CENTRE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [neph], "plan_id": [None]}, denial_alternates=["eligibility"])
    return out(p), t


def faxstd_provider(rng):
    patient, neph, pharm, diet, nurse = people(rng, 5)
    mid = kid(rng)
    a = dt.date(2026, 3, rng.randint(2, 9))
    b = plus(a, 18)
    nd = plus(b, rng.randint(25, 35))
    n = icn(rng)
    other = icn(rng)
    billed = round(12 * amount(rng, 180, 240), 2)
    fax = f"{fdate(nd, 'slash')} 16:{rng.randint(10, 59)}  KCHP PROVIDER SVCS  {phone(rng, '402')}  PG {{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 13, "B", align="C")
    p.line("KC-PCN-3 (rev. 10/2025)", 7, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("PAYEE", CENTRE), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("NPI", npi(rng)),
                 ("NOTICE DT", fdate(nd, "slash"))], [70, 36, 36, W - 142], cap=5.4)
    p.form_band([("PT NAME", patient), ("MBR #", mid), ("GRP", GROUP), ("REF NO.", n)],
                [58, 42, 30, W - 130], cap=5.4)
    p.form_band([("DOS", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("CPT", "90993 x 12"),
                 ("AMT BILLED", money(billed, "nosign")), ("AMT PAID", "0.00"), ("CARC/RARC", "197 / N54")],
                [52, 28, 34, 28, W - 142], cap=5.4)
    p.form_band([("ORDERING MD", f"Dr. {neph}"), ("GROUP PRACTICE", NEPH), ("TRAINING RN", nurse)],
                [56, 70, W - 126], cap=5.4)
    p.form_band([("EFT TRACE", digits(rng, 11)), ("OTHER CLAIM THIS REMIT", f"{other} (paid)")], [60, W - 60], cap=5.4)
    p.ln(3)
    p.section("A", "Reason")
    p.para("The centre billed twelve home hemodialysis training sessions. Under the member's plan, training for "
           "home dialysis needs our approval before the first session. We have no approval on file for these "
           f"dates (CARC 197: precertification absent; RARC N54). The in-centre treatments on claim {other} were "
           "paid. The member may not be billed for these sessions.", 9)
    p.para(f"ESA doses on the same claim were checked by our pharmacist, {pharm}, PharmD; no change. The centre's "
           f"renal dietitian, {diet}, is listed on the plan of care.", 9)
    p.section("B", "Reconsideration")
    p.para("Send a written request with the approval or the records within 90 days of the notice date. Fast "
           f"reviews: 72 hours. Provider line {phone(rng)}.", 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=CENTRE, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [neph], "service_dates": [[a.isoformat(), b.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    patient, wife, neph, sig = people(rng, 4)
    mid = kid(rng)
    m = dt.date(2026, 2, 1)
    e = month_end(m)
    nd = dt.date(2026, 4, rng.randint(6, 20))
    n = icn(rng)
    billed = amount(rng, 520, 780)
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Asunto: su esposo, {patient}    Miembro: {mid}    Reclamo: {n}", 9.6)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Usted nos pidió que le escribiéramos sobre los servicios de su esposo. El Dr. {neph}, de {NEPH}, nos "
           f"cobró {money(billed)} por los servicios mensuales de diálisis (código 90960) del "
           f"{fdate(m, 'long', 'es')} al {fdate(e, 'long', 'es')}.", 10)
    p.para(f"{CENTRE}, donde su esposo recibe la diálisis, sí está en nuestra red y sus reclamos se pagaron. Pero "
           f"el Dr. {neph} y su grupo no tienen contrato con nosotros, y el plan de su esposo no paga a médicos "
           "fuera de la red salvo en una emergencia o con nuestra aprobación previa. Podemos ayudarle a encontrar "
           "un nefrólogo de la red que atienda en el mismo centro.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{m.isoformat()}/{e.isoformat()}"],
              denial_date=nd.isoformat(), provider=neph, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [NEPH]})
    return out(p), t


def rotated_statement(rng):
    patient, spouse, neph, sw = people(rng, 4)
    mid = kid(rng)
    m = dt.date(2026, 5, 1)
    e = month_end(m)
    sd = plus(e, rng.randint(35, 45))
    acct = f"OR{digits(rng, 7)}"
    b1, b2 = amount(rng, 5400, 7000), amount(rng, 300, 650)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.44, 2)
    adj = round(tot * 0.47, 2)
    bal = round(tot - paid - adj, 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CENTRE, "ORC", [f"{rng.randint(100, 9800)} Saltillo Rd, Lincoln NE 68516-{digits(rng, 4)}  |  "
                                f"Patient Accounts {phone(rng, '402')}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [spouse, *address(rng)], "Please remit to",
                [f"{CENTRE} - Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", "Lincoln NE 68501"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Nephrologist", f"Dr. {neph}"), ("Insurance", f"{INS}  {mid}"), ("Social worker", sw)]], size=8.4)
    p.para(f"Dates of service: {fdate(m, 'slash')} - {fdate(e, 'slash')}", 9.4)
    p.table(["Code", "Description", "Charges", "Credits"],
            [["0821", "Hemodialysis, outpatient, 13 treatments", money(b1, "nosign"), ""],
             ["0634", "ESA injections", money(b2, "nosign"), ""],
             ["", "Total charges", money(tot, "nosign"), ""],
             ["", f"{INS} payment {fdate(plus(sd, -8), 'slash')}", "", money(paid, "nosign")],
             ["", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "AMOUNT DUE (coinsurance)", money(bal), ""]],
            [20, 100, 27, 32.9], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share for this month. The amount due is the coinsurance your insurer "
           "reported. Ask our social worker about payment help.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[f"{m.isoformat()}/{e.isoformat()}"], denial_date=sd.isoformat(), provider=CENTRE,
              unscored=["insurer"], alternates={"provider": [neph], "member_id": [None]})
    return out(p), t


def lowres_fourth(rng):
    patient, daughter, neph, reviewer, sig = people(rng, 5)
    mid = kid(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    a = dt.date(2026, 6, 1)
    b = dt.date(2026, 8, 31)
    req = f"UM{digits(rng, 9)}"
    p = DSSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, "Authorized representative for " + patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are on file as your father's authorized representative, so we are writing to you. Dr. {neph} "
           f"asked us to approve a fourth hemodialysis treatment each week at {CENTRE} from {fdate(a, 'long')} "
           f"through {fdate(b, 'long')}. We gave the request the number {req}. Member ID: {mid}.", 10)
    p.para("We said no. The lab results sent with the request show your father's treatments clear enough waste "
           "with three treatments a week, and his fluid gains between treatments are within the range the plan's "
           "guideline allows. A fourth weekly treatment is not medically necessary now. If his labs or fluid "
           "status change, the doctor may ask again.", 10)
    p.para(f"A kidney doctor, Dr. {reviewer}, reviewed the request. You may appeal within 180 days of the date of "
           "this letter. If waiting could seriously harm his health, ask for a fast appeal; we decide those within "
           f"72 hours. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[req],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=neph,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTRE], "service_dates": [[a.isoformat()]]})
    return out(p), t


def photocopy_late(rng):
    patient, neph, hosp_doc = people(rng, 3)
    mid = kid(rng)
    a = dt.date(2026, 1, rng.randint(5, 14))
    b = plus(a, 3)
    rec = plus(b, rng.randint(190, 205))
    nd = plus(rec, rng.randint(5, 10))
    n = icn(rng)
    per = amount(rng, 160, 230)
    billed = round(per * 4, 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DETERMINATION NOTICE", 12.5, "B", align="C")
    p.line("KC-CDN-1 (rev. 06/2025)", 7, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NOTICE DT", fdate(nd, "dash")), ("PT NAME", patient), ("MBR #", mid), ("GRP", GROUP)],
               [34, 60, 44, W - 138], cap=5.2)
    p.capstrip([("REF NO.", n), ("RECD", fdate(rec, "dash")), ("BILLING PROV.", NEPH)], [46, 34, W - 80], cap=5.2)
    p.capstrip([("RENDERING MD", f"Dr. {neph}"), ("PLACE OF SVC", f"{HOSP} (inpatient)"),
                ("ADMITTING MD", f"Dr. {hosp_doc}")], [54, 80, W - 134], cap=5.2)
    p.ln(2)
    p.table(["DOS", "CPT", "Description", "AMT BILLED", "Status"],
            [[fdate(plus(a, i), "slash"), "90935", "Hemodialysis, single evaluation", money(per, "nosign"), "denied 29"]
             for i in range(4)] + [["", "", "Claim total", money(billed, "nosign"), ""]],
            [28, 18, 74, 30, W - 150], size=8.4, aligns=["L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"Dates of service: {fdate(a, 'slash')} - {fdate(b, 'slash')}. The group billed the dialysis visits "
           "Dr. " + neph + " made while the member was in the hospital. Our contract with the group allows 180 days "
           "from the date of service to send a claim. This claim was received after that time (box RECD), so it is "
           "denied (CARC 29: the time limit for filing has expired). The member may not be billed.", 9)
    p.para("The group may ask for reconsideration within 90 days of the notice date (box NOTICE DT) with proof of "
           "timely filing. External review: within 4 months of a final decision.", 9)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=neph, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [NEPH],
                          "service_dates": [[plus(a, i).isoformat() for i in range(4)]]},
              type_alternates=["eob"])
    return out(p), t


def stack_appeal_coding(rng):
    patient, neph, reviewer, sig, sig2 = people(rng, 5)
    mid = kid(rng)
    adm = dt.date(2026, 6, rng.randint(1, 12))
    a = plus(adm, 3)
    b = plus(a, 2)
    first = plus(b, rng.randint(30, 40))
    nd = plus(first, rng.randint(30, 40))
    n = icn(rng)
    ap = f"APL-26-{digits(rng, 6)}"
    billed = round(3 * amount(rng, 190, 260), 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals")
    p.line("APPEAL DECISION", 13, "B")
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Appeal number", ap), ("Claim", n), ("Member ID", mid), ("Group", GROUP)], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para(f"You asked us to look again at our decision of {fdate(first, 'long')} on the claim from {NEPH} for "
           f"{money(billed)}: Dr. {neph}'s dialysis visits (90935) while you stayed at {HOSP} from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}, after your heart monitoring ended. Dr. {neph} kept you in "
           "the hospital on those days so your dialysis could be done there.", 10)
    p.para(f"Our decision is unchanged. A nephrologist who was not part of the first decision, Dr. {reviewer}, "
           "read the records. From the first of those days you were stable and could walk; your treatments could "
           f"have been given as an outpatient at {CENTRE}, where you already had a chair three days a week. Dialysis "
           "in the hospital that an outpatient centre can give is not paid at the inpatient level, for the "
           "hospital or for the doctor's inpatient visits. The doctor's visits on the first days of the stay were "
           "paid.", 10)
    p.para("This was your last appeal with us. You may ask for an external review within 4 months of this letter. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit", 10)
    d1 = (out(p), truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid,
                        member_name=patient, cases=[ap, n], claim_amount=m2(billed),
                        service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
                        provider=neph, appeal_deadline=None,
                        alternates={"insurer": ALT, "provider": [NEPH], "case_numbers": [[ap], [n]],
                                    "service_dates": [[a.isoformat(), b.isoformat()]]},
                        denial_alternates=["medical_necessity"]))
    m = dt.date(2026, 7, 1)
    e = month_end(m)
    nd2 = plus(e, rng.randint(20, 30))
    n2 = icn(rng)
    b2 = amount(rng, 560, 760)
    q = DSSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", mid), ("Claim", n2), ("Billed by", NEPH)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"{NEPH} billed {money(b2)} for Dr. {neph}'s monthly kidney care for July (the visits you had from "
           f"{fdate(m, 'long')} through {fdate(e, 'long')}), using code 90960, which is for a month with four or "
           "more face-to-face visits.", 10)
    q.para("The centre's sign-in records show one visit by the doctor that month. The code billed does not match "
           "the care given (CARC 4 / RARC M144), so we did not pay this claim. The group may send a corrected claim "
           "with the code for one visit (90962). You do not owe anything for this claim now.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    d2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[n2],
                        claim_amount=m2(b2), service_dates=[f"{m.isoformat()}/{e.isoformat()}"],
                        denial_date=nd2.isoformat(), provider=neph, appeal_deadline=plus(nd2, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [NEPH]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_member_eob_five_claims_centre_month_medicare_first", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "faxstd_provider_claim_notice_home_training_no_approval", "fax_standard_g4",
             [faxstd_provider(rng)]),
        Item(F + "phone_es_nefrologo_fuera_de_red_esposa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_centre_statement_to_spouse", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_fourth_weekly_treatment_not_needed_dr_asked", "scan_lowres_150", [lowres_fourth(rng)]),
        Item(F + "photocopy_claim_form_nephrologist_hospital_visits_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "clean300_stack_appeal_upheld_inpatient_days_then_coding_letter_upside_down", "scan_clean_300",
             stack_appeal_coding(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
