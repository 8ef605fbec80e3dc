"""Medicare ESRD home dialysis notices, mirrored for structure and wording style only from Medicare Summary
Notices and Medicare Administrative Contractor (MAC) letters: since the ESRD prospective payment system the
beneficiary's dialysis facility is paid for all home dialysis supplies and equipment (the old "Method II", where a
supplier billed Medicare directly, no longer exists), so a supplier's own claim for home dialysis supplies is
denied; only one physician or practitioner is paid the monthly capitation payment (MCP) for a month of home
dialysis; home hemodialysis training is paid for up to 25 sessions (peritoneal dialysis 15) unless more are
justified. Medicare, the ESRD PPS, MSNs, redetermination and reconsideration (QIC) appear as themselves; the DME
MAC, the A/B MAC, the supplier, the dialysis facility, the nephrologists and every person and number are invented.

Documents (8 in 7 files):
- bd_msn_part_b_supplier_supplies_denied: a Part B MSN with three claims (lab and the facility nephrologist's MCP
  paid, the supplier's home dialysis supply claim denied, note A), processing period, "must be filed by" date.
- faxstd_dme_mac_provider_notice_boxes_small_type: the DME MAC's claim notice to the supplier in small type under
  a typed fax header, captions over ruled boxes (claim number "-01", NPI and tax ID in the same box row), the
  supplier's earlier claim and date as decoy, 120 days from the date of this notice.
- phone_two_page_ab_mac_redetermination_mcp_right_column: the A/B MAC's unfavorable redetermination to a
  nephrology practice (the practice the addressee) on a second MCP billed for the same month, the facts in a
  narrow right-hand column beside the letter, the paid MCP claim of the other nephrologist as decoy; two pages.
- scan300_resumen_de_medicare_training_from_to_es: a Spanish Part B MSN ("Resumen de Medicare") for the dialysis
  facility's home hemodialysis training claim, rows with Desde / Hasta columns, sessions 26-29 denied, total row,
  a note naming the same span in words.
- copy_supplier_redetermination_request_left_column: the supplier's redetermination request to the DME MAC ("To
  the appeals unit:"), its facts in a left-hand column, the earlier claim as decoy (denies nothing).
- rotated_dme_mac_redetermination_unfavorable_boxed: the DME MAC's unfavorable redetermination to the supplier,
  a ruled facts box on the right, 180-day reconsideration; ALJ and 60-day limits as decoys.
- faxfine_stack_facility_statement_then_training_notice: a fax cover, the facility's statement to the beneficiary
  (From / To rows, one row denied by Medicare, total row; denies nothing), then the A/B MAC's notice to the
  facility on training sessions over the limit, its page fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjc import DJSheet
from public_kit import amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_esrd_home_dialysis_method_ii_supplier_claim_denial"
LANG = "en"
SEED = 351502
DME_MAC = "Cobblestone Federal Claims Services, LLC"
AB_MAC = "Halverson Plains Medicare Administrators"
SUPPLIER = "Brightwater Home Dialysis Supply Co."
FACILITY = "Riverbend Kidney Center"
PRACTICE = "Summit Valley Nephrology Associates"
NEPH_PAID = "Ravi T. Kellerman"
NEPH_DEN = "Wendell P. Stroud"
SUPPLIES = [("A4720", "Dialysate solution, 1999-2999 cc"), ("A4860", "Disposable catheter tips"),
            ("A4913", "Miscellaneous dialysis supplies"), ("A4657", "Syringe, with or without needle")]


def _dob(rng):
    return dt.date(rng.randint(1941, 1960), rng.randint(1, 12), rng.randint(1, 28))


def _icn(rng):
    return f"21{digits(rng, 6)}{digits(rng, 5)}"


def _supply_lines(rng, n=3):
    lines = [(c, d, amount(rng, 140, 980)) for c, d in rng.sample(SUPPLIES, n)]
    return lines, round(sum(x[2] for x in lines), 2)


def _msn_head(p: DJSheet, title: str, sub: str):
    p.f(15, "B")
    p.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 3)


def bd_msn(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 10))
    p0 = dt.date(2026, 2, 1)
    p1 = dt.date(2026, 4, 30)
    dos = dt.date(2026, 3, rng.randint(3, 12))
    lab = plus(dos, rng.randint(3, 9))
    lines, tot = _supply_lines(rng)
    mcp = amount(rng, 310, 420)
    labc = amount(rng, 40, 95)
    cl_sup, cl_mcp, cl_lab = _icn(rng), _icn(rng), _icn(rng)
    by = plus(nd, 120)
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _msn_head(p, "Medicare Summary Notice for Part B (Medical Insurance)",
              "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
    p.right_block([("Notice for", mem), ("Medicare Number", mid), ("Date of This Notice", fdate(nd, "long")),
                   ("Claims Processed Between", f"{fdate(p0, 'slash')} - {fdate(p1, 'slash')}")], w=110, size=8.8)
    p.ln(4)
    p.set_fill_color(236, 236, 236)
    p.rect(p.l_margin, p.get_y(), 86, 40, style="DF")
    y = p.get_y()
    p.set_xy(p.l_margin + 2, y + 2)
    p.f(10, "B")
    p.cell(80, 5, "Your Deductible Status", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 2)
    p.f(8.5)
    p.multi_cell(82, 4.2, "You have met your Part B deductible of $283.00 for 2026.", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 2)
    p.f(10, "B")
    p.cell(80, 6, "Did Medicare Approve All Services?  NO", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 2)
    p.f(8.5)
    p.multi_cell(82, 4.2, f"Look for NO in the Service Approved? column. If you disagree, you can appeal. See "
                 f"page 3. Your appeal must be filed by {fdate(by, 'long')}.", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin + 92, y)
    p.f(10, "B")
    p.cell(80, 5, "Providers with Claims This Period", new_x="LMARGIN", new_y="NEXT")
    for d, who in sorted([(dos, SUPPLIER), (dt.date(2026, 3, 31), f"{PRACTICE}"), (lab, "Tallgrass Reference Lab")]):
        p.set_x(p.l_margin + 94)
        p.f(8.5)
        p.cell(0, 4.6, f"{fdate(d, 'long')}   {who}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 46)
    p.line("Your Claims & Costs This Period", 11.5, "B")
    p.ln(1)
    head = ["Service Provided & Billing Code", "Date", "Service Approved?", "Amount Provider Charged",
            "Medicare-Approved Amount", "Medicare Paid", "Maximum You May Be Billed", "See Notes"]
    w = [58, 17, 16, 19, 19, 17, 20, 12]
    p.f(9, "B")
    p.cell(0, 5, f"{SUPPLIER}, (816) 555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Claim Number {cl_sup}    Ordered by: {NEPH_PAID}", new_x="LMARGIN", new_y="NEXT")
    short = {"A4720": "Dialysate solution", "A4860": "Catheter tips", "A4913": "Misc. dialysis supplies",
             "A4657": "Syringes"}
    rows = [[f"{short[c]} ({c})", fdate(dos, "short"), "NO", money(a), "$0.00", "$0.00", "$0.00", "A"] for c, d, a in lines]
    rows.append(["Total for this claim", "", "", money(tot), "$0.00", "$0.00", "$0.00", ""])
    p.table(head, rows, w, size=7.6, aligns=["L", "L", "C", "R", "R", "R", "R", "C"], bold_last=True)
    p.f(9, "B")
    p.cell(0, 5, f"{PRACTICE}, (816) 555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Claim Number {cl_mcp}    Service by: {NEPH_PAID}", new_x="LMARGIN", new_y="NEXT")
    p.table(head, [["ESRD services, home, month (90966)", "03/31/26", "YES", money(mcp),
                    money(mcp * 0.78), money(mcp * 0.78 * 0.8), money(mcp * 0.78 * 0.2), "B"]], w, size=7.6,
            aligns=["L", "L", "C", "R", "R", "R", "R", "C"])
    p.f(9, "B")
    p.cell(0, 5, "Tallgrass Reference Lab", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Claim Number {cl_lab}", new_x="LMARGIN", new_y="NEXT")
    p.table(head, [["Blood chemistry panel (80069)", fdate(lab, "short"), "YES", money(labc), money(labc * 0.6),
                    money(labc * 0.6), "$0.00", ""]], w, size=7.6, aligns=["L", "L", "C", "R", "R", "R", "R", "C"])
    p.heading("Notes for Claims Above", 10.5)
    p.para(f"A  Medicare won't pay for these home dialysis supplies. Your dialysis facility ({FACILITY}) is paid "
           "for all supplies and equipment you use for home dialysis, so the supplier can't bill Medicare for them "
           "directly. The supplier should bill your facility. You don't have to pay this amount.", 8.5)
    p.para("B  This is the monthly payment to the doctor who manages your dialysis. Medicare pays one doctor or "
           "practitioner for each month.", 8.5)
    p.heading("How to File an Appeal", 10.5)
    p.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fdate(by, 'long')}. Circle the items you disagree with, explain why, sign, and send this notice to "
           f"{DME_MAC}, Medicare DME Claims, PO Box {rng.randint(1000, 9999)}, Topeka KS 666{rng.randint(10, 99)}. "
           "If you need help, call 1-800-MEDICARE (TTY 711).", 8.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mid, member_name=mem, cases=[cl_sup],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=by.isoformat(), denial_alternates=["other"],
              alternates={"provider": [NEPH_PAID]})
    return out(p), t


def faxstd_notice(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 9))
    dos = plus(nd, -rng.randint(20, 30))
    prev = plus(dos, -rng.randint(28, 31))
    lines, tot = _supply_lines(rng, 4)
    claim = f"{_icn(rng)}-01"
    prev_claim = f"{_icn(rng)}-01"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: COBBLESTONE FCS  785-555-{digits(rng, 4)}"
           f"  TO: BRIGHTWATER HDS 816-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 5, DME_MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.5, "Durable Medical Equipment Medicare Administrative Contractor  |  Supplier Claim Notice",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.capgrid([
        [("Date of notice", fdate(nd, "slash"), 28), ("Claim number", claim, 44), ("Supplier NPI", digits(rng, 10), 32),
         ("Supplier tax ID", f"48-{digits(rng, 7)}", 30), ("PTAN", digits(rng, 6), 24), ("Page", "1 of 2", 24)],
        [("Beneficiary", mem, 52), ("Medicare number (MBI)", mid, 40), ("Date of birth", fdate(_dob(rng), "slash"), 28),
         ("Patient control no.", f"BHD{digits(rng, 7)}", 34), ("Received", fdate(plus(dos, 6), "slash"), 28)],
        [("Supplier", SUPPLIER, 62), ("Ordering physician", NEPH_PAID, 44), ("DOS", fdate(dos, "slash"), 26),
         ("Billed", money(tot), 26), ("Paid", "$0.00", 24)],
    ], cap=5.8, val=7.2, box_h=5)
    p.ln(1)
    p.table(["Ln", "HCPCS", "Description", "DOS", "Units", "Billed", "Allowed", "Paid", "CARC/RARC"],
            [[str(i + 1), c, d, fdate(dos, "short"), str(rng.randint(1, 30)), money(a, "nosign"), "0.00", "0.00",
              "CO-B15 / N386"] for i, (c, d, a) in enumerate(lines)],
            [8, 15, 56, 16, 11, 18, 16, 14, 32], size=6.8, row_h=4.6, aligns=["L", "L", "L", "L", "R", "R", "R",
                                                                            "R", "L"])
    p.para(f"Reason: the beneficiary receives home dialysis through {FACILITY}, an ESRD facility paid under the "
           "ESRD prospective payment system. Home dialysis supplies and equipment are included in the facility's "
           "payment and are not separately payable to a supplier; Method II supplier billing ended January 1, "
           "2011. Arrange payment with the facility. The beneficiary may not be billed for these lines.", 6.9)
    p.para(f"Your earlier claim {prev_claim} for supplies delivered {fdate(prev, 'long')} was denied for the same "
           "reason. Claims processed 03/23/2026 - 04/17/2026 appear on remittance advice "
           f"{digits(rng, 9)}.", 6.9)
    p.add_page()
    p.band("REDETERMINATION", 7.2)
    p.para("If you disagree with this decision you may request a redetermination within 120 days of the date of "
           "this notice. Send form CMS-20027 or a signed letter with the claim number, the lines in dispute and "
           "supporting records. An expedited process does not apply to supplier claims. A clerical error may be "
           "reopened by telephone within one year.", 6.9)
    p.para(f"{DME_MAC}, Redeterminations, PO Box {rng.randint(1000, 9999)}, Topeka KS 666{rng.randint(10, 99)}. "
           f"Supplier contact center 1-866-555-{digits(rng, 4)}. Form CFCS-SCN-12 (01/26).", 6.9)
    t = truth("denial_letter", "not_covered", insurer=DME_MAC, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 120).isoformat(), denial_alternates=["other"],
              alternates={"insurer": ["Medicare"]})
    return out(p), t


def phone_redetermination_mcp(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 10))
    m0, m1 = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    rec = plus(nd, -rng.randint(25, 40))
    charge = amount(rng, 330, 440)
    claim = _icn(rng)
    paid_claim = _icn(rng)
    rd = f"RD-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DJSheet(footer="Page {n} of {nb}", cont=f"Redetermination {rd}  |  {mem}  |  MBI {mid}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, AB_MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"Part A and Part B Medicare Administrative Contractor  |  Appeals  |  PO Box {rng.randint(1000, 9999)},"
                 f" Omaha NE 681{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for ln in [PRACTICE, "Attn: Billing Office", f"{rng.randint(200, 9800)} Wornall Rd, Suite 300",
               f"Kansas City MO 641{rng.randint(10, 99)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.line("MEDICARE REDETERMINATION NOTICE - UNFAVORABLE", 11, "B")
    p.ln(2)
    facts = [("Date of this notice", fdate(nd, "long")), ("Redetermination no.", rd), ("Claim number", claim),
             ("Beneficiary", mem), ("Medicare number", mid), ("Beneficiary DOB", fdate(_dob(rng), "slash")),
             ("Physician", f"{NEPH_DEN}, MD"), ("Dates of service", f"{fdate(m0, 'slash')} - {fdate(m1, 'slash')}"),
             ("Service", "90966"), ("Amount in dispute", money(charge)), ("Request received", fdate(rec, "slash"))]
    paras = [
        "Dear Provider:",
        f"We have completed the redetermination you asked for on the claim for monthly end-stage renal disease "
        f"(ESRD) related services for home dialysis (CPT 90966) furnished to {mem} by Dr. {NEPH_DEN} for the month "
        f"of March 2026.",
        "**The decision.** The redetermination is unfavorable. Medicare will not pay this claim.",
        "**Why.** Medicare makes one monthly capitation payment (MCP) for each month of home dialysis to the "
        "physician or practitioner who manages the patient's dialysis for that month. Our records show that "
        f"Dr. {NEPH_PAID}, the nephrologist of record at {FACILITY}, was paid the MCP for the same month on claim "
        f"{paid_claim} (dates of service 03/01/2026 - 03/31/2026). Your records show two office visits with "
        "Dr. Stroud in March; these do not show that he, rather than the physician of record, managed the home "
        "dialysis for the month. A second MCP for the same month is not payable.",
        "If the physician of record changed during the month, each physician may bill the per-day codes for the "
        "days he or she managed the patient, but the MCP may not be billed twice.",
    ]
    p.side_col(paras, facts, side="right", text_w=116, size=9.3, fsize=8.2, title="Claim facts")
    p.add_page()
    p.heading("If you disagree with this decision", 10.5)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
           "filed within 180 days of the date of this letter. Use form CMS-20033 or a written request with the "
           "redetermination number. Include any evidence you want considered now: evidence not submitted at "
           "the reconsideration level may be excluded later unless you have good cause.", 9.3)
    p.para("After a reconsideration you may ask for a hearing before an Administrative Law Judge within 60 days "
           "of receiving the QIC's decision if the amount in controversy is met. The beneficiary may not be "
           "charged for this service unless a notice was signed before the service.", 9.3)
    p.para(f"QIC: Larchmont Reconsideration Services, Part B West, PO Box {rng.randint(1000, 9999)}, Denver CO "
           f"802{rng.randint(10, 99)}. Questions: 1-877-555-{digits(rng, 4)}.", 9.3)
    p.para(f"Sincerely,\n\nMarguerite L. Osterhaus, RN\nAppeals Department, {AB_MAC}\n\nFORM HPMA-RDU-5 (01/26)", 9.3)
    t = truth("denial_letter", "other", insurer=AB_MAC, member_id=mid, member_name=mem, cases=[rd, claim],
              claim_amount=m2(charge), service_dates=[span(m0, m1)], denial_date=nd.isoformat(), provider=NEPH_DEN,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ["Medicare"], "provider": [PRACTICE], "case_numbers": [[rd]]})
    return out(p), t


def scan300_msn_es(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 8))
    by = plus(nd, 120)
    claim = _icn(rng)
    spans = [(dt.date(2026, 3, 2), dt.date(2026, 3, 13), "1-10"), (dt.date(2026, 3, 16), dt.date(2026, 3, 27), "11-20"),
             (dt.date(2026, 3, 30), dt.date(2026, 4, 3), "21-25"), (dt.date(2026, 4, 6), dt.date(2026, 4, 9), "26-29")]
    per = amount(rng, 380, 520)
    n = [10, 10, 5, 4]
    ch = [round(per * k, 2) for k in n]
    tot = round(sum(ch), 2)
    appr = [round(c * 0.62, 2) for c in ch[:3]] + [0.0]
    p = DJSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _msn_head(p, "Resumen de Medicare para la Parte B (Seguro Médico)",
              "El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid")
    p.right_block([("Aviso para", mem), ("Número de Medicare", mid), ("Fecha del aviso", fdate(nd, "long", "es")),
                   ("Reclamaciones procesadas", "01/03/2026 - 30/04/2026")], w=118, size=8.8)
    p.ln(3)
    p.para("**¿Aprobó Medicare todos los servicios?  NO.** Busque NO en la columna ¿Aprobado?. Si no está de "
           f"acuerdo, puede apelar. Su apelación debe presentarse a más tardar el {fdate(by, 'long', 'es')}.", 9)
    p.line("Sus reclamaciones y costos en este período", 11.5, "B")
    p.ln(1)
    p.f(9, "B")
    p.cell(0, 5, f"Proveedor: {FACILITY}, (913) 555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Número de reclamación {claim}    Entrenamiento para hemodiálisis en el hogar", new_x="LMARGIN",
           new_y="NEXT")
    rows = []
    for (a, b, s), k, c, ap in zip(spans, n, ch, appr):
        rows.append([f"Sesiones {s} (90989)", fdate(a, "dmy", "es"), fdate(b, "dmy", "es"), str(k),
                     "NO" if s == "26-29" else "SÍ", money(c), money(ap), money(ap * 0.8),
                     money(c if s == "26-29" else ap * 0.2), "C" if s == "26-29" else ""])
    rows.append(["Total", "", "", str(sum(n)), "", money(tot), money(sum(appr)),
                 money(sum(appr) * 0.8), "", ""])
    p.table(["Servicio y código", "Desde", "Hasta", "Ses.", "¿Aprobado?", "Cobrado por el proveedor",
             "Monto aprobado", "Medicare pagó", "Lo máximo que le pueden facturar", "Notas"], rows,
            [36, 18, 18, 9, 14, 19, 18, 17, 21, 12], size=7.2, aligns=["L", "L", "L", "R", "C", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.heading("Notas sobre la reclamación", 10.5)
    p.para(f"C  Medicare paga hasta 25 sesiones de entrenamiento para hemodiálisis en el hogar. Las sesiones 26 a "
           f"29, del {fdate(spans[3][0], 'long', 'es')} al {fdate(spans[3][1], 'long', 'es')}, superan ese límite y "
           "el centro no envió documentos que muestren por qué eran necesarias. Si usted no firmó un aviso antes "
           "de recibir estas sesiones, no tiene que pagarlas.", 8.5)
    p.heading("Cómo presentar una apelación", 10.5)
    p.para(f"Si no está de acuerdo con una decisión, puede apelar. Las apelaciones deben presentarse a más tardar "
           f"el {fdate(by, 'long', 'es')}. Marque con un círculo los servicios, explique por qué no está de acuerdo, "
           f"firme y envíe este aviso a {AB_MAC}, PO Box {rng.randint(1000, 9999)}, Omaha NE 681{rng.randint(10, 99)}."
           " Si necesita ayuda, llame al 1-800-MEDICARE (TTY 711).", 8.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(*spans[3][:2])], denial_date=nd.isoformat(), provider=FACILITY,
              appeal_deadline=by.isoformat(), lang="es", denial_alternates=["medical_necessity"],
              alternates={"claim_amount": [m2(ch[3])]})
    return out(p), t


def copy_supplier_letter(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    ld = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 8))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    prev = plus(dos, -rng.randint(28, 31))
    lines, tot = _supply_lines(rng)
    claim = f"{_icn(rng)}-01"
    prev_claim = f"{_icn(rng)}-01"
    signer = "Thaddeus R. Birkenhead"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.set_fill_color(20, 90, 110)
    p.rect(p.l_margin, 12, 8, 14, style="F")
    p.set_xy(p.l_margin + 11, 12)
    p.f(14, "B")
    p.cell(0, 7, SUPPLIER, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 11)
    p.f(8)
    p.cell(0, 4, f"Home dialysis supplies  |  North Kansas City MO  |  816-555-{digits(rng, 4)}  |  Fax 816-555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(32)
    facts = [("Date", fdate(ld, "long")), ("Beneficiary", mem), ("Medicare number", mid),
             ("Claim number", claim), ("Date of service", fdate(dos, "slash")), ("Billed", money(tot)),
             ("Supplier NPI", digits(rng, 10)), ("Tax ID", f"43-{digits(rng, 7)}"),
             ("Our account", f"BHD{digits(rng, 7)}")]
    paras = [
        f"{DME_MAC}\nRedeterminations\nPO Box {rng.randint(1000, 9999)}\nTopeka KS 666{rng.randint(10, 99)}",
        "**Re: Request for redetermination**",
        "To the appeals unit:",
        f"We ask for a redetermination of the claim listed at left for home dialysis supplies delivered to {mem} on "
        f"{fdate(dos, 'long')}. The claim was denied with the remark that home dialysis supplies are included in "
        "the ESRD facility's payment.",
        f"The beneficiary told us in writing that the choice was to deal directly with our company for supplies "
        f"rather than through {FACILITY}, as in earlier years. The signed election statement is attached. "
        f"We believe the supplies were furnished in good faith; our earlier claim {prev_claim} for supplies "
        f"delivered {fdate(prev, 'long')} is also being appealed.",
        "If Medicare will not pay us directly, please tell us whether the facility must pay for these supplies "
        "under its arrangement, so that we can bill it within the time allowed.",
        f"Sincerely,\n\n{signer}\nReimbursement Manager, {SUPPLIER}",
        "Enclosures: claim notice, delivery tickets, physician order, election statement",
    ]
    p.side_col(paras, facts, side="left", text_w=124, size=9.4, fsize=8.4, title="Claim in dispute")
    t = truth("other", None, insurer=DME_MAC, member_id=mid, member_name=mem, cases=[claim], claim_amount=m2(tot),
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=SUPPLIER,
              alternates={"insurer": [None, "Medicare"], "claim_amount": [None]})
    return out(p), t


def rotated_redetermination(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randint(0, 10))
    dos = dt.date(2026, 4, rng.randint(1, 24))
    lines, tot = _supply_lines(rng)
    claim = f"{_icn(rng)}-01"
    rd = f"DR{digits(rng, 9)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, DME_MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, "DME Medicare Administrative Contractor  |  Redeterminations", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for ln in [SUPPLIER, "Attn: Reimbursement", f"{rng.randint(100, 9800)} Swift Ave", "North Kansas City MO 64116"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.line("Redetermination decision", 11.5, "B")
    p.ln(2)
    left = [f"This letter is about the redetermination you asked for on the claim for home dialysis supplies "
            f"({', '.join(c for c, _, _ in lines)}) furnished to {mem}.",
            "Decision: unfavorable. The original denial is upheld.",
            f"Explanation: since January 1, 2011 all home dialysis supplies and equipment for a Medicare "
            f"beneficiary are paid to the beneficiary's ESRD facility under the ESRD prospective payment system, "
            f"and a beneficiary can no longer choose to have a supplier bill Medicare directly (the former Method "
            f"II). {FACILITY} is the facility of record for this beneficiary. The supplier must look to the "
            "facility for payment under their arrangement. The beneficiary is not liable.",
            "If you disagree, you may ask for a reconsideration by the Qualified Independent Contractor within 180 "
            "days of the date of this letter. A hearing by an Administrative Law Judge may follow within 60 days "
            "of the reconsideration decision."]
    right = [("Date of letter", fdate(nd, "slash")), ("Redetermination number", rd), ("Claim number", claim),
             ("Beneficiary", mem), ("Medicare number", mid), ("Date of service", fdate(dos, "slash")),
             ("Amount billed", money(tot)), ("Supplier", SUPPLIER), ("Appeal received", fdate(plus(nd, -34), "slash"))]
    p.box_col(left, right, left_w=108, size=9.2, title="Appeal facts")
    p.para(f"Redeterminations Unit, {DME_MAC}   Questions: 1-866-555-{digits(rng, 4)}   Form CFCS-RD-2", 8.5)
    t = truth("denial_letter", "not_covered", insurer=DME_MAC, member_id=mid, member_name=mem, cases=[rd, claim],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["other"],
              alternates={"insurer": ["Medicare"], "case_numbers": [[rd]]})
    return out(p), t


def fax_stack(rng):
    mem = person(rng)[0]
    mid = mbi(rng)
    sd = dt.date(2026, 6, 2) + dt.timedelta(days=rng.randint(0, 6))
    spans = [(dt.date(2026, 4, 6), dt.date(2026, 4, 17), 10), (dt.date(2026, 4, 20), dt.date(2026, 5, 1), 10),
             (dt.date(2026, 5, 4), dt.date(2026, 5, 8), 5), (dt.date(2026, 5, 11), dt.date(2026, 5, 15), 5)]
    per = amount(rng, 390, 510)
    ch = [round(per * k, 2) for _, _, k in spans]
    tot = round(sum(ch), 2)
    acct = f"RKC-{digits(rng, 6)}"
    p = DJSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, FACILITY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Home Dialysis Program  |  Overland Park KS  |  913-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(3)
    p.line("PATIENT STATEMENT", 11.5, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", mem), ("Medicare number", mid),
             ("Account", acct), ("Primary insurance", "Medicare Part B")], label_w=40, size=9)
    p.ln(2)
    rows = []
    for i, ((a, b, k), c) in enumerate(zip(spans, ch)):
        st = "Denied by Medicare (1)" if i == 3 else "Paid by Medicare"
        rows.append([fdate(a, "slash"), fdate(b, "slash"), f"Home HD training, {k} sessions", money(c),
                     st, "$0.00" if i < 3 else money(c)])
    rows.append(["", "", "Total", money(tot), "", money(ch[3])])
    p.table(["From", "To", "Description", "Charges", "Insurance", "You owe"], rows, [22, 22, 60, 22, 34, 20], size=8,
            aligns=["L", "L", "L", "R", "L", "R"], bold_last=True)
    p.para(f"(1) Medicare denied the training sessions from {fdate(spans[3][0], 'long')} through "
           f"{fdate(spans[3][1], 'long')} (sessions 26 to 30): Medicare pays for 25 home hemodialysis training "
           "sessions. We have asked Medicare to reopen the claim with the nurse's notes; you do not need to pay "
           "until we hear back.", 8.5)
    p.para(f"Questions about this statement: Patient Accounts, 913-555-{digits(rng, 4)}.", 8.5)
    doc1 = (out(p), truth("other", None, insurer="Medicare", member_id=mid, member_name=mem, claim_amount=m2(ch[3]),
                          service_dates=[span(*spans[3][:2])], denial_date=sd.isoformat(), provider=FACILITY,
                          unscored=["insurer"], alternates={"claim_amount": [m2(tot)], "service_dates": [[]]}))
    nd = plus(sd, rng.randint(4, 9))
    claim = f"{_icn(rng)}-01"
    q = DJSheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.f(12, "B")
    q.cell(0, 6, AB_MAC, new_x="LMARGIN", new_y="NEXT")
    q.f(7.8)
    q.cell(0, 4, "Provider Notice  |  Medical Review", new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.line(f"To: {FACILITY}, Home Dialysis Program", 9.5)
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd, "slash"), 34), ("Claim number (ICN)", claim, 50),
                ("Facility NPI", digits(rng, 10), 36), ("CCN", f"17-{digits(rng, 4)}", 30)],
               [("Beneficiary", mem, 58), ("MBI", mid, 40), ("Bill type", "072x", 22),
                ("Statement period", f"{fdate(spans[0][0], 'slash')} - {fdate(spans[3][1], 'slash')}", 50)]],
              cap=6.8, val=8.6)
    q.ln(2)
    q.para(f"The claim above billed 30 home hemodialysis training sessions (condition code 73, revenue code 0821) "
           f"for charges of {money(tot)}. Medicare pays for up to 25 sessions. The 5 sessions billed "
           f"{fdate(spans[3][0], 'slash')} - {fdate(spans[3][1], 'slash')} ({money(ch[3])}) are denied: the records "
           "do not explain why more training was reasonable and necessary (for example a change in modality, "
           "a new care partner, or a documented learning barrier).", 9.3)
    q.para("You may request a redetermination within 120 days of the date of this notice. Reopening requests for "
           "clerical errors may be made within one year. Form HPMA-MR-14.", 9.3)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=AB_MAC, member_id=mid, member_name=mem,
                          cases=[claim], claim_amount=m2(tot), service_dates=[span(*spans[3][:2])],
                          denial_date=nd.isoformat(), provider=FACILITY, appeal_deadline=plus(nd, 120).isoformat(),
                          denial_alternates=["medical_necessity"],
                          alternates={"insurer": ["Medicare"], "claim_amount": [m2(ch[3])]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_msn_part_b_supplier_supplies_denied", "born_digital", [bd_msn(rng)]),
        Item(F + "faxstd_dme_mac_provider_notice_boxes_small_type", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_two_page_ab_mac_redetermination_mcp_right_column", "phone_photo",
             [phone_redetermination_mcp(rng)]),
        Item(F + "scan300_resumen_de_medicare_training_from_to_es", "scan_clean_300", [scan300_msn_es(rng)]),
        Item(F + "copy_supplier_redetermination_request_left_column", "photocopy", [copy_supplier_letter(rng)]),
        Item(F + "rotated_dme_mac_redetermination_unfavorable_boxed", "rotated", [rotated_redetermination(rng)]),
        Item(F + "faxfine_stack_facility_statement_then_training_notice", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
