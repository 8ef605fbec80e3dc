"""An invented pairing of a direct primary care (DPC) membership with a wrap-around catastrophic plan: Ashgrove Mutual
Health Insurance Company's "WrapShield 7500" is sold to small employers and to individuals only alongside a monthly
membership at a participating DPC practice (here Quarry Lane Direct Primary Care, PLLC). The membership fee pays for
office care (visits, in-office procedures, basic labs at cost); WrapShield pays hospital, specialist, imaging and
therapy claims after a $7,500 deductible, only while the membership is active, only at network facilities except in
an emergency, and for 20 therapy visits a plan year. WrapShield refuses claims that belong to the membership, and
claims under the deductible are paid at nothing. The insurer, the practice, its fees, the plan's rules, codes (M4,
N7, V2, D1), every appeal period, every hospital, clinic, person, number and address are invented; CPT and HCPCS
codes appear as themselves; phones use 555. No heading names the kind of refusal; the reasons are in plain words.

Documents (8 in 7 files):
- bd_statement_dpc_office_visit_billed_to_wrap_plan: a born-digital two-claim statement ("Subscriber no.", ICN per
  claim, a DCN decoy on the paper claim): a lab claim applied to the deductible with its network discount written
  "31.20 CR", and the DPC practice's own office visit and biopsy claim refused because the membership pays for it
  (not_covered); statement totals that are not the refused amount; "within 180 days of the date of this statement".
- lowres_statement_er_visit_all_to_deductible: a 150 dpi statement that denies nothing: an emergency visit dated
  "04.18.26" in the line table, all of the allowed amount applied to the deductible, discount "612.35-", an
  "Enrollee identifier", a deductible meter, a barcode and an OCR scan line at the foot (decoys); the review line
  is counted from receipt.
- finefax_determination_form_mri_outside_network: a fine-faxed claim determination form: captions in small capitals
  at the margin with values flush right in ruled boxes ("Certificate no.", "Ref#"), five decision boxes of which
  "Not payable: the facility has no agreement with Ashgrove" is ticked (out_of_network); the fax line's later date;
  "must reach us by November 23, 2026".
- phone_es_membresia_terminada_antes_de_la_visita: a photographed Spanish letter: the urgent care visit of "14 de
  abril de 2026" came after the DPC membership (and with it the wrap plan) ended on March 31 for an unpaid fee
  (eligibility); "N.º de suscriptor", "Reclamación n.º"; "180 días a partir de la fecha de esta carta".
- photocopy_statement_therapy_visits_past_twenty: a photocopied statement for a dependent: five dated therapy rows
  (visit numbers 19 to 23), the last three refused because the plan pays 20 visits a year (not_covered); refused
  rows "210.00-", a claim total that is not the refused amount; "Appeals must be received by December 16, 2026".
- rotated_hospital_stay_no_call_within_two_days: a letter fed sideways, sidebar of IDs with phone, fax and TTY,
  "Claim tracking no.", a call reference and a grievance number as decoys, a printed date after the notice date:
  the unplanned stay (admitted May 22, discharged May 25) refused because nobody called within two business days
  (prior_authorization); the $24,871.60 billed only in a sentence; "within 180 days after the notice date".
- scan_stack_dpc_membership_statement_duplex_then_duplicate_bill_sideways: a clean scan: the DPC practice's monthly
  membership statement (a provider paper: denies nothing), the blank back of its sheet, then a two-page Ashgrove
  letter closing the emergency bill the member sent in because the hospital's own claim was already processed
  (other, duplicate), its second page fed sideways; "within 120 days after the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjb import (FFSheet, cr, dashed_phone, dots, es_date, first_last, long, n2, npi, people, slash,
                               tollfree, trail, usd)
from public_kit import digits, m2, out, plus, truth

FAMILY = "direct_primary_care_membership_with_wraparound_catastrophic_plan_claims"
LANG = "en"
SEED = 355051
INS = "Ashgrove Mutual Health Insurance Company"
ALT = ["Ashgrove Mutual", "Ashgrove Mutual Health", "Ashgrove", "Ashgrove Mutual Health Insurance Co.",
       "Ashgrove WrapShield"]
PLAN = "WrapShield 7500"
PLAN_ID = "31548OH0070012"
DPC = "Quarry Lane Direct Primary Care, PLLC"
LAB = "Buckeye Trail Laboratories"
BIGWALNUT = "Big Walnut Medical Center"
SYCAMORE = "Sycamore Flats Open MRI"
OLENTANGY_UC = "Olentangy Urgent Care"
KILBOURNE = "Kilbourne Street Physical Therapy"
DELAWARE = "Delaware Crossing Hospital"
EMPLOYER = "Tallow Creek Cabinetry, Inc."


def sub_no(rng) -> str:
    return f"AW{digits(rng, 9)}"


def group_no(rng) -> str:
    return f"0{digits(rng, 6)}"


def icn(rng, d: dt.date) -> str:
    return f"{d.strftime('%y%j')}{digits(rng, 7)}"


def addr(rng) -> list[str]:
    towns = [("Westerville", "OH", "43081"), ("Delaware", "OH", "43015"), ("Marysville", "OH", "43040"),
             ("Sunbury", "OH", "43074"), ("Galena", "OH", "43021"), ("Worthington", "OH", "43085")]
    t, st, z = rng.choice(towns)
    street = rng.choice(["Hickory Bend Dr", "Old Stone Rd", "Millcreek Ct", "Cherry Valley Ln", "Vernon Ave",
                         "Township Rd 141", "N Sandusky St Apt 4"])
    return [f"{rng.randint(100, 9899)} {street}", f"{t}, {st} {z}"]


def _head(p, rng, unit: str, box: str | None = None, es: bool = False):
    if es:
        lines = [f"{PLAN} - plan catastrófico para miembros de atención primaria directa  |  {unit}",
                 f"PO Box {rng.randint(1200, 1899)}, Columbus, OH 43216  |  Servicios al miembro {tollfree(rng)}  |  "
                 "TTY 711"]
    else:
        lines = [f"{PLAN} - catastrophic coverage for direct primary care members  |  {unit}",
                 f"PO Box {rng.randint(1200, 1899)}, Columbus, OH 43216  |  Member services {tollfree(rng)}  |  "
                 "TTY 711"]
    p.head(INS, "ASHGROVE", lines, box=box, size=12.0)


# --- 1 ------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    subscriber, spouse, doc, pathologist = people(rng, 4)
    spouse = spouse.split()[0] + " " + spouse.split()[1] + " " + subscriber.split()[-1]
    s = sub_no(rng)
    grp = group_no(rng)
    stmt = dt.date(2026, 3, 20)
    d_lab, d_dpc = dt.date(2026, 2, 9), dt.date(2026, 2, 26)
    icn_lab, icn_dpc = icn(rng, d_lab), icn(rng, d_dpc)
    dcn = f"D{digits(rng, 10)}"
    lab_lines = [("80053", "Comprehensive metabolic panel", 96.00, 31.20), ("83036", "Hemoglobin A1c", 62.00, 19.00)]
    dpc_lines = [("99214", "Office visit, established patient", 185.00), ("11102", "Tangential skin biopsy", 240.00),
                 ("17110", "Destruction of benign lesions", 130.00)]
    W = 215.9 - 32
    p = FFSheet(footer="Page {n} of {nb}", footer_left="AMH-WS-EOS (rev. 01/2026)  Explanation of statement")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Claims", box="CLAIMS STATEMENT")
    y0 = p.get_y()
    for ln in [subscriber, *addr(rng)]:
        p.line(ln, 10)
    bottom = p.sidebar([("Statement date", long(stmt)), ("Subscriber no.", s), ("Group no.", grp),
                        ("Plan ID", PLAN_ID), ("Employer", EMPLOYER)], p.l_margin + W - 66, y0, 66, size=8.4)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para("THIS IS NOT A BILL. This statement shows claims we finished in the last 30 days for you and the "
           "people on your plan.", 9.0)
    # claim 1: lab, to the deductible
    p.bar(f"Claim ICN {icn_lab}  -  Patient: {subscriber}  -  {LAB}", size=8.8)
    rows, tb, tad, tded = [], 0.0, 0.0, 0.0
    for code, desc, b, disc in lab_lines:
        allowed = round(b - disc, 2)
        rows.append([slash(d_lab), code, desc, n2(b), cr(disc), n2(allowed), n2(allowed), "0.00", "D1"])
        tb += b
        tad += disc
        tded += allowed
    widths = [20, 13, 44, 17, 19, 17, 20, 15, W - 165]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    head = ["Date", "Code", "Service", "Billed", "Network discount", "Allowed", "Deductible", "Plan paid",
            "Note"]
    p.ledger(head, rows, widths, aligns=al, size=7.8,
             totals=["", "", "Claim total", n2(tb), cr(tad), n2(tb - tad), n2(tded), "0.00", ""])
    # claim 2: the DPC practice's claim, refused
    p.bar(f"Claim ICN {icn_dpc}  -  Patient: {spouse}  -  {DPC}", size=8.8)
    p.f(7.6)
    p.cell(0, 4, f"Paper claim received 03/04/2026, image DCN {dcn}.  Rendering: {doc}, M.D.", new_x="LMARGIN",
           new_y="NEXT")
    rows2, tb2 = [], 0.0
    for code, desc, b in dpc_lines:
        rows2.append([slash(d_dpc), code, desc, n2(b), "0.00", "0.00", "0.00", "0.00", "M4"])
        tb2 += b
    p.ledger(head, rows2, widths, aligns=al, size=7.8,
             totals=["", "", "Claim total", n2(tb2), "0.00", "0.00", "0.00", "0.00", ""])
    p.leaders([("Statement totals (2 claims): billed", n2(tb + tb2)), ("Network discount", cr(tad)),
               ("Applied to deductible", n2(tded)), ("Plan paid", "0.00")], size=8.6, w=110)
    p.legend_box("NOTES", [
        ("D1", "Applied to your deductible. You pay the lab the allowed amount, not what it billed."),
        ("M4", f"Part of what your monthly membership at {DPC} pays for. WrapShield pays for care outside the "
               "membership; the practice agreed not to charge you or us for these services, and no one owes "
               "this amount."),
    ], size=7.8, code_w=9)
    p.leaders([("Deductible met this plan year (individual)", f"{usd(tded)} of $7,500.00"),
               ("Out-of-pocket met this plan year", f"{usd(tded)} of $9,200.00")], size=8.6, w=130)
    p.para("If you think we made a mistake, you or someone you name may appeal within 180 days of the date of this "
           "statement. Write to Appeals at the address above and give the ICN.", 8.8)
    tr = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_ID, group=grp, member_id=s, member_name=spouse,
               cases=[icn_dpc], claim_amount=m2(tb2), service_dates=[d_dpc.isoformat()],
               denial_date=stmt.isoformat(), provider=DPC, appeal_deadline=plus(stmt, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{doc}, M.D.", doc], "plan_id": [None]},
               denial_alternates=["other"])
    return out(p), tr


# --- 2 ------------------------------------------------------------------------------------------------------------
def lowres_statement(rng):
    member, er_doc = people(rng, 2)
    e = sub_no(rng)
    grp = group_no(rng)
    stmt = dt.date(2026, 5, 4)
    svc = dt.date(2026, 4, 18)
    c = icn(rng, svc)
    lines = [("99284", "Emergency department visit", 1480.00, 318.40), ("74177", "CT abdomen and pelvis", 1122.00,
                                                                        241.75),
             ("85025", "Complete blood count", 84.00, 21.10), ("96374", "IV push, single drug", 160.00, 31.10)]
    tb = round(sum(x[2] for x in lines), 2)
    tdisc = round(sum(x[3] for x in lines), 2)
    allowed = round(tb - tdisc, 2)
    met_before = 1176.35
    W = 215.9 - 32
    p = FFSheet(footer="Page {n} of {nb}", footer_left="AMH-WS-EOS (rev. 01/2026)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Claims", box="CLAIMS STATEMENT")
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.capcells([("Statement date", slash(stmt), 36, "A"), ("Enrollee identifier", e, 44, "A"),
                ("Group", grp, 28, "A"), ("Plan ID", PLAN_ID, 36, "A"), ("ICN", c, W - 144, "A")], size=9.0)
    p.para(f"Your visit to the emergency department at {BIGWALNUT} on {long(svc)}, seen by {er_doc}, M.D. All of "
           "the allowed amount went toward your deductible, so WrapShield paid nothing this time. You owe the "
           "hospital the amount in the last column, not what it billed.", 9.4)
    rows = [[dots(svc), code, desc, n2(b), trail(d), n2(b - d), n2(b - d), "0.00", n2(b - d)]
            for code, desc, b, d in lines]
    p.ledger(["Date", "Code", "Service", "Billed", "Discount", "Allowed", "Deductible", "Paid", "You owe"], rows,
             [17, 13, 43, 17, 17, 17, 20, 13, W - 157], aligns=["L", "L", "L"] + ["R"] * 6, size=7.8,
             totals=["", "", "Totals", n2(tb), trail(tdisc), n2(allowed), n2(allowed), "0.00", n2(allowed)])
    p.leaders([("Deductible met before this claim", usd(met_before)), ("This claim", usd(allowed)),
               ("Deductible met now", f"{usd(met_before + allowed)} of $7,500.00"),
               ("Still to meet", usd(7500.00 - met_before - allowed))], size=8.8, w=120)
    p.para("After the deductible is met, WrapShield pays 100% of allowed amounts for covered care for the rest of "
           "the plan year. Office care at your membership practice is never applied to the deductible because the "
           "membership pays for it.", 8.8)
    p.para("Questions? Call Member Services. If you disagree with how we handled this claim, you may ask for a "
           "review within 180 days after you receive this statement.", 8.8)
    y = p.h - 46
    p.barcode(p.l_margin, y, e + c, f"{e}  {stmt.strftime('%y%m%d')}", w=60, h=8)
    p.scanline(f"<{e[2:]}<{grp}<{stmt.strftime('%Y%m%d')}<{c}<<0000000{digits(rng, 3)}>", y=p.h - 30, size=9.6)
    tr = truth("eob", None, insurer=INS, plan_id=PLAN_ID, group=grp, member_id=e, member_name=member, cases=[c],
               claim_amount=m2(tb), service_dates=[svc.isoformat()], denial_date=stmt.isoformat(), provider=BIGWALNUT,
               alternates={"insurer": ALT, "provider": [f"{er_doc}, M.D.", er_doc], "plan_id": [None]})
    return out(p), tr


# --- 3 ------------------------------------------------------------------------------------------------------------
def finefax_form(rng):
    member, ordering, reviewer = people(rng, 3)
    cert = sub_no(rng)
    grp = group_no(rng)
    ref = f"R{digits(rng, 3)}-{digits(rng, 6)}"
    svc = dt.date(2026, 5, 6)
    decided = dt.date(2026, 5, 27)
    faxed = dt.date(2026, 5, 28)
    by = dt.date(2026, 11, 23)
    billed = 2310.00
    p = FFSheet(footer="Page {n} of {nb}", footer_left="AMH-WS-CD3 (rev. 09/2025)  Claim determination",
                fax_hdr=(f"MAY-28-2026 THU 11:{rng.randint(10, 59)}  ASHGROVE MUTUAL CLAIMS   FAX 614 555 "
                         f"{digits(rng, 4)}      P. {{n}}"))
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claim Review")
    p.title_bar("CLAIM DETERMINATION", "Copy to the member and to the facility. Keep with your records.")
    p.margin_boxes([("Member", member), ("Certificate no.", cert), ("Group", grp), ("Ref#", ref),
                    ("Date of determination", slash(decided))], cap_w=54, box_w=80, size=9.6)
    p.beside([[("Facility", SYCAMORE), ("Facility NPI", npi(rng))],
              [("Service", "MRI lumbar spine w/o contrast (72148)"), ("Date of service", slash(svc))],
              [("Ordered by", f"{ordering}, D.O."), ("Billed", usd(billed))]], cap_w=24, size=8.8)
    p.checks("Determination (one box is marked)", [
        (False, "Paid under the plan's benefits"),
        (False, "Allowed amount applied to the deductible"),
        (False, "Included in the member's direct primary care membership; not billable to WrapShield"),
        (True, "Not payable: the facility has no agreement with Ashgrove for this plan, and the service was not "
               "an emergency"),
        (False, "Held: we need more information (see note)")], size=8.8)
    p.para(f"**Note.** WrapShield pays for imaging only at facilities that have signed an agreement with us, unless "
           f"the care is an emergency. {SYCAMORE} has not signed one. Dr. {ordering.split()[-1]}'s order named "
           "Olentangy Valley Imaging, which has. The facility may bill the member for this service.", 9.0)
    p.para(f"**To appeal.** Write to Ashgrove Appeals, PO Box on this form. Your appeal must reach us by "
           f"{long(by)}. Reviewed by {reviewer}, RN, claim review nurse.", 9.0)
    tr = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=cert, member_name=member,
               cases=[ref], claim_amount=m2(billed), service_dates=[svc.isoformat()],
               denial_date=decided.isoformat(), provider=SYCAMORE, appeal_deadline=by.isoformat(),
               alternates={"insurer": ALT, "provider": [f"{ordering}, D.O."]}, type_alternates=["eob"])
    return out(p), tr


# --- 4 ------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, = people(rng, 1, es=True)
    s = sub_no(rng)
    ltr = dt.date(2026, 5, 19)
    ended = dt.date(2026, 3, 31)
    svc = dt.date(2026, 4, 14)
    c = icn(rng, svc)
    billed = 1246.50
    p = FFSheet(footer="Página {n} de {nb}", footer_left="AMH-WS-L14S (rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Reclamaciones", es=True)
    p.line(es_date(ltr), 10)
    p.ln(2)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.hang([("N.º de suscriptor", s), ("Reclamación n.º", c), ("Fecha del servicio", slash(svc)),
            ("Proveedor", OLENTANGY_UC)], cap_w=38, size=9.6, cap=6.6)
    p.f(12, "B")
    p.multi_cell(0, 6, "Sobre su visita a la clínica de urgencias", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado(a) {first_last(member)}:", 10)
    p.para(f"Recibimos la cuenta de {OLENTANGY_UC} por su visita del {es_date(svc)}, por un total de "
           f"{usd(billed)}.", 10)
    p.para(f"Su plan {PLAN} funciona junto con su membresía en {DPC}: el plan solo le cubre mientras la membresía "
           f"esté vigente. La práctica nos avisó que su membresía terminó el {es_date(ended)}, porque no se recibió "
           "la cuota de marzo, y su cobertura con nosotros terminó ese mismo día. La visita fue después de esa "
           "fecha, así que no podemos pagarla.", 10)
    p.para("Si usted pagó la cuota a tiempo, o si la práctica volvió a activar su membresía desde el 1 de abril, "
           "pídale a la práctica una carta que lo diga y mándenosla. Volveremos a revisar la cuenta.", 10)
    p.bar("Si no está de acuerdo")
    p.para("Puede apelar esta decisión. Mándenos su apelación por escrito dentro de 180 días a partir de la "
           "fecha de esta carta. Si su salud está en peligro, pida una apelación urgente por teléfono.", 10)
    p.para("Atentamente,\nDepartamento de Reclamaciones\n" + INS, 10)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=s, member_name=member, cases=[c],
               claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ltr.isoformat(),
               provider=OLENTANGY_UC, appeal_deadline=plus(ltr, 180).isoformat(), lang="es",
               alternates={"insurer": ALT})
    return out(p), tr


# --- 5 ------------------------------------------------------------------------------------------------------------
def photocopy_therapy(rng):
    subscriber, child, pt = people(rng, 3)
    child = child.split()[0] + " " + child.split()[1] + " " + subscriber.split()[-1]
    s = sub_no(rng)
    grp = group_no(rng)
    stmt = dt.date(2026, 6, 19)
    by = dt.date(2026, 12, 16)
    visits = [dt.date(2026, 6, d) for d in (1, 3, 8, 10, 15)]
    c = icn(rng, visits[0])
    billed, allowed = 210.00, 150.00
    rows, tb, tp, flags = [], 0.0, 0.0, []
    for i, d in enumerate(visits):
        n = 19 + i
        ok = n <= 20
        adj = round(billed - allowed, 2) if ok else billed
        paid = allowed if ok else 0.0
        rows.append([slash(d), str(n), "97110, 97140", n2(billed), trail(adj), n2(paid), "N7" if ok else "V2"])
        flags.append(None if ok else ">>")
        tb += billed
        tp += paid
    refused = [d for i, d in enumerate(visits) if 19 + i > 20]
    W = 215.9 - 36
    p = FFSheet(footer="Page {n} of {nb}", footer_left="AMH-WS-EOS (rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims", box="CLAIMS STATEMENT")
    for ln in [subscriber, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hung([(slash(stmt), "Statement date", 34), (s, "Subscriber no.", 40), (grp, "Group", 26),
            (PLAN_ID, "Plan ID", 38), (c, "ICN", W - 138)], size=9.4)
    p.hung([(child, "Patient (dependent)", 70), (KILBOURNE, "Provider", W - 70)], size=9.4)
    p.flagged(["Date", "Visit no. this plan year", "Codes", "Billed", "Adjustment", "Plan paid", "Note"], rows,
              [24, 26, 30, 22, 24, 22, W - 148], flags, aligns=["L", "C", "L", "R", "R", "R", "C"], size=8.4,
              totals=["Claim total", "", "", n2(tb), trail(tb - tp), n2(tp), ""])
    p.legend_box("NOTES", [
        ("N7", "Paid in full at the network rate; your deductible for this plan year was already met. The "
               "adjustment is the network discount."),
        ("V2", "The plan pays for 20 therapy visits in a plan year (physical, occupational and speech therapy "
               "counted together). This visit was the 21st or later, so nothing was paid."),
    ], size=8.0, code_w=9)
    p.para(f"Plan paid {usd(tp)} to {KILBOURNE}. You may owe the provider for the visits marked >>.", 9.0)
    p.para(f"Appeals must be received by {long(by)}. Send the ICN and any letter from the treating therapist, "
           f"{pt}, PT, about why more visits are needed.", 9.0)
    tr = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_ID, group=grp, member_id=s, member_name=child,
               cases=[c], claim_amount=m2(tb), service_dates=[f"{refused[0].isoformat()}/{refused[-1].isoformat()}"],
               denial_date=stmt.isoformat(), provider=KILBOURNE, appeal_deadline=by.isoformat(),
               alternates={"insurer": ALT, "provider": [f"{pt}, PT"], "claim_amount": [m2(billed * len(refused))],
                           "service_dates": [[d.isoformat() for d in refused]], "plan_id": [None]})
    return out(p), tr


# --- 6 ------------------------------------------------------------------------------------------------------------
def rotated_stay(rng):
    member, hospitalist, rep = people(rng, 3)
    s = sub_no(rng)
    grp = group_no(rng)
    notice = dt.date(2026, 6, 16)
    printed = dt.date(2026, 6, 17)
    adm, dis = dt.date(2026, 5, 22), dt.date(2026, 5, 25)
    first_call = dt.date(2026, 6, 3)
    called = dt.date(2026, 6, 9)
    billed = 24871.60
    trk = f"CT-26-{digits(rng, 6)}"
    griev = f"GV-26-{digits(rng, 4)}"
    callref = f"{called.strftime('%y%m%d')}-{digits(rng, 4)}"
    p = FFSheet(footer="Page {n} of {nb}", footer_left=f"AMH-WS-L22 (rev. 01/2026)   Printed {slash(printed)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Utilization and Claims")
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    side = [("Notice date", long(notice)), ("Subscriber no.", s), ("Group no.", grp), ("Claim tracking no.", trk),
            ("Member services", tollfree(rng)), ("Fax", dashed_phone(rng)), ("TTY", "711"),
            ("Call reference", callref)]
    paras = [
        f"Dear {first_last(member)}:",
        f"{DELAWARE} sent us its bill for your stay from your admission on {long(adm)} to your discharge on "
        f"{long(dis)}. We cannot pay the {usd(billed)} the hospital billed.",
        "When a hospital stay is not planned ahead, your plan asks that the hospital, you, or someone for you "
        "call us within two business days after the admission, so that our nurses can follow the stay with the "
        f"hospital. We have no record of a call about this stay until {long(first_call)}, after you had gone "
        "home. Because we were never told while you were in the hospital, the stay was not reviewed and the plan "
        "does not pay for it.",
        f"When you called us on {long(called)}, you also said you were unhappy with how long we took to answer your "
        f"questions. We opened grievance no. {griev} for that and will answer it in a separate letter.",
        f"If the hospital or {hospitalist}, M.D., did call us during the stay, ask them for the date and the name "
        "of the person they spoke with and send it to us with your appeal.",
    ]
    p.two_col(side, paras, side_w=54, size=9.4)
    p.bar("Your right to appeal")
    p.para("You, your doctor, or someone you name in writing may appeal within 180 days after the notice date "
           "shown at the left. Send your appeal to Ashgrove Appeals at the PO Box above with the claim tracking "
           "number. If waiting could seriously harm your health, ask for a fast appeal; we answer those within "
           "72 hours.", 9.4)
    p.para(f"Sincerely,\n{rep}\nUtilization and Claims", 9.6)
    tr = truth("denial_letter", "prior_authorization", insurer=INS, group=grp, member_id=s, member_name=member,
               cases=[trk], claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
               denial_date=notice.isoformat(), provider=DELAWARE, appeal_deadline=plus(notice, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{hospitalist}, M.D."]})
    return out(p), tr


# --- 7 + 8 --------------------------------------------------------------------------------------------------------
def scan_stack(rng):
    member, doc, rep = people(rng, 3)
    s = sub_no(rng)
    dpc_no = f"QL-{digits(rng, 4)}"
    stmt = dt.date(2026, 6, 30)
    visit = dt.date(2026, 6, 3)
    # A: the practice's membership statement
    a = FFSheet(footer="Page {n} of {nb}", footer_left="Quarry Lane DPC - monthly statement")
    a.set_margins(18, 14, 18)
    a.add_page()
    a.logo_head(DPC, "QL", ["Membership medicine - no insurance billed for office care",
                            f"{rng.randint(100, 999)} Quarry Lane, Westerville, OH 43081  |  (614) 555-{digits(rng, 4)}"
                            "  |  text us any time"], size=12.5)
    W = a.w - a.l_margin - a.r_margin
    y0 = a.get_y()
    home = addr(rng)
    for ln in [member, *home]:
        a.line(ln, 10)
    bottom = a.sidebar([("Statement date", slash(stmt)), ("Member no.", dpc_no), ("Membership", "Individual adult"),
                        ("Your doctor", f"{doc}, M.D.")], a.l_margin + W - 62, y0, 62, size=8.6)
    a.set_y(max(a.get_y(), bottom) + 4)
    a.f(11, "B")
    a.cell(0, 6, "MEMBERSHIP STATEMENT - JUNE 2026", new_x="LMARGIN", new_y="NEXT")
    a.ln(1)
    items = [(dt.date(2026, 6, 1), "Monthly membership, June 2026", 89.00),
             (visit, "Office visit (wrist pain) - included in membership", 0.00),
             (visit, "Wrist X-ray, 2 views, read in office - at cost", 45.00),
             (visit, "Wrist splint - at cost", 24.00),
             (visit, "Lab: uric acid, CRP - at cost", 14.50)]
    total = round(sum(x[2] for x in items), 2)
    a.ledger(["Date", "Description", "Amount"], [[slash(d), t, n2(v)] for d, t, v in items], [26, W - 56, 30],
             aligns=["L", "L", "R"], size=9.0, totals=["", "Total charges", n2(total)])
    a.leaders([("Card payment 06/01/2026 (autopay)", cr(89.00)), ("Card payment 06/03/2026", cr(83.50)),
               ("Balance", "0.00")], size=9.2, w=110)
    a.para(f"Insurance on file: {INS}, {PLAN}, subscriber no. {s}. Your wrap plan does not pay membership fees "
           "or the at-cost items above, so please do not send this statement to Ashgrove. If we refer you to a "
           "specialist, hospital or imaging center, they bill the wrap plan.", 9.2)
    d_a = (out(a), truth("other", None, insurer=None, member_id=dpc_no, member_name=member, claim_amount=m2(total),
                         service_dates=[visit.isoformat()], denial_date=stmt.isoformat(), provider=DPC,
                         unscored=["insurer"],
                         alternates={"member_id": [s], "claim_amount": [None],
                                     "service_dates": [[dt.date(2026, 6, 1).isoformat(), visit.isoformat()]],
                                     "provider": [f"{doc}, M.D."]}))
    # B: the duplicate bill letter, two pages, the second fed sideways
    ltr = dt.date(2026, 7, 8)
    er = dt.date(2026, 6, 11)
    processed = dt.date(2026, 6, 29)
    billed = 3118.40
    icn_orig = icn(rng, er)
    icn_copy = icn(rng, dt.date(2026, 7, 2))
    b = FFSheet(footer="Page {n} of {nb}", footer_left="AMH-WS-L31 (rev. 01/2026)",
                every_hdr=f"{member}  |  Subscriber no. {s}  |  ICN {icn_copy}")
    b.set_margins(19, 15, 19)
    b.add_page()
    _head(b, rng, "Claims")
    b.line(long(ltr), 10)
    b.ln(2)
    for ln in [member, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.after([(s, "subscriber no."), (icn_copy, "ICN of the bill you sent"), (slash(er), "date of service")])
    b.para(f"Dear {first_last(member)}:", 10)
    b.para(f"Thank you for sending us the itemized bill from {BIGWALNUT} for your emergency visit on {long(er)}, "
           f"{usd(billed)} in all.", 10)
    b.para(f"The hospital had already sent us the same bill. We processed it on {long(processed)} under ICN "
           f"{icn_orig} and applied the allowed amount to your deductible; it was on the claims statement we "
           "mailed you on June 30. Because the bill you sent is the same bill, we have closed it without "
           "processing it a second time. Nothing has changed in what you owe the hospital.", 10)
    b.para("You do not need to send us bills from hospitals or specialists in our network; they send them to us "
           "directly.", 10)
    b.add_page()
    b.bar("If you disagree")
    b.para("If you think the two bills are not the same (for example, different dates or services), send us "
           "both copies and a note. You may appeal within 120 days after the date of this letter.", 10)
    b.para(f"Sincerely,\n{rep}\nClaims Department, {INS}", 10)
    d_b = (out(b), truth("denial_letter", "other", insurer=INS, member_id=s, member_name=member, cases=[icn_copy],
                         claim_amount=m2(billed), service_dates=[er.isoformat()], denial_date=ltr.isoformat(),
                         provider=BIGWALNUT, appeal_deadline=plus(ltr, 120).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[icn_copy, icn_orig]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "bd_statement_dpc_office_visit_billed_to_wrap_plan", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_statement_er_visit_all_to_deductible", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "finefax_determination_form_mri_outside_network", "fax_fine_g4", [finefax_form(rng)]),
        Item(F + "phone_es_membresia_terminada_antes_de_la_visita", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_statement_therapy_visits_past_twenty", "photocopy", [photocopy_therapy(rng)]),
        Item(F + "rotated_hospital_stay_no_call_within_two_days", "rotated", [rotated_stay(rng)]),
        Item(F + "scan_stack_dpc_membership_statement_duplex_then_duplicate_bill_sideways", "scan_clean_300",
             scan_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
