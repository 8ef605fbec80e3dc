"""An invented commercial plan (Tamarack Ferry Health Plan) and a Holter study billed in two parts: the monitoring
facility's technical claim (CPT 93225 hook-up and recording, 93226 scanning analysis) and the reading
cardiologist's professional claim (93227 review and interpretation), with a hospital, a reading group and several
doctors on each paper. CPT codes, CARC codes and external review appear as themselves; the plan, its rules and time
limits, every hospital, group, doctor, person, number and address are invented. Reasons in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_reading_line_already_paid: a member EOB of three claims with two or three lines each; the
  reading group's 93227 line pays 0.00 under DP1 (the same reading was paid on an earlier claim, whose number is a
  decoy) while the office visit and ECG lines of that claim are paid; the facility's 93225/93226 claim paid.
- faxstd_precert_form_two_week_monitor_not_needed: a pre-service decision form on a standard fax: small-caption
  grid, parties box (ordering cardiologist, monitoring facility, reading physician, plan reviewer, case manager),
  a 15-day monitor not needed after a normal 48-hour Holter; received date, 72-hour and external review decoys.
- phone_es_lectura_enviada_tarde: a photographed Spanish letter on the reading cardiologist's claim sent after the
  plan's 180-day filing limit.
- rotated_facility_itemized_statement_three_doctors: the hospital's itemized Holter statement naming ordering,
  reading and attending doctors, fed sideways (denies nothing).
- lowres_holter_for_drivers_license_exam_excluded: a 150 dpi prose letter: a Holter ordered for a commercial
  driver's medical certificate, excluded as a test required for a licence.
- photocopy_facility_remittance_extended_monitor_no_approval: a photocopied remittance to the hospital of three
  patients' claims; one claim's extended-monitor line (93246) refused CO-197, its ECG and clinic lines paid.
- clean300_stack_reading_report_then_coverage_ended_letter_upside_down: the reading cardiologist's Holter report
  (denies nothing), its duplex back, then a letter refusing the facility's claim because coverage had ended,
  fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsa import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "cardiac_monitoring_facility_and_reading_physician_split_claim_denial"
LANG = "en"
SEED = 353400
INS = "Tamarack Ferry Health Plan"
ALT = ["Tamarack Ferry"]
PLAN = "Tamarack Ferry Choice PPO 2000"
GROUP = "TF-58213"
FAC = "Alder Crossing Medical Center"
READ = "Fennwick Cardiology Associates"
IDTF = "Pinecrest Heart Monitoring"


def mem_id(rng):
    return f"XTF{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}{rng.choice('ACDEFGHJKMNPRTUVWXY')}{digits(rng, 9)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28))


def ph(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return "1" + digits(rng, 9)


def head(p: DSSheet, rng, unit="Member Services"):
    p.logo_head(INS, "TF", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707-{digits(rng, 4)}  |  "
                            f"{ph(rng)}  |  TTY 711"], size=13)
    p.rule(3)


def bd_eob(rng):
    patient, reader, ordering, labmd = people(rng, 4)
    mid = mem_id(rng)
    sd = dt.date(2026, 4, rng.randint(6, 27))
    dh = plus(sd, -rng.randint(30, 40))
    dl = plus(dh, -rng.randint(5, 9))
    earlier = clm(rng)
    ca, cb, cc = clm(rng), clm(rng), clm(rng)
    read_charge = amount(rng, 95, 160)
    spec = [
        (ca, f"Claim {ca}   Billed by {FAC} (facility)   Ordered by Dr. {ordering}",
         [(dh, "93225", "Holter hook-up, 48 hr", amount(rng, 180, 260), True, "P1"),
          (dh, "93226", "Holter scanning/report", amount(rng, 140, 210), True, "P1")]),
        (cb, f"Claim {cb}   Billed by {READ}   Seen by Dr. {reader}   NPI {npi(rng)}",
         [(dl, "99214", "Office visit", amount(rng, 180, 240), True, "P1"),
          (dl, "93000", "ECG with reading", amount(rng, 45, 80), True, "P1"),
          (dh, "93227", "Holter review and reading", read_charge, False, "DP1")]),
        (cc, f"Claim {cc}   Billed by Snake Bend Clinical Laboratory   Lab director Dr. {labmd}",
         [(dl, "80048", "Basic metabolic panel", amount(rng, 40, 75), True, "P1"),
          (dl, "84443", "TSH", amount(rng, 45, 85), True, "P1")]),
    ]
    claims, T = [], [0.0, 0.0, 0.0, 0.0]
    cb_total = 0.0
    for num, band, lines in spec:
        rows, s = [], [0.0, 0.0, 0.0, 0.0]
        for d, code, desc, b, ok, note in lines:
            if ok:
                al = round(b * rng.uniform(0.55, 0.72), 2)
                you = round(al * 0.2, 2)
                v = [b, al, round(al - you, 2), you]
            else:
                v = [b, 0.0, 0.0, 0.0]
            rows.append([fdate(d, "slash"), code, desc] + [money(x, "nosign") for x in v] + [note])
            s = [a + x for a, x in zip(s, v)]
        if num == cb:
            cb_total = round(s[0], 2)
        claims.append((band, rows, ["", "", "Claim total"] + [money(x, "nosign") for x in s] + [""]))
        T = [a + x for a, x in zip(T, s)]
    p = DSSheet(footer="Page {n} of {nb}", footer_left="TFHP-EOB-4 (Rev. 11/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.line("EXPLANATION OF BENEFITS", 12.5, "B")
    p.f(8)
    p.cell(0, 4, "This is not a bill. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Issue date", fdate(sd, "abbr"))], [42, 32, 22, 62, 29.9])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Deductible met", "$2,000.00 of $2,000.00"), ("Mailed", fdate(plus(sd, 1), "slash"))],
               [36, 52, 52, 47.9])
    p.ln(3)
    p.claim_lines(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], claims,
                  [22, 14, 48, 22, 21, 22, 20, 18.9],
                  total=["", "", "Totals"] + [money(x, "nosign") for x in T] + [""],
                  aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    p.para(f"**Notes.** P1: paid under your plan. DP1: the Holter monitor you wore was read once, by Dr. {reader}. "
           f"We paid that reading when it first came to us on claim {earlier}. This line asks for the same reading "
           "a second time, so we did not pay it again. The visit and ECG on this claim were paid. The group is in our "
           "network and may not bill you for this line.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date this statement was issued. Urgent appeals "
           "are decided within 72 hours. After our final decision you may ask for an external review within 4 "
           "months.", 8.4)
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[cb], claim_amount=m2(cb_total), service_dates=[dh.isoformat()], denial_date=sd.isoformat(),
              provider=reader, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [READ], "claim_amount": [m2(read_charge)]},
              denial_alternates=["coding_error"])
    return out(p), t


def faxstd_precert(rng):
    patient, ordering, reader, rev, cm = people(rng, 5)
    mid = mem_id(rng)
    nd = dt.date(2026, 2, rng.randint(3, 25))
    rcv = plus(nd, -rng.randint(2, 4))
    prior = plus(nd, -rng.randint(18, 26))
    planned = plus(nd, rng.randint(6, 12))
    ref = f"PC-{digits(rng, 8)}"
    fx = f"{nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  TFHP PRECERT  {ph(rng, '208')}  >>  {ph(rng, '208')}  PAGE {{n}}/1"
    p = DSSheet(footer=None, fax_hdr=fx, footer_left="TFHP-UM-7 (Rev. 04/2025)")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, "Precertification")
    p.line("PRE-SERVICE DECISION  -  NOT APPROVED", 12, "B")
    p.ln(1)
    p.parties("", [("Patient", patient), ("Member ID", mid), ("Group", GROUP),
                   ("Decision date", fdate(nd, "slash")), ("Precert no.", ref), ("Received", fdate(rcv, "slash")),
                   ("Service", "Heart monitor 8-15 days, 93245"), ("Planned start", fdate(planned, "slash")),
                   ("Date of birth", fdate(dob(rng), "slash"))], cols=3, lab=5.6, val=8.2, h=9.4)
    p.parties("Parties on this request", [
        ("Ordering cardiologist", f"Dr. {ordering}"), ("Monitor placed by", IDTF), ("Reading physician", f"Dr. {reader}"),
        ("Reading group", READ), ("Plan physician reviewer", f"Dr. {rev}"), ("Case manager", f"{cm}, RN")],
        cols=3, h=9.4, lab=5.6, val=7.9)
    p.checks("Decision", [(False, "Approved"), (True, "Not approved"), (False, "Pended for records")], size=8.2,
             cols=3)
    p.bar("Reason", 9)
    p.para(f"Dr. {ordering} asked us to approve a heart rhythm monitor worn for up to 15 days. A cardiologist on our "
           f"staff read the request and the records. The patient wore a 48-hour Holter monitor starting "
           f"{fdate(prior, 'long')}. During that recording the patient marked two spells of racing heart, and the "
           "rhythm at both times was normal. No fainting, no abnormal rhythm and no stroke symptoms are noted since. "
           "With the symptoms already recorded on a normal rhythm, a longer monitor would not change care, so it is "
           "not medically necessary now. If new symptoms such as fainting appear, the doctor may send a new request.",
           8.6)
    p.para(f"Dr. {ordering} may discuss this with Dr. {rev} at {ph(rng, '208')}. Care coordination questions: "
           f"{cm}, RN.", 8.6)
    p.bar("Appeal rights", 9)
    p.para("You or the ordering doctor may appeal within 180 days of the date of this notice. If a delay could "
           "seriously harm your health, ask for an expedited appeal, decided within 72 hours. After our final "
           "decision you may ask for an external review by an independent review organization within 4 months.",
           8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ref], service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=ordering,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [IDTF], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    patient, reader, sig = people(rng, 3)
    mid = mem_id(rng)
    dh = dt.date(2026, 1, rng.randint(2, 20))
    rcv = plus(dh, rng.randint(200, 215))
    nd = plus(rcv, rng.randint(8, 15))
    billed = amount(rng, 95, 160)
    n = clm(rng)
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Miembro: {mid}", 10)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(dh, 'long', 'es')} usted llevó un monitor Holter de 48 horas en {FAC}. El Dr. {reader}, de "
           f"{READ}, leyó el estudio. El grupo nos envió su cobro de {money(billed)} por esa lectura (código 93227) "
           f"y lo tramitamos con el número de reclamo {n}. Lo recibimos el {fdate(rcv, 'long', 'es')}.", 10)
    p.para("No vamos a pagar ese cobro. El contrato del grupo con nosotros le da 180 días desde la fecha del "
           "servicio para enviarnos sus cobros, y este llegó después de ese plazo. Como el grupo está en nuestra red, "
           "no puede cobrarle a usted esta lectura. El cobro del hospital por el monitor ya se pagó.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "en 72 horas. Después de nuestra decisión final puede pedir una revisión externa dentro de 4 meses.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[dh.isoformat()], denial_date=nd.isoformat(), provider=reader,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [READ]})
    return out(p), t


def rotated_statement(rng):
    patient, ordering, reader, tech = people(rng, 4)
    mid = mem_id(rng)
    dh = dt.date(2026, 3, rng.randint(2, 20))
    sd = plus(dh, rng.randint(35, 45))
    l1, l2 = amount(rng, 180, 260), amount(rng, 140, 210)
    tot = round(l1 + l2, 2)
    paid = round(tot * 0.52, 2)
    adj = round(tot * 0.33, 2)
    due = round(tot - paid - adj, 2)
    acct = f"ACM{digits(rng, 8)}"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(FAC, "ACMC", [f"Patient Financial Services  |  {rng.randint(100, 980)} Alder Crossing Pkwy, "
                              f"Nampa ID 83651  |  {ph(rng, '208')}"], size=12)
    p.ln(2)
    p.line("ITEMIZED STATEMENT  -  OUTPATIENT CARDIAC DIAGNOSTICS", 11.5, "B")
    p.ln(1)
    p.parties("", [("Statement date", fdate(sd, "slash")), ("Account no.", acct), ("Amount due", money(due)),
                   ("Patient and guarantor", patient), ("Insurance", INS), ("Member ID", mid)],
              cols=3, lab=5.8, val=8.3, h=9.6)
    p.parties("Care team", [("Ordered by", f"Dr. {ordering}"), ("Read by", f"Dr. {reader}"),
                            ("Reading group", READ), ("Monitor fitted by", f"{tech}, CCT")], cols=2, lab=5.8,
              val=8.0, h=9.6)
    p.table(["Date", "Rev", "CPT", "Description", "Charge"],
            [[fdate(dh, "slash"), "0731", "93225", "Holter monitor hook-up and 48-hour recording", money(l1, "nosign")],
             [fdate(dh, "slash"), "0731", "93226", "Holter scanning analysis with report", money(l2, "nosign")],
             ["", "", "", "Total charges", money(tot, "nosign")],
             ["", "", "", f"Insurance payment ({INS})", "-" + money(paid, "nosign")],
             ["", "", "", "Contractual adjustment", "-" + money(adj, "nosign")],
             ["", "", "", "PATIENT BALANCE", money(due, "nosign")]],
            [24, 14, 16, 100, 25.9], size=8.6, aligns=["L", "L", "L", "L", "R"], bold_last=True)
    p.para(f"The doctor's reading of your monitor (by Dr. {reader}) is billed by {READ}, not by this hospital. "
           "Your balance is your plan's coinsurance. Questions: call Patient Financial Services.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[dh.isoformat()], denial_date=sd.isoformat(), provider=FAC, unscored=["insurer"],
              alternates={"provider": [ordering], "claim_amount": [m2(due)], "member_id": [None]})
    return out(p), t


def lowres_dot(rng):
    patient, ordering, reader, sig = people(rng, 4)
    mid = mem_id(rng)
    dh = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(dh, rng.randint(24, 34))
    l1, l2 = amount(rng, 170, 240), amount(rng, 130, 200)
    billed = round(l1 + l2, 2)
    n = clm(rng)
    p = DSSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para(f"{IDTF} fitted you with a 48-hour Holter monitor on {fdate(dh, 'long')} and sent us a bill of "
           f"{money(billed)} for it (codes 93225 and 93226). Dr. {ordering} of Basalt Gap Occupational Health "
           f"ordered it, and Dr. {reader} read it. We filed the bill as claim {n} under member {mid}.", 10)
    p.para("We are not paying this claim. The order says the monitor was needed to finish your medical "
           "certificate for a commercial driver's licence. Your plan does not pay for exams or tests that are "
           "done because an employer, a licensing office or an insurer asks for them, rather than to treat an "
           "illness. The plan document lists this on the page called What Is Not Covered.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. After our final decision "
           "you may ask for an external review within 4 months. Urgent appeals are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[dh.isoformat()], denial_date=nd.isoformat(), provider=IDTF,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ordering]})
    return out(p), t


def photocopy_remit(rng):
    pts = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 6, rng.randint(3, 24))
    deny_i = 2
    claims, T, info = [], [0.0, 0.0, 0.0, 0.0], []
    for i, (pt, md) in enumerate(zip(pts, docs)):
        d = plus(rd, -rng.randint(15, 40))
        mid, icn = mem_id(rng), clm(rng)
        if i == deny_i:
            lines = [("0730", "93005", amount(rng, 90, 140), "45"), ("0510", "G0463", amount(rng, 240, 330), "45"),
                     ("0731", "93246", amount(rng, 480, 640), "197")]
        elif i == 0:
            lines = [("0731", "93225", amount(rng, 180, 260), "45"), ("0731", "93226", amount(rng, 140, 210), "45")]
        else:
            lines = [("0730", "93005", amount(rng, 90, 140), "45"), ("0300", "80048", amount(rng, 40, 75), "45"),
                     ("0731", "93225", amount(rng, 180, 260), "45"), ("0731", "93226", amount(rng, 140, 210), "45")]
        rows, s, den = [], [0.0, 0.0, 0.0, 0.0], 0.0
        for rev, code, b, carc in lines:
            if carc == "197":
                v, den = [b, 0.0, 0.0, 0.0], b
            else:
                al = round(b * rng.uniform(0.5, 0.7), 2)
                pr = round(al * 0.2, 2)
                v = [b, al, pr, round(al - pr, 2)]
            rows.append([fdate(d, "slash"), rev, code] + [money(x, "nosign") for x in v] + [f"CO-{carc}"])
            s = [a + x for a, x in zip(s, v)]
        band = (f"{pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1].rstrip('.')}  Mbr {mid}  "
                f"Claim {icn}  Attending Dr. {md}")
        claims.append((band, rows, ["", "", "Claim"] + [money(x, "nosign") for x in s] + [""]))
        info.append((pt, md, mid, icn, d, round(s[0], 2), den))
        T = [a + x for a, x in zip(T, s)]
    pt, md, mid, icn, d, tot, den = info[deny_i]
    p = DSSheet(footer="Page {n} of {nb}", footer_left="TFHP-RA (Rev. 03/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Provider Payment Services")
    p.line("REMITTANCE ADVICE  -  FACILITY", 12, "B")
    p.ln(1)
    p.parties("", [("Payee", FAC), ("Payee NPI", npi(rng)), ("Tax ID", f"82-{digits(rng, 7)}"),
                   ("Remit date", fdate(rd, "slash")), ("Check/EFT no.", f"EFT{digits(rng, 10)}"),
                   ("Provider no.", f"TFP{digits(rng, 6)}")], cols=3, lab=5.6, val=8.2, h=9.4)
    p.claim_lines(["Service date", "Rev", "Code", "Billed", "Allowed", "Patient resp.", "Paid", "Adj."], claims,
                  [22, 14, 18, 24, 24, 26, 24, 35.9],
                  total=["", "", "Totals"] + [money(x, "nosign") for x in T] + [""],
                  aligns=["L", "L", "L", "R", "R", "R", "R", "C"], band_size=6.9)
    p.para("**Codes.** CO-45: charge above the contracted rate; write off. CO-197: no approval on file. The "
           "extended heart monitor (8 to 15 days) needs our approval before it is placed; we have no request for "
           "this patient, so that line was not paid and may not be billed to the patient. The other lines of that "
           "claim were paid.", 8.2)
    p.para("**Provider appeals.** Send a written appeal within 60 days of the remittance date. Include the claim "
           "number and records.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=pt, cases=[icn],
              claim_amount=m2(tot), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=FAC,
              appeal_deadline=plus(rd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [md], "claim_amount": [m2(den)]})
    return out(p), t


def clean300_stack(rng):
    patient, ordering, reader, sig = people(rng, 4)
    mid = mem_id(rng)
    dh = dt.date(2026, 4, rng.randint(6, 24))
    rpt = plus(dh, 3)
    mrn = f"MRN {digits(rng, 8)}"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(READ, "FCA", [f"Noninvasive Cardiology  |  {rng.randint(100, 980)} Fennwick Ave, Caldwell ID 83605  |  "
                              f"{ph(rng, '208')}"], size=12)
    p.ln(2)
    p.line("48-HOUR HOLTER MONITOR REPORT", 12, "B")
    p.ln(1)
    p.pairs([("Patient", patient), ("Medical record", mrn), ("Date of birth", fdate(dob(rng), "slash")),
             ("Hook-up", f"{fdate(dh, 'slash')} at {FAC}"), ("Ordering physician", f"Dr. {ordering}"),
             ("Insurance", f"{INS}, member {mid}"), ("Report date", fdate(rpt, "slash"))], label_w=42, size=9.4)
    p.ln(2)
    p.heading("Findings", 10.5)
    p.para("Recording time 47 hours 52 minutes, analyzable 99%. Underlying rhythm sinus, heart rate 52 to 134, "
           "average 76. Rare premature atrial beats (less than 1%), rare single premature ventricular beats. No "
           "pauses over 2 seconds. No atrial fibrillation. Two patient-marked events of palpitations: sinus rhythm "
           "at 98 and 104 beats per minute.", 9.4)
    p.heading("Impression", 10.5)
    p.para("Normal Holter study. Symptoms correspond to sinus rhythm.", 9.4)
    p.para(f"Electronically signed: Dr. {reader}, {READ}, {fdate(rpt, 'long')}", 9.4)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, service_dates=[dh.isoformat()],
                        denial_date=rpt.isoformat(), provider=reader, unscored=["insurer"],
                        alternates={"provider": [READ], "denial_date": [None], "member_id": [None],
                                    "service_dates": [[]]}))
    nd = plus(dh, rng.randint(30, 40))
    ended = plus(dh, -rng.randint(4, 12))
    l1, l2 = amount(rng, 180, 260), amount(rng, 140, 210)
    billed = round(l1 + l2, 2)
    n = clm(rng)
    q = DSSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Member ID", mid), ("Group", GROUP), ("Claim number", n), ("Billed by", FAC),
             ("Date of service", fdate(dh, "slash")), ("Amount billed", money(billed))], label_w=36, size=9.6)
    q.ln(2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"We received the hospital's claim for the Holter monitor you wore (hook-up and recording, and the "
           f"scanning report). Your coverage under group {GROUP} ended on {fdate(ended, 'long')}, when your "
           "employer told us your job had ended. The monitor was fitted after that date, so we cannot pay this claim. "
           "You may have COBRA continuation rights; your former employer will send you that notice.", 10)
    q.para("If you think your coverage dates are wrong, or you disagree, you may appeal within 180 days of the date "
           "of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d2 = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
                        cases=[n], claim_amount=m2(billed), service_dates=[dh.isoformat()], denial_date=nd.isoformat(),
                        provider=FAC, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_reading_line_already_paid", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_precert_form_two_week_monitor_not_needed", "fax_standard_g4", [faxstd_precert(rng)]),
        Item(F + "phone_es_lectura_enviada_tarde", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_facility_itemized_statement_three_doctors", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_holter_for_drivers_license_exam_excluded", "scan_lowres_150", [lowres_dot(rng)]),
        Item(F + "photocopy_facility_remittance_extended_monitor_no_approval", "photocopy", [photocopy_remit(rng)]),
        Item(F + "clean300_stack_reading_report_then_coverage_ended_letter_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
