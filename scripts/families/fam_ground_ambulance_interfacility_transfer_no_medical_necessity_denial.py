"""Family 'ground_ambulance_interfacility_transfer_no_medical_necessity_denial': a hospital-to-hospital ground
ambulance transfer refused because the plan found the member could have travelled by other means.
Documents: a commercial member EOB with three claims (emergency-room facility and physician paid, the ambulance
claim refused); the ambulance company's patient bill (denies nothing); a prose-only member letter; a fine-fax stack
(cover + the plan's request for the run report/PCS form to the ambulance company + blank + the provider notice that
keeps the refusal after review); a Spanish Medicaid managed-care notice photographed by phone; the appeal decision
overturning the refusal after the run report showed cardiac monitoring; the reprocessed (paid) EOB.
Issuers (fictional): Tidewater Crest Health Plan (commercial); Brightwater Community Care (Medicaid managed care).
Ambulance company: Keystone Ridge Ambulance Service. Hospitals: St. Anselm Community Hospital -> Marrowfield
University Medical Center.
Truth: provider = the ambulance company; claim amount = the ambulance claim's total billed (base rate + mileage);
case numbers = the ambulance claim number (+ reference / appeal numbers).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcr_famcrf import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "ground_ambulance_interfacility_transfer_no_medical_necessity_denial"
LANG = "en"
SEED = 341900
TCH = "Tidewater Crest Health Plan"
BCC = "Brightwater Community Care"
AMB = "Keystone Ridge Ambulance Service"
FROM_H = "St. Anselm Community Hospital"
TO_H = "Marrowfield University Medical Center"
ERDOC = "Harrow Emergency Physicians"
MEMBERS = ["Thaddeus R. Wilmore", "Bettina L. Marchetti", "Orrin J. Halvorsen", "Carmela S. Dufresne",
           "Ezekiel N. Prowse", "Winifred A. Castellane"]
MEMBERS_ES = ["Eusebia R. Montalvo", "Hilario J. Barrientos"]
STREETS = ["88 Quarry Hill Rd", "2141 Lantern Way", "15 Pellham Court, Unit B", "640 Ridgeback Ave"]
CITIES = ["Oldbridge, PA 17842", "Selinsgrove Falls, PA 17870", "Carrow, PA 17751"]
LEVELS = {"A0428": "BLS, non-emergency transport", "A0426": "ALS1, non-emergency transport"}


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 180))
    dos = days(date, -r.randint(18, 45))
    code = r.choice(list(LEVELS))
    base = float(r.choice([612, 745, 890, 1035, 1180])) + r.choice([0, 0.5, 0.25])
    miles = r.randint(14, 58)
    rate = r.choice([18.5, 21.75, 24.0, 26.25])
    mile_amt = round(miles * rate, 2)
    return dict(date=date, dos=dos, code=code, desc=LEVELS[code], base=base, miles=miles, rate=rate,
                mile_amt=mile_amt, amt=round(base + mile_amt, 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "TCH9999999-01"), grp=mixed(r, "99999-AA"), plan=mixed(r, "EPO-99A"),
                mcoid=mixed(r, "BW99999999"), sid=digits(r, 9), clm=mixed(r, "A26999999999"),
                ref=mixed(r, "UMR-9999999"), appeal=mixed(r, "APL-26-99999"), npi=r.choice("12") + digits(r, 9),
                acct=digits(r, 7), run=digits(r, 6), dob=dt.date(r.randint(1941, 1998), r.randint(1, 12),
                                                                   r.randint(1, 28)),
                ph=phone(r), fax=phone(r), recv=days(date, -r.randint(6, 12)))


def T(f, ins, dtype, den, lang="en", cases=(), dead=None, alts=None, uns=None, amount=True, mid=None, grp=True,
      plan=False, dalts=None, date=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=mid if mid is not None else f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=[f["dos"].isoformat()], denial_date=(date or f["date"]).isoformat(), provider=AMB,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def amb_lines(f, fd, ms):
    return [[fd(f["dos"]), f["code"], f["desc"], "1", usd(f["base"], ms)],
            [fd(f["dos"]), "A0425", f"Ground mileage, per statute mile ({f['miles']} mi @ {usd(f['rate'], ms)})",
             str(f["miles"]), usd(f["mile_amt"], ms)]]


def eob(f, ds, ms) -> bytes:
    """Member EOB: claims stacked under grey bars, a right-hand summary box, message codes at the end."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{TCH}  EOB-M (Rev 11/25)")
    d.add_page()
    letterhead(d, TCH, "PO Box 41780, Harrisburg, PA 17106  |  Member Services " + f["ph"] + " (TTY 711)", "box")
    y0 = d.get_y()
    d.line("Explanation of Benefits", 14, "B", h=7)
    d.line("This is not a bill.", 9, h=5)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    yl = d.get_y()
    d.set_fill_color(235, 235, 235)
    d.rect(118, y0, 80, 44, style="F")
    d.set_xy(120, y0 + 1)
    for k, v in [("Issued", fd(f["date"])), ("Member ID", f["mid"]), ("Group no.", f["grp"]), ("Plan", f["plan"]),
                 ("Birth date", fd(f["dob"])), ("Period", f"{fd(days(f['date'], -31))} to {fd(days(f['date'], -3))}")]:
        d.set_x(120)
        d.f(8, "B").cell(24, 6, k)
        d.f(8.3).cell(52, 6, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(yl, y0 + 48))
    er_day = days(f["dos"], -1)
    fac = round(f["amt"] * 1.9 + 211.4, 2)
    phys = round(f["amt"] * 0.38 + 47, 2)
    claims = [(f["c1"], FROM_H, er_day, [("0450", "Emergency room", fac, round(fac * .55, 2), 150.0, "")]),
              (f["c2"], ERDOC, er_day, [("99284", "ER visit, moderate", phys, round(phys * .6, 2), 0.0, "")]),
              (f["clm"], AMB, f["dos"], [(f["code"], f["desc"], f["base"], 0.0, 0.0, "AM7"),
                                          ("A0425", f"Mileage x {f['miles']}", f["mile_amt"], 0.0, 0.0, "AM7")])]
    for no, prov, dos, lines in claims:
        d.set_fill_color(205, 205, 205)
        d.f(8.4, "B").cell(0, 6, f"  {prov}   -   Claim # {no}   -   Received {fd(days(dos, 9))}", fill=True,
                           new_x="LMARGIN", new_y="NEXT")
        body = [[fd(dos), c, de, usd(b, ms), usd(a, ms), usd(a - y if a else 0.0, ms), usd(y, ms), rk]
                for c, de, b, a, y, rk in lines]
        body.append(["", "", "Total billed", usd(sum(l[2] for l in lines), ms), "", "", "", ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Msg"], body,
                [22, 14, 56, 21, 19, 19, 17, 12], size=7.6, border=0, head_h=6, row_h=5,
                aligns=["L", "L", "L", "R", "R", "R", "R", "L"])
    hrule(d)
    d.line("Message codes", 9.5, "B", h=6)
    d.para(f"AM7  Ambulance transport between hospitals is covered only when your condition at the time required "
           f"an ambulance and any other way of travel would have put your health at risk. The information we got "
           f"shows you could safely travel from {FROM_H} to {TO_H} by wheelchair van or private car, so this "
           f"transport was not medically necessary. The ambulance company may not bill you more than the amount "
           f"shown under Your share unless you signed a waiver.", 8.4)
    d.para(f"Appeals: you or your doctor may appeal within 180 days of the date of this statement. For urgent "
           f"situations ask for a 72-hour expedited appeal. External review must be requested within 4 months of a "
           f"final decision. Call {f['ph']} or write to Appeals, PO Box 41785, Harrisburg, PA 17106.", 8.4)
    return out(d)


def amb_bill(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{AMB}  |  Fed. Tax ID 25-{f['acct']}  |  NPI {f['npi']}")
    d.add_page()
    letterhead(d, AMB, "1400 Firehouse Lane, Oldbridge, PA 17842  |  Patient Accounts " + f["fax"], "center",
               "Emergency & Critical Care Transport Since 1974")
    d.line("PATIENT BILLING STATEMENT", 13, "B", h=8)
    d.pairs([("Statement date", fd(f["date"])), ("Account no.", f["acct"]), ("Run number", f["run"]),
             ("Patient", f["member"]), ("Date of birth", fd(f["dob"])),
             ("Pick-up", f"{FROM_H}, Oldbridge"), ("Destination", f"{TO_H}, Carrow"),
             ("Primary insurance", f"{TCH}  -  Member {f['mid']}")], label_w=40, size=9.5)
    d.ln(3)
    rows = [l + [""] for l in amb_lines(f, fd, ms)]
    rows.append(["", "", "Insurance payment 0.00 - denied, not medically necessary", "", "", ""])
    d.table(["Date", "HCPCS", "Description", "Units", "Charge", "Note"], rows, [24, 18, 88, 14, 24, 10], size=8.2,
            aligns=["L", "L", "L", "C", "R", "L"])
    d.f(10, "B").cell(0, 7, f"BALANCE DUE FROM PATIENT: {usd(f['amt'], ms)}", align="R", new_x="LMARGIN",
                      new_y="NEXT")
    d.ln(2)
    d.para(f"Your insurance company denied the transport of {fd(f['dos'])}. You may ask your plan for an appeal; we "
           "will send the run report to your plan at your request. If you cannot pay in full, call us to set up a "
           "payment plan. Accounts unpaid after 90 days may be referred to collections.", 9.2)
    d.ln(2)
    d.f(8).cell(0, 5, "-- -- -- -- -- -- -- -- -- please detach and return this portion -- -- -- -- -- -- -- -- --",
                new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Account", f["acct"]), ("Pay this amount", usd(f["amt"], ms)), ("Amount paid", "$ ____________")],
            label_w=40, size=9)
    return out(d)


def prose_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="TCH-UM-L14")
    d.add_page()
    letterhead(d, TCH, "Utilization Management  |  PO Box 41790, Harrisburg, PA 17106", "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"We are writing about the ambulance ride you had on {fd(f['dos'])}, when {AMB} moved you from {FROM_H} "
           f"to {TO_H}. The ambulance company sent us claim number {f['clm']} for {usd(f['amt'], ms)}. We have "
           f"decided not to pay this claim.", 10)
    d.para(f"Your plan pays for ambulance transport between hospitals only when you need medical care on the way "
           f"and could not travel any other way without danger to your health. The nurse notes from {FROM_H} say "
           f"you were stable, walking with help and did not need oxygen or heart monitoring during the trip. A "
           f"medical director reviewed the claim and found that a wheelchair van or a car would have been safe. "
           f"For that reason the transport was not medically necessary.", 10)
    d.para(f"Your member ID is {f['mid']} and your group number is {f['grp']}. Please use them when you call or "
           f"write to us.", 10)
    d.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Send your appeal and any "
           f"records, such as the ambulance run report, to Appeals, PO Box 41785, Harrisburg, PA 17106, or call "
           f"{f['ph']}. If your health is at serious risk, you can ask for an expedited appeal, which we decide "
           f"within 72 hours. After our final decision you may ask for an independent external review within four "
           f"months.", 10)
    d.para("You can ask for the guideline we used and copies of the records about your claim free of charge.", 10)
    signature(d, ["Gideon F. Ashcombe, MD", "Medical Director", TCH])
    return out(d)


