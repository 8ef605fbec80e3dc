"""Medicare Part B immunosuppressive drug papers and Part B oral drug claim decisions, mirrored (structure and plain
wording style only) from Original Medicare's public notices: the Medicare Summary Notice for Part B in the older
one-table layout ("Part B Medical Insurance - Assigned Claims": dates of service, services provided, amount charged,
Medicare approved, Medicare paid supplier, you may be billed, see notes section; a customer service box; an appeal
"by" date), the Medicare Premium Bill that people who pay the Part B-ID premium directly get (with its payment
coupon), and the papers of a Durable Medical Equipment Medicare Administrative Contractor (DME MAC), which handles
pharmacy suppliers' claims for immunosuppressive, oral anti-cancer and oral anti-nausea drugs, and of a Qualified
Independent Contractor (QIC). Rules mirrored: Part B-ID pays only for immunosuppressive drugs (and the pharmacy's
supply fees) for people whose Medicare based on kidney failure ended 36 months after a kidney transplant, and ends
when the person has other coverage such as a group health plan; the initial supply fee (Q0510) is paid once, in the
first month after a transplant; immunosuppressive drugs are paid for up to a 30-day supply; oral anti-nausea drugs
only as a full replacement for the drug given by vein, for up to 48 hours after chemotherapy; oral anti-cancer
drugs only when the same drug also comes in a form given by injection; a claim whose records were asked for and
not sent is denied. Medicare, CMS, 1-800-MEDICARE, Social Security, form numbers CMS-500, CMS-20027 and CMS-20033,
HCPCS codes (J7507, J7517, J7512, J7518, J7527, J8999, Q0162, Q0510, Q0511, Q0512) and CARC codes appear as
themselves; the DME MAC (Quillback Federal Claims Solutions, LLC, "Jurisdiction H"), the QIC (Coldharbour Appeals
Review, Inc.), every pharmacy, transplant center, cancer center, doctor, beneficiary, Medicare number, claim and
appeal number, premium and amount are invented (phones 555).

Documents (8 in 7 files):
- born_digital_msn_part_b_four_claims_q0510_line_note_c_legend_two_columns: a two-page summary notice in the
  older one-table layout for a Part B-ID beneficiary; four pharmacy claims (January to March fills from two
  suppliers) in one listing that breaks across pages; only the March claim's initial supply fee (Q0510) is refused,
  told by note "c" in its row on page 2 (the listing breaks inside the claim before it), explained in the
  two-column notes section.
- faxfine_redetermination_partly_favorable_ondansetron_48_hours: the DME MAC's redetermination on oral ondansetron
  dispensed for ten days after chemotherapy: 48 units paid, 192 units not (only 48 hours are covered under Part B).
- phone_es_redeterminacion_parte_b_id_termino_por_plan_de_grupo: a photographed Spanish redetermination keeping the
  refusal of a February tacrolimus fill: the woman's Part B-ID ended when her employer group plan began.
- scanclean_premium_bill_part_b_id_quarter_with_coupon: a Medicare Premium Bill for three months of the Part B-ID
  premium, boxes with captions under the values and a tear-off coupon (denies nothing).
- faxstd_stack_pharmacy_cover_review_result_90_day_supply_page_two_upside_down_then_acknowledgement: a standard fax
  of a specialty pharmacy's fax cover, the DME MAC's two-page medical review result (a 90-day supply of everolimus
  and tacrolimus cut to 30 days; page 2 fed upside down) and the contractor's acknowledgement of the pharmacy's
  redetermination request (denies nothing).
- photocopy_qic_reconsideration_letrozole_no_injectable_form: a photocopied QIC reconsideration (unfavorable):
  letrozole tablets billed as an oral anti-cancer drug; no injectable form, so not a Part B drug.
- rotated_records_not_received_mycophenolic_acid_side_column: a letter to a pharmacy fed turned: the records asked
  for on an additional documentation request never arrived, so the claim is denied; a "claim at a glance" column at
  the left of the prose.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammd import (EMSheet, abbr_dot, cap_day, digits, dmy_abbr, es_date, fax_cover_grid, iso,
                               last_first, long, mbi, mbi_dashed, n2, people, phone, plains_address, plus, short_md,
                               slash, tollfree, upper, usd, wday_long, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("medicare_part_b_id_and_oral_drug_supplier_summary_notice_premium_bill_and_dme_contractor_supply_fee_"
          "thirty_day_antiemetic_and_records_refusals")
LANG = "en"
SEED = 355023
MEDICARE = "Medicare"
MEDICARE_ALT = ["Centers for Medicare & Medicaid Services", "CMS", "Medicare Part B"]
MAC = "Quillback Federal Claims Solutions, LLC"
MAC_ALT = ["Quillback Federal Claims Solutions", "Quillback", "Medicare", "Medicare DME Claims"]
QIC = "Coldharbour Appeals Review, Inc."
QIC_ALT = ["Coldharbour Appeals Review", "Coldharbour", "Medicare"]
MAC_UNIT = "DME Medicare Administrative Contractor \u00b7 Jurisdiction H"
PHARM = {"switch": ("Switchgrass Transplant Pharmacy, Inc.", "1418 Stockyard Rd", "Grand Island, NE 68801"),
         "side": ("Sideoats Home Delivery Pharmacy", "77 Wheat Row", "Kearney, NE 68845"),
         "cone": ("Coneflower Oncology Pharmacy", "3305 Elm Shelter Dr", "Lincoln, NE 68510"),
         "thim": ("Thimbleweed Specialty Pharmacy, LLC", "940 Iron Horse Way", "Salina, KS 67401"),
         "gold": ("Goldenrod Apothecary", "118 Depot St", "Hays, KS 67601"),
         "plum": ("Plumtree Pharmacy Services", "5120 Cattle Pen Rd", "North Platte, NE 69101"),
         "wind": ("Windlass Drug & Home Care", "260 Courthouse Sq", "Columbus, NE 68601")}
TX = "Ivorydale Transplant Institute"
ONC = "Winnowfield Cancer Center"


def icn(rng):
    """A 14-digit DME claim control number."""
    return "2" + digits(rng, 13)


def ids(m):
    """The Medicare number as printed with dashes; the bare eleven characters accepted."""
    return mbi_dashed(m), {"member_id": [m]}


def mac_mast(p, rng, box=None):
    """The contractor's letterhead: the program name with the lower-case administered-by line under it."""
    p.mast("Medicare DME Claims", f"administered by {MAC}, a CMS contractor",
           [f"PO Box 4{digits(rng, 4)}, Omaha, NE 68103-{digits(rng, 4)}", f"Supplier line {tollfree(rng)}",
            "People with Medicare: 1-800-MEDICARE", f"Fax {phone(rng)}"],
           sub=MAC_UNIT, size=16, serif=False, box=box, rule="single")


