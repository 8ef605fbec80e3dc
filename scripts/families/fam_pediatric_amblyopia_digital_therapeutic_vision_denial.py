"""Family 'pediatric_amblyopia_digital_therapeutic_vision_denial': an invented commercial plan refusing a child's
prescription digital amblyopia treatment (a headset/tablet program watched daily) as investigational, and office
vision therapy (orthoptic training) under the vision-therapy exclusion; the pediatric ophthalmology practice's
statement, the device company's invoice, the doctor's letter of medical necessity and a parent's letter in Spanish.

Documents: a born-digital two-page denial (dark logo band, label column, running header); a standard-fax stack
(cover, the vendor's invoice, the parent's Spanish letter fed upside down with the blank back of its sheet); a phone photo of a
family EOB with three claims, one denied; a scanned practice statement (insurance denied lines moved to the
family); a low-resolution upheld appeal told in sentences; a photocopied approval of strabismus surgery (denies
nothing); a sideways letter of medical necessity from the ophthalmologist.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, medical policy number, invoice and account numbers,
other claims on the EOB, 72-hour urgent appeal and 4-month external review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famcze import Page, addr, fd, letterhead, lv, paras, pat, ph, plus, usd

FAMILY = "pediatric_amblyopia_digital_therapeutic_vision_denial"
LANG = "en"
SEED = 349604
ORG = "Kestrel Moor Health Insurance Company"
ORG_ADDR = "PO Box 22841, Madison, WI 53725"
EYE = "Harborside Pediatric Eye Associates"
DOC = "Winifred S. Abernathy-Cole, MD"
DOC_BARE = "Winifred S. Abernathy-Cole"
VENDOR = "LumaLeap Therapeutics, Inc."
PRODUCT = "LumaLeap Kids digital amblyopia treatment"
POLICY = "Medical Policy VIS-0412 (Digital Therapeutics for Amblyopia)"
KIDS = ["Oliver J. Prendergast", "Hazel M. Quimby", "Ruby A. Thornquist", "Felix D. Marchbanks",
        "Iris L. Cavendish", "Milo T. Sorensen", "Clara B. Wetherell"]
PARENTS = ["Gwendolyn Prendergast", "Lionel Quimby", "Ada Thornquist", "Curtis Marchbanks", "Nora Cavendish",
           "Vivian Sorensen", "Tobias Wetherell"]
KID_ES = "Mateo R. Villanueva"
PARENT_ES = "Araceli Villanueva"


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, kid=KIDS[k], parent=PARENTS[k],
                addr=[f"{r.randint(100, 9800)} Monona Drive", "Madison, WI 53716"],
                mid="KMH" + pat(r, "999999999") + "-0" + str(r.randint(2, 4)), group=pat(r, "99999"),
                plan="PPO-" + pat(r, "999"), phone=ph(r),
                dob=dt.date(r.randint(2018, 2021), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_denial_bd(r):
    f = base(r, 0)
    ref = "PA" + pat(r, "99999999")
    start = plus(f["notice"], r.randint(7, 20))
    got = plus(f["notice"], -r.randint(4, 9))
    d = Page(footer=f"{ORG}  -  Page {{p}} of {{n}}",
             header=f"{ORG}  |  Coverage determination {ref}  |  Member ID {f['mid']}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}  (TTY 711)"], 2)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f"Parent or guardian of {f['kid']}", *f["addr"]])
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient", f["kid"]), ("Subscriber", f["parent"]), ("Member ID", f["mid"]), ("Group no.", f["group"]),
           ("Plan", f["plan"]), ("Patient date of birth", fd(f["dob"], "slash")), ("Reference no.", ref),
           ("Requesting physician", DOC), ("Physician NPI", f["npi"]), ("Request received", fd(got, "long")),
           ("Requested start date", fd(start, "long"))], w=50, size=9.3)
    paras(d, [
        "#Service requested",
        f"{PRODUCT} (prescription software and headset, HCPCS A9291), one hour a day for 12 weeks, for "
        "amblyopia of the left eye.",
        "#Decision",
        "We have reviewed the request and it is NOT APPROVED.",
        "#Reason",
        f"Under {POLICY}, digital and virtual-reality treatments for amblyopia are considered investigational. "
        "Published studies are small and short, and they have not shown that the results last or that they "
        "are as good as patching or atropine drops, which your plan covers. Your plan excludes services that are "
        "experimental or investigational (Certificate of Coverage, Section 7.3)."], size=9.4)
    d.add_page()
    paras(d, [
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send your appeal with any "
        f"records you want us to consider to {ORG} Appeals, {ORG_ADDR}, or fax 1-555-740-3391.",
        "#Urgent appeals",
        "If your child's doctor says that waiting could seriously harm your child's health, ask for an urgent "
        "appeal. We will decide within 72 hours.",
        "#External review",
        "After our final decision you may ask for an independent external review within 4 months of that "
        "decision. External review can look at decisions about medical necessity, appropriateness, health care "
        "setting, level of care, effectiveness, or experimental and investigational treatment.",
        "Sincerely,", "Clinical Review Department", ORG], size=9.4)
    t = truth("denial_letter", "experimental", insurer=ORG, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["kid"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def stack_invoice_parent(r):
    f = base(r, 1)
    inv_no = "INV-" + pat(r, "9999999")
    ship = plus(f["notice"], -r.randint(30, 40))
    inv_date = plus(ship, 2)
    ref = "PA" + pat(r, "99999999")
    mid = "KMH" + pat(r, "999999999") + "-03"
    lines = [("A9291", "LumaLeap Kids prescription software license, 12 weeks", 1, 1840.0),
             ("E1399", "LumaLeap headset (loaner), shipping and set-up", 1, 365.0),
             ("S9999", "Remote adherence monitoring, 12 weeks", 1, 210.0)]
    total = sum(x[3] for x in lines)
    d = Page(footer=f"{VENDOR}  |  Tax ID 84-{pat(r, '9999999')}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, VENDOR, ["1200 Innovation Parkway, Suite 400, Raleigh, NC 27606",
                           "Patient billing 1-555-610-2280  billing@lumaleap.example"], 1)
    d.text_line("INVOICE", 16, "B")
    d.ln(1)
    lv(d, [("Invoice number", inv_no), ("Invoice date", fd(inv_date, "iso")), ("Ship date", fd(ship, "iso")),
           ("Patient", KID_ES), ("Responsible party", PARENT_ES), ("Insurance", ORG), ("Member ID", mid),
           ("Prescriber", DOC)], w=44, size=9.4)
    rows = [[c, desc, str(q), usd(a, "usd")] for c, desc, q, a in lines]
    rows.append(["", "Total charges", "", usd(total, "usd")])
    rows.append(["", "Insurance payment (claim denied)", "", usd(0, "usd")])
    rows.append(["", "Balance due from patient", "", usd(total, "usd")])
    d.table(["Code", "Description", "Qty", "Amount"], rows, [22, 112, 14, 32], size=8.8, aligns="LLCR")
    paras(d, [
        f"Your insurance denied this order. Please pay the balance within 30 days of the invoice date or call "
        "us about a monthly payment plan. Ask about our family assistance program."], size=9)
    inv = pdf_bytes(d)
    t_inv = truth("other", None, insurer=None, member_id=mid, member_name=KID_ES, claim_amount=f"{total:.2f}",
                  service_dates=[ship.isoformat()], denial_date=inv_date.isoformat(), provider=VENDOR,
                  unscored=["insurer"], alternates={"claim_amount": [None], "provider": [DOC]})
    d = Page(serif=True)
    d.add_page()
    d.text_line(PARENT_ES, 11, "B")
    d.text_line("2716 Calle Las Flores, Laredo, TX 78040", 10)
    d.text_line("Tel. 1-555-903-4417", 10)
    d.ln(6)
    d.text_line(fd(plus(f["notice"], 3), "es"), 10)
    d.ln(4)
    addr(d, [f"{ORG}", "Departamento de Apelaciones", ORG_ADDR])
    paras(d, [
        f"Asunto: mi hijo {KID_ES}, número de miembro {mid}, referencia {ref}",
        "A quien corresponda:",
        f"Les escribo porque ustedes negaron el tratamiento {PRODUCT} que la doctora {DOC_BARE} le recetó a mi "
        f"hijo para el ojo perezoso (ambliopía). La compañía envió el equipo el {fd(ship, 'es')} y ahora me cobra "
        f"{usd(total)}.",
        "Mi hijo tiene seis años. Usamos el parche por más de un año y lloraba todos los días; se lo quitaba en la "
        "escuela y la vista del ojo izquierdo no mejoró. La doctora dice que este tratamiento es la mejor opción "
        "para él. Les pido que revisen otra vez la decisión y que paguen el tratamiento.",
        "Adjunto la factura y la carta de la doctora.",
        "Atentamente,", PARENT_ES, f"Madre de {KID_ES}"], size=10.3)
    letter = pdf_bytes(d)
    t_let = truth("other", None, lang="es", insurer=None, member_id=mid, member_name=KID_ES, case_numbers=[ref],
                  service_dates=[ship.isoformat()], denial_date=plus(f["notice"], 3).isoformat(), provider=DOC_BARE,
                  unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [VENDOR]})
    return [(inv, t_inv), (letter, t_let)], ["cover", None]


def doc_eob_photo(r):
    f = base(r, 2)
    stmt = f["notice"]
    v1 = plus(stmt, -r.randint(30, 45))
    v2 = plus(v1, 7)
    v3 = plus(v1, 14)
    claims = [("E" + pat(r, "9999999999"), v1, "Eye exam, new patient 92004", 285.0),
              ("E" + pat(r, "9999999999"), v2, "Vision therapy 92065", 0.0),
              ("E" + pat(r, "9999999999"), v3, "Refraction 92015", 75.0)]
    vt_amt = float(r.choice([180, 195, 210]))
    claims[1] = (claims[1][0], v2, claims[1][2], vt_amt)
    rows = []
    for i, (c, dos, desc, amt) in enumerate(claims):
        allowed = 0.0 if i == 1 else round(amt * 0.7, 2)
        paid = 0.0 if i == 1 else round(allowed * 0.8, 2)
        you = amt if i == 1 else round(allowed - paid, 2)
        rows.append([c, fd(dos, "upper"), desc, usd(amt, "nosign"), usd(allowed, "nosign"),
                     usd(paid, "nosign"), usd(you, "nosign"), "V17" if i == 1 else ""])
    d = Page(footer=f"{ORG} - Explanation of Benefits - THIS IS NOT A BILL")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    y = d.get_y()
    lv(d, [("Statement date", fd(stmt, "upper")), ("Subscriber", f["parent"]), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Plan", f["plan"])], w=34, size=9)
    y_end = d.get_y()
    d.set_y(y)
    lv(d, [("Patient", f["kid"]), ("Provider", EYE), ("Tax ID", "39-" + pat(r, "9999999"))], w=24, size=9, x=112)
    d.set_y(max(y_end, d.get_y()) + 3)
    d.table(["Claim", "Service", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [26, 24, 56, 16, 17, 17, 16, 8], size=7.6)
    paras(d, [
        "V17 - Vision therapy, orthoptic and pleoptic training are excluded under your plan's vision benefit "
        "exclusions (Certificate of Coverage, Section 7.9). The plan paid nothing for this claim.",
        f"Deductible met this plan year: $250.00 of $500.00. Questions? Call {f['phone']}.",
        "If you disagree with how a claim was processed, you may file an appeal within 180 days of the date of "
        "this statement. An urgent appeal is decided within 72 hours. You may have the right to an external "
        "review."], size=8.6)
    c, dos, _, amt = claims[1]
    t = truth("eob", "not_covered", insurer=ORG, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[c], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=EYE, appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_statement_scan(r):
    f = base(r, 3)
    stmt = f["notice"]
    acct = "HPE-" + pat(r, "999999")
    v0 = plus(stmt, -r.randint(60, 70))
    sessions = [plus(v0, 14 * k) for k in range(1, 4)]
    rows = [[fd(v0, "slash"), "92004", "Comprehensive eye exam", usd(295.0), "Ins paid $188.80", usd(47.20)]]
    vt = []
    for s in sessions:
        rows.append([fd(s, "slash"), "92065", "Orthoptic training", usd(185.0), "Ins denied", usd(185.0)])
        vt.append(s)
    charges = 295.0 + 185.0 * 3
    bal = 47.20 + 185.0 * 3
    d = Page(footer=f"{EYE}  -  Please detach and return the lower portion with your payment")
    d.add_page()
    letterhead(d, EYE, ["455 Lakeshore Boulevard, Suite 210, Madison, WI 53703",
                        "Billing office 1-555-227-9044  Fax 1-555-227-9080"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "long")), ("Account no.", acct), ("Patient", f["kid"]),
           ("Guarantor", f["parent"]), ("Insurance", f"{ORG}  ID {f['mid']}"), ("Doctor", DOC)], w=36, size=9.2)
    d.table(["Date", "Code", "Service", "Charge", "Insurance", "Your share"], rows, [26, 18, 52, 24, 34, 26],
            size=8.6, aligns="LLLRLR")
    d.font(10, "B")
    d.cell(0, 6, f"Total charges {usd(charges)}     Amount due now {usd(bal)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    paras(d, [
        "Your insurance company denied the vision therapy visits as a plan exclusion, so they are now your "
        "responsibility. If you think this is wrong you may appeal to your insurer; we can send your child's "
        "records. Payment is due by the date below. Ask us about a payment plan."], size=9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["kid"], claim_amount=f"{charges:.2f}",
              service_dates=[s.isoformat() for s in vt], denial_date=stmt.isoformat(), provider=EYE,
              unscored=["insurer"],
              alternates={"claim_amount": [None, f"{185.0 * 3:.2f}"],
                          "service_dates": [sorted([v0.isoformat()] + [s.isoformat() for s in vt])],
                          "provider": [DOC]})
    return pdf_bytes(d), t


def doc_upheld_lowres(r):
    f = base(r, 4)
    f["notice"] = plus(f["notice"], 20)
    appeal, ref = "APL" + pat(r, "9999999"), "PA" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(40, 55))
    got = plus(first, r.randint(10, 20))
    start = plus(first, r.randint(10, 15))
    d = Page(serif=True, footer=f"{ORG} Appeals")
    d.add_page()
    letterhead(d, ORG, ["Member Appeals", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent']}:",
        f"We received your appeal on {fd(got, 'dmy')} for your daughter, {f['kid']}, member ID {f['mid']}. You "
        f"asked us to change our decision of {fd(first, 'dmy')} (reference {ref}) that did not approve the "
        f"{PRODUCT} prescribed by {DOC}, to start on {fd(start, 'dmy')}. Your appeal number is {appeal}.",
        "A board-certified pediatric ophthalmologist who did not take part in the first decision reviewed the "
        "appeal, your letter, and the doctor's notes. The studies of this treatment followed children for only a "
        "few months, and the treatment is still considered investigational under our medical policy. We know "
        "that patching has been hard for your daughter; atropine eye drops remain covered. We are upholding our "
        "decision. This is our final decision on your internal appeal.",
        "You may ask for an independent external review within 4 months of the date of this letter. The "
        "enclosed form explains how. If your daughter's condition is urgent, the external review can be "
        f"expedited. Questions? Call Customer Service at {f['phone']}.",
        "Sincerely,", "Member Appeals Unit", ORG], size=10)
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[appeal, ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, alternates={"provider": [DOC_BARE], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_approval_copy(r):
    f = base(r, 5)
    auth = "PA" + pat(r, "99999999")
    surg = plus(f["notice"], r.randint(12, 30))
    fac = "Capitol Lakes Surgery Center"
    d = Page(footer=f"{ORG} - Utilization Management")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Customer Service {f['phone']}"], 1)
    d.text_line("PRIOR AUTHORIZATION APPROVAL", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Date", fd(f["notice"], "slash"), 40), ("Patient", f["kid"], 70), ("Member ID", f["mid"], 70)])
    d.boxes([("Authorization number", auth, 60), ("Surgeon", DOC, 120)])
    d.boxes([("Procedure", "Strabismus surgery, 2 horizontal muscles (CPT 67312)", 120),
             ("Surgery date", fd(surg, "slash"), 60)])
    d.boxes([("Facility", fac, 120), ("Setting", "Outpatient", 60)])
    d.ln(5)
    paras(d, [
        f"We have approved the surgery listed above for {f['kid']}. The approval is valid for the date shown and "
        "for 30 days after it. Your usual copay and deductible apply. Please have the surgery center call us if "
        "the date changes.",
        "This approval is not a guarantee of payment if your coverage ends before the surgery date."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[auth],
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE, fac]})
    return pdf_bytes(d), t


def doc_lmn_rotated(r):
    f = base(r, 6)
    dt_l = f["notice"]
    start = plus(dt_l, r.randint(10, 21))
    d = Page()
    d.add_page()
    letterhead(d, EYE, ["455 Lakeshore Boulevard, Suite 210, Madison, WI 53703",
                        "Phone 1-555-227-9000  Fax 1-555-227-9080"], 0)
    d.text_line(fd(dt_l, "iso"), 10)
    d.ln(3)
    addr(d, [f"{ORG}", "Clinical Review - Prior Authorization", ORG_ADDR, "Fax 1-555-740-3300"])
    d.text_line("LETTER OF MEDICAL NECESSITY", 11.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["kid"]), ("DOB:", fd(f["dob"], "iso")), ("Member ID:", f["mid"]),
           ("Diagnosis:", "H53.022 Refractive amblyopia, left eye"), ("Requested:", PRODUCT),
           ("Planned start:", fd(start, "iso"))], w=34, size=9.6)
    paras(d, [
        "To the medical director:",
        f"I have treated {f['kid']} since age four for anisometropic amblyopia of the left eye. Visual acuity is "
        "20/80 in the left eye with full glasses correction worn for more than 16 weeks. Patching two hours a day "
        "for eleven months was stopped because of skin breakdown and severe distress; atropine penalization was "
        "stopped after light sensitivity kept the child home from school.",
        "A dichoptic treatment watched at home one hour a day is the remaining option that the family can "
        "carry out. I ask you to approve it for 12 weeks, with a visual acuity check at weeks 4 and 12.",
        "Sincerely,", DOC, f"Pediatric Ophthalmology, {EYE}", f"NPI {f['npi']}"], size=9.8)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["kid"],
              service_dates=[start.isoformat()], denial_date=dt_l.isoformat(), provider=DOC,
              unscored=["insurer"], alternates={"provider": [DOC_BARE, EYE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_invoice_parent(r(1))
    return [
        Item(f"{FAMILY}_bd_two_page_digital_therapeutic_investigational", "born_digital", [doc_denial_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_stack_vendor_invoice_and_parent_letter_es", "fax_standard_g4", docs,
             separators=["cover", "duplex"], turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_eob_three_claims_vision_therapy_excluded", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_scan300_practice_statement_denied_sessions", "scan_clean_300", [doc_statement_scan(r(3))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_prose", "scan_lowres_150", [doc_upheld_lowres(r(4))]),
        Item(f"{FAMILY}_copy_strabismus_surgery_approved", "photocopy", [doc_approval_copy(r(5))]),
        Item(f"{FAMILY}_rotated_letter_of_medical_necessity", "rotated", [doc_lmn_rotated(r(6))]),
    ]