def records_request(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left=f"{TCH}  -  Clinical Claims  -  Fax {f['fax']}")
    d.add_page()
    letterhead(d, TCH, "Clinical Claims Review, PO Box 41790, Harrisburg, PA 17106", "right")
    d.line(f"Date: {fd(f['rr'])}", 10, "B", h=6)
    mail_to(d, [AMB, "Attn: Billing / Compliance", "1400 Firehouse Lane", "Oldbridge, PA 17842"], 9.5)
    d.line("REQUEST FOR ADDITIONAL INFORMATION", 12, "B", h=7)
    d.table(["Patient", "Member ID", "Claim number", "Reference", "Date of service", "Billed"],
            [[f["member"], f["mid"], f["clm"], f["ref"], fd(f["dos"]), usd(f["amt"], ms)]],
            [38, 30, 30, 26, 27, 25], size=8)
    d.para(f"We cannot finish processing this interfacility transport without the patient care report (run "
           f"report) and the physician certification statement (PCS) signed by the sending physician at {FROM_H}. "
           f"Please fax them to {f['fax']} within 45 days of the date of this request. If we do not get them we "
           f"will decide the claim on the records we have.", 9.6)
    d.para("This is not a denial. Please do not bill the member while this request is open.", 9.6)
    signature(d, ["Claims Nurse Reviewer", TCH], "Thank you,")
    return out(d)


