"""Family 'prior_auth_retro_request_after_service_denial': invented plan letters on retrospective (retro)
authorization requests sent after a service was already done: denied because the emergency exception was not
shown, because the request came in after the plan's retro-request window, or approved when the emergency was
documented.

Cases (letter-heavy): a utilization review letter to a hospital denying a retro request filed 41 days after an
inpatient admission (the window is 14 days); a member letter denying a retro request for an outpatient MRI done
without prior approval (no emergency shown); a claim EOB denying a surgery for no authorization with the retro
request also denied; a first-level appeal decision upholding the denial of a retro request for an elective
admission; a fax stack of a cover sheet, a Medicaid managed-care plan's retro-authorization denial for a power
wheelchair and the supplier's notice to the member; an approval of a retro request (emergency transfer shown,
nothing denied); a letter with a two-column header denying a retro request for home infusion because the
provider was in network and could have asked in time.

Layouts are invented, modelled loosely on published utilization management letters, notices of adverse benefit
determination and commercial EOBs. All values invented: plans, hospitals, doctors, patients, IDs, amounts; phones
1-555. Decoys: dates of birth, request received dates, the referring or attending doctor, NPIs, fax numbers,
policy numbers, patient account numbers, allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "prior_auth_retro_request_after_service_denial"
LANG = "en"
SEED = 273500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 13, "B", "R")
        for s in lines:
            d.text_line(s, 8.3, "", "R")
        d.ln(2)
        d.rule(1.2, 5)
    else:
        d.set_fill_color(225, 225, 225)
        d.font(12.5, "B")
        d.cell(0, 9, "  " + name, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, lines):
    for s in lines:
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def two_col(d, left, right, size=9):
    """A two-column header block: label/value pairs side by side."""
    n = max(len(left), len(right))
    left, right = left + [("", "")] * (n - len(left)), right + [("", "")] * (n - len(right))
    for (a, b), (c, e) in zip(left, right):
        d.font(size, "B")
        d.cell(30, size * 0.55, a)
        d.font(size)
        d.cell(58, size * 0.55, b)
        d.font(size, "B")
        d.cell(32, size * 0.55, c)
        d.font(size)
        d.cell(0, size * 0.55, e, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Aurelio", "Philippa", "Grigor", "Roswitha", "Dashiell", "Evangeline", "Lorcan", "Marguerite", "Osric",
         "Saoirse", "Thaddeus", "Wilhelm"]
LAST = ["Cranleigh", "Mossgrove", "Vantongeren", "Blackwood-Hale", "Ferncastle", "Quarrington", "Selwood",
        "Thistlewaite", "Ambrosini", "Yarborough"]
CITIES = ["Corrigan Bay, WA 98999", "Millhaven, KS 66999", "Stoneridge, VT 05999", "Larchmont Springs, AL 36999"]
STREETS = ["Wheelwright Lane", "Ashgrove Terrace", "Pollard Street", "Kingfisher Court", "Orchard Hollow Road"]
DOCTORS = ["Dr. Renata V. Okonkwo-Baird", "Dr. Linus T. Harrowgate", "Dr. Sabine E. Falkenrath",
           "Dr. Ignatius P. Morrow", "Dr. Celestine A. Drury"]


def base(r):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: provider letter, retro request too late
def doc_provider_late(r):
    f = base(r)
    plan = "Corrigan Bay Health Alliance"
    ds, ms = "long", "plain"
    hosp = "St. Aldhelm Regional Medical Center"
    ref = pat(r, "RA-2026-999999")
    f.update(mid=pat(r, "CBH999999999"), grp=pat(r, "99999-AA"))
    adm = f["notice"] - dt.timedelta(days=r.randint(55, 70))
    dis = adm + dt.timedelta(days=r.randint(2, 5))
    recv = adm + dt.timedelta(days=41)
    charges = fee(r, 18000, 46000)
    d = Page(footer="Corrigan Bay Health Alliance  |  Utilization Management  |  UM-RETRO-04  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Utilization Management Department, 88 Breakwater Plaza, Corrigan Bay, WA 98999",
                   f"Provider line {ph(r)}   UM fax 1-555-730-4412"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, [f"Attn: Utilization Review / Case Management", hosp, "410 Cathedral Hill Road",
                      "Corrigan Bay, WA 98999"])
    d.text_line("Retrospective Authorization Request - Not Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Reference number:", ref),
           ("Facility:", hosp), ("Facility NPI:", f["npi"]), ("Attending physician:", DOCTORS[1]),
           ("Admission:", f"{fmt_date(adm, ds)} to {fmt_date(dis, ds)} (inpatient, DRG 392)"),
           ("Billed charges:", fmt_money(charges, ms)), ("Retro request received:", fmt_date(recv, ds))],
       w=52, size=9.3)
    paras(d, [
        "#Decision",
        "We received your request for retrospective authorization of the inpatient admission listed above. Your "
        "participating provider agreement and our Provider Manual, section 6.3, require notice of an urgent or "
        "emergency admission within 2 business days, and a request for retrospective review no later than 14 "
        "calendar days after the admission date. Your request was received 41 days after the admission. Because "
        "it was not received within the retrospective review window, it was not reviewed for medical necessity "
        "and the admission is not authorized.",
        "Under your agreement the member may not be billed for services denied for failure to obtain "
        "authorization. A retro request can be accepted late only when the member's coverage was not known to "
        "the facility; your registration record shows the member's ID card was copied at admission.",
        "#Reconsideration and appeal",
        "You may ask for a provider reconsideration within 60 days of the date of this letter. Send the "
        "reference number, proof of timely notice (for example a fax confirmation) and the medical record to "
        "Provider Appeals, PO Box 5520, Corrigan Bay, WA 98999, or fax 1-555-730-4490.",
        "Sincerely,",
        "Hollis W. Penhallow, RN, Utilization Review Nurse, for the Medical Director"], size=9.5)
    t = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], claim_amount=f"{charges:.2f}",
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=hosp, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [DOCTORS[1]], "service_dates": [[adm.isoformat()]]},
              denial_alternates=["timely_filing"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: member letter, MRI, no emergency shown
def doc_member_mri(r):
    f = base(r)
    plan = "Keystone Meridian Health Plan"
    ds, ms = "slash", "plain"
    center = "Millhaven Open MRI & Imaging"
    ref = pat(r, "KM99999999")
    f.update(mid=pat(r, "XKM-999-99-9999"), grp=pat(r, "9999999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    recv = dos + dt.timedelta(days=r.randint(3, 8))
    orderer = DOCTORS[3]
    d = Page(footer="Keystone Meridian Health Plan - Notice of Adverse Benefit Determination - Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Clinical Review Services, 1200 Tallgrass Parkway, Millhaven, KS 66999",
                   f"Member Services {f['phone']} (TTY 711)"], 1)
    d.text_line(f"Date of notice: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.text_line("Retrospective review of a service you already received", 10)
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Case number", ref), ("Service", "MRI lumbar spine without contrast (CPT 72148)"),
           ("Date of service", fmt_date(dos, ds)), ("Performed by", center), ("Ordering physician", orderer),
           ("Request received", fmt_date(recv, ds))], w=44)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "Your plan requires prior authorization for advanced imaging such as MRI. The imaging center asked us to "
        "approve your MRI after it was done. We can approve a service after the fact only when it was needed for "
        "an emergency, or when the delay of a prior request would have seriously harmed your health.",
        "#Why we said no",
        "The records show that the MRI was scheduled by your doctor's office for low back pain that had been "
        "present for five weeks, with no loss of strength, numbness in the saddle area or loss of bladder "
        "control. The MRI was not done in an emergency room or on the same day it was ordered. There was time to "
        "ask for approval before the scan, and no emergency was shown, so the request for retrospective "
        "authorization is denied. This decision is not a finding that the MRI was not medically needed.",
        "Because the center is in our network, it may not bill you for this MRI except for your usual cost share.",
        "#Your right to appeal",
        "You or someone you choose may file an appeal within 180 days from the date of this notice. Call "
        f"{f['phone']} or write to Member Appeals, PO Box 3390, Millhaven, KS 66999. You may request an external "
        "review after our final decision. You can get, free of charge, copies of all documents used to decide.",
        "Keystone Meridian Health Plan, Clinical Review Services"], size=9.5)
    t = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=center,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [orderer]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, surgery denied no authorization
def doc_eob(r):
    f = base(r)
    plan = "Larchmont Benefit Trust"
    ds, ms = "abbr", "nosign"
    surg = DOCTORS[2]
    asc = "Larchmont Springs Surgery Center"
    claim, other_claim = pat(r, "99-99999-99999"), pat(r, "99-99999-99999")
    retro = pat(r, "RR999999")
    f.update(mid=pat(r, "LBT99999999"), grp=pat(r, "LB-9999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    odos = dos - dt.timedelta(days=r.randint(10, 20))
    c1, c2 = fee(r, 2800, 4200), fee(r, 380, 620)
    total = round(c1 + c2, 2)
    ov = fee(r, 150, 240)
    d = Page(footer="Larchmont Benefit Trust - Explanation of Benefits - This is not a bill")
    d.add_page()
    head(d, plan, ["Claims Office, PO Box 6120, Larchmont Springs, AL 36999", f"Customer Care {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.ln(1)
    d.boxes([("Date issued", fmt_date(f["notice"], ds), 34), ("Member", f["member"], 56),
             ("Member ID", f["mid"], 40), ("Group", f["grp"], 26), ("Page", "1 of 1", 18)], h=11)
    d.ln(4)
    d.text_line(f"Claim number {claim}   Provider: {surg}   Place: {asc}", 8.8, "B")
    rows = [[fmt_date(dos, ds), "29881", "Knee arthroscopy, meniscectomy", fmt_money(c1, ms), "0.00", "0.00",
             fmt_money(c1, ms), "N54"],
            [fmt_date(dos, ds), "20610", "Injection, major joint", fmt_money(c2, ms), "0.00", "0.00",
             fmt_money(c2, ms), "N54"],
            ["*Claim total", "", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""]]
    W = [24, 14, 58, 20, 16, 14, 18, 12]
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "Not covered", "Note"], rows, W,
            size=7.8, aligns="LLLRRRRL")
    d.text_line(f"Claim number {other_claim}   Provider: {surg}", 8.8, "B")
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "You owe", "Note"],
            [[fmt_date(odos, ds), "99204", "Office visit, new patient", fmt_money(ov, ms),
              fmt_money(ov * 0.6, ms), fmt_money(ov * 0.6 - 40, ms), "40.00", "CP"]], W, size=7.8,
            aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        f"N54  This service needs prior authorization and none was on file. Your surgeon asked for a retrospective "
        f"authorization (request {retro}); it was denied because the surgery was scheduled in advance and was not "
        "an emergency. Because the surgeon is a participating provider, you are not responsible for the amount in "
        "the Not covered column.",
        "CP  Office visit copay.",
        "#Appeals",
        "If you disagree with this decision, you may appeal within 180 days of the date this statement was "
        "issued. Write to Larchmont Benefit Trust Appeals, PO Box 6144, Larchmont Springs, AL 36999. Include the "
        "claim number."], size=8.9)
    t = truth("eob", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim, retro], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=surg,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[claim]], "provider": [asc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: appeal upheld, elective admission
def doc_appeal(r):
    f = base(r)
    plan = "Stoneridge Mutual Health Company"
    ds, ms = "dmy", "usd"
    hosp = "Green Mountain Valley Hospital"
    appeal, ref = pat(r, "APL-99999-A"), pat(r, "SR-RET-999999")
    f.update(mid=pat(r, "S999999999"), grp=pat(r, "999999"))
    adm = f["notice"] - dt.timedelta(days=r.randint(70, 95))
    dis = adm + dt.timedelta(days=r.randint(1, 3))
    charges = fee(r, 21000, 38000)
    d = Page(footer="Stoneridge Mutual Health Company  |  Grievances and Appeals  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Grievances and Appeals, 14 Marble Works Road, Stoneridge, VT 05999",
                   f"{f['phone']}   Fax 1-555-611-2093"], 0)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(3)
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("Appeal Decision - First Level", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal),
           ("Retro review number:", ref), ("Hospital:", hosp), ("Surgeon:", DOCTORS[4]),
           ("Stay:", f"{fmt_date(adm, ds)} - {fmt_date(dis, ds)}"), ("Amount billed:", fmt_money(charges, ms)),
           ("Appeal received:", fmt_date(f["notice"] - dt.timedelta(days=24), ds))], w=44)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "You appealed our decision not to approve, after the fact, your hospital stay for a planned spinal fusion. "
        "The hospital asked for authorization only after you were discharged.",
        "#Our decision: the denial is upheld",
        "A physician reviewer board-certified in orthopedic surgery, who was not involved in the first decision, "
        "reviewed your appeal. Your plan (Evidence of Coverage, Part 4, Prior Approval) requires approval before "
        "a planned admission. A retrospective approval is allowed only for an emergency admission or when the "
        "plan was not the known payer. The surgery was booked three weeks in advance from the surgeon's office; "
        "it was not an emergency, and the hospital had your coverage on file. The reviewer did not find an "
        "exception that applies.",
        "#If you still disagree",
        "You may ask for a second-level appeal within 60 days of the date of this letter, or ask for an external "
        "review by an independent review organization within 4 months. Call us for free copies of the records and "
        "the rules we used.",
        "Prudence L. Archambault, MD, Appeals Physician Reviewer"], size=9.4)
    t = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, ref], claim_amount=f"{charges:.2f}",
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=hosp, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [DOCTORS[4]],
                          "service_dates": [[adm.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: Medicaid MCO denial + supplier notice
def doc_stack(r):
    f = base(r)
    plan = "Heartland Cares Medicaid Health Plan"
    ds, ms = "wlong", "plain"
    supplier = "Prairie Mobility Medical Supply"
    ref = pat(r, "HC-9999999")
    f.update(mid=pat(r, "99999999999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(40, 60))
    charges = fee(r, 4800, 7400)
    d = Page(footer="Heartland Cares Medicaid Health Plan - Notice of Adverse Benefit Determination")
    d.add_page()
    head(d, plan, ["Prior Authorization, 300 Sunflower Court, Millhaven, KS 66999",
                   f"Member Services {f['phone']} (TTY 711)   Provider fax 1-555-288-1034"], 1)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    kv(d, [("Member name", f["member"]), ("Medicaid ID", f["mid"]), ("Authorization request", ref),
           ("Provider", supplier), ("Item", "K0823 power wheelchair, group 2, with seating"),
           ("Date delivered", fmt_date(dos, ds)), ("Amount requested", fmt_money(charges, ms))], w=46)
    paras(d, [
        "What we decided: we denied the request to approve your power wheelchair after it was delivered "
        "(retroactive authorization).",
        "Why: Power wheelchairs need our approval before delivery. Retroactive authorization is only given when "
        "you were not yet enrolled with us, or your Medicaid was approved later for the date of delivery. You "
        f"were enrolled with Heartland Cares on the delivery date, and {supplier} did not ask us for approval "
        "before delivering the chair. The supplier may not bill you for this item.",
        "Your right to appeal: you can ask for a plan appeal within 60 calendar days of the date on this notice. "
        "After the plan appeal you can ask for a State Fair Hearing within 120 days of the appeal decision. If "
        "your health is at risk you can ask for a fast appeal.",
        "Heartland Cares Medicaid Health Plan, Prior Authorization Department"], size=9.2)
    t1 = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], claim_amount=f"{charges:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=supplier,
               appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat())
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(6, 12))
    acct = pat(r, "PMS-99999")
    d = Page()
    d.add_page()
    head(d, supplier, ["2201 Granary Road, Millhaven, KS 66999", "Billing office 1-555-604-7718"], 0)
    d.text_line(f"Date: {fmt_date(st, ds)}", 10)
    d.ln(2)
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("About your power wheelchair", 12, "B")
    kv(d, [("Customer:", f["member"]), ("Account:", acct), ("Medicaid plan:", plan), ("Plan reference:", ref),
           ("Delivered:", fmt_date(dos, ds)), ("Charge:", fmt_money(charges, ms)), ("Your balance:", "$0.00")], w=38)
    paras(d, [
        "Your Medicaid health plan did not approve our request for authorization after delivery. You do not owe "
        "anything for the wheelchair: as a Medicaid provider we cannot bill you for it. We have asked the plan to "
        "reconsider and sent the seating evaluation from your physical therapist. You may also file your own "
        "appeal with the plan; we can help you with the form.",
        "Please keep using the chair. Call our billing office with any questions."], size=9.6)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[ref], claim_amount=f"{charges:.2f}",
               service_dates=[dos.isoformat()], denial_date=st.isoformat(), provider=supplier,
               unscored=["insurer", "member_id"], alternates={"case_numbers": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: approval of a retro request (emergency)
def doc_approval(r):
    f = base(r)
    plan = "Bayfront Unity Health Insurance"
    ds = "iso"
    hosp = "Corrigan Bay General Hospital"
    auth = pat(r, "BU9999999999")
    f.update(mid=pat(r, "BUH9999999"), grp=pat(r, "G999999"))
    adm = f["notice"] - dt.timedelta(days=r.randint(6, 12))
    dis = adm + dt.timedelta(days=r.randint(3, 6))
    d = Page(footer="Bayfront Unity Health Insurance  |  Authorization Services")
    d.add_page()
    head(d, plan, ["Authorization Services, 77 Lighthouse Row, Corrigan Bay, WA 98999",
                   f"Member Services {f['phone']}"], 0)
    d.text_line(f"Letter date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(3)
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("Retroactive authorization approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Authorization number:", auth), ("Facility:", hosp), ("Attending:", DOCTORS[0]),
           ("Approved stay:", f"{fmt_date(adm, ds)} through {fmt_date(dis, ds)}"),
           ("Request received:", fmt_date(dis + dt.timedelta(days=2), ds))], w=46)
    paras(d, [
        "Good news. The hospital asked us to approve your inpatient stay after you were admitted through the "
        "emergency department and transferred from another hospital. The records show an emergency: you arrived "
        "by ambulance with chest pain and an abnormal heart tracing. We have approved the stay for the dates "
        "shown.",
        "Your usual deductible, copay and coinsurance apply. This approval is not a guarantee of payment; claims "
        "are paid according to your benefits and eligibility on the dates of service.",
        "Questions? Call Member Services at the number above.",
        "Authorization Services, Bayfront Unity Health Insurance"], size=9.8)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=hosp,
              alternates={"provider": [DOCTORS[0]], "service_dates": [[adm.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: two-column header, home infusion
def doc_infusion(r):
    f = base(r)
    plan = "Cedar Hollow Health Cooperative"
    ds, ms = "mdy_nopad", "space"
    agency = "Alder Infusion Partners"
    ref, claim = pat(r, "CH-99999-R"), pat(r, "9999999999A")
    f.update(mid=pat(r, "CHC9999999"), grp=pat(r, "99-9999"))
    start = f["notice"] - dt.timedelta(days=r.randint(40, 55))
    end = start + dt.timedelta(days=13)
    charges = fee(r, 6200, 9800)
    d = Page(footer="Cedar Hollow Health Cooperative - Retro Review Notice - pg {p}/{n}")
    d.add_page()
    head(d, plan, ["Health Services Review, 5 Old Ferry Lane, Stoneridge, VT 05999", f"{f['phone']}"], 2)
    two_col(d, [("Notice date", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member #", f["mid"]),
                ("Group #", f["grp"])],
            [("Review #", ref), ("Claim #", claim), ("Provider", agency), ("Prescriber", DOCTORS[3])])
    address_block(d, [f["member"], *f["addr"]])
    d.text_line("We did not approve a request made after your services", 12, "B")
    d.ln(1)
    d.table(["Service", "Dates", "Billed", "Decision"],
            [["Home IV antibiotics S9500 per diem, nursing 99601",
              f"{fmt_date(start, ds)} - {fmt_date(end, ds)}", fmt_money(charges, ms), "Not approved"]],
            [78, 52, 26, 24], size=8.2, aligns="LLRL")
    paras(d, [
        f"{agency} asked us to approve 14 days of home infusion after the therapy ended. Our plan requires "
        "approval before home infusion begins. We accept requests after the service only when the member's "
        "life or health was in danger and the provider could not reach us. Our records show that the infusion "
        "was planned at your hospital discharge and that our authorization line was open that day. The "
        "agency is in our network and has agreed not to bill members for services denied for lack of approval.",
        "#Appeal",
        "You may appeal this decision within 180 days of the notice date above. Send a letter with the review "
        "number to Member Appeals, Cedar Hollow Health Cooperative, 5 Old Ferry Lane, Stoneridge, VT 05999. "
        "We will answer within 30 days. Free help in other languages: call the number above."], size=9.4)
    t = truth("denial_letter", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref, claim], claim_amount=f"{charges:.2f}",
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=agency, appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[ref], [claim]], "service_dates": [[start.isoformat()]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_hospital_retro_request_after_window", "born_digital", doc_provider_late, None),
    ("scan300_member_mri_no_emergency_shown", "scan_clean_300", doc_member_mri, None),
    ("lowres_eob_knee_scope_no_auth", "scan_lowres_150", doc_eob, None),
    ("copy_appeal_upheld_planned_admission", "photocopy", doc_appeal, None),
    ("faxfine_stack_cover_medicaid_wheelchair_supplier_letter", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_retro_approval_emergency_transfer", "phone_photo", doc_approval, None),
    ("rotated_home_infusion_retro_two_column", "rotated", doc_infusion, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
