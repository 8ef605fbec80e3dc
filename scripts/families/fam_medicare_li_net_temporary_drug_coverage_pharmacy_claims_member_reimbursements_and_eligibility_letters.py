"""Papers mirrored (structure and plain wording style only) from Medicare's Limited Income Newly Eligible Transition
program (LI NET) as it reaches pharmacies and members: a pharmacy's claim activity and payment summary, the letter
that tells a person LI NET covers them, decisions on a member's request to be paid back for drugs bought with cash,
and a reimbursement check. Public rules used as themselves: LI NET gives short-term Medicare drug coverage to people
who have Extra Help (the Part D low-income subsidy) or full Medicaid or SSI and no Medicare drug plan; it can reach
back to earlier months (up to 36 months for people with full Medicaid or SSI, to the start of Extra Help for others);
it ends the day before a Medicare drug plan starts, and Medicare places the person in a plan unless they pick one;
any pharmacy that takes Medicare can use it, its formulary is open and it asks for no prior authorization, but it pays
only for Part D drugs (not drugs used for weight loss, not cough and cold drugs for symptoms, not vitamins, not what
Medicare Part B pays for, such as diabetes test strips); a person pays no more than their Extra Help copayment;
members may send receipts for drugs bought during their LI NET period; a redetermination must be asked for within 65
days from the date of the coverage notice; NCPDP reject code A6 means the product may be covered under Part B.
Every pharmacy, pharmacy services network, prescriber, Medicare drug plan, person, number, address, BIN/PCN, copay
amount, and the 90-day limits for a pharmacy's review and for sending receipts after coverage ends, are invented;
phones use 555. No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- finefax_pharmacy_claim_activity_test_strips_rejected_a6: a landscape claim activity and payment summary on a fine
  fax to a pharmacy, paid through its services network (the payee, a decoy); five transactions with submitted /
  allowed / patient pay / LI NET paid / not allowed, where every paid line also has a "not allowed" part; only the
  test strips line is rejected, told by "REJ A6" and the code legend boxed at the foot (not_covered); LI NET IDs with
  an O among the digits; "within 90 days of the payment date".
- born_digital_welcome_letter_coverage_back_to_january: the letter telling a person with Medicaid that LI NET covers
  them from January 1 through March 31, 2026 (denies nothing); the ID printed with its caption after it in brackets
  beside the Medicare and Medicaid numbers; an example ID in the boilerplate and 2024/2025 in passing as decoys.
- clean_three_page_refund_refused_before_extra_help_started: a three-page decision: page 1 the letter (reason in one
  plain sentence, no heading), page 2 a table of four receipts each with its own date across a month boundary (the
  truth is the span), page 3 the appeal rights "within 65 days from the date of this notice" counted from page 1;
  an earlier paid receipt and a phone call's reference number as decoys (eligibility).
- photocopy_es_reembolso_semaglutida_control_de_peso: a photocopied Spanish decision with captions under the boxes:
  a weight-loss injection bought "el jueves 5 de marzo de 2026" for "1.349,02 $" is outside Part D (not_covered);
  the Medicaid number as a decoy; "dentro de los 65 días a partir de la fecha de este aviso".
- phone_refill_after_drug_plan_started: a photographed letter with a "Re:" line stringing name / LI NET ID / claim
  number: an inhaler bought two days after the person's new Medicare drug plan began must go to that plan
  (eligibility); the new plan's ID is a decoy; "65 days from the date printed above".
- rotated_receipts_sent_too_late: a letter fed upside down, the ID too wide for its box and broken over two lines, dates
  in ordinals ("the 12th of January 2026") beside a table; receipts sent more than 90 days after LI NET ended
  (timely_filing); "no later than Monday, August 10, 2026".
- lowres_stack_fax_cover_then_refund_check_then_duplicate_claim_upside_down: a fax cover sheet (no document), a
  payment notice with a reimbursement check for part of two fills, the check's amount in words and figures (denies
  nothing), then a two-page decision refusing to pay back a fill the pharmacy had already been paid for (other:
  duplicate), its second page upside down; "You have until 65 days after the date of this decision".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famib import (EESheet, d_ord, dmon, es_date, es_short, es_suffix, es_wday, grouped, last_first,
                               medicaid_no, n2, nc_address, npi, people, phone, usd, with_odd, wlong, wyy, yy)
from public_kit import digits, fdate, m2, mbi, out, plus, truth

FAMILY = "medicare_li_net_temporary_drug_coverage_pharmacy_claims_member_reimbursements_and_eligibility_letters"
LANG = "en"
SEED = 354941
INS = "Medicare's Limited Income NET Program"
ALT = ["Limited Income NET Program", "LI NET", "Medicare LI NET Program", "Medicare Limited Income NET Program",
       "Limited Income Newly Eligible Transition Program", "Medicare's LI NET Program"]
NAME_LONG = "Limited Income Newly Eligible Transition (LI NET)"
QUARRY = "Quarry Hill Pharmacy"
LATTICE = "Lattice Pharmacy Services Network"
TAMARACK = "Tamarack Drug & Gift"
CEIBA = "Farmacia La Ceiba"
BELLWETHER = "Bellwether Drug Co."
SIXPENCE = "Sixpence Pharmacy"
MARLIN = "Marlin Street Apothecary"
PDP = "Pinecrest Rx Basic (PDP)"


def lnid(rng, odd: str | None = None) -> str:
    """An LI NET ID: LN and nine digits, optionally with a letter that reads like a digit."""
    body = digits(rng, 9)
    return "LN" + (with_odd(body, rng, odd) if odd else body)


def ln_space(t: str) -> str:
    return f"LN {grouped(t[2:], 3)}"


def ln_dash(t: str) -> str:
    return f"LN-{t[2:6]}-{t[6:]}"


def _head(p, rng, unit: str, box: str | None = None, es: bool = False):
    box_no = rng.randint(14000, 14999)
    if es:
        lines = [f"Programa {NAME_LONG} de Medicare  |  {unit}",
                 f"PO Box {box_no}, Columbus, OH 43216  |  1-800-555-{digits(rng, 4)} (TTY 711), de lunes a viernes, "
                 "8 a. m. a 8 p. m., hora del Este"]
    else:
        lines = [f"{NAME_LONG}  |  {unit}",
                 f"PO Box {box_no}, Columbus, OH 43216  |  1-800-555-{digits(rng, 4)} (TTY 711), Monday to Friday, "
                 "8 a.m. to 8 p.m. Eastern"]
    p.head(INS, "LI NET", lines, box=box, size=12.5)


def finefax_activity(rng):
    names = people(rng, 5)
    pay = dt.date(2026, 3, 20)
    cyc = (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    W = 279.4 - 24
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"LN-RX-ACT (10/25)  |  {LATTICE} for {QUARRY}",
                fax_hdr=(f"03/20/2026 06:{rng.randint(10, 59)}  FROM LI NET PHARMACY HELP DESK  {phone(rng, '614')}  "
                         f"TO {QUARRY.upper()}  P. 1/1"))
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Pharmacy Help Desk")
    p.title_bar("CLAIM ACTIVITY AND PAYMENT SUMMARY  -  PHARMACY",
                f"Point-of-sale transactions billed to LI NET (BIN 61{digits(rng, 4)} / PCN LNX{digits(rng, 3)}) "
                "and paid this cycle")
    p.capcells([("Payment date", fdate(pay, "long"), 62, "A"), ("Payee", LATTICE, 74, "A"),
                ("Pharmacy", QUARRY, 66, "A"), ("NCPDP", digits(rng, 7), W - 202, "A")], size=9.4)
    p.capcells([("Pharmacy NPI", npi(rng), 52, "A"), ("EFT trace", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                                                      62, "A"),
                ("Cycle", f"{yy(cyc[0])} to {yy(cyc[1])}", 58, "A"), ("Txns", "5", W - 172, "A")], size=9.4)
    items = [("atorvastatin 40 mg", "30/30", 38.90, 11.62, 1.60, "P"),
             ("glucose test strips", "100/25", 96.40, 0.0, 0.0, "REJ A6"),
             ("tiotropium 18 mcg cap", "30/30", 512.77, 488.10, 4.90, "P"),
             ("metformin ER 500 mg", "60/30", 24.15, 9.08, 1.60, "P"),
             ("lisinopril 20 mg", "30/30", 41.20, 12.44, 1.60, "REV")]
    fills = [dt.date(2026, 3, d) for d in (9, 10, 11, 13, 14)]
    rows, flags, deny = [], [], None
    tot = [0.0, 0.0, 0.0, 0.0, 0.0]
    for i, (nm, (drug, qty, sub, allow, copay, st), fd) in enumerate(zip(names, items, fills)):
        t = lnid(rng, "O" if i in (1, 3) else None)
        ref = f"26{fd.strftime('%j')}{digits(rng, 7)}"
        paid = round(allow - copay, 2) if st == "P" else 0.0
        not_allowed = round(sub - allow, 2) if st != "REV" else 0.0
        if st == "REV":
            vals = [-sub, -allow, -copay, -round(allow - copay, 2), 0.0]
        else:
            vals = [sub, allow, copay, paid, not_allowed]
        tot = [a + b for a, b in zip(tot, vals)]
        if st.startswith("REJ"):
            deny = (nm, t, ref, fd, sub)
        cell = [(f"{-v:,.2f}-" if v < 0 else n2(v)) for v in vals]
        rows.append([ref, last_first(nm), ln_space(t), yy(fd), f"{rng.randint(2, 6)}{digits(rng, 6)}", drug, qty]
                    + cell + [st])
        flags.append("*" if st.startswith("REJ") else None)
    p.flagged(["Txn ref", "Cardholder", "LI NET ID", "Fill dt", "Rx #", "Product", "Qty/DS", "Subm'd",
               "Allowed", "Pt pay", "LI NET paid", "Not allowed", "Status"], rows,
              [25, 42, 26, 14, 13, 36, 13, 16, 15, 12, 15, 15, W - 242], flags,
              aligns=["L"] * 7 + ["R"] * 5 + ["C"], size=7.4,
              totals=["TOTALS", "", "", "", "", "", ""] + [(f"{-v:,.2f}-" if v < 0 else n2(v)) for v in tot] + [""])
    p.leaders([("LI NET paid this cycle", n2(tot[3])), ("Less amounts recouped", "0.00"),
               ("Net EFT to payee", n2(tot[3]))], size=8.6, w=105)
    p.para("Allowed is the ingredient cost and dispensing fee we pay for the product; the difference from what you "
           "submitted is not allowed and may not be billed to the person. Pt pay is the person's Extra Help "
           "copayment. To ask us to look at a transaction again, call the Pharmacy Help Desk or write to us within 90 "
           "days of the payment date, with the Txn ref.", 8.2)
    p.legend_box("STATUS CODES", [
        ("P", "Paid."),
        ("REV", "An earlier paid claim reversed by the pharmacy (not picked up); the payment is taken back."),
        ("REJ", "Rejected at the point of sale; the NCPDP reject code follows. Nothing is paid on the line."),
        ("A6", "This product/service may be covered under Medicare Part B. Diabetes testing supplies are billed to "
               "Part B by a supplier enrolled with Medicare; LI NET pays only for Part D drugs, so it does not pay "
               "for them. Do not collect the LI NET price from the person."),
    ], size=7.4, code_w=12)
    nm, t, ref, fd, sub = deny
    tr = truth("eob", "not_covered", insurer=INS, member_id=t, member_name=nm, cases=[ref], claim_amount=m2(sub),
               service_dates=[fd.isoformat()], denial_date=pay.isoformat(), provider=QUARRY,
               appeal_deadline=plus(pay, 90).isoformat(),
               alternates={"insurer": ALT}, denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), tr


def bd_welcome(rng):
    member, = people(rng, 1)
    t = lnid(rng)
    m = mbi(rng)
    mcd = medicaid_no(rng)
    ltr = dt.date(2026, 2, 17)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    p = EESheet(footer="Page {n} of {nb}", footer_left="LN-ELIG-01 (10/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Member Services", box="WELCOME")
    p.line(wlong(ltr), 10)
    p.ln(2)
    for ln in [member, *nc_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.after([(ln_space(t), "your LI NET ID"), (m, "Medicare number"), (mcd, "NC Medicaid ID")], size=9.8)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "You have Medicare drug coverage through LI NET", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para("Medicare told us that you have Medicaid and Medicare but no Medicare drug plan. People in that situation "
           f"can get drug coverage right away through the {NAME_LONG} program while Medicare places them in a "
           "Medicare drug plan.", 10)
    p.rpairs([(fdate(start, "long"), "your LI NET coverage starts (it reaches back to this date)"),
              (fdate(end, "long"), "your LI NET coverage ends, the day before your Medicare drug plan starts"),
              ("Any pharmacy", "that takes Medicare; you do not need a network pharmacy"),
              ("Extra Help copay", "the most you pay for each covered prescription")], val_w=52, size=9.6)
    p.bar("Using LI NET at the pharmacy")
    p.para("Show the pharmacist the card at the bottom of this letter. Your LI NET ID always begins with the letters "
           "LN and has nine more characters (for example, LN 246 813 579); it is not the same as your Medicare "
           "number. LI NET covers Part D drugs and does not ask for prior approval.", 9.8)
    p.bar("If you paid for prescriptions since your coverage started")
    p.para(f"Because your coverage reaches back to {fdate(start, 'long')}, you can send us the receipts for covered "
           "drugs you paid for yourself since then, and we will pay you back the cost less your Extra Help copay. "
           "If you had LI NET in 2024 or 2025, this letter starts a new, separate period of coverage.", 9.8)
    p.bar("What happens next")
    p.para("Medicare will send you a letter naming the Medicare drug plan it picked for you. You may choose a "
           "different plan instead. Either way, keep using LI NET until your new plan starts.", 9.8)
    y = p.get_y() + 3
    x = p.l_margin + 20
    p.set_line_width(0.5)
    p.rect(x, y, 96, 46)
    p.set_line_width(0.2)
    p.set_xy(x + 3, y + 3)
    p.f(9.6, "B")
    p.cell(90, 5, "LI NET  |  Medicare drug coverage")
    rows = [("Name", member), ("LI NET ID", ln_space(t)), ("RxBIN", f"61{digits(rng, 4)}"),
            ("RxPCN", f"LNX{digits(rng, 3)}"), ("Coverage", f"{yy(start)} - {yy(end)}")]
    for i, (k, v) in enumerate(rows):
        p.set_xy(x + 3, y + 10 + i * 6)
        p.f(7.6)
        p.cell(24, 4.5, k)
        p.f(9.4, "B")
        p.cell(66, 4.5, v)
    p.set_xy(x + 3, y + 41)
    p.f(6.4)
    p.cell(90, 3, "Pharmacists: call the Pharmacy Help Desk with questions.")
    p.set_y(y + 50)
    tr = truth("other", None, insurer=INS, member_id=t, member_name=member, denial_date=ltr.isoformat(),
               alternates={"insurer": ALT, "service_dates": [[f"{start.isoformat()}/{end.isoformat()}"]]})
    return out(p), tr


def clean_three_page(rng):
    member, dr = people(rng, 2)
    t = lnid(rng, "S")
    m = mbi(rng)
    req = f"DMR-{digits(rng, 4)}-{digits(rng, 5)}"
    ntc = dt.date(2026, 4, 14)
    rcvd = dt.date(2026, 3, 30)
    call = dt.date(2026, 4, 6)
    rcpts = [(dt.date(2026, 1, 27), "apixaban 5 mg, 60 tablets", 587.20),
             (dt.date(2026, 1, 30), "furosemide 40 mg, 30 tablets", 9.75),
             (dt.date(2026, 2, 3), "amlodipine 10 mg, 30 tablets", 12.40),
             (dt.date(2026, 2, 6), "insulin lispro pens, 5 x 3 mL", 196.10)]
    lis = dt.date(2026, 3, 1)
    tot = round(sum(r[2] for r in rcpts), 2)
    p = EESheet(footer="Page {n} of {nb}", footer_left="LN-DMR-D2 (10/25)",
                run_hdr=f"{member}  |  Request {req}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, "Member Reimbursement")
    p.line(fdate(ntc, "long"), 10)
    p.ln(2)
    for ln in [member, *nc_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.after([(req, "request no."), (ln_dash(t), "LI NET ID"), (m, "Medicare no."), (yy(rcvd), "received")],
            size=9.6)
    p.f(12, "B")
    p.multi_cell(0, 6, "Notice of Denial of Medicare Prescription Drug Payment", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {member}:", 10)
    p.para(f"You sent us four pharmacy receipts from {TAMARACK} and asked us to pay you back ${n2(tot)}. Page 2 "
           "lists each receipt and what we decided.", 10)
    p.para("We cannot pay these receipts back to you, because on the days you bought the drugs you did not yet have "
           f"Extra Help: Social Security approved your Extra Help starting {fdate(lis, 'long')}, and LI NET can pay "
           "only for days on which a person has Extra Help or full Medicaid and no Medicare drug plan.", 10)
    p.para(f"Receipts for drugs you bought on or after {fdate(lis, 'long')} can be paid. We paid your receipt of "
           f"{yy(dt.date(2026, 3, 12))} on a separate notice; that payment is not affected by this letter.", 10)
    p.para(f"When you called on {fdate(call, 'long')}, we gave you call reference {digits(rng, 4)}-"
           f"{digits(rng, 4)}-{digits(rng, 2)}. You do not need it to appeal.", 10)
    p.para(f"Your prescriber, Dr. {dr}, will get a copy of this notice.", 10)
    p.para("Sincerely,\nMember Reimbursement Unit, LI NET", 10)
    p.add_page()
    p.bar("Page 2  -  The receipts you sent")
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Date bought", "Drug", "Pharmacy", "You paid", "We pay", "Note"],
             [[wyy(d), drug, TAMARACK, n2(a), "0.00", "before Extra Help"] for d, drug, a in rcpts],
             [24, 52, 34, 18, 16, W - 144], aligns=["L", "L", "L", "R", "R", "L"], size=8.6,
             totals=["", "", "Totals", n2(tot), "0.00", ""])
    p.para("Dates are shown as day, month/day/year. Extra Help start date used: "
           f"{fdate(lis, 'slash')}.", 9)
    p.para("If Social Security changes your Extra Help start date to an earlier date, send us the new letter from "
           "Social Security and we will look at these receipts again without an appeal.", 9.4)
    p.add_page()
    p.bar("Your right to a redetermination (appeal)")
    p.para("If you disagree with this decision, you can ask us for a redetermination. You must ask within 65 days "
           "from the date of this notice. We can give you more time if you had a good reason for being late.", 10)
    p.bullets(["Write to: LI NET Redeterminations, at the PO Box shown on page 1. Include a copy of this notice.",
               "Or call the member line on page 1 and tell us you want to appeal.",
               "You may send proof, such as a letter from Social Security or your Medicaid office."], size=9.6)
    p.para("A fast (expedited) decision, within 72 hours, is only for drugs you have not received yet; it does not "
           "apply to a request to be paid back.", 9.6)
    p.para("If we still say no, your case goes on to an independent review entity. The redetermination notice will "
           "tell you how.", 9.6)
    p.taglines()
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=ln_dash(t), member_name=member, cases=[req],
               claim_amount=m2(tot), service_dates=[f"{rcpts[0][0].isoformat()}/{rcpts[-1][0].isoformat()}"],
               denial_date=ntc.isoformat(), provider=TAMARACK, appeal_deadline=plus(ntc, 65).isoformat(),
               alternates={"insurer": ALT, "service_dates": [[r[0].isoformat() for r in rcpts]], "member_id": [t],
                           "provider": [f"Dr. {dr}"]})
    return out(p), tr


def photocopy_es(rng):
    member, = people(rng, 1, "es")
    dr, = people(rng, 1, "us")
    t = lnid(rng, "B")
    m = mbi(rng)
    mcd = medicaid_no(rng)
    req = f"DMR-{digits(rng, 4)}-{digits(rng, 5)}"
    fill = dt.date(2026, 3, 5)
    rcvd = dt.date(2026, 3, 23)
    ntc = dt.date(2026, 3, 31)
    amt = 1349.02
    W = 215.9 - 36
    p = EESheet(footer="Página {n} de {nb}", footer_left="LN-DMR-D4-SP (10/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Reembolsos a miembros", es=True)
    for ln in [member, *nc_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.capcells([("Fecha del aviso", es_date(ntc), 50, "B"), ("N.º de solicitud", req, 46, "B"),
                ("Recibida", es_short(rcvd), 32, "B"), ("ID de LI NET", ln_space(t), W - 128, "B")],
               cap=6.4, size=9.2)
    p.capcells([("Número de Medicare", m, 50, "B"), ("Medicaid", mcd, 46, "B"),
                ("Farmacia", CEIBA, W - 96, "B")], cap=6.4, size=9.2)
    p.f(12, "B")
    p.multi_cell(0, 6, "Aviso de denegación de pago de medicamentos recetados de Medicare", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Usted nos pidió que le devolviéramos lo que pagó en {CEIBA} el {es_wday(fill)} por una inyección semanal "
           f"de semaglutida de 2,4 mg (cuatro plumas), recetada por {dr}, MD.", 10)
    p.table(["Fecha de compra", "Medicamento", "Usted pagó", "Pagamos"],
            [[es_short(fill), "semaglutida 2,4 mg, 4 plumas", es_suffix(amt), es_suffix(0)],
             ["Total", "", es_suffix(amt), es_suffix(0)]], [34, 76, 34, W - 144], size=9,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("La receta y la nota de su médico dicen que el medicamento es para bajar de peso. La ley no permite que "
           "los planes de medicamentos de Medicare, ni LI NET, paguen medicamentos cuando se usan para perder peso, "
           "así que no podemos devolverle ese dinero. Si su médico se lo receta para otra enfermedad que Medicare "
           "acepta, puede enviarnos una nueva receta y lo revisaremos.", 10)
    p.para(f"Importe total solicitado (en dólares estadounidenses): {n2(amt)}.", 9.4)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedirnos una redeterminación (apelación). Debe pedirla dentro de los 65 días a partir de la fecha "
           "de este aviso. Escríbanos al apartado postal de arriba o llame a Servicios para Miembros. Usted, su médico "
           "u otra persona que usted nombre puede pedirla.", 10)
    p.para("Atentamente,\nUnidad de Reembolsos, LI NET", 10)
    tr = truth("denial_letter", "not_covered", insurer=INS, member_id=t, member_name=member, cases=[req],
               claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ntc.isoformat(), provider=CEIBA,
               appeal_deadline=plus(ntc, 65).isoformat(), lang="es",
               alternates={"insurer": ALT + [f"Programa {NAME_LONG} de Medicare"], "provider": [dr]})
    return out(p), tr


def phone_after_plan(rng):
    member, dr = people(rng, 2)
    t = lnid(rng, "Z")
    m = mbi(rng)
    clm = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"
    ltr = dt.date(2026, 5, 6)
    start = dt.date(2026, 4, 1)
    fill = dt.date(2026, 4, 3)
    amt = 212.40
    pdp_id = f"PX{digits(rng, 8)}"
    p = EESheet(footer="Page {n} of {nb}", footer_left="LN-DMR-D7 (10/25)", serif=True)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Member Reimbursement")
    p.line(fdate(ltr, "long"), 10.4)
    p.ln(3)
    for ln in [member, *nc_address(rng)]:
        p.line(ln, 10.4)
    p.ln(4)
    p.re_line([member, f"LI NET ID {t}", f"Claim {clm}"], sep="  /  ", size=10)
    p.para(f"Dear {member.split()[0]} {member.split()[-1]}:", 10.4)
    p.para(f"We received your receipt from {BELLWETHER} for an albuterol/ipratropium inhaler that you paid {usd(amt)} "
           f"for on {fdate(fill, 'long')}. Dr. {dr} wrote the prescription.", 10.4)
    p.para(f"On {fdate(fill, 'long')} you were already a member of {PDP}, the Medicare drug plan you joined, which "
           f"started on {fdate(start, 'long')}, and LI NET stops paying on the day a person's drug plan starts, so we "
           "cannot pay this receipt.", 10.4)
    p.para(f"Please send the receipt to {PDP} instead (your member number there is {pdp_id}). That plan can pay you "
           "back under its own rules.", 10.4)
    p.para("If you think we made a mistake, you may ask us to look at our decision again. You have 65 days from the "
           "date printed above to ask. Tell us in writing or by phone why you disagree; if you need a fast answer "
           "about a drug you have not received, we answer within 72 hours.", 10.4)
    p.para("Sincerely,\n\nMember Reimbursement Unit\n" + INS, 10.4)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=t, member_name=member, cases=[clm],
               claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ltr.isoformat(),
               provider=BELLWETHER, appeal_deadline=plus(ltr, 65).isoformat(),
               alternates={"insurer": ALT, "provider": [f"Dr. {dr}"]}, denial_alternates=["other"])
    return out(p), tr


def rotated_late(rng):
    member, = people(rng, 1)
    t = lnid(rng, "G")
    m = mbi(rng)
    req = with_odd(f"DMR-{digits(rng, 4)}-{digits(rng, 5)}", rng, "I")
    ltr = dt.date(2026, 6, 9)
    ended = dt.date(2026, 1, 31)
    rcvd = dt.date(2026, 6, 4)
    last_day = dt.date(2026, 8, 10)
    fills = [(dt.date(2026, 1, 12), "sertraline 100 mg, 30 tablets", 21.30),
             (dt.date(2026, 1, 19), "levothyroxine 75 mcg, 90 tablets", 33.85)]
    tot = round(sum(f[2] for f in fills), 2)
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"LN-DMR-D9 (10/25)   Mbr {t}   Req {req}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Member Reimbursement")
    y0 = p.get_y()
    for ln in [fdate(ltr, "long"), "", member, *nc_address(rng)]:
        p.line(ln, 10)
    y_addr = p.get_y()
    W = p.w - p.l_margin - p.r_margin
    x = p.l_margin + W - 86
    p.narrow_box("LI NET ID", t[:7], t[7:], x, y0, w=22)
    p.narrow_box("Medicare no.", m[:6], m[6:], x + 23, y0, w=22)
    bottom = p.narrow_box("Request", req[:9], req[9:], x + 46, y0, w=40)
    p.set_y(max(y_addr, bottom) + 4)
    p.f(12, "B")
    p.multi_cell(0, 6, "About the receipts you sent us", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your LI NET coverage ended on {d_ord(ended)}, the day before your Medicare drug plan began. We received your two "
           f"receipts from {MARLIN} on {d_ord(rcvd)}, for drugs bought on {d_ord(fills[0][0])} and "
           f"{d_ord(fills[1][0])}.", 10)
    p.ledger(["Bought", "Drug", "Amount"], [[fdate(d, "slash"), drug, usd(a)] for d, drug, a in fills],
             [32, 86, 30], aligns=["L", "L", "R"], size=9.0, totals=["", "Total", usd(tot)])
    p.para("Receipts must reach us within 90 days after the last day of a person's LI NET coverage, and yours came "
           "more than four months after that, so we are not able to pay them. The drugs themselves would have been "
           "covered.", 10)
    p.para("If you had a good reason for sending them late, such as a stay in the hospital, or if you think we have "
           f"the wrong dates, you may ask for a redetermination. Your request must reach us no later than "
           f"{wlong(last_day)}.", 10)
    p.para("Sincerely,\nMember Reimbursement Unit, LI NET", 10)
    tr = truth("denial_letter", "timely_filing", insurer=INS, member_id=t, member_name=member, cases=[req],
               claim_amount=m2(tot), service_dates=[f[0].isoformat() for f in fills], denial_date=ltr.isoformat(),
               provider=MARLIN, appeal_deadline=last_day.isoformat(), alternates={"insurer": ALT})
    return out(p), tr


def lowres_stack(rng):
    member, dr = people(rng, 2)
    t = lnid(rng)
    m = mbi(rng)
    maddr = nc_address(rng)
    # document A: payment notice with a check
    pay_dt = dt.date(2026, 4, 22)
    req_a = f"DMR-{digits(rng, 4)}-{digits(rng, 5)}"
    fills = [(dt.date(2026, 2, 17), "rosuvastatin 20 mg, 30 tablets", 64.18, 1.60),
             (dt.date(2026, 2, 24), "budesonide/formoterol inhaler", 351.66, 4.90)]
    paid_total = round(sum(f[2] for f in fills), 2)
    back = round(sum(f[2] - f[3] for f in fills), 2)
    chk = digits(rng, 7)
    a = EESheet(footer="Page {n} of {nb}", footer_left="LN-DMR-P1 (10/25)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng, "Member Reimbursement")
    a.letter_with_ticket([member, *maddr], [(fdate(pay_dt, "long"), "date"), (req_a, "request no."),
                                           (ln_space(t), "LI NET ID"), (m, "Medicare no.")], w=78)
    a.f(12, "B")
    a.multi_cell(0, 6, "Here is your payment", new_x="LMARGIN", new_y="NEXT")
    a.para(f"Dear {member}:", 9.8)
    a.para(f"We looked at the two receipts from {SIXPENCE} you sent us and we are paying you back. We take off the "
           "Extra Help copayment you would have paid if the pharmacy had billed LI NET.", 9.8)
    a.ledger(["Bought", "Drug", "You paid", "Your copay", "We pay you"],
             [[yy(d), drug, n2(x), n2(c), n2(round(x - c, 2))] for d, drug, x, c in fills],
             [22, 70, 24, 24, 30], aligns=["L", "L", "R", "R", "R"], size=8.8,
             totals=["", "Totals", n2(paid_total), n2(fills[0][3] + fills[1][3]), n2(back)])
    a.para("Cash the check below within 180 days. Questions? Call the member line above.", 9.4)
    a.check(INS, ["Member Reimbursement Account", "Paid through Fulton Ridge Bank, N.A., Columbus, Ohio"], chk,
            fdate(pay_dt, "slash"), member.upper(), back, f"{req_a}  Rx reimbursement",
            f"C{chk}C  A0{digits(rng, 8)}A  {digits(rng, 10)}C")
    d_a = (out(a), truth("other", None, insurer=INS, member_id=t, member_name=member, cases=[req_a],
                         claim_amount=m2(paid_total), service_dates=[f[0].isoformat() for f in fills],
                         denial_date=pay_dt.isoformat(), provider=SIXPENCE,
                         alternates={"insurer": ALT, "claim_amount": [m2(back)]}))
    # document B: duplicate claim decision (two pages)
    ntc = dt.date(2026, 5, 11)
    req_b = f"DMR-{digits(rng, 4)}-{digits(rng, 5)}"
    fill = dt.date(2026, 3, 20)
    amt = 118.45
    pharm_ref = f"26{fill.strftime('%j')}{digits(rng, 7)}"
    b = EESheet(footer="Page {n} of {nb}", footer_left="LN-DMR-D5 (10/25)",
                strip=f"{member}  |  {req_b}  |  page {{n}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, "Member Reimbursement")
    b.tabcells([("NOTICE DATE", dmon(ntc), 40), ("REQUEST", req_b, 46), ("LI NET ID", ln_space(t), 46),
                ("MEDICARE NO.", m, b.w - b.l_margin - b.r_margin - 132)], size=9.2)
    for ln in [member, *maddr]:
        b.line(ln, 9.8)
    b.ln(2)
    b.f(12, "B")
    b.multi_cell(0, 6, "Notice of Denial of Medicare Prescription Drug Payment", new_x="LMARGIN", new_y="NEXT")
    b.ln(1)
    b.para(f"Dear {member}:", 9.8)
    b.para(f"You sent us a receipt from {SIXPENCE} for glipizide 10 mg, 60 tablets, bought on "
           f"{fdate(fill, 'long')}, and asked us to pay you back {usd(amt)}.", 9.8)
    b.para(f"The pharmacy had already billed LI NET for that same fill the same day (pharmacy claim {pharm_ref}), and "
           "we paid the pharmacy for it. The receipt shows the full price, but the pharmacy's records show that you "
           "were charged only your copayment; the rest of what the receipt shows was never owed. Paying you as well "
           "would pay twice for one fill, so we cannot pay this request.", 9.8)
    b.para("If the pharmacy did take the full price from you, ask it to give you back the difference, or send us a "
           "bank or card statement that shows the full payment and we will look at it again.", 9.8)
    b.add_page()
    b.bar("If you disagree with this decision")
    b.para("You may ask us for a redetermination (appeal). You have until 65 days after the date of this decision; "
           "your request must reach us within that time. Send it to LI NET Redeterminations at the PO Box on page 1, or call us.", 9.8)
    b.para("We can give you more time if you have a good reason. You may send papers that help your case. If we do "
           "not change our decision, an independent review entity will look at it.", 9.8)
    b.para("Sincerely,\nMember Reimbursement Unit, LI NET", 9.8)
    b.taglines()
    d_b = (out(b), truth("denial_letter", "other", insurer=INS, member_id=t, member_name=member,
                         cases=[req_b], claim_amount=m2(amt), service_dates=[fill.isoformat()],
                         denial_date=ntc.isoformat(), provider=SIXPENCE, appeal_deadline=plus(ntc, 65).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[req_b, pharm_ref]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "finefax_pharmacy_claim_activity_test_strips_rejected_a6", "fax_fine_g4", [finefax_activity(rng)]),
        Item(F + "born_digital_welcome_letter_coverage_back_to_january", "born_digital", [bd_welcome(rng)]),
        Item(F + "clean_three_page_refund_refused_before_extra_help_started", "scan_clean_300",
             [clean_three_page(rng)]),
        Item(F + "photocopy_es_reembolso_semaglutida_control_de_peso", "photocopy", [photocopy_es(rng)]),
        Item(F + "phone_refill_after_drug_plan_started", "phone_photo", [phone_after_plan(rng)]),
        Item(F + "rotated_receipts_sent_too_late", "rotated", [rotated_late(rng)]),
        Item(F + "lowres_stack_fax_cover_then_refund_check_then_duplicate_claim_upside_down", "scan_lowres_150",
             lowres_stack(rng), separators=["cover", None], turns={(1, 1): 180}),
    ]
