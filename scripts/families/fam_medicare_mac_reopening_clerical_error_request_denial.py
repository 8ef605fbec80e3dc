"""Notices mirrored (structure and wording style only) from a Medicare Administrative Contractor's answers to a
provider's request to reopen a Part B claim to correct a clerical error: reopening done (revised claim, the
earlier payment taken back in brackets), refused because the request came more than one year after the initial
determination, refused because the change needs a redetermination instead (a claim denied as not reasonable and
necessary; adding modifier 59 to a bundled line), with a Spanish Medicare Summary Notice ("Resumen de Medicare")
showing the duplicate denial that started it, the practice's reopening request and its statement to the patient.
Medicare, CMS, the reopening / redetermination / reconsideration / ALJ steps and HCPCS/CPT codes appear as
themselves; the contractor (Larkspur Federal Health Services), every practice, person and number is invented.

Documents (8 in 7 files):
- bd_reopening_completed_plain_table_brackets: letter to the practice ("Attn: Billing Office"), reopening done,
  a claim table without ruling lines (original and revised lines, the earlier payment "(88.40)"), ISO dates,
  "USD" amounts, taglines and nondiscrimination boilerplate (denies nothing).
- faxstd_reopening_refused_late_small_type: 7.4 pt letter under a typed fax header, dates "04-MAR-2026", request
  received more than one year after the initial determination (2025 service), 120/180/60-day limits as decoys.
- scan300_cover_letter_facts_on_page2_redetermination_needed: page 1 a prose cover letter, page 2 the facts box
  under a repeated header with another "page" date; the line was denied as not reasonable and necessary, so a
  redetermination is needed (stated due date); dates "March 4th, 2026".
- phone_two_page_practice_reopening_request: the practice's two-page request to the contractor (wrong date of
  service keyed, denied as duplicate), dates "3/4/26" (denies nothing).
- rotated_spanish_msn_duplicate_line_denied: Spanish Medicare Summary Notice, three claims, the keyed-wrong
  visit denied as a duplicate, a stated appeal date, taglines.
- lowres_practice_statement_medicare_adjustments: the practice's statement to the patient, Medicare payments and
  adjustments in brackets, dates "4 March 2026", the reopened line pending (denies nothing).
- photocopy_stack_acknowledgement_then_partial_reopening_upside_down: a reopening request acknowledgement
  (denies nothing), the blank back of its sheet, then a partial reopening (one line corrected, the modifier 59
  line refused: redetermination needed) fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkd import DKSheet, kdate, neg, words
from public_kit import amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_mac_reopening_clerical_error_request_denial"
LANG = "en"
SEED = 351703
MAC = "Larkspur Federal Health Services"
MAC_FULL = "Larkspur Federal Health Services, LLC"
PRACTICES = ["Tamarack Family Medicine", "Bellweather Podiatry Group", "Quarry Hill Internal Medicine",
             "Sweetwater Cardiology Associates", "Osprey Point Dermatology"]


def _clin(rng):
    return person(rng)[0]


def _logo(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_draw_color(40, 70, 110)
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, y, p.l_margin, y + 12)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_xy(p.l_margin + 3, y)
    p.f(13, "B")
    p.cell(0, 6, MAC_FULL, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(7.5)
    p.cell(0, 3.6, f"Medicare Administrative Contractor, Part B  |  {dept}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.cell(0, 3.6, f"PO Box {rng.randint(1000, 9999)}, Pueblo CO 810{rng.randint(10, 99)}  |  Provider Contact "
                   f"Center 1-855-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def _rights(p: DKSheet, size: float):
    p.para("**Other appeal steps (for your information).** A request for redetermination must be filed within 120 "
           "days of receipt of the initial determination. If you disagree with a redetermination, a reconsideration "
           "by a Qualified Independent Contractor may be requested within 180 days of receipt of the redetermination, "
           "and an Administrative Law Judge hearing within 60 days of receipt of the reconsideration.", size)


def bd_reopening_done(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    prac, clin = PRACTICES[0], _clin(rng)
    nd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(9, 14))
    dos = dt.date(2026, 2, rng.randint(2, 20))
    idd = plus(dos, rng.randint(12, 18))
    orig, adj, ro = digits(rng, 13), digits(rng, 13), f"RO-{digits(rng, 9)}"
    e_m, ekg = amount(rng, 150, 210), amount(rng, 45, 70)
    e_pay = round(e_m * 0.55, 2)
    ekg_pay = round(ekg * 0.31, 2)
    total = e_m + ekg
    p = DKSheet(footer="Page {n} of {nb}", footer_left="LFHS-REO-01 (01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Reopenings")
    p.right_block([("Date:", kdate(nd, "iso")), ("Reopening no.:", ro), ("PTAN:", digits(rng, 6)),
                   ("NPI:", digits(rng, 10))], w=84, size=8.5, y=30)
    p.set_y(30)
    for ln in [prac, "Attn: Billing Office", f"{rng.randint(100, 9800)} Sycamore Ave", "Pueblo CO 81003"]:
        p.line(ln, 9.2)
    p.ln(5)
    p.line("Clerical Error Reopening - Completed", 11.5, "B")
    p.ln(2)
    p.para(f"We received your request on {kdate(rec, 'iso')} to reopen the claim below for patient {mem} "
           f"(Medicare number {mid}). The claim was billed with the wrong units for the electrocardiogram. We "
           f"reopened the claim and corrected it. The revised claim is {adj}; it replaces claim {orig} processed on "
           f"{kdate(idd, 'iso')}.", 9.5)
    rows = [["1", kdate(dos, "iso"), "99214", "1", clin, money(e_m, "nosign"), money(e_pay, "nosign"), "0.00"],
            ["2", kdate(dos, "iso"), "93000", "2", clin, money(ekg, "nosign"), "0.00", "CO-16"],
            ["", "", "", "", "Original claim " + orig[-4:], "", neg(e_pay), ""],
            ["1", kdate(dos, "iso"), "99214", "1", clin, money(e_m, "nosign"), money(e_pay, "nosign"), "0.00"],
            ["2", kdate(dos, "iso"), "93000", "1", clin, money(ekg, "nosign"), money(ekg_pay, "nosign"), "0.00"],
            ["", "", "", "", "Revised claim total", f"USD {total:,.2f}", f"USD {e_pay + ekg_pay:,.2f}", ""]]
    p.plain_table(["Ln", "DOS", "HCPCS", "Units", "Rendering", "Billed", "Paid", "Adj"], rows,
                  [9, 24, 18, 12, 52, 22, 22, 15], size=8.2,
                  aligns=["L", "L", "L", "R", "L", "R", "R", "R"], underline_head=True, bold_rows=(5,))
    p.para(f"The earlier payment on claim {orig} is shown in brackets; it is offset against the revised payment. "
           f"The net amount due to you, {money(ekg_pay)} ({words(ekg_pay)}), will be on your next remittance advice. "
           "You do not need to send a new claim.", 9.2)
    p.para("If you disagree with the revised determination you may request a redetermination within 120 days of "
           "the date you receive this notice.", 9.2)
    _rights(p, 8)
    p.ln(1)
    p.nondiscrimination(MAC_FULL, 6.6)
    p.taglines(6.6)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=mem, cases=[ro, orig, adj],
              claim_amount=m2(total), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=clin,
              alternates={"provider": [prac], "case_numbers": [[ro], [adj], [orig, adj], [ro, adj]],
                          "appeal_deadline": [plus(nd, 120).isoformat()]})
    return out(p), t


def faxstd_late(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    prac, clin = PRACTICES[1], _clin(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(8, 12))
    dos = dt.date(2025, 2, rng.randint(3, 20))
    idd = plus(dos, rng.randint(10, 16))
    icn, ro = digits(rng, 13), f"RO-{digits(rng, 9)}"
    billed = amount(rng, 180, 340)
    fax = (f"{kdate(nd, 'upper')} 14:{rng.randint(10, 59)}  LFHS REOPENINGS  719-555-{digits(rng, 4)}  ->  "
           f"BELLWEATHER POD  719-555-{digits(rng, 4)}   P.{{n}}")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Reopenings")
    s = 7.4
    p.f(s)
    for ln in [f"To: {prac}", "Attn: Billing Office / Reimbursement", f"Date: {kdate(nd, 'upper')}"]:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("REOPENING REQUEST - NOT REOPENED (REQUEST RECEIVED AFTER THE TIME LIMIT)", 8.4, "B")
    p.ln(1)
    p.pairs([("Beneficiary", mem), ("Medicare number (MBI)", mid), ("Claim (ICN)", icn), ("Reopening request", ro),
             ("Date of service", kdate(dos, "upper")), ("Procedure", "11721 debridement of nails, 6 or more"),
             ("Amount billed", money(billed)), ("Initial determination", kdate(idd, "upper")),
             ("Request received", kdate(rec, "upper")), ("Rendering provider", f"{clin}, DPM"),
             ("NPI", digits(rng, 10))], label_w=40, size=s, h=3.8)
    p.ln(1)
    p.para(f"You asked us to reopen the claim above to correct a clerical error (the place of service was keyed as "
           f"22 instead of 11). A clerical error may be corrected through a reopening only if the request is "
           f"received within one year of the date of the initial determination. The initial determination was "
           f"made on {kdate(idd, 'upper')}; your request was received on {kdate(rec, 'upper')}, after the one-year "
           f"limit. After one year a claim may be reopened only for good cause (new and material evidence, or an "
           f"error on the face of the evidence), within four years. Your request does not show good cause, so we "
           f"will not reopen the claim. The denial of the claim stands.", s)
    p.para("A decision not to reopen a claim is not an initial determination and cannot be appealed. You may not "
           "bill the beneficiary for this service.", s)
    _rights(p, s)
    p.para(f"Questions: Provider Contact Center 1-855-555-{digits(rng, 4)}, Monday-Friday. Form LFHS-REO-07.", s)
    t = truth("denial_letter", "timely_filing", insurer=MAC, member_id=mid, member_name=mem, cases=[icn, ro],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=clin,
              denial_alternates=["other"],
              alternates={"provider": [prac], "case_numbers": [[icn], [ro]]})
    return out(p), t


def scan300_cover_then_facts(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    prac, clin = PRACTICES[2], _clin(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 8))
    dos = dt.date(2026, 1, rng.randint(12, 28))
    idd = plus(dos, rng.randint(14, 20))
    due = plus(idd, 125)
    icn, ro = digits(rng, 13), f"RO-{digits(rng, 9)}"
    billed = amount(rng, 240, 420)
    p = DKSheet(footer="Page {n} of {nb}", footer_left=f"LFHS-REO-04  issued {kdate(nd, 'iso')}",
                cont=f"{MAC_FULL}  |  Reopening decision  |  Page date: {kdate(plus(nd, 1), 'ordinal')}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _logo(p, rng, "Reopenings")
    p.line(kdate(nd, "ordinal"), 10)
    p.ln(3)
    for ln in [prac, "Attn: Billing Office", f"{rng.randint(100, 9800)} Harbor View Dr", "Dayton OH 45402"]:
        p.line(ln, 10)
    p.ln(4)
    p.para("Dear Provider:", 10)
    p.para("Thank you for your request to reopen a Medicare Part B claim to correct a clerical error. We reviewed "
           "your request and the claim history. The details of the claim and of our decision are on page 2 of this "
           "letter.", 10)
    p.para("A clerical error reopening corrects minor errors or omissions, such as a wrong date, a transposed "
           "procedure code or a missing modifier that does not need documentation to verify it. It cannot be used "
           "when the claim was denied because the service was not reasonable and necessary, or when the change "
           "requires us to review medical records. Such requests must be filed as a redetermination, the first "
           "level of appeal, with the supporting documentation.", 10)
    p.para("We are therefore not reopening this claim. We have not changed the original determination. If you "
           "send a redetermination request, include a copy of page 2 and the records that support the service.", 10)
    p.para(f"Sincerely,\n\nReopenings Unit\n{MAC_FULL}", 10)
    p.add_page()
    p.line("Claim and decision details", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Beneficiary", mem), ("Medicare number", mid), ("Claim number (ICN)", icn),
                   ("Reopening request number", ro), ("Rendering provider", f"{clin}, MD"),
                   ("Date of service", f"{kdate(dos, 'ordinal')} ({fdate(dos, 'slash')})"), ("Procedure", "95910 nerve conduction studies"),
                   ("Amount billed", money(billed)), ("Initial determination", kdate(idd, "ordinal")),
                   ("Original denial", "CO-50: not deemed a medical necessity by the payer (LCD)"),
                   ("Requested change", "add diagnosis G56.01 and resubmit"),
                   ("Decision", "Not reopened - redetermination required"),
                   ("Redetermination request due", kdate(due, "ordinal"))], label_w=58, size=9)
    p.para("The due date above is 120 days from the date we presume you received the initial determination (5 days "
           "after the remittance date).", 9)
    _rights(p, 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=mem, cases=[icn, ro],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=clin,
              appeal_deadline=due.isoformat(), denial_alternates=["other", "coding_error"],
              alternates={"provider": [prac], "case_numbers": [[icn], [ro]]})
    return out(p), t


def phone_request(rng):
    mem, mf, _, ml = person(rng)
    mid = mbi(rng)
    prac, clin = PRACTICES[3], _clin(rng)
    ld = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 8))
    dos = dt.date(2026, 2, rng.randint(2, 10))
    wrong = plus(dos, -rng.randint(20, 30))
    icn = digits(rng, 13)
    billed = amount(rng, 130, 260)
    dob = dt.date(rng.randint(1938, 1958), rng.randint(1, 12), rng.randint(1, 28))
    p = DKSheet(footer="Page {n} of {nb}", cont=f"Reopening request - {mem} - MBI {mid}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Cardiology  |  Dayton OH  |  937-555-{digits(rng, 4)}  |  Fax 937-555-{digits(rng, 4)}  |  NPI "
                 f"{digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(f"{ld.month}/{ld.day}/{ld.year}", 10)
    p.ln(3)
    for ln in [MAC_FULL, "Reopenings Unit", f"Fax 1-855-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Beneficiary: {mem}   DOB {kdate(dob, 'tiny')}", f"MBI: {mid}   ICN: {icn}",
                f"Date of service {kdate(dos, 'tiny')}   Billed {money(billed)}"])
    p.para("To the Reopenings Unit:", 10)
    p.para(f"We ask you to reopen the claim above to correct a clerical error. Our staff keyed the date of service "
           f"as {kdate(wrong, 'tiny')}, the date of {mf}'s previous office visit, instead of {kdate(dos, 'tiny')}. "
           f"Because a visit had already been paid for {kdate(wrong, 'tiny')}, the claim was denied as a duplicate "
           f"(CO-18).", 10)
    p.para(f"{clin}, MD saw {mf} on {kdate(dos, 'tiny')} for a follow-up after a pacemaker check. The visit note is "
           "signed and dated that day. Nothing else on the claim needs to change.", 10)
    p.add_page()
    p.para("Please correct the date of service and process the claim. The corrected line is:", 10)
    p.plain_table(["DOS", "CPT", "Mod", "Units", "Charge"],
                  [[f"{dos.month}/{dos.day}/{dos.year}", "99214", "", "1", money(billed, "nosign")]], [30, 22, 16, 16, 26], size=9.5)
    p.para("We understand that a clerical error reopening must be requested within one year of the initial "
           "determination; the remittance showing the duplicate denial is enclosed.", 10)
    p.para(f"Sincerely,\n\n{rng.choice(['Gwen', 'Priya', 'Luis'])} {rng.choice(['Hartley', 'Osei', 'Marchetti'])}\n"
           f"Billing Manager, {prac}", 10)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=mem, cases=[icn], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=clin,
              alternates={"insurer": [None], "provider": [prac], "claim_amount": [None]})
    return out(p), t


def rotated_msn_es(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    due = plus(nd, 120)
    pr1, pr2 = PRACTICES[3], PRACTICES[4]
    c1, c2 = _clin(rng), _clin(rng)
    d1 = dt.date(2026, 1, rng.randint(5, 12))
    d2 = plus(d1, rng.randint(8, 14))
    d3 = plus(d2, rng.randint(5, 10))
    cl = [digits(rng, 13) for _ in range(3)]
    a1, a2, a3 = amount(rng, 90, 160), amount(rng, 130, 240), amount(rng, 60, 120)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, "Resumen de Medicare", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"Parte B (Seguro Médico) - emitido por {MAC_FULL}, contratista de Medicare",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.right_block([("Fecha del aviso:", fdate(nd, "long", "es")), ("Nombre:", mem), ("Número de Medicare:", mid),
                   ("Período:", "1 de enero - 28 de febrero de 2026")], w=110, size=8.5)
    p.ln(3)
    p.band("Sus reclamos y los servicios de este aviso", 9)
    rows = [[cl[0], pr1, kdate(d1, "iso"), "99213 Visita al consultorio", money(a1, "nosign"), "Sí",
             money(a1 * 0.2, "nosign")],
            [cl[1], pr1, kdate(d2, "iso"), "99214 Visita al consultorio", money(a2, "nosign"), "No (A)", "0.00"],
            [cl[2], pr2, kdate(d3, "iso"), "17000 Destrucción de lesión", money(a3, "nosign"), "Sí",
             money(a3 * 0.2, "nosign")]]
    p.plain_table(["Número de reclamo", "Proveedor", "Fecha", "Servicio", "Cobrado", "¿Aprobado?", "Puede deber"],
                  rows, [30, 44, 20, 40, 17, 17, 16], size=7.4,
                  aligns=["L", "L", "L", "L", "R", "L", "R"], underline_head=True)
    p.para(f"(A) Reclamo {cl[1]}, {pr1}, {c1}: este servicio se denegó porque ya se pagó el mismo servicio para "
           f"esa fecha (reclamo duplicado). Usted no tiene que pagar este monto.", 8.6)
    p.heading("Cómo presentar una apelación", 10)
    p.para(f"Si no está de acuerdo con lo que Medicare cubrió o pagó, puede apelar. Su apelación debe recibirse "
           f"antes del **{fdate(due, 'long', 'es')}**. Encierre en un círculo el servicio, explique por qué no está "
           f"de acuerdo y envíe esta página a {MAC_FULL}, PO Box {rng.randint(1000, 9999)}, Pueblo CO "
           f"810{rng.randint(10, 99)}. Para una apelación de segundo nivel tendrá 180 días, y para una audiencia "
           f"ante un juez 60 días.", 8.6)
    p.para(f"¿Preguntas? Llame al 1-800-555-{digits(rng, 4)} (TTY 711). Proveedor del otro servicio: {c2}.", 8.6)
    p.taglines(6.5, "Asistencia con el idioma / Language assistance")
    t = truth("eob", "other", insurer=MAC, member_id=mid, member_name=mem, cases=[cl[1]], claim_amount=m2(a2),
              service_dates=[span(d2)], denial_date=nd.isoformat(), provider=c1, appeal_deadline=due.isoformat(),
              lang="es", alternates={"insurer": ["Medicare"], "provider": [pr1]})
    return out(p), t


def lowres_statement(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    prac, clin = PRACTICES[0], _clin(rng)
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    d1 = dt.date(2026, 2, rng.randint(2, 12))
    d2 = plus(d1, rng.randint(14, 24))
    acct = f"TFM-{digits(rng, 7)}"
    a1, a2 = amount(rng, 120, 180), amount(rng, 150, 230)
    p1, adj1 = round(a1 * 0.5, 2), round(a1 * 0.3, 2)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient statement  |  Pueblo CO  |  719-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.right_block([("Statement date:", kdate(sd, "dmy_long")), ("Account:", acct), ("Patient:", mem),
                   ("Medicare number:", mid), ("Provider:", clin)], w=104, size=8.6)
    p.ln(4)
    rows = [[kdate(d1, "dmy_long"), "99213 office visit", money(a1, "nosign"), "", ""],
            ["", "Medicare payment", "", neg(p1), ""],
            ["", "Medicare contractual adjustment", "", neg(adj1), ""],
            ["", "Coinsurance (your share)", "", "", money(a1 - p1 - adj1, "nosign")],
            [kdate(d2, "dmy_long"), "99214 office visit", money(a2, "nosign"), "", ""],
            ["", "Medicare: denied, duplicate (CO-18)", "", "0.00", ""],
            ["", "Reopening requested - pending", "", "", "0.00"],
            ["", "Amount due from you", "", "", money(a1 - p1 - adj1, "nosign")]]
    p.plain_table(["Date", "Description", "Charge", "Payment/Adj", "Balance"], rows, [34, 72, 24, 28, 24], size=8.4,
                  aligns=["L", "L", "R", "R", "R"], underline_head=True, bold_rows=(7,))
    p.para(f"Medicare denied the visit of {kdate(d2, 'dmy_long')} because our office entered the wrong date of "
           f"service. We have asked {MAC}, the Medicare contractor, to reopen and correct the claim. You owe nothing "
           f"for that visit while the correction is pending.", 8.8)
    p.para("Please pay the amount due within 30 days. Questions about this bill: call our billing office.", 8.8)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=mem, claim_amount=m2(a2),
              service_dates=[span(d2)], denial_date=sd.isoformat(), provider=prac, unscored=["insurer"],
              alternates={"provider": [clin], "claim_amount": [None, m2(a1), m2(a1 + a2)],
                          "service_dates": [[span(d1), span(d2)], []]})
    return out(p), t


def photocopy_stack(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    prac, clin = PRACTICES[4], _clin(rng)
    ad = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 4))
    rec = plus(ad, -rng.randint(3, 6))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    idd = plus(dos, rng.randint(12, 18))
    icn, ro = digits(rng, 13), f"RO-{digits(rng, 9)}"
    p = DKSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Reopenings")
    p.line(f"Acknowledgement of reopening request - {fdate(ad, 'abbr')}", 11, "B")
    p.ln(2)
    p.pairs([("To", f"{prac}, Attn: Billing Office"), ("Reopening request", ro), ("Claim (ICN)", icn),
             ("Beneficiary", mem), ("Medicare number", mid), ("Date of service", fdate(dos, "slash")),
             ("Received", fdate(rec, "slash"))], label_w=40, size=9.5)
    p.ln(2)
    p.para("We received your request to reopen the claim above to correct a clerical error. We usually complete "
           "clerical error reopenings within 60 days of receipt. Please do not send the request again or file a "
           "new claim for the same service; a duplicate request delays the decision.", 10)
    p.para(f"Reopenings Unit, {MAC_FULL}", 10)
    doc1 = (out(p), truth("other", None, insurer=MAC, member_id=mid, member_name=mem, cases=[ro, icn],
                          service_dates=[span(dos)], denial_date=ad.isoformat(), provider=prac,
                          alternates={"provider": [clin, None], "case_numbers": [[ro], [icn]],
                                      "service_dates": [[]]}))
    nd = plus(ad, rng.randint(18, 26))
    b1, b2 = amount(rng, 160, 230), amount(rng, 110, 170)
    due = plus(idd, 125)
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Reopenings")
    q.right_block([("Date:", fdate(nd, "upper")), ("Reopening no.:", ro)], w=80, size=8.8, y=30)
    q.set_y(30)
    for ln in [prac, "Attn: Billing Office"]:
        q.line(ln, 9.5)
    q.ln(4)
    q.line("Clerical Error Reopening - Partly Completed", 11.5, "B")
    q.ln(2)
    q.para(f"Beneficiary: {mem}    Medicare number: {mid}    Claim: {icn}    Rendering: {clin}, MD", 9)
    rows = [["1", fdate(dos, "slash"), "11102", "", money(b1, "nosign"), "Reopened: diagnosis pointer corrected, "
             "line paid"],
            ["2", fdate(dos, "slash"), "17110", "59", money(b2, "nosign"), "Not reopened: modifier 59 needs "
             "redetermination"]]
    q.plain_table(["Ln", "DOS", "CPT", "Mod", "Billed", "Result"], rows, [8, 22, 14, 10, 20, 96], size=8.4,
                  aligns=["L", "L", "L", "L", "R", "L"], underline_head=True)
    q.para(f"Line 2 was denied because 17110 is bundled into 11102 on the same day (CO-97). Adding modifier 59 to "
           f"show a separate site is not a clerical correction: it requires review of the record. If you disagree, "
           f"send a redetermination request with the visit note; it must be received by {fdate(due, 'long')}. "
           f"Claim total billed {money(b1 + b2)}.", 9.2)
    _rights(q, 8)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=MAC, member_id=mid, member_name=mem,
                          cases=[icn, ro], claim_amount=m2(b1 + b2), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=clin, appeal_deadline=due.isoformat(),
                          alternates={"provider": [prac], "claim_amount": [m2(b2)], "case_numbers": [[icn], [ro]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_reopening_completed_plain_table_brackets", "born_digital", [bd_reopening_done(rng)]),
        Item(F + "faxstd_reopening_refused_late_small_type", "fax_standard_g4", [faxstd_late(rng)]),
        Item(F + "scan300_cover_letter_facts_on_page2_redetermination_needed", "scan_clean_300",
             [scan300_cover_then_facts(rng)]),
        Item(F + "phone_two_page_practice_reopening_request", "phone_photo", [phone_request(rng)]),
        Item(F + "rotated_spanish_msn_duplicate_line_denied", "rotated", [rotated_msn_es(rng)]),
        Item(F + "lowres_practice_statement_medicare_adjustments", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "photocopy_stack_acknowledgement_then_partial_reopening_upside_down", "photocopy",
             photocopy_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
