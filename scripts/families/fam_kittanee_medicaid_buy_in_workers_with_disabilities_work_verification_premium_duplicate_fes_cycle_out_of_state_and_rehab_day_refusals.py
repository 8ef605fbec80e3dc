"""Notices mirrored (structure and plain wording style only) from the papers of a state Medicaid Buy-In for working
people with disabilities (the optional Medicaid eligibility group that lets an employed person with a disability
keep Medicaid by paying a premium figured from income; work must be verified at renewal), run by an invented state,
Kittanee, through an invented agency, the Kittanee Health Care Authority (fee-for-service; claims identified by a
13-digit ICN). Medicaid, the Medicaid Buy-In, SSDI and the Work Incentives Planning and Assistance (WIPA) program
appear as themselves; CPT / HCPCS codes as themselves. Every person, provider, number, address, rule, amount and
time limit is invented; phones 555. The agency's own first appeal is an "administrative review" (60 days); the fair
hearing after it is a different, later step. No heading names the kind of refusal.

Documents (8 in 7 files):
- born digital: a two-page Medical Assistance Services Statement (a recipient's explanation of paid services) with
  a "Your coverage at a glance" side column beside the opening prose, thirteen lines over two months and six
  providers, a table broken across the pages; one physical-therapy line, billed a second time for the same day,
  carries the code DX, explained only in a two-column code list at the foot of page 2.
- photocopy: a claim refused because Buy-In coverage ended (no proof of work returned at renewal); form cells
  with captions under the values, a renewal history table, a received stamp of a benefits counselor's office.
- standard fax: a two-page prior approval decision on a home FES cycle (unproven), fax header line, form cells,
  ticked boxes, a running header on page 2.
- phone photo, Spanish: a wound clinic in another state that is not enrolled with Kittanee Medicaid.
- 150 dpi: an inpatient rehabilitation stay whose last eight days are refused as care a lower setting could give,
  a contact side column beside the prose.
- rotated: the premium notice (income table, premium brackets, a payment stub under a dashed cut line; denies
  nothing).
- clean scan stack: a benefits counselor's routing slip (no document), a claim refused for a code that does not fit
  the therapist's license (form cells), then a wheelchair repair billed without the prior approval repairs over
  $1,000 need (captions after the values), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammb import (EMSheet, abbr, dash, digits, dlong, dmy, es_date, first_last, fresh, iso,
                               last_first, long, m2, n2, nopad, out, people, phone, plus, short, slash, spaced,
                               surname, tollfree, truth, upper, usd, usd_es, wday)

FAMILY = ("kittanee_medicaid_buy_in_workers_with_disabilities_work_verification_premium_duplicate_fes_cycle_"
          "out_of_state_and_rehab_day_refusals")
LANG = "en"
SEED = 355021

AGENCY = "Kittanee Health Care Authority"
ALT = ["Kittanee HCA", "Kittanee Medicaid", "Kittanee Medical Assistance", "Health Care Authority",
       "Kittanee Health Care Authority Medical Assistance Division", "KHCA"]
DIV = "Medical Assistance Division"
PROGRAM = "Medicaid Buy-In for Workers with Disabilities"
HELP = "1-877-555-0186"
HQ = ["Medical Assistance Division", "P.O. Box 40215", "Arden Ridge, KT 58401"]
TOWNS = [("Arden Ridge", "58403"), ("Tilbury Crossing", "58622"), ("North Vale", "58715"), ("Whitlock", "58531"),
         ("Pell Harbor", "58806")]
STREETS = ["Larchmont Ave", "Quarry Hill Rd", "Depot St", "Tamarack Ct", "Old Ferry Rd", "Sumac Ln", "Kiln Row"]


def mid(rng) -> str:
    return "7" + digits(rng, 9)


def icn(rng, d: dt.date) -> str:
    return f"21{d:%y}{d.timetuple().tm_yday:03d}" + digits(rng, 6)


def case_no(rng) -> str:
    return f"{rng.randint(10, 49):02d}-{digits(rng, 7)}"


def home(rng):
    town, z = rng.choice(TOWNS)
    return [f"{rng.randint(110, 9870)} {rng.choice(STREETS)}", f"{town}, KT {z}"]


def head(p: EMSheet, rng, es: bool = False):
    right = ["P.O. Box 40215", "Arden Ridge, KT 58401", f"Member help {HELP}", "TTY 711"]
    if es:
        right = ["Apartado postal 40215", "Arden Ridge, KT 58401", f"Ayuda {HELP}", "TTY 711"]
    p.agency_letterhead("State of Kittanee", AGENCY,
                        "División de Asistencia Médica" if es else f"{DIV}  \u00b7  {PROGRAM}", right)


def review_para(d: dt.date) -> str:
    return ("**If you disagree.** You may ask the Authority for an administrative review. Your request must reach us "
            "within 60 days of the date of this notice. Write to the Administrative Review Unit at the address "
            "above, call member help, or use the form at the back of your member handbook. If you still disagree "
            "after the review, you may ask for a fair hearing within 30 days of the date of the review decision. "
            "You may have a friend, a benefits counselor or a lawyer help you.")


# -------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    mem, pcp, therapist, pca_nurse = people(rng, 4, 1, "FMFF")
    num = mid(rng)
    case = case_no(rng)
    sd = dt.date(2026, 5, 11)
    pt = "Stillwater Therapy Partners"
    d_dup = dt.date(2026, 3, 12)
    rows_def = [  # (date text, provider, service, billed, paid, code, date for ICN)
        (short(dt.date(2026, 3, 3)), "Rookwood Family Medicine", "99214 Office visit", 212.00, 88.61, "PD"),
        (short(dt.date(2026, 3, 3)), "Ostrander Reference Laboratory", "80053 Metabolic panel", 48.00, 10.56, "PD"),
        (f"{short(dt.date(2026, 3, 2))}-{short(dt.date(2026, 3, 8))}", "Wayfarer Home Care Agency",
         "T1019 Personal care, 48 units", 480.00, 172.80, "PC"),
        (short(dt.date(2026, 3, 5)), pt, "97110 Therapeutic exercise x4", 196.00, 92.12, "PD"),
        (f"{short(dt.date(2026, 3, 9))}-{short(dt.date(2026, 3, 15))}", "Wayfarer Home Care Agency",
         "T1019 Personal care, 48 units", 480.00, 172.80, "PC"),
        (short(d_dup), pt, "97110 Therapeutic exercise x4", 196.00, 92.12, "PD"),
        (short(d_dup), pt, "97110 Therapeutic exercise x4", 196.00, 0.00, "DX"),
        (short(dt.date(2026, 3, 19)), pt, "97530 Therapeutic activities x3", 171.00, 76.44, "PD"),
        (f"{short(dt.date(2026, 3, 16))}-{short(dt.date(2026, 3, 22))}", "Wayfarer Home Care Agency",
         "T1019 Personal care, 44 units", 440.00, 158.40, "PC"),
        (short(dt.date(2026, 4, 2)), "Harlow Medical Supply", "A4351 Intermittent catheter x120", 264.00, 151.20,
         "PD"),
        (short(dt.date(2026, 4, 14)), "Rookwood Family Medicine", "99213 Office visit", 148.00, 61.93, "CP"),
        (short(dt.date(2026, 4, 21)), "Tilbury Crossing Hospital", "72148 MRI lumbar spine", 1840.00, 412.35, "AP"),
        (f"{short(dt.date(2026, 4, 20))}-{short(dt.date(2026, 4, 26))}", "Wayfarer Home Care Agency",
         "T1019 Personal care, 48 units", 480.00, 172.80, "PC"),
    ]
    rows, dup_icn = [], None
    for i, (dtx, prov, svc, b, pd, code) in enumerate(rows_def):
        d0 = dt.datetime.strptime(dtx.split("-")[0], "%m/%d/%y").date()
        n = icn(rng, plus(d0, rng.randint(6, 15)))
        if code == "DX":
            dup_icn = n
        rows.append([dtx, prov, svc, n2(b), n2(pd), code, n])
        if i == 7:
            rows.append(("break",))
    tb = sum(r[3] for r in rows_def)
    tp = sum(r[4] for r in rows_def)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-MS-4 (01/26)   Statement {sd:%Y%m%d}-{num[-4:]}",
                running=f"{last_first(mem)}   Medicaid ID {num}   Services statement of {long(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng)
    p.f(14, "B")
    p.cell(0, 7, "Medical Assistance Services Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, f"For services processed March 1 - April 30, 2026      Date of this statement: {long(sd)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.address([mem, *home(rng)], 9.6)
    p.prose_side([
        f"Dear {first_last(mem)}:",
        "This statement lists the services that providers billed to Kittanee Medicaid for you and what Medicaid "
        "paid. **It is not a bill.** Please read it and check that you got each service on the date shown.",
        "A provider who takes Medicaid may not bill you for the difference between the amount billed and the amount "
        "Medicaid paid. For example, if a clinic billed $150.00 and Medicaid paid $62.40, the clinic may not ask you "
        "for the other $87.60. The only amounts you may owe are the copayments shown with code CP.",
        "The Code column tells you what happened to each line. The codes are explained on the last page.",
        "If you did not get a service listed here, please call the Program Integrity line at "
        f"{tollfree(rng, '866')}. You do not have to give your name.",
    ], "Your coverage at a glance", [
        ("Program", PROGRAM),
        ("Medicaid ID", spaced(num, [4, 3, 3])),
        ("Eligibility case number", case),
        ("Monthly premium", "$41.00, paid through May 2026"),
        ("Employer on file", "Tamsworth Title & Escrow, part time"),
        ("Next renewal due", long(dt.date(2026, 10, 31))),
        "Personal care: 48 units a week approved through 09/30/2026.",
    ], side_w=58, size=9.0, side_size=7.6)
    p.f(10.5, "B")
    p.cell(0, 6, "Services processed", new_x="LMARGIN", new_y="NEXT")
    W = p.W
    widths = [27, 42, 44, 17, 17, 10]
    widths.append(W - sum(widths))
    p.grid(["Date(s) of service", "Provider", "Service", "Billed", "Medicaid paid", "Code", "Claim (ICN)"], rows,
           widths, ["L", "L", "L", "R", "R", "C", "L"], size=7.2, row_h=5.0,
           cont="Services processed (continued)")
    p.f(8.4, "B")
    p.cell(0, 5, f"Totals for this statement:   billed {usd(tb)}   Medicaid paid {usd(tp)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(3)
    p.heading("About the lines on this statement", 10.2, rule=True)
    p.para(review_para(sd).replace("this notice", "this statement"), 8.6)
    p.para("Personal care lines (code PC) are paid to the agency; the hours are the ones in your approved plan of "
           f"care. Your personal care nurse on file is {pca_nurse}, RN. Report a change in your work hours within "
           "10 days.", 8.6)
    p.ln(1)
    p.legend2("What the codes mean", [
        ("PD", "Paid. Medicaid paid the provider the amount shown."),
        ("PC", "Paid under your approved personal care plan."),
        ("CP", "Paid; the provider may collect a $3.00 copayment from you."),
        ("AP", "Paid; the provider asked for and got approval before the service."),
        ("DX", "Not paid. The same provider already billed this service for the same person and date, and that "
               "claim was paid. This line is a second bill for the same service."),
        ("NE", "Not paid. The provider is not enrolled with Kittanee Medicaid."),
        ("PA", "Not paid. The service needs approval before it is given, and none was asked for."),
        ("LT", "Not paid. The claim reached us more than 365 days after the service."),
        ("EL", "Not paid. You did not have Medicaid on the date of service."),
        ("MX", "Not paid. The procedure code does not fit the provider's license or the service given."),
    ], size=7.4, code_w=8)
    p.f(7.2)
    p.multi_cell(W, 3.4, "Medicaid ID numbers, claim numbers (ICN) and the eligibility case number are different "
                 "numbers. Give the ICN when you ask about a line on this statement.", new_x="LMARGIN", new_y="NEXT")
    dup = rows_def[6]
    t = truth("eob", "other", insurer=AGENCY, member_id=num, member_name=mem, cases=[dup_icn],
              claim_amount=m2(dup[3]), service_dates=[iso(d_dup)], denial_date=iso(sd), provider=pt,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": ALT, "case_numbers": [[dup_icn, case]]})
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def photocopy_no_work_proof(rng):
    mem, ordering, counselor, worker = people(rng, 4, 1, "MFFM")
    num = mid(rng)
    case = case_no(rng)
    svc = dt.date(2026, 4, 9)
    hosp = "Tilbury Crossing Hospital"
    billed = 1118.00
    recv = dt.date(2026, 4, 24)
    nd = dt.date(2026, 5, 6)
    n = icn(rng, recv)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-ND-2   {n}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng)
    p.f(13, "B")
    p.cell(0, 6.5, "Notice of Denied Payment", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.4, "Please keep this notice. It explains a bill Medicaid did not pay.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.address([mem, *home(rng)], 9.6)
    p.stamp(["RECEIVED", upper(dt.date(2026, 5, 11)), "Kittanee WIPA office"], x=p.l_margin + p.W - 58, y=y0,
            angle=-7, w=50)
    p.set_y(max(p.get_y(), y0 + 22))
    p.form_cells([
        [(dash(nd), "date of this notice", 1.2), (spaced(num, [4, 3, 3]), "medicaid id", 1.3),
         (case, "eligibility case no.", 1.2)],
        [(mem, "person who got the service", 1.7), (hosp, "provider who billed", 2.0)],
        [(n, "claim number (icn)", 1.4), (n2(billed), "amount billed", 1.0), (slash(svc), "date of service", 1.0),
         (slash(recv), "date we got the bill", 1.0)],
    ], size=9.0)
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"We got a bill from {hosp} for a bladder pressure study (urodynamics, 51728) done on {long(svc)}, which "
           f"{ordering}, MD ordered. **Medicaid will not pay this bill.** On the date of the study you did not "
           f"have Kittanee Medicaid.", 9.3)
    p.para(f"Your coverage under the {PROGRAM} ended on March 31, 2026. To stay in the Buy-In, a person must be "
           "working, and at each renewal we ask for proof of work: recent pay stubs, a letter from the employer, or "
           "a self-employment log. We did not get this proof, so your coverage ended. The table shows what we "
           "sent you.", 9.3)
    W = p.W
    p.grid(["What we sent", "Date sent", "Reply due", "What we got back"], [
        ["Renewal form and request for proof of work", short(dt.date(2026, 1, 20)), short(dt.date(2026, 2, 19)),
         "Renewal form only (signed 02/11/26)"],
        ["Reminder: proof of work still needed", short(dt.date(2026, 2, 20)), short(dt.date(2026, 3, 6)), "Nothing"],
        ["Notice that coverage will end 03/31/2026", short(dt.date(2026, 3, 10)), "-", "Nothing"],
    ], [78, 24, 24, W - 126], ["L", "L", "L", "L"], size=8.2, row_h=5.4)
    p.para("**You may be able to get this bill paid.** If you were working in March and April 2026, send us your "
           "proof of work. If it shows you were working, we will restore your coverage back to April 1, 2026 and "
           "ask the hospital to bill us again. You may also apply again at any time.", 9.2)
    p.para(review_para(nd), 9.0)
    p.para(f"A benefits counselor can help you with work reports and the Buy-In rules at no cost. Your local Work "
           f"Incentives Planning and Assistance (WIPA) counselor is {counselor}, {phone(rng, '605')}.", 9.0)
    p.signoff(["Sincerely,", worker, "Eligibility and Claims Unit"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=num, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "case_numbers": [[n, case]], "provider": [ordering]})
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def faxstd_fes_cycle(rng):
    mem, physiatrist, reviewer, pt_name = people(rng, 4, 1, "MFMF")
    num = mid(rng)
    nd = dt.date(2026, 5, 14)
    recv = dt.date(2026, 4, 30)
    need = dt.date(2026, 6, 1)
    supplier = "Quillback Rehab Technology"
    pa = f"PA26{digits(rng, 8)}"
    npi = digits(rng, 10)
    items = [("E0764", "Functional neuromuscular stimulation cycle, home use", 1, 14860.00),
             ("A4595", "Electrode pads, set of 4 (monthly)", 4, 96.00)]
    total = sum(x[3] for x in items)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-PA-7   {pa}",
                running=f"Prior approval {pa}   {last_first(mem)}   continued", running_from=2)
    p.set_margins(16, 12, 16)
    p.add_page()
    p.set_font("Mono", "", 7.4)
    p.cell(0, 3.6, f"{upper(nd).replace(',', '')} 10:42   FROM: KHCA PRIOR APPROVAL UNIT   TO: {phone(rng, '605')}"
           "   P.1/2", new_x="LMARGIN", new_y="NEXT")
    hline_y = p.get_y() + 0.6
    p.line_seg(p.l_margin, hline_y, p.w - p.r_margin, hline_y)
    p.ln(3)
    head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 6, "Notice of Decision on a Prior Approval Request", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4.2, "Sent to the member, with a copy to the requesting supplier and the prescriber", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.form_cells([
        [(mem, "member", 1.8), (spaced(num, [4, 3, 3]), "medicaid id", 1.1), (pa, "request number", 1.1)],
        [(supplier, "requesting supplier", 1.7), (npi, "supplier npi", 1.0), (slash(recv), "request received", 1.0),
         (slash(nd), "decision date", 0.9)],
        [(f"{physiatrist}, MD", "prescriber (physical medicine)", 1.7), (slash(need), "date needed", 0.9),
         (usd(total), "amount requested", 1.0), ("Incomplete spinal cord injury", "reason for request", 1.6)],
    ], size=8.8)
    p.f(9, "B")
    p.cell(0, 5, "Decision:", new_x="LMARGIN", new_y="NEXT")
    for box, lab in [(" ", "Approved as requested"), (" ", "Approved in part (see the table)"),
                     ("X", "Denied")]:
        p.set_x(p.l_margin + 4)
        p.f(9)
        p.cell(6, 5, f"[{box}]")
        p.cell(80, 5, lab, new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.W
    p.grid(["HCPCS", "Item", "Qty", "Amount", "Decision"],
           [[c, d, str(q), n2(a), "Denied"] for c, d, q, a in items] + [("bold", ["", "Total requested", "",
                                                                                 n2(total), ""])],
           [18, 88, 12, 26, W - 144], ["L", "L", "R", "R", "L"], size=8.2, row_h=5.4)
    p.heading("Why we made this decision", 10.5)
    p.para(f"{supplier} asked us to approve a stationary exercise cycle that moves your legs with electrical "
           "stimulation of the leg muscles, for use at home, with electrode pads each month.", 9.0)
    p.para("The Authority's equipment guideline DME-118 says home cycles of this kind are covered only when "
           "research shows they give a lasting benefit that ordinary exercise and therapy do not. The studies we "
           "reviewed are small and short, and they do not show that use at home improves walking, strength or "
           "health over time. For this reason the Authority considers these cycles unproven (investigational) "
           "for home use, and we cannot approve them. The electrode pads are denied because they are used only "
           "with the cycle.", 9.0)
    p.add_page()
    p.heading("What you can do", 10.5, rule=True)
    p.para(f"You and {first_last(physiatrist)} may talk with the reviewing doctor about this decision. Call "
           f"{tollfree(rng, '877')} and give the request number. Physical therapy at a clinic remains open to you; "
           f"your therapist on file, {pt_name}, PT, may ask for more visits if you need them.", 9.0)
    p.para(review_para(nd), 9.0)
    p.para("**If you need a faster decision.** If waiting could seriously harm your health, ask for an expedited "
           "review; we decide those within 72 hours. Equipment you already have is not affected by this notice.",
           9.0)
    p.signoff(["Reviewed by", f"{reviewer}, MD", "Medical Director's Office, Prior Approval Unit"], 9.0)
    t = truth("denial_letter", "experimental", insurer=AGENCY, member_id=num, member_name=mem, cases=[pa],
              claim_amount=m2(total), service_dates=[iso(need)], denial_date=iso(nd), provider=supplier,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "provider": [physiatrist], "claim_amount": [None],
                          "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def phone_es_out_of_state(rng):
    mem, nurse, worker = people(rng, 3, 1, "FFM", es=True)
    num = mid(rng)
    svc = dt.date(2026, 3, 17)
    nd = dt.date(2026, 4, 22)
    clinic = "Pinecrest Wound & Ostomy Clinic"
    billed = 385.00
    n = icn(rng, dt.date(2026, 4, 6))
    p = EMSheet(footer="Página {n} de {nb}", footer_left="KHCA-ND-2S")
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, es=True)
    p.f(9.6)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Aviso de pago denegado", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada señora {surname(mem)}:", 9.8)
    p.para(f"Recibimos una factura de {clinic}, de Cheyenne, Wyoming, por la curación de una herida que le hicieron "
           f"el {es_date(svc)}. La factura llegó el {es_date(dt.date(2026, 4, 6))}, fue por {usd_es(billed)} y "
           f"tiene el número de reclamo {n}. **Medicaid de Kittanee no pagará esta factura.**", 9.6)
    p.para("Medicaid de Kittanee paga los servicios que dan los proveedores inscritos en nuestro programa. Fuera del "
           "estado, también paga la atención de emergencia. Esta clínica no está inscrita como proveedor de "
           "Medicaid de Kittanee, y la visita fue una curación programada, no una emergencia. Por eso no podemos "
           "pagarla.", 9.6)
    p.set_fill_color(238, 238, 238)
    p.f(8.8)
    p.multi_cell(p.W, 4.4, f"Persona atendida: {mem}   |   Número de Medicaid: {num}   |   Programa: Medicaid "
                 f"Buy-In para Trabajadores con Discapacidades   |   Enfermera que la atendió: {nurse}, RN",
                 border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(2)
    p.para("Si su trabajo la lleva otra vez fuera del estado, llámenos antes de su viaje. Podemos ayudarle a buscar "
           "un proveedor que acepte Medicaid de Kittanee o a pedir que la clínica se inscriba.", 9.4)
    p.para("**Si no está de acuerdo.** Puede pedir una revisión administrativa. Su pedido debe llegarnos dentro de "
           "60 días a partir de la fecha de este aviso. Si después de la revisión sigue en desacuerdo, puede pedir "
           "una audiencia imparcial dentro de 30 días a partir de la fecha de la decisión de la revisión.", 9.4)
    p.signoff(["Atentamente,", worker, "Unidad de Reclamos"], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=AGENCY, member_id=num, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 60)), lang="es", alternates={"insurer": ALT, "provider": [nurse]})
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def lowres_rehab_days(rng):
    mem, attending, nurse_rev, md_rev = people(rng, 4, 1, "MFFM")
    num = mid(rng)
    adm, last_ok, dis = dt.date(2026, 3, 2), dt.date(2026, 3, 12), dt.date(2026, 3, 20)
    hosp = "Arden Ridge Rehabilitation Hospital"
    billed, denied_part = 61480.00, 24920.00
    nd = dt.date(2026, 4, 27)
    n = icn(rng, dt.date(2026, 3, 31))
    npi = digits(rng, 10)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-UR-3   ICN {n}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    p.f(9.6)
    p.cell(0, 5, wday(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.f(12, "B")
    p.cell(0, 6, f"About your stay at {hosp}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prose_side([
        f"Dear Mr. {surname(mem)}:",
        f"You were a patient at {hosp} from {long(adm)} to {long(dis)}, after surgery to close a pressure wound. "
        f"Your doctor there was {attending}, MD. The hospital billed Medicaid {usd(billed)} for the stay.",
        f"Our nurse reviewer read the hospital's records. Medicaid will pay for {adm:%B} {adm.day} through "
        f"{last_ok:%B} {last_ok.day}. **Medicaid will not pay for the days from {long(plus(last_ok, 1))} through "
        f"{long(dis)}** ({n2(denied_part)} of the bill).",
        "## Why",
        "A rehabilitation hospital is for people who need, and can take part in, at least three hours of therapy "
        "a day with a doctor seeing them daily. The records show that by March 13 your wound was healing, you were "
        "moving yourself from bed to chair, and you had one hour of therapy a day. The care you got in those "
        "days could have been given in a skilled nursing facility or at home with home health visits. We do not "
        "say you did not need care; we say it did not need a rehabilitation hospital.",
        f"A doctor, {md_rev}, MD, agreed with the nurse's review.",
        "The hospital may not bill you for the days Medicaid does not pay.",
    ], "Questions? Call us", [
        ("Member help", HELP),
        ("TTY", "711"),
        ("Your Medicaid ID", spaced(num, [4, 3, 3])),
        ("Claim (ICN)", n),
        ("Hospital NPI", npi),
        ("Nurse reviewer", f"{nurse_rev}, RN"),
        "Hours: Monday-Friday, 7 a.m. to 6 p.m.",
    ], side_w=52, size=9.0)
    p.boxed_pairs([("Days Medicaid will pay", f"{slash(adm)} - {slash(last_ok)}  (11 days)"),
                   ("Days Medicaid will not pay", f"{slash(plus(last_ok, 1))} - {slash(dis)}  (8 days)")],
                  label_w=58, size=9.0)
    p.para(review_para(nd).replace("this notice", "this letter"), 9.0)
    p.para("The hospital may also ask us to look again at its claim; that is a separate request and does not change "
           "your own right to ask for a review.", 9.0)
    p.signoff(["Sincerely,", "Utilization Review Unit", AGENCY], 9.0)
    t = truth("denial_letter", "level_of_care", insurer=AGENCY, member_id=num, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{iso(plus(last_ok, 1))}/{iso(dis)}"], denial_date=iso(nd),
              provider=hosp, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "provider": [attending], "claim_amount": [m2(denied_part)],
                          "service_dates": [[f"{iso(adm)}/{iso(dis)}"]]})
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def rotated_premium_notice(rng):
    mem, worker = people(rng, 2, 1, "FM")
    num = mid(rng)
    case = case_no(rng)
    nd = dt.date(2026, 6, 3)
    gross, ssdi = 2840.00, 1102.00
    after = round((gross - 65) / 2, 2)
    countable = round(after + ssdi - 20, 2)
    premium = 48.00
    due = dt.date(2026, 6, 25)
    p = EMSheet(footer="Page {n} of {nb}", footer_left="KHCA-PR-1 (03/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p, rng)
    p.f(13, "B")
    p.cell(0, 6.5, "Your Monthly Premium for the Medicaid Buy-In", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.address([mem, *home(rng)], 9.6)
    p.form_cells([[(long(nd), "date of this notice", 1.3), (spaced(num, [4, 3, 3]), "medicaid id", 1.1),
                   (case, "case number", 1.0), ("July 1, 2026", "new premium starts", 1.1)]], size=9.0)
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"You reported a raise at your job. We looked at your income again. You still qualify for the {PROGRAM}. "
           f"**Your premium will be {usd(premium)} a month starting July 1, 2026.** Your Medicaid coverage and "
           "services do not change.", 9.3)
    W = p.W
    p.f(10, "B")
    p.cell(0, 5.5, "How we figured your premium", new_x="LMARGIN", new_y="NEXT")
    p.grid(["Income", "Monthly amount"], [
        ["Earned income (wages, before taxes)", n2(gross)],
        ["Less the first $65.00 of earnings", "- 65.00"],
        ["Less half of the rest of your earnings", f"- {n2(gross - 65 - after)}"],
        ["Earned income we count", n2(after)],
        ["Unearned income (SSDI)", n2(ssdi)],
        ["Less the general $20.00 exclusion", "- 20.00"],
        ("bold", ["Countable income", n2(countable)]),
    ], [W - 44, 44], ["L", "R"], size=8.6, row_h=5.2)
    p.f(10, "B")
    p.cell(0, 5.5, "Premium schedule", new_x="LMARGIN", new_y="NEXT")
    p.grid(["Countable monthly income", "Monthly premium", ""], [
        ["Up to $1,595.00", "$0.00", ""],
        ["$1,595.01 - $2,127.00", "$22.00", ""],
        ["$2,127.01 - $2,660.00", "$48.00", "<- your premium"],
        ["$2,660.01 - $3,192.00", "$79.00", ""],
        ["Over $3,192.00", "7.5% of countable income", ""],
    ], [70, 50, W - 120], ["L", "R", "L"], size=8.4, row_h=5.0)
    p.para("Pay by the 25th of each month for the next month. If a premium is more than 60 days late, your coverage "
           "may end. If your income goes down, tell us within 10 days; your premium may go down too.", 9.0)
    p.para("If you think we figured your premium wrong, call us. You may also ask for a fair hearing within 90 days "
           "of the date of this notice.", 9.0)
    p.signoff(["", worker, "Premium Unit"], 9.0)
    p.cut_line()
    p.f(10.5, "B")
    p.cell(0, 5.5, "Medicaid Buy-In premium payment", new_x="LMARGIN", new_y="NEXT")
    p.form_cells([[(mem, "name", 2.0), (spaced(num, [4, 3, 3]), "medicaid id", 1.2),
                   ("July 2026", "coverage month", 1.0)],
                  [(n2(premium), "amount due", 1.0), (slash(due), "due by", 1.0),
                   ("", "amount enclosed", 1.2), (case, "case number", 1.0)]], size=9.0)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Make your check or money order payable to Kittanee Health Care Authority. Write your "
                 "Medicaid ID on it. Mail to: Premium Unit, P.O. Box 40290, Arden Ridge, KT 58401.",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=AGENCY, member_id=num, member_name=mem, cases=[case], denial_date=iso(nd),
              alternates={"insurer": ALT, "case_numbers": [[]], "appeal_deadline": [iso(plus(nd, 90))]})
    return out(p), t


# -------------------------------------------------------------------------------------------------------------
def routing_slip(rng, to: str, member: str) -> bytes:
    p = EMSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, "Kittanee Work Incentives Planning & Assistance", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, "WIPA benefits counseling  \u00b7  418 Depot St, Suite 2, Whitlock, KT 58531", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(6)
    p.f(20, "B")
    p.cell(0, 10, "ROUTING SLIP", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in [("To", to), ("From", "Front desk (scanned at intake)"), ("Client", member),
                 ("Re", "two Medicaid letters brought in by the client"), ("Pages", "3 including this slip")]:
        p.f(11, "B")
        p.cell(28, 9, k)
        p.f(11)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 28, p.get_y() - 1, p.w - p.r_margin, p.get_y() - 1)
    p.ln(6)
    p.f(10)
    p.multi_cell(p.W, 5, "[ ] For your file     [X] Please review and call client     [ ] Return to client\n\n"
                 "Client asks whether to request reviews. Second letter was in the envelope upside down.",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def scan_stack(rng):
    mem, ot, counselor, worker, worker2 = people(rng, 5, 1, "MFFMF")
    num = mid(rng)
    addr = home(rng)
    # document 1: a code that does not fit the therapist's license
    svc1 = dt.date(2026, 4, 13)
    nd1 = dt.date(2026, 5, 20)
    clinic = "Northvale Hand & Upper Limb Therapy"
    b1 = 245.00
    n1 = icn(rng, dt.date(2026, 4, 27))
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-ND-2   {n1}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Notice of Denied Payment", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.address([mem, *addr], 9.6)
    p.form_cells([
        [(long(nd1), "notice date", 1.2), (num, "medicaid id", 1.0), (n1, "claim number (icn)", 1.2)],
        [(f"{ot}, OTR/L", "therapist", 1.4), (clinic, "clinic that billed", 1.8)],
        [(dmy(svc1), "date of service", 1.0), ("97162", "code billed", 0.8), (usd(b1), "billed", 0.9),
         ("$0.00", "medicaid paid", 0.9)],
    ], size=8.9)
    p.para(f"Dear Mr. {surname(mem)}:", 9.6)
    p.para(f"{clinic} billed us for a therapy evaluation you had on {long(svc1)}. **Medicaid did not pay this "
           "bill.** The bill used code 97162, which is a physical therapy evaluation. The evaluation was done by "
           "an occupational therapist. Occupational therapy evaluations have their own codes (97165 to 97167). "
           "Because the code on the bill does not fit the therapist who gave the service, we could not pay it.",
           9.3)
    p.para("The clinic can fix the bill and send it again with the right code; clinics have 365 days from the date "
           "of service to do so. You do not need to do anything, and the clinic may not bill you for this "
           "evaluation.", 9.3)
    p.para(review_para(nd1), 9.0)
    p.signoff(["Sincerely,", worker, "Claims Unit"], 9.0)
    d1 = (out(p), truth("denial_letter", "coding_error", insurer=AGENCY, member_id=num, member_name=mem, cases=[n1],
                        claim_amount=m2(b1), service_dates=[iso(svc1)], denial_date=iso(nd1), provider=clinic,
                        appeal_deadline=iso(plus(nd1, 60)), alternates={"insurer": ALT, "provider": [ot]}))
    # document 2: wheelchair repair over $1,000 billed without prior approval (fed upside down)
    svc2 = dt.date(2026, 4, 28)
    nd2 = dt.date(2026, 5, 21)
    shop = "Gatehouse Mobility & Seating"
    lines = [("K0739", "Repair labor, 15 minutes x 6", 180.00), ("E2361", "Power wheelchair battery, 22NF x 2",
                                                                   612.40),
             ("E2377", "Expandable controller, replacement", 594.00)]
    b2 = round(sum(x[2] for x in lines), 2)
    n2_ = icn(rng, dt.date(2026, 5, 6))
    q = EMSheet(footer="Page {n} of {nb}", footer_left=f"KHCA-ND-2   {n2_}")
    q.set_margins(18, 15, 18)
    q.add_page()
    head(q, rng)
    q.f(12.5, "B")
    q.cell(0, 6.5, "Notice of Denied Payment", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.address([mem, *addr], 9.6)
    q.cap_boxes([(slash(nd2), "notice date", 1.2), (spaced(num, [4, 3, 3]), "medicaid id", 1.5),
                 (n2_, "icn", 1.6)], where="beside")
    q.cap_boxes([(shop, "supplier", 2.4), (short(svc2), "repaired", 1.1), (n2(b2), "billed", 1.0)],
                where="beside")
    q.para(f"Dear Mr. {surname(mem)}:", 9.6)
    q.para(f"{shop} repaired your power wheelchair on {long(svc2)} and billed Medicaid for the work below. "
           "**Medicaid did not pay this bill.**", 9.3)
    q.grid(["Code", "Repair", "Billed"], [[c, d, n2(a)] for c, d, a in lines] + [("bold", ["", "Total", n2(b2)])],
           [22, 110, q.W - 132], ["L", "L", "R"], size=8.6, row_h=5.4)
    q.para("Repairs to a wheelchair that cost more than $1,000.00 in total need the Authority's approval before the "
           "work is done, except when the chair cannot be used at all and the repair cannot wait. The supplier did "
           "not ask for approval, and its bill does not say the repair was urgent. The supplier may ask for a late "
           "approval and send the bill again; it may not bill you.", 9.3)
    q.para(review_para(nd2), 9.0)
    q.signoff(["Sincerely,", worker2, "Claims Unit"], 9.0)
    d2 = (out(q), truth("denial_letter", "prior_authorization", insurer=AGENCY, member_id=num, member_name=mem,
                        cases=[n2_], claim_amount=m2(b2), service_dates=[iso(svc2)], denial_date=iso(nd2),
                        provider=shop, appeal_deadline=iso(plus(nd2, 60)), alternates={"insurer": ALT}))
    slip = routing_slip(rng, counselor, mem)
    return slip, [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_services_statement_side_column_duplicate_line_dx", "born_digital",
             [born_statement(rng)]),
        Item(F + "photocopy_no_proof_of_work_coverage_ended_stamped", "photocopy", [photocopy_no_work_proof(rng)]),
        Item(F + "faxstd_prior_approval_fes_cycle_unproven", "fax_standard_g4", [faxstd_fes_cycle(rng)]),
        Item(F + "phone_es_clinica_fuera_del_estado_no_inscrita", "phone_photo", [phone_es_out_of_state(rng)]),
        Item(F + "lowres_rehab_hospital_last_eight_days_contact_column", "scan_lowres_150",
             [lowres_rehab_days(rng)]),
        Item(F + "rotated_premium_notice_income_table_payment_stub", "rotated", [rotated_premium_notice(rng)]),
    ]
    slip, docs = scan_stack(rng)
    items.append(Item(F + "scan_stack_routing_slip_code_mismatch_then_wheelchair_repair_upside_down",
                      "scan_clean_300", docs, separators=[slip, None], turns={(1, 0): 180}))
    return items
