"""An invented commercial plan (Quarry Lantern Health Plan) paying an off-campus hospital clinic's visits at the
physician-office rate (site-neutral payment): the hospital's clinic facility fee (revenue code 0510, HCPCS G0463)
is denied, the professional visit paid at the non-facility (office) rate, with the hospital's bill to the patient.
HCPCS / CPT codes, revenue codes and place-of-service codes appear as themselves; the plan, its facility fee
policy (FP-114), the hospital, its Dunmore Commons clinic, every person and number is invented.

Documents (8 in 7 files):
- scan300_member_eob_facility_fee_row_denied: the member EOB, five claim lines in a ruled table (professional
  visit, labs, an earlier visit) with the clinic facility fee row denied "SN1"; subscriber, plan year, an example
  amount, the 72-hour and external review limits, the plan's ZIP+4 and taglines as decoys.
- faxstd_provider_claim_adjustment_caption_boxes: the plan's claim adjustment notice to the hospital's patient
  financial services in small caption boxes under a typed fax header; member ID one character to a box (letter O /
  digit 0, letter I / digit 1), group with dashes, bill type, NPI, patient account, related professional claim.
- faxstd_hospital_reconsideration_letter_small_type: the hospital's own reconsideration request to the plan in
  small type (the provider only as the letterhead sender; denies nothing); DOB and the plan's claim quoted.
- phone_member_letter_provider_only_in_cc: the plan's denial letter to the member; the hospital named only in the
  "cc:" line at the foot.
- rotated_hospital_bill_facility_fee_left_to_patient: the hospital's bill to the patient: the professional and lab
  lines paid, the facility fee denied by the plan and left to the patient (denies nothing).
- lowres_spanish_facility_fee_denial: the denial in Spanish.
- photocopy_stack_upheld_appeal_title_date_then_recoupment: a fax cover, the upheld appeal whose only date is
  in its title line, then the plan's post-payment recoupment letter to the hospital (turned sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import bracket, tiny_date
from kit_rounddl_famdlc import DLSheet, confusable_id
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "hospital_outpatient_clinic_site_neutral_facility_fee_denial"
LANG = "en"
SEED = 352002
PLAN = "Quarry Lantern Health Plan"
HOSP = "Vennholt Ridge Hospital"
CLINIC = "Vennholt Ridge Primary Care - Dunmore Commons"
DOCS = ["Dr. Anneliese Markovic", "Dr. Tobias Ferrante", "Dr. Yolanda Pruitt"]
FEE = ("0510", "G0463", "Hospital outpatient clinic visit (facility fee)")
POLICY = "Facility Fee Payment Policy FP-114"


def _ids(rng):
    return {"mid": confusable_id(rng, rng.choice(["QLoddidddd", "QLddoidddi", "QLiddoddod"])),
            "grp": f"{digits(rng, 3)}-{digits(rng, 4)}-{rng.choice('ABC')}{digits(rng, 2)}",
            "plan": f"Lantern Choice PPO {rng.choice(['Silver', 'Gold'])} {digits(rng, 2)}"}


def _logo(p: DLSheet, rng, dept: str):
    p.set_fill_color(60, 60, 60)
    y = p.get_y()
    p.rect(p.l_margin, y, 9, 9, style="F")
    p.set_xy(p.l_margin + 12, y)
    p.f(13, "B")
    p.cell(0, 5.5, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 12)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 8999)}, Spokane WA 99220-{digits(rng, 4)}  |  "
                 f"1-877-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


def _reason(dos_text: str) -> str:
    return (f"The clinic visit on {dos_text} took place at an off-campus department of a hospital (place of service "
            f"19). Under the plan's {POLICY}, office visits at such a clinic are paid at the physician-office rate: "
            f"the doctor's visit is paid as if it were given in an office, and the separate hospital facility fee "
            f"({FEE[0]} / {FEE[1]}) is not payable.")


def scan300_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, rng.randint(6, 24))
    doc = DOCS[0]
    d_old = dt.date(2026, 1, rng.randint(6, 28))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    cl = [f"{digits(rng, 9)}{i}0" for i in range(5)]
    spec = [(d_old, "99213", "Office visit", doc), (dos, "99214", "Office visit, office rate", doc),
            (dos, FEE[1], "Clinic facility fee, rev 0510", HOSP), (dos, "85025", "Blood count", HOSP),
            (dos, "36415", "Blood draw", HOSP)]
    rows, deny = [], 2
    tb = tp = to = 0.0
    for i, (d, code, desc, prov) in enumerate(spec):
        lo, hi = {"99213": (150, 190), "99214": (220, 280), FEE[1]: (310, 460), "85025": (38, 60),
                  "36415": (18, 30)}[code]
        billed = amount(rng, lo, hi)
        if i == deny:
            allowed = paid = 0.0
            owe, rmk, dbill = billed, "SN1", billed
        else:
            allowed = round(billed * 0.62, 2)
            paid = round(allowed * 0.8, 2)
            owe, rmk = round(allowed - paid, 2), ""
        tb, tp, to = tb + billed, tp + paid, to + owe
        rows.append([cl[i], fdate(d, "slash"), prov, code, desc, money(billed, "nosign"), money(allowed, "nosign"),
                     money(paid, "nosign"), money(owe, "nosign"), rmk])
    rows.append(["Totals", "", "", "", "", money(tb, "nosign"), "", money(tp, "nosign"), money(to, "nosign"), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group number:", ids["grp"]), ("Plan:", ids["plan"]),
                   ("Plan year:", "01/01/2026 - 12/31/2026")], w=104, size=8.4)
    p.ln(3)
    p.table(["Claim", "Service date", "Provider", "Code", "Description", "Billed", "Allowed", "Plan paid",
             "You owe", "Rmk"], rows, [21, 16, 34, 12, 40, 15, 15, 15, 14, 8], size=6.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para(f"**SN1**  {_reason(fdate(dos, 'long'))} If you were billed for the facility fee, call us: your hospital's "
           "contract may not let it bill you for this amount.", 8.4)
    p.para("How to read this statement: if a provider billed $300.00 and the allowed amount were $180.00, the plan "
           "would pay $144.00 (80%) and you would owe $36.00.", 8.2)
    p.para(f"You may appeal a denied service within 180 days of the date of this statement. Urgent appeals are "
           f"decided within 72 hours. After a final appeal decision you may ask for an external review within 4 "
           f"months. Member Services 1-877-555-{digits(rng, 4)}.", 8.2)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[deny]], claim_amount=m2(dbill), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["level_of_care"])
    return out(p), t


def faxstd_adjustment(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(1, 24))
    dos = dt.date(2026, 3, rng.randint(2, 27))
    b_fee = amount(rng, 320, 480)
    b_lab = amount(rng, 40, 70)
    billed = round(b_fee + b_lab, 2)
    claim = f"{digits(rng, 10)}-H"
    prof = f"{digits(rng, 10)}-P"
    doc = DOCS[1]
    fax = (f"{tiny_date(nd)} 08:{rng.randint(10, 59)}  QUARRY LANTERN HP  509-555-{digits(rng, 4)}  ->  VENNHOLT "
           f"RIDGE PFS  509-555-{digits(rng, 4)}  PG {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.f(7.2)
    for ln in [f"To: {HOSP} - Patient Financial Services", f"{rng.randint(100, 9800)} Old Mill Rd, Spokane WA "
               f"992{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("CLAIM ADJUSTMENT NOTICE - FACILITY FEE NOT PAYABLE (SITE OF SERVICE)", 8.4, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 36), ("Bill type", "0131", 18),
         ("Facility NPI", digits(rng, 10), 30), ("Tax ID", f"91-{digits(rng, 7)}", 28), ("Patient acct", f"VR{digits(rng, 8)}", 36)],
        [("Patient", mem, 52), ("Group", ids["grp"], 34), ("Plan", ids["plan"], 56), ("Attending", doc, 44)],
        [("Service date", fdate(dos, "slash"), 28), ("Clinic", "Dunmore Commons (off-campus)", 56),
         ("Total billed", money(billed), 30), ("Allowed", money(round(b_lab * 0.6, 2)), 28),
         ("Paid", money(round(b_lab * 0.6, 2)), 28)],
    ], cap=5.8, val=7.3)
    p.char_boxes("Member ID", ids["mid"], cap=5.8, val=8.4)
    p.f(6.8, "B")
    p.cell(0, 3.4, "Line detail", new_x="LMARGIN", new_y="NEXT")
    p.table(["Ln", "Rev", "HCPCS", "Description", "Billed", "Allowed", "Paid", "Adj. code"],
            [["1", FEE[0], FEE[1], "Clinic visit, facility", money(b_fee, "nosign"), "0.00", "0.00", "CO-SN1"],
             ["2", "0300", "85025", "Lab, blood count", money(b_lab, "nosign"), money(b_lab * 0.6, "nosign"),
              money(b_lab * 0.6, "nosign"), "CO-45"]],
            [8, 12, 16, 50, 22, 22, 22, 24], size=6.9, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.para(f"CO-SN1  {_reason(fdate(dos, 'slash'))} The professional claim {prof} was repriced at the non-facility "
           "rate (place of service 11). The facility fee may not be billed to the member.", 6.9)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.2)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Include the clinic's "
           "provider-based attestation if you believe the department is on the hospital's main campus (within 250 "
           "yards). Corrected claims must be received within 365 days of the date of service.", 6.9)
    p.para(f"Provider Services 1-877-555-{digits(rng, 4)}. Form QLHP-CAN-19 (rev. 02/26).", 6.9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["level_of_care"],
              type_alternates=["eob"], alternates={"provider": [doc, CLINIC], "claim_amount": [m2(b_fee)]})
    return out(p), t


def faxstd_hospital_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    ld = dt.date(2026, 5, rng.randint(4, 22))
    dos = dt.date(2026, 3, rng.randint(2, 27))
    den = plus(dos, rng.randint(20, 35))
    dob = dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28))
    b_fee = amount(rng, 320, 480)
    claim = f"{digits(rng, 10)}-H"
    fax = (f"{tiny_date(ld)} 16:{rng.randint(10, 59)}  VENNHOLT RIDGE PFS  509-555-{digits(rng, 4)}  ->  QLHP "
           f"PROVIDER APPEALS  P.{{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(22, 12, 22)
    p.add_page()
    p.f(12, "B")
    p.cell(0, 5.5, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.4, f"Patient Financial Services  |  Spokane WA  |  509-555-{digits(rng, 4)}  |  Fax 509-555-"
                   f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(7.4)
    p.cell(0, 3.4, fdate(ld, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [PLAN, "Provider Appeals", f"PO Box {rng.randint(2000, 8999)}", f"Spokane WA 99220-{digits(rng, 4)}"]:
        p.cell(0, 3.3, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.re_block([f"Request for reconsideration, claim {claim}", f"Patient {mem}, DOB {fdate(dob, 'slash')}",
                f"Member ID {ids['mid']}, group {ids['grp']}", f"Date of service {fdate(dos, 'slash')}, "
                f"{FEE[0]} / {FEE[1]}, billed {money(b_fee)}"], size=7.4, indent=8)
    p.para("To the Provider Appeals unit:", 7.4)
    p.para(f"We ask you to reconsider your {fdate(den, 'slash')} adjustment, which denied the facility fee for our "
           f"patient's visit at our Dunmore Commons clinic under {POLICY}. The clinic is a provider-based "
           "department of the hospital: it is licensed under the hospital, shares its medical record and billing, "
           "and has the hospital's emergency response. Our contract with the plan (Exhibit C, section 4.2) lists "
           "the Dunmore Commons clinic as a hospital outpatient location paid under the outpatient fee schedule.",
           7.4)
    p.para(f"{mf} {ml} was seen for a medication review and laboratory work; the physician's professional claim was "
           "paid. Please pay the facility fee as billed, or tell us which contract term the site-of-service policy "
           "relies on. The attestation and the contract pages are attached (6 pages).", 7.4)
    p.para("Sincerely,\n\nMarguerite Oyelowo-Chen\nManager, Payer Appeals", 7.4)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], group=ids["grp"], member_name=mem, cases=[claim],
              claim_amount=m2(b_fee), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=HOSP,
              alternates={"insurer": [None], "claim_amount": [None]})
    return out(p), t


def phone_member_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(7, 28))
    dos = plus(nd, -rng.randint(20, 34))
    billed = amount(rng, 300, 470)
    claim = f"{digits(rng, 10)}-H"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [mem, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Spokane WA 992{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim number", claim),
                   ("Date of service", fdate(dos, "slash")), ("Service", f"Hospital clinic facility fee ({FEE[1]})"),
                   ("Amount billed", money(billed)), ("Plan paid", "$0.00")], label_w=46, size=9.2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a hospital claim for the facility fee of your clinic visit. We are not paying it. "
           f"{_reason(fdate(dos, 'long'))} Your doctor's visit itself was paid on a separate claim.", 10)
    p.para("Your plan's contract with the hospital does not let the hospital bill you for the facility fee. If you "
           "get a bill for it, call Member Services.", 10)
    p.para("**If you disagree.** You may appeal within 180 days of the date of this letter. Write to the Appeals "
           "Unit at the address above or call us. If waiting could seriously harm your health, ask for an urgent "
           "appeal (72 hours). You may also ask for an external review within 4 months after our final decision.",
           10)
    p.para(f"Sincerely,\nClaims Review\n{PLAN}", 10)
    p.para(f"cc: {HOSP}", 8.5)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["level_of_care"])
    return out(p), t


def rotated_hospital_bill(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    guar = person(rng)[0]
    bd = dt.date(2026, 5, rng.randint(4, 26))
    dos = dt.date(2026, 3, rng.randint(2, 27))
    acct = f"VR{digits(rng, 8)}"
    doc = DOCS[2]
    lines = [("99214", "Physician visit - " + doc, amount(rng, 220, 280)), (FEE[1], "Clinic facility fee (rev 0510)",
             amount(rng, 320, 470)), ("80053", "Metabolic panel", amount(rng, 60, 95)),
             ("36415", "Venipuncture", amount(rng, 18, 30))]
    rows, tb, tpaid, tadj, tbal = [], 0.0, 0.0, 0.0, 0.0
    for code, desc, b in lines:
        if code == FEE[1]:
            paid, adj, bal, fee_b = 0.0, 0.0, b, b
        else:
            paid = round(b * 0.5, 2)
            adj = round(b * 0.38, 2)
            bal = round(b - paid - adj, 2)
        tb, tpaid, tadj, tbal = tb + b, tpaid + paid, tadj + adj, tbal + bal
        rows.append([fdate(dos, "slash"), code, desc, money(b, "nosign"), bracket(paid) if paid else "DENIED",
                     bracket(adj) if adj else "0.00", money(bal, "nosign")])
    rows.append(["", "", "Balance due", money(tb, "nosign"), bracket(tpaid), bracket(tadj), money(tbal, "nosign")])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  Spokane WA  |  509-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(4)
    p.line("HOSPITAL BILL", 11.5, "B")
    p.right_block([("Bill date:", fdate(bd, "dmy")), ("Account:", acct), ("Guarantor:", guar), ("Patient:", mem),
                   ("Location:", "Dunmore Commons clinic"), ("Insurance:", PLAN),
                   ("Member ID:", ids["mid"])], w=104, size=8.5)
    p.ln(4)
    p.table(["Date", "Code", "Description", "Charges", "Insurance", "Adjustments", "Balance"], rows,
            [18, 14, 59, 21, 22, 24, 23], size=8.0, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Your insurance, {PLAN}, paid the physician visit and the lab work at its contracted rates. It did not pay "
           f"the clinic facility fee of {money(fee_b)}, so that charge is now your responsibility. Financial "
           "assistance is available; ask for an application.", 8.8)
    p.para("Pay online, by phone or by mail within 30 days. Questions about your insurance payment? Call the number "
           "on your insurance card.", 8.8)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(fee_b),
              service_dates=[span(dos)], denial_date=bd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(tbal), m2(tb), None], "provider": [doc]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(6, 27))
    dos = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 300, 460)
    claim = f"{digits(rng, 10)}-H"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de reclamo", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "dmy", "es")),
             ("Proveedor", HOSP), ("Cargo facturado", money(billed))], label_w=48, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"No pagaremos el cargo del hospital por uso de sus instalaciones ({FEE[1]}, código de ingresos {FEE[0]}) "
           f"de su consulta del {fdate(dos, 'long', 'es')}. La clínica es un departamento del hospital fuera de su "
           f"campus principal. Según la política {POLICY} del plan, estas consultas se pagan a la tarifa de un "
           "consultorio médico: pagamos la consulta del médico, pero no el cargo por las instalaciones.", 9.8)
    p.para("El hospital no puede cobrarle a usted este cargo. Si recibe una factura, llámenos.", 9.8)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. "
           "Si esperar pone en grave riesgo su salud, pida una apelación urgente (72 horas). Después puede pedir "
           "una revisión externa dentro de 4 meses.", 9.8)
    p.para(f"Servicios para Miembros, {PLAN}", 9.8)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["level_of_care"])
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, rng.randint(1, 19))
    dos = dt.date(2026, 3, rng.randint(2, 27))
    rec = plus(nd, -rng.randint(18, 28))
    billed = amount(rng, 300, 460)
    claim = f"{digits(rng, 10)}-H"
    appeal = f"AP-{digits(rng, 7)}"
    p = DLSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals Unit")
    p.line(f"APPEAL DECISION - {fdate(nd, 'upper')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Appeal received", fdate(rec, "slash")), ("Date of service", fdate(dos, "slash")),
             ("Amount billed", money(billed))], label_w=38, size=9.5)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You appealed our denial of the hospital facility fee ({FEE[1]}) for your visit to {CLINIC}. A reviewer "
           f"who was not part of the first decision looked at your appeal. **We upheld the denial.** The clinic is "
           f"an off-campus department of {HOSP}; under the plan's {POLICY} office visits there are paid at the "
           "physician-office rate, and the hospital's facility fee is not payable. Your doctor's visit was paid.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           "review within 4 months. The hospital may not bill you for the facility fee.", 10)
    p.para(f"Appeals Unit, {PLAN}", 10)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                          denial_alternates=["level_of_care"],
                          alternates={"case_numbers": [[appeal], [claim]], "provider": [CLINIC]}))
    ids2 = _ids(rng)
    mem2 = person(rng)[0]
    ld = plus(nd, rng.randint(5, 14))
    dos2 = dt.date(2026, 2, rng.randint(2, 26))
    paidd = plus(dos2, rng.randint(15, 30))
    b2 = amount(rng, 300, 460)
    pd2 = round(b2 * 0.55, 2)
    claim2 = f"{digits(rng, 10)}-H"
    rcp = f"RC-{digits(rng, 6)}"
    q = DLSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Payment Integrity")
    q.line(fdate(ld, "long"), 10)
    q.ln(2)
    for ln in [HOSP, "Patient Financial Services", f"{rng.randint(100, 9800)} Old Mill Rd", "Spokane WA 992"
               f"{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        q.line(ln, 9.6)
    q.ln(3)
    q.re_block([f"Notice of recoupment {rcp}", f"Claim {claim2}  |  Patient {mem2}  |  Member ID {ids2['mid']}",
                f"Date of service {fdate(dos2, 'slash')}  |  billed {money(b2)}  |  paid {fdate(paidd, 'slash')}"],
               size=9.2)
    q.para("Dear Provider:", 9.8)
    q.para(f"A post-payment review found that we paid the clinic facility fee ({FEE[0]} / {FEE[1]}) on the claim "
           f"above, {money(pd2)}, for a visit at your Dunmore Commons clinic, an off-campus department. Under "
           f"{POLICY} the facility fee is not payable for these visits. The payment was made in error.", 9.8)
    q.para(f"We will recoup {money(pd2)} from your next remittance, 45 days after the date of this letter. "
           "The recoupment will appear on the remittance as a negative adjustment with the notice number.", 9.8)
    q.para("You may dispute this recoupment within 45 days of the date of this letter. Send the notice number and "
           "your reasons to Payment Integrity. A timely dispute holds the recoupment until we answer.", 9.8)
    q.para(f"Payment Integrity Unit, {PLAN}", 9.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids2["mid"], member_name=mem2,
                          cases=[rcp, claim2], claim_amount=m2(b2), service_dates=[span(dos2)],
                          denial_date=ld.isoformat(), provider=HOSP, appeal_deadline=plus(ld, 45).isoformat(),
                          denial_alternates=["other", "level_of_care"], type_alternates=["other"],
                          alternates={"claim_amount": [m2(pd2)], "case_numbers": [[rcp], [claim2]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan300_member_eob_facility_fee_row_denied", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxstd_provider_claim_adjustment_caption_boxes", "fax_standard_g4", [faxstd_adjustment(rng)]),
        Item(F + "faxstd_hospital_reconsideration_letter_small_type", "fax_standard_g4",
             [faxstd_hospital_letter(rng)]),
        Item(F + "phone_member_letter_provider_only_in_cc", "phone_photo", [phone_member_letter(rng)]),
        Item(F + "rotated_hospital_bill_facility_fee_left_to_patient", "rotated", [rotated_hospital_bill(rng)]),
        Item(F + "lowres_spanish_facility_fee_denial", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "photocopy_stack_upheld_appeal_title_date_then_recoupment", "photocopy", photocopy_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
