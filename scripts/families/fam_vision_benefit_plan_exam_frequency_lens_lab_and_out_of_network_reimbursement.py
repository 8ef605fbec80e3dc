"""An invented vision benefit plan, Tidewick Vision Benefits, paying routine eye exams once every 12 months, lenses and
frames or contact lenses up to allowances, out-of-network purchases through a reimbursement form, and lenses only
when a contracted lab makes them; papers to members, parents and an optometry practice (Wyndale Family Eyecare) paid
through its billing service (Brightrow Optometric Billing). CPT codes (92004, 92014, 92015, 92310) and HCPCS V codes
(V2020, V2103, V2203, V2715, V2744, V2750, V2781, V2500) appear as themselves; the plan, its allowances, frequency
rules, remark codes (A1, R12, C3), its 180-day form limit and every other time limit, every practice, optical shop,
lab, billing service, employer, trust, person, number and address are invented; phones use 555. No heading names the
kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_landscape_payment_register_second_exam_within_12_months: a landscape provider payment register on a
  standard fax to the practice's billing service (short captions left of and under boxes: "Reg Dt", "Payee",
  "Prov #", "Chk/EFT", "Amt Pd"), four patients' claims with a "Dr" column, claim totals and a grand total; the
  third patient's exam and refraction pay 0.00 under R12 (an exam already paid within 12 months; legend only;
  not_covered, other accepted); "within 60 days of the Reg Dt".
- born_digital_reimbursement_statement_vancouver_glasses_form_after_180_days: a reimbursement statement with a
  facts box at the left (vision ID in groups, group, plan, form received): contacts bought online paid at the
  out-of-network allowance, glasses bought at a Vancouver, BC shop on "Friday, January 9, 2026" for "CAD 642.00"
  (USD 468.66) refused because the form came more than 180 days after the purchase (timely_filing); the
  subscriber as a decoy beside the patient; "You have until <date>".
- lowres_letter_practice_lenses_from_outside_lab: a 150 dpi letter to the practice with odd captions under boxes
  ("Ltr Dt", "Pt", "Vis ID", "Clm" with a B among digits, "Lab ord #", "Ordered"): progressive lenses and coatings
  made by a lab with no contract are not paid, the frame from the office is (out_of_network); money without "$";
  the order date as "Wed 05/13/26"; "within 30 days of the Ltr Dt".
- photocopy_retiree_contacts_not_medically_necessary: a photocopied letter to a retiree with the vision ID beside a
  Medicare number and a prescription grid: contacts fitted and dispensed "from March 4 through March 9, 2026" are
  paid only under the elective allowance because glasses correct to 20/25 (medical_necessity); the unpaid part in
  parentheses; the optometrist only in a sentence; "by June 30, 2026".
- phone_es_carta_lentes_nino_cobertura_terminada: a photographed Spanish letter to a father on his son's glasses
  ordered "12-may-2026" after the father's job and coverage ended (eligibility); "US$ 286,00 ($286.00)" in a
  sentence; "a más tardar el ...".
- rotated_paid_member_statement_exam_and_glasses: a member statement with ISO dates and "USD" amounts, everything
  within the allowances, fed sideways or upside down (denies nothing).
- finefax_stack_practice_cover_letter_then_prism_lenses_no_approval_sideways: a fax cover sheet, the practice's
  letter forwarding the plan's letter to the member (refuses nothing itself; the amount in a sentence), then
  sideways the plan's letter: prism lenses ordered "4-9 Mar 2026" before anyone asked the plan to approve them
  (prior_authorization); "within 90 days of the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famge import (ECSheet, dayname, es_date, es_money, n2, neg, people, phone, sl, span_dmy,
                               span_words, upper_name, wa_address, wday, workday)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "vision_benefit_plan_exam_frequency_lens_lab_and_out_of_network_reimbursement"
LANG = "en"
SEED = 355024
INS = "Tidewick Vision Benefits"
ALT = ["Tidewick Vision", "Tidewick", "Tidewick Vision Benefits, Inc."]
PRACTICE = "Wyndale Family Eyecare"
BILLER = "Brightrow Optometric Billing"
OUT_LAB = "Duckabush Optical Laboratory"
SHOP_BC = "Salal Cove Opticians"
SHOP_ES = "Cedar Loop Optical"
GROUP_A = "Wynoochee Freight Lines"
TRUST = "Harbor Bluff Retired Employees Trust"


def vid(rng) -> tuple[str, str]:
    """A vision ID as printed in groups (TW 482 051 773) and as the truth has it."""
    s = f"TW {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return s, s.replace(" ", "")


def claim(rng, letter: str | None = None) -> str:
    return f"V26{letter or rng.choice('ACDEFHK')}{digits(rng, 7)}"


def grp(rng) -> str:
    return f"{rng.randint(60, 89)}{digits(rng, 3)}"


def _head(p, rng, unit: str, box: str | None = None):
    p.head(INS, "TVB", [f"{unit}  |  PO Box {rng.randint(3000, 3999)}, Tacoma WA 98401  |  "
                        f"1-877-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def faxstd_register(rng):
    pts = people(rng, 4)
    drs = people(rng, 2)
    rd = workday(dt.date(2026, 5, rng.randint(11, 22)))
    W = 279.4 - 24
    fax = f"{rd.strftime('%b %d %Y').upper()} 14:{rng.randint(10, 59)}  TIDEWICK PROV SVCS  {phone(rng, '253')}  P{{n}}"
    p = ECSheet(footer="Page {n} of {nb}", footer_left="TVB-PR-3", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Services")
    p.title_bar("PROVIDER PAYMENT REGISTER")
    claims, deny = [], None
    plan_lines = [
        [("92014", "Exam, est. patient", 0, 168.00, 92.00, 10.00), ("V2203", "Lenses, bifocal", 0, 210.00, 96.00, 25.00),
         ("V2020", "Frame", 0, 189.00, 150.00, 0.00)],
        [("92310", "Contact lens fitting", 0, 95.00, 55.00, 0.00), ("V2500", "Contacts (box)", 0, 164.00, 150.00, 0.0)],
        None,
        [("92004", "Exam, new patient", 1, 196.00, 104.00, 10.00)],
    ]
    for i, nm in enumerate(pts):
        shown, mid = vid(rng)
        cl = claim(rng, "S" if i == 2 else None)
        dr = drs[1] if i == 2 else drs[i % 2]
        dos = dt.date(2026, 4, rng.randint(6, 28))
        lines = []
        if plan_lines[i] is None:
            billed = [172.00, 58.00]
            for (code, desc), b in zip([("92014", "Exam, est. patient"), ("92015", "Refraction")], billed):
                lines.append([sl(dos), f"{code} {desc}", f"{dr}, OD", b, 0.0, 0.0, 0.0, "R12"])
            deny = (nm, mid, cl, dos, round(sum(billed), 2), dr)
        else:
            for code, desc, _, b, allow, copay in plan_lines[i]:
                paid = round(allow - copay, 2)
                owe = round(b - allow + copay, 2)
                lines.append([sl(dos), f"{code} {desc}", f"{drs[i % 2]}, OD", b, allow, paid, owe, "A1"])
        claims.append({"first": [upper_name(nm), mid, cl], "lines": lines})
    paid = sum(ln[5] for c in claims for ln in c["lines"])
    p.capcells([("Reg Dt", sl(rd), 40, "L"), ("Payee", BILLER, 78, "B"), ("Prov #", digits(rng, 7), 36, "B"),
                ("Chk/EFT", f"EFT {digits(rng, 10)}", 52, "B"), ("Amt Pd", f"$****{n2(paid)}", W - 206, "B")])
    tot = p.claims_table(["Patient", "Mbr ID", "Clm #", "DOS", "Service", "Dr", "Chgd", "Allowed", "Plan Pd",
                          "Pt Owes", "Rmk"], claims, [40, 24, 25, 16, 36, 36, 17, 17, 17, 17, W - 245], size=6.9,
                         sub_label="Clm total")
    p.para(f"**Rmk.** A1: paid at the plan allowance less the member's copay; the rest is the member's. R12: the plan "
           "pays one routine exam and refraction in 12 months, and one was already paid for this member on 01/22/26 "
           "at another practice, so this exam is not paid. The member may be billed for it only if they agreed in "
           "writing before the exam.", 7.8)
    p.para("To send a corrected claim or to ask for a review, write within 60 days of the Reg Dt.", 7.8)
    nm, mid, cl, dos, billed, dr = deny
    t = truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=nm, cases=[cl],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=dr,
              appeal_deadline=plus(rd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE]}, denial_alternates=["other"])
    return out(p), t


def bd_reimbursement(rng):
    sub, patient, sig = people(rng, 3)
    shown, mid = vid(rng)
    g = grp(rng)
    plan = "TVB-1224"
    bought = dt.date(2026, 1, 9)
    online = dt.date(2026, 6, rng.randint(2, 20))
    rcvd = dt.date(2026, 8, 3)
    sd = workday(plus(rcvd, rng.randint(9, 14)))
    dl = workday(plus(sd, 60))
    c1, c2 = claim(rng), claim(rng)
    cad, usd = 642.00, 468.66
    ct = 119.00
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Member Services - Reimbursement Claims", box="REIMBURSEMENT STATEMENT")
    for ln in [sub, *wa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    side = [("Vision ID", shown), ("Group", g), ("Employer", GROUP_A), ("Plan", plan), ("Subscriber", sub),
            ("Patient", f"{patient} (spouse)"), ("Form received", fdate(rcvd, "slash")),
            ("Statement date", fdate(sd, "slash"))]
    paras = [
        f"We received the reimbursement form you sent for {patient}, with two receipts. We made a claim of each "
        "receipt. Out-of-network purchases are paid up to the amounts in your plan's schedule, and the form must "
        "reach us within 180 days of the purchase.",
        f"**Claim {c1}.** Contact lenses bought online on {fdate(online, 'long')}: we paid up to the out-of-network "
        "contact lens amount. The check is enclosed.",
        f"**Claim {c2}.** Glasses bought at {SHOP_BC} in Vancouver, British Columbia, on {wday(bought)}. The shop "
        f"charged CAD {n2(cad)}, which was USD {n2(usd)} on the date of your card statement. The purchase was "
        "more than 180 days before the form reached us, so we cannot pay it.",
    ]
    p.two_col(side, paras, side_w=56, size=9.2, title="Your plan")
    rows = [[c1, fdate(online, "slash"), "online retailer", "V2500 contacts", "USD 146.00", "146.00", n2(ct),
             n2(ct), "Paid"],
            [c2, fdate(bought, "slash"), SHOP_BC, "V2020 frame", "CAD 274.00", "200.02", "0.00", "0.00", "C3"],
            ["", fdate(bought, "slash"), SHOP_BC, "V2203 lenses", "CAD 368.00", "268.64", "0.00", "0.00", "C3"],
            ["Totals", "", "", "", "", n2(146.00 + usd), n2(ct), n2(ct), ""]]
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim", "Bought", "From", "Item", "You paid", "In USD", "Plan amount", "We paid", "Note"], rows,
            [25, 19, 34, 24, 21, 16, 17, 15, W - 171], size=7.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** C3: the form came more than 180 days after the purchase. If you sent an earlier form for these "
           "glasses, send us a copy or its mailing receipt.", 8.8)
    p.para(f"You have until {fdate(dl, 'long')} to ask us to look at claim {c2} again. Write to the address above or "
           "call Member Services.", 8.8)
    t = truth("eob", "timely_filing", insurer=INS, plan_id=plan, group=g, member_id=mid, member_name=patient,
              cases=[c2], claim_amount=m2(usd), service_dates=[bought.isoformat()], denial_date=sd.isoformat(),
              provider=SHOP_BC, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(cad)]}, type_alternates=["denial_letter"])
    return out(p), t


def lowres_lab(rng):
    patient, dr, sig = people(rng, 3)
    shown, mid = vid(rng)
    cl = claim(rng, "B")
    ordered = dt.date(2026, 5, 13)
    ld = workday(dt.date(2026, 6, rng.randint(8, 19)))
    order_no = f"DOL-{digits(rng, 6)}"
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Provider Services")
    for ln in [PRACTICE, "Attn: Optical / Billing", *wa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", fdate(ld, "slash"), 28, "B"), ("Pt", patient, 50, "B"), ("Vis ID", mid, 34, "B"),
                ("Clm", cl, 34, "B"), ("Lab ord #", order_no, W - 146, "B")], cap=6.0)
    p.capcells([("Ordered", dayname(ordered), 40, "B"), ("Lab", OUT_LAB, 80, "B"),
                ("Plan", "TVB-1224", W - 120, "B")], cap=6.0)
    lines = [("V2020", "Frame (office stock)", 176.00, 150.00, 150.00),
             ("V2781", "Progressive lenses, pair", 318.00, 0.0, 0.0),
             ("V2750", "Anti-reflective coating", 96.00, 0.0, 0.0),
             ("V2744", "Photochromic", 88.00, 0.0, 0.0)]
    rows, tot = [], [0.0, 0.0, 0.0]
    for code, desc, b, al, pd in lines:
        rows.append([code, desc, n2(b), n2(al), n2(pd), "paid" if pd else "not paid"])
        tot = [tot[0] + b, tot[1] + al, tot[2] + pd]
    rows.append(["", "Total", n2(tot[0]), n2(tot[1]), n2(tot[2]), ""])
    p.para("To the optical and billing staff:", 10)
    p.para(f"Dr. {dr} ordered glasses for {patient} on the date shown. The frame came from your office and we paid "
           f"it. The lenses were made by {OUT_LAB}.", 10)
    p.table(["Code", "Item", "Billed", "Allowed", "Paid", ""], rows, [18, 52, 24, 24, 24, W - 142], size=8.2,
            aligns=["L", "L", "R", "R", "R", "L"], bold_last=True)
    p.para(f"We do not pay for lenses made by a lab that has no contract with us, and {OUT_LAB} has none. The "
           "lenses and their coatings on this claim are therefore not paid, and the member may not be billed for "
           "them under your agreement with us. Lenses ordered through one of our contracted labs are paid at the "
           "plan's amounts.", 10)
    p.para("If the lab order was sent to a contracted lab and passed on by it, send us the order record within "
           "30 days of the Ltr Dt and we will look at the claim again.", 10)
    p.para(f"{sig}\nProvider Services", 10)
    lens = round(sum(x[2] for x in lines[1:]), 2)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id="TVB-1224", member_id=mid,
              member_name=patient, cases=[cl], claim_amount=m2(tot[0]), service_dates=[ordered.isoformat()],
              denial_date=ld.isoformat(), provider=PRACTICE, appeal_deadline=plus(ld, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [dr], "claim_amount": [m2(lens)], "plan_id": [None]})
    return out(p), t


def photocopy_contacts(rng):
    member, dr, sig = people(rng, 3)
    shown, mid = vid(rng)
    g = grp(rng)
    medicare = f"{rng.randint(1, 9)}EG{digits(rng, 1)}-T{digits(rng, 2)}-MK{digits(rng, 2)}"
    a, b = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    nd = workday(dt.date(2026, 4, rng.randint(13, 24)))
    dl = dt.date(2026, 6, 30)
    cl = claim(rng)
    p = ECSheet(footer="Page {n} of {nb}", corner=f"Claim {cl}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Member Services")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.beside([[("Vision ID", shown), ("Medicare no.", medicare)],
              [("Group", f"{g} - {TRUST}"), ("Plan", "TVB-R12")]], cap_w=24, size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {dr} of {PRACTICE} fitted you for contact lenses and gave you the lenses {span_words(a, b)}, and "
           "asked us to pay for them as medically necessary contacts.", 10)
    p.rx_grid("Glasses prescription sent with the claim", [("OD", "-3.25", "-0.75", "170", "", ""),
                                                          ("OS", "-4.50", "-0.50", "005", "", "")])
    rows = [[fdate(a, "slash"), "92310 fitting", "95.00", "55.00", "55.00", neg(40.00, "paren")],
            [fdate(b, "slash"), "V2500 lenses", "276.00", "95.00", "95.00", neg(181.00, "paren")],
            ["Total", "", "371.00", "150.00", "150.00", neg(221.00, "paren")]]
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "Billed", "Allowed", "Paid", "Yours"], rows, [26, 44, 26, 26, 26, W - 148],
            size=8.2, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("We paid these lenses under your elective contact lens amount of $150.00, not as medically necessary "
           "lenses. The plan pays contacts in full as medically necessary only when glasses cannot give sight of "
           "20/40 or better, or when the prescriptions of the two eyes differ by 3.00 or more. With the "
           "prescription above your glasses give 20/25 in each eye, and the two eyes differ by 1.25, so the lenses "
           "are not needed to see well. The part in parentheses is yours to pay.", 10)
    p.para(f"If you or Dr. {dr.split()[-1]} have records we did not see, please write to us by "
           f"{fdate(dl, 'long')}.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id="TVB-R12", group=g, member_id=mid,
              member_name=member, cases=[cl], claim_amount=m2(371.00),
              service_dates=[a.isoformat(), b.isoformat()], denial_date=nd.isoformat(), provider=dr,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "claim_amount": [m2(221.00)],
                          "service_dates": [[f"{a.isoformat()}/{b.isoformat()}"]]})
    return out(p), t


def phone_es(rng):
    male = {"Anacleto", "Crisanto", "Efraín", "Gumersindo", "Isidro", "Leobardo"}
    while True:
        father, son, sig = people(rng, 3, es=True)
        if father.split()[0] in male and son.split()[0] in male:
            break
    shown, mid = vid(rng)
    g = grp(rng)
    ended = dt.date(2026, 4, 30)
    ordered = dt.date(2026, 5, 12)
    nd = workday(dt.date(2026, 6, rng.randint(1, 10)))
    dl = dt.date(2026, 8, 14)
    cl = claim(rng)
    amt = 286.00
    p = ECSheet(footer="Página {n} de {nb}", corner=f"Reclamo {cl}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "TVB", ["Servicios para Miembros  |  Beneficios de la vista",
                        f"PO Box {rng.randint(3000, 3999)}, Tacoma WA 98401  |  1-877-555-{digits(rng, 4)}"],
           size=12.5)
    p.para(es_date(nd), 10)
    for ln in [father, *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Paciente", son), ("Núm. de miembro", shown), ("Grupo", g)],
            [("Reclamo", cl), ("Pedido de lentes", f"{ordered.day:02d}-may-{ordered.year}"),
             ("Óptica", SHOP_ES)]], size=8.8)
    p.para(f"Estimado(a) {father}:", 10)
    p.para(f"{SHOP_ES} nos envió la cuenta de los anteojos de su hijo {son}: armazón y lentes por {es_money(amt)} "
           f"(${n2(amt)}). Los anteojos se pidieron el {es_date(ordered)}.", 10)
    p.para(f"No podemos pagar esta cuenta. Su empleador nos informó que su empleo terminó y que la cobertura de la "
           f"vista de usted y de su familia terminó el {es_date(ended)}. Los anteojos se pidieron después de esa "
           "fecha, cuando su hijo ya no tenía cobertura con nosotros.", 10)
    p.para(f"Si su cobertura continuó por otra vía, envíenos la prueba a más tardar el {es_date(dl)} y revisaremos "
           "el reclamo.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=g, member_id=mid, member_name=son, cases=[cl],
              claim_amount=m2(amt), service_dates=[ordered.isoformat()], denial_date=nd.isoformat(),
              provider=SHOP_ES, appeal_deadline=dl.isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_paid(rng):
    member, dr = people(rng, 2)
    shown, mid = vid(rng)
    g = grp(rng)
    sd = workday(dt.date(2026, 5, rng.randint(18, 29)))
    dos = workday(dt.date(2026, 4, rng.randint(6, 27)))
    cl = claim(rng)
    lines = [("92014", "Eye exam", 172.00, 92.00, 10.00), ("V2103", "Single vision lenses", 140.00, 82.00, 25.00),
             ("V2020", "Frame", 138.00, 138.00, 0.00)]
    rows, tot = [], [0.0] * 4
    for code, desc, b, al, cp in lines:
        pd = round(al - cp, 2)
        disc = round(b - al, 2)
        rows.append([dos.isoformat(), code, desc, f"USD {n2(b)}", neg(disc, "paren"), f"USD {n2(pd)}",
                     f"USD {n2(cp)}"])
        tot = [tot[0] + b, tot[1] + disc, tot[2] + pd, tot[3] + cp]
    rows.append(["Totals", "", "", f"USD {n2(tot[0])}", neg(tot[1], "paren"), f"USD {n2(tot[2])}",
                 f"USD {n2(tot[3])}"])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Member Services", box="MEMBER STATEMENT")
    p.addr_pair("Member", [member, *wa_address(rng)], "Your plan",
                [f"Vision ID {shown}", f"Group {g}", "Plan TVB-1224", f"Statement date {sd.isoformat()}"])
    p.memo([("Claim:", cl), ("Provider:", f"{PRACTICE} - Dr. {dr}, OD"), ("Visit:", dos.isoformat())], size=9)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Network discount", "Plan paid", "Your copay"], rows,
            [22, 16, 46, 24, 26, 24, W - 158], size=8.0, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"Your exam, lenses and frame were within your plan's amounts. We paid {PRACTICE} directly. You pay only "
           "your copays shown above. Your next exam and lenses can be paid 12 months after this visit, your next "
           "frame after 24 months.", 9.4)
    t = truth("eob", None, insurer=INS, plan_id="TVB-1224", group=g, member_id=mid, member_name=member, cases=[cl],
              claim_amount=m2(tot[0]), service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=PRACTICE,
              alternates={"insurer": ALT, "provider": [dr]}, type_alternates=["other"])
    return out(p), t


def finefax_stack(rng):
    member, dr, mgr, sig = people(rng, 4)
    shown, mid = vid(rng)
    g = grp(rng)
    a, b = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    nd = workday(dt.date(2026, 4, rng.randint(6, 15)))
    cov = workday(plus(nd, rng.randint(4, 7)))
    cl = claim(rng, "O")
    prism = 148.00
    total = 148.00 + 212.00
    # the practice's cover letter
    p = ECSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Optical & Billing Office  |  {rng.randint(100, 990)} N Pearl St, Centralia WA 98531  |  "
                 f"{phone(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.para(fdate(cov, "abbr"), 10)
    home = wa_address(rng)
    for ln in [member, *home]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Re: your glasses with prism - Tidewick claim {cl}", 10, gap=3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Enclosed is the letter Tidewick Vision Benefits sent you and us about the glasses Dr. {dr} ordered for "
           f"you in March. Tidewick paid the lenses but not the prism ground into them, ${n2(prism)}, because the "
           "approval request for the prism had not reached them before the order went to the lab.", 10)
    p.para("That delay was ours, and we are asking Tidewick to look at it again with the records showing your double "
           "vision. Please do not pay the prism charge while this is under review; we will write to you when we "
           "hear back.", 10)
    p.para(f"Sincerely,\n{mgr}\nOffice Manager", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_name=member, cases=[cl], claim_amount=m2(prism),
                         denial_date=cov.isoformat(), provider=PRACTICE, unscored=["insurer"],
                         alternates={"provider": [dr], "case_numbers": [[]], "claim_amount": [None]}))
    # the plan's letter, fed sideways
    q = ECSheet(footer="Page {n} of {nb}", corner=f"Claim {cl}")
    q.set_margins(18, 15, 18)
    q.add_page()
    _head(q, rng, "Member Services")
    q.para(fdate(nd, "dmy"), 10)
    for ln in [member, *home]:
        q.line(ln, 10)
    q.para(f"cc: {PRACTICE}", 8.6)
    q.ln(1)
    q.idstrip([("Vision ID", shown), ("Group", g), ("Plan", "TVB-1224"), ("Claim", cl)], size=8.8)
    q.para(f"Dear {member}:", 10)
    q.para(f"Dr. {dr} examined you and ordered new glasses {span_dmy(a, b)}: the exam on {fdate(a, 'long')} and "
           f"the order to the lab on {fdate(b, 'long')}. The lenses have prism to help with double vision.", 10)
    rows = [[a.isoformat(), "V2103 single vision lenses", "212.00", "paid"],
            [b.isoformat(), "V2715 prism, per lens (2)", "148.00", "not paid"],
            ["", "Total billed", n2(total), ""]]
    W = q.w - q.l_margin - q.r_margin
    q.table(["Date", "Item", "Billed", ""], rows, [26, 70, 26, W - 122], size=8.4, aligns=["L", "L", "R", "L"],
            bold_last=True)
    q.para("We pay prism in lenses only when we have approved it before the lenses are ordered. We had no request "
           "for the prism until after the order went to the lab, so the prism is not paid. The lenses themselves "
           "are paid at your plan's amount.", 10)
    q.para("If you or your eye doctor disagree, write to us within 90 days of the date of this letter and include "
           "the records about the double vision.", 10)
    q.para(f"{sig}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, plan_id="TVB-1224", group=g,
                         member_id=mid, member_name=member, cases=[cl], claim_amount=m2(total),
                         service_dates=[b.isoformat()], denial_date=nd.isoformat(), provider=dr,
                         appeal_deadline=plus(nd, 90).isoformat(),
                         alternates={"insurer": ALT, "provider": [PRACTICE], "claim_amount": [m2(prism)],
                                     "service_dates": [[a.isoformat(), b.isoformat()],
                                                       [f"{a.isoformat()}/{b.isoformat()}"]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_payment_register_second_exam_within_12_months", "fax_standard_g4",
             [faxstd_register(rng)]),
        Item(F + "born_digital_reimbursement_statement_vancouver_glasses_form_after_180_days", "born_digital",
             [bd_reimbursement(rng)]),
        Item(F + "lowres_letter_practice_lenses_from_outside_lab", "scan_lowres_150", [lowres_lab(rng)]),
        Item(F + "photocopy_retiree_contacts_not_medically_necessary", "photocopy", [photocopy_contacts(rng)]),
        Item(F + "phone_es_carta_lentes_nino_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_paid_member_statement_exam_and_glasses", "rotated", [rotated_paid(rng)]),
        Item(F + "finefax_stack_practice_cover_letter_then_prism_lenses_no_approval_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
