"""Family 'deep_vein_thrombosis_pneumatic_compression_device_home_use_denial': an invented commercial plan refusing a
home intermittent pneumatic compression (IPC) device for deep vein thrombosis prevention after a hospital discharge
(not medically necessary while the member walks and takes an anticoagulant; rental beyond the approved weeks).
All people, IDs, amounts and providers are invented; phones use 555.

Documents: a born-digital pre-service denial with a label column under a dark band; a standard-fax letter of
medical necessity from the vascular surgeon to the plan (fax header line); a phone photo of the DME supplier's
rental invoice with monthly lines (denies nothing); a 150 dpi EOB with three claims, the third rental month denied
as beyond the authorized weeks (table header wrapping over two lines); a photocopied two-page letter told only in
sentences refusing a rental extension (running header); a born-digital appeal decision approving the rental
(two-column body); a scanned stack: a first-level appeal decision upholding a denial, its duplex blank back, and the
member's handwritten-style second-level appeal letter fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famdda import Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, twocol, usd, wtable

FAMILY = "deep_vein_thrombosis_pneumatic_compression_device_home_use_denial"
LANG = "en"
SEED = 350400
ORG = "Talonridge Health Insurance Company"
ORG_ADDR = "Utilization Management, PO Box 81944, Wichita, KS 67208-1944"
SUPPLIER = "Brisklane Home Medical Supply"
CLINIC = "Mulberry Bend Vascular Associates"
MEMBERS = ["Philippa D. Grimsby", "Annelise K. Rookwood", "Celestine M. Barlowe", "Garrick T. Fenwright",
           "Rosamund E. Tillotson", "Ignatius B. Welker", "Delphine S. Hartigan"]
SURGEONS = ["Dr. Evander J. Kilbride", "Dr. Margit O. Sandoval", "Dr. Thorne A. Wexley"]
DEVICE = "home intermittent pneumatic compression device (E0676) with bilateral calf garments"


def base(r, k):
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 110))
    return dict(notice=notice, member=MEMBERS[k], mid=pat(r, "TRH999999999"), grp=pat(r, "99-9999"),
                plan=pat(r, "PPO-999"), addr=[f"{r.randint(100, 9800)} {r.choice(['Kellogg Dr', 'Maize Rd'])}",
                                              "Wichita, KS 67212"],
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), surgeon=SURGEONS[k % 3])


RIGHTS = [
    "#Your right to appeal",
    "You, your doctor or someone you name may appeal this decision. Send your appeal in writing within 180 days of "
    "the date of this letter to Talonridge Appeals, PO Box 81960, Wichita, KS 67208, or fax 1-555-733-6190.",
    "If your doctor says waiting could seriously harm your health, ask for an expedited appeal; we decide it within "
    "72 hours. After our final decision you may ask for an external review by an independent review organization "
    "within 4 months.",
    "You may ask for free copies of the records, the medical policy (DME-114, Pneumatic Compression Devices) and "
    "the diagnosis and treatment codes used. Asking for codes is not an appeal."]


def doc_bd_preservice(r):
    f = base(r, 0)
    ref = "UM-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(2, 6))
    disch = plus(f["notice"], -r.randint(3, 9))
    start = plus(f["notice"], r.randint(1, 4))
    d = Page(footer=f"{ORG}  -  Coverage Determination  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "TALONRIDGE", f"{ORG}  |  {ORG_ADDR}  |  Member Services 1-555-733-6100", colour=(16, 58, 92))
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Reference number:", ref),
           ("Ordering physician:", f["surgeon"]), ("Physician NPI:", f["npi"]),
           ("Request received:", fd(got, "slash")), ("Hospital discharge:", fd(disch, "slash")),
           ("Item requested:", "Pneumatic compression device, home use (E0676)"),
           ("Requested start date:", fd(start, "slash"))], w=48, size=9.2)
    paras(d, [
        "#Our decision",
        f"We cannot approve the {DEVICE}.",
        "#Why",
        "After your knee surgery you were discharged walking with a walker and taking apixaban, a blood thinner, "
        "to prevent blood clots. Our medical policy covers a home compression device only when a blood thinner "
        "cannot be used or has failed. Your records show neither, so the device is not medically necessary for you.",
        *RIGHTS], size=9.1)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_fax_surgeon(r):
    f = base(r, 1)
    ref = "UM-" + pat(r, "99999999")
    lt = f["notice"]
    line = (f"{fd(lt, 'dash')} 09:{r.randint(10, 59)}  FROM: MULBERRY BEND VASCULAR  FAX 1-555-286-7702  "
            "TO: TALONRIDGE UM 1-555-733-6150  P.{p}/1")
    d = Page(faxline=line)
    d.add_page()
    letterhead(d, CLINIC, ["Vascular and Endovascular Surgery", "3300 Mulberry Bend Pkwy, Suite 210, Wichita, KS 67226",
                           "Phone 1-555-286-7700  Fax 1-555-286-7702"])
    d.text_line(fd(lt, "long"), 10)
    d.ln(2)
    addr(d, [ORG, "Utilization Management", ORG_ADDR])
    d.text_line("LETTER OF MEDICAL NECESSITY", 12, "B")
    lv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Your reference:", ref), ("Diagnosis:", "I82.401, acute DVT of left lower extremity")], w=40, size=9.6)
    paras(d, [
        "To the medical director:",
        "I am writing to ask you to reconsider the home pneumatic compression device for my patient. She had a "
        "left calf deep vein thrombosis after hip surgery and bled from a gastric ulcer on anticoagulation in the "
        "hospital, so her blood thinner was stopped. She cannot yet walk more than a few steps. Under your own "
        "policy a compression device is appropriate when anticoagulation is contraindicated.",
        "Please call my office if a peer-to-peer review would help.",
        "Sincerely,", f["surgeon"], "Board certified, Vascular Surgery"], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              denial_date=lt.isoformat(), provider=f["surgeon"],
              unscored=["insurer", "appeal_deadline", "service_dates"])
    return pdf_bytes(d), t


def doc_photo_invoice(r):
    f = base(r, 2)
    inv = pat(r, "INV-999999")
    acct = pat(r, "99999")
    m0 = plus(f["notice"], -r.randint(80, 95))
    dos = [m0, plus(m0, 30), plus(m0, 60)]
    rent = fee(r, 380, 520)
    garm = fee(r, 60, 110)
    rows = [[fd(dos[0], "slash"), "E0676 RR", "Compression device rental, month 1", usd(rent), "Paid by insurance"],
            [fd(dos[0], "slash"), "A4600", "Calf garments, pair", usd(garm), "Paid by insurance"],
            [fd(dos[1], "slash"), "E0676 RR", "Compression device rental, month 2", usd(rent), "Denied by insurance"],
            [fd(dos[2], "slash"), "E0676 RR", "Compression device rental, month 3", usd(rent), "Denied by insurance"]]
    total = round(3 * rent + garm, 2)
    paid = round(rent * 0.8 + garm * 0.8, 2)
    d = Page(footer=f"{SUPPLIER}  |  Remit to PO Box 4471, Wichita, KS 67201  |  1-555-941-3300")
    d.add_page()
    letterhead(d, SUPPLIER, ["Durable Medical Equipment - Rentals and Sales", "Tax ID 48-5559921",
                             "Billing questions 1-555-941-3300"])
    d.text_line("RENTAL INVOICE / PATIENT STATEMENT", 12, "B")
    lv(d, [("Invoice no.", inv), ("Account no.", acct), ("Statement date", fd(f["notice"], "abbr")),
           ("Patient", f["member"]), ("Insurance", f"{ORG}, ID {f['mid']}"), ("Ordering physician", f["surgeon"])],
       w=40, size=9.4)
    wtable(d, ["Date of service", "HCPCS", "Description", "Charge", "Status"], rows, [26, 24, 68, 24, 34], size=8.4)
    lv(d, [("Total charges", usd(total)), ("Insurance payments", usd(paid)),
           ("Balance due from patient", usd(round(total - paid, 2)))], w=60, size=9.6)
    paras(d, [
        "Your insurance paid for the first rental month and the garments. It denied the second and third rental "
        "months. If your doctor is appealing, call us and we will hold your account for 60 days. Please return the "
        "device when your doctor says you no longer need it."], size=9.2)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dos], denial_date=f["notice"].isoformat(), provider=SUPPLIER,
              unscored=["insurer", "appeal_deadline"])
    return pdf_bytes(d), t


def doc_lowres_eob(r):
    f = base(r, 3)
    stmt = f["notice"]
    cl = [pat(r, "26999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(50, 60)), plus(stmt, -r.randint(40, 48)), plus(stmt, -r.randint(20, 30))]
    a = [fee(r, 160, 260), fee(r, 420, 640), fee(r, 380, 520)]
    paid = [round(a[0] * 0.7, 2), round(a[1] * 0.65, 2), 0.0]
    provs = [CLINIC, "Riverside Vascular Lab", SUPPLIER]
    d = Page(footer=f"{ORG}  |  Explanation of Benefits  |  This is not a bill  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Explanation of Benefits", "PO Box 81900, Wichita, KS 67208", "1-555-733-6100"])
    lv(d, [("Statement date:", fd(stmt, "iso")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["grp"]), ("Plan:", f["plan"])], w=34, size=9.3)
    rows = [[cl[i], fd(s[i], "iso"), provs[i],
             ["Office visit 99214", "Venous duplex 93970", "E0676 RR rental mo. 3"][i],
             usd(a[i], "nosign"), usd(paid[i], "nosign"), ["", "", "PA3"][i]] for i in range(3)]
    wtable(d, ["Claim number", "Service date", "Provider", "Service", "Amount billed", "Plan paid", "Remark code"],
           rows, [28, 22, 44, 38, 18, 16, 14], size=7.9)
    lv(d, [("Claims processed", f"{fd(plus(stmt, -30), 'iso')} through {fd(plus(stmt, -2), 'iso')}"),
           ("Deductible met to date", usd(r.randint(400, 1500)))], w=50, size=8.8)
    paras(d, [
        f"PA3 - Claim {cl[2]}: the prior authorization for this device covered four weeks of rental. No "
        "authorization was requested for rental after those weeks, so this month is not covered. Ask your supplier "
        "or doctor to request authorization.",
        "To appeal, write to us within 180 days of the date of this statement."], size=8.9)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
              plan_id=f["plan"], member_name=f["member"], case_numbers=[cl[2]], claim_amount=f"{a[2]:.2f}",
              service_dates=[s[2].isoformat()], denial_date=stmt.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_copy_prose(r):
    f = base(r, 4)
    ref = "UM-" + pat(r, "99999999")
    ext = plus(f["notice"], r.randint(2, 6))
    d = Page(serif=True, header=f"{f['member']}  |  Member ID {f['mid']}  |  page {{p}}".replace("{p}", "2"),
             footer=f"{ORG}  -  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], centred=True)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"{f['surgeon']} asked us to extend the rental of your home compression device beyond the six weeks we "
        f"approved after your hospital stay, starting {fd(ext, 'long')}. We have looked at the request, which we "
        f"filed under reference {ref}, and we are sorry to tell you that we cannot approve it.",
        "The notes from your last visit say that you walk on your own around the house and outside, that your leg "
        "swelling has gone down, and that you are taking rivaroxaban every day. A physician reviewer who is board "
        "certified in vascular surgery decided that more weeks of the device are not medically necessary because "
        "walking and the blood thinner now protect you against new clots. The weeks already approved are not "
        "affected.",
        "We made this decision under your plan's medical necessity provision and our medical policy on pneumatic "
        "compression devices. You can ask us for a free copy of the policy and of the records we used.",
        "If you disagree, you or your doctor can appeal. Please send us your appeal within 180 days of the date of "
        "this letter. Include any notes or test results you want us to see. Your doctor may also ask to speak with "
        "our reviewer by calling 1-555-733-6150 within 14 days."], size=10)
    d.add_page()
    paras(d, [
        "If your doctor believes that waiting for a standard appeal could seriously harm you, ask for an expedited "
        "appeal and we will answer within 72 hours. When our appeals are finished you may also ask for an external "
        "review by an independent review organization; you have 4 months after our final decision to do so.",
        "You can reach Member Services at 1-555-733-6100 (TTY 711). Language help is free.",
        "Sincerely,", "Physician Review Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[ext.isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["surgeon"], appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_bd_overturned(r):
    f = base(r, 5)
    app = "APL-" + pat(r, "9999999")
    ref = "UM-" + pat(r, "99999999")
    a0 = plus(f["notice"], r.randint(1, 5))
    a1 = plus(a0, 27)
    d = Page(footer=f"{ORG}  -  Appeals Department  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "TALONRIDGE", f"{ORG}  |  Appeals Department  |  PO Box 81960, Wichita, KS 67208", colour=(60, 30, 70))
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("APPEAL DECISION: APPROVED", 12.5, "B")
    d.ln(2)
    twocol(d, [
        "#Your appeal",
        f"Appeal number: {app}",
        f"Original reference: {ref}",
        f"Member ID: {f['mid']}   Group: {f['grp']}",
        f"Ordering physician: {f['surgeon']}",
        f"Device: {DEVICE}",
        f"Approved rental: {fd(a0, 'long')} through {fd(a1, 'long')}",
    ], [
        "#What we decided",
        "We have reversed our earlier denial. A vascular surgeon who did not take part in the first decision read "
        "the hospital records showing that your blood thinner was stopped because of bleeding.",
        "The device rental is approved for the four weeks shown. Your supplier may bill us directly. If you need "
        "the device longer, your doctor must ask us before the approved weeks end.",
        "Questions? Call 1-555-733-6100."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[app, ref], service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"], unscored=["appeal_deadline"],
              alternates={"service_dates": [[a0.isoformat()]]})
    return pdf_bytes(d), t


def stack_upheld(r):
    f = base(r, 6)
    app = "APL-" + pat(r, "9999999")
    ref = "UM-" + pat(r, "99999999")
    start = plus(f["notice"], -r.randint(10, 20))
    d = Page(footer=f"{ORG}  -  First-Level Appeal Decision  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", "PO Box 81960, Wichita, KS 67208", "1-555-733-6100"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("FIRST-LEVEL APPEAL DECISION - DENIAL UPHELD", 12, "B")
    d.ln(1)
    d.boxes([("Appeal number", app, 44), ("Original reference", ref, 46), ("Member ID", f["mid"], 46),
             ("Group", f["grp"], 38)])
    d.boxes([("Patient", f["member"], 60), ("Ordering physician", f["surgeon"], 64),
             ("Rental start requested", fd(start, "slash"), 50)])
    d.ln(4)
    paras(d, [
        f"Dear {f['member']}:",
        "You appealed our denial of a home pneumatic compression device. A board-certified vascular surgeon who was "
        "not involved in the first decision reviewed your appeal. Your records show you take a blood thinner and "
        "walk without help. The device is still not medically necessary under our policy DME-114, and we uphold "
        "the denial.",
        "#Second-level appeal",
        "You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the address "
        "above. You may also ask for an external review within 4 months, and for an expedited review (72 hours) "
        "if waiting could harm your health."], size=9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[app, ref], service_dates=[start.isoformat()],
               denial_date=f["notice"].isoformat(), provider=f["surgeon"],
               appeal_deadline=plus(f["notice"], 60).isoformat())
    lt = plus(f["notice"], r.randint(6, 12))
    e = Page(serif=True)
    e.add_page()
    e.ln(6)
    for s in [f["member"], *f["addr"], "", fd(lt, "long"), "", ORG, "Appeals Department", "PO Box 81960",
              "Wichita, KS 67208", ""]:
        e.text_line(s, 11)
    e.text_line(f"Re: second-level appeal, appeal {app}, member ID {f['mid']}", 11, "B")
    e.ln(3)
    paras(e, [
        "To whom it may concern:",
        "I want a second-level appeal. Your letter says I walk without help. That is not true. I use a walker and "
        "I fell last week. My surgeon says I should keep the compression pump until I can walk normally. I am "
        "sending the physical therapy notes. Please look at my case again.",
        "Thank you,", f["member"]], size=11)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[app],
               denial_date=lt.isoformat(), unscored=["insurer", "provider", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["duplex", None], {(1, 0): 180}


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, turns = stack_upheld(r(6))
    return [
        Item(f"{FAMILY}_bd_preservice_denial_label_column", "born_digital", [doc_bd_preservice(r(0))]),
        Item(f"{FAMILY}_faxstd_surgeon_medical_necessity_letter", "fax_standard_g4", [doc_fax_surgeon(r(1))]),
        Item(f"{FAMILY}_photo_supplier_rental_invoice", "phone_photo", [doc_photo_invoice(r(2))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_rental_denied", "scan_lowres_150", [doc_lowres_eob(r(3))]),
        Item(f"{FAMILY}_copy_two_page_extension_prose", "photocopy", [doc_copy_prose(r(4))]),
        Item(f"{FAMILY}_bd_appeal_approved_two_column", "born_digital", [doc_bd_overturned(r(5))]),
        Item(f"{FAMILY}_scan300_stack_upheld_duplex_member_letter", "scan_clean_300", docs, separators=seps,
             turns=turns),
    ]
