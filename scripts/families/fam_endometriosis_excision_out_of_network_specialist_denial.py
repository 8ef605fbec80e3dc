"""Family 'endometriosis_excision_out_of_network_specialist_denial': an invented EPO plan refusing laparoscopic
excision of endometriosis by an out-of-network excision specialist; the surgeon asks for a network-gap exception.

Documents: a born-digital pre-service denial with a ruled box header; the surgeon's letter asking for a network-gap
exception (denies nothing); a photocopied member EOB with three claims (ultrasound and office visit paid, the
excision claim refused as out of network); a fine-fax stack of a cover, the plan's exception approval (denies
nothing) and a copy of the earlier provider denial notice; a phone photo of a Spanish denial letter; a sideways
final appeal decision upholding the denial, told only in sentences; a low-resolution out-of-network surgeon's
balance statement (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, request-received dates, account numbers, other claims,
72-hour and external-review limits, processing period, form numbers, in-network surgeon names.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcw_famcwc import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, usd

FAMILY = "endometriosis_excision_out_of_network_specialist_denial"
LANG = "en"
SEED = 347300
ORG = "Corvalis Mutual Health Plan"
ORG_ADDR = "PO Box 48120, Alder Grove, OR 97999"
SPEC = "Anneliese M. Korvath, MD"
SPEC_BARE = "Anneliese M. Korvath"
PRACTICE = "Meridian Center for Endometriosis Surgery"
PRACTICE_ADDR = "88 Tidewater Plaza, Suite 1200, Seaholm, WA 98999"
MEMBERS = ["Wilhelmina P. Dunleavy", "Sorcha E. Pennington", "Aurelia B. Mackintosh", "Isolde R. Faircloth",
           "Xiomara L. Benítez", "Henrietta J. Quarrington", "Octavia S. Lindqvist"]
PROC = "laparoscopic excision of endometriosis (CPT 58662, 49320)"


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(14, 9800)} Larkspur Terrace",
                                                        "Alder Grove, OR 97999"],
                mid="CMH" + pat(r, "99999999"), grp=pat(r, "G-99999"), plan=pat(r, "EPO-AA-99"), phone=ph(r),
                dob=dt.date(r.randint(1980, 2001), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_preservice(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    surg = plus(f["notice"], r.randint(18, 40))
    got = plus(f["notice"], -r.randint(3, 8))
    d = Page(footer="Corvalis Mutual Health Plan  |  Form CM-UM-114 (01/26)  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.text_line("Request for services from a non-participating provider", 9.5)
    d.ln(2)
    d.boxes([("Letter date", fd(f["notice"], "slash"), 36), ("Reference no.", ref, 40),
             ("Member ID", f["mid"], 42), ("Group no.", f["grp"], 30), ("Plan", f["plan"], 32)])
    d.boxes([("Patient", f["member"], 64), ("Birth date", fd(f["dob"], "slash"), 32),
             ("Received", fd(got, "slash"), 32), ("Provider NPI", f["npi"], 52)])
    d.boxes([("Requesting provider", SPEC, 80), ("Service", "CPT 58662, 49320", 50),
             ("Planned date", fd(surg, "slash"), 50)])
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"We reviewed the request from {SPEC} of {PRACTICE} for {PROC}. Your plan is an exclusive provider "
        "organization (EPO). It pays for non-emergency care only when a participating provider gives it.",
        "#What we decided",
        f"We cannot approve this request. {PRACTICE} and Dr. Korvath are not in the Corvalis network. Our network "
        "has participating gynecologic surgeons who perform laparoscopic excision, including Dr. Felix Arbogast "
        "and Dr. Miriam Oduya at Alder Grove Women's Surgical Associates. Because an in-network option exists, "
        "services from this out-of-network provider are not covered.",
        "If you or your doctor believe no participating surgeon can provide this care, your doctor may ask us "
        "for a network-gap exception. Send the surgeon's operative experience and the reason in-network surgeons "
        "cannot perform the procedure.",
        "#Your appeal rights",
        "You may appeal within 180 days of the date of this letter. Write to Corvalis Appeals, "
        f"{ORG_ADDR}, or fax 1-555-610-4471. If a delay could seriously harm your health you may ask for an "
        "expedited appeal; we decide those within 72 hours. You may also ask for an external review by an "
        "independent review organization within 4 months after our final decision.",
        "Sincerely,", "Camille D. Rourke, MD, Medical Director"], size=9.4)
    t = truth("denial_letter", "out_of_network", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SPEC,
              appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [SPEC_BARE, PRACTICE]})
    return pdf_bytes(d), t


def doc_gap_request(r):
    f = base(r, 1)
    ref = "UM" + pat(r, "99999999")
    surg = plus(f["notice"], r.randint(20, 35))
    d = Page(serif=True, footer="Meridian Center for Endometriosis Surgery  -  Tax ID 91-4406215  -  Fax 1-555-388-0120")
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Telephone 1-555-388-0100"], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [ORG, "Attn: Network Exceptions / Utilization Management", ORG_ADDR])
    d.text_line("Re: Request for network-gap exception (in-network benefit level)", 10.5, "B")
    lv(d, [("Patient", f["member"]), ("Date of birth", fd(f["dob"], "long")), ("Member number", f["mid"]),
           ("Group", f["grp"]), ("Your reference", ref), ("Surgeon NPI", f["npi"])], w=38, size=9.6)
    paras(d, [
        "Dear Medical Director,",
        f"I ask that {ORG} authorize the surgery I have scheduled for my patient on {fd(surg, 'long')} at the "
        "in-network benefit level. She has stage IV deep infiltrating endometriosis with suspected bowel and "
        "ureteral involvement on MRI. She has had two prior ablation surgeries by general gynecologists and "
        "symptoms returned within a year each time; hormonal suppression with norethindrone and elagolix failed.",
        "Complete excision of deep disease with a colorectal surgeon and urologist in the same operation is "
        "what she needs. The surgeons your letter named perform ablation and superficial excision; neither offers "
        "multidisciplinary excision of deep disease. My center performs about 310 such cases a year.",
        "Enclosed are the MRI report, prior operative notes and my case volume. Please call our authorization "
        "line at 1-555-388-0104 with any question.",
        "Respectfully,", "", SPEC, "Director, Minimally Invasive Gynecologic Surgery"], size=9.8)
    t = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SPEC, unscored=["insurer"], alternates={"provider": [SPEC_BARE, PRACTICE]})
    return pdf_bytes(d), t


def doc_eob(r):
    f = base(r, 2)
    c1, c2, c3 = pat(r, "2026999999901"), pat(r, "2026999999902"), pat(r, "2026999999903")
    us = plus(f["notice"], -r.randint(50, 60))
    ov = plus(us, r.randint(5, 9))
    surg = plus(ov, r.randint(14, 24))
    us_amt, ov_amt = fee(r, 310, 460), fee(r, 180, 290)
    lines = [("58662", "Lap excision/fulguration lesions"), ("49320", "Diagnostic laparoscopy"),
             ("58661", "Lap removal adnexal structures")]
    per = [fee(r, 3100, 6900) for _ in lines]
    total = round(sum(per), 2)
    d = Page(footer="THIS IS NOT A BILL  -  Corvalis Mutual Health Plan  -  {p}/{n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Questions? {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    y = d.get_y()
    addr(d, [f["member"].upper(), *[a.upper() for a in f["addr"]]])
    d.set_y(y)
    lv(d, [("Date issued", fd(f["notice"], "abbr")), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Plan", f["plan"]), ("Period", f"{fd(plus(f['notice'], -31), 'short')} - {fd(f['notice'], 'short')}")],
       w=28, size=8.6, x=118)
    head = ["Service date", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    w = [24, 64, 20, 20, 18, 18, 12]
    rows = [[f"*Claim {c1}   Patient: {f['member']}   Provider: Cascade Imaging Group (in network)", "", "", "", "",
             "", ""],
            [fd(us, "slash"), "Pelvic ultrasound, transvaginal", usd(us_amt, "nosign"), usd(us_amt * 0.7, "nosign"),
             usd(us_amt * 0.7 - 30, "nosign"), "30.00", "A1"],
            [f"*Claim {c2}   Patient: {f['member']}   Provider: Felix Arbogast, MD (in network)", "", "", "", "", "",
             ""],
            [fd(ov, "slash"), "Office visit, established, level 4", usd(ov_amt, "nosign"),
             usd(ov_amt * 0.66, "nosign"), usd(ov_amt * 0.66 - 35, "nosign"), "35.00", "A1"],
            [f"*Claim {c3}   Patient: {f['member']}   Provider: {SPEC} (not in network)", "", "", "", "", "",
             ""]]
    for (c, dsc), a in zip(lines, per):
        rows.append([fd(surg, "slash"), f"{c} {dsc}", usd(a, "nosign"), "0.00", "0.00", usd(a, "nosign"), "N7"])
    rows.append(["", "Claim total", usd(total, "nosign"), "0.00", "0.00", usd(total, "nosign"), ""])
    d.table(head, rows, w, size=7.5, aligns="LLRRRRC")
    paras(d, [
        "#Notes",
        "A1  Paid at the in-network benefit after your copay.",
        "N7  Your EPO plan does not cover services from providers outside the Corvalis network except emergencies "
        "or an approved network-gap exception. No exception is on file for this provider. You may owe the full "
        "amount billed.",
        "#Appeals",
        "You have the right to appeal within 180 days of the date of this statement. Send a written request to "
        f"Corvalis Appeals, {ORG_ADDR}. Urgent appeals: 72 hours."], size=8.5)
    t = truth("eob", "out_of_network", insurer=ORG, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{total:.2f}",
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=SPEC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [SPEC_BARE]})
    return pdf_bytes(d), t


def stack_exception(r):
    f = base(r, 3)
    ref = "UM" + pat(r, "99999999")
    exc = "NGE-" + pat(r, "9999-999")
    first = f["notice"]
    appr = plus(first, r.randint(16, 24))
    surg = plus(appr, r.randint(12, 25))
    # approval (denies nothing)
    d = Page(footer="Corvalis Mutual Health Plan  -  Network Exceptions Unit")
    d.add_page()
    letterhead(d, ORG, ["Network Exceptions Unit", ORG_ADDR, "Provider line 1-555-610-4400"], 1)
    d.text_line(fd(appr, "dmy"), 10)
    d.ln(2)
    addr(d, [SPEC, PRACTICE, PRACTICE_ADDR])
    d.text_line("NETWORK-GAP EXCEPTION APPROVED", 12, "B")
    d.ln(1)
    lv(d, [("Member", f["member"]), ("ID number", f["mid"]), ("Group", f["grp"]), ("Exception number", exc),
           ("Original request", ref), ("Approved service", "CPT 58662, 49320, 44140 (co-surgeon)"),
           ("Date of surgery", fd(surg, "dmy")), ("Valid through", fd(plus(surg, 60), "dmy"))], w=40, size=9.5)
    paras(d, [
        "After review by a gynecologic surgeon, we found that no participating provider within 100 miles offers "
        "multidisciplinary excision of deep infiltrating endometriosis. We are approving your services at the "
        "in-network benefit level for the date above. The member will pay in-network cost sharing only, and the "
        "claim will be paid under the single case agreement sent to your office.",
        "This approval is not a guarantee of payment if the member is not eligible on the date of service."],
        size=9.6)
    ok = pdf_bytes(d)
    t_ok = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[exc, ref], service_dates=[surg.isoformat()], denial_date=appr.isoformat(),
                 provider=SPEC, alternates={"provider": [SPEC_BARE, PRACTICE]})
    # copy of the first provider notice (denial)
    d = Page(footer="CM-PN-02  Provider notice of non-authorization")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management - Provider Notice", ORG_ADDR], 2)
    d.text_line("Prior authorization: NOT AUTHORIZED", 11.5, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(first, "upper"), 40), ("Case", ref, 40), ("Member ID", f["mid"], 50),
             ("Group", f["grp"], 50)])
    d.boxes([("Member", f["member"], 70), ("DOB", fd(f["dob"], "upper"), 40), ("Rendering provider", SPEC_BARE, 70)])
    d.boxes([("Requested service", "58662 / 49320 lap excision endometriosis", 110),
             ("Requested date", fd(plus(surg, -14), "upper"), 70)])
    d.ln(4)
    paras(d, [
        "Reason: Provider is non-participating with the member's EPO plan. In-network surgeons are available. "
        "Out-of-network services are not a covered benefit unless a network-gap exception is approved.",
        "Provider appeal or reconsideration: within 180 days of the date of this notice. Peer-to-peer requests: "
        "call 1-555-610-4410 within 14 days."], size=9.4)
    t_den = truth("denial_letter", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
                  member_name=f["member"], case_numbers=[ref], service_dates=[plus(surg, -14).isoformat()],
                  denial_date=first.isoformat(), provider=SPEC_BARE,
                  appeal_deadline=plus(first, 180).isoformat(), alternates={"provider": [PRACTICE]})
    cov = cover(PRACTICE + " - Authorizations", ORG + " Network Exceptions Unit", "1-555-388-0120",
                "1-555-610-4499", fd(appr, "slash"), 3,
                "Exception decision attached, with a copy of the earlier notice for your file.")
    return [(ok, t_ok), (pdf_bytes(d), t_den)], [cov, "blank"]


def doc_es(r):
    f = base(r, 4)
    ref = "UM" + pat(r, "99999999")
    surg = plus(f["notice"], r.randint(15, 30))
    d = Page(footer="Corvalis Mutual Health Plan  -  Si necesita ayuda en otro idioma llame al 1-555-610-4000")
    d.add_page()
    letterhead(d, ORG, ["Departamento de Administración de Utilización", ORG_ADDR,
                        f"Servicios al Miembro {f['phone']}  TTY 711"], 0)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("AVISO DE DENEGACIÓN DE COBERTURA", 12.5, "B")
    d.ln(1)
    lv(d, [("Número de miembro:", f["mid"]), ("Número de grupo:", f["grp"]), ("Número de caso:", ref),
           ("Fecha de nacimiento:", fd(f["dob"], "es"))], w=46, size=9.6)
    paras(d, [
        f"Estimada {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"Recibimos la solicitud de la Dra. {SPEC_BARE}, del {PRACTICE}, para realizarle una escisión laparoscópica de "
        f"endometriosis (CPT 58662 y 49320) el {fd(surg, 'es')}.",
        "#Nuestra decisión",
        "No podemos aprobar este servicio. La Dra. Korvath no participa en la red de proveedores de su plan EPO. "
        "Su plan solo cubre la atención que no es de emergencia cuando la presta un proveedor de la red, y en la "
        "red hay cirujanos ginecológicos que realizan este procedimiento.",
        "Su médico puede pedir una excepción por falta de proveedores en la red si ningún cirujano de la red "
        "puede hacer la cirugía.",
        "#Cómo apelar",
        "Usted puede apelar esta decisión dentro de 180 días a partir de la fecha de este aviso. Envíe su "
        f"apelación por escrito a Corvalis Appeals, {ORG_ADDR}. Si su salud corre peligro, pida una apelación "
        "acelerada; la decidiremos en 72 horas. También puede pedir una revisión externa independiente dentro "
        "de 4 meses después de nuestra decisión final.",
        "Atentamente,", "Departamento de Administración de Utilización"], size=9.6)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SPEC_BARE,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 75)
    appeal, ref = "AP" + pat(r, "9999999"), "UM" + pat(r, "99999999")
    surg = plus(f["notice"], r.randint(20, 40))
    got = plus(f["notice"], -r.randint(20, 28))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"This letter answers the appeal we received on {fd(got, 'long')} about surgery for endometriosis. "
        f"{SPEC} of {PRACTICE} had asked to perform laparoscopic excision on {fd(surg, 'long')}, and we had "
        f"denied that request under reference {ref}. We logged your appeal as number {appeal}. Your member "
        f"identification number is {f['mid']} and your group number is {f['grp']}.",
        "A board-certified obstetrician-gynecologist who did not take part in the first decision reviewed your "
        "appeal, your imaging, and your surgeon's letter. She found that your records describe superficial "
        "peritoneal disease and that two participating surgeons in your area perform excision of this kind. "
        "Your plan covers care outside the network only for emergencies or when no participating provider can "
        "give the care. We are therefore upholding our decision to deny coverage for the out-of-network surgery.",
        "This is our final internal decision. You may ask the Division of Financial Regulation for an "
        "independent external review within 4 months of the date you receive this letter. If you have "
        f"questions, call us at {f['phone']}.",
        "Sincerely,", "Theodora V. Plaskett, RN, Appeals Coordinator"], size=10)
    t = truth("denial_letter", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SPEC, alternates={"provider": [SPEC_BARE, PRACTICE]})
    return pdf_bytes(d), t


def doc_balance(r):
    f = base(r, 6)
    acct = pat(r, "MCE-999999")
    surg = plus(f["notice"], -r.randint(40, 70))
    items = [("58662 Laparoscopic excision of endometriosis", fee(r, 7800, 11200)),
             ("49320 Diagnostic laparoscopy", fee(r, 1400, 2100)),
             ("44140 Co-surgeon, bowel resection", fee(r, 5200, 7400))]
    total = round(sum(a for _, a in items), 2)
    d = Page(footer="Meridian Center for Endometriosis Surgery  -  Patient Accounts 1-555-388-0130")
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR], 2)
    d.text_line("STATEMENT OF ACCOUNT", 12.5, "B", "C")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement", fd(f["notice"], "iso")), ("Account no.", acct), ("Surgeon", SPEC),
           ("Insurance", ORG), ("Subscriber ID", f["mid"]), ("Amount due", usd(total, "plain"))],
       w=30, size=8.8, x=112)
    d.ln(2)
    rows = [[fd(surg, "iso"), s, usd(a, "plain")] for s, a in items]
    rows.append(["*", "Total charges", usd(total, "plain")])
    rows.append([fd(plus(f["notice"], -12), "iso"), f"{ORG}: out-of-network, paid $0.00", "$0.00"])
    rows.append(["*", "Patient balance", usd(total, "plain")])
    d.table(["Date", "Description", "Amount"], rows, [30, 112, 34], size=8.8, aligns="LLR")
    d.para("Your insurance did not pay this claim because we are not in its network. If your plan later approves "
           "a network-gap exception, we will re-bill it. Call Patient Accounts to set up a payment plan.", 9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=SPEC,
              unscored=["insurer"], alternates={"provider": [SPEC_BARE, PRACTICE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_exception(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_boxed_denial", "born_digital", [doc_preservice(r(0))]),
        Item(f"{FAMILY}_scan300_surgeon_network_gap_request", "scan_clean_300", [doc_gap_request(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_excision_denied", "photocopy", [doc_eob(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_exception_approval_and_notice", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_carta_denegacion_es", "phone_photo", [doc_es(r(4))]),
        Item(f"{FAMILY}_rotated_final_appeal_upheld_prose", "rotated", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_lowres_surgeon_balance_statement", "scan_lowres_150", [doc_balance(r(6))]),
    ]
