"""Family 'cms1490s_patient_request_medical_payment_denial': Medicare contractor letters and Medicare Summary Notices
answering a beneficiary's own claim filed on the Patient's Request for Medical Payment (Form CMS-1490S).

Modelled from memory on the public form CMS-1490S ("PATIENT'S REQUEST FOR MEDICAL PAYMENT", "MEDICAL INSURANCE
BENEFITS - SOCIAL SECURITY ACT", items 1-6: patient's name, Medicare number, mailing address and telephone, describe
the illness or injury, was it connected with employment, other health insurance; signature of patient, date signed;
the notice about misrepresenting information) and on the MSN's public headings. Everything else is invented: two
Medicare Administrative Contractors (Ridgemark Government Benefit Administrators, Calloway Medicare Solutions), the
beneficiaries, providers, numbers and amounts.

Files: a claim returned for no itemized bill (no appeal), a Part A MSN paying a Canadian hospital stay on the direct
route from Alaska, a Spanish letter denying because the participating provider must file, a Part B MSN denying a
claim filed more than 12 months after the service beside a paid claim, the contractor's reply on top of a copy of
the filled CMS-1490S and the itemized bill (hearing aids not covered), a phone photo of a letter denying a
non-emergency visit in Mexico, and a rotated redetermination notice upholding the 12-month denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth
from public_kit import mbi

FAMILY = "cms1490s_patient_request_medical_payment_denial"
LANG = "en"
RG = "Ridgemark Government Benefit Administrators"
CW = "Calloway Medicare Solutions, LLC"
MAC_ADDR = {RG: ("Medicare Part B Correspondence", "PO Box 44180", "Tilbury Heights, SC 29911"),
            CW: ("Jurisdiction 14 Part A/B Medicare Administrative Contractor", "PO Box 6620",
                 "Ashgrove, IA 50098")}
PROVIDERS = {
    "nobill": ("Marlowe Creek Dermatology", "Dr. Priyanka Halvorsen"),
    "foreign": ("Muskwa Valley General Hospital", "Dr. Gavin Thorsby"),
    "mustfile": ("Laboratorio Clínico Sierra Azul", "Dr. Octavio Rengifo"),
    "late": ("Bellhaven Physical Therapy", "Dr. Corinne Abutu"),
    "form": ("Quillfeather Hearing Center", "Dr. Samira Kettleborough"),
    "abroad": ("Clinica Medica San Lazaro, Oaxaca", "Dr. Fermin Ocampo"),
    "redet": ("Bellhaven Physical Therapy", "Dr. Corinne Abutu"),
}


def facts(i: int, kind: str, mac: str, ds: str, lang: str = "en") -> dict:
    r = Rand(239500 + i)
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    gap = {"late": r.randint(430, 520), "redet": r.randint(480, 560)}.get(kind, r.randint(35, 90))
    dos = dec - dt.timedelta(days=gap)
    recv = dec - dt.timedelta(days=r.randint(12, 30))
    prov, doc = PROVIDERS[kind]
    member = r.person(lang)
    f = dict(i=i, kind=kind, mac=mac, ds=ds, lang=lang, dec=dec, dos=dos, recv=recv, prov=prov, doc=doc,
             member=member, addr=r.address(lang), mbi=mbi(r), phone=r.phone(), npi=r.npi(),
             dob=dt.date(r.randint(1937, 1959), r.randint(1, 12), r.randint(1, 28)),
             corr=f"CR{dec.strftime('%y')}-{r.digits(7)}", icn=f"{r.choice('12')}{r.digits(2)}{dec.strftime('%y')}"
             f"{dec.timetuple().tm_yday:03d}{r.digits(6)}", tty=r.phone())
    if kind == "foreign":
        f["dos_end"] = dos + dt.timedelta(days=3)
        lines = [("0120", "Room and board, semi-private (3 days)", float(r.randint(3900, 5200))),
                 ("0250", "Pharmacy", float(r.amount(300, 900))), ("0450", "Emergency room",
                                                                   float(r.amount(900, 1800))),
                 ("0350", "CT scan", float(r.amount(700, 1400)))]
    elif kind == "form":
        lines = [("V5261", "Hearing aid, digital, binaural, behind the ear", float(r.randint(3800, 5600))),
                 ("92557", "Comprehensive audiometry evaluation", float(r.amount(120, 210))),
                 ("V5011", "Fitting/orientation/checking of hearing aid", float(r.amount(150, 260)))]
    elif kind in ("late", "redet"):
        lines = [("97110", "Therapeutic exercises, each 15 min", float(r.amount(60, 95))) for _ in range(1)] + \
                [("97140", "Manual therapy, each 15 min", float(r.amount(55, 90))),
                 ("97161", "PT evaluation, low complexity", float(r.amount(140, 220)))]
    elif kind == "mustfile":
        lines = [("80053", "Panel metabólico completo", float(r.amount(45, 120))),
                 ("85025", "Hemograma completo (CBC)", float(r.amount(25, 70))),
                 ("83036", "Hemoglobina A1c", float(r.amount(30, 80)))]
    elif kind == "abroad":
        lines = [("99214", "Consulta medica (visita de oficina)", float(r.amount(85, 160))),
                 ("81003", "Urinalysis", float(r.amount(20, 45)))]
    else:
        lines = [("11102", "Tangential biopsy of skin, single lesion", float(r.amount(180, 320))),
                 ("99213", "Office visit, established patient", float(r.amount(110, 190)))]
    f["lines"] = lines
    f["total"] = round(sum(x[2] for x in lines), 2)
    f["cad"] = round(f["total"] * 1.37, 2)
    return f


def D(f, d):
    return fmt_date(d, f["ds"])


def mac_head(d: Doc, f: dict) -> None:
    mac = f["mac"]
    a = MAC_ADDR[mac]
    if mac == RG:
        d.text_line("RIDGEMARK", 22, "B")
        d.text_line("Government Benefit Administrators", 10)
        d.rule(0.7, 1)
        d.text_line(f"A CMS Contracted Medicare Administrative Contractor  |  {a[1]}, {a[2]}", 8)
    else:
        d.text_line(CW, 13, "B", align="R")
        for ln in a:
            d.text_line(ln, 8.5, align="R")
    d.ln(5)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["member"][0].upper(), *[x.upper() for x in f["addr"]]):
        d.text_line(ln, 10)
    d.ln(4)


def kv(d: Doc, rows: list[tuple[str, str]], w: float = 58) -> None:
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(w, 5.3, k)
        d.font(9.5)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def lines_table(d: Doc, f: dict, es: bool = False) -> None:
    head = ["Código", "Servicio", "Cargo"] if es else ["Code", "Service", "Charge"]
    d.table(head, [[c, s, fmt_money(v)] for c, s, v in f["lines"]] +
            [["*Total" if not es else "*Total facturado", "", fmt_money(f["total"])]], [26, 116, 32], size=9,
            aligns="LLR")


def letter_nobill(d: Doc, f: dict) -> None:
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("We Are Returning Your Request for Medical Payment", 12.5, "B")
    d.ln(2)
    kv(d, [("Beneficiary:", f["member"][0]), ("Medicare Number:", f["mbi"]),
           ("Correspondence number:", f["corr"]), ("Date we received your request:", D(f, f["recv"])),
           ("Provider on your bill:", f["prov"]), ("Date of service:", D(f, f["dos"])),
           ("Amount shown on your request:", fmt_money(f["total"]))])
    d.para(f"Dear {f['member'][1]} {f['member'][3]}: We received your Patient's Request for Medical Payment "
           f"(Form CMS-1490S) for services from {f['prov']} ({f['doc']}, NPI {f['npi']}). We cannot process it "
           "because it did not come with an itemized bill. The paper you sent is a receipt that shows only the "
           "amount you paid and your balance.")
    d.text_line("What an itemized bill must show", 10.5, "B")
    d.ln(1)
    for b in ("the date of each service and the place where you got it", "a description of each medical service "
              "or supply and the charge for each one", "the name and address of the doctor or supplier",
              "the diagnosis or the nature of your illness or injury"):
        d.para("-  " + b, 9.5, 0.5)
    d.ln(2)
    d.para("Please send a new Form CMS-1490S with the itemized bill to the address above. This is not a decision "
           "on your claim: because we have not processed it, there is nothing to appeal. You must still file within "
           "12 months of the date of service.")
    d.para(f"Questions? Call 1-800-MEDICARE (TTY {f['tty']}). Please include the correspondence number on anything "
           "you send us.", 9.5)


def msn_head(d: Doc, f: dict, part: str) -> None:
    d.text_line("Medicare Summary Notice for Part " + part, 15, "B")
    d.text_line("(Hospital Insurance)" if part == "A" else "(Medical Insurance)", 10)
    d.text_line(f"The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.6, 3)
    y = d.get_y()
    d.set_xy(d.l_margin, y)
    d.font(10, "B")
    d.cell(95, 5, f["member"][0].upper())
    d.cell(0, 5, "Medicare Number  " + f["mbi"], new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(95, 5, f["addr"][0].upper())
    d.cell(0, 5, "Date of This Notice  " + D(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.cell(95, 5, f["addr"][1].upper())
    d.cell(0, 5, f"Claims Processed Between  {D(f, f['dec'] - dt.timedelta(days=90))} - {D(f, f['dec'])}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def msn_foreign(d: Doc, f: dict) -> None:
    d.add_page()
    msn_head(d, f, "A")
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.para(f"Did Medicare approve all services?  YES.   You filed this claim yourself on Form CMS-1490S. "
           f"Medicare paid you directly.", 9.5)
    d.text_line(f"Facility: {f['prov']}, Fort Nelson, British Columbia, Canada", 10, "B")
    d.text_line(f"Claim number {f['icn']}    Referred by: {f['doc']}", 9.5)
    d.ln(2)
    paid = round(f["total"] * 0.82 - 1676, 2)
    d.table(["Dates of Service", "Days Used", "Approved?", "Non-Covered", "Medicare Paid",
             "You May Be Billed"],
            [[f"{D(f, f['dos'])} - {D(f, f['dos_end'])}", "3 days", "Yes", "$0.00", fmt_money(paid), "$1,676.00"]],
            [44, 20, 20, 26, 30, 36], size=8.5)
    d.para(f"Total charges for this stay: {fmt_money(f['total'])} (converted from CAD {fmt_money(f['cad'], 'nosign')}"
           " on the hospital's bill at the exchange rate on the date of admission).", 9.5)
    d.text_line("Notes for this claim", 10.5, "B")
    d.para("A. Medicare usually does not pay for care outside the United States. We paid this stay because you "
           "were travelling by the most direct route between Alaska and another state without unreasonable delay "
           "when the emergency began, and the Canadian hospital was closer than the nearest U.S. hospital that could "
           "treat you.", 9.5)
    d.para("B. You were charged the Part A deductible of $1,676.00 for this benefit period.", 9.5)
    d.text_line("How to Handle Disagreements", 10.5, "B")
    d.para(f"If you disagree with any claims decisions on this notice, your appeal must be received by "
           f"{D(f, f['dec'] + dt.timedelta(days=120))}. Circle the item you disagree with and send a copy of this "
           "notice to the contractor that processed your claim.", 9.5)
    d.para(f"Processed by {CW}, {MAC_ADDR[CW][1]}, {MAC_ADDR[CW][2]}. Your date of birth on file: "
           f"{D(f, f['dob'])}.", 8.5)


def letter_mustfile_es(d: Doc, f: dict) -> None:
    d.add_page()
    mac_head(d, f)
    d.text_line(fmt_date(f["dec"], "es"), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso sobre su Solicitud del Paciente para el Pago Médico (CMS-1490S)", 12, "B")
    d.ln(2)
    kv(d, [("Beneficiario(a):", f["member"][0]), ("Número de Medicare:", f["mbi"]),
           ("Número de reclamación:", f["icn"]), ("Fecha de recibo:", fmt_date(f["recv"], "es")),
           ("Proveedor en la factura:", f["prov"]), ("Médico que ordenó:", f["doc"]),
           ("Fecha del servicio:", fmt_date(f["dos"], "es")), ("Cantidad facturada:", fmt_money(f["total"]))])
    lines_table(d, f, es=True)
    d.para(f"Estimado(a) {f['member'][1]} {f['member'][3]}: Hemos denegado su solicitud de pago. {f['prov']} "
           "acepta Medicare y, según la ley, debe presentar la reclamación a Medicare por usted. Medicare no puede "
           "pagar una reclamación presentada por el beneficiario cuando el proveedor está obligado a presentarla. "
           "Pida al proveedor que envie la reclamación. Si el proveedor se niega, llámenos.")
    d.text_line("Si no está de acuerdo", 10.5, "B")
    d.para(f"Puede pedir una redeterminación. Debemos recibir su solicitud a más tardar el "
           f"{fmt_date(f['dec'] + dt.timedelta(days=120), 'es')}. Use el formulario CMS-20027 o escriba una carta "
           f"con su número de Medicare. Llame al 1-800-MEDICARE (TTY {f['tty']}).")


def msn_late(d: Doc, f: dict, r: Rand) -> None:
    d.add_page()
    msn_head(d, f, "B")
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.para("Did Medicare approve all services?  NO.   See claims marked \"No\" below.", 9.5)
    other_dos = f["dec"] - dt.timedelta(days=r.randint(20, 50))
    other_icn = f"1{r.digits(2)}{f['dec'].strftime('%y')}{r.digits(9)}"
    d.text_line(f"Cedar Run Family Medicine    Claim number {other_icn}", 10, "B")
    d.table(["Service & Billing Code", "Approved?", "Charged", "Approved Amt", "Medicare Paid",
             "You May Be Billed", "Notes"],
            [[f"{D(f, other_dos)} Office visit (99214)", "Yes", "$168.00", "$121.40", "$97.12", "$24.28", ""]],
            [62, 16, 20, 22, 20, 26, 12], size=7.5)
    d.text_line(f"{f['prov']}    Claim number {f['icn']}", 10, "B")
    d.text_line(f"Filed by you on Form CMS-1490S, received {D(f, f['recv'])}.  Referred by: {f['doc']}", 8.5)
    rows = [[f"{D(f, f['dos'])} {s.split(',')[0]} ({c})", "No", fmt_money(v), "$0.00", "$0.00", fmt_money(v), "A"]
            for c, s, v in f["lines"]]
    rows.append(["*Total for this claim", "", fmt_money(f["total"]), "$0.00", "$0.00", fmt_money(f["total"]), ""])
    d.table(["Service & Billing Code", "Approved?", "Charged", "Approved Amt", "Medicare Paid",
             "You May Be Billed", "Notes"],
            rows, [62, 16, 20, 22, 20, 26, 12], size=7.5)
    d.text_line("Notes for Claims Above", 10.5, "B")
    d.para("A. This claim was filed too late. Medicare claims must be filed no later than 12 months (1 calendar "
           "year) after the date the services were provided. Because your request was received more than 12 "
           "months after the date of service, Medicare cannot pay it.", 9.5)
    d.text_line("How to Handle Disagreements", 10.5, "B")
    d.para(f"If you disagree with any claims decisions on this notice, your appeal must be received by "
           f"{D(f, f['dec'] + dt.timedelta(days=120))}. If you have proof that a Medicare employee or contractor "
           "gave you wrong information that caused the late filing, send it with your appeal.", 9.5)
    d.para(f"Processed by {RG}. Customer service: 1-800-MEDICARE, TTY {f['tty']}.", 8.5)
    f["other"] = (other_icn, other_dos)


def form_1490s(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_auto_page_break(False)
    d.font(7)
    d.cell(120, 3.5, "DEPARTMENT OF HEALTH AND HUMAN SERVICES")
    d.cell(0, 3.5, "Form Approved", align="R", new_x="LMARGIN", new_y="NEXT")
    d.cell(120, 3.5, "CENTERS FOR MEDICARE & MEDICAID SERVICES")
    d.cell(0, 3.5, "OMB No. 0938-1197", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("PATIENT'S REQUEST FOR MEDICAL PAYMENT", 13, "B", align="C")
    d.text_line("IMPORTANT - SEE OTHER SIDE FOR INSTRUCTIONS", 8, align="C")
    d.text_line("PLEASE TYPE OR PRINT INFORMATION   MEDICAL INSURANCE BENEFITS - SOCIAL SECURITY ACT", 7.5, align="C")
    d.font(6.5)
    d.multi_cell(0, 3, "NOTICE: Anyone who misrepresents or falsifies essential information requested by this form "
                 "may upon conviction be subject to fine and imprisonment under Federal Law. No Part B Medicare "
                 "benefits may be paid unless this form is received as required by existing law and regulations "
                 "(20 CFR 422.510).", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)

    def box(label: str, value: str, w: float, h: float = 13, newline: bool = False) -> None:
        x, y = d.get_x(), d.get_y()
        d.rect(x, y, w, h)
        d.set_xy(x + 1, y + 0.8)
        d.font(6.3)
        d.cell(w - 2, 3, label)
        d.set_xy(x + 1.5, y + 5)
        d.set_font("Courier", "", 10)
        d.multi_cell(w - 3, 4, value)
        d.set_xy(x + w, y) if not newline else d.set_xy(d.l_margin, y + h)

    m = f["member"]
    box("1  NAME OF BENEFICIARY FROM HEALTH INSURANCE CARD (Last, First, Middle)",
        f"{m[3].upper()}, {m[1].upper()} {m[2]}", 110)
    box("2  MEDICARE NUMBER", f["mbi"], 70, newline=True)
    box("3  PATIENT'S MAILING ADDRESS (City, State, ZIP Code)  /  TELEPHONE NUMBER",
        f"{f['addr'][0].upper()}, {f['addr'][1].upper()}   TEL {f['phone']}", 180, newline=True)
    box("4  DESCRIBE THE ILLNESS OR INJURY FOR WHICH YOU RECEIVED TREATMENT (Always fill in this item if your "
        "doctor does not complete the bill)", "HEARING LOSS BOTH EARS - TESTED AND FITTED FOR HEARING AIDS", 180, 16,
        newline=True)
    box("5a  WAS YOUR ILLNESS OR INJURY CONNECTED WITH YOUR EMPLOYMENT?", "[ ] YES   [X] NO", 180, 11, newline=True)
    box("6  If any of your medical expenses will be or could be paid by your private insurance organization, State "
        "Agency (Medicaid), or the VA complete block 6 below", "NONE", 180, 13, newline=True)
    signed = f["recv"] - dt.timedelta(days=6)
    box("SIGNATURE OF PATIENT (If patient is unable to sign, see Block 7 on other side)",
        f"/s/ {m[1]} {m[3]}", 120, 13)
    box("DATE SIGNED", signed.strftime("%m/%d/%Y"), 60, 13, newline=True)
    d.ln(4)
    d.text_line("ITEMIZED BILL (attached by patient)", 9, "B")
    d.set_font("Courier", "", 8.5)
    d.multi_cell(0, 4, f"{f['prov'].upper()}   NPI {f['npi']}\nAUDIOLOGIST: {f['doc'].upper()}\n"
                 f"PATIENT: {m[1].upper()} {m[3].upper()}   DOB {f['dob'].strftime('%m/%d/%Y')}\n"
                 f"DIAGNOSIS: H90.3 SENSORINEURAL HEARING LOSS, BILATERAL", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    for c, s, v in f["lines"]:
        d.cell(0, 4, f"{f['dos'].strftime('%m/%d/%Y')}  {c:<6} {s:<52} {v:>9,.2f}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"{'':>18} {'TOTAL CHARGES':<52} {f['total']:>9,.2f}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"{'':>18} {'PAID BY PATIENT ' + (f['dos'] + dt.timedelta(days=2)).strftime('%m/%d/%Y'):<52}"
           f" {f['total']:>9,.2f}", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin, 262)
    d.font(6.5)
    d.cell(0, 3, "Form CMS-1490S (01/19)")
    d.set_auto_page_break(True, margin=20)


def letter_form(d: Doc, f: dict) -> None:
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Decision on Your Request for Medical Payment", 12.5, "B")
    d.ln(1)
    d.para(f"Re: Medicare Number {f['mbi']}  -  Claim {f['icn']}  -  services of {D(f, f['dos'])}", 9.5)
    d.para(f"Dear {f['member'][1]} {f['member'][3]}: We processed the Form CMS-1490S you signed and the itemized "
           f"bill from {f['prov']} (copies attached). The bill lists charges of {fmt_money(f['total'])}.")
    lines_table(d, f)
    d.text_line("Our decision: Medicare will not pay", 10.5, "B")
    d.para("Original Medicare does not cover hearing aids or exams for fitting hearing aids (Social Security Act "
           "section 1862(a)(7)). The audiometry test is covered only when a doctor orders it to diagnose a medical "
           "problem, and no order came with your bill. These services are not covered, so you are responsible for "
           "the charges.")
    d.text_line("Your right to appeal", 10.5, "B")
    d.para("If you disagree, you may ask for a redetermination within 120 days of the date of this letter. Write to "
           "us at the address above and include the claim number, or use Form CMS-20027.")
    d.para(f"Sincerely,\nBeneficiary Correspondence Unit, {f['mac']}", 9.5)


def letter_abroad(d: Doc, f: dict) -> None:
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Claim Denial: Services Received Outside the United States", 12.5, "B")
    d.ln(2)
    kv(d, [("Medicare beneficiary", f["member"][0]), ("Medicare number", f["mbi"]),
           ("Claim control number", f["icn"]), ("Correspondence ref.", f["corr"]),
           ("Provider", f["prov"] + ", Mexico"), ("Service date", D(f, f["dos"])),
           ("Billed (your bill)", f"MXN {f['total'] * 17.2:,.2f}  =  {fmt_money(f['total'])}")], 48)
    d.para(f"We received your Patient's Request for Medical Payment (CMS-1490S) on {D(f, f['recv'])} for an office "
           f"visit with {f['doc']} while you were visiting Oaxaca. Medicare generally does not pay for health care "
           "you get outside the United States. It pays only in rare cases, such as an emergency in the United "
           "States when a foreign hospital is closer, or a trip through Canada between Alaska and another state.")
    d.para("Your records show a routine follow-up visit for blood pressure and a urine test. This was not an "
           "emergency and none of the exceptions apply, so the services are not covered by Medicare. You may "
           "have other insurance or a Medigap policy with foreign travel coverage; send them this letter.")
    d.text_line("If you disagree", 10.5, "B")
    d.para(f"You can ask for a redetermination. We must receive your request by "
           f"{D(f, f['dec'] + dt.timedelta(days=120))}. Call 1-800-MEDICARE (TTY {f['tty']}) with questions.")


def letter_redet(d: Doc, f: dict, r: Rand) -> None:
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    d.ln(1)
    appeal_no = f"RD-{f['dec'].strftime('%Y')}-{r.digits(6)}"
    f["appeal_no"] = appeal_no
    kv(d, [("Beneficiary:", f["member"][0]), ("Medicare number:", f["mbi"]), ("Appeal number:", appeal_no),
           ("Claim number:", f["icn"]), ("Provider:", f["prov"]),
           ("Dates of service:", D(f, f["dos"])), ("Amount in dispute:", fmt_money(f["total"])),
           ("Date your appeal was received:", D(f, f["recv"]))], 62)
    d.text_line("The decision on your appeal is: UNFAVORABLE", 11, "B")
    d.ln(1)
    d.para(f"You filed Form CMS-1490S for physical therapy from {f['prov']}, ordered by {f['doc']}. The claim was "
           f"denied because it was received more than 12 months after the date of service. You said you did not "
           "know you had to file. Medicare can extend the time limit only when an error by Medicare or its "
           "contractor caused the delay. You did not send any proof of such an error, so the original decision "
           "is upheld. You may be responsible for the charges.")
    d.text_line("What to include in your next appeal", 10.5, "B")
    d.para("If you disagree, you may ask a Qualified Independent Contractor (QIC) for a reconsideration. You must "
           "file your request for reconsideration within 180 days of the date of this notice. Use Form CMS-20033 "
           "and send it to the QIC listed on the enclosed sheet, not to us.")
    d.para(f"Sincerely,\nAppeals Department, {f['mac']}", 9.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    k = f["kind"]
    r = Rand(239700 + f["i"])
    if k == "nobill":
        letter_nobill(d, f)
    elif k == "foreign":
        msn_foreign(d, f)
    elif k == "mustfile":
        letter_mustfile_es(d, f)
    elif k == "late":
        msn_late(d, f, r)
    elif k == "form":
        letter_form(d, f)
        form_1490s(d, f)
    elif k == "abroad":
        letter_abroad(d, f)
    else:
        letter_redet(d, f, r)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, mac = f["kind"], f["mac"]
    a: dict = {}
    plus = lambda n: iso(f["dec"] + dt.timedelta(days=n))  # noqa: E731
    common = dict(member_id=f["mbi"], member_name=f["member"][0], claim_amount=m2(f["total"]),
                  service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]), provider=f["prov"])
    if k in ("foreign", "late"):
        common["insurer"] = "Medicare"
        a["insurer"] = ["Centers for Medicare & Medicaid Services", mac]
    else:
        common["insurer"] = mac
        a["insurer"] = ["Medicare"]
    a["provider"] = [f["doc"]] if k not in ("foreign", "late", "redet") else None
    if k == "nobill":
        t = truth("denial_letter", "other", alternates=a, type_alternates=["other"], case_numbers=[f["corr"]],
                  **common)
    elif k == "foreign":
        a["appeal_deadline"] = [None]
        a["claim_amount"] = [m2(f["cad"])]
        common["service_dates"] = [iso(f["dos"], f["dos_end"])]
        t = truth("eob", None, alternates=a, case_numbers=[f["icn"]], appeal_deadline=plus(120), **common)
    elif k == "mustfile":
        t = truth("denial_letter", "other", lang="es", alternates=a, denial_alternates=["not_covered"],
                  case_numbers=[f["icn"]], appeal_deadline=plus(120), **common)
    elif k == "late":
        t = truth("eob", "timely_filing", alternates=a, type_alternates=["denial_letter"], case_numbers=[f["icn"]],
                  appeal_deadline=plus(120), **common)
    elif k == "form":
        t = truth("denial_letter", "not_covered", alternates=a, case_numbers=[f["icn"]], appeal_deadline=plus(120),
                  **common)
    elif k == "abroad":
        t = truth("denial_letter", "not_covered", alternates=a, case_numbers=[f["icn"], f["corr"]],
                  appeal_deadline=plus(120), **common)
        t["alternates"]["case_numbers"] = [[f["icn"]], [f["corr"]]]
        t["alternates"]["claim_amount"] = [m2(f["total"] * 17.2)]
    else:
        a["case_numbers"] = [[f["appeal_no"]]]
        t = truth("denial_letter", "timely_filing", alternates=a, case_numbers=[f["appeal_no"], f["icn"]],
                  appeal_deadline=plus(180), **common)
    t["alternates"] = {kk: v for kk, v in t.get("alternates", {}).items() if v}
    return t


# (suffix, condition, kind, contractor, date style)
PLAN = [
    ("bd_returned_no_itemized_bill", "born_digital", "nobill", RG, "long"),
    ("bd_msn_part_a_canada_emergency_paid", "born_digital", "foreign", CW, "slash"),
    ("scan300_es_provider_must_file", "scan_clean_300", "mustfile", CW, "es"),
    ("lowres_msn_filed_over_12_months", "scan_lowres_150", "late", RG, "slash"),
    ("copy_reply_on_filled_form_hearing_aids", "photocopy", "form", RG, "abbr"),
    ("phone_mexico_non_emergency_visit", "phone_photo", "abroad", CW, "dmy"),
    ("rotated_redetermination_upheld_12_months", "rotated", "redet", RG, "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, mac, ds) in enumerate(PLAN):
        f = facts(i, kind, mac, ds, "es" if kind == "mustfile" else "en")
        pdf = build(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
