"""Family 'bone_anchored_hearing_implant_processor_upgrade_denial': an invented commercial plan refusing a
bone-anchored hearing system's new sound processor (HCPCS L8691), either as not medically necessary because the
member's working processor still meets their needs, or as past the plan's once-every-five-years replacement limit.

Documents: a born-digital pre-service denial with a label column (not medically necessary); a standard-fax claim
denial told only in sentences (replacement limit) with a fax header line; a phone photo of an EOB with three
claims of which the processor claim is refused; a clean-scan stack of the manufacturer's quote, a blank separator
and the audiologist's letter to the plan; a photocopied audiology patient statement (one line refused by the plan);
a sideways Spanish overturned appeal approving the processor (denies nothing); a born-digital two-page upheld
appeal with a sidebar and running header (external review only).
All values invented; phones 555. Decoys: DOB, NPI, serial numbers, quote numbers, policy numbers, claim-received
dates, processing periods, other claims' numbers, 72-hour and 4-month external review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundcz_famczf import (Doc, addr, band, dob, faxline, fd, lv, money, paras, pat, pdf_bytes, ph, plus,
                                truth, wrap_table)

FAMILY = "bone_anchored_hearing_implant_processor_upgrade_denial"
LANG = "en"
SEED = 349605
ORG = "Cypress Lantern Health Insurance Company"
ORG_ADDR = "PO Box 40318, Chattanooga, TN 37499"
CLINIC = "Tidepool Audiology & Hearing Implant Center"
CLINIC_ADDR = "77 Riverbend Parkway, Suite 210, Knoxville, TN 37999"
AUD = "Imogen R. Vasquez-Hale, AuD"
AUD_BARE = "Imogen R. Vasquez-Hale"
MAKER = "Osseosonic Hearing Systems, Inc."
PROC = "Osseosonic Pulse 7 sound processor"
MEMBERS = ["Cornelius T. Ashby", "Philippa D. Renner", "Augustus M. Kealoha", "Winifred S. Osei",
           "Barnaby L. Frost", "Temperance A. Gale", "Lucian E. Marsh", "Octavia H. Pryor"]
MEMBER_ES = "Remedios A. Villanueva"
POLICY = "MP-ENT-0417 (Bone-Anchored Hearing Systems)"


def base(r, k):
    n = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=n, member=MEMBERS[k], mid="CLH" + pat(r, "999999999"), grp=pat(r, "G-99999"),
                phone=ph(r), dob=dob(r), npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Lookout Ridge Road", "Cleveland, TN 37399"])


def doc_pre_bd(r):
    f = base(r, 0)
    ref = "PR" + pat(r, "99-999999")
    fit = plus(f["notice"], 14)
    got = plus(f["notice"], -5)
    d = Doc(footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "Cypress Lantern Health", [ORG, ORG_ADDR, f"Customer Service {f['phone']}"])
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Letter date", fd(f["notice"], "abbr")), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Request #", ref), ("Received", fd(got, "abbr")), ("Birth date", fd(f["dob"], "abbr"))],
       w=26, size=9, x=115)
    d.ln(2)
    paras(d, [
        "Coverage decision: sound processor replacement", f"Dear {f['member']}:",
        "We reviewed a request for the item below. It is not approved."])
    lv(d, [("Item requested:", f"{PROC} (HCPCS L8691), right side"), ("Requested by:", AUD),
           ("Clinic:", CLINIC), ("Provider NPI:", f["npi"]), ("Planned fitting date:", fd(fit, "abbr")),
           ("Decision:", "Denied - not medically necessary")], w=44)
    paras(d, [
        "#Reason",
        "Your current processor, fitted about three years ago, was tested at the clinic and works as it should. "
        "Your hearing test results have not changed in a way the current processor cannot address. Our medical "
        f"policy {POLICY} covers a new processor when the old one cannot be repaired or no longer meets your "
        "hearing needs. A newer model alone is not medically necessary.",
        "#Your right to appeal",
        "You may appeal within 180 days of the date of this letter. Send your appeal and any records to "
        f"Cypress Lantern Appeals, {ORG_ADDR}. If your situation is urgent, ask for an expedited appeal; we will "
        "answer within 72 hours. You may ask for a free copy of the policy and the records we used."])
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[fit.isoformat()],
              denial_date=f["notice"].isoformat(), provider=AUD,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [AUD_BARE, CLINIC]})
    return pdf_bytes(d), t


def doc_limit_fax(r):
    f = base(r, 1)
    clm = pat(r, "2026-99999-999")
    sd = plus(f["notice"], -r.randint(25, 45))
    amt = 6480.0 + r.randint(0, 900)
    last = plus(sd, -r.randint(900, 1400))
    dl = plus(f["notice"], 180)
    d = Doc(footer=f"{ORG} Claims Department")
    d.add_page()
    faxline(d, f"{fd(f['notice'], 'slash')} 10:42  FROM CYPRESS LANTERN CLAIMS 1-855-555-0187  TO {CLINIC}  P.001/001")
    d.text_line("CYPRESS LANTERN HEALTH INSURANCE COMPANY", 13, "B")
    d.text_line(ORG_ADDR, 8.5)
    d.rule()
    addr(d, [fd(f["notice"], "long"), "", f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have processed claim {clm}, which {CLINIC} sent us for a new {PROC} fitted on {fd(sd, 'long')}. "
        f"The clinic billed {money(amt)} for the processor. We are not able to pay this claim.",
        f"Your plan covers one replacement external sound processor every five years. Our records show a processor "
        f"was paid for you on {fd(last, 'long')}, so the five years have not passed. This is a benefit limit "
        "under your Certificate of Coverage, Section 7.4 (Hearing Devices).",
        f"Your member ID is {f['mid']} and your group is {f['grp']}. If you think we are wrong, you have until "
        f"{fd(dl, 'long')} to send us a written appeal. You may include a letter from your audiologist. After our "
        "final decision, you may ask for an external review within 4 months.",
        "Sincerely,", "Claims Department"], size=10)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[clm], claim_amount=f"{amt:.2f}",
              service_dates=[sd.isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=dl.isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_eob_photo(r):
    f = base(r, 2)
    sd = plus(f["notice"], -r.randint(30, 50))
    lines = [("92626", "Aural rehab evaluation", 285.0), ("L8691", "Sound processor, replacement", 7215.0),
             ("92700", "Processor programming", 190.0)]
    rows, cls = [], []
    for i, (code, desc, amt) in enumerate(lines):
        c = pat(r, "E9999999999")
        cls.append(c)
        paid = 0.0 if i == 1 else round(amt * 0.8, 2)
        rows.append([c, fd(plus(sd, 0 if i < 2 else 21), "dash"), f"{code} {desc}", money(amt, "nosign"),
                     money(paid, "nosign"), "0.00" if i == 1 else money(amt - paid, "nosign"),
                     "D12" if i == 1 else "P01"])
    d = Doc(footer=f"Cypress Lantern Health  |  Explanation of Benefits  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "Cypress Lantern Health", [ORG, f"{ORG_ADDR}  |  {f['phone']}"])
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "dash")), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["grp"]), ("Provider", CLINIC)], w=36)
    wrap_table(d, ["Claim number", "Service date", "Service", "Billed amount", "Plan paid", "Your share",
                   "Code"], rows, [28, 22, 55, 20, 18, 18, 13], aligns="LLLRRRL")
    paras(d, [
        "P01  Processed under your hearing benefit.",
        "D12  Denied. Replacement sound processors are limited to one every five years. A processor was paid "
        "within the last five years.",
        "If you disagree, you may appeal within 180 days of the date of this statement."], size=9)
    t = truth("eob", "not_covered", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[cls[1]], claim_amount="7215.00",
              service_dates=[sd.isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


def stack_quote_letter(r):
    f = base(r, 3)
    qd = f["notice"]
    q = "Q-" + pat(r, "99999")
    serial = "SN " + pat(r, "AA9999999")
    price = 6890.0 + r.randint(0, 400)
    d = Doc(footer=f"{MAKER}  |  Quotation {q}")
    d.add_page()
    band(d, "OSSEOSONIC", [MAKER, "4100 Harbor Gate Blvd, Wilmington, DE 19899", "Orders 1-866-555-0133"],
         dark=False)
    d.text_line("QUOTATION FOR PATIENT UPGRADE", 12.5, "B")
    lv(d, [("Quote number", q), ("Quote date", fd(qd, "dmy")), ("Patient", f["member"]),
           ("Insurance", f"{ORG}, ID {f['mid']}"), ("Ship to", CLINIC), ("Current device", f"Pulse 5, {serial}")],
       w=36)
    wrap_table(d, ["Item", "Description", "HCPCS code", "Qty", "Unit price", "Extended price"],
               [["P7-SP", PROC + ", right", "L8691", "1", money(price, "nosign"), money(price, "nosign")],
                ["P7-RC", "Remote control (not billed)", "-", "1", "0.00", "0.00"],
                ["*TOTAL", "", "", "", "", money(price)]], [20, 70, 22, 12, 25, 27], aligns="LLLRRR")
    paras(d, ["Quote valid 90 days. Prices are list prices to the clinic. Warranty 3 years from fitting."], size=8.5)
    t1 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[],
               claim_amount=f"{price:.2f}", denial_date=qd.isoformat(), provider=MAKER,
               unscored=["insurer"], alternates={"claim_amount": [None], "provider": [CLINIC]})
    ld = plus(qd, 3)
    e = Doc(footer=f"{CLINIC}  |  {CLINIC_ADDR}")
    e.add_page()
    e.text_line(CLINIC, 14, "B")
    e.text_line(f"{CLINIC_ADDR}  |  Phone 1-865-555-0110  |  Fax 1-865-555-0111", 8.5)
    e.rule()
    addr(e, [fd(ld, "long"), "", "Utilization Review", ORG, ORG_ADDR])
    paras(e, [
        f"RE: Letter of medical necessity - {f['member']}, member ID {f['mid']}, DOB {fd(f['dob'], 'slash')}",
        f"I am writing to ask you to cover a {PROC} for my patient. The current Pulse 5 processor ({serial}) has "
        "failed twice in six months and the manufacturer no longer repairs this model. Aided speech scores in "
        "noise dropped from 68% to 41% this year.",
        f"The quote from {MAKER} is attached. I plan to fit the new processor as soon as coverage is approved.",
        "Sincerely,", "", AUD, "Clinical audiologist, NPI " + f["npi"]])
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
               denial_date=ld.isoformat(), provider=AUD, unscored=["insurer"],
               alternates={"provider": [AUD_BARE, CLINIC], "denial_date": [None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["blank", None]


def doc_statement_copy(r):
    f = base(r, 4)
    sd = plus(f["notice"], -r.randint(40, 70))
    acct = "ACCT " + pat(r, "999999")
    lines = [(sd, "92626", "Hearing implant evaluation", 310.0, "Paid by insurance"),
             (sd, "L8691", "Sound processor replacement", 6975.0, "Denied by insurance"),
             (plus(sd, 14), "92700", "Processor programming", 175.0, "Paid by insurance")]
    total = sum(x[3] for x in lines)
    d = Doc(footer=f"{CLINIC}  |  Patient statement")
    d.add_page()
    band(d, "TIDEPOOL AUDIOLOGY", [CLINIC, CLINIC_ADDR, "Billing 1-865-555-0119"])
    lv(d, [("Statement date", fd(f["notice"], "upper")), ("Patient", f["member"]), ("Account", acct),
           ("Insurance", f"{ORG} {f['mid']}")], w=34)
    wrap_table(d, ["Date of service", "Code", "Description", "Charge", "Insurance status"],
               [[fd(a, "upper"), c, desc, money(v, "nosign"), s] for a, c, desc, v, s in lines]
               + [["*Total charges", "", "", money(total, "nosign"), ""]], [30, 18, 62, 24, 40], aligns="LLLRL")
    paras(d, [
        "Your insurance denied the processor replacement as past its replacement limit. We have sent an appeal. "
        "Until it is decided, the balance for the processor is shown as pending. Please call us about a payment "
        "plan."], size=9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
              claim_amount="6975.00", service_dates=[sd.isoformat()], denial_date=f["notice"].isoformat(),
              provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [f"{total:.2f}"]})
    return pdf_bytes(d), t


def doc_overturned_es(r):
    f = base(r, 5)
    app = "APL-" + pat(r, "999999")
    fit = plus(f["notice"], 10)
    d = Doc(footer=f"{ORG} - Departamento de Apelaciones")
    d.add_page()
    band(d, "Cypress Lantern Health", [ORG, ORG_ADDR, f"Servicio al Cliente {f['phone']}"])
    addr(d, [fd(f["notice"], "long", "es"), "", MEMBER_ES, *f["addr"]])
    lv(d, [("Número de apelación:", app), ("Número de miembro:", f["mid"]), ("Grupo:", f["grp"]),
           ("Audióloga:", AUD)], w=44)
    paras(d, [
        "Decisión de su apelación: APROBADA",
        f"Estimada {MEMBER_ES}:",
        f"Revisamos su apelación sobre el {PROC}. Su audióloga nos envió pruebas que muestran que su procesador "
        "actual ya no se puede reparar. Por eso cambiamos nuestra decisión y aprobamos el nuevo procesador.",
        f"La adaptación está programada para el {fd(fit, 'long', 'es')} en {CLINIC}. No tiene que hacer nada más.",
        "Atentamente,", "Departamento de Apelaciones"], size=10)
    t = truth("other", None, lang="es", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=MEMBER_ES, case_numbers=[app], service_dates=[fit.isoformat()],
              denial_date=f["notice"].isoformat(), provider=AUD, alternates={"provider": [AUD_BARE, CLINIC]})
    return pdf_bytes(d), t


def doc_upheld_two_page(r):
    f = base(r, 6)
    app = "APL-" + pat(r, "999999")
    clm = pat(r, "2026-99999-999")
    sd = plus(f["notice"], -r.randint(60, 90))
    amt = 7050.0 + r.randint(0, 300)
    d = Doc(footer=f"{ORG}  |  Page {{p}} of {{n}}", header=f"Appeal {app}  |  {f['member']}  |  ID {f['mid']}")
    d.add_page()
    band(d, "Cypress Lantern Health", [ORG, ORG_ADDR])
    y = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(d.l_margin, y, 52, 92, "F")
    d.set_xy(d.l_margin + 2, y + 2)
    for k, v in [("Decision date", fd(f["notice"], "iso")), ("Appeal number", app), ("Claim number", clm),
                 ("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Date of service", fd(sd, "iso")), ("Billed", money(amt)), ("Provider", CLINIC[:24] + "...")]:
        d.set_x(d.l_margin + 2)
        d.font(7, "B")
        d.cell(48, 3.6, k.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.font(8.6)
        d.cell(48, 4.6, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    w = d.w - d.l_margin - d.r_margin - 58
    d.set_xy(d.l_margin + 58, y)
    paras(d, [
        "#Final Internal Appeal Decision",
        f"Dear {f['member']}:",
        f"You appealed our denial of the {PROC} that {CLINIC} billed under the claim shown at left. An "
        "otolaryngologist who did not make the first decision reviewed your appeal, your audiogram and the "
        "clinic's notes.",
        "#Decision: upheld",
        "Your current processor works, and your hearing thresholds are within its fitting range. The records do "
        "not show that it fails or cannot be repaired. The new processor is not medically necessary under "
        f"policy {POLICY}. The denial stands.",
        "#What happens next",
        "This is the final internal decision. See page 2 for your right to an external review."],
        size=9.4, w=w, x=d.l_margin + 58)
    d.add_page()
    paras(d, [
        "#External review",
        "You may ask for an external review by an independent review organization within 4 months of the date "
        "of this letter. If your case is urgent, an expedited external review is decided within 72 hours.",
        "#Other rights",
        "You may ask for free copies of all documents, records and criteria used in your appeal. You may also "
        "contact the Tennessee Department of Commerce and Insurance, Consumer Insurance Services, at "
        "1-800-555-0164. If your plan is governed by ERISA, you may bring a civil action under section 502(a)."])
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[app, clm], claim_amount=f"{amt:.2f}",
              service_dates=[sd.isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=None)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_quote_letter(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_upgrade_not_necessary", "born_digital", [doc_pre_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_replacement_limit_prose", "fax_standard_g4", [doc_limit_fax(r(1))]),
        Item(f"{FAMILY}_photo_eob_three_claims", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_scan300_stack_quote_and_audiologist_letter", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_copy_clinic_statement", "photocopy", [doc_statement_copy(r(4))]),
        Item(f"{FAMILY}_rotated_apelacion_aprobada_es", "rotated", [doc_overturned_es(r(5))]),
        Item(f"{FAMILY}_bd_upheld_two_page_sidebar", "born_digital", [doc_upheld_two_page(r(6))]),
    ]
