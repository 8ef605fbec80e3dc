"""Family 'migraine_neuromodulation_device_investigational_denial': an invented commercial plan (Quillpoint Health
Plan) refusing a prescription migraine neuromodulation device (a remote electrical neuromodulation armband and an
external trigeminal nerve stimulator) as investigational or as durable medical equipment the plan does not cover.

Documents: a born-digital denial letter (shaded sidebar, investigational); the device company's invoice (denies
nothing); a standard-fax stack (fax cover, an EOB with three claims of which the device claim is refused, the
neurologist's letter to the plan fed upside down, a blank separator); a phone photo of the pharmacy benefit's reject
notice (not covered under the pharmacy benefit); a low-resolution upheld appeal told in sentences; a clean scan of a
two-page DME-exclusion letter with a dark logo band and a running header; a photocopied neurology clinic statement
with four lines, one refused. All values invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famczd import (Page, addr, body_right, fax_line, fd, fee, letterhead, lv, paras, pat, ph, plus,
                                sidebar, table2, usd)

FAMILY = "migraine_neuromodulation_device_investigational_denial"
LANG = "en"
SEED = 349603
ORG = "Quillpoint Health Plan"
ORG_ADDR = "PO Box 2719, Sioux Falls, SD 57101"
PBM = "Quillpoint Rx Services"
VENDOR = "Vantrelle Neurotech, Inc."
VENDOR_BARE = "Vantrelle Neurotech"
DEVICE = "Halcyra remote electrical neuromodulation (REN) armband"
ETNS = "external trigeminal nerve stimulator (Halcyra Brow)"
CLINIC = "Prairie Lakes Headache & Neurology"
NEURO = "Ingrid S. Castellanos, MD"
NEURO_BARE = "Ingrid S. Castellanos"
NEURO2 = "Rupert D. Amankwah, DO"
NEURO2_BARE = "Rupert D. Amankwah"
MEMBERS = ["Leticia R. Vandermeer", "Colin A. Thistlewood", "Sunita P. Garraway", "Mateo J. Hollingshead",
           "Odette F. Pruitt", "Jasper K. Yellowhorse", "Beatriz N. Falconer"]


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Meadowlark Ave",
                                                        "Brookings, SD 57006"],
                mid="QHP" + pat(r, "999999999"), group=pat(r, "G-99999"), phone=ph(r),
                dob=dt.date(r.randint(1965, 2006), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def appeal_text(size=8.8):
    return [
        "#Your right to appeal",
        "You or your doctor may ask for an internal appeal within 180 days of the date of this letter. Send it to "
        f"{ORG} Appeals, {ORG_ADDR}, or fax 1-555-740-2299. If your doctor says waiting could seriously harm your "
        "health, ask for an urgent appeal; we decide urgent appeals within 72 hours.",
        "After our final internal decision you may ask for an external review by an independent review "
        "organization within 4 months. External review is available for decisions about medical necessity, "
        "experimental or investigational treatment, level of care and similar reasons."]


def doc_denial_bd(r):
    f = base(r, 0)
    ref = "PA-" + pat(r, "99999999")
    planned = plus(f["notice"], 12)
    got = plus(f["notice"], -r.randint(4, 10))
    d = Page(footer=f"{ORG}  -  Utilization Management  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}   Fax 1-555-740-2299"], 0)
    addr(d, [f["member"]] + f["addr"])
    top, bottom = sidebar(d, [("Letter date", fd(f["notice"], "long")), ("Patient", f["member"]),
                              ("Member ID", f["mid"]), ("Group", f["group"]), ("Reference number", ref),
                              ("Ordering provider", NEURO), ("Request received", fd(got, "long")),
                              ("Planned start", fd(planned, "long")), ("HCPCS", "E0733 (unlisted)")],
                          w=54)
    d.set_y(top)
    body_right(d, [
        "#Coverage decision: not approved",
        f"Dear {f['member']},",
        f"Dr. Castellanos asked us to cover a {DEVICE} for the prevention and treatment of your migraine "
        "headaches. We reviewed the request, your records and our medical policy MP-DME-0418.",
        "We cannot approve it. The plan considers remote electrical neuromodulation for migraine "
        "investigational: the published studies are small and short, and they do not yet show that the device "
        "works as well as or better than covered treatments. Your plan excludes experimental and "
        "investigational services (Certificate of Coverage, section 7.3).",
        "A board-certified neurologist reviewed this decision."], 72, 9.3)
    d.set_y(max(d.get_y(), bottom) + 3)
    paras(d, appeal_text(), 8.8)
    t = truth("denial_letter", "experimental", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=NEURO, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [NEURO_BARE]})
    return pdf_bytes(d), t


def doc_invoice_bd(r):
    f = base(r, 1)
    inv = "INV-" + pat(r, "9999999")
    shipped = plus(f["notice"], -r.randint(2, 6))
    unit = fee(r, 780, 1100)
    ship = 18.50
    total = round(unit + ship, 2)
    d = Page(footer=f"{VENDOR}  -  Tax ID 84-{pat(r, '9999999')}")
    d.add_page()
    letterhead(d, VENDOR, ["Patient Billing, 4400 Corridor Blvd, Minneapolis, MN 55401", "Billing 1-555-612-0840"], 2)
    d.text_line("INVOICE", 16, "B", "R")
    lv(d, [("Invoice number", inv), ("Invoice date", fd(f["notice"], "abbr")), ("Patient", f["member"]),
           ("Insurance", f"{ORG}  ID {f['mid']}"), ("Prescriber", NEURO2), ("Ship date", fd(shipped, "abbr"))],
       w=40, size=9.4)
    table2(d, ["Item", "Description", "Qty", "Unit price", "Line total"],
           [["HAL-REN-12", "Halcyra REN armband, 12 treatments", "1", usd(unit, "nosign"), usd(unit, "nosign")],
            ["SHIP", "Ground shipping", "1", usd(ship, "nosign"), usd(ship, "nosign")],
            ["", "Total due", "", "", usd(total)]], [30, 80, 14, 24, 26], size=8.6)
    paras(d, [
        f"We billed {ORG} for you on your behalf. Your plan told us it will not pay for this device, so the "
        "balance is your responsibility. Payment is due 30 days from the invoice date. Ask about our "
        "self-pay program and monthly plans.",
        "Keep this invoice for your records. This invoice is not a decision by your health plan."], 9.3)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[],
              claim_amount=f"{total:.2f}", service_dates=[shipped.isoformat()], denial_date=f["notice"].isoformat(),
              provider=NEURO2, unscored=["insurer"],
              alternates={"provider": [NEURO2_BARE, VENDOR_BARE], "claim_amount": [None], "denial_date": [None],
                          "service_dates": [[]]})
    return pdf_bytes(d), t


def stack_eob_letter(r):
    f = base(r, 2)
    issued = f["notice"]
    faxed = plus(issued, 9)
    rows, claims = [], []
    lines = [(CLINIC, "Office visit 99214", fee(r, 160, 260)),
             (VENDOR_BARE, "ETNS device E0733", fee(r, 420, 640)),
             (CLINIC, "Nerve block 64405", fee(r, 280, 520))]
    deny = 1
    for i, (p, s, billed) in enumerate(lines):
        dos = plus(issued, -r.randint(14, 45))
        cno = pat(r, "99-999999-99")
        claims.append((p, s, dos, billed, cno))
        allowed = 0.0 if i == deny else round(billed * 0.7, 2)
        rows.append([cno, fd(dos, "slash"), p, s, usd(billed), usd(allowed), "X41" if i == deny else "A1"])
    d = Page(footer=f"{ORG}  Explanation of Benefits  -  Page {{p}} of {{n}}")
    d.add_page()
    fax_line(d, f"{fd(faxed, 'slash')} 09:41  FROM 1-555-448-2201  PRAIRIE LAKES HEADACHE  TO APPEALS  P.2")
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Issue date", fd(issued, "slash")), ("Subscriber", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["group"])], w=38, size=9.2)
    table2(d, ["Claim no.", "Service date", "Provider", "Service", "Billed charges", "Allowed amount", "Code"],
           rows, [25, 19, 56, 28, 19, 19, 12], size=7.8)
    paras(d, [
        "A1 - Processed under your medical benefit. Deductible and coinsurance applied.",
        "X41 - Denied. Durable medical equipment that is not on the plan's covered DME list is not a covered "
        "benefit (Certificate of Coverage, exclusion 14).",
        "You may appeal a denied claim within 180 days of the issue date shown above. Urgent appeals are "
        "decided within 72 hours."], 8.6)
    p, s, dos, billed, cno = claims[deny]
    t1 = truth("eob", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
               member_name=f["member"], case_numbers=[cno], claim_amount=f"{billed:.2f}",
               service_dates=[dos.isoformat()], denial_date=issued.isoformat(), provider=VENDOR_BARE,
               appeal_deadline=plus(issued, 180).isoformat())
    e = Page(serif=True)
    e.add_page()
    fax_line(e, f"{fd(faxed, 'slash')} 09:43  FROM 1-555-448-2201  PRAIRIE LAKES HEADACHE  TO APPEALS  P.4")
    e.text_line(CLINIC, 14, "B")
    e.text_line("1210 E 10th St, Sioux Falls, SD 57103  -  1-555-448-2200  -  fax 1-555-448-2201", 8.4)
    e.rule(0.4, 5)
    e.text_line(fd(faxed, "long"), 10)
    e.ln(3)
    addr(e, [f"{ORG} Appeals", ORG_ADDR])
    paras(e, [
        f"RE: {f['member']}   Member ID {f['mid']}   Claim {cno}",
        f"I am writing on behalf of my patient, {f['member']}, who has chronic migraine with more than 15 headache "
        "days a month. Two preventive medicines were stopped for side effects and a third is not safe with the "
        "patient's heart condition.",
        f"The {ETNS} is cleared by the FDA for acute and preventive treatment of migraine. It has no drug "
        "interactions, and for this patient it is the safest option left. Please reconsider the claim and cover "
        "the device.",
        "Respectfully,"], 10.2)
    e.ln(8)
    e.text_line(NEURO2, 10.5, "B")
    e.text_line(f"Neurology  -  NPI {f['npi']}", 9)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[cno],
               service_dates=[], denial_date=None, provider=NEURO2, unscored=["insurer", "denial_date"],
               alternates={"provider": [NEURO2_BARE, CLINIC]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["cover", "blank"]


def doc_pharmacy_photo(r):
    f = base(r, 3)
    cd = "CD" + pat(r, "9999999")
    filled = plus(f["notice"], -1)
    d = Page()
    d.add_page()
    letterhead(d, PBM, [f"Pharmacy benefit for {ORG} members", "PO Box 5530, Omaha, NE 68103",
                        "Pharmacy Help Desk 1-555-902-3310"], 1)
    d.text_line("NOTICE OF PHARMACY CLAIM REJECTION", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Date of notice", fd(f["notice"], "iso"), 46), ("Member", f["member"], 70),
             ("Member ID", f["mid"], 64)])
    d.boxes([("Coverage determination #", cd, 56), ("Prescriber", NEURO, 70), ("Date filled", fd(filled, "iso"), 54)])
    d.boxes([("Rx number", pat(r, "9999999"), 46), ("RxBIN / PCN", f"0{pat(r, '99999')} / QPRX", 70),
             ("Reject code", "70 - Product not covered", 64)])
    d.ln(4)
    paras(d, [
        f"Your pharmacy tried to fill a prescription for the {DEVICE} on {fd(filled, 'iso')}. The claim was "
        "rejected. Medical devices are not covered under your pharmacy benefit; they are not on the formulary and "
        "are excluded from the pharmacy benefit.",
        f"This is not a decision about your medical benefit. Your doctor may ask {ORG} to review the device "
        "under the medical (DME) benefit.",
        "#If you disagree",
        "You may ask for a redetermination within 180 days of the date of this notice. For an expedited review "
        "(72 hours) call the Pharmacy Help Desk."], 9.4)
    t = truth("denial_letter", "not_covered", insurer=PBM, member_id=f["mid"], member_name=f["member"],
              case_numbers=[cd], service_dates=[filled.isoformat()], denial_date=f["notice"].isoformat(),
              provider=NEURO, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [NEURO_BARE], "insurer": [ORG]}, type_alternates=["other"])
    return pdf_bytes(d), t


def doc_upheld_lowres(r):
    f = base(r, 4)
    appeal = "AP" + pat(r, "99999999")
    ref = "PA-" + pat(r, "99999999")
    planned = plus(f["notice"], -r.randint(20, 40))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR + "  -  Appeals Unit"], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"]] + f["addr"])
    paras(d, [
        f"Dear {f['member']}:",
        f"This letter gives the decision on your appeal {appeal}. On your behalf, {NEURO2} asked us to reverse our "
        f"earlier decision ({ref}) not to cover an {ETNS} that was to start on {fd(planned, 'long')}. "
        f"Your member ID is {f['mid']}.",
        "An independent neurologist who took no part in the first decision read the appeal, the letter from your "
        "doctor and the studies sent with it. The reviewer found that the evidence for preventing migraine with "
        "this device is still limited, so it remains investigational under our policy. Our first decision is "
        "upheld.",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter. You also have the right to bring a civil "
        "action. For help call " + f["phone"] + ".",
        "Sincerely,", "Appeals Unit, " + ORG], 10)
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=NEURO2, appeal_deadline=None, alternates={"provider": [NEURO2_BARE], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_dme_two_pages(r):
    f = base(r, 5)
    ref = "PA-" + pat(r, "99999999")
    planned = plus(f["notice"], 7)
    d = Page(footer=f"{ORG} - Page {{p}} of {{n}}",
             header=f"{ORG}  |  {f['member']}  |  Member ID {f['mid']}  |  Reference {ref}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 2)
    addr(d, [f["member"]] + f["addr"])
    lv(d, [("Date:", fd(f["notice"], "dmy")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group No.:", f["group"]), ("Reference:", ref), ("Provider:", CLINIC),
           ("Date of birth:", fd(f["dob"], "dmy")), ("Requested start:", fd(planned, "dmy"))], w=36, size=9.4)
    paras(d, [
        "#Notice of adverse benefit determination",
        f"Dear {f['member']},",
        f"{CLINIC} asked us to cover a {DEVICE}, to be supplied starting {fd(planned, 'dmy')}.",
        "Your plan covers durable medical equipment only when it is on the plan's covered DME list. The device "
        "requested is not on the list, and your Certificate of Coverage excludes equipment that is not listed "
        "(exclusion 14). This decision is about your benefits; we did not decide whether the device is right "
        "for you.",
        "If you and your doctor choose to go ahead, you may have to pay for the device yourself."], 9.6)
    d.add_page()
    paras(d, appeal_text(9.6) + [
        "#Help in other languages",
        "Spanish: Si necesita ayuda en español, llame al número de Customer Care.",
        "#Nondiscrimination",
        f"{ORG} complies with federal civil rights laws and does not discriminate on the basis of race, color, "
        "national origin, age, disability or sex."], 9.6)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=CLINIC, appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_statement_copy(r):
    f = base(r, 6)
    acct = pat(r, "A-999999")
    rows, total = [], 0.0
    items = [("99214", "Office visit, est. patient"), ("E0733", "ETNS device fitting and supply"),
             ("95970", "Device programming"), ("99213", "Follow-up visit")]
    deny = 1
    dates = sorted(plus(f["notice"], -r.randint(10, 70)) for _ in items)
    charges = [fee(r, 140, 260), fee(r, 450, 700), fee(r, 90, 180), fee(r, 110, 190)]
    for i, ((code, desc), dos, ch) in enumerate(zip(items, dates, charges)):
        total += ch
        ins = 0.0 if i == deny else round(ch * 0.6, 2)
        note = "Denied - not covered DME" if i == deny else "Paid by plan"
        rows.append([fd(dos, "nopad"), code, desc, usd(ch, "flat"), usd(ins, "flat"), note])
    d = Page(footer=f"{CLINIC}  -  Questions? Billing office 1-555-448-2210")
    d.add_page()
    letterhead(d, CLINIC, ["1210 E 10th St, Sioux Falls, SD 57103", "Billing 1-555-448-2210"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    lv(d, [("Statement date:", fd(f["notice"], "nopad")), ("Account:", acct), ("Patient:", f["member"]),
           ("Insurance:", f"{ORG}  {f['mid']}"), ("Physician:", NEURO)], w=36, size=9.4)
    table2(d, ["Date", "Code", "Description", "Charge", "Insurance payment", "Note"], rows,
           [22, 16, 52, 22, 22, 46], size=8.0)
    due = charges[deny]
    paras(d, [
        f"Total charges: {usd(round(total, 2), 'flat')}.  Your balance due: {usd(due, 'flat')}.",
        f"Your insurance did not pay for the device line because it is not on their covered equipment list. We "
        f"have billed the balance to you. Please pay by {fd(plus(f['notice'], 30), 'nopad')} or call us to set up "
        "a payment plan."], 9.4)
    dos = dates[deny]
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[],
              claim_amount=f"{due:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=NEURO, unscored=["insurer"],
              alternates={"provider": [CLINIC, "Ingrid S. Castellanos"], "claim_amount": [f"{round(total, 2):.2f}", None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_eob_letter(r(2))
    return [
        Item(f"{FAMILY}_bd_ren_armband_investigational_sidebar", "born_digital", [doc_denial_bd(r(0))]),
        Item(f"{FAMILY}_bd_device_company_invoice", "born_digital", [doc_invoice_bd(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_eob_three_claims_and_neurologist_letter", "fax_standard_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_pharmacy_claim_reject", "phone_photo", [doc_pharmacy_photo(r(3))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_prose", "scan_lowres_150", [doc_upheld_lowres(r(4))]),
        Item(f"{FAMILY}_scan300_dme_exclusion_two_pages", "scan_clean_300", [doc_dme_two_pages(r(5))]),
        Item(f"{FAMILY}_copy_clinic_statement_four_lines", "photocopy", [doc_statement_copy(r(6))]),
    ]
