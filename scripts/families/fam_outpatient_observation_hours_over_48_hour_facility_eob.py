"""An invented commercial plan (Brightwater Commons Health Plan) that pays hospital outpatient observation (G0378,
per hour) for at most 48 hours, reducing the hours billed beyond 48, and denies a short stay billed as an
inpatient admission (bill type 0111) that met observation criteria only (level of care), with the hospital's
statement (From and To date-time columns) and the hospital's letters. Every plan, hospital, physician, member and
number is invented; HCPCS, revenue and bill-type codes appear as themselves.

Documents (8 in 7 files):
- bd_member_eob_datetime_rows: member EOB, rows with From and To date-time columns (ED physician, ED facility,
  observation hours 1-48 paid, hours over 48 denied), a total row, a footnote giving the denied span in words.
- faxstd_provider_notice_inpatient_as_observation_boxes: small-type provider notice to the hospital under a typed
  fax header line, captions over boxed values (claim number with "-01", billing NPI and tax ID in the same row,
  member ID of 3 letters + 9 digits, DOB, admit and discharge date-times), the inpatient claim denied as level of
  care with a rebill window as decoy.
- scan300_hospital_statement_from_to_datetime: the hospital's statement with From / To date-time columns, the
  observation hours over 48 denied by the insurer (denies nothing itself), account number and guarantor decoys.
- phone_two_page_member_denial_caption_boxes: two-page member denial of an inpatient stay billed for what was
  observation care, captions over boxed values on page 1, external review and 72-hour decoys, photographed.
- faxfine_bilingual_spanish_first_hours_reduced: bilingual notice, Spanish part first (Spanish labels), then
  English, observation hours over 48 reduced.
- rotated_appeal_upheld_to_hospital_facts_left: the plan's upheld provider appeal addressed to the hospital's
  utilization review office, a facts column on the left; an earlier claim and the 72-hour limit as decoys.
- lowres_stack_hospital_letter_then_partial_overturn: the hospital's letter to the plan ("Dear Medical
  Director:", facts column on the right; denies nothing), its duplex back, then the plan's reconsideration paying
  6 more hours and keeping the rest denied, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjd import DJSheet, dtime
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "outpatient_observation_hours_over_48_hour_facility_eob"
LANG = "en"
SEED = 351603
PLAN = "Brightwater Commons Health Plan"
HOSP = "Kestrel Point Regional Hospital"
HOSPITALIST = "Evander P. Mulcahy"
ERDOC = "Sabine R. Okafor"
ERGROUP = "Tamarack Emergency Physicians"
UR = "Henrietta L. Braddock"


def _ids(rng):
    return {"mid": "BCH" + digits(rng, 9), "grp": f"{digits(rng, 6)}", "plan": f"EPO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1948, 1990), rng.randint(1, 12), rng.randint(1, 28))


def _claim(rng):
    return digits(rng, 11) + "-01"


def _stay(rng, day: dt.date, hours: int):
    ed = dt.datetime.combine(day, dt.time(rng.randint(17, 21), rng.choice([5, 20, 35, 50])))
    t0 = ed + dt.timedelta(hours=2, minutes=rng.choice([10, 25, 40]))
    t48 = t0 + dt.timedelta(hours=48)
    t1 = t0 + dt.timedelta(hours=hours)
    return ed, t0, t48, t1


def _logo(p: DJSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(18, 110, 120)
    p.rect(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def _hosp_head(p: DJSheet, rng, sub: str):
    p.set_y(12)
    p.f(13, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{sub}  |  2200 Ridgeline Pkwy, Twin Falls ID 83301  |  208-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.set_y(p.get_y() + 4)


def bd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    hours = rng.randint(62, 70)
    ed, t0, t48, t1 = _stay(rng, dt.date(2026, 3, 14) + dt.timedelta(days=rng.randint(0, 5)), hours)
    sd = plus(t1.date(), rng.randint(24, 32))
    rate = rng.choice([96.0, 104.5, 118.25])
    edfac, edphys = amount(rng, 1650, 2400), amount(rng, 480, 690)
    ok, over = round(48 * rate, 2), round((hours - 48) * rate, 2)
    hc, pc = _claim(rng), _claim(rng)
    rows = [[pc, ERGROUP, "ED visit 99285", dtime(ed), dtime(ed + dt.timedelta(hours=2)), money(edphys, "nosign"),
             money(edphys * 0.8, "nosign"), "Paid"],
            [hc, HOSP, "ED facility 0450", dtime(ed), dtime(t0), money(edfac, "nosign"), money(edfac * 0.8, "nosign"),
             "Paid"],
            [hc, HOSP, "Observation G0378 x 48", dtime(t0), dtime(t48), money(ok, "nosign"), money(ok * 0.8, "nosign"),
             "Paid"],
            [hc, HOSP, f"Observation G0378 x {hours - 48}", dtime(t48), dtime(t1), money(over, "nosign"), "0.00",
             "Denied OB48"]]
    rows.append(["", "Total", "", "", "", money(edphys + edfac + ok + over, "nosign"),
                 money((edphys + edfac + ok) * 0.8, "nosign"), ""])
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.5,
                  y=p.get_y())
    p.ln(4)
    p.table(["Claim", "Provider", "Service", "From", "To", "Billed", "Plan paid", "Status"], rows,
            [24, 41, 33, 22, 22, 15, 15, 20], size=6.5, aligns=["L", "L", "L", "L", "L", "R", "R", "L"],
            bold_last=True)
    p.para(f"OB48  Your plan pays for up to 48 hours of outpatient observation. The {hours - 48} hours from "
           f"{fdate(t48.date(), 'long')} at {t48.strftime('%H:%M')} to {fdate(t1.date(), 'long')} at "
           f"{t1.strftime('%H:%M')} are over that limit and are not covered. By 48 hours the hospital should have "
           "admitted you or sent you home. The hospital may not bill you more than your share for these hours; "
           f"call us if it does. Observation billed on claim {hc} in all: {money(ok + over)}.", 8.2)
    p.para(f"You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026. "
           f"Questions: 1-888-555-{digits(rng, 4)}.", 8.2)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[hc], claim_amount=m2(over), service_dates=[span(t48.date(), t1.date())],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity", "level_of_care"],
              alternates={"claim_amount": [m2(ok + over)], "service_dates": [[span(t0.date(), t1.date())]]})
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 21) + dt.timedelta(days=rng.randint(0, 6))
    ed, t0, _, t1 = _stay(rng, plus(nd, -rng.randint(30, 38)), rng.randint(30, 40))
    billed = amount(rng, 14500, 22800)
    claim = _claim(rng)
    fax = (f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  BRIGHTWATER UM FAX 208-555-{digits(rng, 4)}"
           f"  TO KESTREL PT PFS 208-555-{digits(rng, 4)}   PG {{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Utilization Management - Provider Notice", y=12)
    p.line("NOTICE OF DENIED INPATIENT CLAIM - LEVEL OF CARE", 9.5, "B")
    p.f(7.6)
    p.cell(0, 3.6, f"To: {HOSP}, Patient Financial Services", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 46), ("Billing NPI", digits(rng, 10), 36),
         ("Tax ID", f"82-{digits(rng, 7)}", 30), ("Bill type", "0111", 20), ("Patient account", f"KP{digits(rng, 8)}", 26)],
        [("Patient", mem, 50), ("Member ID", ids["mid"], 40), ("Date of birth", fdate(_dob(rng), "slash"), 30),
         ("Group", ids["grp"], 26), ("Attending", f"{HOSPITALIST}, MD", 42)],
        [("Admit date/time", dtime(t0), 38), ("Discharge date/time", dtime(t1), 38), ("Billed", money(billed), 34),
         ("Paid", "$0.00", 24), ("Reason", "LC2", 20), ("DRG", "313", 22)],
    ], cap=6.0, val=7.6)
    p.ln(1)
    p.para(f"LC2  Inpatient level of care not supported. The patient came to the emergency department on "
           f"{fdate(ed.date(), 'slash')} with chest pain; serial troponins and a stress test were negative and the "
           f"patient was discharged {t1.strftime('%H:%M')} on {fdate(t1.date(), 'slash')} after "
           f"{int((t1 - t0).total_seconds() // 3600)} hours. The records meet the plan's criteria for outpatient "
           "observation, not inpatient admission. The inpatient claim is denied in full.", 7.6)
    p.para("You may submit a corrected claim as outpatient observation (bill type 0131, revenue code 0762, G0378 "
           "per hour) within 90 days of the date of this notice; observation is paid up to 48 hours.", 7.6)
    p.add_page()
    p.band("PROVIDER APPEAL RIGHTS", 7.8)
    p.para("You may file a level-of-care appeal within 60 days of the date of this notice. Send the complete "
           "record, the admission order and physician progress notes. A peer-to-peer conversation may be asked for "
           "within 14 days of this notice. The member is held harmless and may not be billed for the denied "
           "inpatient services.", 7.8)
    p.para(f"{PLAN} - Utilization Management. Form BCHP-UM-PN-5 (01/26).", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(billed), service_dates=[span(t0.date(), t1.date())],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [HOSPITALIST]})
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    guar = person(rng)[0]
    hours = rng.randint(56, 64)
    ed, t0, t48, t1 = _stay(rng, dt.date(2026, 4, 9) + dt.timedelta(days=rng.randint(0, 5)), hours)
    sd = plus(t1.date(), rng.randint(40, 50))
    rate = rng.choice([96.0, 104.5, 118.25])
    edfac, lab, ct = amount(rng, 1650, 2400), amount(rng, 380, 560), amount(rng, 1200, 1900)
    ok, over = round(48 * rate, 2), round((hours - 48) * rate, 2)
    acct = f"KP{digits(rng, 8)}"
    claim = _claim(rng)
    rows = [[dtime(ed), dtime(t0), "0450", "Emergency dept level 4", money(edfac, "nosign"), "Paid by insurance"],
            [dtime(ed), dtime(t0), "0350", "CT head without contrast", money(ct, "nosign"), "Paid by insurance"],
            [dtime(t0), dtime(t48), "0762", "Observation, per hour (48)", money(ok, "nosign"), "Paid by insurance"],
            [dtime(t48), dtime(t1), "0762", f"Observation, per hour ({hours - 48})", money(over, "nosign"),
             "Denied - you owe"],
            [dtime(t0), dtime(t1), "0300", "Laboratory", money(lab, "nosign"), "Paid by insurance"]]
    total = edfac + ct + ok + over + lab
    rows.append(["", "", "", "Total charges", money(total, "nosign"), ""])
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _hosp_head(p, rng, "Patient Financial Services")
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", mem), ("Guarantor", guar),
             ("Account number", acct), ("Insurance", f"{PLAN}  ID {ids['mid']}"), ("Insurance claim", claim),
             ("Attending", f"Dr. {HOSPITALIST}")], label_w=36, size=8.8, h=4.8)
    p.ln(2)
    p.table(["From", "To", "Rev", "Description", "Charges", "Status"], rows, [26, 26, 12, 56, 22, 40], size=7.5,
            aligns=["L", "L", "L", "L", "R", "L"], bold_last=True)
    due = round(over + 0.2 * (edfac + ct + ok + lab), 2)
    p.pairs([("Insurance paid", money(round(0.8 * (edfac + ct + ok + lab), 2))), ("Amount due from you", money(due))],
            label_w=50, size=9.5, x=p.w - p.r_margin - 95)
    p.para(f"The {hours - 48} observation hours from {fdate(t48.date(), 'long')} {t48.strftime('%H:%M')} to "
           f"{fdate(t1.date(), 'long')} {t1.strftime('%H:%M')} were denied by {PLAN} as over its 48-hour "
           "observation limit. We have asked the plan to reconsider; you may pay now or call us to set up a payment "
           f"plan. Payment is due within 30 days. Questions: 208-555-{digits(rng, 4)}.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(over), service_dates=[span(t48.date(), t1.date())], denial_date=sd.isoformat(),
              provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(total), m2(due)], "case_numbers": [[]], "provider": [HOSPITALIST],
                          "service_dates": [[span(ed.date(), t1.date())], [span(t0.date(), t1.date())]]})
    return out(p), t


def phone_member_denial(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    ed, t0, _, t1 = _stay(rng, plus(nd, -rng.randint(34, 42)), rng.randint(26, 36))
    billed = amount(rng, 12800, 19900)
    claim = _claim(rng)
    ref = f"UM-{digits(rng, 8)}"
    p = DJSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  Member ID {ids['mid']}  |  Claim {claim}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Claims and Utilization Management")
    p.line("We denied payment for your hospital stay", 12, "B")
    p.ln(2)
    p.capgrid([
        [("Date of this letter", fdate(nd, "long"), 48), ("Member", mem, 64), ("Member ID", ids["mid"], 58)],
        [("Claim number", claim, 52), ("Review reference", ref, 44), ("Date of birth", fdate(_dob(rng), "slash"), 34),
         ("Group", ids["grp"], 40)],
        [("Hospital", HOSP, 76), ("Admitted", fdate(t0.date(), "slash"), 30), ("Discharged", fdate(t1.date(), "slash"),
                                                                                30), ("Billed", money(billed), 34)],
    ], cap=6.8, val=9.2, box_h=6.4)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{HOSP} billed us for an inpatient admission from {fdate(t0.date(), 'long')} to "
           f"{fdate(t1.date(), 'long')}. A physician reviewer looked at your records. You were watched for fainting, "
           "your heart monitor and tests were normal, and you went home the next day. This care is outpatient "
           "observation care, not an inpatient stay. We denied the inpatient claim because the setting billed is "
           "not the right level of care.", 10)
    p.para("The hospital may send us a new claim for observation care. You are not responsible for the inpatient "
           "charges while that happens.", 10)
    p.add_page()
    p.line("Your appeal rights", 11, "B")
    p.ln(1)
    p.para("You may appeal within 180 days of the date of this letter. Write to Appeals, PO Box 4471, Boise ID "
           "83707, or call us. If waiting could seriously harm your health, ask for an expedited appeal; we decide "
           "it within 72 hours.", 10)
    p.para("After our appeal decision you may ask for an external review by an independent review organization "
           "within 4 months of the date you receive our decision.", 10)
    p.para(f"Sincerely,\nUtilization Management\n{PLAN}", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim, ref], claim_amount=m2(billed), service_dates=[span(t0.date(), t1.date())],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"case_numbers": [[claim]]})
    return out(p), t


def faxfine_bilingual(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    hours = rng.randint(54, 60)
    ed, t0, t48, t1 = _stay(rng, plus(nd, -rng.randint(30, 36)), hours)
    rate = rng.choice([96.0, 104.5])
    over = round((hours - 48) * rate, 2)
    claim = _claim(rng)
    p = DJSheet(footer="Página {n} de {nb} / Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros / Member Services")
    p.line("Aviso de reducción de pago / Notice of reduced payment", 11.5, "B")
    p.ln(2)
    p.boxed_pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
                   ("Número de reclamo", claim), ("Proveedor", HOSP),
                   ("Fechas de servicio", f"{fdate(t0.date(), 'dmy', 'es')} - {fdate(t1.date(), 'dmy', 'es')}"),
                   ("Horas de observación facturadas / pagadas", f"{hours} / 48"),
                   ("Cantidad denegada", money(over))], label_w=72, size=9)
    p.para(f"Estimado(a) {mem}: {HOSP} nos facturó {hours} horas de observación para pacientes ambulatorios. Su plan "
           "paga hasta 48 horas de observación. Pagamos 48 horas; las horas restantes no están cubiertas. El "
           "hospital debió admitirlo(a) o darle de alta antes de las 48 horas.", 9.5)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre grave peligro, "
           "pida una apelación urgente (72 horas).", 9.5)
    p.ln(2)
    p.line("ENGLISH", 10, "B")
    p.para(f"Dear {mem}: {HOSP} billed {hours} hours of outpatient observation from "
           f"{fdate(t0.date(), 'long')} to {fdate(t1.date(), 'long')}. Your plan pays up to 48 hours of observation. "
           f"We paid 48 hours; the other {hours - 48} hours ({money(over)}) are not covered. You may appeal within "
           "180 days of the date of this notice.", 9.5)
    p.para(f"{PLAN}  |  1-888-555-{digits(rng, 4)}  |  TTY 711", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(over), service_dates=[span(t0.date(), t1.date())], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["medical_necessity", "level_of_care"],
              alternates={"service_dates": [[span(t48.date(), t1.date())]]})
    return out(p), t


def rotated_appeal_upheld(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 22) + dt.timedelta(days=rng.randint(0, 6))
    ed, t0, _, t1 = _stay(rng, dt.date(2026, 4, 2) + dt.timedelta(days=rng.randint(0, 4)), rng.randint(28, 34))
    billed = amount(rng, 13800, 21000)
    claim = _claim(rng)
    appeal = f"PA-{digits(rng, 7)}"
    prior = _claim(rng)
    rec = plus(nd, -rng.randint(20, 28))
    p = DJSheet(serif=True, footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    _logo(p, rng, "Provider Appeals")
    p.line("Provider appeal decision", 12, "B")
    p.ln(2)
    facts = [("Decision date", fdate(nd, "slash")), ("Appeal number", appeal), ("Claim number", claim),
             ("Patient", mem), ("Member ID", ids["mid"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Admitted", dtime(t0)), ("Discharged", dtime(t1)), ("Billed", money(billed)),
             ("Appeal received", fdate(rec, "slash")), ("Attending", f"Dr. {HOSPITALIST}")]
    paras = [f"{HOSP}\nUtilization Review Office\nAttn: {UR}, RN\n2200 Ridgeline Pkwy\nTwin Falls ID 83301",
             f"Dear {UR}:",
             f"You appealed our denial of the inpatient claim for {mem}, admitted from the emergency department "
             f"for abdominal pain. A board-certified internist who took no part in the first decision reviewed the "
             "appeal and the full record.",
             "We upheld the denial. The patient was stable, tolerated a diet the next morning and went home after "
             "imaging; the stay met our criteria for outpatient observation, not for an inpatient admission. The "
             "admission order alone does not make the stay inpatient.",
             f"This decision does not change claim {prior} for the emergency visit of "
             f"{fdate(dt.date(2026, 2, 11), 'long')}, which was paid.",
             "You may file a second-level provider appeal within 60 days of the date of this letter, or send a "
             "corrected outpatient observation claim. Urgent member appeals are decided within 72 hours.",
             f"Sincerely,\nProvider Appeals, {PLAN}"]
    p.side_col(paras, facts, "left", col_w=46, size=9.6, fsize=8.6)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(t0.date(), t1.date())],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]], "provider": [HOSPITALIST]})
    return out(p), t


def lowres_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    hours = rng.randint(64, 72)
    ed, t0, t48, t1 = _stay(rng, dt.date(2026, 5, 2) + dt.timedelta(days=rng.randint(0, 4)), hours)
    rate = rng.choice([104.5, 118.25])
    over = round((hours - 48) * rate, 2)
    claim = _claim(rng)
    ld = plus(t1.date(), rng.randint(30, 38))
    p = DJSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    _hosp_head(p, rng, "Utilization Review")
    facts = [("Date", fdate(ld, "slash")), ("Patient", mem), ("Member ID", ids["mid"]), ("Claim number", claim),
             ("Observation start", dtime(t0)), ("Observation end", dtime(t1)), ("Hours billed", str(hours)),
             ("Hours denied", str(hours - 48)), ("Denied amount", money(over)), ("Hospital NPI", digits(rng, 10))]
    paras = [f"{PLAN}\nUtilization Management - Reconsiderations\nPO Box 4471\nBoise ID 83707",
             "Dear Medical Director:",
             f"We ask you to reconsider the reduction of observation hours for {mem}. The patient was placed in "
             f"observation at {t0.strftime('%H:%M')} on {fdate(t0.date(), 'long')} for a COPD exacerbation and was "
             f"discharged {fdate(t1.date(), 'long')}.",
             "At 48 hours the patient still needed oxygen at night, and the physician documented that an admission "
             "decision was pending a second sputum culture. Six of the hours over 48 were spent waiting for the "
             "home oxygen delivery the plan's own vendor scheduled.",
             f"We ask that at least these hours be paid. The records are enclosed.\n\nSincerely,\n\n{UR}, RN\n"
             f"Utilization Review Manager, {HOSP}"]
    p.side_col(paras, facts, "right", col_w=50, size=9.6, fsize=8.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
                          claim_amount=m2(over), service_dates=[span(t0.date(), t1.date())], denial_date=ld.isoformat(),
                          provider=HOSP,
                          alternates={"insurer": [None], "service_dates": [[span(t48.date(), t1.date())]],
                                      "claim_amount": [None]}))
    nd = plus(ld, rng.randint(18, 26))
    rc = f"RC-{digits(rng, 7)}"
    still = round((hours - 54) * rate, 2)
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Utilization Management - Reconsiderations")
    q.line(f"Reconsideration decision  {fdate(nd, 'abbr')}", 11.5, "B")
    q.ln(2)
    q.pairs([("To", f"{HOSP}, Utilization Review"), ("Reconsideration no.", rc), ("Claim", claim),
             ("Patient", mem), ("Member ID", ids["mid"]),
             ("Hours over 48", f"{fdate(t48.date(), 'slash')} - {fdate(t1.date(), 'slash')}")], label_w=42, size=9.5)
    q.ln(2)
    q.para(f"We changed part of our decision. We will pay 6 more observation hours, the time spent waiting for home "
           f"oxygen arranged by our vendor. The other {hours - 54} hours over 48 ({money(still)}) stay denied: "
           "observation is paid for up to 48 hours, and the record shows a discharge decision could have been made "
           "by then.", 10)
    q.para("You may file a second-level provider appeal within 60 days of the date of this notice.", 10)
    q.para(f"Provider Appeals, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[rc, claim], claim_amount=m2(still), service_dates=[span(t48.date(), t1.date())],
                          denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                          denial_alternates=["medical_necessity", "level_of_care"],
                          alternates={"case_numbers": [[rc]], "claim_amount": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_datetime_rows", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_inpatient_as_observation_boxes", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "scan300_hospital_statement_from_to_datetime", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "phone_two_page_member_denial_caption_boxes", "phone_photo", [phone_member_denial(rng)]),
        Item(F + "faxfine_bilingual_spanish_first_hours_reduced", "fax_fine_g4", [faxfine_bilingual(rng)]),
        Item(F + "rotated_appeal_upheld_to_hospital_facts_left", "rotated", [rotated_appeal_upheld(rng)]),
        Item(F + "lowres_stack_hospital_letter_then_partial_overturn", "scan_lowres_150", lowres_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