# ------------------------------------------------------------------------------------------------------------------
def born_msn(rng):
    ben, dr, rep = people(rng, 3, sexes="FMF")
    m = mbi(rng)
    md = mbi_dashed(m)
    nd = dt.date(2026, 4, 28)
    p0, p1 = dt.date(2026, 1, 12), dt.date(2026, 4, 24)
    by = plus(nd, 120)
    SW, SW1, SW2 = PHARM["switch"]
    SD, SD1, SD2 = PHARM["side"]
    tx_date = dt.date(2021, 10, 14)
    fills = [dt.date(2026, 1, 9), dt.date(2026, 2, 6), dt.date(2026, 3, 6)]
    pred = dt.date(2026, 2, 20)
    claims = [icn(rng) for _ in range(4)]
    base = [("Tacrolimus, oral, per 1 mg (J7507), 180", 618.40, 0.82), ("Mycophenolate mofetil, oral, per 250 mg "
            "(J7517), 360", 492.75, 0.86), ("Supply fee, first drug in 30 days (Q0511), 1", 34.00, 0.71),
            ("Supply fee, next drug in 30 days (Q0512), 1", 21.00, 0.76)]
    q0510 = ("Supply fee, initial, 1st month after transplant (Q0510), 1", 52.00)
    ded_left = 96.30
    p = EMSheet(footer="Page {n} of {nb}", run_hdr=f"{ben.upper()}  \u00b7  Medicare Number {md}  \u00b7  "
                                                   f"Notice date {long(nd)}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(15, 13, 15)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(19, "B")
    p.cell(0, 9, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, "An Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    p.f(10, "B")
    p.cell(0, 5, ben.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    for ln in plains_address(rng):
        p.cell(0, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    bx = p.l_margin + W * 0.5
    yb = p.kv_box([("Notice date", long(nd)), ("Claims processed", f"{slash(p0)} through {slash(p1)}"),
                   ("Your Medicare Number", md), ("Your benefit", "Part B-ID (transplant drugs)")],
                  bx, y0, W * 0.5, cap_w=40, size=8.8, title="CUSTOMER SERVICE INFORMATION")
    p.set_xy(bx, yb + 1)
    p.f(7.6)
    p.multi_cell(W * 0.5, 3.6, f"Questions? Call 1-800-MEDICARE (TTY 711), or write: {MAC}, DME claims, "
                               f"PO Box 4{digits(rng, 4)}, Omaha, NE 68103. Have this notice and your Medicare "
                               "Number ready.", new_x="LEFT", new_y="NEXT")
    p.set_xy(p.l_margin, max(ya, p.get_y()) + 3)
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL - Keep this notice for your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.side_left("Your Part B-ID at a glance",
                [("Coverage began", "January 1, 2024"), ("Kidney transplant", long(tx_date)),
                 ("Monthly premium 2026", "$118.30 (billed every 3 months)"),
                 ("Part B deductible", f"Met on your {abbr_dot(fills[0])} claim"),
                 ("What it pays for", "Transplant drugs and the pharmacy's supply fees only")],
                [f"This is a summary of claims processed from {long(p0)} through {long(p1)}. Your Part B "
                 "Immunosuppressive Drug benefit (Part B-ID) helps pay for the drugs that keep your body from "
                 "rejecting your transplanted kidney. It doesn't pay for doctor visits, lab tests, hospital care or "
                 "other drugs.",
                 "**Be Informed!** Check the dates and the drugs below against the labels on your bottles and the "
                 "receipts your pharmacy gave you. If a pharmacy billed for a drug you didn't get, call "
                 "1-800-MEDICARE. You can see your claims any time at Medicare.gov.",
                 "**Did Medicare approve everything?** No. Medicare didn't pay for one supply fee billed by one "
                 "pharmacy. Look for a letter in the See Notes Section column and read that note in the Notes Section.",
                 f"If you need help reading this notice, someone you trust, like {rep.split()[0]} "
                 f"{rep.split()[-1]} who is named as your representative on our records, can call for you."],
                side_w=60, size=9.2)
    p.bar("PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 9.8)
    head = ["Dates of Service", "Services Provided", "Amount Charged", "Medicare Approved",
            "Medicare Paid Supplier", "You May Be Billed", "See Notes Section"]
    widths = [19, 81, 17, 17, 17, 18, 16]
    aligns = ["L", "L", "R", "R", "R", "R", "C"]
    rows = []
    totals = []
    ded_used = False

    def claim(no, sup, a1, a2, when, lines, extra=None):
        nonlocal ded_used
        rows.append({"band": f"Claim number {no}      {sup}"})
        rows.append(["", f"{a1}, {a2}  \u00b7  Ordered by: Dr. {dr}", "", "", "", "", ""])
        tc = ta = tp = tb = 0.0
        for desc, chg, ratio in lines:
            ap = round(chg * ratio, 2)
            ded = 0.0
            if not ded_used and desc.startswith("Tacrolimus"):
                ded = ded_left
            paid = round((ap - ded) * 0.8, 2)
            bill = round(ap - paid, 2)
            note = "a, b" if ded else "b"
            rows.append([slash(when), desc, n2(chg), n2(ap), n2(paid), n2(bill), note])
            tc += chg
            ta += ap
            tp += paid
            tb += bill
        if not ded_used:
            ded_used = True
        if extra:
            desc, chg = extra
            rows.append([slash(when), desc, n2(chg), "0.00", "0.00", "0.00", "c"])
            tc += chg
        rows.append({"cells": ["", "Claim total", n2(tc), n2(ta), n2(tp), n2(tb), "d"], "bold": True})
        totals.append(round(tc, 2))

    claim(claims[0], SW, SW1, SW2, fills[0], base)
    claim(claims[1], SW, SW1, SW2, fills[1], base)
    claim(claims[3], SD, SD1, SD2, pred, [("Prednisone, oral, per 1 mg (J7512), 150", 19.65, 0.9),
                                         ("Supply fee, next drug in 30 days (Q0512), 1", 21.00, 0.76)])
    claim(claims[2], SW, SW1, SW2, fills[2], base, extra=q0510)
    p.split_table(head, rows, widths, aligns, size=7.4, row_h=4.6, cont="Part B Medical Insurance - Assigned "
                  "Claims (continued)", foot_room=24)
    p.para("The amounts in the You May Be Billed column are your 20% coinsurance and any amount applied to your "
           "deductible. For example, if a pharmacy's bill says you owe $100.00 and this notice says you may be "
           "billed $20.00, call the pharmacy before you pay.", 8.4)
    p.legend2("Notes Section", [
        ("a", f"${ded_left:.2f} of this approved amount was applied toward your Part B deductible. You have now "
              "met your deductible for 2026."),
        ("b", "Medicare pays 80% of the approved amount for covered drugs and supply fees. You pay the other 20% "
              "(coinsurance)."),
        ("c", f"The supply fee for the first month after a transplant is paid only once for each transplant, and "
              f"only in the month after it. Our records show your transplant on {slash(tx_date)}, so this fee "
              "can't be paid. The pharmacy billed the wrong supply fee code for this fill. The pharmacy may not "
              "bill you for it."),
        ("d", "The supplier accepted assignment: it agreed to take the Medicare-approved amount as full payment."),
        ("e", "Medicare paid 2% less than it otherwise would have because of a reduction required by federal law "
              "(sequestration)."),
        ("f", "This claim was filed late. The supplier may not bill you for it."),
    ], size=8.0, note="Notes e and f are printed for your reference and do not apply to a claim on this notice.")
    p.bar("APPEALS INFORMATION - PART B", 9.8)
    p.para(f"If you disagree with any claims decision on this notice, you can request an appeal by "
           f"**{long(by)}**. Follow the instructions below:", 9.2)
    p.bullets(["1) Circle the item(s) you disagree with and explain why you disagree.",
               "2) Send this notice, or a copy, to the address in the Customer Service Information box on page 1. "
               "You may also use form CMS-20027.",
               "3) Sign here ______________________________   Phone number (____) ____________"], 9.0, mark="")
    p.para("If you want someone to act for you, you and that person must sign a form naming him or her your "
           "representative. Call 1-800-MEDICARE for the form. Get help with Medicare questions from your State "
           f"Health Insurance Assistance Program at 1-888-555-{digits(rng, 4)}.", 8.6)
    mid, alt = ids(m)
    tc = totals[3]
    t = truth("eob", "coding_error", insurer=MEDICARE, member_id=mid, member_name=ben, cases=[claims[2]],
              claim_amount=m2(tc), service_dates=[iso(fills[2])], denial_date=iso(nd), provider=SW,
              appeal_deadline=iso(by),
              alternates={"insurer": MEDICARE_ALT + [MAC], "claim_amount": [m2(q0510[1])],
                          "provider": ["Switchgrass Transplant Pharmacy", f"Dr. {dr}", dr, TX], **alt},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_antiemetic(rng):
    ben, onc, rev, nurse = people(rng, 4, sexes="MFXF")
    m = mbi(rng)
    md = mbi_dashed(m)
    nd = dt.date(2026, 4, 22)
    got = dt.date(2026, 3, 30)
    chemo = dt.date(2026, 2, 17)
    first = dt.date(2026, 3, 5)
    CN, CN1, CN2 = PHARM["cone"]
    ic = icn(rng)
    rd = f"DMR-26-{digits(rng, 6)}"
    units, ok_units = 240, 48
    per = 1.72
    billed = round(units * per, 2)
    allowed = round(ok_units * per * 0.74, 2)
    p = EMSheet(footer="Page {n} of {nb}", foot_ids=f"Appeal {rd}  \u00b7  ICN {ic}")
    p.set_margins(17, 14, 17)
    p.add_page()
    mac_mast(p, rng, box="MEDICARE REDETERMINATION NOTICE")
    p.f(9.6)
    for ln in [ben.upper(), *[x.upper() for x in plains_address(rng)]]:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxes_under([[(ben, "Beneficiary", 0.36), (md, "Medicare Number", 0.3), (long(nd), "Date of this notice", 0.34)],
                   [(rd, "Appeal number", 0.36), (ic, "Claim number (ICN)", 0.3),
                    (f"{slash(chemo)}", "Date of service", 0.34)],
                   [(CN, "Supplier", 0.5), (f"Dr. {onc}", "Ordering physician", 0.5)]],
                  size=9.2, num=True)
    p.f(11, "B")
    p.cell(0, 6, "Your appeal decision: partly favorable", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {ben.split()[0]} {ben.split()[-1]}:", 9.8)
    p.para(f"We received your request for a redetermination on {slash(got)}. You asked us to look again at "
           f"Medicare's payment for ondansetron tablets (Q0162) that {CN} gave you on {long(chemo)}, the day of "
           f"your chemotherapy at {ONC}. The first decision, dated {long(first)}, denied the whole claim. A nurse "
           f"reviewer, {nurse}, RN, who took no part in the first decision, looked at the claim, the prescription "
           "and the notes from your cancer center.", 9.6)
    p.f(10.4, "B")
    p.cell(0, 5.5, "What we decided", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Medicare will pay for {ok_units} of the {units} units billed. Medicare will not pay for the other "
           f"{units - ok_units} units.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Item", "Units billed", "Units approved", "Amount charged", "Medicare approved",
                  "Not approved"],
                 [["Ondansetron 1 mg, oral (Q0162)", str(units), str(ok_units), usd(billed), usd(allowed),
                   f"{units - ok_units} units"]],
                 [W * 0.3, W * 0.12, W * 0.13, W * 0.15, W * 0.15, W * 0.15], size=8.6)
    p.f(10.4, "B")
    p.cell(0, 5.5, "Why we decided this way", new_x="LMARGIN", new_y="NEXT")
    p.para("Medicare Part B pays for an anti-nausea drug taken by mouth only when it is used in place of an "
           "anti-nausea drug given by vein at the time of chemotherapy, and only for the first 48 hours after the "
           "chemotherapy. Your prescription was for 8 mg three times a day for ten days. The first two days "
           f"({ok_units} units) meet Medicare's rules and we approved them. The tablets for days 3 through 10 are "
           "not covered by Part B, no matter how they were needed. Your Medicare drug plan (Part D) may cover "
           "them; give the plan a copy of this letter.", 9.6)
    p.para("Because the pharmacy gave you a written notice before filling the prescription saying that Medicare "
           "might not pay for all of it, you may be asked to pay for the units that were not approved.", 9.6)
    p.add_page()
    p.f(10.4, "B")
    p.cell(0, 5.5, "If you disagree with this decision", new_x="LMARGIN", new_y="NEXT")
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
           "received within 180 days of the date you receive this letter. We will assume you received it 5 days "
           "after the date at the top unless you show us otherwise. Use form CMS-20033 or write a letter with your "
           "name, your Medicare Number, the appeal number and the items you disagree with, and send it to:", 9.6)
    p.para(f"{QIC}, DME QIC, PO Box 2{digits(rng, 4)}, Columbus, OH 43216-{digits(rng, 4)}", 9.6, indent=8)
    p.para("Send any records you did not send us before. If you don't, you may not be able to send them later "
           "unless you have a good reason.", 9.6)
    p.f(10.4, "B")
    p.cell(0, 5.5, "Who can help", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Call us at 1-800-MEDICARE and say \"appeals\". Your State Health Insurance Assistance Program gives "
           f"free help: 1-888-555-{digits(rng, 4)}. A copy of this letter was sent to {CN}.", 9.6)
    p.signoff(["Sincerely,", "", rev, f"Appeals Department, {MAC}"], 9.6)
    mid, alt = ids(m)
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=mid, member_name=ben, cases=[rd, ic],
              claim_amount=m2(billed), service_dates=[iso(chemo)], denial_date=iso(nd), provider=CN,
              appeal_deadline=None,
              alternates={"insurer": MAC_ALT, "case_numbers": [[rd], [ic]], "provider": [f"Dr. {onc}", onc, ONC],
                          "appeal_deadline": [iso(plus(nd, 185)), iso(plus(nd, 180))], **alt},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    ben, dr, rev = people(rng, 3, es=True, sexes="FMX")
    m = mbi(rng)
    md = mbi_dashed(m)
    nd = dt.date(2026, 4, 9)
    got = dt.date(2026, 3, 23)
    fill = dt.date(2026, 2, 12)
    gp = dt.date(2026, 1, 1)
    GD, GD1, GD2 = PHARM["gold"]
    ic = icn(rng)
    rd = f"DMR-26-{digits(rng, 6)}"
    lines = [("Tacrolimus, oral, por 1 mg (J7507)", 120, 441.60), ("Cargo de suministro (Q0511)", 1, 34.00)]
    billed = round(sum(x for *_, x in lines), 2)
    by = plus(nd, 180)
    p = EMSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.mast("Medicare - Reclamos de equipo médico (DME)", f"administrado por {MAC}, contratista de CMS",
           [f"Apartado postal 4{digits(rng, 4)}", "Omaha, NE 68103", "1-800-MEDICARE",
            f"Fax {phone(rng)}"], sub=MAC_UNIT, size=14, serif=False, rule="single")
    p.f(14, "B")
    p.cell(0, 7, "Aviso de redeterminación de Medicare", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [ben, *plains_address(rng)]:
        p.f(10)
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.side_left("Resumen de su apelación",
                [("Beneficiaria", ben), ("Número de Medicare", md), ("Número de apelación", rd),
                 ("Número de reclamo", ic), ("Fecha del servicio", f"{fill.day:02d}-feb-{fill.year}"),
                 ("Proveedor", GD), ("Recibimos su pedido", got.strftime("%d/%m/%Y"))],
                [f"Estimada señora {ben.split()[-1]}:",
                 f"Usted nos pidió revisar de nuevo el reclamo de {GD} por el tacrolimus que le entregaron el "
                 f"{es_date(fill)}, recetado por el Dr. {dr}. El total facturado fue de ${billed:,.2f}.",
                 "**Nuestra decisión:** la decisión es desfavorable. Medicare no pagará este reclamo.",
                 f"**Por qué:** el beneficio de medicamentos inmunosupresores de la Parte B (Parte B-ID) es solo para "
                 "personas que no tienen otro seguro de salud que cubra estos medicamentos. Según los registros del "
                 f"Seguro Social, usted se inscribió en el plan de salud de grupo de su empleador, Empacadora "
                 f"Sandcreek (grupo N.º SC-{digits(rng, 5)}), a partir del {es_date(gp)}, y ese plan cubre "
                 "medicamentos recetados. Por eso, su cobertura de la Parte B-ID "
                 "terminó el 31 de diciembre de 2025, antes de la fecha de este servicio.",
                 "**Qué puede hacer:** presente la receta a su plan de grupo. Si pierde ese seguro más adelante, "
                 "puede volver a inscribirse en la Parte B-ID llamando al Seguro Social, sin "
                 "multa."],
                side_w=58, size=9.3)
    p.f(10.4, "B")
    p.cell(0, 5.5, "Si no está de acuerdo", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Puede pedir una reconsideración a {QIC}, un contratista independiente. Debe pedirla dentro de los 180 "
           "días siguientes a la fecha de esta carta. Use el formulario CMS-20033 o escriba una carta con su nombre, "
           "su número de Medicare y el número de apelación, y envíela a la dirección del contratista que aparece "
           "en el formulario. Si necesita ayuda, llame al 1-800-MEDICARE.", 9.4)
    p.para(f"Enviamos una copia de esta carta a {GD}, {GD1}, {GD2}.", 9.0)
    p.signoff(["Atentamente,", rev, f"Departamento de Apelaciones, {MAC}"], 9.4)
    mid, alt = ids(m)
    t = truth("denial_letter", "eligibility", insurer=MAC, member_id=mid, member_name=ben, cases=[rd, ic],
              claim_amount=m2(billed), service_dates=[iso(fill)], denial_date=iso(nd), provider=GD,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": MAC_ALT + ["Medicare - Reclamos de equipo médico (DME)"],
                          "case_numbers": [[rd], [ic]], "provider": [f"Dr. {dr}", dr], **alt},
              denial_alternates=["other"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_premium(rng):
    ben, = people(rng, 1, sexes="M")
    m = mbi(rng)
    md = mbi_dashed(m)
    bd = dt.date(2026, 3, 25)
    due = dt.date(2026, 4, 25)
    prem = 118.30
    months = ["April 2026", "May 2026", "June 2026"]
    total = round(prem * 3, 2)
    paid_prev = round(prem * 3, 2)
    paid_on = dt.date(2026, 1, 21)
    addr = plains_address(rng)
    p = EMSheet(footer=None, footer_left="Form CMS-500")
    p.set_margins(16, 13, 16)
    p.add_page()
    p.hhs_mast(["Medicare Premium Collection Center", f"PO Box 7{digits(rng, 4)}, St. Louis, MO 63179",
                "Questions: 1-800-MEDICARE", "TTY 711"],
               title="Medicare Premium Bill", sub="For Part B Immunosuppressive Drug (Part B-ID) coverage")
    p.boxes_under([[(ben.upper(), "Name", 0.42), (md, "Medicare Number", 0.3), (long(bd), "Bill date", 0.28)],
                   [(usd(total), "Total amount due", 0.42), (slash(due), "Pay by", 0.3),
                    ("April - June 2026", "Months billed", 0.28)]], size=10.2, h=11.5)
    p.f(9.6)
    p.multi_cell(0, 4.8, "This is a bill for your Medicare premiums. Pay the full amount due by the date above so "
                         "your Part B-ID coverage continues. If you already paid, thank you; do not pay twice.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.heading("Bill details", 10.4, rule=True)
    p.dotted([("Amount from last bill", usd(paid_prev)),
              (f"Payment received {slash(paid_on)} - thank you", f"-{usd(paid_prev)}"),
              ("Balance before this bill", "$0.00"),
              *[(f"Part B-ID premium for {mo}", usd(prem)) for mo in months],
              ("Total amount due", usd(total))], w=W * 0.7, size=9.4, bold_last=True)
    p.ln(3)
    p.flow_cols(["Ways to pay",
                 "Sign up for Medicare Easy Pay and your premiums come out of your bank account each month. Or pay "
                 "by card or bank account online through your Medicare account. Or mail a check or money order "
                 "with the coupon below; write your Medicare Number on it.",
                 "If you can't pay",
                 "If you don't pay, you will get a second bill and then a delinquent bill. If the full amount isn't "
                 "paid by the date on the delinquent bill, your Part B-ID coverage will end. Call 1-800-MEDICARE if "
                 "you need help.",
                 "Help with costs",
                 "If your income and resources are limited, your state may help pay your Medicare premiums through "
                 "a Medicare Savings Program. For example, someone with a premium of $100.00 a month might pay "
                 "nothing. Call your state Medicaid office to ask."], n=3, size=8.6, heads={0, 2, 4})
    p.coupon("Medicare Premium Bill - Payment Coupon",
             [[(md, "Medicare Number", 0.5), (slash(due), "Pay by", 0.5)],
              [(usd(total), "Total amount due", 0.5), ("$ ____________", "Amount enclosed", 0.5)]],
             [ben.upper(), *[a.upper() for a in addr], "", "Make check payable to:", "Medicare Premium Collection Center"],
             note="Do not send cash. Do not staple or clip your check to the coupon. Write your Medicare Number "
                  f"on your check. Mail to: Medicare Premium Collection Center, PO Box 7{digits(rng, 4)}, St. Louis, "
                  "MO 63179.")
    mid, alt = ids(m)
    t = truth("other", None, insurer=MEDICARE, member_id=mid, member_name=ben, denial_date=iso(bd),
              alternates={"insurer": MEDICARE_ALT + ["Medicare Premium Collection Center"],
                          "claim_amount": [m2(total)], **alt},
              unscored=["provider"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    ben, dr, rev, md_rev, tech, daughter = people(rng, 6, sexes="MFXMFF")
    m = mbi(rng)
    md = mbi_dashed(m)
    TH, TH1, TH2 = PHARM["thim"]
    ptan = digits(rng, 10)
    nd = dt.date(2026, 3, 18)
    ack = dt.date(2026, 4, 14)
    rq = dt.date(2026, 4, 7)
    dos = dt.date(2026, 1, 28)
    ic = icn(rng)
    rd = f"DMR-26-{digits(rng, 6)}"
    sent = dt.date(2026, 4, 16)
    lines = [("J7527", "Everolimus, oral, 0.25 mg", 1080, 360, 2743.20),
             ("J7507", "Tacrolimus, oral, per 1 mg", 540, 180, 1803.60),
             ("Q0511", "Supply fee, first drug in 30 days", 1, 1, 34.00),
             ("Q0512", "Supply fee, next drug in 30 days", 1, 1, 21.00)]
    billed = round(sum(x[-1] for x in lines), 2)
    cover = fax_cover_grid(
        TH, [f"{TH1}, {TH2}", f"Reimbursement office  \u00b7  Phone {phone(rng, '785')}  \u00b7  Fax {phone(rng, '785')}"],
        [("To", daughter), ("From", f"{tech}, CPhT"),
         ("Fax", phone(rng, "308")), ("Phone", phone(rng, "785")), ("Date", short_md(sent)),
         ("Pages", "4 including cover")],
        [(False, "Urgent"), (True, "For your records"), (False, "Please reply"), (False, "Please call")],
        [f"As we discussed, here are the two Medicare letters about your father's ({ben.split()[0]} "
         f"{ben.split()[-1]}) January fill. Medicare paid for "
         "30 days of each drug and not for the other 60 days. We have asked Medicare to look at it again; the second "
         "letter says they received our request.",
         "Your father does not need to do anything right now. His February and March fills were billed for 30 days "
         "each and were paid."],
        "The documents accompanying this fax contain confidential health information that is legally privileged. "
        "If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution "
        "is prohibited. Please notify the sender and destroy these documents.")
    # document 1: the review result to the pharmacy (page 2 fed upside down)
    p = EMSheet(footer="Page {n} of {nb}", run_hdr=f"ICN {ic}  \u00b7  {last_first(ben)}  \u00b7  MBI {md}")
    p.set_margins(17, 14, 17)
    p.add_page()
    mac_mast(p, rng)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Medical Review Results", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_pairs_right([TH, "Attn: Reimbursement", TH1, TH2],
                       [("PTAN", ptan), ("Beneficiary", ben), ("Medicare Number", md), ("ICN", ic),
                        ("Date of service", slash(dos)), ("Billed amount", usd(billed))], split=0.45, size=9,
                       cap_w=34)
    p.para(f"We reviewed the claim above before payment because the units billed were more than a 30-day supply. "
           f"The beneficiary has Part B-ID coverage after a kidney transplant at {TX}. The prescriptions from "
           f"Dr. {dr} were for everolimus 0.75 mg twice a day and tacrolimus 3 mg twice a day, and you dispensed 90 "
           "days of each.", 9.4)
    p.para("**Result: partly denied.** Medicare pays for immunosuppressive drugs up to a 30-day supply at a time, "
           "because doses often change in the months after a change in therapy and a longer supply is not "
           "reasonable and necessary unless the record shows a special reason. The records you sent show no such "
           "reason. We allowed 30 days of each drug and both supply fees. The units for days 31 through 90 are "
           "denied (CARC CO-151).", 9.4)
    p.para("The line detail is on page 2. Because you did not give the beneficiary an advance notice, he may not "
           "be billed for the denied units.", 9.4)
    p.add_page()
    p.heading("Line detail", 11, rule=True)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for code, desc, u, ok, chg in lines:
        rows.append([code, desc, str(u), str(ok), n2(chg), n2(round(chg * ok / u, 2)),
                     "" if ok == u else "CO-151"])
    rows.append(["", "Claim total", "", "", n2(billed), n2(round(sum(c * o / u for _, _, u, o, c in lines), 2)), ""])
    p.wrap_table(["HCPCS", "Description", "Units billed", "Units allowed", "Billed", "Billed for allowed units",
                  "Adj. code"], rows, [W * 0.1, W * 0.3, W * 0.1, W * 0.1, W * 0.12, W * 0.16, W * 0.12],
                 size=8.4, aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.heading("Your right to appeal", 10.4)
    p.para("If you disagree with this decision, you may request a redetermination. A redetermination request "
           "must be filed within 120 days of the date of this letter. Send it through the portal or to the "
           "address at the top, with the ICN and any records that show why more than 30 days was needed.", 9.4)
    p.signoff([f"{md_rev}, MD, Contractor Medical Director", f"{rev}, RN, Medical Review"], 9.2)
    mid, alt = ids(m)
    t1 = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=ben, cases=[ic],
               claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=TH,
               appeal_deadline=iso(plus(nd, 120)),
               alternates={"insurer": MAC_ALT, "provider": ["Thimbleweed Specialty Pharmacy", f"Dr. {dr}", dr],
                           **alt},
               denial_alternates=["not_covered"])
    # document 2: the acknowledgement of the pharmacy's redetermination request (denies nothing)
    a = EMSheet(footer=None)
    a.set_margins(18, 15, 18)
    a.add_page()
    mac_mast(a, rng)
    a.f(12, "B")
    a.cell(0, 6.5, "Acknowledgement of Redetermination Request", new_x="LMARGIN", new_y="NEXT")
    a.f(9.4)
    a.cell(0, 5, f"Date: {ack.day} {ack:%B} {ack.year}", new_x="LMARGIN", new_y="NEXT")
    a.ln(3)
    a.f(10)
    for ln in [TH, TH1, TH2]:
        a.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    a.ln(3)
    a.grey_tabs([("Appeal number", rd), ("ICN", ic), ("Beneficiary", ben), ("Medicare Number", md),
                 ("Date of service", dmy_abbr(dos)), ("Request received", ymd_slash(rq))], cap_w=38, size=9.4)
    a.para("We received your request for a redetermination of the claim listed above. Please use the appeal "
           "number in all contacts about this request.", 9.6)
    a.para("We will send you our decision within 60 days of the date we received your request. If you send more "
           "records after today, we may take up to 14 more days. Do not send a second request for the same claim; "
           "a second request for the same claim will be dismissed as a duplicate.", 9.6)
    a.para("This letter is not a decision on your request.", 9.6)
    a.signoff(["Appeals Intake Unit", MAC], 9.4)
    t2 = truth("other", None, insurer=MAC, member_id=mid, member_name=ben, cases=[rd, ic],
               service_dates=[iso(dos)], denial_date=iso(ack), provider=TH,
               alternates={"insurer": MAC_ALT, "case_numbers": [[rd], [ic]], "service_dates": [[]],
                           "provider": ["Thimbleweed Specialty Pharmacy"], **alt})
    return cover, [(out(p), t1), (out(a), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_qic(rng):
    ben, onc, adj, phys = people(rng, 4, sexes="FMFX")
    m = mbi(rng)
    md = mbi_dashed(m)
    nd = dt.date(2026, 5, 19)
    dos = dt.date(2026, 1, 15)
    rd_date = dt.date(2026, 3, 2)
    got = dt.date(2026, 4, 6)
    PL, PL1, PL2 = PHARM["plum"]
    ic = icn(rng)
    rd = f"DMR-26-{digits(rng, 6)}"
    qa = f"1-{digits(rng, 10)}"
    billed = 286.50
    p = EMSheet(footer="Page {n} of {nb}", serif=True, run_hdr=f"Appeal No. {qa}  \u00b7  {ben}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.mast(QIC, "Qualified Independent Contractor for Durable Medical Equipment claims, under contract with "
                "CMS", [f"PO Box 2{digits(rng, 4)}", "Columbus, OH 43216", f"Phone {tollfree(rng, '888')}"],
           size=15, rule="double")
    p.f(13, "B")
    p.cell(0, 7, "MEDICARE RECONSIDERATION DECISION", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5.5, long(nd), align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.pairs([("Appellant", f"{ben} (beneficiary)"), ("Medicare Number", md), ("QIC appeal number", qa),
             ("Claim number", ic), ("Item", "Letrozole 2.5 mg tablets, billed as J8999"),
             ("Supplier", f"{PL}, {PL1}, {PL2}"), ("Date of service", upper(dos)),
             ("Amount in question", usd(billed))], label_w=44, size=9.6, h=5.2)
    p.ln(2)
    p.f(11, "B")
    p.cell(0, 6, "The decision is UNFAVORABLE.", new_x="LMARGIN", new_y="NEXT")
    p.para("Medicare will not pay for this item. The explanation follows.", 10)
    p.heading("Summary of the facts", 10.8)
    p.para(f"Dr. {onc} prescribed letrozole tablets after your breast cancer surgery. {PL} billed Medicare Part B "
           f"for a 30-day supply on {slash(dos)} under the code for an oral anti-cancer drug not otherwise "
           f"classified. The DME contractor denied the claim, and on {slash(rd_date)} its redetermination "
           f"(appeal {rd}) agreed. "
           f"We received your request for a reconsideration on {slash(got)}, with a letter from Dr. "
           f"{onc.split()[-1]} and your pharmacy receipts.", 10)
    p.heading("Decision and explanation", 10.8)
    p.para("Part B covers a cancer drug taken by mouth only if the same drug is also available in a form given by "
           "injection or by vein, so that the tablet takes the place of that form. Letrozole comes only as a tablet; "
           "there is no injectable form of it. The law does not let Medicare Part B pay for it, even though your "
           "doctor's letter shows that you need it and that it is an effective treatment for you. Medicare "
           "prescription drug plans (Part D) do cover letrozole.", 10)
    p.para(f"A physician reviewer, {phys}, MD, board certified in oncology, took part in this decision.", 10)
    p.heading("Who is responsible for the bill", 10.8)
    p.para("The supplier gave you an Advance Beneficiary Notice, which you signed before the fill, so you may be "
           "billed for this item.", 10)
    p.add_page()
    p.heading("If you disagree with this decision", 10.8)
    p.para("You may ask for a hearing before an Administrative Law Judge (ALJ) at the Office of Medicare Hearings "
           "and Appeals. You must file your request within 60 days after you receive this notice. We assume you "
           "got it 5 days after the date at the top. The amount still in dispute must meet a minimum amount that "
           "is set each year; your request form explains it. Send your request to the office named on the form "
           "OMHA-100, and send a copy to every other party named on this notice.", 10)
    p.para(f"For help, call 1-800-MEDICARE. You may also call us at the number at the top. Copies of this decision "
           f"went to {PL} and to {MAC}.", 10)
    p.signoff(["", adj, "Reconsideration Professional", QIC], 10)
    mid, alt = ids(m)
    t = truth("denial_letter", "not_covered", insurer=QIC, member_id=mid, member_name=ben, cases=[qa, ic],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=PL,
              appeal_deadline=None,
              alternates={"insurer": QIC_ALT, "case_numbers": [[qa], [ic], [qa, ic, rd]],
                          "provider": [f"Dr. {onc}", onc],
                          "appeal_deadline": [iso(plus(nd, 65)), iso(plus(nd, 60))], **alt},
              denial_alternates=["eligibility"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_records(rng):
    ben, dr, rev = people(rng, 3, sexes="MFX")
    m = mbi(rng)
    md = mbi_dashed(m)
    WD, WD1, WD2 = PHARM["wind"]
    nd = dt.date(2026, 4, 6)
    adr = dt.date(2026, 2, 3)
    due = dt.date(2026, 3, 20)
    dos = dt.date(2026, 1, 21)
    ic = icn(rng)
    adr_no = f"ADR{digits(rng, 9)}"
    lines = [("J7518", "Mycophenolic acid, delayed release, per 180 mg", 240, 568.80),
             ("J7507", "Tacrolimus, oral, per 1 mg", 120, 412.20),
             ("Q0511", "Supply fee, first drug in 30 days", 1, 34.00),
             ("Q0512", "Supply fee, next drug in 30 days", 1, 21.00)]
    billed = round(sum(x[-1] for x in lines), 2)
    p = EMSheet(footer="Page {n} of {nb}", foot_ids=f"{MAC}  \u00b7  Medical Review  \u00b7  ICN {ic}")
    p.set_margins(17, 14, 17)
    p.add_page()
    mac_mast(p, rng)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Claim Denied: Requested Records Not Received", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, f"Notice date: {cap_day(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(10)
    for ln in [WD, "Attn: Billing Manager", WD1, WD2]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.side_left("Claim at a glance",
                [("Beneficiary", ben), ("Medicare Number", md), ("ICN", ic), ("Date of service", slash(dos)),
                 ("Billed", usd(billed)), ("ADR number", adr_no), ("ADR letter sent", slash(adr)),
                 ("Records were due", slash(due))],
                [f"On {long(adr)} we sent you an Additional Documentation Request (ADR) for the claim shown at the "
                 f"left. We asked for the prescription from Dr. {dr}, the date and place of the beneficiary's kidney "
                 "transplant, proof of delivery and the refill request for this fill.",
                 f"The ADR said the records had to reach us within 45 days, by {long(due)}. We did not receive "
                 "them, and we have no record of a request for more time.",
                 "**Our decision:** because the records were not received, we could not confirm that the drugs were "
                 "covered, and the claim is denied in full (CARC CO-252, RARC N706). The denial applies to all four "
                 "lines of the claim, including both supply fees.",
                 "If you have the records, do not send them to the ADR address now. Send them with a "
                 "redetermination request instead.",
                 "**Your right to appeal:** you may request a redetermination within 120 days of the date of this "
                 "notice. Include the ICN and all of the records listed above."],
                side_w=56, size=9.4)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["HCPCS", "Description", "Units", "Billed"],
                 [[c, d, str(u), n2(x)] for c, d, u, x in lines] + [["", "Claim total", "", n2(billed)]],
                 [W * 0.12, W * 0.56, W * 0.12, W * 0.2], size=8.6, aligns=["L", "L", "R", "R"], bold_last=True)
    p.signoff(["", rev, "Medical Review Department"], 9.4)
    mid, alt = ids(m)
    t = truth("denial_letter", "other", insurer=MAC, member_id=mid, member_name=ben, cases=[ic],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=WD,
              appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": MAC_ALT, "case_numbers": [[ic, adr_no]], "provider": [f"Dr. {dr}", dr], **alt})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_msn_part_b_four_claims_q0510_line_note_c_legend_two_columns", "born_digital",
                  [born_msn(rng)]),
             Item(F + "faxfine_redetermination_partly_favorable_ondansetron_48_hours", "fax_fine_g4",
                  [faxfine_antiemetic(rng)]),
             Item(F + "phone_es_redeterminacion_parte_b_id_termino_por_plan_de_grupo", "phone_photo", [phone_es(rng)]),
             Item(F + "scanclean_premium_bill_part_b_id_quarter_with_coupon", "scan_clean_300",
                  [scanclean_premium(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_pharmacy_cover_90_day_supply_review_page_two_upside_down_then_ack",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "photocopy_qic_reconsideration_letrozole_no_injectable_form", "photocopy", [photocopy_qic(rng)]),
              Item(F + "rotated_records_not_received_mycophenolic_acid_side_column", "rotated",
                   [rotated_records(rng)])]
    return items
