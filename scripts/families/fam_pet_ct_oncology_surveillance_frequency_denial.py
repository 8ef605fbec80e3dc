"""Family 'pet_ct_oncology_surveillance_frequency_denial': plan letters, a Medicare Summary Notice and EOBs on
oncologic PET/CT (CPT 78815 "PET imaging with concurrently acquired CT, skull base to mid-thigh", 78816 "whole body")
billed with a radiotracer line (A9552 fludeoxyglucose F-18, A9595 piflufolastat F-18, A9587 gallium Ga-68 dotatate):
a scan denied as surveillance after treatment ended with no sign of recurrence (Medicare Advantage letter, commercial
EOB beside a paid oncology visit, Spanish EOB), a fourth PET for subsequent anti-tumor treatment strategy (modifier PS)
over the three the national coverage determination allows (Original Medicare MSN; MA pre-service denial), a PSMA PET
approved for a rising PSA, and a scan billed with the wrong tracer code for the tracer in the report (a fax stack: the
imaging center's cover sheet, then the plan's letter). All values invented; NCD 220.6.17 is named as the public rule.

Issuers: Puruvesi Senior Health Plan (Medicare Advantage; logo word "PURUVESI" over a rule), Medicare (MSN layout),
Pyhajarvi Health Plan (return-address block, right-aligned date), Ounasjoki Mutual Health Insurance Company (parent line
above the centred name; English letter and Spanish EOB). Imaging facilities (the provider): Lohja Molecular Imaging,
Tornio Regional PET/CT Center. Decoys: the oncologist or urologist, NPIs, date of birth, end-of-treatment and earlier
scan dates, PSA dates, the oncology visit claim, the request received date, 72-hour / external-review / corrected-claim
time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from fam_coronary_calcium_score_ct_screening_denial import Page, address, clinician, days, fdate, iso, m2, mixed, \
    money, npi, person, phone, tollfree, usd

FAMILY = "pet_ct_oncology_surveillance_frequency_denial"
LANG = "en"
PU, MC, PY, OU = ("Puruvesi Senior Health Plan", "Medicare", "Pyhajarvi Health Plan",
                  "Ounasjoki Mutual Health Insurance Company")
ADDR = {PU: ("PO Box 2288", "Ely, MN 55731"), PY: ("400 Cranberry Lane", "Fitchburg, MA 01420"),
        OU: ("PO Box 90144", "Kissimmee, FL 34741")}
FACILITIES = {"Lohja Molecular Imaging": ("1290 Millpond Avenue", "Hancock, MI 49930"),
              "Tornio Regional PET/CT Center": ("55 Aspen Way, Building C", "New York Mills, MN 56567")}
P15 = ("78815", "PET with concurrent CT, skull base to mid-thigh")
P16 = ("78816", "PET with concurrent CT, whole body")
FDG = ("A9552", "Fludeoxyglucose F-18, up to 45 millicuries")
PSMA = ("A9595", "Piflufolastat F-18, diagnostic, 1 millicurie")
CANCERS = ["diffuse large B-cell lymphoma", "stage III colon cancer", "Hodgkin lymphoma", "stage II lung cancer"]


def facts(r: random.Random, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 165))
    dos = days(notice, -r.randint(22, 50))
    fac = r.choice(sorted(FACILITIES))
    onc = clinician(r)
    scan = P16 if kind in ("es_surv",) else P15
    tracer = PSMA if kind == "psma" else FDG
    lines = [(scan, money(r, 2400, 5600)), (tracer, money(r, 380, 2900) if kind == "psma" else money(r, 210, 640))]
    if kind in ("nth_msn", "nth_pre"):
        lines = [((scan[0] + "-PS", scan[1]), lines[0][1]), ((tracer[0] + "-PS", tracer[1]), lines[1][1])]
    f = dict(kind=kind, ins=ins, ds=ds, lang=lang, notice=notice, dos=dos, fac=fac, fnpi=npi(r), onc=onc,
             onpi=npi(r), member=person(r, lang), addr=address(r, lang), ph=tollfree(r), fax=phone(r),
             dob=dt.date(r.randint(1941, 1975), r.randint(1, 12), r.randint(1, 28)), lines=lines,
             total=round(sum(v for _, v in lines), 2), cancer=r.choice(CANCERS),
             tx_end=days(dos, -r.randint(300, 520)), received=days(dos, r.randint(4, 11)),
             mid={PU: mixed(r, "PSH99999999"), MC: mixed(r, "9AA9-AA9-AA99").replace("0", "3"),
                  PY: mixed(r, "PYH-99999999-01"), OU: mixed(r, "OMU999999999")}[ins],
             grp={PU: None, MC: None, PY: mixed(r, "PY99999"), OU: mixed(r, "99-A9999")}[ins],
             claim={PU: mixed(r, "9999A999999"), MC: mixed(r, "99-9999-999-999"), PY: mixed(r, "C99999999999"),
                    OU: mixed(r, "OU-99-9999999")}[ins],
             req=mixed(r, "UM-999999"), prior=[days(dos, -r.randint(60, 90) * k) for k in (4, 3, 2)])
    return f


def letterhead(d: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == PU:
        d.text_line("PURUVESI", 23, "B")
        d.rule(0.8, 1.4)
        d.text_line(f"{PU}  (HMO)  |  A Medicare Advantage plan  |  {ADDR[PU][0]}, {ADDR[PU][1]}  |  {f['ph']}", 8.2)
    elif ins == PY:
        for i, ln in enumerate((PY, *ADDR[PY], f"Customer Service {f['ph']}")):
            d.text_line(ln, 12.5 if i == 0 else 9, "B" if i == 0 else "")
    else:
        d.text_line("Una compañía del grupo Ounasjoki Financial" if f["lang"] == "es"
                    else "An Ounasjoki Financial company", 7.8, "", "C")
        d.text_line(OU, 14.5, "B", "C")
        d.text_line(f"{ADDR[OU][0]}  ·  {ADDR[OU][1]}  ·  {f['ph']}", 8.5, "", "C")
    d.ln(5)


def addressee(d: Page, f: dict, align_date: str = "L") -> None:
    d.text_line(fdate(f["notice"], f["ds"]), 10.2, "", align_date)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.2)
    d.ln(4)


def lines_table(d: Page, f: dict, es: bool = False) -> None:
    rows = [[c, desc, usd(v)] for (c, desc), v in f["lines"]]
    rows.append(["*Total" if es else "*Total billed", "", usd(f["total"])])
    d.table(["Código" if es else "Code", "Descripción" if es else "Description", "Facturado" if es else "Billed"],
            rows, [26, 118, 30], size=8.8, aligns="LLR")


# ---- 1: Puruvesi MA letter, PET/CT as surveillance after treatment ended
def doc_ma_surv(f: dict) -> bytes:
    d = Page(footer="PSH-PAY-DEN  Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Notice of Denial of Payment", 13.5, "B")
    d.ln(2)
    d.pairs([("Member", m[0]), ("Member number", f["mid"]), ("Claim number", f["claim"]),
             ("Date of service", fdate(f["dos"], ds)), ("Facility", f"{f['fac']} (NPI {f['fnpi']})"),
             ("Ordering oncologist", f"Dr. {f['onc']} (NPI {f['onpi']})"), ("Amount billed", usd(f["total"]))])
    d.ln(2)
    lines_table(d, f)
    d.text_line("Why we denied payment", 11, "B")
    d.para(f"We denied payment for the PET/CT scan on {fdate(f['dos'], ds)}. Your records show you finished "
           f"treatment for {f['cancer']} on {fdate(f['tx_end'], ds)} and have had no new symptoms, exam findings or "
           "test results that suggest the cancer has come back. A PET/CT done only to watch for a return of cancer "
           "after treatment has ended (surveillance) is not medically necessary. Medicare's National Coverage "
           "Determination 220.6.17, which our plan follows, covers FDG PET to guide treatment, not for routine "
           "follow-up when there are no signs of recurrence.")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you disagree, you can ask us for a reconsideration (an appeal). You must ask within 65 days of the "
           f"date of this notice. Write to {PU}, Appeals & Grievances, {ADDR[PU][0]}, {ADDR[PU][1]}, or call "
           f"{f['ph']} (TTY 711). You do not have to pay the facility while your appeal is decided if it is an "
           "in-network provider. Fast (72-hour) appeals apply to coverage requests, not to payment.")
    return pdf_bytes(d)


MSN_DESC = {"78815": "Pet image w/ct skull-thigh", "78816": "Pet image w/ct full body", "A9552": "F18 fdg"}
ES_DESC = {"78816": "PET/CT de cuerpo entero", "A9552": "Fludesoxiglucosa F-18"}


def msn_table(d: Page, head, rows, widths, size: float = 7.8, aligns: str = "") -> None:
    """The MSN's claim table: header cells wrap onto two or three lines."""
    d.font(size - 0.6, "B")
    lh = size * 0.42
    n = max(len(d.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
    hh = n * lh + 1.5
    x0, y0 = d.get_x(), d.get_y()
    for h, w in zip(head, widths):
        x = d.get_x()
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.3, y0 + 0.6)
        d.multi_cell(w - 0.6, lh, h, new_x="RIGHT", new_y="TOP")
        d.set_xy(x + w, y0)
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, 5.4, c[1:] if i == 0 and bold else c, border=1, align=a)
        d.ln(5.4)
    d.ln(2)


