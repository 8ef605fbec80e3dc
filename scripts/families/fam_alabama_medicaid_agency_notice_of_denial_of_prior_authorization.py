"""Family 'alabama_medicaid_agency_notice_of_denial_of_prior_authorization': Alabama Medicaid Agency notices that a
prior authorization request is denied, mirrored for structure and wording only (the provider may ask for a
reconsideration with new information; the recipient may ask for a fair hearing within 60 days of the notice date).
All people, IDs, amounts and providers are invented; phones use 555.

Documents: a born-digital notice with a label column (hospital bed not medically necessary); a standard-fax
notice told only in sentences (brand drug, preferred drugs not tried); a phone photo of a Spanish notice (speech
therapy); a 150 dpi recipient explanation of Medicaid benefits with four lines, one denied for no prior
authorization; a scanned approval after reconsideration (boxed label grid, denies nothing); a photocopied two-page
partial denial of home health visits (running header, table header wrapping over two lines); a rotated stack: a fax
cover, a doctor's reconsideration letter to the Agency and the Agency's reconsideration decision upholding a denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcf import Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "alabama_medicaid_agency_notice_of_denial_of_prior_authorization"
LANG = "en"
SEED = 350105
ORG = "Alabama Medicaid Agency"
ORG_ADDR = "PO Box 70512, Montgomery, AL 36103-0512"
HEAR_ADDR = "Alabama Medicaid Agency, Office of General Counsel, Hearings Unit, PO Box 70519, Montgomery, AL 36103"
MEMBERS = ["Loretta J. Bankhead", "Cyrus D. Whitlock", "Odessa M. Faircloth", "Beauregard T. Pruitt",
           "Claudette R. Moultrie", "Ellis W. Dunagan", "Winifred P. Stallworth"]
MEMBER_ES = "Maricela G. Arredondo"


def base(r, k, es=False):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 130))
    return dict(notice=notice, member=MEMBER_ES if es else MEMBERS[k], mid=pat(r, "9999999999999"),
                addr=[f"{r.randint(100, 9800)} County Road {r.randint(10, 90)}", "Greenville, AL 36037"],
                dob=dt.date(r.randint(1950, 2016), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def hearing(days_basis="within 60 days of the date of this notice"):
    return [
        "#Reconsideration",
        "Your provider may ask the Agency to reconsider this decision by sending new medical information that was "
        "not sent with the first request. Send it to the Prior Authorization Unit at fax 1-555-353-7014.",
        "#Your right to a fair hearing",
        f"If you do not agree with this decision, you have the right to ask for a fair hearing. Your request must "
        f"be in writing and must be received {days_basis}. Mail it to {HEAR_ADDR}. You may speak for yourself at "
        "the hearing or have a lawyer, relative or friend speak for you. Free legal help may be available; call "
        "1-555-264-1471.",
        "If you need this notice in another language or format, call the Recipient Call Center at 1-555-362-1504."]


def doc_bd_bed(r):
    f = base(r, 0)
    pa = pat(r, "99999999999")
    got = plus(f["notice"], -r.randint(3, 9))
    start = plus(f["notice"], r.randint(4, 15))
    prov = "Dr. Harlan V. Esslinger"
    d = Page(footer=f"{ORG}  -  Notice of Denial of Prior Authorization  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Prior Authorization Unit  |  {ORG_ADDR}  |  1-555-353-7000")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF DENIAL OF PRIOR AUTHORIZATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Recipient name:", f["member"]), ("Medicaid number:", f["mid"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("PA number:", pa), ("Requesting provider:", prov),
           ("Provider NPI:", f["npi"]), ("Date request received:", fd(got, "slash")),
           ("Service requested:", "Semi-electric hospital bed with mattress (E0260)"),
           ("Requested begin date:", fd(start, "slash"))], w=50, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "The Alabama Medicaid Agency has denied the prior authorization request listed above. The records sent show "
        "that you walk with a cane, can get in and out of a standard bed by yourself, and do not need your head "
        "raised more than 30 degrees. A hospital bed is not medically necessary under the Agency's criteria "
        "(Alabama Medicaid Provider Manual, Chapter 14, Durable Medical Equipment).", *hearing()], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def doc_fax_drug_prose(r):
    f = base(r, 1)
    pa = pat(r, "99999999999")
    prov = "Dr. Imogen S. Tolliver"
    line = (f"{fd(f['notice'], 'short')} 10:{r.randint(10, 59)}  FROM: AL MEDICAID PHARMACY PA  "
            f"FAX 1-555-353-7090  TO: 1-555-{r.randint(200, 900)}-{r.randint(1000, 9999)}  P.{{p}}/1")
    d = Page(serif=True, faxline=line, footer=f"{ORG}  -  Pharmacy Prior Authorization")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Services - Prior Authorization", ORG_ADDR, "Phone 1-555-353-7070"])
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Your doctor, {prov}, asked the Agency on {fd(plus(f['notice'], -4), 'upper')} to approve the brand drug "
        f"Lumivexa 40 mg tablets for you. This letter is about prior authorization request {pa}. We have denied it.",
        "Alabama Medicaid covers this drug only after a patient has tried two drugs on the Preferred Drug List for "
        "at least 30 days each, or cannot take them. The records we received do not show that you tried either "
        "preferred drug. Your doctor may prescribe a preferred drug, or may send us proof that you tried them.",
        f"Your Medicaid number is {f['mid']}. If you think this decision is wrong, you may ask for a fair hearing. "
        "We must receive your written request within 60 days of the date of this notice. Your doctor may also ask "
        "us to reconsider by sending new information. Pharmacies may give a 72-hour emergency supply while a "
        "request is reviewed.",
        "Sincerely,", "Pharmacy Prior Authorization Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              denial_alternates=["prior_authorization"], alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def doc_es_speech(r):
    f = base(r, 2, es=True)
    pa = pat(r, "99999999999")
    start = plus(f["notice"], r.randint(5, 12))
    prov = "Centro de Terapia Infantil Cahaba Sur"
    d = Page(footer=f"{ORG}  -  Aviso de denegación de autorización previa")
    d.add_page()
    letterhead(d, ORG, ["Unidad de Autorización Previa", ORG_ADDR, "Teléfono 1-555-353-7000"], centred=True)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", 12, "B")
    d.ln(1)
    lv(d, [("Nombre del beneficiario:", f["member"]), ("Número de Medicaid:", f["mid"]),
           ("Fecha de nacimiento:", fd(f["dob"], "esnum")), ("Número de AP:", pa), ("Proveedor:", prov),
           ("Servicio solicitado:", "Terapia del habla, 24 sesiones (92507)"), ("Fecha de inicio:", fd(start, "es"))],
       w=55, size=9.4)
    paras(d, [
        f"Estimado/a {f['member']}:",
        "La Agencia de Medicaid de Alabama ha negado la solicitud indicada arriba. La evaluación enviada no incluye "
        "una prueba estandarizada del lenguaje ni metas de tratamiento medibles. Sin esta información, la terapia no "
        "es médicamente necesaria según los criterios de la Agencia.",
        "#Reconsideración",
        "Su proveedor puede pedir que reconsideremos esta decisión enviando información médica nueva.",
        "#Su derecho a una audiencia imparcial",
        "Si no está de acuerdo, puede pedir una audiencia imparcial. Su solicitud debe ser por escrito y debemos "
        "recibirla dentro de los 60 días a partir de la fecha de este aviso. Envíela a " + HEAR_ADDR + ". Para "
        "ayuda gratuita en español llame al 1-555-362-1504."], size=9.5)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[pa], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def doc_lowres_reomb(r):
    f = base(r, 3)
    stmt = f["notice"]
    icn = [pat(r, "9999999999999") for _ in range(4)]
    s = [plus(stmt, -r.randint(25, 80)) for _ in range(4)]
    a = [fee(r, 80, 190), fee(r, 40, 120), fee(r, 600, 1400), fee(r, 20, 70)]
    provs = ["Butler County Family Medicine", "Greenville Rexall Pharmacy", "Black Belt Imaging Center",
             "Camellia Clinical Laboratory"]
    d = Page(footer=f"{ORG}  |  Recipient Explanation of Medicaid Benefits  |  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Recipient Call Center 1-555-362-1504"])
    d.text_line("RECIPIENT EXPLANATION OF MEDICAID BENEFITS", 12, "B")
    d.ln(1)
    lv(d, [("Date of notice", fd(stmt, "dmy")), ("Recipient", f["member"]), ("Medicaid number", f["mid"]),
           ("Claims paid between", f"{fd(plus(stmt, -90), 'slash')} and {fd(plus(stmt, -7), 'slash')}")],
       w=42, size=9.4)
    rows = [[icn[i], fd(s[i], "slash"), provs[i], ["Office visit", "Prescription", "CT abdomen", "Lab panel"][i],
             usd(a[i]), ["Paid", "Paid", "Denied", "Paid"][i], ["", "", "A1", ""][i]] for i in range(4)]
    wtable(d, ["Claim number (ICN)", "Date of service", "Provider", "Service", "Amount billed by provider",
               "Medicaid action", "Note"], rows, [33, 20, 45, 23, 22, 19, 12], size=7.9)
    paras(d, [
        f"A1 - Claim {icn[2]} was denied because the provider did not get prior authorization from the Agency before "
        "the service. The provider may not bill you for this service.",
        "Please check that you received each service listed. If you did not, call the Recipient Call Center. If you "
        "disagree with a denied claim, you may ask for a fair hearing in writing within 60 days of the date of this "
        "notice."], size=9)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[icn[2]], claim_amount=f"{a[2]:.2f}", service_dates=[s[2].isoformat()],
              denial_date=stmt.isoformat(), provider=provs[2], appeal_deadline=plus(stmt, 60).isoformat(),
              alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def doc_scan_approved(r):
    f = base(r, 4)
    pa = pat(r, "99999999999")
    old = pat(r, "99999999999")
    a0 = plus(f["notice"], r.randint(3, 10))
    a1 = plus(a0, 179)
    prov = "Dr. Percival N. Oyelowo"
    d = Page(footer=f"{ORG}  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, "Prior Authorization Unit  -  Notice of Approval")
    d.boxes([("Notice date", fd(f["notice"], "iso"), 40), ("Recipient", f["member"], 70),
             ("Medicaid number", f["mid"], 64)])
    d.boxes([("PA number", pa, 40), ("Earlier PA number (reconsidered)", old, 70), ("Provider NPI", f["npi"], 64)])
    d.boxes([("Prescribing provider", prov, 70), ("Approved from", fd(a0, "iso"), 52), ("Approved through", fd(a1, "iso"), 52)])
    d.ln(5)
    paras(d, [
        f"Dear {f['member']}:",
        "Your doctor asked us to reconsider our earlier decision about continuous glucose monitor supplies and sent "
        "new records showing four insulin injections a day. After reviewing the new information, the Alabama "
        "Medicaid Agency has approved the request for the dates shown above.",
        "Your supplier has been told. You do not need to do anything. Questions: 1-555-362-1504."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[pa, old],
              service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=prov, unscored=["appeal_deadline"], alternates={"service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def doc_copy_home_health(r):
    f = base(r, 5)
    pa = pat(r, "99999999999")
    a0 = plus(f["notice"], r.randint(2, 8))
    a1 = plus(a0, 59)
    agency = "Wiregrass Home Health Services"
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}", header=f"{f['member']}  -  PA {pa}  -  continued")
    d.add_page()
    letterhead(d, ORG, ["Long Term Care Division - Home Health Prior Authorization", ORG_ADDR,
                        "Phone 1-555-353-7200  Fax 1-555-353-7214"])
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF DENIAL OF PRIOR AUTHORIZATION (PARTIAL)", 12, "B")
    d.ln(1)
    lv(d, [("Recipient:", f["member"]), ("Medicaid number:", f["mid"]), ("PA number:", pa),
           ("Home health agency:", agency), ("Certification period:", f"{fd(a0, 'slash')} - {fd(a1, 'slash')}")],
       w=46, size=9.4)
    wtable(d, ["Service (procedure code)", "Visits requested by the agency", "Visits approved",
               "Visits denied", "Reason code"],
           [["Skilled nursing visit (G0299)", "24", "12", "12", "MN2"],
            ["Home health aide visit (G0156)", "16", "16", "0", "-"]], [58, 34, 28, 28, 26], size=8.6)
    paras(d, [
        "MN2 - The nursing notes show your wound is healing and your medicines are stable. Twelve skilled nursing "
        "visits in this period meet your needs; the other twelve are not medically necessary. All aide visits are "
        "approved.",
        "This decision was made under the Alabama Medicaid Administrative Code, Chapter 12 (Home Health)."], size=9.4)
    d.add_page()
    paras(d, hearing("within 60 days from the date of this notice"), size=9.6)
    paras(d, ["#Request for Fair Hearing (form)",
              "Name: ______________________   Medicaid number: ______________________",
              "I want a fair hearing about the decision dated ______________. Signature: ____________________"],
          size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=agency, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"appeal_deadline": [None], "service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def stack_recon(r):
    f = base(r, 6)
    pa = pat(r, "99999999999")
    recon = "RC-" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(10, 25))
    prov = "Dr. Thaddeus Q. Lockridge"
    lt = plus(f["notice"], -r.randint(12, 20))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, "Tombigbee Orthopaedic Associates", ["410 Commerce Street, Demopolis, AL 36732",
                                                      "Phone 1-555-289-4410  Fax 1-555-289-4411"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, ["Alabama Medicaid Agency", "Prior Authorization Unit - Reconsideration", ORG_ADDR])
    e.text_line(f"Re: {f['member']}, Medicaid number {f['mid']}, PA {pa}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the reviewer:",
        "I ask that the Agency reconsider its denial of a total knee replacement for my patient. Since the first "
        "request she has completed eight more weeks of physical therapy and had a second steroid injection without "
        "relief. New X-rays show bone-on-bone arthritis of the medial compartment. I enclose the therapy notes and "
        "the radiology report.",
        "Sincerely,", prov, "Orthopaedic Surgery"], size=10)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[pa],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    d = Page(footer=f"{ORG}  -  Reconsideration Decision  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Prior Authorization Unit - Reconsiderations", ORG_ADDR, "1-555-353-7000"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    top, bot = sidebar(d, [("Reconsideration number", recon), ("PA number", pa), ("Medicaid number", f["mid"]),
                           ("Date of birth", fd(f["dob"], "slash")), ("Surgeon", prov),
                           ("Planned surgery", fd(planned, "slash"))])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "NOTICE OF RECONSIDERATION DECISION: DENIAL UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear {f['member']}: A physician reviewer looked at the new records your surgeon sent "
                 "about the total knee replacement (27447). Your body mass index in the records is above the "
                 "limit in the Agency's criteria and no weight-loss counseling is documented. The surgery is "
                 "still not medically necessary under these criteria, and our denial stands.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, hearing(), size=9.3)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[recon, pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"appeal_deadline": [None]})
    cv = cover("Alabama Medicaid Agency - PA Reconsideration", "Tombigbee Orthopaedic Associates",
               "1-555-353-7014", "1-555-289-4411", fd(lt, "slash"), 2,
               "Reconsideration request with the Agency's earlier decision attached for the file.")
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], [cv, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_recon(r(6))
    return [
        Item(f"{FAMILY}_bd_hospital_bed_label_column", "born_digital", [doc_bd_bed(r(0))]),
        Item(f"{FAMILY}_faxstd_brand_drug_prose", "fax_standard_g4", [doc_fax_drug_prose(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_terapia_habla", "phone_photo", [doc_es_speech(r(2))]),
        Item(f"{FAMILY}_lowres_reomb_four_claims_one_denied", "scan_lowres_150", [doc_lowres_reomb(r(3))]),
        Item(f"{FAMILY}_scan300_approval_after_reconsideration", "scan_clean_300", [doc_scan_approved(r(4))]),
        Item(f"{FAMILY}_copy_two_page_home_health_partial", "photocopy", [doc_copy_home_health(r(5))]),
        Item(f"{FAMILY}_rotated_stack_cover_letter_and_recon_upheld", "rotated", docs, separators=seps),
    ]
