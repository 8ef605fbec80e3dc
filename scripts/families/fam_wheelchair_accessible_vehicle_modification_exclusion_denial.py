"""Family 'wheelchair_accessible_vehicle_modification_exclusion_denial': an invented commercial plan (Brightwater
Mutual Health) refusing wheelchair-accessible vehicle modifications (a side-entry ramp conversion, a rear-entry
lift, hand controls and a transfer seat) because vehicle modifications are not durable medical equipment and are
excluded, with the conversion vendor's quote, an occupational therapist's letter and a Spanish member letter.
All fictional; phones use 555.

Documents:
- scan_denial: pre-service denial with facts in ruled boxes, captions over values (clean scan);
- bd_vendor_quote: the mobility vendor's itemized quote (denies nothing; VIN, sales tax, deposit; born digital);
- lowres_ot_letter: the driver-rehabilitation occupational therapist's letter to the plan, multi-line Re: block,
  told in sentences (denies nothing; 150 dpi);
- photo_es_letter: Spanish member letter refusing a rear-entry lift, Spanish labels and dates, the quoted amount
  as $21.480,00 in a sentence and as a plain figure in the label block (phone photo);
- copy_eob: EOB in a ruled table with three claims (evaluation paid, wheelchair repair paid with a (45.00)
  adjustment, the lift installation denied), remark legend (photocopy);
- faxs_appeal: first-level appeal upheld, dot-leader label block (standard fax);
- faxf_stack: a typed cover sheet, a denial of hand controls and a transfer seat with a blank separator after it,
  then the member's letter to the plan fed upside down (fine fax).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, pdf_bytes, truth
from kit_rounddf_famdfd import captions, fd, leader, pat, plus, re_block, usd

FAMILY = "wheelchair_accessible_vehicle_modification_exclusion_denial"
LANG = "en"
SEED = 350803
INS = "Brightwater Mutual Health"
INS_ADDR = "Utilization Review, 7740 Quarry Bend Parkway, Omaha, NE 68114"
PH = "1-555-602-3380"
VENDOR = "Keystone Mobility Conversions"
VENDOR_ADDR = "1188 Commerce Loop, Council Bluffs, IA 51501"
OT = ("Rhea Castellanos, OTR/L, CDRS", "Rhea Castellanos")
OT_PROGRAM = "Northfield Driver Rehabilitation Program"
EXCL = "Certificate of Coverage, Section 9.4(k) (Exclusions: vehicle and home modifications)"


def base(r: Rand, lang: str = "en") -> dict:
    d = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 80))
    street, city = r.address(lang)
    return dict(date=d, name=r.person(lang)[0], mid=pat(r, "BWM") + pat(r, "999999999"), grp=pat(r, "99999"),
                plan=pat(r, "BW-AA9"), dob=dt.date(r.randint(1960, 2001), r.randint(1, 12), r.randint(1, 28)),
                addr=[street, city], recv=plus(d, -r.randint(6, 15)))


def lh(d: Doc, size: float = 17):
    d.set_font("Helvetica", "B", size)
    d.set_text_color(0, 90, 110)
    d.cell(0, 8, INS.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, f"{INS_ADDR}  -  Member Services {PH}  -  TTY 711  -  brightwatermutual.example",
           new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(0, 90, 110)
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.2)
    d.ln(6)


def addr(d: Doc, lines: list[str], size: float = 10):
    d.set_font(d.base_font, "", size)
    for ln in lines:
        d.cell(0, size * 0.46, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def ids(b: dict, plan: bool = True) -> dict:
    return dict(insurer=INS, member_id=b["mid"], group_number=b["grp"], plan_id=b["plan"] if plan else None,
                member_name=b["name"])


def quote_total(r: Rand) -> tuple[list, float]:
    items = [("Side-entry lowered-floor conversion, 2025 minivan", float(r.randint(15800, 17900))),
             ("In-floor power ramp, 30 in. wide", float(r.randint(2900, 3600))),
             ("Kneeling system", float(r.randint(1100, 1500))),
             ("4-point wheelchair tie-down and occupant restraint", 685.5),
             ("Removable driver and passenger bases", 940.0)]
    return items, sum(v for _, v in items)


def doc_denial(r: Rand):
    b = base(r)
    ref = "UR-" + pat(r, "2699999")
    items, tot = quote_total(r)
    d = Doc("Helvetica", margins=(18, 14, 18), footer="BWM-UR-112 (03/26)    Page {p} of {n}")
    d.add_page()
    lh(d)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, fd(b["date"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    addr(d, [b["name"], *b["addr"]])
    d.set_font("Helvetica", "B", 13)
    d.cell(0, 7, "Coverage decision: not approved", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    captions(d, [("MEMBER NAME", b["name"], 64), ("MEMBER ID", b["mid"], 46), ("GROUP NO.", b["grp"], 32),
                 ("PLAN", b["plan"], 38)])
    captions(d, [("REFERENCE NUMBER", ref, 64), ("DATE OF BIRTH", fd(b["dob"], "ordinal"), 46),
                 ("REQUEST RECEIVED", fd(b["recv"], "dotabbr"), 70)])
    captions(d, [("ITEM REQUESTED", "Wheelchair-accessible van conversion with power ramp (T2039)", 122),
                 ("AMOUNT QUOTED", usd(tot), 58)])
    captions(d, [("SUPPLIER", VENDOR, 90), ("ORDERED BY", "Dr. Nadia Sorensen, PM&R", 90)])
    d.ln(4)
    d.para(f"We received a request to cover the conversion of your family's minivan by {VENDOR}, including a "
           "lowered floor, an in-floor power ramp, a kneeling system and wheelchair tie-downs. We reviewed the "
           "request, the vendor quote and the letter from your occupational therapist.", 10)
    d.para(f"We cannot approve it. A vehicle modification is not durable medical equipment: it is not primarily "
           f"medical in nature and is useful to people without an illness or injury. Your plan excludes vehicle "
           f"and home modifications ({EXCL}). This decision is based on your benefits, not on whether the "
           "conversion is medically appropriate for you.", 10)
    d.para("Your power wheelchair and its seating remain covered under your durable medical equipment benefit. "
           "Your state vocational rehabilitation agency or a Medicaid waiver program may help pay for vehicle "
           "modifications.", 10)
    d.set_font("Helvetica", "B", 10.5)
    d.cell(0, 6, "If you disagree", new_x="LMARGIN", new_y="NEXT")
    d.para(f"You or someone you name may appeal within 180 days of the date of this letter. Write to {INS} "
           f"Appeals, {INS_ADDR}, or call {PH}. An urgent appeal is decided within 72 hours. You may ask for free "
           "copies of the documents we used. After our final decision you may have a right to an external review.",
           9.5)
    t = truth("denial_letter", "not_covered", **ids(b), case_numbers=[ref], claim_amount=f"{tot:.2f}",
              denial_date=b["date"].isoformat(), provider=VENDOR, appeal_deadline=plus(b["date"], 180).isoformat(),
              alternates={"claim_amount": [None], "provider": ["Nadia Sorensen"]})
    return pdf_bytes(d), t


def doc_quote(r: Rand):
    b = base(r)
    q = "Q-" + pat(r, "26-99999")
    items, sub = quote_total(r)
    tax = round(sub * 0.0, 2)
    d = Doc("Helvetica", margins=(15, 12, 15), footer=f"{VENDOR}  |  Quote {q}  |  valid 60 days")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(15, 12, 186, 18, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 14)
    d.set_font("Helvetica", "B", 15)
    d.cell(110, 7, VENDOR)
    d.cell(0, 7, "SALES QUOTE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(18)
    d.set_font("Helvetica", "", 8)
    d.cell(0, 5, f"{VENDOR_ADDR}   Tel 712-555-{pat(r, '9999')}   FEIN {pat(r, '99-9999999')}   "
                 f"NMEDA QAP dealer", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(36)
    y = d.get_y()
    d.set_font("Helvetica", "B", 9)
    d.cell(0, 5, "Customer", new_x="LMARGIN", new_y="NEXT")
    addr(d, [b["name"], *b["addr"], f"Phone (555) 013-{pat(r, '9999')}"], 9.5)
    for i, (k, v) in enumerate([("Quote no.", q), ("Quote date", fd(b["date"], "nopad")),
                                ("Vehicle", "2025 minivan, VIN 2C4RC1" + pat(r, "A9AR999999")),
                                ("Insurance", INS), ("Member ID", b["mid"]), ("Prescriber", "Dr. Nadia Sorensen")]):
        d.set_xy(112, y + i * 5)
        d.set_font("Helvetica", "", 8.5)
        d.cell(24, 5, k)
        d.set_font("Helvetica", "B", 8.5)
        d.cell(0, 5, v)
    d.set_y(max(d.get_y(), y + 34))
    d.set_font("Helvetica", "B", 8.5)
    for h, w, a in [("Item", 14, "L"), ("Description", 122, "L"), ("Qty", 14, "C"), ("Amount", 36, "R")]:
        d.cell(w, 6, h, border="TB", align=a)
    d.ln(6.5)
    d.set_font("Helvetica", "", 9)
    for i, (desc, v) in enumerate(items, 1):
        d.cell(14, 5.6, f"{i:02d}")
        d.cell(122, 5.6, desc)
        d.cell(14, 5.6, "1", align="C")
        d.cell(36, 5.6, usd(v, "nosign"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for k, v, bold in [("Subtotal", usd(sub, "nosign"), False),
                       ("Sales tax (exempt, mobility equipment)", usd(tax, "nosign"), False),
                       ("Quote total", usd(sub, "usd_after"), True),
                       ("Deposit to schedule install", usd(2500, "whole"), False)]:
        d.set_font("Helvetica", "B" if bold else "", 9.5)
        d.cell(150, 5.8, k, align="R")
        d.cell(36, 5.8, v, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Install time about 10 business days after the vehicle and deposit are received. Most health plans do "
           "not cover vehicle conversions; we will send this quote and the therapist's evaluation to your plan "
           "on request. Financing and grant programs are available. Quote prices do not include the vehicle.", 8.8)
    d.para("Customer signature ____________________________   Date __________", 9)
    t = truth("other", None, member_id=b["mid"], member_name=b["name"], claim_amount=f"{sub:.2f}",
              denial_date=b["date"].isoformat(), provider=VENDOR, unscored=["insurer", "appeal_deadline"],
              alternates={"case_numbers": [[q]]})
    return pdf_bytes(d), t


def doc_ot_letter(r: Rand):
    b = base(r)
    ref = "UR-" + pat(r, "2699999")
    ev = plus(b["date"], -r.randint(20, 40))
    d = Doc("Times", margins=(25, 18, 25))
    d.add_page()
    d.set_font("Times", "B", 15)
    d.cell(0, 7, OT_PROGRAM, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9)
    d.cell(0, 4.5, "Harlan Memorial Rehabilitation Hospital, 300 Elm Terrace, Lincoln, NE 68508", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"Phone 402-555-{pat(r, '9999')}   Fax 402-555-{pat(r, '9999')}", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.para(fd(b["date"], "abbr"), 11)
    d.para(f"Appeals and Grievances\n{INS}\n{INS_ADDR}", 11)
    re_block(d, [f"Patient: {b['name']}", f"Member ID: {b['mid']}", f"Your reference: {ref}",
                 f"Date of driving evaluation: {fd(ev, 'slash')}"], 11, 10)
    d.para("To the appeals reviewer:", 11)
    d.para(f"I am the certified driver rehabilitation specialist who evaluated {b['name']} (date of birth "
           f"{fd(b['dob'], 'dmy2')}) at our program. The patient has a C6 incomplete spinal cord injury and uses a "
           "power wheelchair full time. The patient cannot transfer safely into a standard vehicle seat: two "
           "falls during transfers were documented last year, one with a hip fracture.", 11)
    d.para("Our clinical evaluation and on-road assessment found that the patient can travel safely only while "
           "seated in the power wheelchair, secured by a four-point tie-down, entering by a side ramp. A lift "
           "seat or transfer board is not an option. The patient's mother and caregiver, Ms. Inez Morrow, drives "
           "the patient to dialysis three times a week.", 11)
    d.para("I ask that you reconsider the denial of the ramp conversion. The equipment is prescribed for a "
           "medical reason, to make medical travel possible without injury. Our full evaluation report "
           f"(CPT 97165, 97530) is enclosed. My NPI is {r.npi()}.", 11)
    d.para(f"Sincerely,\n\n\n{OT[0]}\nDriver Rehabilitation Specialist", 11)
    t = truth("other", None, member_id=b["mid"], member_name=b["name"], case_numbers=[ref],
              denial_date=b["date"].isoformat(), provider=OT[1], unscored=["insurer", "appeal_deadline"],
              alternates={"service_dates": [[ev.isoformat()]], "provider": [OT_PROGRAM]})
    return pdf_bytes(d), t


def doc_es_letter(r: Rand):
    b = base(r, "es")
    ref = "UR-" + pat(r, "2699999")
    amt = float(r.randint(18400, 23900))
    d = Doc("Helvetica", margins=(20, 16, 20), footer="BWM-UR-112-SP (03/26)")
    d.add_page()
    lh(d, 15)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, fd(b["date"], "es"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    addr(d, [b["name"], *b["addr"]])
    d.set_font("Helvetica", "B", 12.5)
    d.cell(0, 7, "Aviso de denegación de cobertura", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    for k, v in [("Afiliado(a)", b["name"]), ("Número de afiliado", b["mid"]), ("Número de grupo", b["grp"]),
                 ("Plan", b["plan"]), ("Número de referencia", ref),
                 ("Fecha de nacimiento", fd(b["dob"], "es_abbr")),
                 ("Solicitud recibida", fd(b["recv"], "es_abbr")),
                 ("Artículo solicitado", "Elevador de plataforma trasero para silla de ruedas"),
                 ("Proveedor", VENDOR), ("Importe cotizado (USD)", f"{amt:.2f}")]:
        d.set_font("Helvetica", "", 9.5)
        d.cell(50, 5.4, k + ":")
        d.set_font("Helvetica", "B", 9.5)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Recibimos la solicitud para cubrir la instalación de un elevador de plataforma en la parte trasera de "
           f"su camioneta, según el presupuesto de {VENDOR} por {usd(amt, 'es')}. No podemos aprobarla.", 10)
    d.para("Motivo: las modificaciones de vehículos no son equipo médico duradero. Un elevador para vehículo no "
           "es principalmente de uso médico y su plan las excluye (Certificado de Cobertura, Sección 9.4(k)). "
           "Su silla de ruedas eléctrica sigue cubierta.", 10)
    d.set_font("Helvetica", "B", 10.5)
    d.cell(0, 6, "Su derecho a apelar", new_x="LMARGIN", new_y="NEXT")
    d.para(f"Usted, su representante o su médico pueden apelar dentro de 180 días a partir de la fecha de esta "
           f"carta. Escriba a {INS}, Apelaciones, {INS_ADDR}, o llame al {PH} (TTY 711). Si la espera pone en "
           "riesgo su salud, pida una apelación urgente: decidiremos en 72 horas. Después de nuestra decisión "
           "final puede pedir una revisión externa independiente dentro de 4 meses.", 9.5)
    d.para("Su hijo Mauricio figura como persona de contacto autorizada en su expediente.", 9.5)
    t = truth("denial_letter", "not_covered", lang="es", **ids(b), case_numbers=[ref], claim_amount=f"{amt:.2f}",
              denial_date=b["date"].isoformat(), provider=VENDOR, appeal_deadline=plus(b["date"], 180).isoformat(),
              alternates={"claim_amount": [None]})
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    b = base(r)
    d = Doc("Helvetica", margins=(12, 12, 12), footer="Explanation of Benefits - keep for your records")
    d.add_page("L")
    lh(d, 14)
    d.set_font("Helvetica", "B", 12)
    d.cell(0, 6, "EXPLANATION OF BENEFITS (THIS IS NOT A BILL)", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    for a, v1, c, v2, e, v3 in [("Member:", b["name"], "Member ID:", b["mid"], "Issued:", fd(b["date"], "dash")),
                                ("Subscriber:", "same as member", "Group:", b["grp"], "Plan:", b["plan"])]:
        for lab, val, w in [(a, v1, 70), (c, v2, 70), (e, v3, 0)]:
            d.set_font("Helvetica", "", 9)
            d.cell(22, 5, lab)
            d.set_font("Helvetica", "B", 9)
            d.cell(w - 22 if w else 0, 5, val, new_x="RIGHT" if w else "LMARGIN", new_y="TOP" if w else "NEXT")
    d.ln(4)
    dos0 = plus(b["date"], -r.randint(30, 50))
    c1, c2, c3 = float(r.randint(240, 390)), float(r.randint(410, 780)) + 0.5, float(r.randint(8900, 12400))
    cl = [pat(r, "E26-99999999") for _ in range(3)]
    rows = [
        [cl[0], OT_PROGRAM, fd(dos0, "slash"), "97165 Driver rehab eval", usd(c1, "nosign"),
         usd(c1 * 0.7, "nosign"), usd(c1 * 0.56, "nosign"), usd(c1 * 0.14, "nosign"), "A1"],
        [cl[1], "Plainsview Medical Supply", fd(plus(dos0, 6), "slash"), "K0108 Wheelchair repair", usd(c2, "nosign"),
         usd(c2 * 0.8, "nosign"), usd(c2 * 0.64, "nosign"), usd(c2 * 0.16, "nosign"), "A1"],
        ["", "", "", "Adjustment, prior claim", "", "", "(45.00)", "", "B9"],
        [cl[2], VENDOR, fd(plus(dos0, 12), "slash"), "T2039 Vehicle lift install", usd(c3, "nosign"), "0.00", "0.00",
         usd(c3, "nosign"), "X22"],
        ["TOTAL", "", "", "", usd(c1 + c2 + c3, "nosign"), "", usd(c1 * 0.56 + c2 * 0.64 - 45, "nosign"), "", ""]]
    w = [28, 48, 24, 46, 24, 22, 22, 24, 16]
    d.set_font("Helvetica", "B", 8)
    for h, ww in zip(["Claim no.", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid",
                      "You owe", "Code"], w):
        d.cell(ww, 6, h, border=1, align="C")
    d.ln(6)
    for i, row in enumerate(rows):
        d.set_font("Helvetica", "B" if i == len(rows) - 1 else "", 8)
        for j, (c, ww) in enumerate(zip(row, w)):
            d.cell(ww, 5.4, c, border=1, align="R" if 4 <= j <= 7 else "L")
        d.ln(5.4)
    d.ln(3)
    d.set_font("Helvetica", "B", 8.5)
    d.cell(0, 5, "What the codes mean", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    for c, tx in [("A1", "Paid at the network rate after deductible and coinsurance."),
                  ("B9", "We recovered an overpayment on an earlier claim; the amount is subtracted from this payment."),
                  ("X22", "Not covered. Vehicle modifications, lifts and ramps are excluded under your plan; they are "
                          "not durable medical equipment. You may be billed the full amount.")]:
        d.cell(12, 4.3, c)
        d.multi_cell(0, 4.3, tx, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Deductible for plan year 2026: {usd(1750, 'whole')} of {usd(3000, 'whole')} met. To appeal a claim, "
           "contact us within 180 days of the date of this statement.", 8.5)
    t = truth("eob", "not_covered", **ids(b), case_numbers=[cl[2]], claim_amount=f"{c3:.2f}",
              service_dates=[plus(dos0, 12).isoformat()], denial_date=b["date"].isoformat(), provider=VENDOR,
              appeal_deadline=plus(b["date"], 180).isoformat())
    return pdf_bytes(d), t


def doc_appeal(r: Rand):
    b = base(r)
    apl = "APL" + pat(r, "9999999")
    ref = "UR-" + pat(r, "2599999")
    d = Doc("Times", margins=(22, 16, 22), footer="BWM-APL-2 upheld")
    d.add_page()
    lh(d, 15)
    d.para(fd(b["date"], "slash"), 11)
    addr(d, [b["name"], *b["addr"]], 10.5)
    d.set_font("Times", "B", 13)
    d.cell(0, 7, "Appeal Decision - Original Denial Upheld", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for k, v in [("Member", b["name"]), ("Member ID", b["mid"]), ("Group", b["grp"]), ("Appeal number", apl),
                 ("Original reference", ref), ("Appeal received", fd(plus(b["date"], -r.randint(18, 28)), "ordinal")),
                 ("Filed by", "Member's spouse, Arlen (authorized representative)"),
                 ("Service", "Wheelchair-accessible vehicle ramp conversion"), ("Vendor", VENDOR)]:
        leader(d, k, v, w=58, size=10.5)
    d.ln(3)
    d.para("A benefits specialist and a physician who were not involved in the first decision reviewed your "
           "appeal, the letter from your occupational therapist and the vendor quote. We understand that the "
           "conversion would let you travel to medical appointments in your wheelchair.", 10.8)
    d.para(f"Decision: we uphold the denial. Vehicle modifications are excluded under {EXCL}. The exclusion "
           "applies even when a clinician recommends the modification, because a vehicle is not medical "
           "equipment.", 10.8)
    d.para(f"Next steps: you may ask for a second-level appeal within 60 days of the date of this letter, or "
           f"request an external review within 4 months. Call {PH} (TTY 711) with questions.", 10.8)
    t = truth("denial_letter", "not_covered", **ids(b, plan=False), case_numbers=[apl, ref],
              denial_date=b["date"].isoformat(), provider=VENDOR, appeal_deadline=plus(b["date"], 60).isoformat(),
              alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


def doc_stack(r: Rand):
    b = base(r)
    ref = "UR-" + pat(r, "2699999")
    amt = float(r.randint(3100, 4800)) + 0.5
    d = Doc("Helvetica", margins=(18, 14, 18), footer="BWM-UR-112 (03/26)")
    d.add_page()
    lh(d, 14)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, "Date of notice: " + fd(b["date"], "nopad"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    addr(d, [b["name"], *b["addr"]])
    d.set_font("Helvetica", "B", 12)
    d.cell(0, 7, "We are not able to cover this request", new_x="LMARGIN", new_y="NEXT")
    captions(d, [("Member", b["name"], 60), ("ID number", b["mid"], 46), ("Group", b["grp"], 30),
                 ("Reference", ref, 44)], size=9.5)
    captions(d, [("Requested", "Hand controls (push-rock) and 6-way power transfer seat", 120),
                 ("Billed on quote", usd(amt, "space"), 60)], size=9.5)
    d.ln(3)
    d.para(f"{VENDOR} asked us to cover hand controls and a power transfer seat for your car. These are vehicle "
           f"modifications, which your plan does not cover ({EXCL}). They are not durable medical equipment.", 10)
    d.para(f"You may appeal within 180 days of the date of this letter by writing to {INS} Appeals, "
           f"{INS_ADDR}. External review may be available after our final decision.", 9.8)
    t1 = truth("denial_letter", "not_covered", **ids(b, plan=False), case_numbers=[ref], claim_amount=f"{amt:.2f}",
               denial_date=b["date"].isoformat(), provider=VENDOR, appeal_deadline=plus(b["date"], 180).isoformat(),
               alternates={"claim_amount": [None]})
    e = Doc("Times", margins=(26, 22, 26))
    e.add_page()
    ld = plus(b["date"], r.randint(9, 21))
    e.para(f"{b['name']}\n" + "\n".join(b["addr"]), 11)
    e.para(fd(ld, "long"), 11)
    e.para(f"{INS} Appeals\n{INS_ADDR}", 11)
    e.para(f"Re: reference {ref}, member ID {b['mid']}", 11)
    e.para("I am writing about your letter refusing hand controls and a transfer seat. I am a paraplegic after a "
           "work accident and I cannot drive to my physical therapy or my urologist without them. My brother "
           "Lewis drives me now, but he is moving away this summer. Please tell me what I need to send for an "
           "appeal and whether a doctor's letter would help.", 11)
    e.para("Thank you,\n\n" + b["name"] + f"\nPhone (555) 017-{pat(r, '9999')}", 11)
    t2 = truth("other", None, member_id=b["mid"], member_name=b["name"], case_numbers=[ref],
               denial_date=ld.isoformat(), insurer=INS, unscored=["appeal_deadline", "provider"],
               alternates={"denial_date": [None], "insurer": [None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(rng.randint(0, 10 ** 9))
    p = FAMILY + "_"
    return [Item(p + "scan_denial", "scan_clean_300", [doc_denial(r)]),
            Item(p + "bd_vendor_quote", "born_digital", [doc_quote(r)]),
            Item(p + "lowres_ot_letter", "scan_lowres_150", [doc_ot_letter(r)]),
            Item(p + "photo_es_letter", "phone_photo", [doc_es_letter(r)]),
            Item(p + "copy_eob", "photocopy", [doc_eob(r)]),
            Item(p + "faxs_appeal", "fax_standard_g4", [doc_appeal(r)]),
            Item(p + "faxf_stack", "fax_fine_g4", doc_stack(r), separators=["cover", "blank"],
                 turns={(1, 0): 180})]
