"""Papers mirrored (structure and plain wording style only) from New Jersey's Senior Gold Prescription Discount
Program, run by the New Jersey Department of Human Services, Division of Aging Services, paying after a member's
Medicare Part D plan: a claim reply to a pharmacy, an eligibility (renewal) letter, a member's benefit summary, a
reimbursement letter in Spanish, an out-of-pocket-limit letter, a letter on a fill the Part D plan would not pay yet,
and a notice that Senior Gold stopped when the member's Part D plan ended, forwarded by an advocate.

Public rules used as themselves: the Department, its Division of Aging Services and the program's name; the member's
copayment of $15 plus 50% of the remaining cost; the flat $15 copayment once a single person's out-of-pocket costs
pass $2,000 in an eligibility period; Senior Gold does not pay for diabetic testing supplies (test strips, lancets)
and the pharmacy must bill Medicare Part B; drugs bought outside New Jersey are not covered, nor drugs whose maker
has not agreed to pay rebates to the State; every member with Medicare must be in a Part D plan; income no more than
$10,000 above the PAAD limit. Invented: the Part D plan Harborvane Rx Select (PDP) and its numbers, every pharmacy,
payment center, prescriber, advocate project, person, address, ID and claim number shape, the reason codes (T7, M9),
the income figure, the drug "Colvexa" and its maker, the eligibility period end, and every time limit (30 days for a
pharmacy or member reconsideration, 60 days on the statement, 45 days on the notice, the review date on the renewal
letter). No heading names the kind of denial; each reason is said in the writer's own plain words.

Documents (8 in 7 files):
- faxstd_pharmacy_claim_reply_test_strips_bill_part_b: a landscape claim reply on a standard fax with short captions
  left of and under their boxes ("Rply dt" as 14-APR-2026, "SG #" grouped with an O among the digits, "MBI", "Pt D
  mbr", "Pay ctr" = the pharmacy's payment center beside the pharmacy); three fills of one member, only the test
  strips refused under T7 (legend only); billed / Part D paid / left after Part D / SG paid / member pays with a
  totals row; "within 30 days of the Rply dt".
- born_digital_renewal_refused_income_over_limit: a renewal letter with a facts box at the right (Senior Gold ID
  dashed with an I, Medicare number, renewal ref.); the household's income is more than Senior Gold allows for a
  married couple (eligibility); nothing to fill, no provider; "no later than Friday, June 12, 2026".
- photocopy_benefit_summary_drug_maker_without_rebate_agreement: a quarterly benefit summary with a row per fill
  (day names, a ref. and pharmacy column, Part D paid in parentheses, USD in the header only, totals row); one brand
  fill paid 0.00 under M9 because its maker has no rebate agreement (legend only); year-to-date out-of-pocket as a
  decoy; "within 60 days of the statement date".
- phone_es_reembolso_farmacia_fuera_de_nueva_jersey: a Spanish letter with a facts column at the left refusing a
  member's reimbursement request for two fills at a Florida pharmacy ("12-mar-2026"), "US$ 1.126,40"-style
  amounts; Senior Gold number with an S among the digits beside Medicare and Part D numbers; "dentro de los 30
  días calendario contados desde la fecha de esta carta".
- rotated_out_of_pocket_limit_reached_flat_copay: a letter fed sideways saying the member passed $2,000 and now pays
  $15 per prescription (denies nothing); captions right of their values; fills toward the limit as decoys.
- lowres_part_d_plan_wants_approval_first: a 150 dpi letter with odd captions under boxes ("Ltr dt", "SG no.",
  "Filled" as "Thu 4/9", "Pt D reply"); the pharmacy and the refused $612.88 only in sentences; Senior Gold pays only
  after the Part D plan, which wants the doctor to ask first (prior_authorization); "within 30 days after you
  receive this letter" (nothing to count from).
- scan_stack_advocate_letter_then_no_part_d_notice_upside_down: an advocacy project's letter forwarding the notice
  (its own document: other, no denial; the deadline it states), the duplex back of its sheet, then a two-page
  notice with white-on-black caption tabs refusing two May fills because the member's Part D plan ended
  (eligibility; ISO dates in a table, every row refused, totals), its second page upside down; "within 45 days of
  the mailing date shown above".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhc import (EDSheet, ddd, ddd_yy, es_date, es_money, grouped, n2, nj_address, npi, paren, people,
                               phone, toll, upper_dmy, with_odd, wlong, yy)
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "new_jersey_senior_gold_discount_after_part_d_claim_replies_eligibility_and_member_notices"
LANG = "en"
SEED = 354932
INS = "New Jersey Department of Human Services"
ALT = ["Senior Gold Prescription Discount Program", "Senior Gold", "Division of Aging Services",
       "New Jersey Division of Aging Services", "Department of Human Services", "NJ Department of Human Services",
       "State of New Jersey"]
PROGRAM = "Senior Gold Prescription Discount Program"
PARTD = "Harborvane Rx Select (PDP)"
PHARM = ["Delsea Drive Pharmacy", "Musconetcong Apothecary", "Barnegat Light Drug Co.", "Hopewell Valley Pharmacy"]
PAYCTR = "Cumberland Rx Payment Center"
ADVOCATE = "Pinebarren Senior Benefits Counseling Project"


def sg_no(rng, odd: str | None = None) -> str:
    """The program's member number: nine characters, digits (one may be a letter a reader takes for a digit)."""
    return with_odd(digits(rng, 9), odd, rng, lo=2, hi=7)


