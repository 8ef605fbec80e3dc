"""Family 'hospital_estimate_dispute_response_letter': an invented hospital answering a patient who disputes a bill
far above the good-faith estimate (GFE) given before a scheduled outpatient surgery. Mostly nothing is denied:
the hospital's reply (bill reduced), an adjusted statement, a standard-fax stack of the patient's dispute
form and the GFE copy, the patient's plan EOB with one line refused, a Spanish reply, a final dispute decision
whose rights wording says 'denied' as a decoy, and a payment plan letter. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospital_estimate_dispute_response_letter"
LANG = "en"
SEED = 338400
HOSP = "Saint Brendan Lakeshore Hospital"
PLAN = "Ravenholt Mutual Health"
SURG = ["Dr. Oriel S. Pennington", "Dr. Lucan D. Hargreave", "Dr. Soraya B. Feldkamp"]
PROC = "Laparoscopic cholecystectomy (outpatient)"
RIGHTS = ("If you were uninsured or self-pay and your final bill is at least $400 more than your good faith "
          "estimate, you may start the patient-provider dispute resolution process within 120 calendar days of "
          "the date on the original bill. If your request is denied or not eligible, you will be told why. "
          "Starting a dispute will not cause your account to be sent to collections while it is open.")


def pt(r: Rand, lang: str = "en") -> dict:
    nm, first, mid, last = r.person(lang)
    dos = r.date(dt.date(2025, 11, 3), 40)
    est = float(r.amount(5200, 6400))
    billed = round(est + r.randint(1900, 3400) + r.randint(0, 99) / 100, 2)
    return dict(member=nm, first=first, last=last, addr=r.address(lang), dob=r.date(dt.date(1960, 1, 1), 12000),
                acct=f"{r.digits(9)}", gfe=f"GFE-{r.digits(6)}", disp=f"PD-{r.digits(5)}", dos=dos, est=est,
                billed=billed, surg=r.choice(SURG), ph=r.phone(), bill=dos + dt.timedelta(days=r.randint(20, 30)))


def labels(d: Doc, rows, w: float = 44, size: float = 9.5):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab)
        d.font(size)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def lines(f: dict) -> list[tuple[str, str, float]]:
    b = f["billed"]
    parts = [("0360", "Operating room services, 1st hour + add'l 30 min", 0.46), ("0370", "Anesthesia, facility", 0.12),
             ("0710", "Recovery room", 0.11), ("0250", "Pharmacy", 0.09), ("0272", "Sterile supplies", 0.12)]
    out = [(rc, ds, round(b * p, 2)) for rc, ds, p in parts]
    out.append(("0300", "Laboratory / pathology", round(b - sum(x[2] for x in out), 2)))
    return out


# 1 ------------------------------------------------------------ hospital's response letter (born digital)
def doc_reply(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    sent = f["bill"] + dt.timedelta(days=r.randint(30, 50))
    recv = sent - dt.timedelta(days=r.randint(10, 20))
    adj = round(f["billed"] - f["est"], 2)
    d = Doc(footer="Patient Financial Services  -  SBLH-PFS-118  -  {p}/{n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(HOSP, 16, "B", h=8)
    d.text_line("Patient Financial Services  |  900 Harbor View Road, Duluth, MN 55802  |  1-218-555-0140", 8.5, h=5)
    d.rule(0.5, 6)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    labels(d, [("Account number", f["acct"]), ("Dispute reference", f["disp"]), ("Date of service", fmt_date(f["dos"], "slash")),
               ("Your dispute received", fmt_date(recv, "slash"))])
    d.text_line("Response to your billing dispute", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: thank you for writing to us about your bill for the {PROC.lower()} "
           f"performed by {f['surg']}. Before the surgery we gave you good faith estimate {f['gfe']} for "
           f"{fmt_money(f['est'])}. The total charges on your bill were {fmt_money(f['billed'])}.", 10.5)
    d.para("We reviewed the itemized charges. The difference came from a second hour of operating room time and a "
           "pathology charge that were not on the estimate. Because you were a self-pay patient, we have applied "
           f"a courtesy adjustment of {fmt_money(adj)} so that you owe no more than the estimate. Your new balance "
           f"is {fmt_money(f['est'])}.", 10.5)
    d.para(RIGHTS, 9.5)
    d.para(f"Questions? Call a financial counselor at 1-218-555-0140. Sincerely, Marguerite Ashby, Billing "
           "Resolution Specialist", 10)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["disp"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [None, m2(f["est"])], "provider": [f["surg"].replace("Dr. ", "")]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ adjusted statement (scan clean)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = f["bill"] + dt.timedelta(days=r.randint(45, 60))
    adj = round(f["billed"] - f["est"], 2)
    paid = float(r.choice([250, 300, 500]))
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(HOSP.upper(), 13, "B", h=7)
    d.text_line("STATEMENT OF ACCOUNT  -  PLEASE KEEP FOR YOUR RECORDS", 9, h=5)
    d.rule(0.5, 3)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 40), ("Guarantor / patient", f["member"], 62),
             ("Account no.", f["acct"], 38), ("Amount due", fmt_money(f["est"] - paid), 36)])
    d.ln(3)
    rows = [[fmt_date(f["dos"], "slash"), rc, ds, fmt_money(v, "nosign")] for rc, ds, v in lines(f)]
    rows.append(["*", "", "Total charges", fmt_money(f["billed"], "nosign")])
    rows.append([fmt_date(stmt - dt.timedelta(days=9), "slash"), "", f"Adjustment - estimate dispute {f['disp']}",
                 "-" + fmt_money(adj, "nosign")])
    rows.append([fmt_date(stmt - dt.timedelta(days=6), "slash"), "", "Patient payment - thank you",
                 "-" + fmt_money(paid, "nosign")])
    rows.append(["*", "", "Balance", fmt_money(f["est"] - paid, "nosign")])
    d.table(["Date", "Rev", "Description", "Amount"], rows, [26, 16, 110, 30], size=8.5, aligns="LLLR")
    d.para(f"Surgeon: {f['surg']} (billed separately by Lakeshore Surgical Associates). Insurance on file: none - "
           "self-pay. Patient DOB " + fmt_date(f["dob"], "slash") + ".", 8.5)
    d.para("Pay online, by phone at 1-218-555-0141, or ask about an interest-free payment plan.", 8.5)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [None], "case_numbers": [[f["disp"]]], "denial_date": [None]})
    return pdf_bytes(d), t


# 3 ------------------------------------------------------------ fax stack: dispute form + GFE copy
def doc_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(f"{HOSP} - Patient Billing Dispute Form", 12.5, "B", h=7)
    d.text_line("Return to Patient Financial Services, fax 1-218-555-0149", 8.5, h=5)
    d.rule(0.5, 4)
    d.boxes([("Patient name", f["member"], 70), ("Date of birth", fmt_date(f["dob"], "mdy_nopad"), 40),
             ("Account #", f["acct"], 40), ("Phone", f["ph"], 28)])
    d.boxes([("Date(s) of service", fmt_date(f["dos"], "mdy_nopad"), 44), ("Estimate #", f["gfe"], 40),
             ("Estimate total", fmt_money(f["est"]), 44), ("Billed total", fmt_money(f["billed"]), 50)])
    d.ln(4)
    d.text_line("Reason for dispute (check all that apply):", 10, "B", h=6)
    for box in ["[X] Bill is much higher than my good faith estimate", "[ ] Charges for services I did not receive",
                "[ ] My insurance should have paid", "[X] I want an itemized bill"]:
        d.text_line(box, 10, h=5.5)
    d.ln(2)
    d.para("Explain: I was quoted the estimate above and paid my deposit. My bill is over $2,000 more. Nobody told me "
           "the surgery might run longer. I am uninsured and cannot pay this.", 10)
    d.para(f"Signature: {f['first']} {f['last']}          Date signed: {fmt_date(f['signed'], 'mdy_nopad')}", 10)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(f["signed"]), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [None], "denial_date": [None]})
    return pdf_bytes(d), t


def doc_gfe(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line("Good Faith Estimate for Health Care Items and Services", 12, "B", h=7)
    d.text_line(HOSP, 10, h=6)
    d.rule(0.4, 3)
    labels(d, [("Patient", f["member"]), ("Patient date of birth", fmt_date(f["dob"], "long")),
               ("Estimate number", f["gfe"]), ("Date of estimate", fmt_date(f["gfe_date"], "long")),
               ("Scheduled date", fmt_date(f["dos"], "long")), ("Primary service", PROC),
               ("Diagnosis", "K80.20 Calculus of gallbladder")], w=48)
    rows = [["Facility - OR, recovery, supplies, pharmacy", fmt_money(f["est"] * 0.82)],
            ["Facility - anesthesia", fmt_money(f["est"] * 0.18)], ["*Total estimated facility charges", fmt_money(f["est"])]]
    d.table(["Item", "Estimated cost"], rows, [130, 40], size=9, aligns="LR")
    d.para(f"Surgeon ({f['surg']}) and anesthesiologist fees are estimated separately by their practices. "
           "This is only an estimate; actual items, services or charges may differ. You have the right to "
           "initiate a dispute if you are billed at least $400 more than this estimate. Keep a copy.", 9)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["gfe"]], claim_amount=m2(f["est"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["gfe_date"]), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = pt(r)
    f.update(signed=f["bill"] + dt.timedelta(days=r.randint(8, 20)), gfe_date=f["dos"] - dt.timedelta(days=r.randint(5, 12)))
    return Item(f"{FAMILY}_faxstd_stack", "fax_standard_g4", [doc_form(r, f), doc_gfe(r, f)],
                separators=["cover", None])


# 4 ------------------------------------------------------------ insurer EOB with a denied line (phone photo)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    mid, grp = f"RMH{r.digits(9)}", f"{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    c_fac, c_surg, c_path = (f"{r.digits(4)} {r.digits(4)} {r.digits(3)}" for _ in range(3))
    fac = [("0360", "OR services", round(f["billed"] * 0.55, 2), False), ("0710", "Recovery", round(f["billed"] * 0.15, 2), False),
           ("0278", "Supply - implant, other", round(f["billed"] * 0.08, 2), True)]
    fac.append(("0250", "Pharmacy", round(f["billed"] - sum(x[2] for x in fac), 2), False))
    surg = float(r.amount(1800, 2600))
    path = float(r.amount(140, 260))
    d = Doc(margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line("Explanation of Benefits", 11, h=6)
    d.boxes([("Date issued", fmt_date(stmt, "long"), 44), ("Member", f["member"], 56), ("ID", mid, 44), ("Group", grp, 38)])
    d.ln(3)
    def block(title, rows):
        d.font(9, "B")
        d.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "Your share", "Remark"], rows,
                [22, 14, 50, 20, 20, 20, 20, 16], size=7.6, aligns="LLLRRRRL")
    block(f"Claim {c_fac} - {HOSP}", [[fmt_date(f["dos"], "slash"), c, s, fmt_money(v), fmt_money(0 if den else v * 0.6),
          fmt_money(0 if den else v * 0.48), fmt_money(v if den else v * 0.12), "N30" if den else ""] for c, s, v, den in fac]
          + [["*Claim total", "", "", fmt_money(f["billed"]), "", "", "", ""]])
    block(f"Claim {c_surg} - {f['surg']}", [[fmt_date(f["dos"], "slash"), "47562", "Lap cholecystectomy", fmt_money(surg),
          fmt_money(surg * 0.5), fmt_money(surg * 0.4), fmt_money(surg * 0.1), ""]])
    block(f"Claim {c_path} - Northshore Pathology Group", [[fmt_date(f["dos"], "slash"), "88305", "Tissue exam",
          fmt_money(path), fmt_money(path * 0.5), fmt_money(path * 0.4), fmt_money(path * 0.1), ""]])
    d.para("N30 - The implant/supply line is not a covered benefit when billed without an implantable device "
           "invoice; the item is not covered under your plan. Coinsurance applies to the other lines.", 8.5)
    d.para("You have the right to appeal. Send a written appeal within 180 days of the date of this statement. "
           "Urgent care appeals: 72 hours. Claims received in the period " +
           f"{fmt_date(stmt - dt.timedelta(days=21), 'slash')} - {fmt_date(stmt, 'slash')}.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_fac], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=HOSP, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(fac[2][2])]}, denial_alternates=["coding_error", "other"])
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ Spanish reply (photocopy)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = pt(r, "es")
    sent = f["bill"] + dt.timedelta(days=r.randint(30, 50))
    d = Doc(font="DejaVu", margins=(22, 16, 22))
    d.add_page()
    d.text_line(HOSP, 15, h=8)
    d.text_line("Servicios Financieros al Paciente  -  1-218-555-0140 (español: opción 2)", 9, h=5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(sent, "es"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.para(f"Cuenta del paciente: {f['acct']}      Referencia de la disputa: {f['disp']}", 10)
    d.para(f"Estimado/a {f['first']} {f['last']}: Recibimos su disputa sobre la factura de la cirugía del "
           f"{fmt_date(f['dos'], 'es')}. El cálculo de buena fe ({f['gfe']}) era de {fmt_money(f['est'])} y los "
           f"cargos totales fueron de {fmt_money(f['billed'])}.", 10.5)
    d.para("Revisamos su cuenta y ajustamos el saldo al monto del cálculo de buena fe. No tiene que pagar la "
           "diferencia. Si una solicitud de disputa es denegada, se le explicará el motivo por escrito; la suya "
           "fue aceptada. Puede pedir un plan de pagos sin intereses.", 10.5)
    d.para("Atentamente,\nOficina de Resolución de Facturación", 10.5)
    t = truth("other", None, lang="es", member_name=f["member"], case_numbers=[f["disp"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [None, m2(f["est"])]})
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ final dispute decision, partial (rotated)
def doc_final(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    sent = f["bill"] + dt.timedelta(days=r.randint(60, 80))
    allowed = round(f["est"] + 400, 2)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(HOSP, 15, "B", align="C", h=7)
    d.text_line("Office of Billing Resolution", 10, align="C", h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "upper"), 11, h=6)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 11)
    d.para(f"RE: Final decision on dispute {f['disp']} - account {f['acct']}", 11, )
    d.para(f"Dear {f['first']} {f['last']}: This letter completes our review of the charges from your surgery on "
           f"{fmt_date(f['dos'], 'upper')}. Your original bill showed total charges of {fmt_money(f['billed'])}.", 11)
    d.para("The operating room time on your record was documented by the surgical team and we are keeping that "
           f"charge. We removed the pathology line that was not on your estimate. Your account balance is now "
           f"{fmt_money(allowed)}.", 11)
    d.para(RIGHTS + " Dispute requests that are denied may be taken to a selected dispute resolution entity.", 10)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["disp"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [None, m2(allowed)]})
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ payment plan letter (low res)
def doc_plan(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    sent = f["bill"] + dt.timedelta(days=r.randint(40, 60))
    first = sent + dt.timedelta(days=14)
    months = 12
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line("saint brendan lakeshore", 16, h=8)
    d.text_line("HOSPITAL  ·  patient financial services", 8.5, h=5)
    d.ln(5)
    d.text_line(fmt_date(sent, "iso"), 10.5, h=6)
    d.para(f"To: {f['member']}\nAccount: {f['acct']}   Dispute: {f['disp']}", 10.5)
    d.text_line("Your payment plan is approved", 12, "B", h=7)
    d.para(f"Following your estimate dispute, your balance for the {fmt_date(f['dos'], 'iso')} surgery is "
           f"{fmt_money(f['est'])}. You asked to pay over {months} months. We approved a plan of "
           f"{fmt_money(f['est'] / months)} a month, first payment due {fmt_date(first, 'iso')}, no interest.", 10.5)
    d.para("If a payment is missed for 60 days the plan may end. This approval does not change any charges. "
           "Call 1-218-555-0140 with questions.", 10)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["disp"]], service_dates=[iso(f["dos"])],
              denial_date=iso(sent), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(f["est"])]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_reply, "bd_dispute_reply", "born_digital"), (2, doc_statement, "scan_adjusted_statement", "scan_clean_300"),
              (3, doc_eob, "photo_plan_eob", "phone_photo"), (4, doc_es, "copy_respuesta_es", "photocopy"),
              (5, doc_final, "rot_final_decision", "rotated"), (6, doc_plan, "lowres_payment_plan", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
