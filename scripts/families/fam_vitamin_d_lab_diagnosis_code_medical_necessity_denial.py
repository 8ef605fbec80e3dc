"""Family 'vitamin_d_lab_diagnosis_code_medical_necessity_denial': a 25-hydroxy vitamin D test (82306) refused
because the diagnosis code on the lab claim (a routine exam or screening code) does not support medical
necessity under the plans' vitamin D testing policies, seen as a two-claim member EOB, a fax stack (prose denial
letter + the lab's bill with a "payer denied" line), a provider-facing claim determination to the lab, an upheld
appeal, the corrected claim later paid, a Spanish notice and a lab benefit manager's notice. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "vitamin_d_lab_diagnosis_code_medical_necessity_denial"
LANG = "en"
SEED = 333800
LAB = "Meridian Pathway Laboratories"
LAB2 = "Copperline Clinical Labs"
CODES = {"82306": ("Vitamin D, 25-hydroxy", 145, 230), "80053": ("Comprehensive metabolic panel", 38, 75),
         "85025": ("CBC with differential", 22, 48), "80061": ("Lipid panel", 40, 85),
         "83036": ("Hemoglobin A1c", 30, 60), "36415": ("Routine venipuncture", 9, 18),
         "99396": ("Preventive visit, 40-64", 240, 320), "84443": ("TSH", 45, 90)}
DOCTORS = ["Dr. Ottoline B. Garrick", "Hugo P. Marchetti, MD", "Dr. Sabine T. Okafor", "Dr. Rhys L. Carrow",
           "Adaeze N. Whitcombe, DO"]
DX_BAD = [("Z00.00", "general adult exam without abnormal findings"), ("Z13.21", "screening for nutritional disorder"),
          ("Z00.01", "general adult exam with abnormal findings"), ("R53.83", "other fatigue")]


def base(r: Rand, lang: str = "en") -> dict:
    nm, first, mid, last = r.person(lang)
    return dict(member=nm, first=first, last=last, addr=r.address(lang), dos=r.date(dt.date(2026, 1, 5), 50),
                dob=r.date(dt.date(1950, 1, 1), 14000), ph=r.phone(), npi=r.npi(), doc=r.choice(DOCTORS),
                dx=r.choice(DX_BAD))


def lines(r: Rand, codes: list[str]) -> list[dict]:
    return [dict(code=c, desc=CODES[c][0], billed=float(r.amount(CODES[c][1], CODES[c][2]))) for c in codes]


def tot(ls: list[dict]) -> float:
    return round(sum(x["billed"] for x in ls), 2)


def vitd(ls: list[dict]) -> float:
    return [x for x in ls if x["code"] == "82306"][0]["billed"]


# 1 -------------------------------------------------------------- born digital two-claim EOB, 82306 refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health Plan"
    mid, grp = f"GSH{r.digits(9)}", f"{r.digits(5)}-{r.letters(2)}"
    c_visit, c_lab = f"{r.digits(4)}-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}"
    visit, lab = lines(r, ["99396"]), lines(r, ["80053", "85025", "82306", "36415"])
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    recv = f["dos"] + dt.timedelta(days=r.randint(3, 8))
    d = Doc(footer="Granite Shoals Health Plan - Explanation of Benefits - page {p} of {n}", margins=(15, 12, 15))
    d.add_page()
    d.font(18, "B")
    d.cell(0, 9, "Granite Shoals Health Plan", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 10, h=6)
    d.rule(0.7, 3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_xy(118, y)
    for lab_, val in [("Statement date", fmt_date(stmt, "long")), ("Member", f["member"]), ("Member ID", mid),
                      ("Group number", grp), ("Date of birth", fmt_date(f["dob"], "slash"))]:
        d.set_x(118)
        d.font(8.5)
        d.cell(32, 5, lab_)
        d.font(9, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for cl, prov, ls, den in [(c_visit, f["doc"], visit, False), (c_lab, LAB, lab, True)]:
        d.font(9.5, "B")
        d.cell(0, 6, f"Claim {cl}   {prov}   received {fmt_date(recv, 'slash')}", border="B", new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for x in ls:
            bad = den and x["code"] == "82306"
            allowed = 0.0 if bad else round(x["billed"] * 0.62, 2)
            rows.append([fmt_date(f["dos"], "slash"), x["code"], x["desc"], fmt_money(x["billed"]),
                         fmt_money(allowed), fmt_money(allowed), fmt_money(x["billed"] if bad else 0),
                         "LB2" if bad else ""])
        rows.append(["*Claim total", "", "", fmt_money(tot(ls)), "", "", "", ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
                [21, 14, 56, 20, 20, 20, 19, 12], size=8, aligns="LLLRRRRL")
    d.text_line("Notes", 10, "B", h=6)
    d.para(f"LB2  The diagnosis billed with this test ({f['dx'][0]}, {f['dx'][1]}) does not support medical "
           "necessity for vitamin D testing under Clinical Policy LAB-118. Vitamin D testing is covered for "
           "conditions such as chronic kidney disease, osteoporosis, malabsorption or documented deficiency. Your "
           "provider may send a corrected claim if a supporting diagnosis applies.", 8.6)
    d.para("Appeals: you may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           f"within 72 hours. Questions: {f['ph']}. Lab NPI {f['npi']}.", 8.6)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_lab], claim_amount=m2(tot(lab)), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=LAB, appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["coding_error"],
              alternates={"claim_amount": [m2(vitd(lab))]})
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- fax stack: prose letter + lab bill
def doc_prose(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Thistledown Mutual Health"
    d = Doc(font="Times", margins=(24, 18, 24), footer="TMH-CL-7 (rev. 2025)")
    d.add_page()
    d.text_line("THISTLEDOWN MUTUAL HEALTH", 15, "B", h=8)
    d.text_line("Member Claims Services  -  PO Box 5540, Erie, PA 16501", 9, h=5)
    d.ln(7)
    d.text_line(fmt_date(f["notice"], "wlong"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We have processed claim {f['claim']} from {LAB} for blood tests ordered by {f['doc']} and drawn on "
           f"{fmt_date(f['dos'], 'long')}. The laboratory billed {fmt_money(tot(f['lines']))} in total. We paid the "
           "lipid panel and the blood draw. We did not pay the vitamin D test (25-hydroxy, code 82306).", 11)
    d.para(f"The only diagnosis on the claim was {f['dx'][0]} ({f['dx'][1]}). Our vitamin D testing policy covers "
           "this test when a condition such as chronic kidney disease, osteoporosis, a malabsorption disorder or a "
           "known deficiency is being diagnosed or followed. Screening of people without such a condition is not "
           "medically necessary under the policy, so the test was denied.", 11)
    d.para(f"For your records, your member number is {f['mid']} and your group number is {f['grp']}. If your doctor "
           "had another reason for the test, the laboratory may send us a corrected claim.", 11)
    d.para("If you disagree, you may file an appeal. We must receive it within 60 days of the date of this letter. "
           "If waiting could seriously harm your health, ask for an expedited appeal (72 hours). After our final "
           "decision you may be able to ask for an external review within 4 months.", 11)
    d.para("Sincerely,\nMember Claims Services", 11)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot(f["lines"])),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=LAB,
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), denial_alternates=["coding_error"],
              alternates={"claim_amount": [m2(vitd(f["lines"]))], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def doc_labbill(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"MPL{r.digits(8)}"
    due = stmt + dt.timedelta(days=30)
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.font(15, "B")
    d.cell(110, 8, LAB)
    d.font(10, "B")
    d.cell(0, 8, "PATIENT BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Billing Center  -  2200 Quarry Street, Lubbock, TX 79401  -  " + r.phone(), 8.5, h=5)
    d.rule(0.5, 3)
    d.boxes([("Bill date", fmt_date(stmt, "dmy"), 36), ("Account number", acct, 42), ("Patient", f["member"], 58),
             ("Amount due", fmt_money(vitd(f["lines"])), 46)])
    d.boxes([("Ordering physician", f["doc"], 64), ("Insurance", "Thistledown Mutual Health", 64),
             ("Policy ID", f["mid"], 54)])
    d.ln(5)
    rows = [[fmt_date(f["dos"], "dmy"), x["code"], x["desc"], fmt_money(x["billed"])] for x in f["lines"]]
    ins_paid = round(sum(x["billed"] for x in f["lines"] if x["code"] != "82306") * 0.6, 2)
    rows += [["", "", "Total charges", fmt_money(tot(f["lines"]))],
             [fmt_date(f["notice"], "dmy"), "", "Insurance payment", "-" + fmt_money(ins_paid)],
             [fmt_date(f["notice"], "dmy"), "", "Contractual adjustment",
              "-" + fmt_money(round(tot(f["lines"]) - vitd(f["lines"]) - ins_paid, 2))],
             [fmt_date(f["notice"], "dmy"), "82306", "PAYER DENIED - diagnosis not covered", "$0.00"],
             ["*", "", "Balance due", fmt_money(vitd(f["lines"]))]]
    d.table(["Date", "Test code", "Description", "Amount"], rows, [30, 22, 98, 30], size=9, aligns="LLLR")
    d.para(f"Your insurance denied the vitamin D test. Please pay by {fmt_date(due, 'dmy')} or call us to set up a "
           "payment plan. If your doctor sends us a different diagnosis, we will rebill your insurance and hold "
           "your account for 45 days.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(tot(f["lines"])),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=LAB, unscored=["insurer"],
              alternates={"member_id": [None], "claim_amount": [m2(vitd(f["lines"])), None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(notice=f["dos"] + dt.timedelta(days=r.randint(20, 30)), claim=f"T{r.digits(2)}{r.letters(1)}{r.digits(8)}",
             mid=f"TMH-{r.digits(3)}-{r.digits(5)}", grp=f"G{r.digits(6)}",
             lines=lines(r, ["80061", "82306", "36415"]))
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [doc_prose(r, f), doc_labbill(r, f)],
                separators=["cover", None])


# 3 -------------------------------------------------------------- provider-facing claim determination to the lab
def doc_provider(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bayberry Community Health Plan"
    mid, claim, icn = f"BCH{r.digits(8)}", f"{r.digits(12)}", f"ICN {r.digits(4)} {r.digits(4)} {r.digits(3)}"
    ls = lines(r, ["84443", "82306", "36415"])
    notice = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line("Bayberry Community Health Plan", 14, "B", h=7)
    d.text_line("Provider Services  |  Claim Determination Notice", 9.5, h=5)
    d.rule(0.5, 3)
    d.text_line(f"To: {LAB}, Billing Department      Billing NPI: {f['npi']}", 9.5, h=5.5)
    d.text_line(f"Notice date: {fmt_date(notice, 'iso')}", 9.5, h=5.5)
    d.ln(3)
    d.boxes([("Patient", f["member"], 56), ("Member ID", mid, 40), ("Date of birth", fmt_date(f["dob"], "iso"), 36),
             ("Claim number", claim, 50)])
    d.boxes([("Date of service", fmt_date(f["dos"], "iso"), 40), ("Ordering provider", f["doc"], 62),
             ("Diagnosis billed", f["dx"][0], 36), ("Total billed", fmt_money(tot(ls), "nosign"), 44)])
    d.ln(4)
    rows = [[x["code"], x["desc"], fmt_money(x["billed"], "nosign"),
             "Denied - N657/CO-50" if x["code"] == "82306" else "Paid"] for x in ls]
    d.table(["Code", "Description", "Billed", "Line status"], rows, [22, 80, 30, 50], size=9, aligns="LLRL")
    d.para(f"Reason: CO-50, non-covered because this is not deemed a medical necessity by the payer. Diagnosis "
           f"{f['dx'][0]} does not support 25-hydroxy vitamin D testing (82306) under Laboratory Policy LP-0412. "
           "Covered diagnoses include E55.9, M81.0, N18.3 and K90.0. Routine screening is not covered.", 9.5)
    d.para("If the ordering provider documented a covered condition, submit a corrected claim (frequency code 7) "
           "with that diagnosis. Reconsideration requests must be received within 90 days of the notice date. "
           f"Internal reference {icn}. Do not bill the member for this line unless a signed waiver is on file.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim, icn.replace("ICN ", "").replace(" ", "")], claim_amount=m2(tot(ls)),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=LAB,
              appeal_deadline=iso(notice + dt.timedelta(days=90)), denial_alternates=["coding_error"],
              alternates={"claim_amount": [m2(vitd(ls))], "case_numbers": [[claim]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


# 4 -------------------------------------------------------------- upheld appeal, photocopied
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Foxglove Health Insurance Company"
    mid, grp, claim, appeal = f"FX{r.digits(9)}", f"{r.digits(6)}", f"{r.digits(3)}{r.letters(2)}{r.digits(6)}", \
        f"APL-{r.digits(7)}"
    ls = lines(r, ["82306"])
    decided = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    recv = decided - dt.timedelta(days=r.randint(20, 28))
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Foxglove Health Insurance Company", 15, "B", h=8)
    d.text_line("Appeals and Grievances Unit", 10, h=5)
    d.ln(6)
    d.text_line(fmt_date(decided, "long"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"RE: Appeal {appeal}  |  Member ID {mid}  |  Group {grp}", 11)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We received your appeal on {fmt_date(recv, 'long')} about claim {claim} for a vitamin D blood test "
           f"(82306) done on {fmt_date(f['dos'], 'long')} at {LAB2}, ordered by {f['doc']}. The charge was "
           f"{fmt_money(ls[0]['billed'])}.", 11)
    d.para(f"A physician reviewer board-certified in internal medicine reviewed the claim, your letter and the "
           f"office notes. The test was ordered with diagnosis {f['dx'][0]} during a yearly physical. The notes do "
           "not show a condition that affects vitamin D levels, and no earlier low result. Under our Vitamin D "
           "Testing policy the test is not medically necessary for routine screening. We are upholding the denial.",
           11)
    d.para("This completes our internal appeal process. You may request an independent external review within "
           "4 months of receiving this letter, and you may have the right to bring a civil action under section "
           "502(a) of ERISA.", 11)
    d.para("Sincerely,\nAppeals and Grievances Unit", 11)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(ls[0]["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(decided), provider=LAB2,
              alternates={"provider": [f["doc"]], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- corrected claim paid (phone photo)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health Plan"
    mid, grp = f"GSH{r.digits(9)}", f"{r.digits(5)}-{r.letters(2)}"
    orig, new = f"{r.digits(4)}-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}"
    ls = lines(r, ["82306", "36415"])
    stmt = f["dos"] + dt.timedelta(days=r.randint(55, 70))
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 11, "  Granite Shoals Health Plan   |   Claim summary", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    for lab_, val in [("Processed", fmt_date(stmt, "abbr")), ("Patient", f["member"]), ("Member ID", mid),
                      ("Group", grp), ("Claim", new), ("Provider", LAB), ("Service date", fmt_date(f["dos"], "abbr"))]:
        d.font(10)
        d.cell(40, 6, lab_)
        d.font(10, "B")
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"This is a corrected claim. It replaces claim {orig}, which was denied. The laboratory sent a new "
           "diagnosis (E55.9, vitamin D deficiency, unspecified) and the test now meets our policy.", 10)
    rows = []
    for x in ls:
        al = round(x["billed"] * 0.55, 2)
        rows.append([x["code"], x["desc"], fmt_money(x["billed"]), fmt_money(al), fmt_money(al), "$0.00"])
    rows.append(["*Total", "", fmt_money(tot(ls)), "", "", "$0.00"])
    d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"], rows, [16, 64, 24, 24, 24, 24],
            size=9, aligns="LLRRRR")
    d.para("Status: PAID. Nothing is denied on this claim. Keep this summary for your records. Questions: "
           f"{f['ph']}.", 10)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[new],
              claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=LAB,
              type_alternates=["other"], alternates={"case_numbers": [[new, orig], [orig, new]]})
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- Spanish notice (rotated)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Plan de Salud Vereda Azul"
    mid, grp, claim = f"VA-{r.digits(8)}", f"{r.digits(4)}", f"{r.digits(2)}-{r.digits(9)}"
    ls = lines(r, ["80053", "82306"])
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Doc(font="DejaVu", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Plan de Salud Vereda Azul", 15, h=8)
    d.text_line("Departamento de Reclamaciones  -  Apartado 4410, Laredo, TX 78040", 9, h=5)
    d.ln(5)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.5)
    d.ln(4)
    d.text_line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, h=7)
    for lab_, val in [("Afiliado", f["member"]), ("Número de afiliado", mid), ("Grupo", grp),
                      ("Número de reclamación", claim), ("Fecha de nacimiento", fmt_date(f["dob"], "slash")),
                      ("Laboratorio", LAB2)]:
        d.font(10)
        d.cell(52, 5.6, lab_ + ":")
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Revisamos la reclamación de {LAB2} por las pruebas de sangre del {fmt_date(f['dos'], 'es')}, con un "
           f"total facturado de {fmt_money(tot(ls))}. Pagamos el panel metabólico. No pagamos la prueba de "
           "vitamina D (25-hidroxi, código 82306).", 10.5)
    d.para(f"Motivo: el diagnóstico de la reclamación ({f['dx'][0]}) no justifica la necesidad médica de la prueba "
           "según nuestra política de pruebas de vitamina D. La prueba de detección de rutina no es médicamente "
           "necesaria. Si su médico tiene otro diagnóstico, el laboratorio puede enviar una reclamación corregida.",
           10.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación acelerada (72 horas). Llame al " + f["ph"] + ".", 10.5)
    t = truth("denial_letter", "medical_necessity", "es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=LAB2, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["coding_error"], alternates={"claim_amount": [m2(vitd(ls))]})
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- lab benefit manager notice (low-res)
def doc_lbm(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Lab Benefit Solutions"
    plan = "Sorrel Ridge Health Plan"
    mid, ref = f"SRH{r.digits(7)}", f"KLB-{r.digits(6)}-{r.letters(1)}"
    ls = lines(r, ["82306", "83036"])
    notice = f["dos"] + dt.timedelta(days=r.randint(12, 20))
    recv = f["dos"] + dt.timedelta(days=r.randint(2, 6))
    by = notice + dt.timedelta(days=60)
    up = lambda x: fmt_date(x, "dmy").upper()  # noqa: E731
    d = Doc(font="Courier", margins=(18, 14, 18))
    d.add_page()
    d.text_line("KEYSTONE LAB BENEFIT SOLUTIONS", 13, "B", h=7)
    d.text_line(f"Laboratory benefit management for {plan}", 9.5, h=5)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - LABORATORY CLAIM", 10.5, "B", h=6)
    d.rule(0.5, 3)
    for lab_, val in [("NOTICE DATE", up(notice)), ("MEMBER", f["member"].upper()), ("MEMBER ID", mid),
                      ("DOB", up(f["dob"])), ("REFERENCE NO", ref), ("CLAIM RECEIVED", up(recv)),
                      ("DATE OF SERVICE", up(f["dos"])), ("PERFORMING LAB", LAB.upper()),
                      ("ORDERING MD", f["doc"].upper()), ("AMOUNT BILLED", fmt_money(tot(ls), "usd")),
                      ("APPEAL BY", up(by))]:
        d.font(9.5)
        d.cell(50, 5.4, lab_)
        d.cell(0, 5.4, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"DECISION: 82306 (VITAMIN D, 25-HYDROXY) NOT APPROVED. DIAGNOSIS {f['dx'][0]} IS NOT ON THE LIST OF "
           "DIAGNOSES THAT SUPPORT MEDICAL NECESSITY FOR THIS TEST (GUIDELINE KLB-VD-03). 83036 APPROVED.", 9.5)
    d.para(f"YOU OR THE LAB MAY APPEAL. SEND YOUR APPEAL BY THE DATE ABOVE. EXPEDITED REVIEW: 72 HOURS. STATE "
           f"EXTERNAL REVIEW: 4 MONTHS AFTER THE FINAL DECISION. FAX 1-855-555-0148. LAB NPI {f['npi']}.", 9.5)
    d.text_line("FORM KLB-ABD-2 (01/2026)", 8, h=5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=LAB, appeal_deadline=iso(by), denial_alternates=["coding_error"],
              alternates={"insurer": [plan], "claim_amount": [m2(vitd(ls))], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "two_claim_eob", "born_digital"), (2, doc_provider, "lab_determination", "scan_clean_300"),
              (3, doc_appeal, "appeal_upheld", "photocopy"), (4, doc_paid, "corrected_claim_paid", "phone_photo"),
              (5, doc_es, "aviso_es", "rotated"), (6, doc_lbm, "lbm_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
