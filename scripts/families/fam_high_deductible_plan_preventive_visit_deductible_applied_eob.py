"""Family 'high_deductible_plan_preventive_visit_deductible_applied_eob': an invented HSA-qualified high-deductible
plan processing an annual preventive visit against the deductible instead of paying it in full, because the claim
was billed with a problem diagnosis first (or with a problem-oriented visit code beside the routine exam).

Documents: a three-claim member EOB where only the preventive visit went to the deductible; a prose-only letter;
the clinic's patient bill (denies nothing); the corrected EOB after reprocessing (paid in full, denies nothing);
a Spanish EOB; a faxed stack of the member notice and the overturned appeal; an upheld appeal for a visit that
also had a separately billed problem-oriented service.

All people, plans and numbers are invented (555 phone numbers). Decoys: DOB, deductible accumulators, HSA
paragraphs, quoted preventive-care rules (ACA section 2713, IRS HDHP safe harbor), account numbers, other
claims, processing periods, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "high_deductible_plan_preventive_visit_deductible_applied_eob"
LANG = "en"
SEED = 340500

INS = "Ruddock Mutual Health Plan"
WORD = "RUDDOCK MUTUAL"
PROD = "Ruddock Mutual HSA Bronze 3400"
ADDR = "PO Box 40912, Fargo, ND 58102"
PH = "1-855-555-0148"
CLINIC = "Corvallo Family Medicine"
CLINIC_ADDR = "2210 Juniper Drive, Duluth, MN 55802"
DOC1 = "Odette M. Winslow"
DOC2 = "Jasper L. Marchetti"
LAB = "Pellinore Clinical Laboratory"
GROUP = "552190"
PLAN_NO = "80417"
FOOT = "RM-EOB-HD (01/2026)   Page {p} of {n}"

RULES = ("About preventive care. Under section 2713 of the Public Health Service Act, in-network preventive "
         "services with an A or B rating from the U.S. Preventive Services Task Force, and well-woman and "
         "well-child care, are covered with no deductible, copay or coinsurance. An HSA-qualified plan may pay "
         "preventive care before the deductible is met (IRS safe harbor). Care to diagnose or treat an illness or "
         "a known condition is not preventive care, even when it is given during a preventive visit.")


def D(y, m, d):
    return dt.date(y, m, d)


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


def labels(d, rows, w=40, size=9.5, bold=True, h=5.2):
    for k, v in rows:
        d.font(size, "B" if bold else "")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def paras(d, items, size=10, gap=2.5):
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size, gap)


def head(d, right=False, sub=None):
    d.add_page()
    a = "R" if right else "L"
    d.text_line(WORD, 19, "B", a)
    d.text_line(sub or f"{INS}  |  {ADDR}  |  Member Services {PH}", 8, "", a)
    d.rule(0.8, 4)


# 1 born digital: three-claim member EOB, the preventive visit applied to the deductible
def eob_three_claims():
    notice, dos = D(2026, 3, 17), D(2026, 2, 19)
    mem = "Brianna T. Pemberton"
    d = Doc(footer=FOOT)
    head(d)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    y = d.get_y()
    labels(d, [("Statement date", fmt_date(notice, "long")), ("Member", mem), ("Member ID", "RMH-3381-20476"),
               ("Date of birth", "08/14/1979"), ("Group", GROUP), ("Plan", f"{PROD} (Plan No. {PLAN_NO})"),
               ("Claims processed", "02/01/2026 - 03/15/2026")], 36, 9)
    d.set_xy(140, y)
    d.set_fill_color(236, 236, 236)
    d.font(8.5, "B")
    d.multi_cell(58, 4.6, "2026 deductible (individual)\nDeductible:  $3,400.00\nMet so far:  $1,027.45\n"
                 "Remaining:  $2,372.55\nOut-of-pocket max: $7,000.00", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 40))
    d.ln(2)
    w = [26, 50, 22, 20, 20, 22, 20]
    head_row = ["Date", "Service", "Billed", "Allowed", "Deductible", "Plan paid", "You owe"]
    d.text_line(f"Claim 26A0311842  -  {LAB}", 9.5, "B")
    d.table(head_row, [[fmt_date(D(2026, 2, 23), "slash"), "80061 Lipid panel", "96.00", "41.20", "0.00", "41.20",
                        "0.00 PV1"]], w, 8.2, "LLRRRRR")
    d.text_line(f"Claim 26A0311907  -  {CLINIC}  (rendering: {DOC1}, MD)", 9.5, "B")
    d.table(head_row, [[fmt_date(dos, "slash"), "99396 Periodic exam 40-64", "318.00", "211.45", "211.45", "0.00",
                        "211.45 DA4"]], w, 8.2, "LLRRRRR")
    d.text_line(f"Claim 26A0312250  -  {CLINIC}", 9.5, "B")
    d.table(head_row, [[fmt_date(D(2026, 1, 28), "slash"), "90686 Flu vaccine", "46.00", "28.10", "0.00", "28.10",
                        "0.00 PV1"],
                       [fmt_date(D(2026, 1, 28), "slash"), "90471 Admin", "22.00", "14.75", "0.00", "14.75",
                        "0.00 PV1"]], w, 8.2, "LLRRRRR")
    d.font(9, "B")
    d.cell(0, 5, "Totals this statement:  billed $482.00   plan paid $84.05   you owe $211.45",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    paras(d, ["#Remark codes",
              "PV1  Preventive service paid at 100%; no deductible applies.",
              "DA4  Preventive benefit not applied. The claim lists diagnosis E78.5 (hyperlipidemia) as the main "
              "reason for the visit instead of a routine exam code (Z00.00 / Z00.01), so the visit was processed "
              "under your medical benefit and applied to your deductible. If your provider sends a corrected claim "
              "we will reprocess it.",
              RULES,
              "#If you disagree",
              "You may appeal within 180 days of the date of this statement. Write to Ruddock Mutual Appeals, "
              f"{ADDR}. If waiting would harm your health you may ask for an urgent appeal, decided within 72 "
              "hours. After our final decision you may ask for external review within 4 months."], 8.8, 1.8)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN_NO, group_number=GROUP, member_id="RMH-3381-20476",
              member_name=mem, case_numbers=["26A0311907"], claim_amount="318.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC1, appeal_deadline=plus(notice, 180),
              denial_alternates=["not_covered", "other"],
              alternates={"provider": [CLINIC], "insurer": [PROD]})
    return pdf_bytes(d), t


# 2 low-res scan: prose-only letter
def prose_letter():
    notice, dos = D(2026, 2, 3), D(2026, 1, 14)
    mem = "Gideon P. Strand"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Ruddock Mutual Health Plan", 15, "B", "C")
    d.text_line(f"{ADDR}   -   {PH}", 9, "", "C")
    d.ln(8)
    d.text_line(fmt_date(notice, "upper"), 11)
    d.ln(3)
    d.text_line(mem, 11)
    d.text_line("4417 Quarry Street", 11)
    d.text_line("Bangor, ME 04401", 11)
    d.ln(4)
    paras(d, [f"Dear {mem},",
              f"We processed claim 26A0107736 for the yearly physical that Dr. {DOC2} of {CLINIC} gave you on "
              f"{fmt_date(dos, 'upper')}. The clinic billed $296.00 for the visit. The claim lists the visit as a "
              "follow-up for high blood pressure (diagnosis code I10) and not as a routine check-up, so we did not "
              "pay it under your preventive care benefit. Instead the allowed amount of $204.18 was applied to "
              "your deductible, and the plan paid nothing. This letter is a notice of an adverse benefit "
              "determination.",
              "Your plan pays one routine preventive exam each calendar year in full when it is billed as "
              "preventive care. Services to diagnose or treat a condition are subject to your deductible of "
              "$3,400.00. If the clinic agrees that the visit was a routine exam, it can send us a corrected claim "
              "and we will look at it again.",
              "We have this claim under your member ID RMH-7720-15309, group 552190. If you do not agree with our "
              "decision, you or someone you name may appeal within 180 days of the date of this letter by writing "
              "to the address above. You may ask for copies of the documents we used, free of charge. If your "
              "health would be harmed by waiting, an urgent appeal is decided within 72 hours.",
              "Sincerely,", "Claims Review Department"], 11, 3)
    t = truth("denial_letter", "coding_error", insurer=INS, group_number=GROUP, member_id="RMH-7720-15309",
              member_name=mem, case_numbers=["26A0107736"], claim_amount="296.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC2, appeal_deadline=plus(notice, 180),
              denial_alternates=["not_covered", "other"],
              alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


# 3 photocopy: the clinic's patient statement (denies nothing)
def clinic_bill():
    notice, dos = D(2026, 4, 2), D(2026, 2, 19)
    mem = "Brianna T. Pemberton"
    d = Doc(font="Helvetica", footer=None)
    d.add_page()
    d.text_line(CLINIC.upper(), 16, "B")
    d.text_line(f"{CLINIC_ADDR}   Billing office 218-555-0176", 8.5)
    d.ln(5)
    d.boxes([("Statement date", fmt_date(notice, "dmy").upper(), 36), ("Account no.", "CFM-0048817", 36),
             ("Patient", mem, 62), ("Please pay", "$211.45", 40)])
    d.ln(4)
    d.text_line(f"Insurance on file: {INS}   ID RMH-3381-20476   Group {GROUP}", 9)
    d.ln(2)
    d.table(["Date", "Code", "Description", "Provider", "Amount"],
            [[fmt_date(dos, "dmy").upper(), "99396", "Preventive visit, est. patient 40-64", f"{DOC1}, MD",
              "318.00"],
             [fmt_date(D(2026, 3, 17), "dmy").upper(), "", "Ruddock Mutual - applied to deductible", "", "0.00"],
             [fmt_date(D(2026, 3, 17), "dmy").upper(), "", "Contractual adjustment", "", "-106.55"],
             ["*Balance due", "", "", "", "211.45"]], [30, 16, 66, 44, 22], 8.8, "LLLLR")
    d.para("Your insurance applied this visit to your deductible. Payment is due within 30 days of the statement "
           "date. Questions about how your plan processed the visit should go to your insurer; questions about "
           "this bill to our billing office. Previous balance: $0.00.", 9)
    t = truth("other", None, member_id="RMH-3381-20476", group_number=GROUP, member_name=mem, claim_amount="318.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=DOC1, unscored=["insurer"],
              alternates={"provider": [CLINIC], "claim_amount": ["211.45"], "denial_date": [None]})
    return pdf_bytes(d), t


# 4 clean scan: corrected EOB after reprocessing, paid in full
def corrected_eob():
    notice, dos = D(2026, 5, 6), D(2026, 2, 19)
    mem = "Brianna T. Pemberton"
    d = Doc(footer=FOOT)
    head(d, right=True)
    d.text_line("CORRECTED EXPLANATION OF BENEFITS", 13, "B")
    d.text_line(f"This statement replaces the one dated {fmt_date(D(2026, 3, 17), 'iso')} for the claim below.", 9)
    d.ln(2)
    labels(d, [("Issue date", fmt_date(notice, "iso")), ("Member name", mem), ("ID number", "RMH-3381-20476"),
               ("Group no.", GROUP), ("Plan no.", PLAN_NO), ("Claim", "26A0311907-R1")], 34, 9.5, False)
    d.table(["Service date", "Provider", "Service", "Charged", "Allowed", "Deductible", "Paid", "Your share"],
            [[fmt_date(dos, "iso"), CLINIC, "99396", "$318.00", "$211.45", "$0.00", "$211.45", "$0.00"]],
            [24, 44, 16, 20, 20, 20, 18, 18], 8, "LLLRRRRR")
    paras(d, ["Reprocessed after a corrected claim from the provider (primary diagnosis Z00.00). Paid under your "
              "preventive care benefit at 100%. The $211.45 previously applied to your deductible has been "
              "removed; your 2026 deductible met is now $816.00. If you already paid the clinic, ask it for a "
              "refund.",
              "Questions? Call Member Services at " + PH + ". You may appeal any decision on this statement within "
              "180 days of the date of this statement."], 9)
    t = truth("eob", None, insurer=INS, plan_id=PLAN_NO, group_number=GROUP, member_id="RMH-3381-20476",
              member_name=mem, case_numbers=["26A0311907-R1"], claim_amount="318.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=CLINIC, appeal_deadline=plus(notice, 180),
              alternates={"appeal_deadline": [None], "insurer": [PROD], "case_numbers": [["26A0311907"]]})
    return pdf_bytes(d), t


# 5 phone photo: Spanish EOB
def spanish_eob():
    notice, dos = D(2026, 4, 1), D(2026, 3, 10)
    mem = "Xiomara L. Benítez"
    d = Doc(font="Helvetica", footer="RM-EOB-HD-ES (01/2026)  Página {p} de {n}")
    d.add_page()
    d.text_line(WORD, 18, "B")
    d.text_line(f"{INS}  -  {ADDR}", 8)
    d.rule(0.6, 3)
    d.text_line("Explicación de Beneficios  -  ESTO NO ES UNA FACTURA", 12, "B")
    d.ln(2)
    labels(d, [("Fecha del estado:", fmt_date(notice, "es")), ("Afiliada:", mem),
               ("Nº de afiliado:", "RMH-5094-66218"), ("Grupo:", GROUP),
               ("Fecha de nacimiento:", "02/11/1986"), ("Nº de reclamación:", "26A0330518"),
               ("Proveedor:", f"{CLINIC} - Dr. {DOC2}")], 44, 9.5)
    d.table(["Fecha", "Servicio", "Facturado", "Permitido", "Deducible", "Pagado", "Usted debe"],
            [[fmt_date(dos, "es"), "99395 Examen preventivo", "US$ 274.00", "US$ 188.60", "US$ 188.60",
              "US$ 0.00", "US$ 188.60"],
             [fmt_date(dos, "es"), "36415 Extracción", "US$ 19.00", "US$ 9.40", "US$ 9.40", "US$ 0.00",
              "US$ 9.40"],
             ["*Total", "", "US$ 293.00", "US$ 198.00", "US$ 198.00", "US$ 0.00", "US$ 198.00"]],
            [32, 40, 22, 22, 22, 18, 22], 7.8, "LLRRRRR")
    paras(d, ["Código DA4: No se aplicó el beneficio preventivo. La reclamación indica como motivo principal el "
              "diagnóstico R73.03 (prediabetes) y no un código de examen de rutina, por lo que la visita se aplicó a "
              "su deducible.",
              "Los servicios preventivos con calificación A o B del Grupo de Trabajo de Servicios Preventivos se "
              "cubren sin deducible. La atención para diagnosticar o tratar una condición no es atención "
              "preventiva.",
              "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de "
              f"cuenta. Llame al {PH}. Las apelaciones urgentes se deciden en 72 horas."], 9)
    t = truth("eob", "coding_error", lang="es", insurer=INS, group_number=GROUP, member_id="RMH-5094-66218",
              member_name=mem, case_numbers=["26A0330518"], claim_amount="293.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC2, appeal_deadline=plus(notice, 180),
              denial_alternates=["not_covered", "other"], alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


# 6 standard fax stack: member notice + overturned appeal
def stack_notice():
    notice, dos = D(2026, 4, 28), D(2026, 4, 7)
    mem = "Rufus E. Dubois"
    d = Doc(footer=FOOT)
    head(d)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.text_line("Date: " + fmt_date(notice, "mdy_nopad"), 10)
    d.ln(2)
    labels(d, [("Member:", mem), ("Member ID:", "RMH-2260-81734"), ("Group:", GROUP), ("Claim #:", "26A0421190"),
               ("Date of service:", fmt_date(dos, "mdy_nopad")), ("Provider:", f"Dr. {DOC1}, {CLINIC}"),
               ("Amount billed:", "$245.00"), ("Claim received:", fmt_date(D(2026, 4, 13), "mdy_nopad"))], 38)
    paras(d, ["#Decision",
              "Your annual exam was billed as a problem-oriented office visit (99214) with no preventive service "
              "code, so it was applied to your deductible ($171.30). You owe this amount to the provider.",
              "#Your rights",
              "You may appeal within 180 days of the date of this notice. Send your appeal and any records to "
              f"Ruddock Mutual Appeals, {ADDR}, or fax 1-855-555-0149. Urgent appeals: 72 hours. External review: "
              "4 months after a final decision.", RULES], 9.5)
    t = truth("denial_letter", "coding_error", insurer=INS, group_number=GROUP, member_id="RMH-2260-81734",
              member_name=mem, case_numbers=["26A0421190"], claim_amount="245.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC1, appeal_deadline=plus(notice, 180),
              denial_alternates=["not_covered", "other"], alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


def stack_overturned():
    notice, dos = D(2026, 6, 9), D(2026, 4, 7)
    mem = "Rufus E. Dubois"
    d = Doc(footer=FOOT)
    head(d, right=True)
    d.text_line(fmt_date(notice, "abbr"), 10)
    d.ln(3)
    d.text_line(f"Re: Appeal AP-26-07713 (claim 26A0421190)", 10.5, "B")
    d.ln(2)
    paras(d, [f"Dear {mem},",
              f"We have finished reviewing your appeal about your visit with Dr. {DOC1} on {fmt_date(dos, 'abbr')} "
              "(billed $245.00). The clinic's notes show a routine yearly exam with no new problem addressed, and "
              "the clinic sent a corrected claim with code 99396.",
              "Decision: OVERTURNED. We will reprocess the claim under your preventive care benefit and pay it in "
              "full. You will receive a new Explanation of Benefits. Member ID RMH-2260-81734.",
              "Sincerely,", "Appeals Unit"], 10)
    t = truth("other", None, insurer=INS, member_id="RMH-2260-81734", member_name=mem,
              case_numbers=["AP-26-07713", "26A0421190"], claim_amount="245.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC1, alternates={"case_numbers": [["AP-26-07713"]]})
    return pdf_bytes(d), t


# 7 rotated: upheld appeal (problem-oriented visit billed beside the physical)
def upheld():
    notice, dos = D(2026, 7, 15), D(2026, 3, 24)
    mem = "Leticia A. Quintero"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Ruddock Mutual Health Plan - Appeals and Grievances", 13, "B")
    d.text_line(ADDR, 9)
    d.rule(0.5, 3)
    d.text_line(fmt_date(notice, "wlong"), 11)
    d.ln(2)
    labels(d, [("Appellant / patient", mem), ("Member ID", "RMH-6613-40052"), ("Group", GROUP),
               ("Appeal number", "AP-26-06204"), ("Claim number", "26A0325977"),
               ("Service date", fmt_date(dos, "long")), ("Provider", f"{CLINIC} (Dr. {DOC2})"),
               ("Total billed", "$482.00  (99396 $318.00; 99213-25 $164.00)")], 44, 10.5)
    paras(d, ["#Decision: UPHELD",
              "The preventive exam (99396) on this claim was paid in full. During the same visit your doctor also "
              "treated a skin infection and billed a separate office visit (99213 with modifier 25). Care to treat "
              "a problem is not preventive care under your plan, even in the same visit, so the $164.00 line was "
              "correctly applied to your deductible. Our decision on that line stands.",
              "This was your final internal appeal. You may ask for an independent external review within 4 months "
              f"after you receive this letter. Call {PH} for help.", RULES], 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=GROUP, member_id="RMH-6613-40052",
              member_name=mem, case_numbers=["AP-26-06204", "26A0325977"], claim_amount="482.00",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=DOC2,
              denial_alternates=["coding_error", "other"],
              alternates={"claim_amount": ["164.00"], "provider": [CLINIC]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_eob_three_claims", "born_digital", [eob_three_claims()]),
            Item(f"{F}_lowres_prose_letter", "scan_lowres_150", [prose_letter()]),
            Item(f"{F}_copy_clinic_statement", "photocopy", [clinic_bill()]),
            Item(f"{F}_scan300_corrected_eob", "scan_clean_300", [corrected_eob()]),
            Item(f"{F}_photo_eob_es", "phone_photo", [spanish_eob()]),
            Item(f"{F}_faxstd_stack_notice_overturned", "fax_standard_g4", [stack_notice(), stack_overturned()],
                 separators=["cover", None]),
            Item(f"{F}_rotated_appeal_upheld", "rotated", [upheld()])]