def partd_no(rng) -> str:
    return f"HVR{digits(rng, 8)}01"


def sg_split(left: float) -> tuple[float, float]:
    """(member copay, Senior Gold paid): $15 plus half of the rest, or the whole amount when that is less."""
    copay = round(min(left, 15.0 + 0.5 * max(0.0, left - 15.0)), 2)
    return copay, round(left - copay, 2)


def _head(p, rng, unit: str | None = None, box: str | None = None, es: bool = False):
    p.f(7.2, "B")
    p.cell(0, 3.4, "STATE OF NEW JERSEY", new_x="LMARGIN", new_y="NEXT")
    sub = "División de Servicios para Personas Mayores" if es else "Division of Aging Services"
    lines = [f"{sub}  |  {PROGRAM}" + (f"  |  {unit}" if unit else ""),
             f"PO Box 7{digits(rng, 2)}, Trenton, NJ 0862{rng.randint(0, 9)}  |  {toll(rng)}  |  TTY 711  |  "
             f"Fax {phone(rng)}"]
    p.head(INS, "SG", lines, box=box, size=12.5)


# --- 1. pharmacy claim reply (standard fax, landscape) ------------------------------------------------------------
def faxstd_claim_reply(rng):
    member, prescriber = people(rng, 2)
    sg = sg_no(rng, "O")
    m = mbi(rng)
    pd_no = partd_no(rng)
    pharm = PHARM[0]
    ncpdp, pnpi = digits(rng, 7), npi(rng)
    tin = f"22-{digits(rng, 7)}"
    batch = f"B{digits(rng, 6)}"
    rd = dt.date(2026, 4, 14)
    fill = dt.date(2026, 4, 2)
    cycle = dt.date(2026, 4, 10)
    jul = fill.timetuple().tm_yday
    icns = [f"26{jul:03d}{digits(rng, 7)}" for _ in range(3)]
    fax = (f"APR-14-2026 08:{rng.randint(10, 59)}  NJ SENIOR GOLD CLAIMS  {phone(rng)}  ->  {pharm.upper()}  "
           "P.{n}/1")
    p = EDSheet(footer=None, footer_left="SG-PCR-3 (rev. 01/26)  claim reply - keep with pharmacy records",
                fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Pharmacy Claim Unit", box="PHARMACY CLAIM REPLY")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Rply dt", upper_dmy(rd), 52, "L"), ("Pharm", pharm, 82, "L"), ("NCPDP", ncpdp, 40, "L"),
                ("NPI", pnpi, 40, "L"), ("Batch", batch, W - 214, "L")], cap=6.2, size=8.8)
    p.capcells([("SG #", grouped(sg), 40, "B"), ("Bene", member, 62, "B"), ("MBI", m, 40, "B"),
                ("Pt D plan", PARTD, 62, "B"), ("Pt D mbr", pd_no, W - 204, "B")], cap=6.2, size=8.8)
    p.capcells([("Pay ctr", PAYCTR, 110, "L"), ("Pay ctr TIN", tin, 60, "L"),
                ("Cycle end", yy(cycle), W - 170, "L")], cap=6.2, size=8.8)
    rows = []
    tot = [0.0] * 5
    fills = [("6612093", "insulin glargine 100u/mL pen", "15 mL", "30", 412.60, 377.60, "P1"),
             ("6612094", "metformin ER 500 mg tab", "60", "30", 46.80, 25.80, "P1"),
             ("6612095", "blood glucose test strips", "100", "25", 96.35, 0.00, "T7")]
    for (rx, drug, qty, ds, billed, ptd, code), icn in zip(fills, icns):
        left = round(billed - ptd, 2)
        if code == "T7":
            copay, sgp = left, 0.0
        else:
            copay, sgp = sg_split(left)
        vals = [billed, ptd, left, sgp, copay]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([rx, yy(fill), drug, qty, ds, n2(billed), n2(ptd), n2(left), n2(sgp), n2(copay), icn, code])
    rows.append(["TOT", "", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), n2(tot[4]), "", ""])
    p.table(["Rx #", "Fill dt", "Drug", "Qty", "DS", "Billed", "Pt D pd", "Left after Pt D", "SG pd", "Mbr pays",
             "Ref/ICN", "Msg"], rows, [18, 17, 58, 13, 9, 19, 18, 20, 17, 19, 30, W - 238], size=8.0,
            aligns=["L", "L", "L", "R", "R", "R", "R", "R", "R", "R", "L", "C"], bold_last=True, row_h=5.2)
    p.f(7.6, "B")
    p.cell(0, 4, "MSG", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.multi_cell(0, 3.6, "P1  Paid after the Part D plan. Member copay = $15 plus 50% of the amount the Part D plan "
                         "left, or that amount if it is less.\n"
                         "T7  Test strips, lancets and other diabetic testing supplies are not a Senior Gold benefit. "
                         "Bill Medicare Part B or the member's other coverage. Do not send this line to Senior Gold "
                         "again.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("A pharmacy may ask the Pharmacy Claim Unit to reconsider a refused line. Put the request in writing and "
           "send it within 30 days of the Rply dt, with the Ref/ICN of the line. BIN 0" + digits(rng, 5) +
           "  PCN NJSG.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, member_id=sg, member_name=member, cases=[icns[2]],
              claim_amount=m2(96.35), service_dates=[fill.isoformat()], denial_date=rd.isoformat(), provider=pharm,
              appeal_deadline=plus(rd, 30).isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# --- 2. renewal refused: income (born digital) --------------------------------------------------------------------
def bd_renewal(rng):
    member, spouse, sig = people(rng, 3)
    spouse = f"{spouse.split()[0]} {spouse.split()[1]} {member.split()[-1]}"
    sg = sg_no(rng, "I")
    sgd = f"{sg[:3]}-{sg[3:6]}-{sg[6:]}"
    m = mbi(rng)
    ref = f"RN-26-{digits(rng, 6)}"
    got = dt.date(2026, 4, 20)
    ld = dt.date(2026, 5, 11)
    ends = dt.date(2026, 5, 31)
    review_by = dt.date(2026, 6, 12)
    income = 71904.00 + rng.randint(0, 900)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SG-EL-7 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Eligibility Unit")
    for ln in [member, *nj_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.facts_right([("Date of this letter", fdate(ld, "long")), ("Senior Gold ID", sgd), ("Medicare number", m),
                   ("Renewal ref.", ref), ("Renewal received", fdate(got, "slash")), ("Household", "Married couple"),
                   ("Yearly income we counted", money(income)), ("Your coverage ends", fdate(ends, "long"))],
                  [f"Dear {member}:",
                   f"Thank you for sending your Senior Gold renewal. We read it, with the income papers you sent for "
                   f"yourself and your spouse, {spouse}.",
                   f"We are sorry, but you cannot stay in Senior Gold. The income of your household, "
                   f"{money(income)} a year, is more than Senior Gold allows for a married couple. Senior Gold can "
                   "help only when a couple's income is no more than $10,000 above the PAAD limit for a married "
                   "couple, and yours is above that line.",
                   f"Your Senior Gold card works until {fdate(ends, 'long')}. Fills after that date are not paid by "
                   f"Senior Gold. Your Medicare Part D plan, {PARTD}, keeps paying its share as before."],
                  side_w=64, size=9.8, title="About this decision")
    p.notebox("If you think we counted your income wrong",
              "Write to the Eligibility Unit at the address above and send the papers that show the right figure. "
              f"Your request must reach us **no later than {wlong(review_by)}**. If the review still goes against "
              "you, the review letter will tell you how to ask for a fair hearing.", 9.4)
    p.para("If your income goes down during the year, you may apply again at any time.", 9.6)
    p.para(f"Sincerely,\n{sig}\nEligibility Unit, Senior Gold", 9.6)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame al número que aparece arriba.", 7.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=sgd, member_name=member, cases=[ref],
              denial_date=ld.isoformat(), appeal_deadline=review_by.isoformat(), alternates={"insurer": ALT})
    return out(p), t


# --- 3. benefit summary: maker without rebate agreement (photocopy) ----------------------------------------------
def photocopy_summary(rng):
    member, sig = people(rng, 2)
    sg = sg_no(rng)
    m = mbi(rng)
    pd_no = partd_no(rng)
    sd = dt.date(2026, 4, 10)
    a, b = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    fills = [(dt.date(2026, 1, 7), "atorvastatin 40 mg", PHARM[1], 38.40, 28.40),
             (dt.date(2026, 1, 21), "Eliquis 5 mg", PHARM[1], 612.30, 565.30),
             (dt.date(2026, 2, 4), "atorvastatin 40 mg", PHARM[1], 38.40, 28.40),
             (dt.date(2026, 2, 18), "Colvexa 50 mg", PHARM[1], 884.50, 672.10),
             (dt.date(2026, 3, 4), "levothyroxine 75 mcg", PHARM[3], 24.60, 9.60)]
    refs = [f"SG{digits(rng, 7)}" for _ in fills]
    rows, tot = [], [0.0] * 5
    refused = None
    for (d, drug, ph, cost, ptd), ref in zip(fills, refs):
        left = round(cost - ptd, 2)
        if drug.startswith("Colvexa"):
            you, sgp, note = left, 0.0, "M9"
            refused = (d, ref, ph, cost, left)
        else:
            you, sgp = sg_split(left)
            note = ""
        vals = [cost, ptd, left, sgp, you]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([ddd_yy(d), ref, drug, ph, n2(cost), paren(ptd), n2(left), n2(sgp), n2(you), note])
    rows.append(["Totals", "", "", "", n2(tot[0]), paren(tot[1]), n2(tot[2]), n2(tot[3]), n2(tot[4]), ""])
    ytd = 1206.15 + rng.randint(0, 80)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SG-BS-2 (01/26)  This is not a bill.")
    p.set_margins(11, 13, 11)
    p.add_page()
    _head(p, rng, unit="Member Services", box="BENEFIT SUMMARY")
    p.addr_pair("Member", [member, *nj_address(rng)], "Statement",
                [f"Statement date: {fdate(sd, 'upper')}", f"Fills from {yy(a)} - {yy(b)}",
                 f"Senior Gold card no.: {grouped(sg)}", f"Part D member no.: {pd_no}", f"Medicare no.: {m}"],
                size=8.8, split=0.5)
    p.para(f"This summary shows the prescriptions Senior Gold helped pay for in the first three months of 2026. Your "
           f"Part D plan, {PARTD}, paid first; the amounts in parentheses are what the plan paid.", 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Filled", "Ref.", "Drug", "Pharmacy", "Drug cost (USD)", "Part D plan paid", "Left after Part D",
             "Senior Gold paid", "You paid", "Note"], rows, [21, 20, 27, 37, 16, 18, 16, 16, 14, W - 185],
            size=6.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.0)
    p.notebox("Note M9",
              "Senior Gold pays only for drugs whose makers have signed an agreement to pay rebates to the State of "
              "New Jersey. Brightmoor Labs, the maker of Colvexa, has not signed one, so Senior Gold paid nothing "
              "toward it, and the whole amount your Part D plan left was yours. Ask your doctor whether a drug from "
              "another maker would work for you.", 8.6)
    p.para(f"Out of pocket so far this eligibility period: {money(ytd)} of the $2,000.00 limit for a single person. "
           "After the limit, each covered prescription costs you $15.", 8.8)
    p.para("Questions, or think a fill was handled wrong? Call Member Services at the number above or write to us. "
           "To have a fill looked at again, ask within 60 days of the statement date.", 8.8)
    d, ref, ph, cost, left = refused
    t = truth("eob", "not_covered", insurer=INS, member_id=sg, member_name=member, cases=[ref],
              claim_amount=m2(cost), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=ph,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(left)]})
    return out(p), t