def provider_notice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, TCH, "Clinical Claims Review, PO Box 41790, Harrisburg, PA 17106", "right")
    d.line(f"Date: {fd(f['date'])}", 10, "B", h=6)
    mail_to(d, [AMB, "Attn: Billing / Compliance", "1400 Firehouse Lane", "Oldbridge, PA 17842"], 9.5)
    d.line("PROVIDER NOTICE - CLAIM DENIED AFTER CLINICAL REVIEW", 11.5, "B", h=7)
    d.boxed_pairs([("Patient / Member ID", f"{f['member']}  /  {f['mid']}"), ("Group", f["grp"]),
                   ("Claim number", f["clm"]), ("Review reference", f["ref"]),
                   ("Transport date", fd(f["dos"])), ("Codes", f"{f['code']}, A0425 x {f['miles']}"),
                   ("Total charge", usd(f["amt"], ms)), ("Records received", fd(f["recv"])),
                   ("Rendering NPI", f["npi"])], label_w=50, size=9)
    d.para("Determination: DENIED - not medically necessary. The run report documents a stable patient (blood "
           "pressure and oxygen saturation normal, no IV medications, no cardiac monitoring en route) transferred "
           "for a specialist consult. The PCS lists 'no wheelchair van available' as the reason for ambulance. "
           "Lack of another vehicle does not make ambulance transport medically necessary.", 9.4)
    d.para("Provider appeal: you may request reconsideration within 60 days of the date of this notice. A member "
           "may file a separate appeal under the plan's member appeal rules. Peer-to-peer discussion is available "
           f"by calling {f['ph']} within 14 days.", 9.4)
    signature(d, ["Hannelore V. Pryce, DO, Associate Medical Director", TCH], "")
    return out(d)


