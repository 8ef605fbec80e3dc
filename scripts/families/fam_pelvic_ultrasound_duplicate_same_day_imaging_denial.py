"""An invented commercial plan (Thistlegate Health Assurance) denying a second pelvic ultrasound billed for the same
patient on the same day as a duplicate (CPT 76856, pelvic ultrasound, non-obstetric, complete; the first one was
paid; a repeat the same day is payable only with modifier 76 and records showing it was a separate exam), with the
imaging center's statement and the plan's other papers. CPT codes 76856 / 76830 / 99213 and modifier 76 appear as
themselves; the plan, its rules and limits, the imaging center, doctors, people, numbers and phones are invented.

Documents (8 in 7 files):
- scanclean_member_eob_four_claims_one_duplicate: member EOB to the subscriber for his wife, four claims (a gynecology
  visit, a transvaginal ultrasound, the first 76856 paid, the second 76856 denied D7), "Subscriber No." with a -01
  suffix, "Employer group", "Plan code", a deductible table and the statement total as decoys.
- faxstd_sidebar_provider_notice_duplicate: claim adjustment notice to the imaging center as a two-column letter with
  a right-hand sidebar ("Reference #", "Subscriber No.", "Dates of care", "Amount charged", "Original claim (paid)"),
  an "example" amount in the rights text, 180-day review.
- lowres_imaging_center_statement_duplicate_billed: the imaging center's statement to the patient, three lines, the
  insurer's denial of the repeat scan noted and the center's appeal pending (denies nothing).
- phone_spanish_member_letter_duplicate: Spanish letter to the member ("Número de suscriptor", "Fecha de atención",
  "Cargos presentados").
- rotated_grid_claim_determination_duplicate: a provider claim determination whose facts sit in a grid of boxes two
  and three wide (caption inside each box), fed sideways.
- bd_nolabel_appeal_decision_upheld: the plan's appeal decision with no labels at all (every fact in sentences),
  duplicate denial upheld; external review 4 months and a second-level appeal as decoys / deadline.
- photocopy_stack_landscape_remittance_then_corrected_claim_paid_turned: a landscape provider remittance (five lines,
  three patients, one line denied as a duplicate), its duplex blank back, then a corrected-claim notice paying the
  repeat scan billed with modifier 76 (denies nothing), upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "pelvic_ultrasound_duplicate_same_day_imaging_denial"
LANG = "en"
SEED = 352202
PLAN = "Thistlegate Health Assurance"
PLAN_NAME = "Thistlegate Choice PPO 2500"
CENTER = "Brightwater Women's Imaging"
GYN = "Hollis Bend OB-GYN"
LAB = "Quillfield Clinical Laboratory"


def sub_no(rng):
    return f"TGH{digits(rng, 9)}-0{rng.randint(1, 3)}"


def group(rng):
    return f"{digits(rng, 5)}-00{rng.randint(1, 9)}"


def claim_no(rng):
    return f"{rng.randint(26040, 26160)}-{digits(rng, 7)}"


def woman(rng):
    return person(rng)[0]


def _head(p: DLSheet, rng, unit="Claims"):
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2000, 9000)}, Spokane WA 99220  |  1-877-555-{digits(rng, 4)}  |  "
                 f"Fax 509-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


DUP = ("D7  This service was already paid for this patient on the same day by the same provider (CPT 76856, "
       "pelvic ultrasound, complete). A second complete pelvic ultrasound on the same day is a duplicate unless it is "
       "billed with modifier 76 (repeat procedure) and the records show a separate, medically needed exam.")


def scanclean_eob(rng):
    subscriber = person(rng)[0]
    pat = woman(rng)
    sid = sub_no(rng)
    grp = group(rng)
    sd = dt.date(2026, 3, rng.randint(9, 20))
    dos = plus(sd, -rng.randint(18, 30))
    lab_d = plus(dos, -rng.randint(6, 10))
    claims = [claim_no(rng) for _ in range(4)]
    items = [(GYN, "Office visit 99213", lab_d), (CENTER, "TV ultrasound 76830", dos),
             (CENTER, "Pelvic US 76856", dos), (CENTER, "Pelvic US 76856", dos)]
    deny = 3
    rows, bills = [], []
    for i, (prov, svc, d) in enumerate(items):
        b = amount(rng, 180, 340) if i else amount(rng, 140, 210)
        bills.append(b)
        if i == deny:
            rows.append([claims[i], prov, svc, fdate(d, "short"), money(b), money(0), "$0.00", "$0.00", "D7"])
        else:
            disc = round(b * 0.38, 2)
            paid = round((b - disc) * 0.8, 2)
            rows.append([claims[i], prov, svc, fdate(d, "short"), money(b), money(disc), money(paid),
                         money(round(b - disc - paid, 2)), "-"])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", subscriber), ("Subscriber No.:", sid),
                   ("Employer group:", grp), ("Plan code:", PLAN_NAME)], w=120, size=8.6)
    p.ln(3)
    p.line(f"Patient: {pat} (spouse)", 9.2, "B")
    p.ln(1)
    p.table(["Claim no.", "Provider", "Service", "Dates of care", "Amount charged", "Plan discount", "Plan paid",
             "Your share", "Note"], rows, [23, 41, 27, 16, 18, 16, 17, 16, 14], size=7.4,
            aligns=list("LLLLRRRRL"))
    p.para(DUP + " You do not owe the amount for this claim; the provider may not bill you for it.", 7.8)
    p.line("Your plan year 01/01/2026 - 12/31/2026", 8.4, "B")
    p.table(["", "Deductible", "Out-of-pocket maximum"],
            [["Met so far", "$1,140.00", "$1,612.40"], ["Plan year limit", "$2,500.00", "$6,000.00"]],
            [40, 40, 50], size=7.8)
    p.para("**Your right to appeal.** If you disagree with how we processed a claim, you may appeal within 180 days "
           "of the date of this statement. Write to Appeals, PO Box 2288, Spokane WA 99220. If your care is urgent, "
           "call us for a 72-hour review. You may also have the right to an external review.", 8)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}", 6.4)
    t = truth("eob", "other", insurer=PLAN, plan_id=PLAN_NAME, group=grp, member_id=sid, member_name=pat,
              cases=[claims[deny]], claim_amount=m2(bills[deny]), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=CENTER, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"plan_id": [None]})
    return out(p), t


def faxstd_sidebar(rng):
    pat = woman(rng)
    sid = sub_no(rng)
    nd = dt.date(2026, 4, rng.randint(2, 14))
    dos = plus(nd, -rng.randint(20, 34))
    billed = amount(rng, 260, 390)
    ref = claim_no(rng)
    orig = claim_no(rng)
    fax = (f"{fdate(nd, 'short')} 15:{rng.randint(10, 59)} FROM THISTLEGATE PROV SVCS 509-555-{digits(rng, 4)} "
           f"TO BRIGHTWATER IMAGING BILLING   P {{n}}/1")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM ADJUSTMENT NOTICE", 11, "B")
    p.ln(1)
    for ln in [CENTER, "Attn: Billing Office", f"{rng.randint(100, 9800)} Sycamore Ave", "Spokane WA 99204"]:
        p.line(ln, 9)
    p.ln(3)
    left = ["Dear Billing Manager:",
            "We processed the claim shown at right. The pelvic ultrasound (CPT 76856) on this claim was denied as a "
            "duplicate. The same service for the same patient and the same date of care was paid on the original "
            "claim shown at right.",
            "If a second complete pelvic ultrasound was performed that day, send a corrected claim with modifier 76 "
            "and the report for each exam. We will not reprocess this claim without the reports.",
            "You may ask for a provider review of this decision within 180 days of the date of this notice. For "
            "example, if a $250.00 charge were denied and you send records, we would review the full $250.00. "
            "Do not bill the member for a duplicate denial."]
    right = [("Mailed on", fdate(nd, "slash")), ("Reference #", ref), ("Patient", pat), ("Subscriber No.", sid),
             ("Dates of care", fdate(dos, "slash")), ("Service", "76856 Pelvic US complete"),
             ("Amount charged", money(billed)), ("Amount paid", "$0.00"), ("Reason", "D7 duplicate"),
             ("Original claim (paid)", orig), ("Tax ID", f"91-{digits(rng, 7)}")]
    p.box_col(left, right, left_w=108, size=8.8, rsize=8.2)
    p.para("Provider Services, Thistlegate Health Assurance. Form TG-CAN-22.", 8)
    t = truth("denial_letter", "other", insurer=PLAN, member_id=sid, member_name=pat, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def lowres_statement(rng):
    pat = woman(rng)
    sid = sub_no(rng)
    sd = dt.date(2026, 4, rng.randint(16, 28))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    acct = f"BW{digits(rng, 7)}"
    lines = [("76830", "Ultrasound, transvaginal"), ("76856", "Ultrasound, pelvic, complete"),
             ("76856", "Ultrasound, pelvic, complete (repeat)")]
    rows, bills = [], []
    for i, (code, desc) in enumerate(lines):
        b = amount(rng, 220, 380)
        bills.append(b)
        if i == 2:
            rows.append([fdate(dos, "slash"), code, desc, money(b, "nosign"), "DENIED", money(b, "nosign")])
        else:
            ins = round(b * 0.5, 2)
            rows.append([fdate(dos, "slash"), code, desc, money(b, "nosign"), money(ins, "nosign"),
                         money(round(b * 0.12, 2), "nosign")])
    due = sum(float(r[5].replace(",", "")) for r in rows)
    rows.append(["*", "", "Amount due", money(sum(bills), "nosign"), "", money(due, "nosign")])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, CENTER, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Ultrasound, mammography and bone density  |  Spokane WA  |  509-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", pat),
                   ("Insurance:", PLAN), ("Subscriber No.:", sid), ("Pay by:", fdate(plus(sd, 30), "slash"))],
                  w=110, size=8.5)
    p.ln(4)
    p.spaced(["Date", "Code", "Description", "Charge", "Ins paid", "You owe"], rows, [10, 5, 36, 9, 9, 9], size=8,
             right={3, 4, 5}, rule_under_head=True)
    p.para(f"Your insurance paid two of the three ultrasounds from your visit on {fdate(dos, 'long')}. It denied the "
           "repeat pelvic ultrasound as a duplicate of the first. Our radiologist repeated the exam that day because "
           "the first images were not clear; we have sent the plan a corrected claim and both reports. Until the "
           "plan decides, the repeat exam shows as your balance. You may pay it now or wait for our next statement.",
           8.8)
    t = truth("other", None, insurer=PLAN, member_id=sid, member_name=pat, claim_amount=m2(bills[2]),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=CENTER, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(due)]})
    return out(p), t


def phone_spanish(rng):
    pat = woman(rng)
    sid = sub_no(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    dos = plus(nd, -rng.randint(25, 40))
    billed = amount(rng, 250, 380)
    claim = claim_no(rng)
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios al Miembro")
    p.line(fdate(nd, "long", "es"), 9.6)
    p.ln(3)
    for ln in [pat, f"{rng.randint(100, 9800)} Calle Las Flores", "Yakima WA 98902"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.line("Aviso de denegación de un reclamo", 11.5, "B")
    p.ln(1)
    p.pairs([("Número de suscriptor", sid), ("Número de reclamación", claim), ("Proveedor", CENTER),
             ("Fecha de atención", fdate(dos, "long", "es")), ("Servicio", "Ultrasonido pélvico completo (76856)"),
             ("Cargos presentados", money(billed))], label_w=52, size=9.2)
    p.ln(2)
    p.para(f"Estimada {pat}:", 9.6)
    p.para("Negamos este reclamo porque es un duplicado. Ya pagamos el mismo ultrasonido, del mismo proveedor, para "
           "usted y en la misma fecha. Usted no debe pagar este cargo; el proveedor no le puede cobrar por un "
           "reclamo duplicado.", 9.6)
    p.para("**Si no está de acuerdo**, puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
           "Apelaciones, PO Box 2288, Spokane WA 99220. Si su caso es urgente, llámenos para una revisión en 72 "
           "horas. También puede tener derecho a una revisión externa independiente.", 9.6)
    p.para(f"Llame al 1-877-555-{digits(rng, 4)} (TTY 711).", 9.2)
    for t_ in TAGLINES[:2]:
        p.para(t_, 7, gap=0.4)
    t = truth("denial_letter", "other", insurer=PLAN, member_id=sid, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es")
    return out(p), t


def rotated_grid(rng):
    pat = woman(rng)
    sid = sub_no(rng)
    grp = group(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 280, 410)
    track = f"TG{digits(rng, 10)}"
    p = DLSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Provider Claim Determination")
    p.line("CLAIM DETERMINATION", 11, "B")
    p.ln(2)
    w3 = (p.w - p.l_margin - p.r_margin) / 3
    w2 = (p.w - p.l_margin - p.r_margin) / 2
    p.nboxes([("Notice issued", fdate(nd, "iso"), w3), ("Tracking ID", track, w3),
              ("Received", fdate(plus(dos, 5), "iso"), w3)])
    p.nboxes([("Member", pat, w2), ("Certificate #", sid, w2)])
    p.nboxes([("Employer group", grp, w3), ("Treating facility", CENTER, w3 * 2)])
    p.nboxes([("From - Thru", f"{fdate(dos, 'iso')} - {fdate(dos, 'iso')}", w3), ("Procedure", "76856", w3),
              ("Submitted charges", money(billed, "usd"), w3)])
    p.nboxes([("Allowed", "USD 0.00", w3), ("Determination", "Denied - D7", w3),
              ("Ordering physician NPI", digits(rng, 10), w3)])
    p.ln(4)
    p.para(DUP, 8.8)
    p.para("Provider review: send a written request within 180 days of the date of this notice. A corrected claim "
           "(frequency code 7) must be received within 365 days of the date of service.", 8.8)
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=sid, member_name=pat, cases=[track],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def bd_nolabel(rng):
    pat = woman(rng)
    sid = sub_no(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    dos = dt.date(2026, 3, rng.randint(3, 25))
    billed = amount(rng, 260, 390)
    claim = claim_no(rng)
    appeal = f"AG{digits(rng, 8)}"
    filed = plus(nd, -rng.randint(20, 30))
    p = DLSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    _head(p, rng, "Appeals")
    p.line(fdate(nd, "long"), 10)
    p.ln(4)
    for ln in [pat, f"{rng.randint(100, 9800)} Harbor View Dr", "Spokane WA 99203"]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Thank you for your appeal, which we received on {fdate(filed, 'long')}. We gave it appeal number "
           f"{appeal}. You asked us to pay claim {claim} from {CENTER} for a pelvic ultrasound on "
           f"{fdate(dos, 'long')}, which was billed at {money(billed)}.", 10)
    p.para("A registered nurse and a radiologist who were not part of the first decision reviewed your appeal. We "
           "are upholding our decision. We had already paid a complete pelvic ultrasound for you from the same "
           "imaging center on the same day. The claim did not show that a second exam was done, and no second "
           "report was sent. Under your plan's rules the second charge is a duplicate, and you do not owe it.", 10)
    p.para("If you do not agree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an external review by an independent review organization within 4 months of the "
           "date you receive this letter.", 10)
    p.para(f"Your subscriber number is {sid}. You can call us at 1-877-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\n\nAppeals Department\n{PLAN}", 10)
    t = truth("denial_letter", "other", insurer=PLAN, member_id=sid, member_name=pat, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"case_numbers": [[appeal], [claim]]})
    return out(p), t


def photocopy_stack(rng):
    rd = dt.date(2026, 4, rng.randint(6, 17))
    pats = [woman(rng) for _ in range(3)]
    sids = [sub_no(rng) for _ in range(3)]
    d0 = dt.date(2026, 3, rng.randint(2, 12))
    lines = [(0, d0, "76830"), (0, d0, "76856"), (1, plus(d0, 2), "76856"), (1, plus(d0, 2), "76856"),
             (2, plus(d0, 5), "76641")]
    deny = 3
    claims = [claim_no(rng) for _ in range(3)]
    ln_claim = [claims[0], claims[0], claims[1], claims[1], claims[2]]
    rows, bills = [], []
    for i, (pi, d, code) in enumerate(lines):
        b = amount(rng, 200, 380)
        bills.append(b)
        if i == deny:
            rows.append([ln_claim[i], pats[pi], sids[pi], fdate(d, "slash"), code, money(b, "nosign"), "0.00",
                         "0.00", "D7"])
        else:
            al = round(b * 0.61, 2)
            rows.append([ln_claim[i], pats[pi], sids[pi], fdate(d, "slash"), code, money(b, "nosign"),
                         money(al, "nosign"), money(round(al * 0.8, 2), "nosign"), ""])
    tot_paid = sum(float(r[7].replace(",", "")) for r in rows)
    rows.append(["", "TOTAL", "", "", "", money(sum(bills), "nosign"), "", money(tot_paid, "nosign"), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Remittance")
    p.right_block([("Remittance date:", fdate(rd, "slash")), ("Payee:", CENTER), ("Check no.:", digits(rng, 8)),
                   ("Payee TIN:", f"91-{digits(rng, 7)}")], w=110, size=8.6, y=12)
    p.set_y(36)
    p.line("PROVIDER REMITTANCE ADVICE", 10, "B")
    p.ln(1)
    p.table(["Claim no.", "Patient", "Subscriber No.", "Date of care", "CPT", "Submitted", "Allowed", "Paid", "Code"],
            rows, [30, 46, 38, 24, 16, 26, 26, 26, 14], size=8, aligns=list("LLLLLRRRL"), bold_last=True)
    p.para("D7  Duplicate: the same procedure was paid for this patient on the same date of care. A repeat exam "
           "must be billed with modifier 76 and both reports.", 8)
    p.para("To dispute a line on this remittance, write within 180 days of the date of this remittance advice.", 8)
    pi, d, _ = lines[deny]
    doc1 = (out(p), truth("eob", "other", insurer=PLAN, member_id=sids[pi], member_name=pats[pi],
                          cases=[ln_claim[deny]], claim_amount=m2(bills[deny]), service_dates=[span(d)],
                          denial_date=rd.isoformat(), provider=CENTER, appeal_deadline=plus(rd, 180).isoformat()))
    cd = plus(rd, rng.randint(20, 30))
    corr = claim_no(rng)
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Services")
    q.line("CORRECTED CLAIM PROCESSED - PAYMENT ISSUED", 11, "B")
    q.ln(2)
    q.pairs([("Processed", fdate(cd, "long")), ("Corrected claim", corr), ("Replaces claim", ln_claim[deny]),
             ("Patient", pats[pi]), ("Subscriber No.", sids[pi]), ("Provider", CENTER),
             ("Date of care", fdate(d, "slash")), ("Service", "76856-76 Pelvic US complete, repeat"),
             ("Amount charged", money(bills[deny])), ("Plan paid", money(round(bills[deny] * 0.49, 2)))],
            label_w=42, size=9.2)
    q.ln(2)
    q.para("We received your corrected claim with modifier 76 and both ultrasound reports. The reports show that the "
           "second exam was a separate, medically needed study. We have paid the repeat exam. The member's share "
           "is shown on the member's explanation of benefits.", 9.4)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=sids[pi], member_name=pats[pi], cases=[corr],
                          claim_amount=m2(bills[deny]), service_dates=[span(d)], denial_date=cd.isoformat(),
                          provider=CENTER, alternates={"case_numbers": [[corr, ln_claim[deny]]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scanclean_member_eob_four_claims_one_duplicate", "scan_clean_300", [scanclean_eob(rng)]),
        Item(F + "faxstd_sidebar_provider_notice_duplicate", "fax_standard_g4", [faxstd_sidebar(rng)]),
        Item(F + "lowres_imaging_center_statement_duplicate_billed", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "phone_spanish_member_letter_duplicate", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_grid_claim_determination_duplicate", "rotated", [rotated_grid(rng)]),
        Item(F + "bd_nolabel_appeal_decision_upheld", "born_digital", [bd_nolabel(rng)]),
        Item(F + "photocopy_stack_landscape_remittance_then_corrected_claim_paid_turned", "photocopy",
             photocopy_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