# --- 4. Spanish reimbursement letter: Florida pharmacy (phone photo) ---------------------------------------------
def phone_es(rng):
    member, sig = people(rng, 2, es=True)
    sg = sg_no(rng, "S")
    sgd = f"{sg[:3]}-{sg[3:6]}-{sg[6:]}"
    m = mbi(rng)
    pd_no = partd_no(rng)
    sol = f"RB-{digits(rng, 3)}-{digits(rng, 4)}"
    got = dt.date(2026, 4, 6)
    ld = dt.date(2026, 4, 21)
    fl = "Palmetto Causeway Pharmacy"
    fills = [(dt.date(2026, 3, 12), "losartán 50 mg", 74.20, 52.20), (dt.date(2026, 3, 26), "Januvia 100 mg", 1381.60,
                                                                       1277.20)]
    rows, tc, tp, tu = [], 0.0, 0.0, 0.0
    for d, drug, cost, ptd in fills:
        you = round(cost - ptd, 2)
        tc, tp, tu = tc + cost, tp + ptd, tu + you
        rows.append([f"{d.day:02d}-{['ene', 'feb', 'mar', 'abr'][d.month - 1]}-{d.year}", drug, fl, es_money(cost),
                     es_money(ptd), es_money(you), "0,00"])
    rows.append(["Total", "", "", es_money(tc), es_money(tp), es_money(tu), "0,00"])
    p = EDSheet(footer="Página {n} de {nb}", footer_left="SG-RB-S (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Reembolsos", es=True)
    p.line(f"Trenton, {es_date(ld)}", 9.8)
    p.ln(2)
    for ln in [member, *nj_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.two_col([("Nº de Senior Gold", sgd), ("Nº de Medicare", m), ("Nº de socio del plan Parte D", pd_no),
               ("Solicitud de reembolso Nº", sol), ("Recibida", fdate(got, "dmy", "es")),
               ("Monto que pidió", f"{es_money(tu)} ({money(tu)})")],
              [f"Estimado(a) {member}:",
               f"Recibimos su solicitud de reembolso por dos recetas que compró en {fl}, en Sarasota, Florida, "
               f"los días 12 y 26 de marzo de 2026. Su plan de la Parte D, {PARTD}, pagó su parte y usted pagó el "
               f"resto, {es_money(tu)} en total.",
               "No podemos devolverle ese dinero. Senior Gold paga solamente los medicamentos comprados en farmacias "
               "de Nueva Jersey. Lo que se compra en otro estado no está cubierto, aunque su plan de la Parte D sí "
               "haya pagado una parte.",
               "Cuando esté fuera del estado por varios meses, pida a su farmacia de Nueva Jersey que le envíe sus "
               "medicamentos por correo, o surta una receta para más días antes de salir, si su plan lo permite."],
              side_w=60, size=9.6, title="Datos de su solicitud")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Medicamento", "Farmacia", "Costo", "Pagó su plan Parte D", "Pagó usted", "Senior Gold"],
            rows, [22, 30, 44, 24, 26, 24, W - 170], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.para("Si no está de acuerdo, puede pedirnos que revisemos esta decisión. Envíe su pedido por escrito dentro "
           "de los 30 días calendario contados desde la fecha de esta carta, con cualquier papel que nos ayude a "
           "entender su caso.", 9.6)
    p.para(f"Atentamente,\n{sig}\nUnidad de Reembolsos, Senior Gold", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=sgd, member_name=member, cases=[sol],
              claim_amount=m2(tu), service_dates=[d.isoformat() for d, *_ in fills], denial_date=ld.isoformat(),
              provider=fl, appeal_deadline=plus(ld, 30).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Servicios Humanos de Nueva Jersey"],
                          "claim_amount": [m2(tc)]},
              denial_alternates=["out_of_network"])
    return out(p), t