# ---- 2: Medicare Summary Notice, fourth PS-modifier PET over the NCD limit
def doc_msn(f: dict) -> bytes:
    d = Page(footer="{p}")
    d.add_page()
    ds, m = f["ds"], f["member"]
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.8)
    d.ln(3)
    y = d.get_y()
    d.font(10, "B")
    d.cell(90, 5.4, m[0].upper(), new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    for ln in f["addr"]:
        d.cell(90, 5.2, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    yy = y
    for k, v in [("Notice for", m[0]), ("Medicare Number", f["mid"]), ("Date of This Notice", fdate(f["notice"], ds)),
                 ("Claims Processed Between", f"{fdate(days(f['notice'], -90), ds)} - {fdate(f['notice'], ds)}")]:
        d.set_xy(98, yy)
        d.font(8.4, "B")
        d.cell(47, 4.8, k + ":")
        d.font(8.4)
        d.cell(0, 4.8, v)
        yy += 4.8
    d.set_xy(d.l_margin, max(yy, d.get_y()) + 6)
    d.set_x(d.l_margin)
    d.font(10, "B")
    d.cell(0, 6, "Did Medicare Approve All Services?  NO", border="TB", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.multi_cell(0, 4.6, "We denied 2 services. See your claims on the next page.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(10, "B")
    d.cell(0, 6, f"Appeals must be filed by {fdate(f['deadline'], ds)}", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    d.text_line(f"{f['onc']}, MD  -  Oncology office visit", 9.5, "B")
    d.text_line(f"Service Provider Number: {f['onpi']}   Claim Number: {f['ov_claim']}", 8.4)
    ov = f["ov_amt"]
    head = ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
            "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"]
    w = [71, 15, 19, 19, 18, 20, 12]
    msn_table(d, head, [[f"{fdate(f['ov_date'], ds)} Office visit (99215)", "Yes", usd(ov), usd(round(ov * 0.55, 2)),
                    usd(round(ov * 0.44, 2)), usd(round(ov * 0.11, 2)), ""]], w, size=7.8, aligns="LCRRRRC")
    d.text_line(f"{f['fac']}", 9.5, "B")
    d.text_line(f"Service Provider Number: {f['fnpi']}   Claim Number: {f['claim']}", 8.4)
    rows = [[f"{fdate(f['dos'], ds)} {MSN_DESC[c[:5]]} ({c})", "No", usd(v), "$0.00", "$0.00", usd(v), "A"]
            for (c, desc), v in f["lines"]]
    rows.append(["*Total for this claim", "", usd(f["total"]), "$0.00", "$0.00", usd(f["total"]), ""])
    msn_table(d, head, rows, w, size=7.8, aligns="LCRRRRC")
    d.text_line("Notes for Your Claims", 10.5, "B")
    prior = ", ".join(fdate(x, ds) for x in f["prior"])
    d.para(f"A  This is the fourth PET scan billed to guide subsequent anti-cancer treatment (modifier PS) for "
           f"the same cancer; earlier scans were paid on {prior}. Medicare covers three such scans; more are "
           "covered only when the local contractor finds them reasonable and necessary, and no records were sent. "
           "Medicare does not pay for more than the national coverage limit for this service (NCD 220.6.17). "
           "(CARC 119)", 8.8)
    d.text_line("How to File an Appeal", 10.5, "B")
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fdate(f['deadline'], ds)}. Circle the services you disagree with, explain why, sign and send this "
           "notice to the company that handles claims for Medicare: Northstar Medicare Administrative Services, "
           "Part B Redeterminations, PO Box 40712, Fargo, ND 58102. Call 1-800-MEDICARE (1-800-633-4227) with "
           "questions.", 8.8)
    return pdf_bytes(d)


# ---- 3: Pyhajarvi approval of a PSMA PET for a rising PSA
def doc_psma(f: dict) -> bytes:
    d = Page(footer="Pyhajarvi Health Plan  UM-APPR")
    d.add_page()
    letterhead(d, f)
    addressee(d, f, "R")
    ds, m = f["ds"], f["member"]
    d.text_line("Prior Authorization Approved", 13.5, "B")
    d.ln(2)
    d.ruled_boxes([("Reference number", f["req"]), ("Member", m[0]), ("Member ID", f["mid"]), ("Group", f["grp"]),
                   ("Service", "78815 PET/CT with A9595 piflufolastat F-18 (PSMA PET)"),
                   ("Scheduled date of service", fdate(f["dos"], ds)),
                   ("Approved through", fdate(days(f["dos"], 45), ds)),
                   ("Imaging facility", f["fac"]), ("Requesting physician", f"Dr. {f['onc']}, Urology")])
    p1, p2 = days(f["dos"], -70), days(f["dos"], -20)
    d.para(f"Dear {m[1]} {m[3]}: We approved the PSMA PET/CT scan your urologist asked for. You had a radical "
           f"prostatectomy, and your PSA rose from 0.21 ng/mL on {fdate(p1, ds)} to 0.48 ng/mL on {fdate(p2, ds)}. "
           "A PSMA PET for suspected biochemical recurrence meets Pyhajarvi medical policy RAD-118.")
    d.para("This approval covers one scan with one tracer dose at the facility above. Your deductible and "
           "coinsurance still apply. An approval is not a promise of payment if your coverage ends before the "
           f"scan. Questions: {f['ph']}.")
    return pdf_bytes(d)


# ---- 4: fax stack: the imaging center's cover sheet, then Ounasjoki's letter (wrong tracer code)
def cover(f: dict) -> bytes:
    d = Page()
    d.add_page()
    a = FACILITIES[f["fac"]]
    d.text_line(f["fac"].upper(), 15, "B")
    d.text_line(f"Patient Financial Services  ·  {a[0]}, {a[1]}", 9)
    d.text_line(f"Phone {phone(random.Random(f['fac']))}   Fax {f['fax']}", 9)
    d.ln(8)
    d.text_line("FAX", 30, "B")
    d.ln(4)
    d.pairs([("To", f"Dr. {f['onc']} - Oncology office, attn: referrals"), ("Fax", phone(random.Random(f['onc']))),
             ("From", "Billing office"), ("Date", fdate(days(f["notice"], 3), "slash")),
             ("Pages", "2 (including cover)"), ("Re", f"Payer letter for {f['member'][0]}")], label_w=26, size=11,
            h=7)
    d.ln(6)
    d.para("Please see the attached letter from the patient's health plan. The PET/CT claim was denied because the "
           "tracer code on our claim did not match the report. Our coding team is sending a corrected claim; no "
           "action is needed from your office unless the plan asks for records.", 11)
    d.ln(20)
    d.para("CONFIDENTIALITY NOTICE: This fax may contain protected health information. If you received it in "
           "error, call the sender and destroy all copies.", 8)
    return pdf_bytes(d)


def doc_tracer(f: dict) -> bytes:
    d = Page(footer="Ounasjoki Mutual  ·  CLM-LTR-3  ·  Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Explanation of claim denial", 13, "B")
    d.ln(1)
    d.pairs([("Patient", m[0]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim #", f["claim"]),
             ("Service date", fdate(f["dos"], ds)), ("Billed by", f["fac"]), ("Total charges", usd(f["total"])),
             ("Received", fdate(f["received"], ds))], label_w=36)
    d.ln(2)
    lines_table(d, f)
    d.para(f"We denied this claim because of a coding error. {f['fac']} billed the PET/CT with radiotracer code "
           "A9552 (fludeoxyglucose F-18). The imaging report says the tracer given was gallium Ga-68 dotatate, "
           "which has its own code (A9587). The scan and the tracer must be billed with the code for the tracer "
           "actually used, so we cannot process the claim as billed. Your oncologist, Dr. " + f["onc"] +
           ", does not need to do anything.")
    d.para("The facility may send a corrected claim within 90 days of this letter. You should not be billed for "
           "this service while the claim is corrected.")
    d.text_line("Appeal rights", 10.8, "B")
    d.para(f"If you disagree with this decision, you may file an appeal within 180 days of the date of this "
           f"letter. Send it to {OU}, Appeals, {ADDR[OU][0]}, {ADDR[OU][1]}. You may also ask for an external "
           "review after our final decision.")
    return pdf_bytes(d)


# ---- 5: Ounasjoki Spanish EOB, whole-body PET/CT as surveillance
def doc_es_eob(f: dict) -> bytes:
    d = Page(footer="Ounasjoki Mutual  ·  Explicación de beneficios  ·  Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 14, "B", "C")
    d.text_line("ESTO NO ES UNA FACTURA", 9, "B", "C")
    d.ln(3)
    d.boxes([("Fecha del estado de cuenta", fdate(f["notice"], ds), 52), ("Afiliado", m[0], 62),
             ("Número de afiliado", f["mid"], 46)])
    d.ln(2)
    d.boxes([("Grupo", f["grp"], 30), ("Número de reclamación", f["claim"], 52),
             ("Proveedor", f["fac"], 78)])
    d.ln(5)
    rows = [[fdate(f["dos"], ds), c, ES_DESC[c], usd(v), "0.00", "0.00", usd(v), "M7"] for (c, desc), v in f["lines"]]
    rows.append(["*Total", "", "", usd(f["total"]), "0.00", "0.00", usd(f["total"]), ""])
    d.table(["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"], rows,
            [34, 14, 48, 20, 17, 15, 20, 10], size=7.6, aligns="LLLRRRRC")
    d.text_line("Nota M7", 10, "B")
    d.para(f"No es médicamente necesario. Usted terminó el tratamiento de {f['cancer_es']} el "
           f"{fdate(f['tx_end'], ds)} y los expedientes de su oncólogo, Dr. {f['onc']}, no muestran síntomas ni "
           "resultados nuevos. Una PET/CT para vigilancia (seguimiento de rutina sin señales de que el cáncer "
           "regresó) no está cubierta según la política médica RAD-077.", 9)
    d.text_line("Sus derechos de apelación", 10, "B")
    d.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta. "
           f"Escriba a {OU}, Apelaciones, {ADDR[OU][0]}, {ADDR[OU][1]}, o llame al {f['ph']}. Una apelación "
           "urgente se decide en 72 horas.", 9)
    return pdf_bytes(d)


# ---- 6: Puruvesi MA pre-service denial, fourth subsequent-treatment PET
def doc_ma_pre(f: dict) -> bytes:
    d = Page(footer="Puruvesi Senior Health Plan  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    addressee(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Notice of Denial of Medical Coverage", 13.5, "B")
    d.ln(1)
    d.para(f"**Name:** {m[0]}     **Member number:** {f['mid']}     **Case number:** {f['req']}", 10)
    d.para(f"We have **denied** the PET/CT scan (78815-PS with tracer A9552) that Dr. {f['onc']} requested for you "
           f"at {f['fac']}, planned for {fdate(f['dos'], ds)}. We received the request on "
           f"{fdate(f['received'], ds)}.")
    prior = ", ".join(fdate(x, ds) for x in f["prior"])
    d.text_line("Why did we deny your request?", 11, "B")
    d.para(f"You have already had three PET scans to guide treatment after your first treatment for {f['cancer']} "
           f"(on {prior}). Medicare's national coverage rule (NCD 220.6.17), which our plan must follow, covers "
           "three PET scans for subsequent anti-tumor treatment strategy. A fourth scan is covered only when the "
           "records show it will change your treatment. The request did not include that information, so the "
           "scan is over the coverage limit.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You may ask us to review (reconsider) our decision. You have 65 days from the date of this notice to "
           f"ask for an appeal. Call {f['ph']} (TTY 711) or write to Appeals & Grievances, {ADDR[PU][0]}, "
           f"{ADDR[PU][1]}. If your doctor says waiting could seriously harm your health, ask for a fast appeal; we "
           "will decide within 72 hours.")
    d.para(f"Copy sent to: Dr. {f['onc']} (NPI {f['onpi']});  {f['fac']} (NPI {f['fnpi']})", 8.5)
    return pdf_bytes(d)


# ---- 7: Pyhajarvi EOB, paid oncology visit and PET/CT denied as surveillance
def doc_py_eob(f: dict) -> bytes:
    d = Page(footer="Pyhajarvi Health Plan  Explanation of Benefits  p. {p}/{n}")
    d.add_page()
    letterhead(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    d.pairs([("Date issued", fdate(f["notice"], ds)), ("Subscriber / patient", m[0]), ("ID", f["mid"]),
             ("Group", f["grp"]), ("Date of birth", fdate(f["dob"], ds))], label_w=46, size=9.2, h=4.8)
    d.ln(3)
    head = ["Claim", "Provider", "Service date", "Code", "Charged", "Plan paid", "You owe", "Rmk"]
    w = [28, 44, 22, 16, 20, 18, 18, 10]
    ov = f["ov_amt"]
    rows = [[f["ov_claim"], f"Dr. {f['onc']}", fdate(f["ov_date"], ds), "99214", usd(ov), usd(round(ov * .7, 2)),
             usd(round(ov * .3, 2)), ""]]
    for (c, desc), v in f["lines"]:
        rows.append([f["claim"], f["fac"][:24], fdate(f["dos"], ds), c, usd(v), "0.00", usd(v), "PX4"])
    d.table(head, rows, w, size=7.6, aligns="LLLLRRRC")
    d.para(f"PET/CT claim {f['claim']} from {f['fac']} - total charges: {usd(f['total'])}", 9)
    d.text_line("Remarks", 10, "B")
    d.para(f"PX4  Denied - surveillance imaging. Treatment for {f['cancer']} ended {fdate(f['tx_end'], ds)}; PET/CT "
           "to monitor for recurrence without new signs or symptoms is not medically necessary under policy "
           "RAD-077 (Oncologic PET Imaging).", 8.8)
    d.text_line("Appeals", 10, "B")
    d.para(f"You may appeal within 180 days of the date of this EOB. Call {f['ph']} or write to Pyhajarvi Health "
           f"Plan Appeals, {ADDR[PY][0]}, {ADDR[PY][1]}.", 8.8)
    return pdf_bytes(d)


CANCER_ES = {"diffuse large B-cell lymphoma": "linfoma difuso de células B grandes",
             "stage III colon cancer": "cáncer de colon en etapa III", "Hodgkin lymphoma": "linfoma de Hodgkin",
             "stage II lung cancer": "cáncer de pulmón en etapa II"}
BUILD = {"ma_surv": doc_ma_surv, "nth_msn": doc_msn, "psma": doc_psma, "tracer": doc_tracer, "es_surv": doc_es_eob,
         "nth_pre": doc_ma_pre, "py_surv": doc_py_eob}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {}
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
                  denial_date=iso(f["notice"]), provider=f["fac"])
    if k in ("psma", "nth_pre"):
        common.update(case_numbers=[f["req"]], claim_amount=None)
        alts["provider"] = [f"Dr. {f['onc']}"]
    if k == "psma":
        alts["service_dates"] = [[iso(f["dos"], days(f["dos"], 45))]]
        return truth("other", None, alternates=alts, **common)
    if k == "nth_msn":
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
        common["appeal_deadline"] = iso(f["deadline"])
    else:
        common["appeal_deadline"] = iso(days(f["notice"], {"ma_surv": 65, "nth_pre": 65}.get(k, 180)))
    doc_type = "eob" if k in ("es_surv", "py_surv", "nth_msn") else "denial_letter"
    den, da = {"ma_surv": ("medical_necessity", ["not_covered"]), "es_surv": ("medical_necessity", ["not_covered"]),
               "py_surv": ("medical_necessity", ["not_covered"]), "tracer": ("coding_error", None),
               "nth_msn": ("not_covered", ["medical_necessity"]),
               "nth_pre": ("not_covered", ["medical_necessity"])}[k]
    if k == "nth_msn":
        doc_type_alts = ["denial_letter"]
        return truth(doc_type, den, f["lang"], alternates=alts, denial_alternates=da, type_alternates=doc_type_alts,
                     **common)
    return truth(doc_type, den, f["lang"], alternates=alts, denial_alternates=da, **common)


# (stem suffix, condition, kind, insurer, date style)
PLAN = [
    ("bd_ma_letter_surveillance_after_lymphoma_treatment", "born_digital", "ma_surv", PU, "long"),
    ("bd_msn_fourth_subsequent_treatment_pet", "born_digital", "nth_msn", MC, "slash"),
    ("scan300_psma_pet_approved_rising_psa", "scan_clean_300", "psma", PY, "abbr"),
    ("faxstack_center_cover_and_wrong_tracer_code_letter", "fax_standard_g4", "tracer", OU, "slash"),
    ("copy_spanish_eob_whole_body_surveillance", "photocopy", "es_surv", OU, "es"),
    ("rotated_ma_fourth_pet_preservice_denial", "rotated", "nth_pre", PU, "dlong"),
    ("lowres_eob_surveillance_beside_paid_visit", "scan_lowres_150", "py_surv", PY, "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        r = random.Random(209600 + i)
        lang = "es" if kind == "es_surv" else "en"
        f = facts(r, kind, ins, ds, lang)
        f["cancer_es"] = CANCER_ES[f["cancer"]]
        f["ov_claim"] = mixed(r, "C99999999999") if ins == PY else mixed(r, "99-9999-999-999")
        f["ov_amt"] = money(r, 150, 330)
        f["ov_date"] = days(f["dos"], -r.randint(5, 25))
        f["deadline"] = days(f["notice"], 120)
        if kind in ("psma", "nth_pre"):
            f["received"] = days(f["notice"], -r.randint(1, 4))
            f["dos"] = days(f["notice"], r.randint(8, 20))
            f["prior"] = [days(f["dos"], -r.randint(60, 90) * k) for k in (4, 3, 2)]
        pdf = BUILD[kind](f)
        if kind == "tracer":
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))], separators=[cover(f)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