def aviso_es(f, ms) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left="BCC-NABD-SP (Rev. 09/2025)")
    d.add_page()
    letterhead(d, BCC, "Plan de atención administrada de Medicaid  |  300 Riverfront Plaza, Scranton, PA 18503",
               "center", "Servicios al Miembro " + f["ph"])
    d.line("AVISO DE DENEGACIÓN DE PAGO", 13, "B", align="C", h=8)
    d.line(f"Fecha del aviso: {fd(f['date'])}", 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.pairs([("Miembro", f["member"]), ("N.º de identificación del plan", f["mcoid"]),
             ("N.º de Medicaid (ACCESS)", f["sid"]), ("N.º de reclamo", f["clm"]),
             ("Fecha del traslado", fd(f["dos"])), ("Proveedor", AMB), ("Cantidad facturada", usd(f["amt"], ms)),
             ("Fecha de nacimiento", fdate(f["dob"], "slash"))], label_w=62, size=9.3)
    d.ln(2)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Negamos el pago del traslado en ambulancia desde {FROM_H} hasta {TO_H}. Revisamos el informe del "
           "viaje y usted estaba estable: no necesitaba oxígeno ni monitor cardíaco. Podía viajar de forma segura en "
           "una camioneta para silla de ruedas. Por eso el traslado en ambulancia no era médicamente necesario.",
           9.6)
    d.para(f"Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días a partir de la fecha de este "
           f"aviso. Llame al {f['ph']} o escriba a Apelaciones, 300 Riverfront Plaza, Scranton, PA 18503. Si su "
           "salud corre peligro, pida una apelación rápida: la decidimos en 72 horas. Después de nuestra decisión "
           "puede pedir una audiencia imparcial estatal dentro de 120 días.", 9.5)
    d.para("No tiene que pagarle a la compañía de ambulancias por este servicio.", 9.5)
    signature(d, ["Departamento de Revisión Clínica", BCC], "Atentamente,")
    return out(d)


def overturn(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="TCH-APL-OVR")
    d.add_page()
    letterhead(d, TCH, "Member Appeals Unit  |  PO Box 41785, Harrisburg, PA 17106  |  " + f["ph"], "rule",
               "Grievance and Appeals")
    d.line("APPEAL DECISION", 13, "B", h=7)
    d.pairs([("Decision date", fd(f["date"])), ("Appeal number", f["appeal"]), ("Member", f["member"]),
             ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim", f["clm"]),
             ("Service", "Ground ambulance, hospital-to-hospital transfer"), ("Date of transport", fd(f["dos"])),
             ("Provider", AMB), ("Amount billed", usd(f["amt"], ms)), ("Appeal received", fd(f["recv"]))],
            label_w=42, size=9.4)
    d.ln(2)
    d.line("Decision: OVERTURNED - the claim will be paid", 10.5, "B", h=7)
    d.para(f"A board-certified emergency physician who was not part of the first decision reviewed your appeal. "
           f"With the appeal we received the ambulance run report (run {f['run']}). It shows that you were on a "
           f"heart monitor with an IV drip running during the whole trip and that a paramedic watched your heart "
           f"rhythm. That care could not be given in a car or a wheelchair van, so the transport was medically "
           f"necessary.", 9.6)
    d.para("We have sent the claim back for payment. You will get a new Explanation of Benefits in about 30 days. "
           "You only owe your normal cost share.", 9.6)
    signature(d, ["Appeals Coordinator", TCH])
    return out(d)


