"""Family 'peripheral_nerve_stimulator_trial_chronic_pain_denial': an invented commercial plan refusing a
percutaneous peripheral nerve stimulation (PNS) trial as investigational and a permanent implant done without
prior authorization, with the pain practice's and the device company's paper around it.

Documents: a born-digital pre-service denial of the PNS trial (investigational) with a label column; a fine-fax
stack of a cover, the pain physician's letter of medical necessity to the plan (denies nothing) and the plan's
two-page refusal of the permanent implant for missing prior authorization (its second page fed upside down); a
clean-scan member EOB with three claims of which the trial leads are refused; a photocopied device company invoice
(denies nothing); a phone photo of an appeal decision overturning the trial denial told in sentences (denies
nothing); a low-resolution pain clinic patient statement with several lines (denies nothing); a sideways
second-level appeal decision upholding the permanent implant refusal.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, medical policy number, request-received and
appeal-received dates, invoice and PO numbers, other claims' numbers, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcy_famcye import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "peripheral_nerve_stimulator_trial_chronic_pain_denial"
LANG = "en"
SEED = 349404
ORG = "Larkspur Mutual Health Plan"
ORG_ADDR = "PO Box 66104, Boise, ID 83799"
DOC = "Tobias N. Rensselaer, MD"
DOC_BARE = "Tobias N. Rensselaer"
CLINIC = "Cottonwood Spine & Pain Institute"
CLINIC_ADDR = "4410 W. Emerald Street, Suite 210, Boise, ID 83799"
ASC = "Owyhee Surgical Pavilion"
VENDOR = "Veridian Neuromodulation, Inc."
MEMBERS = ["Harriet J. Okonkwo-Bell", "Silas M. Pendergast", "Noreen A. Vasquez", "Ignatius P. Holloway",
           "Tamsin R. Kowalczyk", "Beaumont L. Ashby", "Odalys F. Sorensen"]
POLICY = "Medical Policy MP-7.01.118 (Peripheral Nerve Stimulation)"


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} N. Sagebrush Way",
                                                        "Nampa, ID 83699"],
                mid="LMH" + pat(r, "999999999"), grp=pat(r, "99999"), phone=ph(r),
                dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def appeal_rights(d, size=9.0, days=180):
    paras(d, [
        "#Your right to appeal",
        f"You or your provider may appeal this decision. Your appeal must be received within {days} days of the "
        f"date of this letter. Send it to {ORG} Appeals, {ORG_ADDR}, or fax 1-555-271-6650. If your situation is "
        "urgent, you may ask for an expedited appeal, decided within 72 hours. After our internal appeal you may "
        "ask for an external review by an independent review organization within 4 months. You may ask for free "
        "copies of the documents and criteria we used."], size=size)


def doc_trial_bd(r):
    f = base(r, 0)
    pa = "PA-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(4, 9))
    planned = plus(f["notice"], r.randint(7, 15))
    d = Page(footer=f"{ORG}  |  Utilization Management  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Member ID:", f["mid"]), ("Group Number:", f["grp"]), ("Patient:", f["member"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("Request Number:", pa), ("Received:", fd(got, "slash")),
           ("Requesting Physician:", DOC), ("NPI:", f["npi"]), ("Planned Service Date:", fd(planned, "slash")),
           ("Place of Service:", ASC)], w=48, size=9.2)
    d.text_line("Re: Coverage decision - NOT APPROVED", 11, "B")
    d.ln(1)
    paras(d, [
        "We reviewed the request for a percutaneous peripheral nerve stimulation trial for chronic knee and lower "
        "leg pain (CPT 64555, HCPCS L8680, 60-day temporary lead system).",
        f"Under {POLICY}, peripheral nerve stimulation for chronic pain of the extremities is considered "
        "investigational. Published studies are small and short, and they do not show that the treatment improves "
        "long-term pain or function compared with standard care. Your plan excludes experimental and "
        "investigational services (Certificate of Coverage, Section 6.4). The request is therefore denied.",
        "A board-certified anesthesiologist with pain medicine training made this decision."], size=9.4)
    appeal_rights(d)
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[pa], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE, ASC]})
    return pdf_bytes(d), t


def stack_implant(r):
    f = base(r, 1)
    ref = "UM" + pat(r, "99999999")
    claim = pat(r, "E26999999999")
    dos = plus(f["notice"], -r.randint(25, 40))
    letter = plus(f["notice"], -r.randint(5, 9))
    billed = fee(r, 18000, 31000)
    # physician letter of medical necessity (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Phone 1-555-338-4100  Fax 1-555-338-4199"], 0)
    d.text_line(fd(letter, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", ORG_ADDR, "Fax 1-555-271-6610"])
    paras(d, [
        f"Re: {f['member']}  -  Member ID {f['mid']}  -  DOB {fd(f['dob'], 'slash')}",
        "To the medical director:",
        f"I am writing to ask for retrospective authorization of the permanent peripheral nerve stimulator I "
        f"implanted for {f['member']} on {fd(dos, 'long')} at {ASC}. The 7-day trial gave more than 60 percent pain "
        "relief and the patient stopped using opioids during it. Our office believed the authorization from the "
        "trial covered the implant; we learned afterwards that a separate request was needed.",
        "The patient has had sciatic neuropathic pain for four years after a femur fracture, with failed "
        "gabapentin, duloxetine, physical therapy and two nerve blocks. Trial notes and pain diaries are enclosed.",
        "Sincerely,", DOC, "Medical Director, " + CLINIC], size=10)
    lmn = pdf_bytes(d)
    t_lmn = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[dos.isoformat()], denial_date=letter.isoformat(), provider=DOC,
                  unscored=["insurer"], alternates={"provider": [DOC_BARE, CLINIC]})
    # plan's two-page refusal (second page fed upside down)
    d = Page(footer=f"{ORG} - Page {{p}} of {{n}}", header=f"{f['member']} - Reference {ref} - continued")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Provider Services {ph(r)}"], 1)
    d.text_line("NOTICE OF ADVERSE DETERMINATION", 12, "B", "C")
    d.ln(2)
    y0, _ = sidebar(d, [("Notice date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Member ID", f["mid"]),
                        ("Group", f["grp"]), ("Reference", ref), ("Claim number", claim),
                        ("Service date", fd(dos, "dmy")), ("Billed", usd(billed)), ("Provider", DOC_BARE)])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received a claim from {CLINIC} for implantation of a permanent peripheral nerve stimulator "
        "(CPT 64555, 64590; HCPCS L8679, L8680). Your plan requires prior authorization for neurostimulator "
        "implants, and each stage (trial and permanent implant) needs its own authorization.",
        "The trial was authorized. No authorization was requested for the permanent implant before it was done, "
        "so the claim is denied for lack of prior authorization. This decision is not a finding that the implant "
        "was not medically necessary. Your provider's request for retrospective review is being handled as an "
        "appeal.",
        "Because the provider is in our network, you are not responsible for these charges except your normal "
        "cost share if the claim is later approved."], size=9.4)
    d.set_left_margin(18)
    d.add_page()
    appeal_rights(d, 9.6)
    paras(d, [
        "#Language help",
        "Si necesita ayuda en español, llame al número de Servicio al Cliente en su tarjeta.",
        "#Non-discrimination",
        f"{ORG} complies with applicable federal civil rights laws and does not discriminate on the basis of race, "
        "color, national origin, age, disability or sex."], size=9.6)
    den = pdf_bytes(d)
    t_den = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
                  member_name=f["member"], case_numbers=[ref, claim], claim_amount=f"{billed:.2f}",
                  service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC_BARE,
                  appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [CLINIC, ASC]})
    cov = cover(CLINIC, f"{ORG} Utilization Management", "1-555-271-6610", "1-555-338-4199",
                fd(letter, "slash"), 4, "Retro authorization request for PNS implant. Copy of your denial notice "
                "attached for reference.")
    return [(lmn, t_lmn), (den, t_den)], [cov, None], {(1, 1): 180}


def doc_eob_scan(r):
    f = base(r, 2)
    c1, c2, c3 = (pat(r, "E26999999999") for _ in range(3))
    dv = plus(f["notice"], -r.randint(40, 50))
    dt_ = plus(f["notice"], -r.randint(20, 30))
    a1, a3 = fee(r, 180, 320), fee(r, 6200, 9800)
    a2 = fee(r, 240, 480)
    d = Page(footer=f"{ORG} - Explanation of Benefits - This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B")
    lv(d, [("Statement Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["grp"])], w=36, size=9.2)
    rows = [
        [c1, fd(dv, "slash"), "Office visit 99204", DOC_BARE, usd(a1, "flat"), usd(round(a1 * .55, 2), "flat"),
         "$30.00", "-"],
        [c2, fd(dt_, "slash"), "Ultrasound guidance 76942", DOC_BARE, usd(a2, "flat"), usd(round(a2 * .5, 2), "flat"),
         usd(round(a2 * .1, 2), "flat"), "-"],
        [c3, fd(dt_, "slash"), "PNS trial leads 64555, L8680", ASC, usd(a3, "flat"), "$0.00", "$0.00", "E7"],
    ]
    d.table(["Claim", "Date", "Service", "Provider", "Billed", "Allowed", "You owe", "Note"], rows,
            [24, 19, 42, 38, 18, 17, 15, 10], size=7.4)
    paras(d, [
        "E7: Denied. Peripheral nerve stimulation for this diagnosis is investigational under "
        f"{POLICY} and is excluded by your plan. You do not owe this amount to an in-network provider.",
        "Your total for this statement: see the You owe column. Deductible met to date $1,250.00 of $2,500.00.",
        "You may appeal a denied claim within 180 days of the date of this statement. Urgent appeals are decided "
        "within 72 hours. You may ask for an external review within 4 months after a final internal denial."],
        size=9.0)
    t = truth("eob", "experimental", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{a3:.2f}",
              service_dates=[dt_.isoformat()], denial_date=f["notice"].isoformat(), provider=ASC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_invoice_copy(r):
    f = base(r, 3)
    inv, po = "INV-" + pat(r, "9999999"), "PO" + pat(r, "999999")
    dos = plus(f["notice"], -r.randint(3, 8))
    lead, kit = fee(r, 4800, 6200), fee(r, 900, 1400)
    total = round(2 * lead + kit, 2)
    d = Page()
    d.add_page()
    letterhead(d, VENDOR, ["1900 Innovation Loop, Plymouth, MN 55499", "Accounts receivable 1-555-744-2300",
                           "Tax ID 41-" + pat(r, "9999999")], 0)
    d.text_line("INVOICE", 16, "B", "R")
    lv(d, [("Invoice number", inv), ("Invoice date", fd(f["notice"], "iso")), ("Customer PO", po),
           ("Bill to", ASC), ("Patient", f["member"]), ("Implanting physician", DOC), ("Case date", fd(dos, "iso")),
           ("Patient insurance", ORG), ("Terms", "Net 45")], w=44, size=9.2)
    d.table(["Item", "Description", "Qty", "Unit price", "Amount"],
            [["VN-PL60", "Percutaneous PNS lead, 60-day (L8680)", "2", usd(lead, "nosign"),
              usd(round(2 * lead, 2), "nosign")],
             ["VN-EK1", "External pulse generator kit, trial", "1", usd(kit, "nosign"), usd(kit, "nosign")],
             ["*", "", "", "Total due", usd(total)]],
            [26, 84, 12, 28, 30], size=8.6)
    paras(d, [
        "Devices shipped to the facility for a peripheral nerve stimulation trial. This invoice is billed to the "
        "facility, not to the patient. Please remit within 45 days of the invoice date."], size=9)
    t = truth("other", None, insurer=None, member_name=f["member"], case_numbers=[], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              unscored=["insurer"], alternates={"claim_amount": [None], "provider": [DOC_BARE, ASC]})
    return pdf_bytes(d), t


def doc_overturn_photo(r):
    f = base(r, 4)
    appeal, pa = "AP" + pat(r, "99999999"), "PA-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(35, 45))
    planned = plus(f["notice"], r.randint(10, 20))
    d = Page(serif=True, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Thank you for your appeal, which we numbered {appeal}. You asked us to look again at our letter of "
        f"{fd(first, 'long')}, in which we did not approve a peripheral nerve stimulation trial requested by "
        f"{DOC} under request {pa}.",
        "An independent pain medicine specialist reviewed your appeal together with the new records from your "
        "doctor. Those records show that your pain comes from an injury to a single peripheral nerve after "
        "surgery, which our updated medical policy now covers when other treatments have failed.",
        f"We have overturned our earlier decision. The trial is approved for the planned date of "
        f"{fd(planned, 'long')}. Your member ID is {f['mid']}. Your normal deductible and coinsurance apply.",
        "Sincerely,", "Appeals and Grievances Department", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, pa],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_statement_lowres(r):
    f = base(r, 5)
    acct = pat(r, "99999999")
    d1, d2 = plus(f["notice"], -r.randint(50, 60)), plus(f["notice"], -r.randint(25, 35))
    a1, a2, a3 = fee(r, 180, 300), fee(r, 900, 1500), fee(r, 120, 200)
    ins1 = round(a1 * .6, 2)
    total_due = round(a1 - ins1 + a3 * .2, 2)
    d = Page(footer="Please return the top portion with your payment")
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Billing 1-555-338-4120"], 1)
    d.text_line("PATIENT STATEMENT", 12.5, "B")
    lv(d, [("Statement date", fd(f["notice"], "mon")), ("Account", acct), ("Patient", f["member"]),
           ("Insurance", f"{ORG}  ID {f['mid']}"), ("Pay by", fd(plus(f["notice"], 30), "mon"))], w=36, size=9)
    d.table(["Date", "Description", "Charge", "Ins paid", "Adjust", "Balance"],
            [[fd(d1, "slash"), "New patient visit 99204", usd(a1), usd(ins1), "$0.00", usd(round(a1 - ins1, 2))],
             [fd(d2, "slash"), "PNS trial lead placement 64555", usd(a2), "$0.00", usd(-a2), "$0.00"],
             [fd(d2, "slash"), "Fluoroscopic guidance 77002", usd(a3), usd(round(a3 * .8, 2)), "$0.00",
              usd(round(a3 * .2, 2))]],
            [24, 58, 24, 24, 24, 24], size=8.4)
    d.text_line(f"Amount due: {usd(total_due)}", 11, "B")
    d.ln(2)
    paras(d, [
        "Your plan did not approve the nerve stimulation trial lead placement. As an in-network practice we have "
        "written off that charge and you do not owe it. Your doctor has filed an appeal on your behalf."], size=9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{a2:.2f}",
              service_dates=[d2.isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              unscored=["insurer"],
              alternates={"claim_amount": [None, f"{round(a1 + a2 + a3, 2):.2f}"],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]], "provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_second_level_rotated(r):
    f = base(r, 6)
    appeal, ref = "AP" + pat(r, "99999999"), "UM" + pat(r, "99999999")
    dos = plus(f["notice"], -r.randint(70, 90))
    got = plus(f["notice"], -r.randint(20, 28))
    d = Page(footer=f"{ORG} Appeals - {{p}}/{{n}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line("FINAL INTERNAL APPEAL DECISION", 12, "B")
    d.ln(1)
    d.boxes([("Decision date", fd(f["notice"], "slash"), 40), ("Member", f["member"], 62),
             ("Member ID", f["mid"], 40), ("Group", f["grp"], 38)])
    d.boxes([("Appeal number", appeal, 44), ("Original reference", ref, 44), ("Date of service", fd(dos, "slash"), 40),
             ("Appeal received", fd(got, "slash"), 52)])
    d.ln(4)
    paras(d, [
        "#Decision: ORIGINAL DENIAL UPHELD",
        f"You appealed our denial of the permanent peripheral nerve stimulator implanted by {DOC} at {ASC}. "
        "Your plan requires prior authorization for each stage of neurostimulation. No request was made before "
        "the permanent implant. The reviewing physician confirmed that the plan's prior authorization "
        "requirement was not met, and no exception applies because the surgery was scheduled, not an emergency.",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter. Expedited external review is available within "
        "72 hours for urgent situations. You may also have the right to bring a civil action under ERISA section "
        "502(a)."], size=9.6)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, ref], service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=None,
              alternates={"provider": [DOC_BARE, ASC]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, turns = stack_implant(r(1))
    return [
        Item(f"{FAMILY}_bd_trial_investigational", "born_digital", [doc_trial_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_lmn_and_implant_no_pa", "fax_fine_g4", docs, separators=seps, turns=turns),
        Item(f"{FAMILY}_scan300_eob_three_claims_trial_denied", "scan_clean_300", [doc_eob_scan(r(2))]),
        Item(f"{FAMILY}_copy_device_company_invoice", "photocopy", [doc_invoice_copy(r(3))]),
        Item(f"{FAMILY}_photo_appeal_overturned_prose", "phone_photo", [doc_overturn_photo(r(4))]),
        Item(f"{FAMILY}_lowres_pain_clinic_statement", "scan_lowres_150", [doc_statement_lowres(r(5))]),
        Item(f"{FAMILY}_rotated_final_appeal_upheld_implant", "rotated", [doc_second_level_rotated(r(6))]),
    ]
