"""Family 'gestational_diabetes_continuous_glucose_monitor_pregnancy_denial': an invented commercial plan refusing a
continuous glucose monitor (CGM) during pregnancy, either because the member does not use insulin (coverage criteria)
or because the device is not on the plan's covered DME/formulary list; maternal-fetal medicine letters, a DME
pharmacy's statement, an EOB with several claims.

Documents: a born-digital pre-service denial (label column; insulin-use criteria not met); a fine-fax claim denial
told only in sentences (sensors dispensed without prior authorization; fax header line); a phone photo of the DME
pharmacy's patient statement (one line refused by the plan; denies nothing itself); a scanned stack of the
maternal-fetal medicine specialist's letter of medical necessity (duplex back) and an EOB with three claims, the
CGM claim refused as not on the covered device list; a 150 dpi Spanish member letter (insulin criteria); a sideways
overturned appeal approving the CGM (denies nothing); a photocopied two-page final appeal decision upholding the
non-formulary refusal, sidebar and running header (external review only).
All values invented; phones 1-555. Decoys: DOB, estimated due date, NPI, NCPDP and Rx numbers, medical policy
number, request-received dates, processed periods, other claims' numbers, 72-hour, 4-month and 180-day limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdaf import (Page, addr, band, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd,
                                wtable)

FAMILY = "gestational_diabetes_continuous_glucose_monitor_pregnancy_denial"
LANG = "en"
SEED = 349805
ORG = "Quill Hollow Health Insurance Company"
ORG_SHORT = "Quill Hollow Health"
ORG_ADDR = "PO Box 66120, Dayton, OH 45499"
MEMBERS = ["Anneliese R. Fairbanks", "Tamsin J. Okafor", "Delphine M. Harrow", "Rochelle V. Brandt",
           "Kiersten A. Mulroney", "Jolene S. Whitacre", "Priyanka L. Desrosiers"]
MEMBER_ES = "Yadira C. Montenegro"
MFM_DOC = "Cordelia N. Ashby, MD"
MFM_DOC_BARE = "Cordelia N. Ashby"
MFM = "Riverbend Maternal-Fetal Medicine"
DME = "Keystone Specialty DME Pharmacy"
POLICY = "Medical Policy DME-112 (Continuous Glucose Monitoring)"


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Wren Hollow Drive",
                                                        "Kettering, OH 45499"],
                mid="QHW" + pat(r, "99999999") + "-0" + str(r.randint(1, 3)), group=pat(r, "G-999999"),
                plan="QHP-" + pat(r, "99999"), phone=ph(r),
                dob=dt.date(r.randint(1986, 2002), r.randint(1, 12), r.randint(1, 28)),
                edd=plus(notice, r.randint(70, 140)), npi=r.choice("12") + pat(r, "999999999"))


def appeal_text(basis="within 180 days of the date of this letter"):
    return [
        "#Your right to appeal",
        f"You or someone you name may ask for an internal appeal {basis}. Send a letter, any records you want "
        f"us to consider and a copy of this notice to {ORG_SHORT} Appeals, {ORG_ADDR}, or fax 1-555-730-4418.",
        "If your doctor says waiting could seriously harm your health or your baby's health, ask for an urgent "
        "appeal; we will decide within 72 hours. After our final internal decision you may ask for an external "
        "review by an independent review organization within 4 months.",
        "You may ask, free of charge, for copies of all documents relevant to your claim, the medical policy we "
        "used, and the diagnosis and treatment codes and their meanings. Such a request is not an appeal."]


def doc_preservice_bd(r):
    f = base(r, 0)
    ref = "UM-" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(3, 9))
    got = plus(f["notice"], -r.randint(2, 6))
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Utilization Management  -  {ORG_ADDR}  -  {f['phone']}")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Coverage Decision: Request Not Approved", 12.5, "B")
    d.ln(1)
    lv(d, [("Reference number", ref), ("Member ID", f["mid"]), ("Group number", f["group"]),
           ("Plan ID", f["plan"]), ("Patient date of birth", fd(f["dob"], "slash")),
           ("Requesting provider", MFM_DOC), ("Provider NPI", f["npi"]), ("Supplier", DME),
           ("Request received", fd(got, "long")),
           ("Item requested", "Continuous glucose monitor, receiver and sensors (E2103, A4239)"),
           ("Requested start date", fd(planned, "long"))], w=50, size=9.2)
    paras(d, [
        f"Dear {f['member']}:",
        "We reviewed the request for a continuous glucose monitor during your pregnancy. Your records show "
        "gestational diabetes managed with diet and metformin, with fingerstick checks four times a day. Our "
        "policy covers a continuous glucose monitor in pregnancy when the member uses insulin (three or more "
        "injections a day or an insulin pump) or has frequent low blood sugars. You do not use insulin, so the "
        "monitor is not medically necessary under our policy. Fingerstick meters and test strips remain covered.",
        f"Policy used: {POLICY}. If you start insulin, your doctor may send a new request and we will review it "
        "quickly."], size=9.4)
    paras(d, appeal_text(), size=9.1)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=MFM_DOC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [MFM_DOC_BARE, DME]})
    return pdf_bytes(d), t


def doc_claim_prose_fax(r):
    f = base(r, 1)
    claim = pat(r, "99A9999999")
    svc = plus(f["notice"], -r.randint(20, 35))
    amt = fee(r, 320, 780)
    line = f"{fd(f['notice'], 'short')}  09:{r.randint(10, 59)}   {ORG_SHORT.upper()} CLAIMS   FAX 1-555-730-4400   " \
           "PAGE {p}"
    d = Page(serif=True, faxline=line, footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, ["Claims Department", ORG_ADDR])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished processing claim {claim}, which {DME} sent us for a 30-day supply of continuous glucose "
        f"monitor sensors dispensed to you on {fd(svc, 'dmy')}. The supplier billed {usd(amt)} for these sensors.",
        "We are not able to pay this claim. Continuous glucose monitors and their sensors need our approval before "
        "they are dispensed, and we have no approval on file for you for this date. Because the supplier is in "
        "our network, it may not bill you for this claim beyond your normal cost share.",
        f"Your member ID is {f['mid']} and your group number is {f['group']}. If your doctor sends a request for "
        "approval now, we will review it as a new request; an approval would cover sensors dispensed after it.",
        "If you disagree with this decision, you may appeal within 180 days of the date of this letter by writing "
        f"to {ORG_SHORT} Appeals, {ORG_ADDR}. An urgent appeal is decided within 72 hours. You may ask for free "
        "copies of the documents we used. You may also contact your state's consumer assistance program.",
        "Sincerely,", "Claims Department", ORG], size=10)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(), provider=DME,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_dme_statement_photo(r):
    f = base(r, 2)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(25, 40))
    acct = pat(r, "99999-99")
    iclaim = pat(r, "99A9999999")
    rx = pat(r, "9999999")
    l1, l2, l3 = fee(r, 250, 420), fee(r, 380, 640), fee(r, 20, 45)
    total = round(l1 + l2 + l3, 2)
    paid1, paid3 = round(l1 * 0.8, 2), round(l3 * 0.8, 2)
    bal = round(total - paid1 - paid3, 2)
    d = Page(footer=f"{DME}  -  Questions? 1-555-294-7100")
    d.add_page()
    letterhead(d, DME, ["410 Commerce Park Blvd, Dayton, OH 45499", "Phone 1-555-294-7100  Fax 1-555-294-7199",
                        f"NCPDP {pat(r, '9999999')}  NPI {r.choice('12') + pat(r, '999999999')}"])
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]], 9.6)
    d.set_y(y)
    lv(d, [("Statement date", fd(stmt, "slash")), ("Account #", acct), ("Insurance", ORG_SHORT),
           ("Member ID", f["mid"]), ("Insurance claim #", iclaim), ("Amount due", usd(bal))], w=34, size=8.8, x=108)
    d.ln(2)
    wtable(d, ["Date of service", "Item (HCPCS)", "Rx #", "Qty", "Charge", "Insurance paid", "Insurance note"],
           [[fd(svc, "slash"), "CGM receiver (E2103)", rx, "1", usd(l1, "nosign"), usd(paid1, "nosign"), "Paid"],
            [fd(svc, "slash"), "CGM sensors, 30 days (A4239)", rx, "3", usd(l2, "nosign"), "0.00",
             "Denied - not covered"],
            [fd(svc, "slash"), "Lancets and strips (A4253)", rx, "1", usd(l3, "nosign"), usd(paid3, "nosign"),
             "Paid"],
            ["", "Total", "", "", usd(total, "nosign"), usd(paid1 + paid3, "nosign"), ""]],
           [24, 48, 18, 10, 22, 22, 35], size=8, bold_last=True)
    paras(d, [
        f"Your insurance, {ORG_SHORT}, did not pay for the sensors. They told us the sensor brand billed is not on "
        "their covered device list. You may appeal their decision, or ask your doctor about the brand your plan "
        "covers. We will hold this balance for 30 days while you decide.",
        f"Please pay {usd(bal)} by the due date, or call us to set up a payment plan. Prescribed by {MFM_DOC}."],
        size=9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[iclaim],
              claim_amount=f"{total:.2f}", service_dates=[svc.isoformat()], denial_date=stmt.isoformat(),
              provider=DME, unscored=["insurer"],
              alternates={"claim_amount": [f"{l2:.2f}"], "case_numbers": [[]]})
    return pdf_bytes(d), t


def stack_letter_and_eob(r):
    f = base(r, 3)
    # letter of medical necessity (denies nothing)
    sent = plus(f["notice"], -r.randint(20, 30))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, MFM, ["Perinatal Center, 3 Riverbend Plaza, Suite 400, Dayton, OH 45499",
                        "Phone 1-555-381-6620  Fax 1-555-381-6629"])
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG}", "Medical Review", ORG_ADDR])
    paras(d, [
        f"Re: Letter of medical necessity - continuous glucose monitor - {f['member']}, member ID {f['mid']}",
        f"I am the maternal-fetal medicine specialist caring for my patient, who is 27 weeks pregnant with "
        f"gestational diabetes (estimated due date {fd(f['edd'], 'long')}). Her fingerstick logs show fasting "
        "values above target on most mornings and two readings below 60 mg/dL overnight, one with confusion. We "
        "expect to start insulin within the next two weeks.",
        "A continuous glucose monitor will let us see overnight lows and adjust insulin safely. Poorly controlled "
        "glucose in the third trimester raises the risk of stillbirth, large-for-gestational-age birth and newborn "
        "hypoglycemia. I ask that you cover the monitor and sensors through delivery and six weeks after.",
        "Sincerely,", "", MFM_DOC, "Maternal-Fetal Medicine", f"NPI {f['npi']}"], size=10)
    letter = pdf_bytes(d)
    t_let = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  denial_date=sent.isoformat(), provider=MFM_DOC, unscored=["insurer", "service_dates"],
                  alternates={"provider": [MFM_DOC_BARE, MFM], "denial_date": [None]})
    # EOB with three claims, one denied
    stmt = f["notice"]
    s1, s2, s3 = plus(stmt, -r.randint(38, 45)), plus(stmt, -r.randint(30, 36)), plus(stmt, -r.randint(18, 26))
    c1, c2, c3 = pat(r, "E9999999999"), pat(r, "E9999999999"), pat(r, "E9999999999")
    a1, a2, a3 = fee(r, 210, 380), fee(r, 420, 900), fee(r, 600, 1250)
    d = Page(footer=f"{ORG} - Explanation of Benefits - Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]], 9.6)
    d.set_y(y)
    lv(d, [("Statement date", fd(stmt, "iso")), ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Plan", f["plan"]), ("Period", f"{fd(plus(stmt, -45), 'iso')} to {fd(plus(stmt, -1), 'iso')}")],
       w=30, size=8.8, x=112)
    d.ln(2)
    rows = [[c1, fd(s1, "iso"), MFM, usd(a1, "nosign"), usd(a1 * 0.55, "nosign"), usd(a1 * 0.1, "nosign"), ""],
            [c2, fd(s2, "iso"), "Miami Valley Imaging", usd(a2, "nosign"), usd(a2 * 0.6, "nosign"),
             usd(a2 * 0.1, "nosign"), ""],
            [c3, fd(s3, "iso"), DME, usd(a3, "nosign"), "0.00", "0.00", "DX7"]]
    wtable(d, ["Claim number", "Service date", "Provider", "Amount billed", "Plan paid", "Your share",
               "Reason code"], rows, [28, 22, 52, 22, 18, 18, 19], size=7.9)
    paras(d, [
        "DX7 - This claim is denied. The continuous glucose monitor billed is not on the plan's covered device "
        "list (formulary). A preferred monitor on the list is covered with approval. You are not responsible "
        "for this amount if the supplier is in network.",
        "You may appeal a denied claim within 180 days of the date of this statement. Urgent appeals: 72 hours. "
        "External review: within 4 months of a final internal decision. Ask us for the codes and their meanings "
        "at no charge."], size=8.8)
    eob = pdf_bytes(d)
    t_eob = truth("eob", "not_covered", insurer=ORG, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
                  member_name=f["member"], case_numbers=[c3], claim_amount=f"{a3:.2f}",
                  service_dates=[s3.isoformat()], denial_date=stmt.isoformat(), provider=DME,
                  appeal_deadline=plus(stmt, 180).isoformat())
    return [(letter, t_let), (eob, t_eob)], ["duplex", None]


def doc_carta_es(r):
    f = base(r, 4)
    ref = "UM-" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(4, 10))
    d = Page(footer=f"{ORG} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Administración de Utilización", ORG_ADDR, f"Servicios al Miembro {f['phone']}"], True)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [MEMBER_ES, *f["addr"]])
    d.boxes([("Número de referencia", ref, 50), ("Número de miembro", f["mid"], 62), ("Grupo", f["group"], 32),
             ("Fecha de nacimiento", fd(f["dob"], "esnum"), 36)])
    d.ln(4)
    d.text_line("Aviso de denegación de cobertura", 12, "B")
    d.ln(1)
    paras(d, [
        f"Estimada {MEMBER_ES}:",
        f"{MFM_DOC}, de {MFM}, pidió un monitor continuo de glucosa (receptor y sensores) para usted durante su "
        f"embarazo, a partir del {fd(planned, 'es')}.",
        "Revisamos su expediente. Su diabetes gestacional se controla con dieta y usted no usa insulina. Nuestra "
        "política cubre el monitor en el embarazo cuando la paciente usa insulina o tiene bajas de azúcar "
        "frecuentes. Por eso el monitor no es médicamente necesario para usted en este momento. Su glucómetro y "
        f"sus tiras reactivas siguen cubiertos. Política: {POLICY}.",
        "#Su derecho a apelar",
        "Usted puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
        f"{ORG_SHORT} Appeals, {ORG_ADDR}, o llame al {f['phone']}. Si esperar pudiera poner en peligro su salud "
        "o la de su bebé, pida una apelación urgente; la decidiremos dentro de 72 horas. Después de nuestra "
        "decisión final puede pedir una revisión externa dentro de 4 meses. Puede pedir sin costo copias de los "
        "documentos que usamos."], size=9.6)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, group_number=f["group"],
              member_id=f["mid"], member_name=MEMBER_ES, case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=MFM_DOC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [MFM_DOC_BARE, MFM]})
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 5)
    appeal = "AP" + pat(r, "9999999")
    ref = "UM-" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(20, 30))
    start = plus(f["notice"], 2)
    d = Page(footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR, f"{f['phone']}"], True)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Thank you for your appeal {appeal}. On {fd(first, 'abbr')} we denied a continuous glucose monitor that "
        f"{MFM_DOC} requested for you (reference {ref}) because you were not using insulin.",
        "Your doctor sent records showing that you started insulin three times a day and had two low blood sugar "
        "readings at night. A board-certified obstetrician reviewed your appeal. We have overturned our decision "
        f"and approved the monitor and sensors from {fd(start, 'abbr')} through six weeks after delivery. {DME} "
        "will contact you to arrange delivery.",
        f"Your member ID is {f['mid']}. You do not need to do anything more. Call us at {f['phone']} with any "
        "questions.",
        "Sincerely,", "Appeals Unit", ORG], size=10.2)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, ref],
              service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=MFM_DOC,
              alternates={"provider": [MFM_DOC_BARE, DME], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_final_upheld(r):
    f = base(r, 6)
    f["notice"] = plus(f["notice"], 30)
    appeal = "AP" + pat(r, "9999999")
    claim = pat(r, "99A9999999")
    svc = plus(f["notice"], -r.randint(60, 75))
    amt = fee(r, 700, 1400)
    got = plus(svc, r.randint(35, 45))
    d = Page(header=f"{f['member']}  -  Member ID {f['mid']}  -  Appeal {appeal}",
             footer=f"{ORG} - Final Appeal Decision - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR])
    y0, y1 = sidebar(d, [("Decision date", fd(f["notice"], "upper")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["group"]), ("Appeal number", appeal),
                         ("Claim number", claim), ("Date of service", fd(svc, "upper")),
                         ("Amount billed", usd(amt, "usd")), ("Appeal received", fd(got, "upper"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("Final Internal Appeal Decision", 12.5, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']}:",
        f"You appealed our denial of the claim from {DME} for a continuous glucose monitor receiver and sensors "
        "supplied during your pregnancy.",
        "#Decision: denial upheld",
        "The monitor billed is not on our covered device list (formulary). Your plan covers continuous glucose "
        "monitors only from the list; a listed monitor would have been covered, because you use insulin. You did "
        "not ask for a formulary exception before the device was supplied, and the records do not show that the "
        "listed monitors would not work for you. We are upholding the denial under the Certificate of Coverage, "
        "section 6.4 (Durable Medical Equipment) and the Covered Device List."], size=9.6)
    d.set_left_margin(18)
    d.set_y(max(d.get_y(), y1) + 4)
    paras(d, [
        "#Reviewer",
        "This appeal was reviewed by a physician board-certified in obstetrics and gynecology who was not involved "
        "in the first decision."], size=9.6)
    d.add_page()
    paras(d, [
        "#Your rights after this decision",
        f"This decision applies to claim {claim} from {DME}. This is our final internal decision. You have finished our internal appeal process. You may ask for an "
        "external review by an independent review organization within 4 months of the date you receive this "
        "letter. If your situation is urgent, you may ask for an expedited external review, decided within 72 "
        "hours.",
        "You may ask, free of charge, for copies of all documents, records and other information relevant to your "
        "claim, and for the diagnosis and treatment codes and their meanings. You may also contact your state "
        "department of insurance's consumer assistance program at 1-555-640-2210.",
        "#Language help",
        "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame "
        f"al {f['phone']}."], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(), provider=DME)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_letter_and_eob(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_insulin_criteria", "born_digital", [doc_preservice_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_claim_no_prior_auth_prose", "fax_fine_g4", [doc_claim_prose_fax(r(1))]),
        Item(f"{FAMILY}_photo_dme_pharmacy_statement", "phone_photo", [doc_dme_statement_photo(r(2))]),
        Item(f"{FAMILY}_scan300_stack_mfm_letter_and_eob", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_lowres_carta_es_insulin_criteria", "scan_lowres_150", [doc_carta_es(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_approved", "rotated", [doc_overturned(r(5))]),
        Item(f"{FAMILY}_copy_two_page_final_appeal_upheld_formulary", "photocopy", [doc_final_upheld(r(6))]),
    ]
