"""Notices mirrored (structure and wording style only) from a Medicare Administrative Contractor's hospice aggregate
cap determination and overpayment demand letters: the cap year, the proportional beneficiary count, the aggregate
cap, Medicare payments, prior adjustments as negative amounts in brackets, the overpayment, interest after 30 days,
recoupment from day 41 and the right to a redetermination. Medicare, the hospice aggregate cap and its FY 2025
per-beneficiary amount, the redetermination / reconsideration / ALJ steps appear as themselves; the contractor
(Osprey Narrows Government Health Services), every hospice, person and number is invented.

Documents (8 in 7 files):
- bd_demand_cover_letter_facts_table_on_page_two: the initial cap determination and demand; page 1 a prose cover
  letter to the hospice (no numbers), page 2 repeats the header with a different "printed" date and holds the
  facts box and the space-aligned determination table (prior-year adjustment in brackets); the redetermination
  due date stated; 30-day, day-41, 180-day and 60-day limits as decoys.
- faxstd_revised_cap_determination_small_type: a reopened (revised) cap determination after the hospice's
  self-reported count, in 7 pt under a typed fax header, dates as 04-MAR-2026, the earlier overpayment shown as a
  bracketed credit, an additional overpayment.
- scan300_hospice_redetermination_request_to_contractor: the hospice's own letter asking for a redetermination
  (the contractor the addressee), "March 4th, 2026", the amount in words beside the figures (denies nothing).
- phone_two_page_redetermination_partly_favorable: the contractor's redetermination decision, partly favorable
  (the overpayment reduced); cover prose on page 1, the before/after table on page 2; next level a QIC
  reconsideration.
- rotated_remittance_four_claims_one_denied_cap_offset: a remittance advice listing four hospice claims (one
  denied: days before the notice of election was filed) and the cap recoupment offset as a bracketed amount.
- lowres_spanish_demand_letter_puerto_rico_hospice: the demand letter in Spanish to a Puerto Rico hospice.
- faxfine_stack_extended_repayment_approval_then_intent_to_refer: a typed fax cover, an extended repayment
  schedule approval (denies nothing), then a second demand / intent-to-refer letter fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import DKSheet, bracket, dollars_words, ordinal_date, tiny_date
from public_kit import digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_hospice_cap_overpayment_demand_letter"
LANG = "en"
SEED = 351705
MAC = "Osprey Narrows Government Health Services, LLC"
MAC_SHORT = "Osprey Narrows GHS"
HOSPICE = "Hollis Fen Hospice Care"
HOSPICE_PR = "Hospicio Brisas del Yunque"
CAP_PER = 34465.34            # FY 2025 hospice aggregate cap per beneficiary (public figure, as itself)
CY0, CY1 = dt.date(2024, 10, 1), dt.date(2025, 9, 30)
CAPYEAR = span(CY0, CY1)
ALT = {"insurer": ["Medicare"], "service_dates": [[]], "claim_amount": [None]}


def _letterhead(p: DKSheet, rng, dept: str = "Provider Audit and Reimbursement - Hospice Cap", y: float = 12):
    p.set_y(y)
    p.f(13, "B")
    p.cell(0, 6, MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, "A CMS Medicare Administrative Contractor  |  Home Health and Hospice", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 3.8, f"{dept}  |  PO Box {rng.randint(2000, 9800)}, Dayton OH 454{rng.randint(10, 99)}  |  "
                   f"1-866-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def _cap(rng):
    count = round(rng.uniform(140, 260), 4)
    cap = round(count * CAP_PER, 2)
    paid = round(cap + rng.uniform(180000, 640000), 2)
    prior = round(rng.uniform(900, 4800), 2)
    over = round(paid - cap - prior, 2)
    return {"count": count, "cap": cap, "paid": paid, "prior": prior, "over": over}


def _ids(rng):
    return {"ar": f"HCAP25-{digits(rng, 7)}", "ccn": f"{rng.choice(['36', '39', '45'])}1{digits(rng, 3)}",
            "npi": digits(rng, 10)}


def _hosp_addr(p: DKSheet, rng, name=HOSPICE, attn="Attn: Administrator / Chief Financial Officer", size=9.5):
    for ln in [name, attn, f"{rng.randint(100, 9800)} Harbor View Dr", f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.line(ln, size)
    p.ln(3)


def bd_demand(rng):
    ids = _ids(rng)
    c = _cap(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 5))
    printed = plus(nd, 2)
    due = plus(nd, 125)
    p = DKSheet(footer="Page {n} of {nb}", footer_left="ONGHS-HC-DL1 (01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng)
    p.line(ordinal_date(nd), 10)
    p.ln(3)
    _hosp_addr(p, rng)
    p.line("RE: Hospice Aggregate Cap Determination and Request for Repayment", 10, "B")
    p.ln(2)
    p.para("Dear Provider:", 10)
    p.para("We have completed the aggregate cap calculation for your hospice for the cap year shown on page 2 of "
           "this letter. Under section 1814(i) of the Social Security Act, Medicare payments to a hospice for a cap "
           "year may not exceed the aggregate cap, which is the per-beneficiary cap amount multiplied by the "
           "number of Medicare beneficiaries counted for the hospice under the patient-by-patient proportional "
           "method. Our calculation shows that the payments you received were more than the aggregate cap. The "
           "difference is an overpayment and must be repaid.", 10)
    p.para("The facts of the determination (your provider numbers, the overpayment case number, the cap year, the "
           "beneficiary count and each amount) are in the table on page 2. Please keep both pages together.", 10)
    p.para("**Payment.** Please pay the full amount within 30 days of the date of this letter. Interest accrues from "
           "the date of this letter at the rate published by the Department of the Treasury and is assessed on "
           "any balance not paid within 30 days. If the overpayment is not paid in full, we will begin recouping "
           "it from your Medicare payments on the 41st day after the date of this letter.", 10)
    p.para("**Your right to a redetermination.** If you disagree, you may ask for a redetermination. You have 120 "
           "days from the date you receive this letter; we presume you received it 5 days after the date of this "
           "letter, so your request must reach us by the date on page 2. If we receive a valid request within 30 "
           "days, recoupment will not begin until we decide. If you disagree with the redetermination, the next "
           "steps are a reconsideration by a Qualified Independent Contractor (180 days) and a hearing before an "
           "Administrative Law Judge (60 days).", 10)
    p.para(f"Sincerely,\n\nProvider Audit and Reimbursement\n{MAC}", 10)
    p.add_page()
    p.set_y(12)
    p.f(8)
    p.cell(0, 4, f"{MAC_SHORT}  |  Hospice cap determination  |  Printed {fdate(printed, 'iso')}  |  Continued",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line("Determination details", 11, "B")
    p.ln(1)
    p.boxed_pairs([("Hospice", HOSPICE), ("CCN / NPI", f"{ids['ccn']}  /  {ids['npi']}"),
                   ("Overpayment case (AR) no.", ids["ar"]), ("Letter date", fdate(nd, "slash")),
                   ("Cap year", f"{fdate(CY0, 'slash')} - {fdate(CY1, 'slash')}"),
                   ("Amount due", money(c["over"])),
                   ("Redetermination request due by", fdate(due, "long"))], label_w=62, size=9)
    rows = [["Beneficiary count (proportional)", f"{c['count']:.4f}"],
            ["Per-beneficiary cap, FY 2025", money(CAP_PER, "nosign")],
            ["Aggregate cap", money(c["cap"], "nosign")],
            ["Medicare payments, cap year", money(c["paid"], "nosign")],
            ["Less: prior-year cap adjustment", bracket(c["prior"])],
            ["* Overpayment", money(c["over"], "nosign")]]
    p.spaced(["Item", "Amount (USD)"], rows, [44, 18], size=8.6, right={1}, rule_under_head=True)
    p.para("For example, if 10 additional beneficiaries were counted, the aggregate cap would rise by "
           f"{money(10 * CAP_PER)}. Send payment with the AR number to the lockbox on the remittance slip.", 8.4)
    p.ln(2)
    p.boilerplate(MAC, f"1-866-555-{digits(rng, 4)}")
    t = truth("denial_letter", "other", insurer=MAC, cases=[ids["ar"]], claim_amount=m2(c["over"]),
              service_dates=[CAPYEAR], denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=due.isoformat(),
              denial_alternates=["not_covered"], alternates=ALT)
    return out(p), t


def faxstd_revised(rng):
    ids = _ids(rng)
    c = _cap(rng)
    old_ar = f"HCAP25-{digits(rng, 7)}"
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    prev = round(c["over"] * rng.uniform(0.55, 0.8), 2)
    add = round(c["over"] - prev, 2)
    due = plus(nd, 125)
    fax = (f"{nd.strftime('%d-%b-%Y').upper()} 14:{rng.randint(10, 59)}  ONGHS HOSPICE CAP  937-555-{digits(rng, 4)}"
           f"  ->  HOLLIS FEN HOSPICE  937-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _letterhead(p, rng)
    p.f(7.4)
    for ln in [HOSPICE, "Attn: Reimbursement Office", f"CCN {ids['ccn']}   NPI {ids['npi']}"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("REVISED HOSPICE AGGREGATE CAP DETERMINATION (REOPENING) - ADDITIONAL OVERPAYMENT", 8.5, "B")
    p.ln(1)
    p.capgrid([[("Date of this notice", fdate(nd, "iso"), 34),
                ("New AR number", ids["ar"], 40), ("Original AR", old_ar, 40),
                ("Cap year", f"{CY0.strftime('%d-%b-%Y').upper()} TO {CY1.strftime('%d-%b-%Y').upper()}", 66)]],
              cap=6, val=7.4)
    p.ln(1)
    p.para(f"We reopened the cap determination for the cap year ending {CY1.strftime('%d-%b-%Y').upper()} after "
           "reviewing the self-determined cap report you filed and the final claims data. The beneficiary count "
           "was reduced because some beneficiaries also received hospice care from another hospice. The revised "
           "amounts are below; the overpayment already demanded is shown as a credit.", 7.2)
    rows = [["Beneficiary count, revised", f"{c['count']:.4f}"],
            ["Aggregate cap, revised", money(c["cap"], "nosign")],
            ["Medicare payments", money(c["paid"], "nosign")],
            ["Prior-year adjustment", bracket(c["prior"])],
            ["Total overpayment, revised", money(c["over"], "nosign")],
            [f"Less: demanded under {old_ar}", bracket(prev)],
            ["* Additional overpayment now due", money(add, "nosign")]]
    p.spaced(["Line", "USD"], rows, [44, 16], size=7.2, right={1})
    p.para(f"Amount now due: USD {add:,.2f}. Payment is due within 30 days of the date of this notice; interest "
           "accrues on any balance unpaid after 30 days and recoupment begins on day 41.", 7.2)
    p.add_page()
    p.band("APPEAL RIGHTS", 7.6)
    p.para("You may request a redetermination of this revised determination. The request must be received within "
           "120 days of the date you receive this notice (presumed 5 days after the notice date), that is, by "
           f"{due.strftime('%d-%b-%Y').upper()}. Only the revised items may be appealed; the original determination's "
           "appeal period is not reopened. A QIC reconsideration may follow within 180 days.", 7.4)
    p.para(f"Questions: Hospice Cap Unit 1-866-555-{digits(rng, 4)}. Form ONGHS-HC-RV2.", 7.4)
    t = truth("denial_letter", "other", insurer=MAC, cases=[ids["ar"]], claim_amount=m2(add),
              service_dates=[CAPYEAR], denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=due.isoformat(),
              denial_alternates=["not_covered"],
              alternates={**ALT, "claim_amount": [m2(c["over"]), None], "case_numbers": [[ids["ar"], old_ar]]})
    return out(p), t


def scan300_request(rng):
    ids = _ids(rng)
    c = _cap(rng)
    ld = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 6))
    dl = plus(ld, -rng.randint(30, 40))
    cfo = person(rng)[0]
    p = DKSheet(footer="Page {n} of {nb}", footer_left=f"Sent by certified mail {ld.month}/{ld.day}/{ld.year}")
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, HOSPICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Hospice and palliative care  |  Dayton OH  |  937-555-{digits(rng, 4)}  |  NPI {ids['npi']}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(ordinal_date(ld), 10)
    p.ln(3)
    for ln in [MAC, "Attn: Redeterminations - Hospice Cap", f"PO Box {rng.randint(2000, 9800)}, Dayton OH 45401"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Request for redetermination - hospice aggregate cap, cap year {CY0.year}-{CY1.year}",
                f"Overpayment case (AR) no. {ids['ar']}   CCN {ids['ccn']}",
                f"Your letter dated {ordinal_date(dl)}"])
    p.para("To the Redetermination Unit:", 10)
    p.para(f"{HOSPICE} asks for a redetermination of the aggregate cap determination for the cap year "
           f"{fdate(CY0, 'long')} through {fdate(CY1, 'long')}. Your letter finds an overpayment of "
           f"{money(c['over'])} ({dollars_words(c['over'])}).", 10)
    p.para(f"We believe the beneficiary count of {c['count']:.4f} is too low. Eleven patients who elected our "
           "hospice in September 2025 were counted entirely in the next cap year, and three patients transferred "
           "to us from another hospice were given a fraction of zero. Our patient list with election dates is "
           "enclosed.", 10)
    p.para("We filed this request within 30 days of your letter and ask that recoupment not begin while it is "
           "decided.", 10)
    p.para(f"Sincerely,\n\n{cfo}\nChief Financial Officer, {HOSPICE}", 10)
    t = truth("other", None, insurer=MAC, cases=[ids["ar"]], claim_amount=m2(c["over"]), service_dates=[CAPYEAR],
              denial_date=ld.isoformat(), provider=HOSPICE,
              alternates={**ALT, "insurer": [None, "Medicare"]})
    return out(p), t


def phone_redetermination(rng):
    ids = _ids(rng)
    c = _cap(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(40, 55))
    red = dt.date(2026, 5, 1).replace(day=1)
    added = round(c["over"] * rng.uniform(0.3, 0.6) / CAP_PER, 4)
    new_cap = round((c["count"] + added) * CAP_PER, 2)
    new_over = round(c["paid"] - new_cap - c["prior"], 2)
    due = plus(nd, 185)
    rd = f"RD-{digits(rng, 9)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _letterhead(p, rng, "Redeterminations")
    p.line(fdate(nd, "dmy"), 10)
    p.ln(2)
    _hosp_addr(p, rng, attn="Attn: Chief Financial Officer")
    p.line("MEDICARE REDETERMINATION DECISION - PARTIALLY FAVORABLE", 10.5, "B")
    p.ln(2)
    p.para("Dear Provider:", 10)
    p.para("This letter is our decision on your request for a redetermination of the hospice aggregate cap "
           "determination. A reviewer who took no part in the first determination looked at the patient list and "
           "election dates you sent.", 10)
    p.para("**Decision: partially favorable.** We agree that some patients who elected your hospice late in the "
           "cap year were not counted correctly, and we added their proportional share to your beneficiary count. "
           "We do not agree that the transferred patients should be counted in full: their days are shared with "
           "the hospice that served them first. An overpayment remains. The revised amounts, the case numbers and "
           "the dates that apply to you are on page 2.", 10)
    p.para("**If you disagree.** You may ask a Qualified Independent Contractor (QIC) for a reconsideration. The "
           "request must be filed within 180 days of the date you receive this decision; the date is on page 2. "
           "Recoupment of the remaining balance is not delayed by a reconsideration request unless it is filed "
           "within 60 days.", 10)
    p.para(f"Redeterminations Unit\n{MAC}\ncc: Provider Audit and Reimbursement", 10)
    p.add_page()
    p.set_y(12)
    p.f(8)
    p.cell(0, 4, f"{MAC_SHORT}  |  Redetermination {rd}  |  Page date {fdate(plus(nd, 1), 'iso')}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxed_pairs([("Hospice / CCN", f"{HOSPICE}  /  {ids['ccn']}"), ("Redetermination no.", rd),
                   ("Overpayment case (AR) no.", ids["ar"]), ("Request received", fdate(rec, "slash")),
                   ("Decision date", fdate(nd, "slash")),
                   ("Cap year", f"{fdate(CY0, 'iso')} to {fdate(CY1, 'iso')}"),
                   ("QIC request due by", fdate(due, "long"))], label_w=58, size=9)
    rows = [["Beneficiary count", f"{c['count']:.4f}", f"{c['count'] + added:.4f}"],
            ["Aggregate cap", money(c["cap"], "nosign"), money(new_cap, "nosign")],
            ["Medicare payments", money(c["paid"], "nosign"), money(c["paid"], "nosign")],
            ["Prior-year adjustment", bracket(c["prior"]), bracket(c["prior"])],
            ["* Overpayment", money(c["over"], "nosign"), money(new_over, "nosign")],
            ["Reduction", "", bracket(c["over"] - new_over)]]
    p.spaced(["", "Original", "Revised"], rows, [26, 16, 16], size=8.6, right={1, 2}, rule_under_head=True)
    p.para(f"The remaining overpayment of {money(new_over)} stays under AR {ids['ar']}. Amounts already recouped "
           "will be applied.", 9)
    t = truth("denial_letter", "other", insurer=MAC, cases=[rd, ids["ar"]], claim_amount=m2(new_over),
              service_dates=[CAPYEAR], denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=due.isoformat(),
              denial_alternates=["not_covered"],
              alternates={**ALT, "case_numbers": [[rd], [ids["ar"]]], "claim_amount": [m2(c["over"]), None]})
    return out(p), t


def rotated_remittance(rng):
    ids = _ids(rng)
    sd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 4))
    pats = [person(rng)[0] for _ in range(4)]
    mbis = [mbi(rng) for _ in range(4)]
    icns = [f"2126{digits(rng, 10)}" for _ in range(4)]
    months = [dt.date(2026, 3, 1), dt.date(2026, 3, 1), dt.date(2026, 3, 9), dt.date(2026, 3, 1)]
    ends = [dt.date(2026, 3, 31)] * 4
    noe = plus(months[2], rng.randint(8, 12))
    bills = [round(rng.uniform(5800, 9900), 2) for _ in range(4)]
    paid = [round(b * 0.98, 2) for b in bills]
    paid[2] = 0.0
    offset = round(rng.uniform(15000, 40000), 2)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _letterhead(p, rng, "Remittance Advice - Part A Hospice")
    p.right_block([("Remit date:", fdate(sd, "slash")), ("Payee:", HOSPICE), ("NPI:", ids["npi"]),
                   ("Check/EFT no.:", digits(rng, 9)), ("Bill type:", "0812")], w=96, size=8.2)
    p.ln(3)
    rows = []
    for i in range(4):
        st = "DENIED CO-N" if i == 2 else "PAID"
        rows.append([icns[i], pats[i], mbis[i], f"{fdate(months[i], 'slash')}-{fdate(ends[i], 'slash')}",
                     money(bills[i], "nosign"), money(paid[i], "nosign"), st])
    rows.append(["", "PROVIDER ADJ WO", ids["ar"], "cap year 2025 recoup", "", bracket(offset), "OFFSET"])
    rows.append(["*", "TOTALS", "", "", money(sum(bills), "nosign"), money(sum(paid) - offset, "nosign"), ""])
    p.spaced(["ICN", "Patient", "MBI", "From-Thru", "Billed", "Paid", "Status"], rows,
             [14, 24, 14, 21, 9, 11, 11], size=6.4, right={4, 5})
    p.para(f"CO-N  Claim {icns[2]}: the notice of election (NOE) for {pats[2]} was received on "
           f"{fdate(noe, 'slash')}, more than 5 calendar days after the election date. The days from the election "
           "date to the day before the NOE was received are not covered and are the hospice's liability; this "
           "claim falls entirely in those days and is denied.", 8)
    p.para(f"WO  Recoupment toward hospice cap overpayment {ids['ar']} (cap year {fdate(CY0, 'slash')} - "
           f"{fdate(CY1, 'slash')}). Remaining balance is shown on your demand letter.", 8)
    p.para("You may request a redetermination of a denied claim within 120 days of the date you receive this "
           "remittance advice.", 8)
    t = truth("eob", "timely_filing", insurer=MAC, member_id=mbis[2], member_name=pats[2], cases=[icns[2]],
              claim_amount=m2(bills[2]), service_dates=[span(months[2], ends[2])], denial_date=sd.isoformat(),
              provider=HOSPICE, appeal_deadline=None, denial_alternates=["other"],
              alternates={"insurer": ["Medicare"], "appeal_deadline": [plus(sd, 125).isoformat(), plus(sd, 120).isoformat()]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    ids["ccn"] = "40" + ids["ccn"][2:]
    c = _cap(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 5))
    due = plus(nd, 125)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng, "Auditoría y Reembolso a Proveedores - Límite de Hospicio")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    _hosp_addr(p, rng, name=HOSPICE_PR, attn="Atención: Administración / Finanzas")
    p.line("Determinación del límite global de hospicio y solicitud de reembolso", 10.5, "B")
    p.ln(2)
    p.boxed_pairs([("Número de caso (AR)", ids["ar"]), ("CCN", ids["ccn"]),
                   ("Año del límite", f"{fdate(CY0, 'long', 'es')} al {fdate(CY1, 'long', 'es')}"),
                   ("Número de beneficiarios", f"{c['count']:.4f}"), ("Límite global", money(c["cap"])),
                   ("Pagos de Medicare", money(c["paid"])), ("Ajuste del año anterior", bracket(c["prior"])),
                   ("Sobrepago", money(c["over"]))], label_w=58, size=9)
    p.para("Estimado proveedor:", 9.6)
    p.para("Completamos el cálculo del límite global (aggregate cap) de su hospicio. Los pagos de Medicare del año "
           "del límite fueron mayores que el límite global. La diferencia es un sobrepago que debe reembolsar "
           "dentro de 30 días a partir de la fecha de esta carta. Después de 30 días se cobran intereses, y a partir "
           "del día 41 recuperaremos el saldo de sus pagos de Medicare.", 9.6)
    p.para("**Su derecho a una redeterminación.** Tiene 120 días a partir de la fecha en que reciba esta carta "
           "(se presume recibida 5 días después de su fecha) para pedir una redeterminación; su solicitud debe "
           f"llegar a más tardar el {fdate(due, 'long', 'es')}. Si la recibimos dentro de 30 días, no "
           "recuperaremos el saldo hasta decidir.", 9.6)
    p.para(f"Auditoría y Reembolso a Proveedores\n{MAC}", 9.6)
    t = truth("denial_letter", "other", insurer=MAC, cases=[ids["ar"]], claim_amount=m2(c["over"]),
              service_dates=[CAPYEAR], denial_date=nd.isoformat(), provider=HOSPICE_PR,
              appeal_deadline=due.isoformat(), lang="es", denial_alternates=["not_covered"], alternates=ALT)
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    c = _cap(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 4))
    first = plus(nd, -rng.randint(50, 60))
    months = 24
    inst = round(c["over"] / months, 2)
    p = DKSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _letterhead(p, rng, "Debt Collection - Extended Repayment")
    p.line(f"Extended Repayment Schedule approved - {tiny_date(nd)}", 11, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "abbr")), ("Provider", HOSPICE), ("AR number", ids["ar"]),
             ("Cap year", f"{fdate(CY0, 'slash')} - {fdate(CY1, 'slash')}"),
             ("Principal", money(c["over"])), ("Installments", f"{months} monthly of {money(inst)}")],
            label_w=32, size=9.5)
    p.ln(2)
    p.para("Dear Provider:", 10)
    p.para(f"We approved your request to repay the hospice cap overpayment for the cap year ending "
           f"{fdate(CY1, 'long')} over {months} months. Interest is included in each installment. The first "
           f"payment is due on {fdate(plus(nd, 30), 'long')}. If a payment is missed, the whole balance becomes "
           "due and recoupment resumes.", 10)
    doc1 = (out(p), truth("other", None, insurer=MAC, cases=[ids["ar"]], claim_amount=m2(c["over"]),
                          service_dates=[CAPYEAR], denial_date=nd.isoformat(), provider=HOSPICE,
                          alternates={**ALT, "case_numbers": [[]]}))
    ids2 = _ids(rng)
    c2 = _cap(rng)
    nd2 = plus(nd, rng.randint(6, 12))
    first2 = plus(nd2, -rng.randint(62, 75))
    interest = round(c2["over"] * rng.uniform(0.012, 0.02), 2)
    q = DKSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _letterhead(q, rng, "Debt Collection")
    q.line(fdate(nd2, "upper"), 10)
    q.ln(2)
    _hosp_addr(q, rng, name="Quiet Harbor Hospice of Dayton")
    q.line("SECOND REQUEST: Hospice cap overpayment - intent to refer", 10.5, "B")
    q.ln(2)
    q.boxed_pairs([("AR number", ids2["ar"]), ("First demand letter", fdate(first2, "slash")),
                   ("Cap year", f"{fdate(CY0, 'slash')} - {fdate(CY1, 'slash')}"),
                   ("Principal", money(c2["over"])), ("Interest to date", money(interest)),
                   ("Balance due", money(c2["over"] + interest))], label_w=50, size=9)
    q.para(f"Our letter of {fdate(first2, 'long')} asked you to repay the hospice aggregate cap overpayment shown "
           "above. We have not received payment or a redetermination request. Recoupment from your Medicare "
           "payments continues. If the balance is not paid or an extended repayment schedule requested within 30 "
           "days of the date of this letter, the debt may be referred to the Department of the Treasury for "
           "collection.", 9.6)
    q.para("The time to request a redetermination of the cap determination was 120 days from receipt of the first "
           "letter. A late request may be accepted only for good cause.", 9.6)
    q.para(f"Debt Collection Unit, {MAC}", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=MAC, cases=[ids2["ar"]], claim_amount=m2(c2["over"]),
                          service_dates=[CAPYEAR], denial_date=nd2.isoformat(), provider="Quiet Harbor Hospice of Dayton",
                          denial_alternates=["not_covered"],
                          alternates={**ALT, "claim_amount": [m2(c2["over"] + interest), None],
                                      "appeal_deadline": [plus(first2, 125).isoformat()]}))
    _ = first
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_demand_cover_letter_facts_table_on_page_two", "born_digital", [bd_demand(rng)]),
        Item(F + "faxstd_revised_cap_determination_small_type", "fax_standard_g4", [faxstd_revised(rng)]),
        Item(F + "scan300_hospice_redetermination_request_to_contractor", "scan_clean_300", [scan300_request(rng)]),
        Item(F + "phone_two_page_redetermination_partly_favorable", "phone_photo", [phone_redetermination(rng)]),
        Item(F + "rotated_remittance_four_claims_one_denied_cap_offset", "rotated", [rotated_remittance(rng)]),
        Item(F + "lowres_spanish_demand_letter_puerto_rico_hospice", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "faxfine_stack_extended_repayment_approval_then_intent_to_refer", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