def paid_eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{TCH}  EOB-M (Rev 11/25)")
    d.add_page()
    letterhead(d, TCH, "PO Box 41780, Harrisburg, PA 17106  |  Member Services " + f["ph"], "box")
    d.line("Explanation of Benefits - Adjusted Claim", 13, "B", h=7)
    d.line("This is not a bill.", 9, h=5)
    d.ln(1)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.pairs([("Date issued", fd(f["date"])), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan", f["plan"]),
             ("Claim number", f["clm"]), ("Provider", AMB)], label_w=34, size=9.2)
    d.ln(2)
    allowed_b = round(f["base"] * 0.72, 2)
    allowed_m = round(f["mile_amt"] * 0.8, 2)
    cop = 100.0
    rows = [[fd(f["dos"]), f["code"], usd(f["base"], ms), usd(allowed_b, ms), usd(allowed_b - cop, ms), usd(cop, ms),
             "AP2"],
            [fd(f["dos"]), "A0425", usd(f["mile_amt"], ms), usd(allowed_m, ms), usd(allowed_m, ms), usd(0, ms), "AP2"],
            ["", "Totals", usd(f["amt"], ms), usd(allowed_b + allowed_m, ms), usd(allowed_b + allowed_m - cop, ms),
             usd(cop, ms), ""]]
    d.table(["Service date", "Code", "Amount billed", "Plan allowance", "Paid to provider", "You owe", "Note"], rows,
            [28, 20, 28, 28, 30, 22, 14], size=8.3, aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    d.para(f"AP2  This claim was reprocessed after your appeal {f['appeal']} was approved. The amount under You owe "
           "is your ambulance copay.", 8.6)
    d.para("If you disagree with how this claim was paid you may appeal within 180 days of receiving this notice.",
           8.6)
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    r = random.Random(SEED + 1)
    f = facts(r)
    f.update(c1=mixed(r, "H26999999999"), c2=mixed(r, "P26999999999"))
    items.append(Item(P + "bd_member_eob_three_claims", "born_digital",
                      [(eob(f, "slash", "plain"), T(f, TCH, "eob", "medical_necessity", cases=[f["clm"]],
                                                      dead=days(f["date"], 180), plan=True))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_ambulance_patient_bill", "scan_clean_300",
                      [(amb_bill(f, "long", "plain"), T(f, None, "other", None, grp=False, uns=["insurer"]))]))
    f = facts(random.Random(SEED + 3))
    items.append(Item(P + "copy_prose_member_letter", "photocopy",
                      [(prose_letter(f, "long", "plain"),
                        T(f, TCH, "denial_letter", "medical_necessity", cases=[f["clm"]],
                          dead=days(f["date"], 180)))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(rr=days(f["dos"], r.randint(12, 16)), date=days(f["dos"], r.randint(50, 60)))
    f["recv"] = days(f["date"], -r.randint(6, 10))
    t1 = T(f, TCH, "other", None, cases=[f["clm"], f["ref"]], grp=False, date=f["rr"])
    t2 = T(f, TCH, "denial_letter", "medical_necessity", cases=[f["clm"], f["ref"]], dead=days(f["date"], 60))
    items.append(Item(P + "faxfine_stack_records_request_provider_denial", "fax_fine_g4",
                      [(records_request(f, "upper_dmy", "plain"), t1), (provider_notice(f, "upper_dmy", "plain"), t2)],
                      separators=["cover", "blank"]))
    f = facts(random.Random(SEED + 5), "es")
    items.append(Item(P + "photo_aviso_medicaid_es", "phone_photo",
                      [(aviso_es(f, "plain"),
                        T(f, BCC, "denial_letter", "medical_necessity", "es", cases=[f["clm"]], grp=False,
                          mid=f["mcoid"], dead=days(f["date"], 60), alts={"member_id": [f["sid"]]}))]))
    f = facts(random.Random(SEED + 6))
    items.append(Item(P + "rot_appeal_overturned_run_report", "rotated",
                      [(overturn(f, "iso", "plain"), T(f, TCH, "other", None, cases=[f["appeal"], f["clm"]]))]))
    f = facts(random.Random(SEED + 7))
    f.update(appeal=mixed(random.Random(SEED + 17), "APL-26-99999"))
    items.append(Item(P + "lowres_adjusted_paid_eob", "scan_lowres_150",
                      [(paid_eob(f, "dmy", "nosign"), T(f, TCH, "eob", None, cases=[f["clm"]], plan=True))]))
    return items
