"""Family 'medicare_advantage_home_infusion_supplies_part_b_vs_d_denial': an invented Medicare Advantage plan
refusing a home infusion pharmacy's external infusion pump and supplies (E0781, A4222) billed under the medical
(Part B) benefit for a drug covered under Part D (IV ertapenem): billed under the wrong benefit.

Public-ish: the plan's notices follow the structure and wording of the CMS "Notice of Denial of Medical Coverage
(or Payment)" (form CMS-10003-NDMCP): Date / Member number / Name, "We denied ...", "We denied this request
because ...", the right to appeal within 65 days, the fast (72-hour) appeal, "How to ask for an appeal", "What
happens next" (automatic forwarding to the Independent Review Entity), Medicare help lines and the form number.

Documents: the born-digital payment denial; the infusion pharmacy's statement (denies nothing); an upheld
reconsideration forwarded to the IRE; a fax stack of a Part D coverage approval for the drug and a pre-service
denial for the pump and supplies; a Spanish notice; a prose-only letter; a member EOB with several claims, one
refused. All people, plans and numbers are invented; 555 phone numbers except Medicare's public lines.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from fam_high_deductible_plan_preventive_visit_deductible_applied_eob import labels, paras
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "medicare_advantage_home_infusion_supplies_part_b_vs_d_denial"
LANG = "en"
SEED = 340600

INS = "Quarrymoor Health Plans"
PROD = "Quarrymoor Medicare Choice (HMO)"
ADDR = "Attn: Appeals, PO Box 77215, Macon, GA 31201"
PH = "1-866-555-0192"
TTY = "TTY 711"
PHARM = "Emberly Home Infusion Pharmacy"
PHARM_ADDR = "3180 Lantern Way, Macon, GA 31201"
PRESCRIBER = "Harriet P. Oduya"
MAT = "H5521_NDMCP26_C"
FORM = "Form CMS-10003-NDMCP   OMB Approval 0938-0829"


def D(y, m, d):
    return dt.date(y, m, d)


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


def span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


def logo(d, right=False):
    d.add_page()
    a = "R" if right else "L"
    d.text_line("QUARRYMOOR", 20, "B", a)
    d.text_line("Medicare Choice (HMO)  -  a Medicare Advantage plan of Quarrymoor Health Plans", 8, "", a)
    d.ln(3)


REASON = ("The drug you get at home (ertapenem 1 g IV daily) is covered under your Medicare Part D prescription "
          "drug benefit. Medicare Part B, and our plan's medical benefit, covers an external infusion pump and its "
          "supplies only when they are used with a drug on the Part B pump list. Ertapenem is not on that list, so "
          "the pump and supplies billed to the medical benefit are not covered. Supplies used to give a Part D "
          "drug are paid as part of the Part D pharmacy claim; the pharmacy may bill them that way.")


def appeal_block(d, days_sentence):
    paras(d, ["#You have the right to appeal our decision",
              "You have the right to ask us to review our decision by asking for an appeal. Appeals are decided "
              f"by people who were not involved in making the first decision. {days_sentence}",
              "#Fast appeal",
              "If you or your doctor believe that waiting 30 days could seriously harm your health, ask for a fast "
              "appeal. We will give you a decision within 72 hours. A fast appeal is not available for a request "
              "for payment for care you already got.",
              "#How to ask for an appeal with our plan",
              "Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request "
              "must include your name, address, member number, the reasons for appealing, and any evidence you "
              f"wish to attach. Mail or fax to: {INS}, {ADDR}. Fax 1-866-555-0193. Phone {PH} ({TTY}).",
              "Step 2: We will review your appeal. If we continue to deny coverage, we will automatically send "
              "your case to an Independent Review Entity.",
              "#Get help & more information",
              f"Plan: {PH}, 8 a.m. - 8 p.m., 7 days a week. Medicare: 1-800-MEDICARE (1-800-633-4227), TTY "
              "1-877-486-2048, 24 hours a day. State Health Insurance Assistance Program: 1-800-555-0140."], 9, 1.6)


# 1 born digital: payment denial on the NDMCP form
def ndmcp_payment():
    notice, a, b = D(2026, 3, 4), D(2026, 1, 6), D(2026, 2, 2)
    mem = "Lucille D. Featherstone"
    d = Doc(footer=f"{MAT}          {FORM}          Page {{p}} of {{n}}")
    logo(d)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", "C")
    d.ln(3)
    labels(d, [("Date:", fmt_date(notice, "long")), ("Member number:", "QM40218837"), ("Name:", mem)], 34, 10)
    paras(d, ["#Your request was denied",
              "We denied payment for the medical items listed below that you or your provider asked us to pay for:",
              f"External infusion pump supplies (HCPCS A4222, 28 units) and pump rental (E0781) billed by {PHARM} "
              f"for {fmt_date(a, 'long')} through {fmt_date(b, 'long')}. Claim number MA26-0048813. Amount billed: "
              f"$2,436.00. Prescriber: Dr. {PRESCRIBER} (NPI 1639028475).",
              "#We denied this request because:",
              REASON + " (Medicare Managed Care Manual, Ch. 4; Medicare Prescription Drug Benefit Manual, Ch. 6.)"],
          10)
    appeal_block(d, "If you want to appeal, you must ask within 65 days from the date of this notice.")
    t = truth("denial_letter", "not_covered", insurer=INS, member_id="QM40218837", member_name=mem,
              case_numbers=["MA26-0048813"], claim_amount="2436.00", service_dates=[span(a, b)],
              denial_date=notice.isoformat(), provider=PHARM, appeal_deadline=plus(notice, 65),
              denial_alternates=["coding_error", "other"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


# 2 clean scan: the infusion pharmacy's patient statement (denies nothing)
def pharmacy_statement():
    notice, a, b = D(2026, 3, 20), D(2026, 1, 6), D(2026, 2, 2)
    mem = "Lucille D. Featherstone"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line(PHARM, 16, "B", "C")
    d.text_line(f"{PHARM_ADDR}  -  Patient billing 478-555-0124  -  NCPDP 1147720", 8.5, "", "C")
    d.ln(5)
    d.text_line("PATIENT STATEMENT", 12, "B")
    labels(d, [("Statement date", fmt_date(notice, "iso")), ("Patient", mem), ("Account", "EHI-20-55813"),
               ("Insurance", f"{PROD}, member QM40218837"), ("Therapy", "Ertapenem 1 g IV every 24 hours"),
               ("Ordering physician", f"{PRESCRIBER}, MD")], 40, 10)
    d.table(["From", "To", "Item", "Billed to", "Charge", "Ins. paid", "Status"],
            [[fmt_date(a, "iso"), fmt_date(b, "iso"), "Ertapenem 1 g x 28 (Rx 6604471)", "Part D", "3,920.00",
              "3,786.50", "Paid"],
             [fmt_date(a, "iso"), fmt_date(b, "iso"), "A4222 supplies x 28", "Medical", "1,736.00", "0.00",
              "Denied"],
             [fmt_date(a, "iso"), fmt_date(b, "iso"), "E0781 pump rental, 1 mo", "Medical", "700.00", "0.00",
              "Denied"],
             ["*Total", "", "", "", "6,356.00", "3,786.50", ""]], [22, 22, 52, 18, 20, 20, 20], 8.5, "LLLLRRL")
    d.para("Part D copay already paid: $133.50. Balance now due from you: $2,436.00. Your plan denied the pump and "
           "supplies because they were billed to your medical benefit. We are rebilling them; you do not need to "
           "pay this balance while the rebill is pending. Payment terms: net 30 days.", 10)
    t = truth("other", None, member_id="QM40218837", member_name=mem, claim_amount="6356.00",
              service_dates=[span(a, b)], denial_date=notice.isoformat(), provider=PHARM, unscored=["insurer"],
              alternates={"claim_amount": ["2436.00"], "denial_date": [None]})
    return pdf_bytes(d), t


# 3 photocopy: upheld reconsideration, forwarded to the IRE
def reconsideration_upheld():
    notice, a, b = D(2026, 5, 12), D(2026, 2, 10), D(2026, 3, 9)
    mem = "Bernard K. Achterberg"
    d = Doc(footer=f"{MAT}   Page {{p}} of {{n}}")
    logo(d, right=True)
    d.text_line("Notice of Reconsideration Decision", 13, "B")
    d.text_line(fmt_date(notice, "abbr"), 10)
    d.ln(2)
    labels(d, [("Member:", mem), ("Member number:", "QM38816604"), ("Reconsideration no.:", "RC-26-00917"),
               ("Original claim:", "MA26-0061120"), ("Supplier:", PHARM),
               ("Items:", "E0781 pump rental and A4222 supplies"),
               ("Dates of service:", f"{fmt_date(a, 'abbr')} - {fmt_date(b, 'abbr')}"), ("Billed:", "$1,875.50"),
               ("Request received:", fmt_date(D(2026, 4, 2), "abbr"))], 42)
    paras(d, ["#Our decision: we did not change our denial",
              "A physician who was not part of the first decision reviewed your request. " + REASON,
              "#What happens next",
              "Because we did not decide fully in your favor, we are required to send your case to the Independent "
              "Review Entity (IRE) contracted by Medicare. We sent it on " + fmt_date(notice, "abbr") + ". You do "
              "not need to do anything. The IRE will write to you with its decision; if you disagree with it, its "
              "letter will tell you how to ask for a hearing with an Administrative Law Judge.",
              f"Questions: {PH} ({TTY}). Medicare: 1-800-MEDICARE."], 9.5)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id="QM38816604", member_name=mem,
              case_numbers=["RC-26-00917", "MA26-0061120"], claim_amount="1875.50", service_dates=[span(a, b)],
              denial_date=notice.isoformat(), provider=PHARM, denial_alternates=["coding_error", "other"],
              alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


# 4 fine fax stack: Part D approval for the drug + pre-service denial of pump and supplies
def stack_partd_approval():
    notice, start = D(2026, 4, 14), D(2026, 4, 14)
    mem = "Yesenia M. Salcedo"
    d = Doc(footer=f"H5521_CDAPR26_C   Page {{p}} of {{n}}")
    logo(d)
    d.text_line("Coverage Determination - Request Approved", 13, "B")
    d.text_line("Date: " + fmt_date(notice, "slash"), 10)
    d.ln(2)
    labels(d, [("Member:", mem), ("Member number:", "QM51170392"), ("Request #:", "CD-26-114502"),
               ("Drug:", "Ertapenem 1 g vial, IV daily (Part D)"), ("Prescriber:", f"Dr. {PRESCRIBER}"),
               ("Approved:", f"{fmt_date(start, 'slash')} through 12/31/2026")], 36)
    d.para("We approved your request for this drug under your Part D prescription drug benefit. Fill it at a "
           "network home infusion pharmacy. This approval does not cover the infusion pump, nursing visits or "
           f"supplies billed to your medical benefit. Questions: {PH} ({TTY}).", 10)
    t = truth("other", None, insurer=INS, member_id="QM51170392", member_name=mem, case_numbers=["CD-26-114502"],
              denial_date=notice.isoformat(), provider=PRESCRIBER,
              alternates={"insurer": [PROD], "service_dates": [[span(start, D(2026, 12, 31))]]})
    return pdf_bytes(d), t


def stack_ndmcp_preservice():
    notice, start = D(2026, 4, 15), D(2026, 4, 20)
    mem = "Yesenia M. Salcedo"
    d = Doc(footer=f"{MAT}   {FORM}   Page {{p}} of {{n}}")
    logo(d)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B")
    d.ln(2)
    labels(d, [("Date:", fmt_date(notice, "slash")), ("Member number:", "QM51170392"), ("Name:", mem),
               ("Request #:", "OD-26-033871")], 34, 10)
    paras(d, ["#Your request was denied",
              f"We denied the medical coverage that {PHARM} asked for on your behalf: an external infusion pump "
              f"(E0781) and supplies (A4222) for home IV therapy planned to start {fmt_date(start, 'slash')}, "
              f"ordered by Dr. {PRESCRIBER}.",
              "#We denied this request because:", REASON], 9.8)
    appeal_block(d, "If you want to appeal, you must ask within 65 days from the date of this notice.")
    t = truth("denial_letter", "not_covered", insurer=INS, member_id="QM51170392", member_name=mem,
              case_numbers=["OD-26-033871"], service_dates=[start.isoformat()], denial_date=notice.isoformat(),
              provider=PHARM, appeal_deadline=plus(notice, 65), denial_alternates=["coding_error", "other"],
              alternates={"insurer": [PROD], "provider": [PRESCRIBER]})
    return pdf_bytes(d), t


# 5 phone photo: Spanish NDMCP
def spanish_notice():
    notice, a, b = D(2026, 5, 20), D(2026, 4, 1), D(2026, 4, 28)
    mem = "Guadalupe R. Montalvo"
    d = Doc(font="Helvetica", footer=f"{MAT}-ES   Formulario CMS-10003-NDMCP   Página {{p}} de {{n}}")
    d.add_page()
    d.text_line("QUARRYMOOR", 20, "B")
    d.text_line(f"{PROD}  -  un plan Medicare Advantage de {INS}", 8)
    d.ln(3)
    d.text_line("Aviso de denegación de cobertura médica (o de pago)", 13, "B", "C")
    d.ln(2)
    labels(d, [("Fecha:", fmt_date(notice, "es")), ("Número de miembro:", "QM60034415"), ("Nombre:", mem)], 42)
    paras(d, ["#Se denegó su solicitud",
              f"Denegamos el pago de los suministros para bomba de infusión externa (A4222) y el alquiler de la "
              f"bomba (E0781) facturados por {PHARM} del {fmt_date(a, 'es')} al {fmt_date(b, 'es')}. Número de "
              "reclamación: MA26-0077342. Monto facturado: US$ 2,166.00.",
              "#Denegamos esta solicitud porque:",
              "El medicamento que recibe en su casa (ertapenem) está cubierto por su beneficio de la Parte D. La "
              "Parte B y el beneficio médico del plan cubren la bomba y sus suministros solo con los medicamentos de "
              "la lista de la Parte B. Los suministros de un medicamento de la Parte D se pagan con la reclamación "
              "de la farmacia.",
              "#Usted tiene derecho a apelar nuestra decisión",
              "Si desea apelar, debe pedirlo dentro de los 65 días a partir de la fecha de este aviso. Si usted o "
              "su médico creen que esperar 30 días podría dañar gravemente su salud, pida una apelación rápida: "
              "decidiremos en 72 horas.",
              f"Escriba a {INS}, {ADDR}, o llame al {PH} ({TTY}). Medicare: 1-800-MEDICARE (1-800-633-4227)."],
          9.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, member_id="QM60034415", member_name=mem,
              case_numbers=["MA26-0077342"], claim_amount="2166.00", service_dates=[span(a, b)],
              denial_date=notice.isoformat(), provider=PHARM, appeal_deadline=plus(notice, 65),
              denial_alternates=["coding_error", "other"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


# 6 low-res scan: prose-only letter
def prose_letter():
    notice, a, b = D(2026, 4, 22), D(2026, 3, 3), D(2026, 3, 30)
    mem = "Clifford A. Rinaldi"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Quarrymoor Health Plans", 14, "B")
    d.text_line("Medicare Choice (HMO) Member Services", 10)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 11)
    d.ln(4)
    paras(d, [f"Dear {mem},",
              f"We are writing about the claim {PHARM} sent us for the infusion pump and pump supplies you used at "
              f"home from {fmt_date(a, 'long')} through {fmt_date(b, 'long')}. The pharmacy billed $1,982.50 on "
              "claim MA26-0069015 under your medical benefit, and we have decided not to pay it.",
              "The antibiotic your doctor ordered is covered by your Part D drug benefit, and Medicare covers a pump "
              "and its supplies under the medical benefit only for a short list of drugs that does not include it. "
              "The pharmacy can send the supplies to us as part of the Part D pharmacy claim instead.",
              "Your member number is QM27795120. If you disagree, you can appeal within 65 days of the date of "
              f"this letter by writing to us at {ADDR} or calling {PH}. A separate notice explaining all of your "
              "appeal rights is enclosed.",
              "Sincerely,", "Claims Department"], 11, 3)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id="QM27795120", member_name=mem,
              case_numbers=["MA26-0069015"], claim_amount="1982.50", service_dates=[span(a, b)],
              denial_date=notice.isoformat(), provider=PHARM, appeal_deadline=plus(notice, 65),
              denial_alternates=["coding_error", "other"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


# 7 rotated: member EOB with several claims, the supplies claim refused
def member_eob():
    notice, a, b = D(2026, 6, 5), D(2026, 5, 2), D(2026, 5, 29)
    mem = "Paulette S. Kowalczyk"
    d = Doc(footer=f"H5521_EOB26_C   Page {{p}} of {{n}}")
    logo(d)
    d.text_line("Your Explanation of Benefits (EOB)", 13, "B")
    d.text_line("For medical claims processed May 1 - May 31, 2026. This is not a bill.", 9)
    d.ln(2)
    labels(d, [("Date of this notice", fmt_date(notice, "dmy")), ("Member", mem), ("Member number", "QM44620187"),
               ("Birth date", "17-Sep-1948")], 38, 9.5, False)
    d.table(["Claim", "Date(s)", "Provider", "Service", "Billed", "Plan paid", "You owe", "Note"],
            [["MA26-0087702", fmt_date(D(2026, 5, 4), "dmy"), "Aldo Greer, MD", "99214 office visit", "$186.00",
              "$112.40", "$10.00", "A"],
             ["MA26-0087915", fmt_date(D(2026, 5, 4), "dmy"), "Lomax Reference Lab", "80053, 85025", "$74.00",
              "$31.90", "$0.00", "A"],
             ["MA26-0088461", f"{fmt_date(a, 'dmy')} - {fmt_date(b, 'dmy')}", PHARM, "E0781, A4222 x 28",
              "$2,310.00", "$0.00", "$0.00", "D7"]],
            [21, 38, 46, 23, 16, 14, 13, 8], 7.2, "LLLLRRRL")
    paras(d, ["A  Paid according to your plan benefits.",
              "D7  Denied: pump and supplies billed to the medical benefit for a drug covered under Part D. "
              "Supplies for a Part D drug are paid with the pharmacy claim. A network supplier may not bill you "
              "for this denied claim.",
              "#Want to appeal?",
              "If you disagree with a decision on this notice you may ask for an appeal within 65 days of the "
              f"date of this notice. Call {PH} ({TTY}) or write to {ADDR}. Fast appeals: 72 hours."], 9)
    t = truth("eob", "not_covered", insurer=INS, member_id="QM44620187", member_name=mem,
              case_numbers=["MA26-0088461"], claim_amount="2310.00", service_dates=[span(a, b)],
              denial_date=notice.isoformat(), provider=PHARM, appeal_deadline=plus(notice, 65),
              denial_alternates=["coding_error", "other"], alternates={"insurer": [PROD]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_ndmcp_payment", "born_digital", [ndmcp_payment()]),
            Item(f"{F}_scan300_pharmacy_statement", "scan_clean_300", [pharmacy_statement()]),
            Item(f"{F}_copy_reconsideration_upheld", "photocopy", [reconsideration_upheld()]),
            Item(f"{F}_faxfine_stack_partd_approval_ndmcp", "fax_fine_g4",
                 [stack_partd_approval(), stack_ndmcp_preservice()], separators=["cover", "blank"]),
            Item(f"{F}_photo_ndmcp_es", "phone_photo", [spanish_notice()]),
            Item(f"{F}_lowres_prose_letter", "scan_lowres_150", [prose_letter()]),
            Item(f"{F}_rotated_member_eob_three_claims", "rotated", [member_eob()])]
