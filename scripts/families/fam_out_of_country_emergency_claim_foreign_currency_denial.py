"""An invented commercial plan (Pennick Sound Health Plan) refusing claims for care received outside the United
States, the bills in euros (EUR) or Mexican pesos (MXN) with the amount converted to US dollars at a stated rate.
The plan pays care abroad only for an emergency or urgent illness while traveling, when the claim arrives within
180 days of the service with an itemized bill, a translation and proof of payment; planned care abroad is
excluded. The plan, its rules and rates, every hospital, clinic, doctor, person, number and address are invented;
CARC codes, the euro and the peso appear as themselves.

Documents (8 in 7 files):
- bd_eob_four_rows_valencia_follow_up_visit_not_emergency: a landscape member EOB of four claims, the foreign row
  billed in EUR with a USD column, Plan paid 0.00, CARC CO-204 only; a credit in parentheses on another row; plan
  year, deductible, DOB as decoys.
- faxstd_request_id_mazatlan_records_translation_not_received: a standard fax letter to the member, "Request ID"
  beside the claim number, letter ID and form number; a hospital stay in pesos "MXN 48,250.00 (USD ...)", the
  itemized bill, translation and proof of payment never sent.
- phone_spanish_oaxaca_claim_arrived_after_180_days: a photographed Spanish letter, a late claim for a clinic in
  Oaxaca ("llegó ... días después"), received date and exchange rate as decoys, dates written out.
- rotated_lisbon_clinic_invoice_insurer_declined_patient_pays: the Lisbon clinic's invoice for international
  patients in EUR (day-first dates "14.03.2026"), VAT number, "Insurer declined - amount now due from patient";
  denies nothing.
- lowres_prose_preservice_guadalajara_knee_replacement_not_able_to_approve: a pre-service letter with no labels,
  the request from a doctor in Guadalajara named in a sentence, a quote in pesos, "we are not able to approve".
- photocopy_appeal_upheld_dublin_stay_after_coverage_ended: an upheld appeal, "Grievance/Appeal No." and the
  claim number, admission and discharge dates in Dublin after the coverage end date; last internal level.
- clean300_stack_received_ack_duplex_then_duplicate_assistance_company_upside_down: a claim acknowledgment (denies
  nothing), the duplex back, then the same Cancun bill sent again by a travel assistance company refused as a
  duplicate, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "out_of_country_emergency_claim_foreign_currency_denial"
LANG = "en"
SEED = 352805
INS = "Pennick Sound Health Plan"
ALT = ["Pennick Sound"]
PLAN = "PSHP-PPO-3100"
GROUP = "58130-04"
EUR, MXN = 1.0842, 0.0549


def pid(rng):
    return f"PSW{digits(rng, 9)}"


def clm(rng):
    return f"{rng.randint(26, 26)}{digits(rng, 3)}-{digits(rng, 6)}"


def eur(v):
    return f"EUR {v:,.2f}"


def mxn(v):
    return f"MXN {v:,.2f}"


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Tacoma WA 984{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711  |  Outside the US call collect +1 253-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, d1, d2 = people(rng, 3)
    mid = pid(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    base = dt.date(2026, 3, rng.randint(2, 10))
    fx_eur = round(rng.randint(180, 340) + 0.5, 2)
    fx_usd = round(fx_eur * EUR, 2)
    src = [(plus(base, -20), f"Dr. {d1}", "99214 office visit", None),
           (base, "Dr. Lucia Ferrer Roig, Valencia ES", "Specialist follow-up (abroad)", fx_eur),
           (plus(base, 14), f"Dr. {d1}", "93000 ECG", None),
           (plus(base, 21), "Puget Hollow Imaging", "71046 chest x-ray", None)]
    deny = 1
    rows, claims, billed = [], [], []
    for i, (d, pv, svc, orig) in enumerate(src):
        c = fx_usd if orig else amount(rng, 60, 260)
        billed.append(c)
        n = clm(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, eur(orig), money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "CO-204"])
        elif i == 3:
            al = round(c * 0.6, 2)
            rows.append([n, fdate(d, "slash"), pv, svc, "-", money(c, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "0.00", "CO-45"])
        else:
            al = round(c * 0.72, 2)
            cop = 25.0 if i == 0 else 0.0
            rows.append([n, fdate(d, "slash"), pv, svc, "-", money(c, "nosign"), money(al, "nosign"),
                         money(al - cop, "nosign"), money(cop, "nosign"), "CO-45"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "abbr"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,000.00 of $2,000.00"),
                ("Date of birth", fdate(dt.date(rng.randint(1955, 1992), rng.randint(1, 12), rng.randint(1, 28)),
                                        "slash")),
                ("Prior credit applied", "(42.50)")])
    p.ln(3)
    p.table(["Claim #", "DOS", "Rendering provider", "Service", "Billed (currency)", "Billed USD", "Allowed",
             "Plan paid", "You owe", "Codes"], rows, [27, 19, 50, 44, 26, 20, 20, 20, 19, 14], size=7.9,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "L"])
    p.para(f"Amounts billed in another currency are converted to US dollars at the rate on the date of service "
           f"(1 EUR = {EUR} USD). **CO-204** This service is not covered under your current benefit plan: care "
           "outside the United States is paid only when you become ill or hurt while traveling and need care right "
           "away. A planned follow-up with a specialist during a trip does not meet that rule. **CO-45** Charge "
           "above the allowed amount; you do not owe it.", 8.4)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. External review: within 4 months of our final decision.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider="Lucia Ferrer Roig", appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(fx_eur)], "plan_id": [None]})
    return out(p), t


def faxstd_records(rng):
    patient, att = people(rng, 2)
    mid = pid(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    adm = dt.date(2026, 3, rng.randint(9, 20))
    dis = plus(adm, 2)
    pesos = 48250.00
    usd = round(pesos * MXN, 2)
    c = clm(rng)
    rid = f"RQ-{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%y')} 10:{rng.randint(10, 59)}  PSHP INTL CLAIMS  253-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left=f"Letter ID PS-{digits(rng, 8)}  |  Form PS-INTL-2")
    p.set_margins(18, 12, 18)
    p.add_page()
    _head(p, rng, "International Claims")
    p.line(fdate(nd, "long"), 9.8)
    p.ln(1)
    y = p.get_y()
    for ln in [patient, f"{rng.randint(100, 9800)} Harbor View Dr", f"Olympia WA 985{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.sidebar([("Request ID", rid), ("Claim #", c), ("Member ID", mid), ("Group", GROUP)], 128, y - 2, 66, size=8.4)
    p.set_xy(p.l_margin, max(p.get_y(), y + 34))
    p.ln(2)
    p.line("About your claim for care outside the United States", 11.5, "B")
    p.pairs([("Hospital", "Hospital San Jacinto de la Bahía, Mazatlán, Sinaloa, Mexico"),
             ("Attending", f"Dr. {att}"),
             ("Admitted / discharged", f"{fdate(adm, 'slash')} - {fdate(dis, 'slash')}"),
             ("Amount billed", f"{mxn(pesos)} (USD {usd:,.2f} at 1 MXN = {MXN} USD)"),
             ("Claim received", fdate(plus(adm, 30), "slash"))], label_w=44, size=9.2, h=5)
    p.ln(2)
    p.para(f"We wrote to you on {fdate(plus(adm, 38), 'long')} and asked for three things: the hospital's itemized "
           "bill, an English translation of it, and proof that you paid it (a card receipt or bank statement). We "
           "gave you 45 days. We have not received them, so we cannot pay this claim and have closed it.", 9.4)
    p.para("If you send the papers later, we will look at the claim again. You may also appeal within 180 days of "
           "the date of this letter. Mail or fax them with the Request ID shown above.", 9.4)
    p.para(f"International Claims Unit\n{INS}", 9.4)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=patient, cases=[rid, c],
              claim_amount=m2(usd), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider="Hospital San Jacinto de la Bahía", appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(pesos)], "provider": [att],
                          "case_numbers": [[rid], [c]]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    mid = pid(rng)
    sv = dt.date(2026, 1, rng.randint(5, 20))
    rcv = plus(sv, rng.randint(200, 215))
    nd = plus(rcv, rng.randint(8, 15))
    pesos = round(rng.randint(3200, 7900) + 0.0, 2)
    usd = round(pesos * MXN, 2)
    c = clm(rng)
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO DE ATENCIÓN FUERA DE LOS ESTADOS UNIDOS", 11, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "slash")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", c), ("Fecha del servicio", fdate(sv, "slash")),
                ("Reclamo recibido", fdate(rcv, "slash"))])
    p.para("Fechas: mes/día/año.", 8)
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos su reclamo por la consulta de urgencia con la Dra. {doc} en Clínica Tule Verde, Oaxaca, "
           f"México, el {fdate(sv, 'long', 'es')}. La clínica le cobró {mxn(pesos)}; al tipo de cambio de ese día "
           f"(1 MXN = {MXN} USD) son USD {usd:,.2f}.", 9.8)
    p.para(f"Su plan paga la atención fuera del país solo si el reclamo nos llega dentro de 180 días después de la "
           f"fecha del servicio. Su reclamo llegó el {fdate(rcv, 'long', 'es')}, más de 180 días después. Por eso "
           "no podemos pagarlo.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si tuvo una razón que le impidió enviar el reclamo a tiempo (por ejemplo, estuvo hospitalizado), "
           "explíquela. También puede pedir una revisión externa dentro de 4 meses después de nuestra decisión final.",
           9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[c], claim_amount=m2(usd), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider="Clínica Tule Verde", appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "claim_amount": [m2(pesos)], "provider": [doc]})
    return out(p), t


def rotated_invoice(rng):
    patient, doc = people(rng, 2)
    mid = pid(rng)
    sv = dt.date(2026, 3, rng.randint(13, 27))
    inv = plus(sv, rng.randint(45, 60))
    lines = [("Emergency consultation", round(rng.randint(140, 220) + 0.0, 2)),
             ("X-ray, wrist, 2 views", round(rng.randint(60, 110) + 0.0, 2)),
             ("Cast application, forearm", round(rng.randint(150, 260) + 0.0, 2))]
    tot = round(sum(v for _, v in lines), 2)
    iref = f"PS-INTL-{digits(rng, 6)}"
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head("Clínica Miradouro do Tejo", "CMT", [f"Rua das Janelas Verdes {rng.randint(10, 99)}, 1200-{digits(rng, 3)} "
                                                     f"Lisboa, Portugal  |  NIF {digits(rng, 9)}  |  +351 21 555 {digits(rng, 4)}"],
                box="INVOICE")
    p.pairs([("Invoice date", fdate(inv, "dmy")), ("Invoice no.", f"FT 2026/{digits(rng, 5)}"),
             ("Patient", patient), ("Date of treatment", sv.strftime("%d.%m.%Y")),
             ("Treating physician", f"Dr. {doc}"),
             ("Insurer on file", f"{INS}, member {mid}"),
             ("Insurer reference", iref)], label_w=42, size=9.2)
    p.ln(2)
    rows = [[sv.strftime("%d.%m.%Y"), d, "1", f"{v:,.2f}"] for d, v in lines]
    rows.append(["", "Total (VAT exempt, art. 9 CIVA)", "", f"{tot:,.2f}"])
    p.table(["Date", "Description", "Qty", "Amount EUR"], rows, [28, 100, 14, 38], size=8.6, bold_last=True,
            aligns=["L", "L", "C", "R"])
    p.para(f"Status: claim sent to your insurer; insurer declined payment. The amount of {eur(tot)} is now due from "
           f"the patient. For reference only: about USD {tot * EUR:,.2f} at today's rate. Pay by card on our website "
           "or by bank transfer (IBAN on request) within 30 days.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[iref], claim_amount=m2(tot),
              service_dates=[span(sv)], denial_date=inv.isoformat(), provider="Clínica Miradouro do Tejo",
              unscored=["insurer"], alternates={"claim_amount": [None], "provider": [doc], "case_numbers": [[]]})
    return out(p), t


def lowres_prose(rng):
    patient, surg, pcp = people(rng, 3)
    mid = pid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    planned = plus(nd, rng.randint(20, 35))
    seen = plus(nd, -rng.randint(30, 50))
    quote = 185000.00
    qusd = round(quote * MXN, 2)
    auth = f"AR{digits(rng, 8)}"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Authorization number {auth}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Juniper Ln", f"Bremerton WA 983{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received the request from Dr. {surg} at Hospital Real de Chapultepec in Guadalajara, Mexico, for a "
           f"total right knee replacement planned for {fdate(planned, 'long')}. The hospital's package quote is "
           f"{mxn(quote)} (about USD {qusd:,.2f}). Your own doctor, Dr. {pcp}, saw you on {fdate(seen, 'long')} "
           f"and your member number is {mid}.", 10)
    p.para("We are not able to approve this surgery. Your plan pays for care outside the United States only when you "
           "become ill or are hurt while you are traveling and need care right away. A surgery planned ahead and "
           "done abroad is not part of your benefits, even when it costs less. If you have the same surgery at a "
           "hospital in our network, it may be covered after review.", 10)
    p.para("You or Dr. " + surg.split()[-1] + " may appeal within 180 days of the date of this letter. If waiting "
           "would seriously harm your health, ask for a fast appeal, which we decide within 72 hours.", 10)
    p.para(f"Sincerely,\n\nCare Review Unit\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[auth],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Hospital Real de Chapultepec"], "service_dates": [[]],
                          "claim_amount": [m2(qusd), m2(quote)]},
              denial_alternates=["out_of_network"])
    return out(p), t


def photocopy_appeal(rng):
    patient, att, md = people(rng, 3)
    mid = pid(rng)
    nd = dt.date(2026, 8, rng.randint(10, 21))
    end = dt.date(2026, 3, 31)
    adm = dt.date(2026, 4, rng.randint(8, 14))
    dis = plus(adm, 3)
    eur_amt = round(rng.randint(5200, 8800) + 0.4, 2)
    usd = round(eur_amt * EUR, 2)
    apl = f"GA-26-{digits(rng, 5)}"
    c = clm(rng)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("Claim #", c)],
            [("Member", patient), ("Member ID", mid), ("Coverage ended", fdate(end, "slash"))],
            [("Admission", fdate(adm, "slash")), ("Discharge", fdate(dis, "slash")),
             ("Billed", f"{eur(eur_amt)} = USD {usd:,.2f}")],
            [("Hospital", "Liffey Quay Hospital, Dublin"), ("Attending", f"Dr. {att}"),
             ("Appeal received", fdate(plus(nd, -24), "slash"))]], size=8.6)
    p.para(f"You asked us to pay for your stay at Liffey Quay Hospital in Dublin, Ireland, from "
           f"{fdate(adm, 'long')} to {fdate(dis, 'long')}. You wrote that you did not know your coverage had ended "
           "when your job ended.", 9.4)
    p.para(f"**Decision: we are keeping our earlier decision.** Your coverage under group {GROUP} ended on "
           f"{fdate(end, 'long')}, when your employment ended. You did not elect continuation coverage. The stay began "
           "after that date, so the plan cannot pay any part of it. The emergency nature of the stay does not change "
           "this. Your employer's records were reviewed by someone who was not part of the first decision.", 9.4)
    p.para("This was the last level of internal appeal. Decisions based only on whether a person was enrolled are not "
           "eligible for external review; you may contact your state insurance department.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, c], claim_amount=m2(usd), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider="Liffey Quay Hospital", appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[apl], [c]],
                          "claim_amount": [m2(eur_amt)]})
    return out(p), t


def clean300_stack(rng):
    patient = people(rng, 1)[0]
    mid = pid(rng)
    hosp = "Hospital Arrecife Blanco"
    sv = dt.date(2026, 5, rng.randint(4, 20))
    pesos = round(rng.randint(21000, 39000) + 0.0, 2)
    usd = round(pesos * MXN, 2)
    rd = plus(sv, rng.randint(20, 30))
    c1 = clm(rng)
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "International Claims")
    p.line(fdate(rd, "long"), 9.6)
    p.ln(2)
    p.line("WE RECEIVED YOUR CLAIM FOR CARE OUTSIDE THE UNITED STATES", 11, "B")
    p.pairs([("Member", patient), ("Member ID", mid), ("Claim #", c1), ("Provider", f"{hosp}, Cancún, Mexico"),
             ("Date of service", fdate(sv, "slash")), ("Amount billed", f"{mxn(pesos)} (USD {usd:,.2f})")],
            label_w=40, size=9.4)
    p.ln(2)
    p.para("We will convert the bill at the rate on the date of service and send you our decision within 30 days. "
           "You do not need to do anything now.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[c1],
                          claim_amount=m2(usd), service_dates=[span(sv)], denial_date=rd.isoformat(), provider=hosp,
                          alternates={"insurer": ALT, "case_numbers": [[]], "claim_amount": [None, m2(pesos)],
                                      "service_dates": [[]]}))
    nd = plus(rd, rng.randint(20, 30))
    c2 = clm(rng)
    q = DOSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "International Claims")
    q.line("DECISION ON A CLAIM SENT BY A TRAVEL ASSISTANCE COMPANY", 11, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "long")), ("Member", patient), ("ID#", mid), ("Reference No.", c2),
             ("Sent by", "Brújula Global Assistance, on your behalf"), ("Provider", hosp),
             ("Date of service", fdate(sv, "slash")), ("Billed", f"{mxn(pesos)} = USD {usd:,.2f}"),
             ("We pay", "USD 0.00")], label_w=36, size=9.4)
    q.ln(2)
    q.para(f"This bill is the same one you sent us yourself (claim {c1}), which we have already processed. We "
           "do not pay the same bill twice, so we have not paid any part of this copy. Nothing else is needed.", 9.6)
    q.para("You may appeal within 180 days of the date of this letter.", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[c2],
                          claim_amount=m2(usd), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=hosp,
                          appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "claim_amount": [m2(pesos)], "case_numbers": [[c2, c1]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_valencia_follow_up_visit_not_emergency", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_request_id_mazatlan_records_translation_not_received", "fax_standard_g4",
             [faxstd_records(rng)]),
        Item(F + "phone_spanish_oaxaca_claim_arrived_after_180_days", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_lisbon_clinic_invoice_insurer_declined_patient_pays", "rotated", [rotated_invoice(rng)]),
        Item(F + "lowres_prose_preservice_guadalajara_knee_replacement_not_able_to_approve", "scan_lowres_150",
             [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_dublin_stay_after_coverage_ended", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_received_ack_duplex_then_duplicate_assistance_company_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