# --- 5. out-of-pocket limit reached (rotated; denies nothing) ------------------------------------------------------
def rotated_oop(rng):
    member, sig = people(rng, 2)
    sg = sg_no(rng)
    m = mbi(rng)
    ld = dt.date(2026, 6, 3)
    hit = dt.date(2026, 5, 27)
    period_end = dt.date(2026, 12, 31)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SG-OOP-1 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Member Services")
    p.letter_with_ticket([member, *nj_address(rng)],
                         [(fdate(ld, "abbr"), "date"), (sg, "Senior Gold member no."), (m, "Medicare no."),
                          ("$2,000.00", "limit (single)"), (fdate(period_end, "slash"), "eligibility period ends")],
                         w=82)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. With the prescription you filled on {wlong(hit)}, the amount you have paid yourself for "
           "Senior Gold drugs in this eligibility period went past $2,000.00.", 10)
    p.para(f"From now until {fdate(period_end, 'long')}, you pay only $15 for each prescription Senior Gold covers "
           "(or the price of the drug, if it costs less). You do not need to do anything; your pharmacy will see "
           "the new copay when it sends your next claim.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows, run = [], 1861.40
    for d, drug, paid in [(dt.date(2026, 5, 6), "rosuvastatin 20 mg", 24.80), (dt.date(2026, 5, 13),
                                                                             "Trelegy Ellipta", 96.35),
                          (hit, "Jardiance 10 mg", 188.05)]:
        run += paid
        rows.append([d.strftime("%m/%d/%Y"), drug, n2(paid), n2(run)])
    p.table(["Filled", "Drug", "You paid", "Your total this period"], rows, [30, 70, 30, W - 130], size=8.6,
            aligns=["L", "L", "R", "R"])
    p.para("Your Part D plan still pays first, and your Part D premium is still yours to pay to the plan.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services, Senior Gold", 10)
    t = truth("other", None, insurer=INS, member_id=sg, member_name=member, denial_date=ld.isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


# --- 6. Part D plan wants approval first (150 dpi) -----------------------------------------------------------------
def lowres_pa(rng):
    member, prescriber, sig = people(rng, 3)
    sg = sg_no(rng, "Z")
    m = mbi(rng)
    case = f"CR {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 4)}"
    ld = dt.date(2026, 4, 13)
    fill = dt.date(2026, 4, 9)
    pharm = PHARM[2]
    amt = 612.88
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SG-PA-2 (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Member Services")
    for ln in [member, *nj_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr dt", fdate(ld, "slash"), 30, "B"), ("SG no.", sg, 36, "B"), ("Medicare no.", m, 36, "B"),
                ("Case ref.", case, W - 102, "B")], cap=6.0)
    p.capcells([("Rx", "7731045", 30, "B"), ("Filled", ddd(fill), 30, "B"), ("Pt D reply", "PA REQUIRED", 42, "B"),
                ("Drug", "Ozempic 1 mg/dose pen", W - 102, "B")], cap=6.0)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"On {wlong(fill)}, {pharm} tried to fill the prescription Dr. {prescriber} wrote for you. Your Medicare "
           f"Part D plan, {PARTD}, answered the pharmacy that your doctor must first ask the plan to approve this "
           "medicine before it will pay.", 9.8)
    p.para(f"Senior Gold pays after your Part D plan, only for its share of what the plan covers. Because the plan "
           f"has not approved this medicine yet, we could not pay either. The pharmacy's price for the fill was "
           f"{money(amt)}.", 9.8)
    p.para(f"What to do: ask Dr. {prescriber.split()[-1]}'s office to send the plan's request form. When the plan "
           "approves it, the pharmacy can send the claim again and Senior Gold will pay its share.", 9.8)
    p.para("If you think we made a mistake, you may ask us to look again. Write to Member Services within 30 days "
           "after you receive this letter.", 9.8)
    p.para(f"{sig}\nMember Services, Senior Gold", 9.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=sg, member_name=member,
              cases=[case.replace(" ", "")], claim_amount=m2(amt), service_dates=[fill.isoformat()],
              denial_date=ld.isoformat(), provider=pharm, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [f"Dr. {prescriber}"]}, denial_alternates=["other"])
    return out(p), t


