"""Papers mirrored (structure and plain wording style only) from a state Medicaid medically needy (spend-down)
program: a person whose income is over the Medicaid limit qualifies for a six-month budget period only after medical
bills the person owes add up to a spend-down amount; coverage starts on the day the bills reach it and ends with the
budget period; bills from before that day are counted toward the spend-down and stay the person's to pay; the part of
the bill on the met day that was needed to reach the amount is the person's share, and Medicaid pays the rest;
claims for dates before the met day are refused on provider remittance advices and in member notices; a new budget
period starts a new spend-down; a bill is counted only once. The usual prior approval of non-emergency stretcher trips
and of medical equipment, a reconsideration by the agency and a fair hearing are kept. The state (the State of
Haverlock, postal code HV), its Department of Health and Family Services and Division of Medical Assistance Programs,
the program's budget periods and amounts, the reconsideration and its limits (90, 30, 45 days, a printed date, four
months), EOB codes S07 / S12 / P01 / P22, form and notice numbers, the Office of Administrative Review and every
pharmacy, hospital, laboratory, ambulance company, equipment supplier, therapy clinic, person, number and address are
invented (phones 555); CPT, HCPCS, NDC-style drug names and revenue codes appear as themselves. No heading names the
kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_pharmacy_remittance_banded_two_pages_code_s07_on_back: a two-page remittance and status report to
  a pharmacy (the pharmacy is the provider), an unruled ledger in bands (one shaded line per recipient) whose column
  heads repeat on page 2 where the totals row stands, spend-down shares taken from other recipients' fills (decoy
  amounts), payment, EFT trace and year-to-date as decoys, "for example" boilerplate; one recipient's July 3 fill is
  0.00 under S07 told only in the code list at the end while her July 14 fill pays; "RA date 2026/07/17"; "within 90
  days of the RA date".
- finefax_four_page_hospital_claim_before_met_date_running_header: a fine-fax member notice ("Tuesday, April 14,
  2026", "Notice mailed 04/14/2026" in the footer) whose recipient ID and claim ICN run in a header on every page;
  page 1 only says a hospital claim will not be paid, page 2 the claim (hospital, "Attending:" surgeon, a prior
  approval number that looks like the ICN, received date "03.24.2026"), page 3 the reason (the surgery nine days
  before the met date; the amount counted toward the spend-down as decoy) and a reconsideration "no later than" a
  printed date (a 90-day hearing as decoy), page 4 a nondiscrimination notice and taglines.
- lowres_spend_down_met_notice_case_no_only_in_subject_tiles: a 150 dpi notice that the spend-down is met (denies
  nothing): "2026/03/27" at the top, "Notice mailed 03/27/2026" in the footer, the case number only in the RE line,
  boxes with values under small captions, tiles (spend-down, counted, left), a ledger of the bills counted with the
  share of the met-day bill; only a fair hearing (no deadline).
- phone_es_laboratorio_nuevo_periodo_spend_down_no_cumplido: a photographed Spanish notice on a laboratory claim in
  the first week of a new budget period before the new spend-down was met ("14 de agosto de 2026", the address at
  the left and caption/value pairs on the right half, the ordering doctor beside "Laboratorio"); "dentro de 30 días
  a partir de la fecha de este aviso" (a 90-day hearing as decoy).
- photocopy_two_column_stretcher_trips_no_prior_approval: a photocopied two-column letter ("May 29th, 2026",
  "Mailed 05/29/2026") refusing three stretcher trips to dialysis taken without prior approval, the spend-down met
  earlier as a decoy ("This decision is not about your spend-down"), an example in the boilerplate; only "within 60
  calendar days of the date you receive this notice" (nothing to count from).
- rotated_prior_approval_hospital_bed_not_shown_nurse_and_medical_director: a decision fed turned, the address at the
  left and caption/value pairs on the right half ("Request received 05.22.2026", the requesting doctor and the
  supplier), "The information we received does not show ..." for a semi-electric bed and a pressure mattress, signed
  by a nurse reviewer and a medical director; "within 45 days of the date of this notice".
- scanclean_stack_reconsideration_bill_counted_once_sideways_duplex_then_therapy_statement: a clean-scan stack of a
  two-page reconsideration decision (running header with the reconsideration number, ICN and recipient ID; a stay
  box "From 02/09/2026 through 02/16/2026"; page 2 fed sideways) keeping the refusal of four therapy visits because a
  December bill was already counted in the last budget period, so the met date stays February 24 ("within four
  months of the date of this decision"), the duplex back of its last sheet, and the therapy clinic's own statement
  asking for the spend-down share (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlf import surname
from kit_roundei_famib import (IBSheet, add_months, es_date, hv_address, iso, last_first, long, mdy_dots, n2,
                               ord_long, people, phone, plus, slash, split_name, tollfree, usd, wday_long, ymd_slash,
                               yy)
from public_kit import digits, m2, out, truth

FAMILY = "haverlock_medicaid_medically_needy_spend_down_met_date_share_and_claim_notices"
LANG = "en"
SEED = 354981
DEPT = "Haverlock Department of Health and Family Services"
DIV = "Division of Medical Assistance Programs"
PROG = "Medically Needy Program"
ALT = ["Haverlock Medicaid", "Haverlock DHFS", DIV, f"Haverlock {DIV}", f"{DEPT}, {DIV}",
       "Haverlock Medically Needy Program", "Haverlock Medicaid Medically Needy Program",
       "Departamento de Salud y Servicios Familiares de Haverlock"]
PO = "P.O. Box 6120, Brannock Ford, HV 64108"
PHARM = "Lindenfold Pharmacy"
HOSP = "Mistlebrook Community Hospital"
LAB = "Wickhamford Reference Laboratory"
AMB = "Amberfold Medical Transport"
DME = "Hazelbrook Home Medical Supply"
PT = "Hartsfoot Physical Therapy"


def rid(rng):
    """A recipient ID: eleven digits."""
    return "41" + digits(rng, 9)


def rid_sp(r):
    return f"{r[:4]} {r[4:8]} {r[8:]}"


def icn(rng, d: dt.date):
    """An internal control number: year, day of year, a batch and a sequence."""
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 3)}{digits(rng, 5)}"


def dept_head(p, rng, unit, box=None, es=False):
    if es:
        lines = [f"Departamento de Salud y Servicios Familiares de Haverlock  |  {unit}",
                 f"{PO}  |  Línea para beneficiarios {tollfree(rng, '866')}  |  TTY 711"]
    else:
        lines = [f"{DIV}  |  {unit}", f"{PO}  |  Recipient help line {tollfree(rng, '866')}  |  TTY 711"]
    p.head(DEPT, "HV", ["Haverlock Medicaid"] + lines, box=box, size=12.2)


SPEND = ("In the Medically Needy Program your income is counted for six months at a time (a budget period). Medicaid "
         "starts paying only after the medical bills you owe for that period add up to your spend-down amount.")


# ---------------------------------------------------------------------------------------------------------------
def born_pharmacy_ra(rng):
    n = 13
    names = people(rng, n)
    ids = [rid(rng) for _ in names]
    presc = [f"{split_name(x)[0][0]}. {surname(x)} MD" for x in people(rng, 6)]
    ra = dt.date(2026, 7, 17)
    k = 10                                                  # the refused recipient (on page 2)
    drugs = [("Atorvastatin 40 mg tab", 30, 24.80, 9.12), ("Metformin ER 500 mg tab", 60, 31.40, 8.45),
             ("Lisinopril 20 mg tab", 30, 18.60, 5.30), ("Insulin glargine 100 u/mL pen", 15, 412.90, 338.16),
             ("Albuterol HFA 90 mcg inh", 18, 71.25, 52.40), ("Sertraline 100 mg tab", 30, 27.35, 7.70),
             ("Apixaban 5 mg tab", 60, 598.40, 521.66), ("Levothyroxine 75 mcg tab", 30, 22.10, 6.85),
             ("Gabapentin 300 mg cap", 90, 46.70, 11.90), ("Furosemide 40 mg tab", 30, 14.95, 4.25),
             ("Tiotropium 18 mcg inh cap", 30, 489.30, 402.75), ("Amlodipine 10 mg tab", 30, 16.40, 4.60)]
    groups = []
    tb = ta = ts = tp = 0.0
    den = None
    shares = {2: 38.50, 5: 112.35, 12: 21.60}               # spend-down shares on the met day (not refusals)
    for i, nm in enumerate(names):
        nfill = [2, 1, 2, 1, 3, 1, 2, 1, 2, 1, 2, 2, 1][i]
        rows = []
        cb = ca = cs = cp = 0.0
        picks = rng.sample(drugs, nfill)
        for j, (drug, qty, billed, allowed) in enumerate(picks):
            fill = dt.date(2026, 7, rng.randint(6, 15))
            if i == k:
                fill = dt.date(2026, 7, 3) if j == 0 else dt.date(2026, 7, 14)
            c = icn(rng, plus(fill, rng.randint(1, 3)))
            rx = f"{rng.randint(6, 7)}{digits(rng, 6)}"
            if i == k and j == 0:
                al, sh, pd, code = 0.0, 0.0, 0.0, "S07"
                den = (c, billed, fill)
            else:
                sh = min(shares.get(i, 0.0), allowed) if j == 0 else 0.0
                al = allowed
                pd = round(al - sh - (1.0 if not sh else 0.0), 2)
                code = "S12" if sh else "P01"
            rows.append([c, rx, yy(fill), drug, str(qty), rng.choice(presc), n2(billed), n2(al), n2(sh), n2(pd),
                         code])
            cb += billed
            ca += al
            cs += sh
            cp += pd
        sub = ["", "", "", "", "", "Recipient total", n2(cb), n2(ca), n2(cs), n2(cp), ""] if nfill > 1 else None
        groups.append({"band": f"{last_first(nm)}      Recipient ID {ids[i]}", "rows": rows, "sub": sub})
        tb += cb
        ta += ca
        ts += cs
        tp += cp
    ytd = round(tp + rng.randint(21000, 34000) + 0.35, 2)
    p = IBSheet(footer="Page {n} of {nb}",
                footer_left=f"Issued 07/17/2026  |  Form HV-RA-3 (rev. 11/2025)  |  {PHARM}, store 4")
    p.set_margins(12, 12, 12)
    p.add_page()
    dept_head(p, rng, "Provider Claims and Payment", box="REMITTANCE AND STATUS REPORT")
    p.beside([[("Payee", f"{PHARM}, store 4"), ("Provider no.", f"HV{digits(rng, 8)}")],
              [("RA date", ymd_slash(ra)), ("RA number", f"{ra:%y%m%d}{digits(rng, 4)}")],
              [("EFT trace", f"EF{digits(rng, 11)}"), ("NCPDP no.", digits(rng, 7))],
              [("This payment", n2(tp)), ("Paid this year", n2(ytd))]], cap_w=22, size=8.4)
    p.ln(1)
    p.f(8.6, "B")
    p.cell(0, 4.6, "Notes from the Department", new_x="LMARGIN", new_y="NEXT")
    p.para("A new six-month budget period began on July 1, 2026 for every Medically Needy recipient. A recipient "
           "whose bills have not yet reached the new spend-down amount is not eligible on that date of service, even "
           "if the recipient had coverage in June. Check the eligibility line before you fill.", 7.8)
    p.para("How spend-down shares appear: on the day a recipient meets the spend-down, the part of the claim needed to "
           "reach the amount is shown under Rcpt share and is owed by the recipient. For example, if we allow $40.00 "
           "for a prescription and $15.00 of it goes to the recipient's spend-down, we pay $25.00 and the recipient "
           "owes you $15.00.", 7.8)
    W = p.w - p.l_margin - p.r_margin
    widths = [23, 13, 12, 37, 8, 22, 14.5, 14.5, 14.5, 14.5, W - 173]
    head = ["ICN", "Rx no.", "Filled", "Drug", "Qty", "Prescriber", "Billed", "Allowed", "Rcpt share", "Paid",
            "EOB"]
    al = ["L", "L", "L", "L", "R", "L", "R", "R", "R", "R", "C"]
    p.band_table(head, groups, widths, al, size=6.9, row_h=4.3,
                 cont=f"Remittance and status report {ymd_slash(ra)} - {PHARM}, store 4 (continued)",
                 totals=["TOTALS THIS REPORT", "", "", f"{sum(len(g['rows']) for g in groups)} claims", "", "",
                         n2(tb), n2(ta), n2(ts), n2(tp), ""])
    p.para("To ask for an adjustment or a review of a denied claim, send form HV-ADJ-1 with the ICN within 90 days of "
           "the RA date to Provider Claims and Payment at the address above. A claim sent again as a new claim is "
           "not a review.", 7.8)
    p.glossary("EOB codes on this report", [
        ("P01", "Paid at the Haverlock Medicaid pharmacy rate less the $1.00 recipient copayment."),
        ("P22", "Quantity reduced to the largest supply allowed for one fill."),
        ("S07", "Date of service is before the date the recipient met the spend-down for the budget period. The "
                "recipient is not eligible on that date; the claim is counted toward the spend-down."),
        ("S12", "Part of the allowed amount is the recipient's spend-down share for the day the spend-down was met. "
                "Collect that part from the recipient.")], size=7.4)
    c, billed, fill = den
    t = truth("eob", "eligibility", insurer=DEPT, member_id=ids[k], member_name=names[k], cases=[c],
              claim_amount=m2(billed), service_dates=[iso(fill)], denial_date=iso(ra), provider=PHARM,
              appeal_deadline=iso(plus(ra, 90)),
              alternates={"insurer": ALT, "provider": [f"{PHARM}, store 4", f"{PHARM} store 4"]})
    return out(p), t


def finefax_hospital(rng):
    pat, att, clerk = people(rng, 3)
    r = rid(rng)
    dos = dt.date(2026, 3, 10)
    met = dt.date(2026, 3, 19)
    rcvd = dt.date(2026, 3, 24)
    ld = dt.date(2026, 4, 14)
    by = dt.date(2026, 6, 15)
    c = icn(rng, rcvd)
    while c[5] == c[6]:
        c = icn(rng, rcvd)
    pa = f"{c[:5]}{c[6]}{c[5]}{c[7:]}"                      # the prior approval number: the ICN with two digits swapped
    spend = 5960.00
    lines = [("0360", "Operating room services", 2140.00), ("0370", "Anesthesia", 612.50),
             ("0250", "Pharmacy", 188.35), ("0300", "Laboratory", 96.40), ("0710", "Recovery room", 734.00)]
    tot = round(sum(x for *_, x in lines), 2)
    before = 1022.15
    sofar = round(before + tot, 2)                          # counted by the end of March 10 (short of the amount)
    assert sofar < spend
    fax = (f"FROM: HV DHFS MEDICAL PROGRAMS   04-14-2026 10:{rng.randint(10, 59)}   {phone(rng, '417')}   "
           "P. 00{n}/004")
    p = IBSheet(footer="Page {n} of {nb}", footer_left=f"Notice HV-MN-22 (rev. 02/2026)  |  Notice mailed {slash(ld)}",
                fax_hdr=fax, every=f"Recipient ID {rid_sp(r)}  |  Claim ICN {c}")
    p.set_margins(19, 16, 19)
    p.add_page()
    dept_head(p, rng, "Member Claim Notices")
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *hv_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Medicaid will not pay a claim for your care")
    p.para(f"Dear {pat}:", 10)
    p.para(f"{HOSP} sent Haverlock Medicaid a claim for care you received. We will not pay this claim. We wrote this "
           "notice in parts so it is easier to read:", 10)
    p.bullets(["Page 2 shows the claim: who sent it, the date of the care and the charges.",
               "Page 3 explains the decision and tells you how to ask us to look at it again.",
               "Page 4 tells you how to get free help with this notice in your language or in another format."], 10)
    p.para("You do not need to do anything if you agree with this decision. Keep this notice with your other Medically "
           "Needy papers.", 10)
    p.para("Questions? Call the recipient help line shown at the top of this page, Monday through Friday, 8 a.m. to "
           "5 p.m. Have your recipient ID ready.", 10)
    p.add_page()
    p.heading("The claim", 12.5, rule=True)
    p.pairs([("Hospital", HOSP), ("Attending", f"Dr. {att}"), ("Date of care", long(dos)),
             ("Claim received", mdy_dots(rcvd)), ("Prior approval no.", pa),
             ("Budget period", "January 1 - June 30, 2026")], label_w=44, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Rev. code", "Service", "Date", "Charges", "Medicaid paid"],
                 [[rc, s, slash(dos), n2(x), "0.00"] for rc, s, x in lines] +
                 [["", "Total charges", "", n2(tot), "0.00"]],
                 [W * 0.13, W * 0.39, W * 0.16, W * 0.16, W * 0.16], size=9,
                 aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"The prior approval number shown above is the approval {HOSP} had for the procedure. It told the hospital "
           "the procedure was medically needed. It does not mean Medicaid would pay on any date.", 9.4)
    p.add_page()
    p.heading("Why Medicaid will not pay this claim", 12.5, rule=True)
    p.para(f"{SPEND} For January 1 through June 30, 2026 your spend-down amount is {usd(spend)}. The bills you sent "
           f"us, with this one, reached that amount on {long(met)}. Haverlock Medicaid pays for covered care you get "
           f"from {long(met)} through June 30, 2026.", 10)
    p.para(f"Your care at {HOSP} was on {long(dos)}, before the day your bills reached your spend-down amount. On "
           f"that day you did not yet have Medicaid. We counted this hospital bill toward your spend-down; with it, "
           f"the bills counted for this period came to {usd(sofar)} at the end of that day. Counting the bill helped "
           "you qualify, but Medicaid cannot pay the bill itself. The hospital may bill you for it. (Haverlock "
           "Administrative Code 560:14-3-7.)", 10)
    p.heading("If you think we are wrong", 11)
    p.para(f"You can ask the Medically Needy Unit to reconsider. Your request must reach us no later than {long(by)}. "
           f"Write to the Medically Needy Unit, {PO}, or call the help line. Tell us why you think the decision is "
           "wrong and send copies of any bills or receipts we may not have.", 10)
    p.para("You also have the right to a fair hearing with the Haverlock Office of Administrative Hearings. Ask for it "
           "within 90 days of the date this notice was mailed. You can ask for a reconsideration and a fair hearing "
           "at the same time.", 10)
    p.signoff(["Medically Needy Unit", f"{DIV}", f"Prepared by: {clerk}"], 9.6)
    p.add_page()
    p.nondiscrim(DEPT, tollfree(rng, "866"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=r, member_name=pat, cases=[c, pa],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": ALT, "case_numbers": [[c]], "provider": [f"Dr. {att}", att]})
    return out(p), t


def lowres_met_notice(rng):
    pat, *provs = people(rng, 3)
    r = rid(rng)
    case = f"MN-2026-{digits(rng, 7)}"
    nd = dt.date(2026, 3, 27)
    met = dt.date(2026, 3, 19)
    spend = 2418.00
    bills = [(dt.date(2026, 1, 13), "Sable Ridge Family Clinic", 186.00, 0.0),
             (dt.date(2026, 2, 2), PHARM, 462.75, 0.0),
             (dt.date(2026, 2, 20), f"Dr. {provs[0]} (cardiology)", 340.00, 61.20),
             (dt.date(2026, 3, 4), HOSP, 1286.40, 0.0),
             (dt.date(2026, 3, 19), "Vantry Imaging Center", 598.00, 0.0)]
    rows, run = [], 0.0
    share = 0.0
    for d, who, billed, other in bills:
        owed = round(billed - other, 2)
        left = round(spend - run, 2)
        cnt = min(owed, left)
        run = round(run + cnt, 2)
        if d == met:
            share = cnt
        rows.append([slash(d), who, n2(billed), n2(other), n2(cnt), n2(run)])
    assert abs(run - spend) < 0.005 and share > 0
    p = IBSheet(footer="Page {n} of {nb}", footer_left="Notice HV-MN-8 (rev. 02/2026)  |  Notice mailed 03/27/2026")
    p.set_margins(18, 12, 18)
    p.add_page()
    dept_head(p, rng, "Medically Needy Unit", box="COVERAGE NOTICE")
    p.line(f"Date: {ymd_slash(nd)}", 10, "B")
    p.ln(3)
    for ln in [pat, *hv_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject(f"RE: Medically Needy case {case} - your spend-down is met")
    p.grid([[("Recipient", pat), ("Recipient ID", rid_sp(r))],
            [("Budget period", "01/01/2026 - 06/30/2026"), ("County office", "Sable Ridge County")]],
           size=9.6, cap=6.4, h=10.5)
    p.tiles([("SPEND-DOWN FOR THIS PERIOD", usd(spend)), ("BILLS COUNTED", usd(spend)), ("LEFT TO MEET", "$0.00")])
    p.para(f"Good news. {SPEND} The bills you owe for this budget period now add up to your spend-down amount. You "
           f"have Haverlock Medicaid from **{long(met)} through June 30, 2026**.", 9.6)
    p.heading("Bills we counted", 11)
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Date of care", "Provider", "Billed", "Paid by other insurance", "Counted", "Counted so far"], rows,
             [W * 0.14, W * 0.36, W * 0.12, W * 0.14, W * 0.12, W * 0.12],
             aligns=["L", "L", "R", "R", "R", "R"], size=8.4, row_h=4.7)
    p.para(f"The bills from before {long(met)} are yours to pay; Medicaid will not pay them. Of the bill dated "
           f"{slash(met)}, {usd(share)} was needed to reach your spend-down. That part is your share and you owe it to "
           "the provider. Medicaid pays the rest of that bill and covered care after it.", 9.6)
    p.heading("What to do next", 11)
    p.bullets(["Show your Medicaid card to every provider you see before June 30, 2026.",
               "A new budget period starts July 1, 2026. Keep your medical bills and receipts from that date and send "
               "them to us so we can count them toward your next spend-down."], 9.2)
    p.para("If you think the date we used or the bills we counted are wrong, you may ask for a fair hearing. Call the "
           "help line or write to the Office of Administrative Hearings. Ask within 90 days of the date this notice "
           "was mailed.", 9.2)
    p.signoff(["Medically Needy Unit", DIV], 9.2)
    t = truth("other", None, insurer=DEPT, member_id=r, member_name=pat, cases=[case], denial_date=iso(nd),
              alternates={"insurer": ALT})
    return out(p), t


def phone_es_lab(rng):
    pat, doc, sig = people(rng, 3, es=True, sexes="XFX")
    r = rid(rng)
    dos = dt.date(2026, 7, 7)
    rcvd = dt.date(2026, 7, 27)
    nd = dt.date(2026, 8, 14)
    c = icn(rng, rcvd)
    spend = 2730.00
    sofar = 1118.35
    lines = [("80053", "Panel metabólico completo", 148.00), ("83036", "Hemoglobina A1c", 96.50),
             ("84443", "Hormona estimulante de la tiroides (TSH)", 122.90), ("80061", "Panel de lípidos", 187.00),
             ("36415", "Extracción de sangre", 58.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = IBSheet(footer="Página {n} de {nb}", footer_left=f"Aviso HV-MN-22S (rev. 02/2026)  |  Enviado el {es_date(nd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    dept_head(p, rng, "Unidad de Necesidad Médica", es=True)
    p.line(f"Fecha de este aviso: {es_date(nd)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *hv_address(rng)],
                       [("ICN (reclamo)", c), ("ID de beneficiario", rid_sp(r)), ("Laboratorio", LAB),
                        ("Ordenado por", f"Dra. {doc}"), ("Fecha del servicio", es_date(dos)),
                        ("Cantidad facturada", usd(tot)), ("Recibido", es_date(rcvd))],
                       split=0.44, cap_w=34, size=8.8)
    p.heading("Medicaid no pagará un reclamo de laboratorio", 12.5, rule=True)
    p.para(f"Estimado(a) {pat}:", 10)
    p.para(f"{LAB} nos envió un reclamo por análisis de sangre que le hicieron el {es_date(dos)}. La Dra. {doc} "
           "ordenó los análisis. No vamos a pagar este reclamo.", 10)
    p.para(f"**Por qué.** En el Programa de Necesidad Médica, sus ingresos se cuentan por periodos de seis meses. Un "
           f"nuevo periodo empezó el 1 de julio de 2026 y termina el 31 de diciembre de 2026. Para este periodo su "
           f"cantidad de spend-down (gastos médicos que usted debe pagar primero) es {usd(spend)}. La información que "
           f"tenemos muestra que sus cuentas médicas de este periodo suman {usd(sofar)} hasta ahora, con esta "
           "cuenta incluida. Todavía no llegan a su cantidad de spend-down, así que el día del análisis usted no "
           "tenía Medicaid. Contamos esta cuenta para su spend-down; el laboratorio le puede cobrar a usted.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Código", "Servicio", "Cobrado", "Pagado por Medicaid"],
            [[a, b, usd(x), "$0.00"] for a, b, x in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.13, W * 0.51, W * 0.17, W * 0.19], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("**Si no está de acuerdo.** Puede pedirnos que revisemos esta decisión (reconsideración) dentro de 30 "
           "días a partir de la fecha de este aviso. Llame a la línea para beneficiarios o escriba a la Unidad de "
           f"Necesidad Médica, {PO}. También puede pedir una audiencia imparcial dentro de los 90 días siguientes "
           "a la fecha en que enviamos este aviso.", 10)
    p.para("Siga enviándonos sus cuentas médicas de julio en adelante. Cuando lleguen a su cantidad de spend-down le "
           "enviaremos un aviso con la fecha en que empieza su Medicaid.", 10)
    p.signoff(["Atentamente,", sig, "Unidad de Necesidad Médica"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=r, member_name=pat, cases=[c],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def photocopy_stretcher(rng):
    pat, sig = people(rng, 2)
    r = rid(rng)
    trips = [dt.date(2026, 5, 4), dt.date(2026, 5, 6), dt.date(2026, 5, 8)]
    rcvd = dt.date(2026, 5, 15)
    ld = dt.date(2026, 5, 29)
    met = dt.date(2026, 4, 2)
    c = icn(rng, rcvd)
    per = [(rng.choice([412.00, 436.00]), round(rng.uniform(9, 16), 1)) for _ in trips]
    rate = 14.50
    billed = [round(b + m * rate * 2, 2) for b, m in per]
    tot = round(sum(billed), 2)
    p = IBSheet(footer=None, footer_left=f"Letter HV-PA-14 (rev. 01/2026)  |  Mailed {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    dept_head(p, rng, "Transportation and Prior Approval Unit")
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    p.addr_kv([pat, *hv_address(rng)],
              [("Recipient ID", r), ("Claim ICN", c), ("Transport by", AMB), ("Claim received", mdy_dots(rcvd)),
               ("Amount billed", usd(tot))], w=90, cap_w=30)
    p.heading("We will not pay for three stretcher trips", 12.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.columns(
        [("The trips", f"{AMB} billed us for taking you by stretcher van to dialysis and back on "
                       f"{long(trips[0])}, {long(trips[1])} and {long(trips[2])}. Each round trip was billed as a "
                       "non-emergency stretcher trip (A0428) and miles (A0425)."),
         ("What we decided", "We will not pay these trips. Non-emergency trips by stretcher need our approval "
                             "before the trip. We had no approval on file for you for any of these dates, and the "
                             "company did not ask for one."),
         ("A standing approval", "For example, a recipient who goes to dialysis three times a week can have one "
                                 "approval that covers every trip for up to six months. The company or the dialysis "
                                 "center asks for it once.")],
        [("Your spend-down", f"Your spend-down for January to June 2026 was met on {long(met)}, so you had Medicaid "
                             "on the days of these trips. This decision is not about your spend-down."),
         ("What you can do", "If you think we are wrong, ask us to reconsider within 60 calendar days of the date "
                             "you receive this notice. You can also ask for a fair hearing. The company may ask for "
                             "approval for future trips now."),
         ("Do you owe the company?", f"No. {AMB} took part in Medicaid and should have asked us first. It may not "
                                     "bill you for these trips.")],
        size=9.2)
    p.ln(2)
    p.table(["Trip date", "Service", "Miles", "Billed", "Paid"],
            [[slash(d), "A0428 stretcher, round trip + A0425 miles", f"{m * 2:.1f}", n2(b), "0.00"]
             for d, (_, m), b in zip(trips, per, billed)] + [["", "Total", "", n2(tot), "0.00"]],
            [W * 0.15, W * 0.47, W * 0.1, W * 0.14, W * 0.14], size=8.8, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.signoff(["Transportation and Prior Approval Unit", sig], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=DEPT, member_id=r, member_name=pat, cases=[c],
              claim_amount=m2(tot), service_dates=[iso(d) for d in trips], denial_date=iso(ld), provider=AMB,
              alternates={"insurer": ALT, "service_dates": [[f"{iso(trips[0])}/{iso(trips[-1])}"]]})
    return out(p), t


def rotated_bed(rng):
    pat, doc, rn, md = people(rng, 4)
    r = rid(rng)
    req = f"PAR-26-{digits(rng, 7)}"
    rcvd = dt.date(2026, 5, 22)
    nd = dt.date(2026, 6, 5)
    need = dt.date(2026, 6, 15)
    p = IBSheet(footer="Page {n} of {nb}", footer_left="Notice HV-PA-3 (rev. 01/2026)")
    p.set_margins(18, 15, 18)
    p.add_page()
    dept_head(p, rng, "Medical Equipment Review")
    p.line(f"Date of decision: {wday_long(nd)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *hv_address(rng)],
                       [("Request no.", req), ("Recipient ID", rid_sp(r)), ("Requested by", f"Dr. {doc}"),
                        ("Supplier", DME), ("Items", "Semi-electric hospital bed (E0260), pressure mattress (E0277)"),
                        ("Date needed", long(need)), ("Request received", mdy_dots(rcvd))],
                       split=0.44, cap_w=32, size=8.8)
    p.heading("Your request for a hospital bed is not approved", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {doc} asked us to approve a semi-electric hospital bed and a pressure-reducing mattress from {DME} "
           "for use at home. A nurse reviewer read the request and the doctor's notes, and a physician reviewer made "
           "the decision.", 10)
    p.para("**Our decision.** The information we received does not show that you need the head of your bed raised "
           "more than 30 degrees most of the time, or that you must change position in ways a regular bed cannot "
           "allow, or that you have a pressure sore of stage 2 or worse. Haverlock Medicaid approves a hospital bed "
           "and this kind of mattress when the records show one of those needs (Medical Equipment Criteria 12.4).", 10)
    p.para(f"This decision is about the medical need for the bed. It is not about your spend-down, which was met for "
           f"January through June 2026. Dr. {surname(doc)} can send us new notes at any time and we will look again.",
           10)
    p.para("**If you disagree.** You or your doctor may ask for a reconsideration within 45 days of the date of this "
           "notice. Call the Medical Equipment Review line or write to us at the address above. You may also ask for a "
           "fair hearing.", 10)
    p.two_sigs([rn + ", RN", "Nurse reviewer"], [f"{md}, MD", "Medical director"])
    t = truth("denial_letter", "medical_necessity", insurer=DEPT, member_id=r, member_name=pat, cases=[req],
              service_dates=[iso(need)], denial_date=iso(nd), provider=f"Dr. {doc}",
              appeal_deadline=iso(plus(nd, 45)), alternates={"insurer": ALT, "provider": [doc, DME]})
    return out(p), t


def scanclean_stack(rng):
    pat, officer, ther = people(rng, 3)
    r = rid(rng)
    home = hv_address(rng)
    rc = f"RC-26-{digits(rng, 5)}"
    visits = [dt.date(2026, 2, 9), dt.date(2026, 2, 11), dt.date(2026, 2, 13), dt.date(2026, 2, 16)]
    met = dt.date(2026, 2, 24)
    old = dt.date(2025, 12, 18)
    asked = dt.date(2026, 4, 27)
    dd = dt.date(2026, 5, 20)
    c = icn(rng, dt.date(2026, 3, 2))
    codes = [("97161", "PT evaluation, low complexity", 168.00), ("97110", "Therapeutic exercise, 15 min x2", 124.00),
             ("97140", "Manual therapy, 15 min", 68.00)]
    vrows, tot = [], 0.0
    for i, v in enumerate(visits):
        for code, s, x in (codes if i == 0 else codes[1:]):
            vrows.append((v, code, s, x))
            tot += x
    tot = round(tot, 2)
    d = IBSheet(footer="page {n} of {nb}", footer_left=f"Decision HV-RC-4 (01/2026)  |  Notice mailed {slash(dd)}",
                every=f"Reconsideration {rc}  |  ICN {c}  |  Recipient ID {r}")
    d.set_margins(18, 17, 18)
    d.add_page()
    dept_head(d, rng, "Medically Needy Unit - Reconsiderations")
    d.line(f"Decision date: {long(dd)}", 10, "B")
    d.ln(2)
    for ln in [pat, *home]:
        d.line(ln, 10.2)
    d.ln(3)
    d.heading("Reconsideration decision: your physical therapy claim", 12)
    d.stay_box("The care on the claim", slash(visits[0]), slash(visits[-1]),
               [("Provider", f"{PT} (4 visits)"), ("Claim ICN", c), ("Billed", usd(tot)),
                ("You asked us on", long(asked))])
    d.para(f"Dear {pat}:", 10)
    d.para(f"You asked us to look again at our decision not to pay {PT}'s claim for four visits in February 2026. "
           f"We had told you that your spend-down for January 1 through June 30, 2026 was met on {long(met)}, after "
           "the visits. You wrote that a pharmacy bill of $1,020.00 should have been counted, which would have met "
           "your spend-down before February 9.", 10)
    d.para(f"**What we found.** The pharmacy bill is dated {long(old)}. We counted it toward your spend-down for the "
           "budget period of July 1 through December 31, 2025, and that spend-down was met in December. A bill can be "
           "counted toward only one spend-down. It cannot be counted again for January through June 2026.", 10)
    d.add_page()
    d.para(f"**Our decision.** Your spend-down for January through June 2026 was met on {long(met)}. We keep our "
           f"decision. Medicaid cannot pay for the visits on {slash(visits[0])}, {slash(visits[1])}, "
           f"{slash(visits[2])} and {slash(visits[3])}. Those visits were counted toward your spend-down; you owe "
           f"them to {PT}.", 10)
    d.heading("What we looked at", 10.5)
    d.bullets([f"Your request dated {long(asked)} and the pharmacy receipt you sent.",
               f"The claim {PT} sent us and the therapist's visit notes.",
               "Your spend-down records for July-December 2025 and January-June 2026.",
               "Haverlock Administrative Code 560:14-3-5 (bills counted once)."], 9.8)
    d.heading("If you still disagree", 10.5)
    d.para("You can ask the Department's Office of Administrative Review to look at this decision. Your request must "
           "be made within four months of the date of this decision. You also keep your right to a fair hearing; ask "
           "within 90 days of the date this notice was mailed.", 10)
    d.signoff(["Medically Needy Unit", officer, "Reconsideration officer"], 9.6)
    d_a = (out(d), truth("denial_letter", "eligibility", insurer=DEPT, member_id=r, member_name=pat, cases=[rc, c],
                         claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(dd),
                         provider=PT, appeal_deadline=iso(add_months(dd, 4)),
                         alternates={"insurer": ALT, "case_numbers": [[rc], [c]],
                                     "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]}))
    # document 2: the clinic's own statement
    sd = dt.date(2026, 6, 3)
    acct = f"HPT-{digits(rng, 6)}"
    h = IBSheet(footer=None, footer_left=f"Statement {slash(sd)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(PT, "HPT", ["412 Ferrier Way, Pennock Hill, HV 64152", f"Billing office {phone(rng)}  |  Fax {phone(rng)}"],
           box="STATEMENT", size=12.5)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(sd)), ("ACCOUNT", acct), ("PATIENT", pat), ("PLEASE PAY", usd(tot))],
               [W * 0.2, W * 0.2, W * 0.36, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Insurance", "Haverlock Medicaid - Medically Needy"), ("Medicaid ID", r),
             ("Therapist", ther + ", PT")], label_w=30, size=9.4)
    h.ln(2)
    h.table(["Date", "Code", "Service", "Charge"], [[slash(v), code, s, n2(x)] for v, code, s, x in vrows] +
            [["", "", "Total charges", n2(tot)], ["", "", "Medicaid paid", "0.00"],
             ["", "", "Applied to your spend-down (your share)", n2(tot)], ["", "", "Balance due from you", n2(tot)]],
            [W * 0.15, W * 0.12, W * 0.53, W * 0.2], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    h.para(f"Medicaid counted these visits toward your spend-down because they came before your coverage began on "
           f"{long(met)}. The amount is yours to pay. Pay by {long(plus(sd, 30))}, or call us about a payment plan.",
           9.4)
    d_b = (out(h), truth("other", None, insurer=None, member_id=r, member_name=pat, claim_amount=m2(tot),
                         service_dates=[iso(v) for v in visits], denial_date=iso(sd), provider=PT,
                         unscored=["insurer"],
                         alternates={"member_id": [None], "provider": [f"{ther}, PT", ther],
                                     "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_pharmacy_remittance_banded_two_pages_code_s07_on_back", "born_digital",
             [born_pharmacy_ra(rng)]),
        Item(F + "finefax_four_page_hospital_claim_before_met_date_running_header", "fax_fine_g4",
             [finefax_hospital(rng)]),
        Item(F + "lowres_spend_down_met_notice_case_no_only_in_subject_tiles", "scan_lowres_150",
             [lowres_met_notice(rng)]),
        Item(F + "phone_es_laboratorio_nuevo_periodo_spend_down_no_cumplido", "phone_photo", [phone_es_lab(rng)]),
        Item(F + "photocopy_two_column_stretcher_trips_no_prior_approval", "photocopy", [photocopy_stretcher(rng)]),
        Item(F + "rotated_prior_approval_hospital_bed_not_shown_nurse_and_medical_director", "rotated",
             [rotated_bed(rng)]),
    ]
    docs = scanclean_stack(rng)
    items.append(Item(F + "scanclean_stack_reconsideration_bill_counted_once_sideways_duplex_then_therapy_statement",
                      "scan_clean_300", docs, separators=["duplex", None], turns={(0, 1): 90}))
    return items