# --- 7/8. advocate's letter, then the notice (scan, stack) ----------------------------------------------------------
def scan_stack(rng):
    member, advocate, sig = people(rng, 3)
    sg = sg_no(rng, "B")
    m = mbi(rng)
    pd_no = partd_no(rng)
    case = f"SG-N-{digits(rng, 6)}"
    acct = f"DD{digits(rng, 6)}"
    nd = dt.date(2026, 5, 26)
    cover_d = dt.date(2026, 6, 1)
    plan_end = dt.date(2026, 4, 30)
    pharm = PHARM[0]
    fills = [(dt.date(2026, 5, 4), "6620417", "amlodipine 10 mg tab", 31.80),
             (dt.date(2026, 5, 18), "6620988", "Xarelto 20 mg tab", 598.45)]
    total = round(sum(f[3] for f in fills), 2)
    by = plus(nd, 45)
    maddr = nj_address(rng)
    # the advocate's letter
    c = EDSheet(footer=None, serif=True)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 7, ADVOCATE, align="C", new_x="LMARGIN", new_y="NEXT")
    c.f(8.2)
    c.cell(0, 4, f"{rng.randint(10, 480)} Bellevue Ave, Suite 2  |  Hammonton, NJ 08037  |  {phone(rng)}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cover_d, "long"), 10)
    c.ln(3)
    for ln in [member, *maddr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: your Senior Gold notice of {fdate(nd, 'long')} (case ref. {case})", 10)
    c.para(f"Dear {member.split()[0]}:", 10)
    c.para("You left the Senior Gold notice with us at Tuesday's counseling hours. Here is a copy of it, behind this "
           "letter, so you have both together.", 10)
    c.para(f"Senior Gold did not pay its share of your two prescriptions filled at {pharm} on May 4, 2026 and on "
           f"May 18, 2026. The reason it gives is that your Part D plan, {PARTD}, ended your enrollment on "
           f"{fdate(plan_end, 'long')}, and Senior Gold only helps people with Medicare who are in a Part D plan.",
           10)
    c.para(f"If the plan ended you by mistake, we can help you ask for it back and then ask Senior Gold to look "
           f"again. The Division must receive that request by {fdate(by, 'long')}. Please call me this week so we "
           "can start.", 10)
    c.para(f"Sincerely,\n{advocate}\nVolunteer counselor", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=member, cases=[case],
                         service_dates=[f[0].isoformat() for f in fills], denial_date=cover_d.isoformat(),
                         provider=pharm, appeal_deadline=by.isoformat(),
                         alternates={"insurer": [INS] + ALT, "appeal_deadline": [None],
                                     "denial_date": [nd.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the notice
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SG-NPD-4 (01/26)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Eligibility Unit")
    for ln in [member, *maddr]:
        p.line(ln, 9.8)
    p.ln(3)
    p.tabs([("MAILED", fdate(nd, "long")), ("SENIOR GOLD ID", grouped(sg)), ("MEDICARE #", m),
            ("PART D PLAN", f"{PARTD}  (member {pd_no}; ended {fdate(plan_end, 'slash')})"),
            ("CASE REF.", case), ("PHARMACY ACCT", f"{acct} at {pharm}")], tab_w=34, size=9.0)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"Senior Gold did not pay for the prescriptions listed below. Our records show that {PARTD} ended your "
           f"Part D enrollment on {fdate(plan_end, 'long')}, and we have no other Part D plan for you since "
           "then.", 9.8)
    p.para("Everyone in Senior Gold who has Medicare must also be enrolled in a Medicare Part D plan, which pays "
           "first. Without a Part D plan, Senior Gold cannot pay its share.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    rows = [[d.isoformat(), rx, drug, pharm, n2(cost), "0.00", "0.00", n2(cost)] for d, rx, drug, cost in fills]
    rows.append(["Total", "", "", "", n2(total), "0.00", "0.00", n2(total)])
    p.table(["Filled", "Rx #", "Drug", "Pharmacy", "Pharmacy price", "Part D paid", "Senior Gold paid",
             "Left for you"], rows, [22, 18, 36, 38, 20, 17, 20, W - 171], size=7.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("If you join a Part D plan, or your plan puts you back, tell us. Senior Gold can then pay again for "
           "fills from the date your Part D coverage starts.", 9.8)
    p.add_page()
    p.bar("If you disagree with this notice")
    p.para("You or someone you choose may ask the Eligibility Unit to review this notice. Your request must reach "
           "the Division within 45 days of the mailing date shown above. Send a copy of any letter from a Part D "
           "plan that shows you were enrolled.", 9.6)
    p.para("After the review, if you still disagree, the review letter will explain how to ask for a fair hearing.",
           9.6)
    p.bar("Other help")
    p.para("Free counseling on Medicare and Part D is available through the State Health Insurance Assistance "
           "Program. The Department does not treat people differently because of race, color, national origin, age, "
           "disability or sex.", 9.0)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame al número que aparece arriba.", 8.2)
    p.para(f"{sig}\nEligibility Unit", 9.4)
    d_b = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_id=sg, member_name=member, cases=[case],
                         claim_amount=m2(total), service_dates=[f[0].isoformat() for f in fills],
                         denial_date=nd.isoformat(), provider=pharm, appeal_deadline=by.isoformat(),
                         alternates={"insurer": ALT}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_claim_reply_test_strips_bill_part_b", "fax_standard_g4", [faxstd_claim_reply(rng)]),
        Item(F + "born_digital_renewal_refused_income_over_limit", "born_digital", [bd_renewal(rng)]),
        Item(F + "photocopy_benefit_summary_drug_maker_without_rebate_agreement", "photocopy",
             [photocopy_summary(rng)]),
        Item(F + "phone_es_reembolso_farmacia_fuera_de_nueva_jersey", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_out_of_pocket_limit_reached_flat_copay", "rotated", [rotated_oop(rng)]),
        Item(F + "lowres_part_d_plan_wants_approval_first", "scan_lowres_150", [lowres_pa(rng)]),
        Item(F + "scan_stack_advocate_letter_then_no_part_d_notice_upside_down", "scan_clean_300", scan_stack(rng),
             separators=["duplex", None], turns={(1, 1): 180}),
    ]
